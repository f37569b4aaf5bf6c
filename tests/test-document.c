/* test-document.c: segmentation of Indonesian news text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-document-private.h"
#include "redaksi-test-util.h"

static RedaksiDocument *
document_from (const char *text)
{
  g_autoptr(GError) error = NULL;
  RedaksiDocument *document = redaksi_document_new_from_text (text, -1, &error);

  g_assert_no_error (error);
  return document;
}

/* The tokens of @document joined by '|', to compare in one assertion. */
static char *
joined_tokens (RedaksiDocument *document)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < redaksi_document_get_n_tokens (document); i++)
    {
      g_autofree char *text = redaksi_document_get_token_text (document, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", text);
    }
  return g_string_free (out, FALSE);
}

static void
assert_sentences (const char         *text,
                  const char * const *expected)
{
  g_autoptr(RedaksiDocument) document = document_from (text);
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < MIN (n, redaksi_document_get_n_sentences (document)); i++)
    {
      g_autofree char *sentence = redaksi_document_get_sentence_text (document, i);

      g_assert_cmpstr (sentence, ==, expected[i]);
    }
  g_assert_cmpuint (redaksi_document_get_n_sentences (document), ==, n);
}

static RedaksiToken *
find_token (RedaksiDocument *document,
            const char      *text)
{
  for (guint i = 0; i < redaksi_document_get_n_tokens (document); i++)
    {
      g_autofree char *token_text = redaksi_document_get_token_text (document, i);

      if (g_str_equal (token_text, text))
        return redaksi_document_get_token (document, i);
    }
  g_error ("no token “%s”", text);
  return NULL;
}

static void
test_seed_article (void)
{
  g_autofree char *path = redaksi_test_shared_path ("seed", "bisnis-g20-2023.txt", NULL);
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(RedaksiRange) dateline = NULL;
  g_autoptr(GString) roles = g_string_new (NULL);
  const char *text;

  if (path == NULL)
    return;
  document = redaksi_test_load_document (path, FALSE);
  text = redaksi_document_get_text (document, NULL);

  /* Ten paragraphs of prose and the orphan "Baca Juga" line; the second
   * quote holds two sentences. */
  g_assert_cmpuint (redaksi_document_get_n_paragraphs (document), ==, 11);
  g_assert_cmpuint (redaksi_document_get_n_sentences (document), ==, 13);

  dateline = redaksi_document_get_dateline (document);
  g_assert_nonnull (dateline);
  g_assert_cmpmem (text + dateline->start, dateline->end - dateline->start,
                   "Bisnis.com, JAKARTA -", 21);

  for (guint i = 0; i < redaksi_document_get_n_tokens (document); i++)
    {
      g_autoptr(RedaksiToken) token = redaksi_document_get_token (document, i);

      if (token->kind != REDAKSI_TOKEN_QUOTE)
        continue;
      g_assert_cmpint (token->quote_mark, ==, REDAKSI_QUOTE_MARK_STRAIGHT_DOUBLE);
      g_string_append_c (roles, token->quote_role == REDAKSI_QUOTE_ROLE_OPENING ? 'o' : 'c');
    }
  /* Three quotes, each opened and closed. */
  g_assert_cmpstr (roles->str, ==, "ocococ");

  {
    g_autoptr(RedaksiToken) cue = find_token (document, "ujat");
    g_autoptr(RedaksiToken) date = find_token (document, "2/3/2023");

    g_assert_cmpint (cue->kind, ==, REDAKSI_TOKEN_WORD);
    g_assert_cmpint (date->kind, ==, REDAKSI_TOKEN_DATE);
  }
}

static void
test_abbreviations (void)
{
  const char *expected[] = {
    "Prof. Dr. H. Ahmad Suryadi, S.H., M.Si. hadir di Jl. Sudirman No. 5, Jakarta, "
    "bersama tamu lain, dll.",
    "Rapat dimulai pukul 10.30 WIB.",
    "Surat itu a.n. Kepala Dinas, dr. Rina, dsb. kata panitia.",
    NULL
  };

  assert_sentences ("Prof. Dr. H. Ahmad Suryadi, S.H., M.Si. hadir di Jl. Sudirman No. 5, "
                    "Jakarta, bersama tamu lain, dll. Rapat dimulai pukul 10.30 WIB. "
                    "Surat itu a.n. Kepala Dinas, dr. Rina, dsb. kata panitia.",
                    expected);
}

