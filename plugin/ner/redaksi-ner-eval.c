/* redaksi-ner-eval.c: scoring the labeller on CoNLL sentences
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-gazetteer-private.h"
#include "redaksi-ner-conll-private.h"
#include "redaksi-tagger-private.h"

double
_redaksi_ner_evaluate (const NerModel   *model,
                       RedaksiGazetteer *gazetteer,
                       GPtrArray        *sentences,
                       gpointer          score_out)
{
  NerScore score = { 0 };

  for (guint i = 0; i < sentences->len; i++)
    {
      NerSentence *s = sentences->pdata[i];
      g_autofree NerToken *tokens = _redaksi_gazetteer_hint_words (gazetteer, s->words);
      g_autofree guint8 *guess = g_new (guint8, s->words->len);

      ner_model_tag (model, tokens, s->words->len, guess);
      ner_score_add (&score, (const guint8 *) s->labels->data, guess, s->words->len);
    }
  if (score_out)
    *(NerScore *) score_out = score;
  return ner_score_f1 (&score, 0);
}

NerModel *
_redaksi_ner_model_load_default (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (REDAKSI_NER_MODEL_RESOURCE, 0, error);

  return bytes ? ner_model_new_from_bytes (bytes, error) : NULL;
}
