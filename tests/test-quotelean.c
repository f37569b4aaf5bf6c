/* test-quotelean.c: the quote analysis's second round of savings
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The quote analysis keeps what the lexicons say of the words a thread
 * has asked, pairs marks without looking at the tokens between them,
 * indexes the article's names without GHashTables and makes its scan's
 * arrays in a few blocks. Each test asks what that saves (lexicon
 * lookups, allocations) and that the answers stay those of the long way.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "redaksi-document-private.h"
#include "redaksi-quote-lexicon-private.h"
#include "redaksi-quote-scan-private.h"
#include "redaksi-quote-source-private.h"
#include "redaksi-test-util.h"
#include "redaksi-test-alloc.h"

static RedaksiDocument *
document_new (const char *text)
{
  GError *error = NULL;
  RedaksiDocument *document = redaksi_document_new_from_text (text, -1, &error);

  g_assert_no_error (error);
  return document;
}

/* 300 paragraphs, each with a name, a quote and a cue. */
static RedaksiDocument *
long_article (void)
{
  g_autoptr(GString) text = g_string_new ("JAKARTA - Harga beras naik di banyak pasar.\n");

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (text, "Pedagang bernama Siti Rahayu%c%c menyebut pasokan berkurang karena "
                                  "hujan turun sejak pekan lalu di wilayah itu. Menurut dia, \"Petani gagal "
                                  "panen dan harga naik,\" katanya kepada wartawan di pasar.\n",
                            'a' + i % 26, 'a' + i / 26);
  return document_new (text->str);
}

static RedaksiReport *
analyse (RedaksiDocument      *document,
         RedaksiAnalysisFlags  flags)
{
  g_autoptr(GError) error = NULL;
  RedaksiReport *report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document, flags,
                                                    NULL, NULL, &error);

  g_assert_no_error (error);
  return report;
}

/* A token's class, from the cache or not, is what the lexicons say of
 * g_utf8_strdown()'s form; asked again in a new scan, by a thread that
 * has seen the words, it comes from the cache. */
static void
test_class_cache (void)
{
  g_autoptr(GPtrArray) texts = redaksi_test_devset_texts ();

  g_assert_cmpuint (texts->len, >, 10);
  for (guint i = 0; i < texts->len; i++)
    {
      g_autoptr(RedaksiDocument) document = document_new (texts->pdata[i]);
      QuoteScan scan;

      _redaksi_quote_scan_init (&scan, document, NULL, NULL);
      for (guint t = 0; t < scan.n_tokens; t++)
        {
          g_autofree char *text = g_strndup (scan.text + scan.tokens[t].start,
                                             scan.tokens[t].end - scan.tokens[t].start);
          g_autofree char *lower = g_utf8_strdown (text, -1);

          g_assert_cmpuint (_redaksi_quote_token_class (&scan, t), ==, _redaksi_quote_word_class (lower));
        }
      _redaksi_quote_scan_clear (&scan);
    }
}

/* The analysis of an article asks the lexicons about a few dozen
 * words; analysed again by the same thread, hardly any (only words that
 * push each other out of the cache). */
static gpointer
analyse_twice (gpointer data)
{
  RedaksiDocument *document = data;
  g_autoptr(RedaksiReport) first = NULL, second = NULL;
  char *json[2];
  guint64 misses;

  g_assert_cmpuint (_redaksi_quote_class_cache_misses (), ==, 0);
  first = analyse (document, REDAKSI_ANALYSIS_QUOTES);
  misses = _redaksi_quote_class_cache_misses ();
  second = analyse (document, REDAKSI_ANALYSIS_QUOTES);
  g_test_message ("%" G_GUINT64_FORMAT " lookups the first time, %" G_GUINT64_FORMAT " the second",
                  misses, _redaksi_quote_class_cache_misses () - misses);
  g_assert_cmpuint (misses, >=, 20);
  g_assert_cmpuint ((_redaksi_quote_class_cache_misses () - misses) * 10, <=, misses);
  json[0] = redaksi_report_to_json_string (first, FALSE);
  json[1] = redaksi_report_to_json_string (second, FALSE);
  g_assert_cmpstr (json[0], ==, json[1]);
  g_free (json[0]);
  g_free (json[1]);
  return NULL;
}

