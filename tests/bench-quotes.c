/* bench-quotes.c: verifying 50 quotes against a 1 MB source
 *
 * The source is generated (Indonesian-like words from a fixed seed, with
 * numbers); the article quotes 50 passages of it, every fifth one with a
 * changed number and every seventh with a changed word. Prints the time
 * to build the source document and to check the article against it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-quote-source-private.h"
#include "redaksi-test-util.h"

#define SOURCE_BYTES (1024 * 1024)
#define N_QUOTES 50

static const char *const syllables[] = {
  "ka", "ta", "ba", "ma", "na", "ri", "si", "lu", "pe", "ngan", "kan", "ber", "me", "di",
  "ra", "ja", "wa", "ha", "sa", "tu", "gu", "da", "la", "pa", "ngi", "kat", "rum", "lah",
};

static char *
make_word (GRand *rand)
{
  GString *word = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 1, 4);

  for (guint i = 0; i < n; i++)
    g_string_append (word, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
  return g_string_free (word, FALSE);
}

static GPtrArray *
make_vocabulary (GRand *rand)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < 3000; i++)
    g_ptr_array_add (words, make_word (rand));
  return words;
}

static void
append_sentence (GString   *text,
                 GRand     *rand,
                 GPtrArray *vocabulary)
{
  guint n = g_rand_int_range (rand, 8, 20);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      if (g_rand_int_range (rand, 0, 12) == 0)
        g_string_append_printf (text, "%d", g_rand_int_range (rand, 1, 1000));
      else
        g_string_append (text, g_ptr_array_index (vocabulary, g_rand_int_range (rand, 0, vocabulary->len)));
    }
  g_string_append (text, g_rand_int_range (rand, 0, 8) == 0 ? ".\n" : ". ");
}

/* A passage of @n words from the source, starting at a word boundary. */
static char *
take_passage (const GString *source,
              GRand         *rand,
              guint          n)
{
  gsize at = g_rand_int_range (rand, 0, source->len - 4096);
  g_auto(GStrv) words = NULL;
  GString *passage = g_string_new (NULL);

  while (source->str[at] != ' ')
    at++;
  words = g_strsplit_set (source->str + at + 1, " .\n", n * 2);
  for (guint i = 0, taken = 0; words[i] != NULL && taken < n; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (passage, "%s%s", taken++ > 0 ? " " : "", words[i]);
  return g_string_free (passage, FALSE);
}

static void
alter (char **passage,
       guint  index)
{
  g_auto(GStrv) words = g_strsplit (*passage, " ", -1);
  guint middle = g_strv_length (words) / 2;

  if (index % 5 == 0)
    {
      g_free (words[middle]);
      words[middle] = g_strdup ("7777");
    }
  else if (index % 7 == 0)
    {
      g_free (words[middle]);
      words[middle] = g_strdup ("sangat");
    }
  g_free (*passage);
  *passage = g_strjoinv (" ", words);
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
count_statuses (RedaksiReport *report,
                guint         *verified,
                guint         *altered)
{
  GPtrArray *quotes = redaksi_report_get_quotes (report);

  g_assert_cmpuint (quotes->len, ==, N_QUOTES);
  for (guint i = 0; i < quotes->len; i++)
    {
      RedaksiQuoteSourceStatus status = redaksi_quote_get_source_status (g_ptr_array_index (quotes, i));

      *verified += status == REDAKSI_QUOTE_SOURCE_VERIFIED;
      *altered += status == REDAKSI_QUOTE_SOURCE_ALTERED;
    }
}

/* Finding and attributing alone, over a long article: must stay linear. */
static void
bench_long_article (RedaksiQuoteChecker *checker)
{
  static const char block[] =
    "Menteri Perdagangan Budi Santoso meninjau pasar pada Senin pagi.\n"
    "\"Stok beras cukup sampai Lebaran,\" kata Budi.\n"
    "\"Harga akan kami jaga\" ujat Budi di sela kunjungan.\n"
    "Menurut dia, \"Pasokan dari gudang Bulog sudah tiba.\"\n"
    "Baca Juga: \"Harga Cabai Turun,\" Kata Pedagang\n";
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(RedaksiReport) report = NULL;
  gint64 start;

  while (text->len < SOURCE_BYTES)
    g_string_append (text, block);
  document = redaksi_document_new_from_text (text->str, (gssize) text->len, NULL);
  start = g_get_monotonic_time ();
  report = redaksi_quote_checker_check (checker, document, NULL, NULL, NULL);
  g_print ("find and attribute %u quotes in a %.2f MB article: %.1f ms\n",
           redaksi_report_get_quotes (report)->len, text->len / 1048576.0,
           seconds_since (start) * 1000);
}

int
main (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20230302);
  g_autoptr(GPtrArray) vocabulary = make_vocabulary (rand);
  g_autoptr(GString) source_text = g_string_new (NULL);
  g_autoptr(GString) article = g_string_new ("Redaksi.id, JAKARTA - Menteri Budi Santoso memberi keterangan.\n");
  g_autoptr(RedaksiDocument) source = NULL, document = NULL;
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  double build_time, best = G_MAXDOUBLE;
  guint verified = 0, altered = 0, expected_altered = 0;
  gint64 start;

  while (source_text->len < SOURCE_BYTES)
    append_sentence (source_text, rand, vocabulary);
  for (guint i = 1; i <= N_QUOTES; i++)
    {
      g_autofree char *passage = take_passage (source_text, rand, g_rand_int_range (rand, 10, 30));

      alter (&passage, i);
      expected_altered += i % 5 == 0 || i % 7 == 0;
      g_string_append_printf (article, "\"%s,\" kata Budi.\nIa lalu menjawab pertanyaan.\n", passage);
    }
  start = g_get_monotonic_time ();
  source = redaksi_document_new_from_text (source_text->str, (gssize) source_text->len, NULL);
  build_time = seconds_since (start);
  document = redaksi_document_new_from_text (article->str, (gssize) article->len, NULL);
  for (guint run = 0; run < 5; run++)
    {
      g_autoptr(RedaksiReport) report = NULL;

      start = g_get_monotonic_time ();
      report = redaksi_quote_checker_check (checker, document, source, NULL, NULL);
      best = MIN (best, seconds_since (start));
      if (run == 0)
        count_statuses (report, &verified, &altered);
    }
  g_print ("source: %.2f MB, %u tokens; article: %u quotes\n", source_text->len / 1048576.0,
           redaksi_document_get_n_tokens (source), N_QUOTES);
  g_print ("build the source document: %.1f ms\n", build_time * 1000);
  g_print ("check 50 quotes against it (index + align), best of 5: %.1f ms\n", best * 1000);
  start = g_get_monotonic_time ();
  _redaksi_quote_source_free (_redaksi_quote_source_new (source));
  g_print ("  of which indexing the source (words, trigrams): %.1f ms\n", seconds_since (start) * 1000);
  g_print ("verified %u, altered %u (expected %u altered)\n", verified, altered, expected_altered);
  bench_long_article (checker);
  g_assert_cmpuint (altered, ==, expected_altered);
  g_assert_cmpuint (verified, ==, N_QUOTES - expected_altered);
  return 0;
}
