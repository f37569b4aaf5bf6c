/* bench-tagger.c: how fast the entity tagger is
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * bench-tagger [CONLL] [--seconds N] [--entries N]
 *
 * Prints, one a line as "name: value unit":
 *   ready-ms             the default tagger made (model + gazetteer loaded)
 *   labeller-tokens/s    gazetteer matching + perceptron over CoNLL sentences
 *   tagger-tokens/s      redaksi_tagger_tag() on documents of those sentences
 *   gazetteer-load-ms    a generated gazetteer of N entries (default 1,000,000)
 * Without CONLL it uses $REDAKSI_SHARED_DIR's idner test.txt, or the
 * seed article, or skips the throughput lines with a message.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>

#include "ner/redaksi-ner-conll-private.h"
#include "redaksi-document-private.h"
#include "redaksi-gazetteer-private.h"
#include "redaksi-tagger-private.h"

static double opt_seconds = 2.0;
static int opt_entries = 1000000;

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static void
bench_labeller (GPtrArray *sentences)
{
  RedaksiTagger *tagger = redaksi_tagger_get_default ();
  g_autoptr(NerModel) model = _redaksi_ner_model_load_default (NULL);
  RedaksiGazetteer *gazetteer = redaksi_tagger_get_gazetteer (tagger);
  g_autoptr(GPtrArray) tokens = g_ptr_array_new_with_free_func (g_free);
  guint8 labels[4096];
  guint64 n_tokens = 0;
  double start = now (), elapsed;

  for (guint i = 0; i < sentences->len; i++)
    g_ptr_array_add (tokens, _redaksi_gazetteer_hint_words (NULL, ((NerSentence *) sentences->pdata[i])->words));
  do
    for (guint i = 0; i < sentences->len; i++)
      {
        NerSentence *s = sentences->pdata[i];
        guint n = MIN (s->words->len, G_N_ELEMENTS (labels));

        _redaksi_ner_label (model, gazetteer, tokens->pdata[i], n, labels, NULL, TRUE);
        n_tokens += n;
      }
  while ((elapsed = now () - start) < opt_seconds);
  printf ("labeller-tokens/s: %.0f tokens/s (%" G_GUINT64_FORMAT " tokens in %.2f s)\n",
          n_tokens / elapsed, n_tokens, elapsed);
}

/* Articles of about 40 sentences each, one paragraph a sentence. */
static GPtrArray *
documents_of (GPtrArray *sentences)
{
  GPtrArray *documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < sentences->len; i++)
    {
      NerSentence *s = sentences->pdata[i];
      g_autofree char *line = NULL;

      g_ptr_array_add (s->words, NULL);
      line = g_strjoinv (" ", (char **) s->words->pdata);
      g_ptr_array_set_size (s->words, s->words->len - 1);
      g_string_append_printf (text, "%s\n", line);
      if ((i + 1) % 40 == 0 || i + 1 == sentences->len)
        {
          g_ptr_array_add (documents, redaksi_document_new_from_text (text->str, (gssize) text->len, NULL));
          g_string_truncate (text, 0);
        }
    }
  return documents;
}

static void
bench_tagger (GPtrArray *sentences)
{
  g_autoptr(GPtrArray) documents = documents_of (sentences);
  RedaksiTagger *tagger = redaksi_tagger_get_default ();
  guint64 n_tokens = 0;
  double start = now (), elapsed;

  do
    for (guint i = 0; i < documents->len; i++)
      {
        g_autoptr(RedaksiTagging) tagging = redaksi_tagger_tag (tagger, documents->pdata[i], NULL, NULL);

        n_tokens += redaksi_document_get_n_tokens (documents->pdata[i]);
      }
  while ((elapsed = now () - start) < opt_seconds);
  printf ("tagger-tokens/s: %.0f tokens/s (%" G_GUINT64_FORMAT " tokens in %.2f s, documents already built)\n",
          n_tokens / elapsed, n_tokens, elapsed);
}

/* A tag database as a newsroom would export it. */
static char *
write_big_gazetteer (int n_entries)
{
  static const char * const types[] = { "PERSON", "ORGANIZATION", "LOCATION", "EVENT", "MISC" };
  g_autoptr(GString) json = g_string_sized_new ((gsize) n_entries * 90);
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("redaksi-gazetteer-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_string_append (json, "{\"version\": 1, \"entries\": [\n");
  for (int i = 0; i < n_entries; i++)
    g_string_append_printf (json, "{\"name\": \"Tokoh Nomor %d Kabar\", \"type\": \"%s\", "
                            "\"aliases\": [\"TNK%d\"], \"id\": \"tag:%d\"}%s\n",
                            i, types[i % 5], i, i, i + 1 < n_entries ? "," : "");
  g_string_append (json, "]}\n");
  g_file_set_contents (path, json->str, (gssize) json->len, &error);
  g_assert_no_error (error);
  return path;
}

static void
bench_gazetteer_load (void)
{
  g_autofree char *path = write_big_gazetteer (opt_entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiGazetteer) gazetteer = NULL;
  double start = now (), elapsed;
  RedaksiEntityType type;
  const char *name;
  g_autofree char *probe = g_strdup_printf ("TNK%d", opt_entries / 2);
  g_autofree char *expected = g_strdup_printf ("Tokoh Nomor %d Kabar", opt_entries / 2);

  gazetteer = redaksi_gazetteer_new_from_file (path, FALSE, &error);
  elapsed = now () - start;
  g_assert_no_error (error);
  g_assert_true (redaksi_gazetteer_lookup (gazetteer, probe, &type, &name, NULL));
  g_assert_cmpstr (name, ==, expected);
  printf ("gazetteer-load-ms: %.1f ms (%u entries, %d aliases, one file)\n", elapsed * 1e3,
          redaksi_gazetteer_get_n_entries (gazetteer), opt_entries);
  g_unlink (path);
}

static GPtrArray *
load_sentences (int    argc,
                char **argv)
{
  const char *shared = g_getenv ("REDAKSI_SHARED_DIR");
  g_autofree char *path = NULL;

  if (argc > 1)
    path = g_strdup (argv[1]);
  else if (shared)
    path = g_build_filename (shared, "data", "ner", "idner-news-2k", "test.txt", NULL);
  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;
  return ner_conll_read (path, NULL);
}

int
main (int   argc,
      char *argv[])
{
  double start = now ();
  GOptionEntry entries[] = {
    { "seconds", 0, 0, G_OPTION_ARG_DOUBLE, &opt_seconds, "Time per measurement", "S" },
    { "entries", 0, 0, G_OPTION_ARG_INT, &opt_entries, "Gazetteer entries to load", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[CONLL] — tagger benchmark");
  g_autoptr(GPtrArray) sentences = NULL;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, NULL))
    return 2;

  redaksi_tagger_get_default ();
  printf ("ready-ms: %.1f ms (default tagger: model and built-in gazetteer, %u entries)\n",
          (now () - start) * 1e3,
          redaksi_gazetteer_get_n_entries (redaksi_gazetteer_get_default ()));

  if ((sentences = load_sentences (argc, argv)) == NULL)
    printf ("# no CoNLL input (REDAKSI_SHARED_DIR unset or ../shared absent): throughput skipped\n");
  else
    {
      bench_labeller (sentences);
      bench_tagger (sentences);
    }
  bench_gazetteer_load ();
  return 0;
}
