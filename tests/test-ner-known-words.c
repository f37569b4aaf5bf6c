/* test-ner-known-words.c: what the compiled-in entity model brings
 * computed at build time
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * data/make-ner-model-tables.c computes the context tables and, for the
 * words news uses most, what the labeller's word cache keeps: loading
 * the model makes no tables, and a first article computes only its
 * rarer words. The words are exactly what computing them gives, and are
 * used with no other model.
 */

#include "config.h"

#include <string.h>

#include "redaksi-resources-private.h"
#include "redaksi-tagger-private.h"
#include "redaksi-test-alloc.h"
#include "ner/redaksi-ner-private.h"

/* Every known word, computed again with the model's rows, gives the
 * same bytes, and is found where the labeller looks for it. */
static void
test_known_words_match_computation (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NerModel) model = _redaksi_ner_model_load_default (&error);
  guint n_words = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (ner_model_known_words_differing (model, &n_words), ==, 0);
  g_assert_cmpuint (n_words, >, 3000);
}

typedef struct
{
  const NerModel *model;
  GPtrArray      *words;
  guint64         misses;
  guint64         computed;
} FirstUse;

static gpointer
tag_in_new_thread (gpointer data)
{
  FirstUse *use = data;
  g_autofree NerToken *tokens = g_new0 (NerToken, use->words->len);
  g_autofree guint8 *labels = g_new0 (guint8, use->words->len);

  for (guint i = 0; i < use->words->len; i++)
    {
      const char *word = use->words->pdata[i];

      tokens[i] = (NerToken) { word, (guint) strlen (word), 0, 0, 0 };
    }
  for (guint i = 0; i < use->words->len; i += 20)
    ner_model_tag (use->model, tokens + i, MIN (20, use->words->len - i), labels + i);
  use->misses = ner_word_cache_misses ();
  use->computed = ner_word_cache_computed ();
  return NULL;
}

/* The common words of data/model/common-words.txt, as written and
 * capitalised, with punctuation between them. */
static GPtrArray *
common_words (guint n_words)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "model",
                                                 "common-words.txt", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL && words->len < n_words; i++)
    {
      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      g_ptr_array_add (words, g_strdup (lines[i]));
      if (i % 3 == 0)
        {
          char *capitalised = g_strdup (lines[i]);

          capitalised[0] = g_ascii_toupper (capitalised[0]);
          g_ptr_array_add (words, capitalised);
        }
      if (i % 5 == 0)
        g_ptr_array_add (words, g_strdup (i % 2 ? "," : "."));
    }
  return words;
}

static FirstUse
first_use (const NerModel *model,
           GPtrArray      *words)
{
  FirstUse use = { model, words, 0, 0 };

  g_thread_join (g_thread_new ("tag", tag_in_new_thread, &use));
  g_test_message ("%u tokens: %" G_GUINT64_FORMAT " words missed, %" G_GUINT64_FORMAT " computed",
                  words->len, use.misses, use.computed);
  return use;
}

/* A thread's first common words are found, not computed. */
static void
test_first_use_computes_no_common_word (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NerModel) model = _redaksi_ner_model_load_default (&error);
  g_autoptr(GPtrArray) words = common_words (400);
  FirstUse use;

  g_assert_no_error (error);
  use = first_use (model, words);
  g_assert_cmpuint (use.misses, >, 300);
  g_assert_cmpuint (use.computed, ==, 0);
}

/* A model with other scores computes every word: the known words are
 * the compiled-in model's. */
static void
test_other_model_computes_its_words (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) shipped = _redaksi_lookup_resource (REDAKSI_NER_MODEL_RESOURCE, &error);
  g_autoptr(GBytes) other = NULL;
  g_autoptr(NerModel) model = NULL;
  g_autoptr(GPtrArray) words = common_words (400);
  gsize size;
  guint8 *data;
  float start;
  guint n_words = 1;
  FirstUse use;

  g_assert_no_error (error);
  data = g_bytes_unref_to_data (g_bytes_ref (shipped), &size);
  g_assert_cmpmem (data, 8, "RDKNER\x02\x00", 8);  /* the dense form */
  /* The first start score, 32 + 8 × 8 × 4 bytes in, made a quarter higher. */
  memcpy (&start, data + 32 + 256, sizeof start);
  start += 0.25f;
  memcpy (data + 32 + 256, &start, sizeof start);
  other = g_bytes_new_take (data, size);
  model = ner_model_new_from_bytes (other, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (ner_model_known_words_differing (model, &n_words), ==, 0);
  g_assert_cmpuint (n_words, ==, 0);
  use = first_use (model, words);
  g_assert_cmpuint (use.computed, ==, use.misses);
}

/* Loading the compiled-in model allocates no tables: they lie in the
 * library (20 KB made at every load before). */
static void
test_load_makes_no_tables (void)
{
#ifdef COUNT_ALLOCATIONS
  g_autoptr(GError) error = NULL;
  g_autoptr(NerModel) model = NULL;
  g_autoptr(NerModel) first = _redaksi_ner_model_load_default (&error);

  g_assert_no_error (error);  /* the resource registered, once a process */
  redaksi_test_reset_largest_allocation ();
  model = _redaksi_ner_model_load_default (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (redaksi_test_largest_allocation (), <, 4096);
#else
  g_test_skip ("allocations are not counted in this build");
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ner-known-words/match-computation", test_known_words_match_computation);
  g_test_add_func ("/ner-known-words/first-use", test_first_use_computes_no_common_word);
  g_test_add_func ("/ner-known-words/other-model", test_other_model_computes_its_words);
  g_test_add_func ("/ner-known-words/load-makes-no-tables", test_load_makes_no_tables);
  return g_test_run ();
}
