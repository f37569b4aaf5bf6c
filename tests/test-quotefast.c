/* test-quotefast.c: the quote analysis's shortcuts give what the long way gives
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The quote analysis looks each token up in its lexicons once and keeps
 * the answer, lowercases words on the stack and compares them where they
 * lie. Each shortcut must answer exactly as the computation it replaces:
 * these tests ask both, on the development set's articles and on words
 * chosen to reach the slow paths (outside ASCII, longer than the stack
 * buffer, capitals that lowercase to other lengths).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "redaksi-document-private.h"
#include "redaksi-quote-lexicon-private.h"
#include "redaksi-quote-scan-private.h"
#include "redaksi-related-link-private.h"
#include "redaksi-test-util.h"
#include "redaksi-test-alloc.h"

/* Words that reach the slow paths: capitals outside ASCII (İ lowercases
 * to two code points, the Kelvin sign to an ASCII k), a word longer
 * than the stack buffer, cue and title words in every case. */
static const char hard_text[] =
  "MENURUT Élodie, \"KAMİ SİAP,\" ujar İbrahim. MenurutNYA pasar \u212Aata-nya "
  "Menurut dia, \"Ya.\" Menteri ÇAĞLAYAN dan Øresund menolak, tegasnya. "
  "Kata \u212AAPOLDA, \"Tidak,\" ucapnya. Mantan Presiden EKS Kapolri.\n\n"
  "Kepala Desa Sukamaju-Kesejahteraan-Ketenagakerjaan-Pemberdayaan-Perempuan-Anak "
  "mengatakan, \"Kami siap.\" DR. Retno oleh dikatakan Oleh Disampaikan.\n";