static void
test_initials_and_questions (void)
{
  const char *expected[] = {
    "Menurut A. Rahman, harga naik.",
    "\"Apa benar harga naik?\" tanya Budi kepada wartawan.",
    "\"Benar!\" jawabnya.",
    NULL
  };

  const char *company[] = {
    "Saham PT. Bank Rakyat Indonesia Tbk. naik di AS.",
    "Ia membeli 10% saham dsb.",
    "Foto: Dok. Humas Pemkot Bekasi.",
    NULL
  };

  assert_sentences ("Menurut A. Rahman, harga naik. \"Apa benar harga naik?\" tanya Budi "
                    "kepada wartawan. \"Benar!\" jawabnya.",
                    expected);
  assert_sentences ("Saham PT. Bank Rakyat Indonesia Tbk. naik di AS. Ia membeli 10% saham "
                    "dsb. Foto: Dok. Humas Pemkot Bekasi.",
                    company);
}

static void
test_numbers_and_dates (void)
{
  g_autoptr(RedaksiDocument) document =
    document_from ("Pada Kamis (2/3/2023) anggaran Rp 2,1 triliun dan Rp3,5 miliar naik "
                   "12,5 persen menjadi 1.000 unit.");
  g_autofree char *tokens = joined_tokens (document);
  g_autoptr(RedaksiToken) date = find_token (document, "2/3/2023");
  g_autoptr(RedaksiToken) decimal = find_token (document, "12,5");
  g_autoptr(RedaksiToken) thousand = find_token (document, "1.000");

  g_assert_cmpstr (tokens, ==,
                   "Pada|Kamis|(|2/3/2023|)|anggaran|Rp|2,1|triliun|dan|Rp|3,5|miliar|naik|"
                   "12,5|persen|menjadi|1.000|unit|.");
  g_assert_cmpint (date->kind, ==, REDAKSI_TOKEN_DATE);
  g_assert_cmpint (decimal->kind, ==, REDAKSI_TOKEN_NUMBER);
  g_assert_cmpint (thousand->kind, ==, REDAKSI_TOKEN_NUMBER);
  g_assert_cmpuint (redaksi_document_get_n_sentences (document), ==, 1);
}

static void
test_words (void)
{
  g_autoptr(RedaksiDocument) document =
    document_from ("Negara-negara sekutu Ma’ruf Amin datang Jum'at ke Bisnis.com dan "
                   "REPUBLIKA.CO.ID, lihat https://www.bisnis.com/read/2023/g20. "
                   "Surel: redaksi@bisnis.com. Kita siap.");
  g_autofree char *tokens = joined_tokens (document);
  g_autoptr(RedaksiToken) url = find_token (document, "https://www.bisnis.com/read/2023/g20");
  g_autoptr(RedaksiToken) email = find_token (document, "redaksi@bisnis.com");

  g_assert_cmpstr (tokens, ==,
                   "Negara-negara|sekutu|Ma’ruf|Amin|datang|Jum'at|ke|Bisnis.com|dan|"
                   "REPUBLIKA.CO.ID|,|lihat|https://www.bisnis.com/read/2023/g20|.|"
                   "Surel|:|redaksi@bisnis.com|.|Kita|siap|.");
  g_assert_cmpint (url->kind, ==, REDAKSI_TOKEN_URL);
  g_assert_cmpint (email->kind, ==, REDAKSI_TOKEN_EMAIL);
  g_assert_cmpuint (redaksi_document_get_n_sentences (document), ==, 3);
}

static void
test_glued_words_stay_apart (void)
{
  g_autoptr(RedaksiDocument) document = document_from ("Itu kata dia.Baca Juga:Judul Lain");
  g_autofree char *tokens = joined_tokens (document);

  g_assert_cmpstr (tokens, ==, "Itu|kata|dia|.|Baca|Juga|:|Judul|Lain");
}

static RedaksiQuoteRole
role_of (RedaksiDocument *document,
         guint            index)
{
  g_autoptr(RedaksiToken) token = redaksi_document_get_token (document, index);

  g_assert_cmpint (token->kind, ==, REDAKSI_TOKEN_QUOTE);
  return token->quote_role;
}