static void
test_class_cache_again (void)
{
  g_autofree char *path = redaksi_test_example_path ("banjir-bekasi.txt");
  g_autoptr(RedaksiDocument) document = redaksi_test_load_document (path, FALSE);

  /* A thread of its own: its cache starts empty. */
  g_thread_join (g_thread_new ("analyse", analyse_twice, document));
}

/* Another thread has a cache of its own, and answers alike. */
static gpointer
classify_in_thread (gpointer data)
{
  RedaksiDocument *document = data;
  QuoteScan scan;
  GString *classes = g_string_new (NULL);

  _redaksi_quote_scan_init (&scan, document, NULL, NULL);
  for (guint t = 0; t < scan.n_tokens; t++)
    g_string_append_c (classes, (char) _redaksi_quote_token_class (&scan, t));
  g_assert_cmpuint (_redaksi_quote_class_cache_misses (), >, 0);
  _redaksi_quote_scan_clear (&scan);
  return classes;
}

static void
test_class_cache_threads (void)
{
  g_autoptr(RedaksiDocument) document = long_article ();
  GString *classes[2];
  GThread *threads[2];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("classify", classify_in_thread, document);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    classes[i] = g_thread_join (threads[i]);
  g_assert_cmpmem (classes[0]->str, classes[0]->len, classes[1]->str, classes[1]->len);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    g_string_free (classes[i], TRUE);
}

/* The token where the fix of a closing mark without an opening one
 * starts, as the pairing walk used to find it: the first sentence
 * start after the paragraph's double mark before @t, the token after
 * that mark when there is none, the paragraph's first token when no
 * mark came before. */
static guint
model_unopened_from (QuoteScan *scan,
                     guint      t)
{
  const RedaksiSpan *span = &scan->paragraphs[_redaksi_quote_scan_paragraph_of (scan, t)];
  guint from = span->first_token;
  gboolean seek = FALSE;

  for (guint u = span->first_token; u <= t; u++)
    {
      const RedaksiToken *token = &scan->tokens[u];

      if (seek && (token->flags & REDAKSI_TOKEN_FLAGS_SENTENCE_START))
        {
          from = u;
          seek = FALSE;
        }
      if (u < t && token->kind == REDAKSI_TOKEN_QUOTE
          && token->quote_mark != REDAKSI_QUOTE_MARK_STRAIGHT_SINGLE
          && token->quote_mark != REDAKSI_QUOTE_MARK_LEFT_SINGLE
          && token->quote_mark != REDAKSI_QUOTE_MARK_RIGHT_SINGLE)
        {
          from = u + 1;
          seek = TRUE;
        }
    }
  return from;
}

/* The pairing looks at marks only, and finds where a fix starts only
 * for the marks that need one: the fixes start where they did. */
static void
test_unopened_fix_start (void)
{
  static const char *const texts[] = {
    "Dia pergi. Lalu pulang.\" Kata dia lagi.\n",
    "\"Ya,\" kata Budi. Mereka datang. Lalu pergi.\" Kemudian \u201cpulang\u201d. Hujan.\u201d Selesai.\n",
    "Pertama.\u201d Kedua.\u201d Ketiga 'satu' dan \u2018dua\u2019.\u201d\n\nBaru.\" Lagi\" lagi.\" Akhir.\n",
    "\u201cA.\u201d B. C.\u201d \"D\" E.\" F. G. H.\"\n",
  };
  guint checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(RedaksiDocument) document = document_new (texts[i]);
      g_autoptr(RedaksiReport) report = analyse (document, REDAKSI_ANALYSIS_QUOTES);
      GPtrArray *issues = redaksi_report_get_issues (report);
      QuoteScan scan;

      _redaksi_quote_scan_init (&scan, document, NULL, NULL);
      for (guint k = 0; k < issues->len; k++)
        {
          const RedaksiRange *range = redaksi_issue_get_range (g_ptr_array_index (issues, k));
          guint t = 0;

          if (!g_str_equal (redaksi_issue_get_code (g_ptr_array_index (issues, k)), "quote-unopened"))
            continue;
          while (scan.tokens[t].end != range->end)
            t++;
          g_assert_cmpuint (range->start, ==, scan.tokens[model_unopened_from (&scan, t)].start);
          checked++;
        }
      _redaksi_quote_scan_clear (&scan);
    }
  g_assert_cmpuint (checked, >=, 8);
}

