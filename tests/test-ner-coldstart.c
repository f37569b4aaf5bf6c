/* test-ner-coldstart.c: what the labeller costs a process before its
 * first article
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The labeller's cue words and given names are tables compiled at build
 * time: they answer as the lists they come from, and their first use
 * allocates nothing. Its word cache starts small and grows with the
 * forms a thread labels: a short article does not pay for the size a
 * long one needs.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "redaksi-resources-private.h"
#include "redaksi-org-units-private.h"
#include "redaksi-tagger-private.h"
#include "redaksi-test-alloc.h"
#include "ner/redaksi-ner-private.h"
#include "ner/redaksi-ner-features.h"
#include "ner/redaksi-ner-cue-words-private.h"

/* The lists in the order the tables were filled: the first to name a
 * word gives its cue. */
typedef struct
{
  const char * const *words;
  gsize               n_words;
  NerCue              cue;
} CueList;

#define CUE_LIST(words, cue) { words, G_N_ELEMENTS (words), cue }

static const CueList cue_lists[] = {
  CUE_LIST (time_cues, NER_CUE_TIME),       CUE_LIST (title_cues, NER_CUE_TITLE),
  CUE_LIST (kin_cues, NER_CUE_KIN),         CUE_LIST (org_cues, NER_CUE_ORG),
  CUE_LIST (place_cues, NER_CUE_PLACE),     CUE_LIST (prep_cues, NER_CUE_PREP),
  CUE_LIST (speech_cues, NER_CUE_SPEECH),   CUE_LIST (joining_cues, NER_CUE_JOIN),
};

static void
test_cues_match_lists (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_words = 0;

  for (guint l = 0; l < G_N_ELEMENTS (cue_lists); l++)
    for (gsize i = 0; i < cue_lists[l].n_words; i++)
      {
        const char *word = cue_lists[l].words[i];
        g_autofree char *upper = g_ascii_strup (word, -1);

        if (!g_hash_table_add (seen, (gpointer) word))
          continue;
        g_assert_cmpuint (ner_cue_of (word, strlen (word)), ==, cue_lists[l].cue);
        g_assert_cmpuint (ner_cue_of (upper, strlen (upper)), ==, cue_lists[l].cue);
        n_words++;
      }
  g_assert_cmpuint (n_words, >, 200);
  g_assert_cmpuint (ner_cue_of ("banjir", 6), ==, NER_CUE_NONE);
  g_assert_cmpuint (ner_cue_of ("Jakarta", 7), ==, NER_CUE_NONE);
}

/* Every word of the file is a given name, whatever its case; words of
 * the cue lists that are not in the file are not. */
static void
test_given_names_match_source (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "gazetteer",
                                                 "given-names.txt", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_not_names = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;

      if (lines[i][0] == '#')
        continue;
      words = g_strsplit (lines[i], " ", -1);
      for (guint w = 0; words[w] != NULL; w++)
        if (words[w][0] != '\0')
          {
            g_autofree char *lower = g_ascii_strdown (words[w], -1);

            g_assert_true (ner_is_given_name (words[w], strlen (words[w])));
            g_assert_true (ner_is_given_name (lower, strlen (lower)));
            g_hash_table_add (names, g_steal_pointer (&lower));
          }
    }
  g_assert_cmpuint (g_hash_table_size (names), >, 500);
  for (guint l = 0; l < G_N_ELEMENTS (cue_lists); l++)
    for (gsize i = 0; i < cue_lists[l].n_words; i++)
      if (!g_hash_table_contains (names, cue_lists[l].words[i]))
        {
          g_assert_false (ner_is_given_name (cue_lists[l].words[i], strlen (cue_lists[l].words[i])));
          n_not_names++;
        }
  g_assert_cmpuint (n_not_names, >, 100);
}

/* Run first, in a process that has used neither table yet. */
static void
test_tables_first_use_allocates_nothing (void)
{
#ifdef COUNT_ALLOCATIONS
  NerToken token = { "Presiden", 8, 0, 0, 0 };
  NerTokenInfo info;
  gint before = redaksi_test_allocations ();

  ner_token_info_compute (&token, &info);
  g_assert_cmpuint (info.cue, ==, NER_CUE_TITLE);
  g_assert_true (ner_is_given_name ("Joko", 4));
  g_assert_cmpint (redaksi_test_allocations (), ==, before);
#else
  g_test_skip ("allocations are not counted under AddressSanitizer");
#endif
}

/* The units' table is read from units.tsv at first use in place, with
 * no copy per line, word or field (hundreds of allocations before),
 * and holds the first word of every form in it. */