/* The development set's articles and the hard words, as documents. */
static GPtrArray *
test_documents (void)
{
  g_autoptr(GPtrArray) texts = redaksi_test_devset_texts ();
  GPtrArray *documents = g_ptr_array_new_with_free_func (g_object_unref);
  GError *error = NULL;

  for (guint i = 0; i < texts->len; i++)
    {
      g_ptr_array_add (documents, redaksi_document_new_from_text (texts->pdata[i], -1, &error));
      g_assert_no_error (error);
    }
  g_ptr_array_add (documents, redaksi_document_new_from_text (hard_text, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, >, 10);
  return documents;
}

static char *
token_text (QuoteScan *scan,
            guint      t)
{
  return g_strndup (scan->text + scan->tokens[t].start, scan->tokens[t].end - scan->tokens[t].start);
}

static gboolean
is_ascii (QuoteScan *scan,
          guint      t)
{
  for (guint i = scan->tokens[t].start; i < scan->tokens[t].end; i++)
    if ((guchar) scan->text[i] >= 0x80)
      return FALSE;
  return TRUE;
}

/* A token's class, its stack lowercasing and its comparisons against
 * what the lexicons say of g_utf8_strdown()'s form. */
static void
check_token (QuoteScan *scan,
             guint      t)
{
  static const char *const words[] = { "menurut", "menurutnya", "oleh", "mantan", "eks", "kata",
                                       "kapolda", "dia", "", NULL };
  g_autofree char *text = token_text (scan, t);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_autofree char *heap = NULL;
  char buf[QUOTE_LOWER_SIZE];

  g_assert_cmpstr (_redaksi_quote_token_lower_into (scan, t, buf, &heap), ==, lower);
  g_assert_cmpint (_redaksi_quote_token_cue (scan, t), ==, _redaksi_quote_cue_kind (lower));
  g_assert_cmpint (_redaksi_quote_token_role (scan, t), ==, _redaksi_quote_role_kind (lower));
  g_assert_cmpint (_redaksi_quote_token_in_titles (scan, t), ==, _redaksi_quote_is_title (text));
  /* Asked again: the kept class. */
  g_assert_cmpint (_redaksi_quote_token_cue (scan, t), ==, _redaksi_quote_cue_kind (lower));
  for (guint i = 0; words[i] != NULL; i++)
    g_assert_cmpint (_redaksi_quote_token_lower_is (scan, t, words[i]), ==, g_str_equal (lower, words[i]));
  /* The Kelvin sign's word lowercases to ASCII through the slow path. */
  if (g_str_is_ascii (lower))
    g_assert_true (_redaksi_quote_token_lower_is (scan, t, lower));
  g_assert_true (_redaksi_quote_token_lower_in (scan, t, (const char *const[]) { "x", lower, NULL }));
}

static void
test_token_class (void)
{
  g_autoptr(GPtrArray) documents = test_documents ();
  guint non_ascii = 0, cues = 0, roles = 0, titles = 0, long_words = 0;

  for (guint d = 0; d < documents->len; d++)
    {
      QuoteScan scan;

      _redaksi_quote_scan_init (&scan, documents->pdata[d], NULL, NULL);
      for (guint t = 0; t < scan.n_tokens; t++)
        {
          check_token (&scan, t);
          non_ascii += !is_ascii (&scan, t);
          cues += _redaksi_quote_token_cue (&scan, t) != REDAKSI_CUE_NONE;
          roles += _redaksi_quote_token_role (&scan, t) != REDAKSI_ROLE_NONE;
          titles += _redaksi_quote_token_in_titles (&scan, t);
          long_words += scan.tokens[t].end - scan.tokens[t].start >= QUOTE_LOWER_SIZE;
        }
      _redaksi_quote_scan_clear (&scan);
    }
  /* The slow paths were taken. */
  g_assert_cmpuint (non_ascii, >, 5);
  g_assert_cmpuint (long_words, >, 0);
  g_assert_cmpuint (cues, >, 100);
  g_assert_cmpuint (roles, >, 100);
  g_assert_cmpuint (titles, >, 100);
}

/* The word list's test as it was written first: g_utf8_strdown(),
 * prefix and suffix tests of whole strings, a new string per stem. */
static gboolean
ref_has_stem (const char *word,
              gsize       length)
{
  g_autofree char *stem = NULL;

  if (length < 2 || length >= 64)
    return FALSE;
  stem = g_strndup (word, length);
  return _redaksi_quote_is_proper_word (stem);
}

static gboolean
ref_has_stem_without_suffix (const char *word)
{
  static const char *const suffixes[] = { "", "nya", "lah", "kah", "pun", "ku", "mu",
                                          "kan", "an", "i", "kannya", "annya", NULL };
  gsize length = strlen (word);

  for (guint i = 0; suffixes[i] != NULL; i++)
    if (length > strlen (suffixes[i]) && g_str_has_suffix (word, suffixes[i])
        && ref_has_stem (word, length - strlen (suffixes[i])))
      return TRUE;
  return FALSE;
}

static gboolean
ref_is_ordinary_word (const char *word)
{
  static const char *const prefixes[] = { "", "di", "ke", "se", "ter", "ber", "be", "me",
                                          "mem", "men", "meng", "meny", "pe", "per", "pen",
                                          "pem", "peng", NULL };
  static const struct { const char *prefix; const char *consonant; } nasals[] = {
    { "men", "t" }, { "mem", "p" }, { "meny", "s" }, { "meng", "k" },
    { "pen", "t" }, { "pem", "p" }, { "peny", "s" }, { "peng", "k" },
  };
  g_autofree char *lower = g_utf8_strdown (word, -1);

  if (_redaksi_quote_is_proper_word (word))
    return TRUE;
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (lower, prefixes[i]) && ref_has_stem_without_suffix (lower + strlen (prefixes[i])))
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (nasals); i++)
    if (g_str_has_prefix (lower, nasals[i].prefix))
      {
        g_autofree char *stem = g_strconcat (nasals[i].consonant, lower + strlen (nasals[i].prefix), NULL);

        if (ref_has_stem_without_suffix (stem))
          return TRUE;
      }
  return FALSE;
}