static void
test_quote_marks (void)
{
  /* Kompas style: the right double mark opens and closes. */
  g_autoptr(RedaksiDocument) kompas = document_from ("”Kita siap,” kata dia.");
  g_autoptr(RedaksiDocument) curly = document_from ("Kata dia, “Kita siap.”");
  g_autoptr(RedaksiDocument) nested =
    document_from ("\"Mereka bilang, 'harga pasti turun,' begitu kata mereka.\"");
  g_autoptr(RedaksiToken) first = redaksi_document_get_token (kompas, 0);

  g_assert_cmpint (first->quote_mark, ==, REDAKSI_QUOTE_MARK_RIGHT_DOUBLE);
  g_assert_cmpint (role_of (kompas, 0), ==, REDAKSI_QUOTE_ROLE_OPENING);
  g_assert_cmpint (role_of (kompas, 4), ==, REDAKSI_QUOTE_ROLE_CLOSING);
  g_assert_cmpint (role_of (curly, 3), ==, REDAKSI_QUOTE_ROLE_OPENING);
  g_assert_cmpint (role_of (curly, 7), ==, REDAKSI_QUOTE_ROLE_CLOSING);
  g_assert_cmpint (role_of (nested, 0), ==, REDAKSI_QUOTE_ROLE_OPENING);
  g_assert_cmpint (role_of (nested, 4), ==, REDAKSI_QUOTE_ROLE_OPENING);
  g_assert_cmpint (role_of (nested, 9), ==, REDAKSI_QUOTE_ROLE_CLOSING);
  g_assert_cmpint (role_of (nested, 14), ==, REDAKSI_QUOTE_ROLE_CLOSING);
}

/* ‘’…’’ and ''…'', two single marks for one double mark, as some
 * newsrooms' systems write them: one token of the double kind, which
 * covers both marks. Two marks that touch no word stay two. */
static void
test_doubled_single_marks (void)
{
  g_autoptr(RedaksiDocument) curly = document_from ("‘’Kami siap,’’ imbuhnya.");
  g_autoptr(RedaksiDocument) straight = document_from ("''Kami siap,'' kata dia.");
  g_autoptr(RedaksiDocument) code = document_from ("if (x == '') return;");
  g_autoptr(RedaksiToken) open = redaksi_document_get_token (curly, 0);
  g_autoptr(RedaksiToken) close = redaksi_document_get_token (curly, 4);
  g_autoptr(RedaksiToken) straight_open = redaksi_document_get_token (straight, 0);
  g_autoptr(RedaksiToken) lone = redaksi_document_get_token (code, 5);

  g_assert_cmpint (open->quote_mark, ==, REDAKSI_QUOTE_MARK_LEFT_DOUBLE);
  g_assert_cmpuint (open->start, ==, 0);
  g_assert_cmpuint (open->end, ==, strlen ("‘’"));
  g_assert_cmpint (open->quote_role, ==, REDAKSI_QUOTE_ROLE_OPENING);
  g_assert_cmpint (close->quote_mark, ==, REDAKSI_QUOTE_MARK_RIGHT_DOUBLE);
  g_assert_cmpint (close->quote_role, ==, REDAKSI_QUOTE_ROLE_CLOSING);
  g_assert_cmpint (straight_open->quote_mark, ==, REDAKSI_QUOTE_MARK_STRAIGHT_DOUBLE);
  g_assert_cmpuint (straight_open->end, ==, 2);
  g_assert_cmpint (lone->quote_mark, ==, REDAKSI_QUOTE_MARK_STRAIGHT_SINGLE);
  g_assert_cmpuint (lone->end - lone->start, ==, 1);
}

static void
assert_dateline (const char *text,
                 const char *expected)
{
  g_autoptr(RedaksiDocument) document = document_from (text);
  g_autoptr(RedaksiRange) dateline = redaksi_document_get_dateline (document);

  if (expected == NULL)
    {
      g_assert_null (dateline);
      return;
    }
  g_assert_nonnull (dateline);
  g_assert_cmpmem (text + dateline->start, dateline->end - dateline->start,
                   expected, strlen (expected));
}

static void
test_datelines (void)
{
  assert_dateline ("JAKARTA, KOMPAS.com - Hujan turun.", "JAKARTA, KOMPAS.com -");
  assert_dateline ("Jakarta (ANTARA) - Hujan turun.", "Jakarta (ANTARA) -");
  assert_dateline ("TEMPO.CO, Jakarta - Hujan turun.", "TEMPO.CO, Jakarta -");
  assert_dateline ("REPUBLIKA.CO.ID, JAKARTA -- Hujan turun.", "REPUBLIKA.CO.ID, JAKARTA --");
  assert_dateline ("Liputan6.com, Jakarta – Hujan turun.", "Liputan6.com, Jakarta –");
  assert_dateline ("Hujan turun - katanya - deras.", NULL);
  assert_dateline ("Menteri Keuangan - yang baru - hadir.", NULL);
  /* Under a headline, as an article copied from its page starts; a
   * second paragraph too short for a lead has none. */
  assert_dateline ("Banjir Rendam Ratusan Rumah\n\nSURYA.CO.ID, GRESIK - Banjir merendam ratusan rumah "
                   "warga di tiga kecamatan sejak Senin malam hingga Selasa pagi.",
                   "SURYA.CO.ID, GRESIK -");
  assert_dateline ("Banjir Rendam Ratusan Rumah\n\nWarga A - B hadir.", NULL);
  assert_dateline ("Hujan turun sejak pagi.\n\nSURYA.CO.ID, GRESIK - Banjir merendam ratusan rumah "
                   "warga di tiga kecamatan sejak Senin malam hingga Selasa pagi.", NULL);
}