/* The scan's per-token and per-paragraph arrays are a block each
 * whatever the article's length, and its stretch bounds one array made
 * at the right size. */
static void
test_scan_allocations (void)
{
#ifdef COUNT_ALLOCATIONS
  g_autoptr(RedaksiDocument) document = long_article ();
  QuoteScan scan;
  guint before, made;

  /* This thread's class cache, made once. */
  _redaksi_quote_scan_init (&scan, document, NULL, NULL);
  _redaksi_quote_scan_clear (&scan);
  before = redaksi_test_allocations ();
  _redaksi_quote_scan_init (&scan, document, NULL, NULL);
  made = redaksi_test_allocations () - before;
  g_test_message ("%u tokens, %u paragraphs: %u allocations", scan.n_tokens, scan.n_paragraphs, made);
  g_assert_cmpuint (scan.n_paragraphs, >, 300);
  g_assert_cmpuint (made, <=, 4);
  _redaksi_quote_scan_clear (&scan);
#else
  g_test_skip ("allocations are not counted under AddressSanitizer");
#endif
}

/* A quote keeps its first part in place: pairing 300 quotes of one
 * part each allocates only the drafts' array as it grows. A quote of
 * many parts (a paragraph-continued one, an interrupted one) keeps the
 * rest in order. */
static void
test_pair_allocations (void)
{
  g_autoptr(RedaksiDocument) multi = document_new ("\"Satu,\" kata Budi, \"dua.\" Lalu.\n\n"
                                                   "\"Tiga empat lima enam tujuh.\n\n\"Delapan.\n\n"
                                                   "\"Sembilan.\"\n");
  g_autoptr(RedaksiReport) report = analyse (multi, REDAKSI_ANALYSIS_QUOTES);
  GPtrArray *quotes = redaksi_report_get_quotes (report);
  QuoteScan scan;

  g_assert_cmpuint (quotes->len, ==, 2);
  g_assert_cmpuint (redaksi_quote_get_parts (g_ptr_array_index (quotes, 0))->len, ==, 2);
  g_assert_cmpuint (redaksi_quote_get_parts (g_ptr_array_index (quotes, 1))->len, ==, 3);
  g_assert_cmpstr (redaksi_quote_get_text (g_ptr_array_index (quotes, 1)), ==,
                   "Tiga empat lima enam tujuh. Delapan. Sembilan.");
#ifdef COUNT_ALLOCATIONS
  {
    g_autoptr(RedaksiDocument) document = long_article ();
    guint before, made;

    _redaksi_quote_scan_init (&scan, document, NULL, NULL);
    before = redaksi_test_allocations ();
    _redaksi_quote_scan_pair_marks (&scan);
    made = redaksi_test_allocations () - before;
    g_test_message ("%u quotes paired: %u allocations", scan.drafts->len, made);
    g_assert_cmpuint (scan.drafts->len, ==, 300);
    g_assert_cmpuint (made, <=, 30);
    _redaksi_quote_scan_clear (&scan);
  }
#else
  (void) scan;
#endif
}

#ifdef COUNT_ALLOCATIONS
/* The allocations of the speakers' index of @document, made the way
 * the quote analysis makes it, with the lexicons and caches warm. */
static guint
speakers_allocations (RedaksiDocument *document,
                      GPtrArray       *entities)
{
  QuoteScan scan;
  guint before;

  _redaksi_quote_scan_init (&scan, document, NULL, NULL);
  _redaksi_quote_scan_pair_marks (&scan);
  _redaksi_quote_speakers_free (_redaksi_quote_speakers_new (&scan, entities));
  memset (scan.word_class, 0, scan.n_tokens);
  before = redaksi_test_allocations ();
  _redaksi_quote_speakers_free (_redaksi_quote_speakers_new (&scan, entities));
  _redaksi_quote_scan_clear (&scan);
  return redaksi_test_allocations () - before;
}
#endif

/* The names' words are indexed in tables of their own, made at the
 * size the entities need: no hash table grows name by name. */