static void
add_forms (GPtrArray  *words,
           const char *stem)
{
  static const struct { const char *prefix, *suffix; } forms[] = {
    { "", "" }, { "di", "kan" }, { "me", "" }, { "men", "" }, { "meng", "nya" }, { "pe", "an" },
    { "ter", "" }, { "ber", "i" }, { "se", "lah" }, { "", "kannya" }, { "peny", "" }, { "mem", "ku" },
  };

  for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
    {
      g_autofree char *form = g_strconcat (forms[f].prefix, stem, forms[f].suffix, NULL);

      g_ptr_array_add (words, g_ascii_strup (form, -1));
      if (form[0] != '\0')
        {
          g_ptr_array_add (words, g_strdup (g_utf8_next_char (form)));
          g_ptr_array_add (words, g_strdup_printf ("%c%s", g_ascii_toupper (form[0]), form + 1));
        }
      g_ptr_array_add (words, g_steal_pointer (&form));
    }
}

/* Every hundredth stem of the word list in a dozen affixed forms and
 * cases, the development set's words and words outside ASCII or longer
 * than the stack buffers: ordinary exactly when the long way says so. */
static void
test_ordinary_words (void)
{
  static const char *const hard[] = { "İNDONESIA", "Indonesia", "INDONESIA", "Iklan", "IKLAN", "menİkam",
                                      "Élodie", "mengkritik", "peñyapu", "\u212Aata", "kata-kata", "", "I",
                                      "ditugaskannya", "MENUTUP", "Menyapu", "pengirim", NULL };
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) documents = NULL;
  g_autofree char *list = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *long_word = g_strnfill (70, 'a');
  guint ordinary = 0;

  if (!_redaksi_quote_have_word_list ()
      || !g_file_get_contents ("/usr/share/hunspell/id_ID.dic", &list, NULL, NULL))
    {
      g_test_skip ("no Indonesian word list");
      return;
    }
  lines = g_strsplit (list, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i += 100)
    {
      *strchrnul (lines[i], '/') = '\0';
      add_forms (words, lines[i]);
    }
  add_forms (words, long_word);
  for (guint i = 0; hard[i] != NULL; i++)
    add_forms (words, hard[i]);
  documents = test_documents ();
  for (guint d = 0; d < documents->len; d++)
    {
      guint n;
      const RedaksiToken *tokens = _redaksi_document_peek_tokens (documents->pdata[d], &n);
      const char *text = redaksi_document_get_text (documents->pdata[d], NULL);

      for (guint t = 0; t < n; t++)
        g_ptr_array_add (words, g_strndup (text + tokens[t].start, tokens[t].end - tokens[t].start));
    }
  for (guint i = 0; i < words->len; i++)
    {
      const char *word = words->pdata[i];
      gboolean expected = ref_is_ordinary_word (word);

      if (_redaksi_quote_is_ordinary_word (word) != expected)
        g_error ("“%s”: ordinary %d, expected %d", word, !expected, expected);
      ordinary += expected;
    }
#ifdef COUNT_ALLOCATIONS
  {
    /* A short ASCII word is looked up without an allocation. */
    guint before = redaksi_test_allocations (), asked = 0;

    for (guint i = 0; i < words->len; i++)
      if (g_str_is_ascii (words->pdata[i]) && strlen (words->pdata[i]) < 60 && strchr (words->pdata[i], 'I') == NULL)
        {
          (void) _redaksi_quote_is_ordinary_word (words->pdata[i]);
          asked++;
        }
    g_assert_cmpuint (asked, >, 10000);
    g_assert_cmpuint (redaksi_test_allocations () - before, ==, 0);
  }
#endif
  g_test_message ("%u words, %u ordinary", words->len, ordinary);
  g_assert_cmpuint (ordinary, >, words->len / 10);
  g_assert_cmpuint (ordinary, <, words->len);
}

static void
check_marks (const RedaksiInsertTable *table,
             const RedaksiToken       *tokens,
             guint                     n)
{
  g_autofree guint8 *inside = g_malloc0 (MAX (n, 1));

  _redaksi_inserts_mark (table, tokens, n, inside);
  for (guint t = 0; t < n; t++)
    g_assert_cmpint (inside[t], ==, _redaksi_inserts_contain (table, tokens[t].start, tokens[t].end));
}

