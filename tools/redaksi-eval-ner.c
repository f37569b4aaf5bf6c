/* redaksi-eval-ner.c: scores the entity tagger on a CoNLL file
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * redaksi-eval-ner [--model FILE] [--no-gazetteer] FILE.conll…
 *
 * Entity-level exact match as conlleval counts it: a guessed entity is
 * right when its type, first and last token all match a gold entity.
 * Prints per-type and micro precision, recall and F1.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ner/redaksi-ner-conll-private.h"
#include "redaksi-gazetteer-private.h"
#include "redaksi-entity.h"
#include "redaksi-tagger-private.h"

static char *opt_model;
static gboolean opt_no_gazetteer;
static gboolean opt_dump;
static gboolean opt_fill;
static gboolean opt_document;

static GOptionEntry entries[] = {
  { "model", 'm', 0, G_OPTION_ARG_FILENAME, &opt_model, "Model file instead of the built-in one", "FILE" },
  { "no-gazetteer", 0, 0, G_OPTION_ARG_NONE, &opt_no_gazetteer, "Tag without the gazetteer", NULL },
  { "document", 0, 0, G_OPTION_ARG_NONE, &opt_document, "Tag each sentence as a document with RedaksiTagger, rules and all", NULL },
  { "fill", 0, 0, G_OPTION_ARG_NONE, &opt_fill, "Fill in gazetteer names as the document tagger does", NULL },
  { "dump", 0, 0, G_OPTION_ARG_NONE, &opt_dump, "Print token, gold and guessed label", NULL },
  { NULL }
};

static NerModel *
load_model (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  if (opt_model == NULL)
    return _redaksi_ner_model_load_default (error);
  {
    g_autofree char *contents = NULL;
    gsize len;

    if (!g_file_get_contents (opt_model, &contents, &len, error))
      return NULL;
    bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
  }
  return ner_model_new_from_bytes (bytes, error);
}

/* PER/ORG/LOC labels of the words of @s from the document tagger, run
 * on the words joined by spaces. */
static void
label_as_document (NerSentence *s,
                   guint8      *labels)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree gsize *starts = g_new (gsize, s->words->len + 1);
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(RedaksiTagging) tagging = NULL;
  GPtrArray *entities;

  for (guint k = 0; k < s->words->len; k++)
    {
      if (k > 0)
        g_string_append_c (text, ' ');
      starts[k] = text->len;
      g_string_append (text, s->words->pdata[k]);
    }
  starts[s->words->len] = text->len + 1;
  memset (labels, NER_LABEL_O, s->words->len);
  if (!(document = redaksi_document_new_from_text (text->str, (gssize) text->len, NULL)))
    return;
  tagging = redaksi_tagger_tag (redaksi_tagger_get_default (), document, NULL, NULL);
  entities = redaksi_tagging_get_entities (tagging);
  for (guint e = 0; e < entities->len; e++)
    {
      RedaksiEntity *entity = entities->pdata[e];
      const RedaksiRange *range = redaksi_entity_get_range (entity);
      int type = redaksi_entity_get_entity_type (entity) + 1;  /* PERSON 1, ORGANIZATION 2, LOCATION 3 */
      gboolean first = TRUE;

      if (type > 3)
        continue;
      for (guint k = 0; k < s->words->len; k++)
        if (starts[k] < range->end && starts[k + 1] - 1 > range->start)
          {
            labels[k] = (guint8) (type * 2 - (first ? 1 : 0));
            first = FALSE;
          }
    }
}

static void
score_as_documents (GPtrArray *sentences,
                    NerScore  *score)
{
  for (guint i = 0; i < sentences->len; i++)
    {
      NerSentence *s = sentences->pdata[i];
      g_autofree guint8 *guess = g_new (guint8, MAX (s->words->len, 1));

      label_as_document (s, guess);
      if (opt_dump)
        {
          for (guint k = 0; k < s->words->len; k++)
            g_print ("%s %s %s%s\n", (char *) s->words->pdata[k],
                     ner_label_name (g_array_index (s->labels, guint8, k)), ner_label_name (guess[k]),
                     g_array_index (s->labels, guint8, k) != guess[k] ? "  <<<" : "");
          g_print ("\n");
        }
      ner_score_add (score, (const guint8 *) s->labels->data, guess, s->words->len);
    }
}

static void
dump (NerModel         *model,
      RedaksiGazetteer *gazetteer,
      GPtrArray        *sentences)
{
  for (guint i = 0; i < sentences->len; i++)
    {
      NerSentence *s = sentences->pdata[i];
      g_autofree NerToken *tokens = _redaksi_gazetteer_hint_words (gazetteer, s->words);
      g_autofree guint8 *guess = g_new (guint8, s->words->len);

      _redaksi_ner_label (model, gazetteer, tokens, s->words->len, guess, NULL, opt_fill);
      for (guint k = 0; k < s->words->len; k++)
        g_print ("%s %s %s%s\n", (char *) s->words->pdata[k],
                 ner_label_name (g_array_index (s->labels, guint8, k)), ner_label_name (guess[k]),
                 g_array_index (s->labels, guint8, k) != guess[k] ? "  <<<" : "");
      g_print ("\n");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE.conll… — score the entity tagger");
  g_autoptr(GError) error = NULL;
  g_autoptr(NerModel) model = NULL;
  RedaksiGazetteer *gazetteer;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("redaksi-eval-ner: %s\n", error ? error->message : "no CoNLL file given");
      return 2;
    }
  if (!(model = load_model (&error)))
    {
      g_printerr ("redaksi-eval-ner: %s\n", error->message);
      return 2;
    }
  _redaksi_ner_fill_from_gazetteer = opt_fill;
  gazetteer = opt_no_gazetteer ? NULL : redaksi_gazetteer_get_default ();

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GPtrArray) sentences = ner_conll_read (argv[i], &error);
      g_autoptr(GString) out = g_string_new (NULL);
      NerScore score = { 0 };

      if (sentences == NULL)
        {
          g_printerr ("redaksi-eval-ner: %s\n", error->message);
          return 2;
        }
      if (opt_document)
        score_as_documents (sentences, &score);
      else
        {
          if (opt_dump)
            dump (model, gazetteer, sentences);
          _redaksi_ner_evaluate (model, gazetteer, sentences, &score);
        }
      g_string_append_printf (out, "%s: %u sentences\n", argv[i], sentences->len);
      ner_score_print (&score, out);
      g_print ("%s\n", out->str);
    }
  return 0;
}