static void
test_paragraphs_and_blank_lines (void)
{
  g_autoptr(RedaksiDocument) document =
    document_from ("\n  Paragraf satu.  \r\n\r\n\nParagraf dua. Kalimat tiga.\n");
  g_autoptr(RedaksiRange) first = redaksi_document_get_paragraph (document, 0);
  g_autoptr(RedaksiRange) second = redaksi_document_get_paragraph (document, 1);

  g_assert_cmpuint (redaksi_document_get_n_paragraphs (document), ==, 2);
  g_assert_cmpuint (redaksi_document_get_n_sentences (document), ==, 3);
  g_assert_cmpuint (first->start, ==, 3);
  g_assert_cmpuint (first->end, ==, 17);
  g_assert_cmpuint (second->start, ==, 24);
}

static void
assert_input_error (const char  *input,
                    gsize        length,
                    gboolean     is_html,
                    RedaksiError code,
                    const char  *offset_words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document =
    is_html ? redaksi_document_new_from_html (input, (gssize) length, &error)
            : redaksi_document_new_from_text (input, (gssize) length, &error);

  g_assert_null (document);
  g_assert_error (error, REDAKSI_ERROR, (gint) code);
  g_assert_nonnull (strstr (error->message, offset_words));
}

static void
test_bad_input (void)
{
  /* The bad byte follows two 3-byte marks: byte 15, not 11. */
  assert_input_error ("Kata \xe2\x80\x9c" "dia\xe2\x80\x9d \xff lagi", 21, FALSE,
                      REDAKSI_ERROR_INVALID_UTF8, "byte 15");
  assert_input_error ("ab\0cd", 5, FALSE, REDAKSI_ERROR_EMBEDDED_NUL, "byte 2");
  assert_input_error ("<p>ab\xc3</p>", 10, TRUE, REDAKSI_ERROR_INVALID_UTF8, "byte 5");
  /* A truncated sequence at the very end. */
  assert_input_error ("Rusia\xe2\x80", 7, FALSE, REDAKSI_ERROR_INVALID_UTF8, "byte 5");
}

static void
test_sentence_spans_cover_tokens (void)
{
  g_autofree char *path = redaksi_test_example_path ("banjir-bekasi.txt");
  g_autoptr(RedaksiDocument) document = redaksi_test_load_document (path, FALSE);
  guint n_sentences, n_tokens, expected_first = 0;
  const RedaksiSpan *sentences = _redaksi_document_peek_sentences (document, &n_sentences);

  _redaksi_document_peek_tokens (document, &n_tokens);
  g_assert_cmpuint (n_sentences, >, 10);
  /* Sentences tile the tokens with no gap and no overlap. */
  for (guint i = 0; i < n_sentences; i++)
    {
      g_assert_cmpuint (sentences[i].first_token, ==, expected_first);
      g_assert_cmpuint (sentences[i].end_token, >, sentences[i].first_token);
      expected_first = sentences[i].end_token;
    }
  g_assert_cmpuint (expected_first, ==, n_tokens);
}

/* The word-at-a-time validation refuses what g_utf8_validate() refuses,
 * at the same byte, wherever the bad sequence falls in an ASCII run. */