static void
test_speakers_allocations (void)
{
#ifdef COUNT_ALLOCATIONS
  g_autoptr(RedaksiDocument) document = long_article ();
  g_autoptr(RedaksiReport) report = analyse (document, REDAKSI_ANALYSIS_ENTITIES);
  GPtrArray *entities = redaksi_report_get_entities (report);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  guint tagged, untagged;

  g_assert_cmpuint (entities->len, >=, 300);
  tagged = speakers_allocations (document, entities);
  untagged = speakers_allocations (document, none);
  g_test_message ("%u entities: %u allocations with them, %u without", entities->len, tagged, untagged);
  g_assert_cmpuint (tagged, <=, 16);
  g_assert_cmpuint (untagged, <=, 40);
#else
  g_test_skip ("allocations are not counted under AddressSanitizer");
#endif
}

#ifdef COUNT_ALLOCATIONS
static guint
analysis_allocations (RedaksiDocument      *document,
                      RedaksiAnalysisFlags  flags)
{
  guint before = redaksi_test_allocations ();

  g_object_unref (analyse (document, flags));
  return redaksi_test_allocations () - before;
}
#endif

/* What the quote analysis allocates beyond the analyses it needs, a
 * quote at a time: its result objects and few more. The quote's words
 * are put together in one buffer for every quote, the cue is copied on
 * the stack, and a finding's strings are made only for a finding. */
static void
test_quote_allocations (void)
{
#ifdef COUNT_ALLOCATIONS
  g_autoptr(RedaksiDocument) document = long_article ();
  g_autoptr(RedaksiReport) report = analyse (document, REDAKSI_ANALYSIS_QUOTES);
  guint n_quotes = redaksi_report_get_quotes (report)->len;
  guint needs, all;

  g_assert_cmpuint (n_quotes, ==, 300);
  needs = analysis_allocations (document, REDAKSI_ANALYSIS_ENTITIES | REDAKSI_ANALYSIS_RELATED_LINKS);
  all = analysis_allocations (document, REDAKSI_ANALYSIS_QUOTES);
  g_test_message ("%u quotes: %u allocations for the quotes, %u with their needs", n_quotes, all - needs, all);
  g_assert_cmpuint (all - needs, <=, 11 * n_quotes);
#else
  g_test_skip ("allocations are not counted under AddressSanitizer");
#endif
}

/* The stretch a token is in, found from the one asked about last when
 * it holds the token: the same as a search of the bounds, in any order
 * of questions. */
static void
test_stretch_memo (void)
{
  static const char text[] = "Satu dua. Baca juga: Judul lain\n\nTiga \"empat\" lima. Baca juga: Judul\nEnam.\n";
  g_autoptr(RedaksiDocument) document = document_new (text);
  g_autoptr(RedaksiReport) report = analyse (document, REDAKSI_ANALYSIS_QUOTES);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  QuoteScan scan;

  (void) report;
  _redaksi_quote_scan_init (&scan, document, NULL, NULL);
  g_assert_cmpuint (scan.n_bounds, >=, 4);
  for (guint k = 0; k < 4 * scan.n_tokens; k++)
    {
      guint t = k < scan.n_tokens ? k : (guint) g_rand_int_range (rand, 0, (gint32) scan.n_tokens);
      guint first = 0, end = scan.n_tokens;

      /* The plain reading of the bounds: the last at or before t, the
       * first after it. */
      for (guint b = 0; b < scan.n_bounds; b++)
        if (scan.bounds[b] <= t)
          first = scan.bounds[b];
      for (guint b = scan.n_bounds; b > 0; b--)
        if (scan.bounds[b - 1] > t)
          end = scan.bounds[b - 1];
      g_assert_cmpuint (_redaksi_quote_scan_stretch_first (&scan, t), ==, first);
      g_assert_cmpuint (_redaksi_quote_scan_stretch_end (&scan, t), ==, end);
    }
  _redaksi_quote_scan_clear (&scan);
}

/* _redaksi_quote_normalize_word() as it was written with
 * g_ascii_tolower() for an ASCII word. */
static char *
model_normalize_ascii (const char *word,
                       gsize       length)
{
  GString *out = g_string_new (NULL);

  if (length == 1 && word[0] == '%')
    return g_string_free (g_string_append (out, "persen"), FALSE);
  for (gsize i = 0; i < length; i++)
    if (g_ascii_isalnum (word[i])
        || ((word[i] == '-' || word[i] == '.' || word[i] == ',') && out->len > 0 && i + 1 < length
            && g_ascii_isalnum (word[i + 1])))
      g_string_append_c (out, g_ascii_tolower (word[i]));
  return g_string_free (out, FALSE);
}

