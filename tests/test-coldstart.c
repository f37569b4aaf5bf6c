/* test-coldstart.c: what a process pays to start looking at an article
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Lexicons are made into tables at build time, so that a process looks
 * words up where they lie instead of parsing files into hash tables.
 * Each table is held here against its source files read the plain way,
 * and its first use is counted: it allocates nothing.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "redaksi-quote-lexicon-private.h"
#include "redaksi-resources-private.h"
#include "redaksi-tokenizer-private.h"
#include "redaksi-word-table-private.h"

#include "redaksi-common-words-table.h"
#include "redaksi-role-words-table.h"
#include "redaksi-test-alloc.h"

/* The quote lexicons as the library read them before they were compiled:
 * the cues (first line of a form wins, no two-word forms), the roles
 * (first line with a quote kind wins; aliases both ways, last wins) and
 * the titles. */
typedef struct
{
  GHashTable *cue_kinds;  /* form → RedaksiCueKind */
  GPtrArray  *post;       /* forms of the post-quote cues, in file order */
  GHashTable *weights;    /* form → weight */
  GHashTable *role_kinds; /* word → RedaksiRoleKind */
  GHashTable *aliases;    /* word → word */
  GHashTable *titles;     /* word */
} PlainLexicon;

static char **
source_lines (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "lexicon", name, NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return g_strsplit (text, "\n", -1);
}

static RedaksiCueKind
plain_cue_kind (const char *name)
{
  static const char *const names[] = { "post_cue", "post_cue_nya", "post_cue_pronoun", "reporting_verb",
                                       "passive_reporting", "according_to", "source_attribution" };
  static const RedaksiCueKind kinds[] = { REDAKSI_CUE_POST, REDAKSI_CUE_POST_NYA, REDAKSI_CUE_POST,
                                          REDAKSI_CUE_VERB, REDAKSI_CUE_PASSIVE, REDAKSI_CUE_ACCORDING,
                                          REDAKSI_CUE_SOURCE };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (name, names[i]))
      return kinds[i];
  return REDAKSI_CUE_NONE;
}

static void
plain_read_cues (PlainLexicon *lexicon)
{
  g_auto(GStrv) lines = source_lines ("quote-cues.tsv");

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 4);
      RedaksiCueKind kind;

      if (lines[i][0] == '#' || g_strv_length (fields) < 4 || strchr (fields[0], ' ') != NULL
          || g_hash_table_contains (lexicon->cue_kinds, fields[0]))
        continue;
      kind = plain_cue_kind (fields[1]);
      g_hash_table_insert (lexicon->cue_kinds, g_strdup (fields[0]), GUINT_TO_POINTER (kind));
      g_hash_table_insert (lexicon->weights, g_strdup (fields[0]),
                           GUINT_TO_POINTER ((guint) g_ascii_strtoull (fields[3], NULL, 10)));
      if (kind == REDAKSI_CUE_POST || kind == REDAKSI_CUE_POST_NYA)
        g_ptr_array_add (lexicon->post, g_strdup (fields[0]));
    }
}

static void
plain_read_roles (PlainLexicon *lexicon)
{
  static const char *const kinds[] = { "", "office", "role", "body", "place", NULL };
  g_auto(GStrv) lines = source_lines ("roles.tsv");

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 3);

      if (lines[i][0] == '#' || g_strv_length (fields) < 2
          || g_hash_table_contains (lexicon->role_kinds, fields[0]))
        continue;
      for (guint k = REDAKSI_ROLE_OFFICE; kinds[k] != NULL; k++)
        if (g_str_equal (g_strstrip (fields[1]), kinds[k]))
          g_hash_table_insert (lexicon->role_kinds, g_strdup (fields[0]), GUINT_TO_POINTER (k));
      if (fields[2] != NULL && *g_strstrip (fields[2]) != '\0')
        {
          g_hash_table_insert (lexicon->aliases, g_strdup (fields[0]), g_strdup (fields[2]));
          g_hash_table_insert (lexicon->aliases, g_strdup (fields[2]), g_strdup (fields[0]));
        }
    }
}

static void
plain_read_titles (PlainLexicon *lexicon)
{
  g_auto(GStrv) lines = source_lines ("quote-titles.txt");

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;

      if (lines[i][0] == '#')
        continue;
      words = g_strsplit_set (lines[i], " ", -1);
      for (guint w = 0; words[w] != NULL; w++)
        if (words[w][0] != '\0')
          g_hash_table_add (lexicon->titles, g_strdup (words[w]));
    }
}