static void
test_validation_matches_glib (void)
{
  static const char * const bad[] = {
    "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",
    "\xf8\x88\x80\x80\x80", "\x80", "\xc3", "\xe2\x80", "\xfe",
    /* At the edges of the two- and three-byte sequences let by without
     * GLib: overlong, surrogate, a byte that does not continue one. */
    "\xc1\xbf", "\xe0\x9f\xbf", "\xed\xbf\xbf", "\xc3\x41", "\xe2\x41\x80", "\xe2\x80\xc0",
  };

  for (guint b = 0; b < G_N_ELEMENTS (bad); b++)
    for (guint pad = 0; pad < 20; pad++)
      {
        g_autoptr(GString) input = g_string_new (NULL);
        g_autoptr(GError) error = NULL;
        g_autoptr(RedaksiDocument) document = NULL;
        g_autofree char *expected = NULL;
        const char *end = NULL;

        g_string_append (input, "Kata \xe2\x80\x9c");
        for (guint i = 0; i < pad; i++)
          g_string_append_c (input, 'a' + i % 26);
        g_string_append (input, bad[b]);
        if (b % 2 == 0)
          g_string_append (input, " lagi \xc3\xa9 yang panjang sekali");
        g_assert_false (g_utf8_validate_len (input->str, input->len, &end));
        document = redaksi_document_new_from_text (input->str, (gssize) input->len, &error);
        g_assert_null (document);
        g_assert_error (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_UTF8);
        expected = g_strdup_printf ("byte %" G_GSIZE_FORMAT, (gsize) (end - input->str));
        g_assert_nonnull (strstr (error->message, expected));
      }
}

/* Code point and UTF-16 offsets of every character boundary, against a
 * count from the start, over text mixing ASCII runs of every length
 * with 2-, 3- and 4-byte characters across the index's strides. */
static void
test_offsets_of_every_boundary (void)
{
  static const char * const pieces[] = { "a", "\xc3\xa9", "\xe2\x80\x9c", "\xf0\x9f\x99\x8f" };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(RedaksiDocument) document = NULL;
  guint64 chars = 0, utf16 = 0;

  for (guint i = 0; text->len < 3000; i++)
    {
      for (guint k = 0; k < i % 13; k++)
        g_string_append_c (text, 'x');
      g_string_append (text, pieces[(i * 7) % G_N_ELEMENTS (pieces)]);
    }
  document = document_from (text->str);
  for (const char *p = text->str; ; p = g_utf8_next_char (p))
    {
      gsize byte = (gsize) (p - text->str);

      g_assert_cmpuint (redaksi_document_get_char_offset (document, byte), ==, chars);
      g_assert_cmpuint (redaksi_document_get_utf16_offset (document, byte), ==, utf16);
      if (*p == '\0')
        break;
      chars++;
      utf16 += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
    }
}

/* A document built on the caller's buffer gives what a copy gives, and
 * frees the buffer when the input is refused. */
static void
test_new_take (void)
{
  const char *article = "JAKARTA, KOMPAS.com - Banjir datang. Warga mengungsi.\n";
  g_autoptr(RedaksiDocument) copied = document_from (article);
  g_autoptr(RedaksiDocument) taken = NULL;
  g_autoptr(RedaksiDocument) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  taken = redaksi_document_new_take (g_strdup (article), strlen (article), FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (redaksi_document_get_source (taken, NULL), ==, article);
  g_assert_cmpuint (redaksi_document_get_n_sentences (taken), ==,
                    redaksi_document_get_n_sentences (copied));
  a = joined_tokens (taken);
  b = joined_tokens (copied);
  g_assert_cmpstr (a, ==, b);
  refused = redaksi_document_new_take (g_strdup ("ab\xff"), 3, FALSE, &error);
  g_assert_null (refused);
  g_assert_error (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_UTF8);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/document/seed-article", test_seed_article);
  g_test_add_func ("/redaksi/document/abbreviations", test_abbreviations);
  g_test_add_func ("/redaksi/document/initials-and-questions", test_initials_and_questions);
  g_test_add_func ("/redaksi/document/numbers-and-dates", test_numbers_and_dates);
  g_test_add_func ("/redaksi/document/words", test_words);
  g_test_add_func ("/redaksi/document/glued-words", test_glued_words_stay_apart);
  g_test_add_func ("/redaksi/document/quote-marks", test_quote_marks);
  g_test_add_func ("/redaksi/document/doubled-single-marks", test_doubled_single_marks);
  g_test_add_func ("/redaksi/document/datelines", test_datelines);
  g_test_add_func ("/redaksi/document/paragraphs", test_paragraphs_and_blank_lines);
  g_test_add_func ("/redaksi/document/bad-input", test_bad_input);
  g_test_add_func ("/redaksi/document/sentence-spans", test_sentence_spans_cover_tokens);
  g_test_add_func ("/redaksi/document/validation", test_validation_matches_glib);
  g_test_add_func ("/redaksi/document/offsets-every-boundary", test_offsets_of_every_boundary);
  g_test_add_func ("/redaksi/document/new-take", test_new_take);

  return g_test_run ();
}