/* The words a source is compared by, lowercased inline. */
static void
test_normalize_ascii (void)
{
  g_autoptr(GPtrArray) texts = redaksi_test_devset_texts ();
  static const char *const odd[] = { "%", "A-B", "-AB", "AB-", "1.000,5", "Z@z", "[x]", "QUOTE's", "" };
  guint checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    {
      g_autofree char *got = _redaksi_quote_normalize_word (odd[i], -1);
      g_autofree char *want = model_normalize_ascii (odd[i], strlen (odd[i]));

      g_assert_cmpstr (got, ==, want);
    }
  for (guint i = 0; i < texts->len; i++)
    {
      g_autoptr(RedaksiDocument) document = document_new (texts->pdata[i]);
      guint n;
      const RedaksiToken *tokens = _redaksi_document_peek_tokens (document, &n);
      const char *text = redaksi_document_get_text (document, NULL);

      for (guint t = 0; t < n; t++)
        {
          const char *word = text + tokens[t].start;
          gsize length = tokens[t].end - tokens[t].start;
          g_autofree char *got = NULL, *want = NULL;
          gboolean ascii = TRUE;

          for (gsize k = 0; k < length; k++)
            ascii = ascii && (guchar) word[k] < 0x80;
          if (!ascii)
            continue;
          got = _redaksi_quote_normalize_word (word, (gssize) length);
          want = model_normalize_ascii (word, length);
          g_assert_cmpstr (got, ==, want);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 10000);
}

/* "kata Presiden" is the president the article named last before it,
 * and "kata Menkeu" the one it named as "Menteri Keuangan": each office
 * key's holders are found in text order. */
static void
test_office_holders (void)
{
  static const char text[] =
    "Presiden Joko Widodo meresmikan jalan tol di Jawa Tengah, Senin.\n\n"
    "\"Kita harus bekerja lebih cepat,\" kata Presiden.\n\n"
    "Presiden Prabowo Subianto kemudian menjelaskan rencananya di Jakarta.\n\n"
    "\"Kami akan melanjutkan pembangunan,\" kata Presiden.\n\n"
    "Menteri Keuangan Sri Mulyani mengatakan anggaran sudah siap.\n\n"
    "\"Dananya sudah tersedia,\" kata Menkeu.\n\n"
    "\"Semua berjalan baik,\" kata Presiden.\n";
  static const char *const speakers[] = { "Joko Widodo", "Prabowo Subianto", "Sri Mulyani Indrawati",
                                          "Prabowo Subianto" };
  g_autoptr(RedaksiDocument) document = document_new (text);
  g_autoptr(RedaksiReport) report = analyse (document, REDAKSI_ANALYSIS_QUOTES);
  GPtrArray *quotes = redaksi_report_get_quotes (report);

  g_assert_cmpuint (quotes->len, ==, G_N_ELEMENTS (speakers));
  for (guint i = 0; i < quotes->len; i++)
    g_assert_cmpstr (redaksi_quote_get_speaker (g_ptr_array_index (quotes, i)), ==, speakers[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/quotelean/class-cache", test_class_cache);
  g_test_add_func ("/redaksi/quotelean/class-cache-again", test_class_cache_again);
  g_test_add_func ("/redaksi/quotelean/class-cache-threads", test_class_cache_threads);
  g_test_add_func ("/redaksi/quotelean/unopened-fix-start", test_unopened_fix_start);
  g_test_add_func ("/redaksi/quotelean/scan-allocations", test_scan_allocations);
  g_test_add_func ("/redaksi/quotelean/pair-allocations", test_pair_allocations);
  g_test_add_func ("/redaksi/quotelean/speakers-allocations", test_speakers_allocations);
  g_test_add_func ("/redaksi/quotelean/quote-allocations", test_quote_allocations);
  g_test_add_func ("/redaksi/quotelean/stretch-memo", test_stretch_memo);
  g_test_add_func ("/redaksi/quotelean/normalize-ascii", test_normalize_ascii);
  g_test_add_func ("/redaksi/quotelean/office-holders", test_office_holders);
  return g_test_run ();
}