/* The quote scan's insert marks, each paragraph's first token outside
 * inserts and its stretches, as the tokens one by one give them. */
static void
check_scan (RedaksiDocument          *document,
            const RedaksiInsertTable *table)
{
  g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (guint));
  QuoteScan scan;

  _redaksi_quote_scan_init (&scan, document, table, NULL);
  for (guint p = 0; p < scan.n_paragraphs; p++)
    {
      const RedaksiSpan *span = &scan.paragraphs[p];
      guint first = NO_TOKEN;

      g_array_append_val (bounds, span->first_token);
      for (guint t = span->first_token; t < span->end_token; t++)
        {
          gboolean inside = _redaksi_inserts_contain (table, scan.tokens[t].start, scan.tokens[t].end);

          g_assert_cmpint (scan.in_insert[t], ==, inside);
          if (!inside && first == NO_TOKEN)
            first = t;
          if (t > span->first_token && (inside || scan.in_insert[t - 1]))
            g_array_append_val (bounds, t);
        }
      g_array_append_val (bounds, span->end_token);
      g_assert_cmpuint (scan.first[p], ==, first);
      g_assert_cmpint (scan.insert[p], ==, span->first_token < span->end_token && first == NO_TOKEN);
    }
  g_assert_cmpmem (scan.bounds, scan.n_bounds * sizeof (guint), bounds->data, bounds->len * sizeof (guint));
  _redaksi_quote_scan_clear (&scan);
}

/* The tokens inside an insert, marked in one walk, are those the binary
 * search finds one by one: on the insert fixtures, text and HTML, from
 * every paragraph on, and on a table of spans that touch, overlap and
 * cut through tokens. */
static void
test_insert_marks (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "links", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint marked = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      gboolean html = g_str_has_suffix (name, ".html");
      g_autoptr(RedaksiDocument) document = NULL;
      g_autoptr(RedaksiInsertTable) table = NULL;
      const RedaksiToken *tokens;
      const RedaksiSpan *paragraphs;
      guint n, n_paragraphs, n_spans;

      if (strstr (name, ".expected.") != NULL || !(html || g_str_has_suffix (name, ".txt")))
        continue;
      document = redaksi_test_load_document (path, html);
      table = _redaksi_insert_table_find (document, NULL, NULL);
      tokens = _redaksi_document_peek_tokens (document, &n);
      paragraphs = _redaksi_document_peek_paragraphs (document, &n_paragraphs);
      check_marks (table, tokens, n);
      check_scan (document, table);
      check_scan (document, NULL);
      for (guint p = 0; p < n_paragraphs; p++)
        check_marks (table, tokens + paragraphs[p].first_token, n - paragraphs[p].first_token);
      _redaksi_insert_table_peek (table, &n_spans);
      marked += n_spans;
    }
  g_assert_cmpuint (marked, >, 10);
  check_marks (NULL, NULL, 0);
}

/* The same cuts of the same text: no table, an empty one, and spans
 * that touch, overlap, lie between tokens and cut through them. */
static void
test_insert_marks_edges (void)
{
  static const char text[] = "Satu dua tiga. Empat lima\n\nenam tujuh delapan\n\nsembilan sepuluh.";
  static const RedaksiTextSpan cuts[] = { { 0, 4 }, { 4, 9 }, { 9, 9 }, { 11, 20 }, { 15, 26 },
                                          { 30, 31 }, { 40, 62 }, { 61, 80 } };
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, NULL);
  guint n;
  const RedaksiToken *tokens = _redaksi_document_peek_tokens (document, &n);

  for (guint mask = 0; mask < (1u << G_N_ELEMENTS (cuts)); mask += 7)
    {
      GArray *spans = g_array_new (FALSE, FALSE, sizeof (RedaksiTextSpan));
      g_autoptr(RedaksiInsertTable) table = NULL;

      for (guint c = 0; c < G_N_ELEMENTS (cuts); c++)
        if (mask & (1u << c))
          g_array_append_val (spans, cuts[c]);
      table = _redaksi_insert_table_new (spans);
      for (guint first = 0; first < n; first++)
        check_marks (table, tokens + first, n - first);
      check_scan (document, table);
    }
  check_marks (NULL, tokens, n);
}