static PlainLexicon *
plain_lexicon_new (void)
{
  PlainLexicon *lexicon = g_new0 (PlainLexicon, 1);

  lexicon->cue_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lexicon->post = g_ptr_array_new_with_free_func (g_free);
  lexicon->weights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lexicon->role_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lexicon->aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lexicon->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plain_read_cues (lexicon);
  plain_read_roles (lexicon);
  plain_read_titles (lexicon);
  return lexicon;
}

static void
plain_lexicon_free (PlainLexicon *lexicon)
{
  g_hash_table_unref (lexicon->cue_kinds);
  g_ptr_array_unref (lexicon->post);
  g_hash_table_unref (lexicon->weights);
  g_hash_table_unref (lexicon->role_kinds);
  g_hash_table_unref (lexicon->aliases);
  g_hash_table_unref (lexicon->titles);
  g_free (lexicon);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlainLexicon, plain_lexicon_free)

static guint8
plain_word_class (PlainLexicon *lexicon,
                  const char   *word)
{
  guint cue = GPOINTER_TO_UINT (g_hash_table_lookup (lexicon->cue_kinds, word));
  guint role = GPOINTER_TO_UINT (g_hash_table_lookup (lexicon->role_kinds, word));

  return (guint8) (QUOTE_CLASS_KNOWN | cue | role << QUOTE_CLASS_ROLE_SHIFT
                   | (g_hash_table_contains (lexicon->titles, word) ? QUOTE_CLASS_TITLE : 0));
}

static const char *
plain_nearest_cue (PlainLexicon *lexicon,
                   const char   *word)
{
  guint limit = g_utf8_strlen (word, -1) <= 5 ? 1 : 2;
  const char *best = NULL;
  guint best_distance = limit + 1, best_weight = 0;

  for (guint i = 0; i < lexicon->post->len; i++)
    {
      const char *form = g_ptr_array_index (lexicon->post, i);
      guint weight = GPOINTER_TO_UINT (g_hash_table_lookup (lexicon->weights, form));
      guint distance = _redaksi_quote_edit_distance (word, form, limit);

      if (distance < best_distance || (distance == best_distance && best != NULL && weight > best_weight))
        {
          best = form;
          best_distance = distance;
          best_weight = weight;
        }
    }
  return best_distance <= limit ? best : NULL;
}

/* Every word of the sources, and words near them that are not. */
static GPtrArray *
probe_words (PlainLexicon *lexicon)
{
  GHashTable *tables[] = { lexicon->cue_kinds, lexicon->role_kinds, lexicon->aliases, lexicon->titles };
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  static const char *const others[] = { "", "x", "Kata", "KATA", "presiden ", " presiden", "dia",
                                        "menteri keuangan", "jakarta", "Jakarta", "zzz", "kata dia" };

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, tables[t]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          const char *word = key;

          g_ptr_array_add (words, g_strdup (word));
          g_ptr_array_add (words, g_ascii_strup (word, -1));
          g_ptr_array_add (words, g_strconcat (word, "x", NULL));
          if (word[0] != '\0')
            g_ptr_array_add (words, g_strdup (word + 1));
          /* Typos of the kinds a cue is found again from: two letters
           * swapped, one changed. */
          if (strlen (word) >= 4)
            {
              char *swapped = g_strdup (word), *changed = g_strdup (word);
              char first = swapped[1];

              swapped[1] = swapped[2];
              swapped[2] = first;
              changed[3] = changed[3] == 'a' ? 'e' : 'a';
              g_ptr_array_add (words, swapped);
              g_ptr_array_add (words, changed);
            }
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_ptr_array_add (words, g_strdup (others[i]));
  return words;
}

static void
test_quote_lexicon_matches_sources (void)
{
  g_autoptr(PlainLexicon) lexicon = plain_lexicon_new ();
  g_autoptr(GPtrArray) words = probe_words (lexicon);

  g_assert_cmpuint (g_hash_table_size (lexicon->cue_kinds), >, 150);
  g_assert_cmpuint (g_hash_table_size (lexicon->role_kinds), >, 200);
  g_assert_cmpuint (g_hash_table_size (lexicon->aliases), >, 10);
  g_assert_cmpuint (g_hash_table_size (lexicon->titles), >, 100);
  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);
      guint8 klass = plain_word_class (lexicon, word);

      g_test_message ("%s", word);
      g_assert_cmphex (_redaksi_quote_word_class (word), ==, klass);
      g_assert_cmpint (_redaksi_quote_cue_kind (word), ==, klass & QUOTE_CLASS_CUE_MASK);
      g_assert_cmpint (_redaksi_quote_role_kind (word), ==, (klass >> QUOTE_CLASS_ROLE_SHIFT) & QUOTE_CLASS_ROLE_MASK);
      g_assert_cmpstr (_redaksi_quote_role_alias (word), ==, g_hash_table_lookup (lexicon->aliases, word));
      g_assert_cmpstr (_redaksi_quote_nearest_cue (word), ==, plain_nearest_cue (lexicon, word));
      if (g_str_is_ascii (word))
        {
          g_autofree char *lower = g_ascii_strdown (word, -1);

          g_assert_cmpint (_redaksi_quote_is_title (word), ==, g_hash_table_contains (lexicon->titles, lower));
        }
    }
}

