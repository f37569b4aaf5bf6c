/* redaksi-ner-eval.c: scoring the labeller on CoNLL sentences
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-gazetteer-private.h"
#include "redaksi-ner-conll-private.h"
#include "redaksi-resources-private.h"
#include "redaksi-tagger-private.h"

static int
gazetteer_label_type (RedaksiGazetteer *gazetteer,
                      guint32           entry)
{
  switch (_redaksi_gazetteer_entry_type (gazetteer, entry))
    {
    case REDAKSI_ENTITY_PERSON: return 1;
    case REDAKSI_ENTITY_ORGANIZATION: return 2;
    case REDAKSI_ENTITY_LOCATION: return 3;
    default: return 0;
    }
}

/* Widens or fills in @match unless a model span crosses its edges. */
static void
apply_match (const RedaksiGazetteerMatch *match,
             int                          gaz_type,
             guint8                      *labels,
             guint                        n)
{
  int type = 0;

  if ((match->start > 0 && labels[match->start] != NER_LABEL_O
       && !ner_label_is_begin (labels[match->start]))
      || (match->end < n && labels[match->end] != NER_LABEL_O
          && !ner_label_is_begin (labels[match->end])))
    return;
  for (guint i = match->start; i < match->end && type == 0; i++)
    type = ner_label_type (labels[i]);
  if (type == 0)
    type = gaz_type;
  for (guint i = match->start; i < match->end; i++)
    labels[i] = (guint8) (type * 2 - (i == match->start ? 1 : 0));
}

void
_redaksi_ner_label (const NerModel   *model,
                    RedaksiGazetteer *gazetteer,
                    NerToken         *tokens,
                    guint             n,
                    guint8           *labels,
                    GArray           *matches,
                    gboolean          fill)
{
  _redaksi_ner_label_hashed (model, gazetteer, tokens, NULL, n, labels, matches, fill);
}

void
_redaksi_ner_label_hashed (const NerModel   *model,
                           RedaksiGazetteer *gazetteer,
                           NerToken         *tokens,
                           const guint64    *lower,
                           guint             n,
                           guint8           *labels,
                           GArray           *matches,
                           gboolean          fill)
{
  g_autoptr(GArray) own = NULL;

  if (matches == NULL)
    matches = own = g_array_new (FALSE, FALSE, sizeof (RedaksiGazetteerMatch));
  g_array_set_size (matches, 0);
  _redaksi_gazetteer_annotate_hashed (gazetteer, tokens, lower, n, matches);
  ner_model_tag (model, tokens, n, labels);
  if (!fill)
    return;
  for (guint m = 0; m < matches->len; m++)
    {
      RedaksiGazetteerMatch *match = &g_array_index (matches, RedaksiGazetteerMatch, m);
      int gaz_type = gazetteer_label_type (gazetteer, match->entry);

      if (gaz_type != 0)
        apply_match (match, gaz_type, labels, n);
    }
}

gboolean _redaksi_ner_fill_from_gazetteer = FALSE;

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

      _redaksi_ner_label (model, gazetteer, tokens, s->words->len, guess, NULL,
                          _redaksi_ner_fill_from_gazetteer);
      ner_score_add (&score, (const guint8 *) s->labels->data, guess, s->words->len);
    }
  if (score_out)
    *(NerScore *) score_out = score;
  return ner_score_f1 (&score, 0);
}

NerModel *
_redaksi_ner_model_load_default (GError **error)
{
  g_autoptr(GBytes) bytes = _redaksi_lookup_resource (REDAKSI_NER_MODEL_RESOURCE, error);

  return bytes ? ner_model_new_from_bytes (bytes, error) : NULL;
}