/* The distance as it was written first, with a table on the heap. */
static guint
ref_edit_distance (const char *a,
                   const char *b,
                   guint       limit)
{
  gsize n = strlen (a), m = strlen (b);
  g_autofree guint *d = NULL;

  if ((n > m ? n - m : m - n) > limit)
    return limit + 1;
  d = g_new0 (guint, (n + 1) * (m + 1));
#define D(i, j) d[(i) * (m + 1) + (j)]
  for (gsize i = 0; i <= n; i++)
    D (i, 0) = i;
  for (gsize j = 0; j <= m; j++)
    D (0, j) = j;
  for (gsize i = 1; i <= n; i++)
    for (gsize j = 1; j <= m; j++)
      {
        guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
        guint best = MIN (MIN (D (i - 1, j) + 1, D (i, j - 1) + 1), D (i - 1, j - 1) + cost);

        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          best = MIN (best, D (i - 2, j - 2) + 1);
        D (i, j) = best;
      }
  return MIN (D (n, m), limit + 1);
#undef D
}

/* Cue typos and words of every length up to past the stack's table:
 * the distance is the one the heap table gave, and short words are
 * compared without an allocation. */
static void
test_edit_distance (void)
{
  static const char *const words[] = { "", "k", "ka", "kat", "kata", "akta", "ktaa", "ujar", "ujat", "katanya", "kantanya",
                                       "tegasnya", "tegsanya", "menurut", "menurutnya", "mengatakan",
                                       "megnatakan", "dikatakannya", "pungkasnya", "ungkapnya", NULL };
  g_autofree char *long_a = g_strnfill (40, 'a'), *long_b = g_strnfill (41, 'a');
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) got = g_array_new (FALSE, FALSE, sizeof (guint));
  guint before G_GNUC_UNUSED;

  for (guint i = 0; words[i] != NULL; i++)
    for (guint j = 0; words[j] != NULL; j++)
      for (guint limit = 0; limit < 4; limit++)
        {
          guint distance = ref_edit_distance (words[i], words[j], limit);

          g_array_append_val (expected, distance);
        }
  g_array_set_size (got, expected->len);
  before = redaksi_test_allocations ();
  for (guint i = 0, k = 0; words[i] != NULL; i++)
    for (guint j = 0; words[j] != NULL; j++)
      for (guint limit = 0; limit < 4; limit++)
        g_array_index (got, guint, k++) = _redaksi_quote_edit_distance (words[i], words[j], limit);
#ifdef COUNT_ALLOCATIONS
  g_assert_cmpuint (redaksi_test_allocations () - before, ==, 0);
#endif
  g_assert_cmpmem (got->data, got->len * sizeof (guint), expected->data, expected->len * sizeof (guint));
  /* Past the stack's table. */
  long_b[3] = 'b';
  long_b[20] = 'c';
  g_assert_cmpuint (_redaksi_quote_edit_distance (long_a, long_b, 3), ==, 2);
  g_assert_cmpuint (ref_edit_distance (long_a, long_b, 3), ==, 2);
  g_assert_cmpstr (_redaksi_quote_nearest_cue ("ujat"), ==, "ujar");
}

/* Random words of three letters, many transpositions and repeats among
 * them, of every length to 9 and within a few edits of each other or
 * not: the distance worked out in a band around the diagonal, stopping
 * early, is the whole table's for every limit. */
static void
test_edit_distance_band (void)
{
  GRand *rand = g_rand_new_with_seed (20261130);

  for (guint k = 0; k < 20000; k++)
    {
      char a[10], b[10];
      gsize n = (gsize) g_rand_int_range (rand, 0, 10), m = (gsize) g_rand_int_range (rand, 0, 10);
      guint limit = (guint) g_rand_int_range (rand, 0, 5);

      for (gsize i = 0; i < n; i++)
        a[i] = "akt"[g_rand_int_range (rand, 0, 3)];
      for (gsize j = 0; j < m; j++)
        b[j] = j < n && g_rand_boolean (rand) ? a[j] : "akt"[g_rand_int_range (rand, 0, 3)];
      a[n] = b[m] = '\0';
      g_assert_cmpuint (_redaksi_quote_edit_distance (a, b, limit), ==, ref_edit_distance (a, b, limit));
    }
  g_rand_free (rand);
}