/* The first lookups of a process: no file parsed, nothing allocated. */
static void
test_quote_lexicon_first_use_allocates_nothing (void)
{
#ifdef COUNT_ALLOCATIONS
  if (g_test_subprocess ())
    {
      gint before = redaksi_test_allocations ();

      g_assert_cmphex (_redaksi_quote_word_class ("kata"), ==, QUOTE_CLASS_KNOWN | REDAKSI_CUE_POST);
      g_assert_cmpint (_redaksi_quote_cue_kind ("mengatakan"), ==, REDAKSI_CUE_VERB);
      g_assert_cmpint (_redaksi_quote_role_kind ("presiden"), ==, REDAKSI_ROLE_OFFICE);
      g_assert_cmpstr (_redaksi_quote_role_alias ("menkeu"), ==, "menteri keuangan");
      g_assert_true (_redaksi_quote_is_title ("Menteri"));
      g_assert_cmpstr (_redaksi_quote_nearest_cue ("ujat"), ==, "ujar");
      g_assert_cmpint (redaksi_test_allocations () - before, ==, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
#else
  g_test_skip ("allocations are not counted under AddressSanitizer");
#endif
}

/* A word list read the way the tagger read it at run time: a word a
 * line, or `word \t kind` with kind k of @kinds giving bit 1 << k.
 * The lines stay in @buffer, which the table points into. */
static RedaksiWordTable *
plain_word_table (const char  *path,
                  const char  *const *kinds,
                  char       **buffer)
{
  RedaksiWordTable *table = _redaksi_word_table_new ();

  g_assert_true (g_file_get_contents (path, buffer, NULL, NULL));
  for (char *line = *buffer, *next; *line != '\0'; line = next)
    {
      char *kind;

      next = strchr (line, '\n');
      next = next != NULL ? (*next = '\0', next + 1) : line + strlen (line);
      if (line[0] == '#' || line[0] == '\0')
        continue;
      if (kinds == NULL)
        {
          _redaksi_word_table_add (table, line, 1);
          continue;
        }
      if ((kind = strchr (line, '\t')) == NULL)
        continue;
      *kind++ = '\0';
      if (strchr (kind, '\t') != NULL)
        *strchr (kind, '\t') = '\0';
      for (guint k = 0; kinds[k] != NULL; k++)
        if (g_str_equal (kind, kinds[k]))
          _redaksi_word_table_add (table, line, 1u << k);
    }
  return table;
}

/* The same answer from both tables for @text as a token. */
static void
assert_same_value (const RedaksiWordTable      *plain,
                   const RedaksiWordConstTable *compiled,
                   const char                  *text)
{
  gsize len = strlen (text);
  guint64 hash = _redaksi_word_hash_lower (text, len);

  g_assert_cmpuint (_redaksi_word_const_table_lookup (compiled, hash, text, len), ==,
                    _redaksi_word_table_lookup (plain, hash, text, len));
}

/* Every word of the list in three cases, cut short and lengthened. */
static void
assert_tables_agree (const char                  *path,
                     const char *const           *kinds,
                     const RedaksiWordConstTable *compiled)
{
  g_autofree char *buffer = NULL;
  RedaksiWordTable *plain = plain_word_table (path, kinds, &buffer);
  guint found = 0;

  g_assert_cmpuint (compiled->mask, ==, plain->mask);
  for (gsize k = 0; k <= plain->mask; k++)
    {
      const char *word = plain->slots[k].word;
      g_autofree char *upper = NULL, *title = NULL, *longer = NULL;

      if (plain->slots[k].hash == 0)
        continue;
      found++;
      upper = g_ascii_strup (word, -1);
      title = g_strdup (word);
      title[0] = g_ascii_toupper (title[0]);
      longer = g_strconcat (word, "s", NULL);
      assert_same_value (plain, compiled, word);
      assert_same_value (plain, compiled, upper);
      assert_same_value (plain, compiled, title);
      assert_same_value (plain, compiled, longer);
      assert_same_value (plain, compiled, word + 1);
      g_assert_cmpuint (_redaksi_word_const_table_lookup (compiled, _redaksi_word_hash_lower (upper, strlen (upper)),
                                                          upper, strlen (upper)), ==, plain->slots[k].value);
    }
  g_assert_cmpuint (found, ==, plain->used);
  g_assert_cmpuint (found, >, 100);
  assert_same_value (plain, compiled, "");
  assert_same_value (plain, compiled, "Bukanlahkatadaftarini");
  g_free (plain->slots);
  g_free (plain);
}

static void
test_common_words_match_source (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "model", "common-words.txt", NULL);

  assert_tables_agree (path, NULL, &common_words_table);
}

static void
test_role_words_match_source (void)
{
  static const char *const kinds[] = { "office", "role", "body", "place", "rank", "title", "unit", "locator",
                                       "greeting", NULL };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "lexicon", "roles.tsv", NULL);

  assert_tables_agree (path, kinds, &role_words_table);
}