static void
test_unit_forms_first_use_allocates_little (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "lexicon", "units.tsv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  const RedaksiWordTable *heads;
  guint n_forms = 0;
#ifdef COUNT_ALLOCATIONS
  gint before = redaksi_test_allocations ();
#endif

  heads = _redaksi_unit_heads ();
#ifdef COUNT_ALLOCATIONS
  before = redaksi_test_allocations () - before;
  g_test_message ("%d allocations", before);
  /* The resource, the copy, the form arrays and the two word tables as
   * they grow: fewer than half the lines. */
  g_assert_cmpint (before, <, 32);
#endif
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_autofree char *first = NULL;

      if (lines[l][0] == '#' || lines[l][0] == '\0')
        continue;
      first = g_ascii_strdown (lines[l], strcspn (lines[l], " \t"));
      g_assert_cmpuint (_redaksi_word_table_lookup (heads, ner_hash_bytes (first, strlen (first)), first,
                                                    strlen (first)), !=, 0);
      n_forms++;
    }
  g_assert_cmpuint (n_forms, >, 50);
}

typedef struct
{
  const NerModel *model;
  guint           n_words;
  gsize           largest_allocation;
  gsize           size_after;
  guint64         misses_again;
} CacheCase;

/* "Kata0 Kata1 …" as tokens labelled in sentences of 20. */
static void
tag_words (const NerModel *model,
           guint           n_words)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autofree NerToken *tokens = g_new0 (NerToken, n_words);
  g_autofree guint8 *labels = g_new0 (guint8, n_words);

  for (guint i = 0; i < n_words; i++)
    {
      char *word = g_strdup_printf ("Kata%u", i);

      g_ptr_array_add (words, word);
      tokens[i] = (NerToken) { word, (guint) strlen (word), 0, 0, 0 };
    }
  for (guint i = 0; i < n_words; i += 20)
    ner_model_tag (model, tokens + i, MIN (20, n_words - i), labels + i);
}

static gpointer
tag_in_new_thread (gpointer data)
{
  CacheCase *c = data;
  guint64 before;

#ifdef COUNT_ALLOCATIONS
  redaksi_test_reset_largest_allocation ();
#endif
  tag_words (c->model, c->n_words);
#ifdef COUNT_ALLOCATIONS
  c->largest_allocation = redaksi_test_largest_allocation ();
#endif
  c->size_after = ner_word_cache_size ();
  before = ner_word_cache_misses ();
  tag_words (c->model, c->n_words);
  c->misses_again = ner_word_cache_misses () - before;
  return NULL;
}

static CacheCase
tag_case (const NerModel *model,
          guint           n_words)
{
  CacheCase c = { model, n_words, 0, 0, 0 };

  g_thread_join (g_thread_new ("tag", tag_in_new_thread, &c));
  g_test_message ("%u words: largest allocation %" G_GSIZE_FORMAT " bytes, cache of %"
                  G_GSIZE_FORMAT " words, %" G_GUINT64_FORMAT " missed again",
                  n_words, c.largest_allocation, c.size_after, c.misses_again);
  return c;
}

/* A short article's thread allocates a fraction of the full cache (a
 * 600 KB block before), a long one's grows to the full size and, as
 * before, finds its words there the second time. */
static void
test_word_cache_grows_with_forms (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NerModel) model = _redaksi_ner_model_load_default (&error);
  CacheCase small, large;

  g_assert_no_error (error);
  small = tag_case (model, 200);
  large = tag_case (model, 1500);
#ifdef COUNT_ALLOCATIONS
  g_assert_cmpuint (small.largest_allocation, <, 400 * 1024);
#endif
  g_assert_cmpuint (small.size_after * 2, <=, large.size_after);
  g_assert_cmpuint (large.size_after, >=, 4096);
  g_assert_cmpuint (small.misses_again, ==, 0);
  g_assert_cmpuint (large.misses_again, <, 1500 / 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/redaksi/ner-coldstart/tables-first-use-allocates-nothing",
                   test_tables_first_use_allocates_nothing);
  g_test_add_func ("/redaksi/ner-coldstart/cues-match-lists", test_cues_match_lists);
  g_test_add_func ("/redaksi/ner-coldstart/given-names-match-source", test_given_names_match_source);
  g_test_add_func ("/redaksi/ner-coldstart/unit-forms-first-use-allocates-little",
                   test_unit_forms_first_use_allocates_little);
  g_test_add_func ("/redaksi/ner-coldstart/word-cache-grows-with-forms", test_word_cache_grows_with_forms);
  return g_test_run ();
}