#ifdef COUNT_ALLOCATIONS
/* The entities the tagger finds in @text. */
static GPtrArray *
entities_of (RedaksiDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiAnalyzer) analyzer = redaksi_analyzer_new ();
  g_autoptr(RedaksiReport) report = redaksi_analyzer_analyze (analyzer, document, REDAKSI_ANALYSIS_ENTITIES,
                                                              NULL, NULL, &error);

  g_assert_no_error (error);
  return g_ptr_array_ref (redaksi_report_get_entities (report));
}

/* The allocations of the speakers' index of @document, made the way
 * the quote analysis makes it. */
static guint
speakers_allocations (RedaksiDocument *document,
                      GPtrArray       *entities,
                      guint           *n_tokens)
{
  QuoteScan scan;
  RedaksiQuoteSpeakers *speakers;
  guint before;

  _redaksi_quote_scan_init (&scan, document, NULL, NULL);
  _redaksi_quote_scan_pair_marks (&scan);
  /* The lexicons once loaded, as in any process past its first article. */
  _redaksi_quote_speakers_free (_redaksi_quote_speakers_new (&scan, entities));
  memset (scan.word_class, 0, scan.n_tokens);
  before = redaksi_test_allocations ();
  speakers = _redaksi_quote_speakers_new (&scan, entities);
  _redaksi_quote_speakers_free (speakers);
  *n_tokens = scan.n_tokens;
  _redaksi_quote_scan_clear (&scan);
  return redaksi_test_allocations () - before;
}
#endif

/* Finding the article's names and who spoke allocates neither a string
 * per token nor a few per name: a long article of many names costs a
 * few dozen allocations, with the tagger's entities and without. */
static void
test_speakers_allocations (void)
{
#ifdef COUNT_ALLOCATIONS
  g_autoptr(GString) text = g_string_new ("JAKARTA - Harga beras naik di banyak pasar.\n");
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  GError *error = NULL;
  guint tagged, untagged, n_tokens;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (text, "Pedagang bernama Siti Rahayu%c%c menyebut pasokan berkurang karena "
                                  "hujan turun sejak pekan lalu di wilayah itu. Menurut dia, \"Petani gagal "
                                  "panen dan harga naik,\" katanya kepada wartawan di pasar.\n",
                            'a' + i % 26, 'a' + i / 26);
  document = redaksi_document_new_from_text (text->str, -1, &error);
  g_assert_no_error (error);
  entities = entities_of (document);
  g_assert_cmpuint (entities->len, >=, 300);
  tagged = speakers_allocations (document, entities, &n_tokens);
  untagged = speakers_allocations (document, none, &n_tokens);
  g_test_message ("%u tokens, %u entities: %u allocations with them, %u without",
                  n_tokens, entities->len, tagged, untagged);
  g_assert_cmpuint (n_tokens, >, 10000);
  g_assert_cmpuint (tagged, <, 100);
  g_assert_cmpuint (untagged, <, 100);
#else
  g_test_skip ("allocations are not counted under AddressSanitizer");
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/quotefast/token-class", test_token_class);
  g_test_add_func ("/redaksi/quotefast/speakers-allocations", test_speakers_allocations);
  g_test_add_func ("/redaksi/quotefast/ordinary-words", test_ordinary_words);
  g_test_add_func ("/redaksi/quotefast/insert-marks", test_insert_marks);
  g_test_add_func ("/redaksi/quotefast/insert-marks-edges", test_insert_marks_edges);
  g_test_add_func ("/redaksi/quotefast/edit-distance", test_edit_distance);
  g_test_add_func ("/redaksi/quotefast/edit-distance-band", test_edit_distance_band);
  return g_test_run ();
}