/* The abbreviations as the tokenizer read them before they were
 * compiled: `form \t kind`, the last line of a form wins. */
static GHashTable *
plain_abbreviations (void)
{
  GHashTable *forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = source_lines ("abbreviations.tsv");

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 2);

      if (lines[i][0] == '#' || fields[0] == NULL || fields[1] == NULL)
        continue;
      g_hash_table_insert (forms, g_strdup (fields[0]),
                           GUINT_TO_POINTER (g_str_equal (fields[1], "terminal") ? REDAKSI_ABBREVIATION_TERMINAL
                                                                                  : REDAKSI_ABBREVIATION_INNER));
    }
  return forms;
}

static void
assert_same_abbreviation (GHashTable *forms,
                          const char *word,
                          gsize       length)
{
  g_autofree char *key = g_strndup (word, length);
  guint expected = length == 0 || length >= 16 ? REDAKSI_ABBREVIATION_NONE
                                               : GPOINTER_TO_UINT (g_hash_table_lookup (forms, key));

  g_assert_cmpuint (_redaksi_abbreviation_lookup (word, length), ==, expected);
}

/* Every form, every prefix of it and of it lengthened, in three cases. */
static void
test_abbreviations_match_source (void)
{
  g_autoptr(GHashTable) forms = plain_abbreviations ();
  GHashTableIter iter;
  gpointer key;

  g_assert_cmpuint (g_hash_table_size (forms), >, 80);
  g_hash_table_iter_init (&iter, forms);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree char *longer = g_strconcat (key, "an.x", NULL);
      g_autofree char *upper = g_ascii_strup (longer, -1);
      g_autofree char *lower = g_ascii_strdown (longer, -1);
      const char *variants[] = { longer, upper, lower };

      for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
        for (gsize length = 0; length <= strlen (variants[v]); length++)
          assert_same_abbreviation (forms, variants[v], length);
    }
  /* A NUL ends the word, as it ended the key made of it. */
  assert_same_abbreviation (forms, "dr\0x", 4);
  assert_same_abbreviation (forms, "Prof.Dr.Ir.Haji.", 16);
}

static void
test_abbreviations_first_use_allocates_nothing (void)
{
#ifdef COUNT_ALLOCATIONS
  if (g_test_subprocess ())
    {
      gint before = redaksi_test_allocations ();

      g_assert_cmpuint (_redaksi_abbreviation_lookup ("dll", 3), ==, REDAKSI_ABBREVIATION_TERMINAL);
      g_assert_cmpuint (_redaksi_abbreviation_lookup ("Prof", 4), ==, REDAKSI_ABBREVIATION_INNER);
      g_assert_cmpuint (_redaksi_abbreviation_lookup ("rumah", 5), ==, REDAKSI_ABBREVIATION_NONE);
      g_assert_cmpint (redaksi_test_allocations () - before, ==, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
#else
  g_test_skip ("allocations are not counted under AddressSanitizer");
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* The library's resources are there, as in any program using it. */
  g_bytes_unref (_redaksi_lookup_resource ("lexicon/units.tsv", NULL));
  g_test_add_func ("/redaksi/coldstart/quote-lexicon-matches-sources", test_quote_lexicon_matches_sources);
  g_test_add_func ("/redaksi/coldstart/quote-lexicon-first-use-allocates-nothing",
                   test_quote_lexicon_first_use_allocates_nothing);
  g_test_add_func ("/redaksi/coldstart/common-words-match-source", test_common_words_match_source);
  g_test_add_func ("/redaksi/coldstart/role-words-match-source", test_role_words_match_source);
  g_test_add_func ("/redaksi/coldstart/abbreviations-match-source", test_abbreviations_match_source);
  g_test_add_func ("/redaksi/coldstart/abbreviations-first-use-allocates-nothing",
                   test_abbreviations_first_use_allocates_nothing);
  return g_test_run ();
}
