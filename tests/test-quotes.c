/* test-quotes.c: finding, attributing and checking quotes
 *
 * Every example is written for these tests (Indonesian news style); none
 * is copied from elsewhere.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>
#include <sys/resource.h>

#include "redaksi-analysis-private.h"
#include "redaksi-document-private.h"
#include "redaksi-entity-private.h"
#include "redaksi-quote-lexicon-private.h"
#include "redaksi-test-util.h"

extern const RedaksiAnalysis _redaksi_quote_analysis;

typedef struct
{
  const char *name;
  const char *text;
  guint       n_quotes;
  const char *speaker;      /* of the first quote */
  const char *cue;          /* of the first quote */
  guint       n_parts;      /* of the first quote */
  const char *issues;       /* codes, comma-separated, in text order */
  const char *replacement;  /* of the first issue */
  const char *issue_text;   /* the text the first issue's range covers */
} QuoteCase;

static const QuoteCase cases[] = {
  /* Shapes */
  { "after", "\"Harga beras akan turun bulan depan,\" kata Budi Santoso.",
    1, "Budi Santoso", "kata", 1, "", NULL, NULL },
  { "after-title", "\"Kami menolak rencana itu,\" ujar Ketua Serikat Buruh Rudi Hartono.",
    1, "Rudi Hartono", "ujar", 1, "", NULL, NULL },
  { "after-appositive", "\"Laba kami naik dua kali lipat,\" kata Direktur Keuangan PT Maju Jaya, Kevin Wijaya, di Jakarta.",
    1, "Kevin Wijaya", "kata", 1, "", NULL, NULL },
  { "after-aside", "”Kami tidak akan tinggal diam,” kata Kapolri Jenderal (Pol) Listyo Sigit Prabowo di Jakarta.",
    1, "Listyo Sigit Prabowo", "kata", 1, "", NULL, NULL },
  { "after-company", "\"Stok BBM aman,\" ujar Direktur Utama PT Pertamina (Persero) Nicke Widyawati.",
    1, "Nicke Widyawati", "ujar", 1, "", NULL, NULL },
  /* A title alone is nobody's name: the article does not say who (issue 12). */
  { "after-role", "\"Situasi sudah terkendali,\" kata Kapolri Jenderal.",
    1, NULL, "kata", 1, "quote-speaker-unnamed", NULL, NULL },
  { "after-described", "\"Perseroan akan membagikan dividen,\" kata perseroan dalam keterbukaan informasi.",
    1, "perseroan", "kata", 1, "", NULL, NULL },
  { "after-nya", "Menteri Pertanian Andi Wijaya meninjau sawah di Karawang.\n"
    "\"Panen tahun ini lebih baik dari tahun lalu,\" ujarnya.",
    1, "Andi Wijaya", "ujarnya", 1, "", NULL, NULL },
  { "after-dia", "Dewi Lestari datang terlambat.\n\"Jalanan macet sejak pagi,\" kata dia.",
    1, "Dewi Lestari", "kata", 1, "", NULL, NULL },
  /* The pronoun before the verb, as a name may stand: "…," ia menegaskan. */
  { "after-pronoun-verb", "Dewi Lestari datang terlambat.\n\"Jalanan macet sejak pagi,\" ia menegaskan.",
    1, "Dewi Lestari", "menegaskan", 1, "", NULL, NULL },
  { "after-dia-verb", "Menteri Pertanian Andi Wijaya meninjau sawah di Karawang.\n"
    "\"Panen tahun ini lebih baik,\" dia menambahkan kepada wartawan.",
    1, "Andi Wijaya", "menambahkan", 1, "", NULL, NULL },
  { "after-question", "\"Kapan jalan ini diperbaiki?\" tanya Siti Aminah.",
    1, "Siti Aminah", "tanya", 1, "", NULL, NULL },
  { "after-exclamation", "\"Kami tidak akan mundur!\" seru Joko Susilo.",
    1, "Joko Susilo", "seru", 1, "", NULL, NULL },
  { "before-kata", "Kata Rudi Hartono, \"Kami tidak akan mundur.\"",
    1, "Rudi Hartono", "Kata", 1, "", NULL, NULL },
  { "before-menurut", "Menurut Dewi Lestari, \"Ekonomi desa tumbuh pesat.\"",
    1, "Dewi Lestari", "Menurut", 1, "", NULL, NULL },
  { "before-verb", "Joko Susilo mengatakan, \"Pembangunan jembatan selesai tahun depan.\"",
    1, "Joko Susilo", "mengatakan", 1, "", NULL, NULL },
  { "before-bahwa", "Joko Susilo mengatakan bahwa \"Pembangunan jembatan selesai tahun depan.\"",
    1, "Joko Susilo", "mengatakan", 1, "", NULL, NULL },
  { "before-verb-colon", "Joko Susilo menegaskan: \"Pembangunan jembatan selesai tahun depan.\"",
    1, "Joko Susilo", "menegaskan", 1, "", NULL, NULL },
  { "before-verb-no-comma", "Joko Susilo mengatakan \"Pembangunan jembatan selesai tahun depan.\"",
    1, "Joko Susilo", "mengatakan", 1, "quote-punctuation", "mengatakan,", "mengatakan" },
  { "before-menurutnya", "Joko Susilo meninjau lokasi.\nMenurutnya, \"Pembangunan jembatan selesai tahun depan.\"",
    1, "Joko Susilo", "Menurutnya", 1, "", NULL, NULL },
  { "before-colon", "Andi Wijaya: \"Kami siap bertanding.\"",
    1, "Andi Wijaya", NULL, 1, "", NULL, NULL },
  { "before-paragraph-colon", "Gubernur Anies Prasetyo mengatakan:\n\"Banjir ini yang terbesar dalam sepuluh tahun.\"",
    1, "Anies Prasetyo", "mengatakan", 1, "", NULL, NULL },
  { "interrupted", "\"Kami sudah siap,\" kata Rina Marlina, \"tetapi cuaca belum mendukung.\"",
    1, "Rina Marlina", "kata", 2, "", NULL, NULL },
  { "nested", "\"Mereka bilang 'harga pasti turun,' begitu kata mereka,\" ujar Agus Salim.",
    1, "Agus Salim", "ujar", 1, "", NULL, NULL },
  { "multi-paragraph", "\"Kami bekerja keras sepanjang tahun ini.\n"
    "\"Hasilnya akan terlihat tahun depan,\" kata Bambang Pamungkas.",
    1, "Bambang Pamungkas", "kata", 2, "", NULL, NULL },
  { "apostrophes", "Wakil Presiden Ma’ruf Amin hadir pada Jum'at pagi.\n\"Kita harus bersatu,\" kata Ma’ruf.",
    1, "Ma'ruf Amin", "kata", 1, "", NULL, NULL },  /* the gazetteer's spelling */
  { "curly", "“Kami siap menghadapi musim hujan,” kata Budi Santoso.",
    1, "Budi Santoso", "kata", 1, "", NULL, NULL },
  { "kompas", "”Kami siap menghadapi musim hujan,” kata Budi Santoso.",
    1, "Budi Santoso", "kata", 1, "", NULL, NULL },
  { "guillemets", "«Kami siap menghadapi musim hujan,» kata Budi Santoso.",
    1, "Budi Santoso", "kata", 1, "", NULL, NULL },
  { "short-name", "Menlu Retno Marsudi bertemu mitranya.\n\"Pertemuan berjalan baik,\" kata Retno.",
    1, "Retno Marsudi", "kata", 1, "", NULL, NULL },
  { "same-speaker-next-sentence", "\"Kami siap,\" kata Budi Santoso. \"Semua tim sudah berlatih keras sejak bulan lalu.\"",
    2, "Budi Santoso", "kata", 1, "", NULL, NULL },
  /* Findings */
  { "unclosed", "\"Kami akan datang besok, kata Budi.\nAcara dimulai pukul 09.00.",
    0, NULL, NULL, 0, "quote-unclosed", "\"Kami akan datang besok, kata Budi.\"",
    "\"Kami akan datang besok, kata Budi." },
  { "unopened", "Kami akan datang besok,\" kata Budi.",
    0, NULL, NULL, 0, "quote-unopened", "\"Kami akan datang besok,\"", "Kami akan datang besok,\"" },
  { "unopened-after-quote", "\"Kami siap,\" kata Budi Santoso. Semua sudah diperiksa dengan teliti\" tambahnya.",
    1, "Budi Santoso", "kata", 1, "quote-unopened", "\"Semua sudah diperiksa dengan teliti\"",
    "Semua sudah diperiksa dengan teliti\"" },
  { "unopened-twice", "Kami siap,\" kata Budi. Semua beres\" katanya.",
    0, NULL, NULL, 0, "quote-unopened,quote-unopened", "\"Kami siap,\"", "Kami siap,\"" },
  { "comma-missing", "\"Kami siap menghadapi musim hujan\" kata Budi Santoso.",
    1, "Budi Santoso", "kata", 1, "quote-punctuation", ",\"", "\"" },
  { "full-stop-for-comma", "\"Kami siap menghadapi musim hujan.\" kata Budi Santoso.",
    1, "Budi Santoso", "kata", 1, "quote-punctuation", ",\"", ".\"" },
  { "comma-outside", "\"Kami siap menghadapi musim hujan\", kata Budi Santoso.",
    1, "Budi Santoso", "kata", 1, "quote-punctuation", ",\"", "\"," },
  { "comma-after-question", "\"Mengapa harga naik?\", tanya Siti Aminah.",
    1, "Siti Aminah", "tanya", 1, "quote-punctuation", "\"", "\"," },
  { "comma-missing-before", "Kata Rudi Hartono \"Kami tidak akan mundur.\"",
    1, "Rudi Hartono", "Kata", 1, "quote-punctuation", "Hartono,", "Hartono" },
  { "cue-capitalized", "\"Kami siap menghadapi musim hujan,\" Kata Budi Santoso.",
    1, "Budi Santoso", "Kata", 1, "quote-cue-capitalized", "kata", "Kata" },
  { "unknown-cue", "\"Kami siap menghadapi musim hujan,\" ujat Budi Santoso.",
    1, "Budi Santoso", "ujat", 1, "quote-unknown-cue", "ujar", "ujat" },
  { "unknown-cue-nya", "Budi Santoso tiba di lokasi.\n\"Kami siap menghadapi musim hujan,\" ujarnnya.",
    1, "Budi Santoso", "ujarnnya", 1, "quote-unknown-cue", "ujarnya", "ujarnnya" },
  { "named-paragraph-before", "Budi Santoso menjelaskan rencana pemerintah.\n"
    "\"Kami akan membangun sepuluh sekolah baru tahun ini.\"",
    1, "Budi Santoso", NULL, 1, "", NULL, NULL },
  { "unknown-cue-capitalized", "\"Kami siap menghadapi musim hujan,\" Ujat Budi Santoso.",
    1, "Budi Santoso", "Ujat", 1, "quote-unknown-cue", "ujar", "Ujat" },
  { "name-not-cue", "\"Kami siap menghadapi musim hujan.\" Kato Santoso lalu menutup rapat.",
    1, NULL, NULL, 1, "quote-no-attribution", NULL, NULL },
  { "no-attribution", "Suasana rapat memanas sejak siang.\n\"Ini tidak adil dan kami menolak keputusan tersebut!\"",
    1, NULL, NULL, 1, "quote-no-attribution", NULL, NULL },
  /* No false alarms */
  { "real-word-not-cue", "\"Proyek ini penting bagi warga di seluruh wilayah kabupaten\" kota itu pun berbenah.",
    1, NULL, NULL, 1, "quote-no-attribution", NULL, NULL },
  { "terms", "Ia menyebut \"kota\" dan \"data\" sebagai kunci program itu.",
    0, NULL, NULL, 0, "", NULL, NULL },
  { "scare-quote", "Rusia menyebut serangan itu \"operasi militer khusus\" sejak awal.",
    0, NULL, NULL, 0, "", NULL, NULL },
  { "insert", "Harga cabai turun di pasar.\nBaca Juga: \"Harga Cabai Turun,\" Kata Pedagang\nPasokan kembali normal.",
    0, NULL, NULL, 0, "", NULL, NULL },
  { "new-sentence-after-quote", "\"Kami siap.\" Kata Budi Santoso, \"Semua sudah diperiksa.\"",
    2, "Budi Santoso", NULL, 1, "", NULL, NULL },
  /* A colon opening the text, before a quote: its search for a verb
   * further back once read far outside the tokens (found by fuzzing). */
  { "colon-opens-text", ": \"Kami siap.\"",
    1, NULL, NULL, 1, "quote-no-attribution", NULL, NULL },
  /* Cues of real news beyond the research list: kilahnya, sanggah X,
   * "X berbicara, …", "demikian X", a passive cue before its speaker. */
  { "after-kilahnya", "Menteri Keuangan Sri Mulyani Indrawati membantah tuduhan itu.\n"
    "\"Kami tidak pernah menerima uang itu,\" kilahnya.",
    1, "Sri Mulyani Indrawati", "kilahnya", 1, "", NULL, NULL },
  { "after-sanggah", "\"Itu fitnah,\" sanggah Anies Baswedan.",
    1, "Anies Baswedan", "sanggah", 1, "", NULL, NULL },
  { "before-berbicara", "Yusri Alam kemudian berbicara, \"Apa yang mau ditanyakan?\"",
    1, "Yusri Alam", "berbicara", 1, "", NULL, NULL },
  { "before-tertawa", "Mendengar jawaban Yusri Alam, Joko Susilo langsung tertawa, \"Wah, pede sekali.\"",
    1, "Joko Susilo", "tertawa", 1, "", NULL, NULL },
  { "after-demikian", "\"Semua harus hati-hati,\" demikian Joko Widodo.",
    1, "Joko Widodo", "demikian", 1, "", NULL, NULL },
  { "after-demikian-kata", "\"Kami akan terus bekerja,\" demikian kata Anies Baswedan.",
    1, "Anies Baswedan", "kata", 1, "", NULL, NULL },
  { "after-demikian-statement", "\"Penyidik masih bekerja,\" demikian penjelasan Kapolres Garut AKBP Rio Wahyu Anggoro.",
    1, "Rio Wahyu Anggoro", "demikian", 1, "", NULL, NULL },
  { "after-demikian-written", "\"Para pria ini mau menangkap remaja,\" demikian tertulis dalam narasi video tersebut.",
    1, NULL, NULL, 1, "quote-no-attribution", NULL, NULL },
  { "after-passive", "\"Kami akan menindaklanjuti laporan itu,\" disampaikan Kapolri Listyo Sigit Prabowo.",
    1, "Listyo Sigit Prabowo", "disampaikan", 1, "", NULL, NULL },
  { "after-passive-oleh", "\"Itu sudah dibahas,\" dikatakan oleh Ketua KPU Hasyim Asyari.",
    1, "Hasyim Asyari", "dikatakan", 1, "", NULL, NULL },
  { "doubled-single-marks", "Menteri Pertanian Andi Wijaya meninjau sawah di Karawang.\n"
    "‘’Panen tahun ini lebih baik,’’ imbuhnya.",
    1, "Andi Wijaya", "imbuhnya", 1, "", NULL, NULL },
  /* A police rank before a one-word name is no part of it. */
  { "after-rank-one-word-name", "\"Kami siap,\" ujar Kabid Humas Polda Kaltim, Kompol Purwadi.",
    1, "Purwadi", "ujar", 1, "", NULL, NULL },
  /* "…." Imbuhnya closing its paragraph: a cue written as a sentence. */
  { "capitalized-nya-alone", "Budi Santoso menjelaskan jadwal sidang.\n"
    "\"Semua bisa bertanya di bagian informasi.\" Imbuhnya",
    1, "Budi Santoso", "Imbuhnya", 1, "quote-punctuation,quote-cue-capitalized", ",\"", ".\"" },
  /* "disinggung oleh X": the doer of a passive of speech is whom the
   * next "-nya" means. */
  { "nya-after-passive-of-speech", "Menko Perekonomian Airlangga Hartarto memastikan stok beras aman di 29 provinsi.\n"
    "Harga beras juga disinggung oleh Gubernur Bank Indonesia Perry Warjiyo. Ia menyebut stok beras di Indonesia aman.\n"
    "\"Barangkali masyarakat lebih suka beras premium,\" tuturnya.",
    1, "Perry Warjiyo", "tuturnya", 1, "", NULL, NULL },
  /* A nickname in quotation marks inside a name is no quotation. */
  { "nickname-in-name", "Presiden Joko \"Jokowi\" Widodo mengatakan harga beras naik.",
    0, NULL, NULL, 0, "", NULL, NULL },
  /* `,”lanjut`: the closing mark glued to the cue on both sides. */
  { "glued-closing-mark", "\"Kami siap,\"lanjut Budi Santoso.",
    1, "Budi Santoso", "lanjut", 1, "quote-punctuation", ",\" ", ",\"" },
  { "after-description-ini", "Penyidik senior KPK Novel Baswedan hadir.\n"
    "“Beliau pastinya tahu,” imbuh mantan anggota Polri ini.",
    1, "Novel Baswedan", "imbuh", 1, "", NULL, NULL },
  { "after-passive-no-name", "\"Itu sudah dibahas,\" disampaikan dalam rapat bersama Menteri Keuangan Sri Mulyani.",
    1, NULL, NULL, 1, "quote-no-attribution", NULL, NULL },
  /* A closing mark typed as an opening one, glued to the words it ends
   * or followed by the cue: the quote is found and the mark fixed, and
   * a missing comma's fix writes the closing mark too. */
  { "opening-mark-closes-after-number", "“Inflasi tetap minimal 9%“, kata Tony Prasetiantono.",
    1, "Tony Prasetiantono", "kata", 1, "quote-punctuation,quote-punctuation", "”", "“" },
  { "opening-mark-closes-before-cue", "“Ada peluang deflasi pada September ini“ kata Tony Prasetiantono.",
    1, "Tony Prasetiantono", "kata", 1, "quote-punctuation,quote-punctuation", "”", "“" },
  /* "Diungkap Kapolres, tersangka AS …": the name after a cue's comma
   * is what the office spoke of, not who holds it. */
  { "office-after-cue-comma", "Kapolres Batu Bara, AKBP Ikhwan Lubis merilis penangkapan tersangka.\n"
    "Diungkap Kapolres, tersangka berinisial AS diduga menghasut massa.\n"
    "Dikatakan Kapolres, tersangka AS (21) ditangkap di Aceh.\n"
    "\"Itu tidak benar,\" ujar Kapolres.",
    1, "Ikhwan Lubis", "ujar", 1, "", NULL, NULL },
  /* Suspects listed with their ages are no subjects for "-nya". */
  { "nya-after-listed-ages", "Kapolres Lebak AKBP Dani Arianto mengatakan penangkapan dilakukan jajarannya.\n"
    "Tersangka lain yang ditangkap adalah AS (50), F (27), MH (39), AH (33), M (40).\n"
    "\"Sudah kita tangkap,\" katanya.",
    1, "Dani Arianto", "katanya", 1, "", NULL, NULL },
  /* "kata Wapres": the office's short form finds whom the article
   * introduced with the long one, "Wakil Presiden". */
  { "short-office-form", "Wakil Presiden Jusuf Kalla tak banyak berkomentar.\n"
    "\"Belum diputuskan,\" kata Wapres.",
    1, "Jusuf Kalla", "kata", 1, "", NULL, NULL },
  { "short-office-form-not-head", "Wakil Presiden Jusuf Kalla tak banyak berkomentar.\n"
    "\"Belum diputuskan,\" kata Presiden.",
    1, NULL, "kata", 1, "quote-speaker-unnamed", NULL, NULL },
};

static RedaksiReport *
check_text (const char *text,
            const char *source_text)
{
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, NULL);
  g_autoptr(RedaksiDocument) source = NULL;
  g_autoptr(GError) error = NULL;
  RedaksiReport *report;

  if (source_text != NULL)
    source = redaksi_document_new_from_text (source_text, -1, NULL);
  report = redaksi_quote_checker_check (checker, document, source, NULL, &error);
  g_assert_no_error (error);
  return report;
}

static GPtrArray *
quotes_of (RedaksiReport *report)
{
  GPtrArray *quotes = redaksi_report_get_quotes (report);

  g_assert_nonnull (quotes);
  return quotes;
}

static char *
issue_codes (RedaksiReport *report)
{
  GPtrArray *issues = redaksi_report_get_issues (report);
  g_autoptr(GString) codes = g_string_new (NULL);

  for (guint i = 0; i < issues->len; i++)
    g_string_append_printf (codes, "%s%s", i > 0 ? "," : "",
                            redaksi_issue_get_code (g_ptr_array_index (issues, i)));
  return g_string_free (g_steal_pointer (&codes), FALSE);
}

static void
check_first_issue (const QuoteCase *c,
                   RedaksiReport   *report)
{
  RedaksiIssue *issue;
  const RedaksiRange *range;
  const char *const *replacements;
  g_autofree char *covered = NULL;

  if (c->issue_text == NULL)
    return;
  issue = g_ptr_array_index (redaksi_report_get_issues (report), 0);
  range = redaksi_issue_get_range (issue);
  replacements = redaksi_issue_get_replacements (issue);
  covered = g_strndup (c->text + range->start, range->end - range->start);
  g_assert_cmpstr (covered, ==, c->issue_text);
  g_assert_nonnull (replacements);
  g_assert_cmpstr (replacements[0], ==, c->replacement);
}

static void
test_case (gconstpointer data)
{
  const QuoteCase *c = data;
  g_autoptr(RedaksiReport) report = check_text (c->text, NULL);
  GPtrArray *quotes = quotes_of (report);
  g_autofree char *codes = issue_codes (report);

  g_assert_cmpstr (codes, ==, c->issues);
  g_assert_cmpuint (quotes->len, ==, c->n_quotes);
  if (c->n_quotes > 0)
    {
      RedaksiQuote *quote = g_ptr_array_index (quotes, 0);

      g_assert_cmpstr (redaksi_quote_get_speaker (quote), ==, c->speaker);
      g_assert_cmpstr (redaksi_quote_get_cue (quote), ==, c->cue);
      g_assert_cmpuint (redaksi_quote_get_parts (quote)->len, ==, c->n_parts);
    }
  check_first_issue (c, report);
}

static void
test_seed (void)
{
  g_autofree char *path = redaksi_test_shared_path ("seed", "bisnis-g20-2023.txt", NULL);
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(RedaksiReport) report = NULL;
  const char *speakers[] = { "Antony Blinken", "Antony Blinken", "Annalena Baerbock" };
  const char *cues[] = { "kata", "ujat", "tutur" };
  GPtrArray *quotes, *issues;
  const char *const *fix;

  if (path == NULL)
    return;
  document = redaksi_test_load_document (path, FALSE);
  report = redaksi_quote_checker_check (checker, document, NULL, NULL, NULL);
  quotes = quotes_of (report);
  g_assert_cmpuint (quotes->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpstr (redaksi_quote_get_speaker (g_ptr_array_index (quotes, i)), ==, speakers[i]);
      g_assert_cmpstr (redaksi_quote_get_cue (g_ptr_array_index (quotes, i)), ==, cues[i]);
    }
  issues = redaksi_report_get_issues (report);
  g_assert_cmpuint (issues->len, ==, 2);
  g_assert_cmpstr (redaksi_issue_get_code (g_ptr_array_index (issues, 0)), ==, "quote-punctuation");
  g_assert_cmpstr (redaksi_issue_get_code (g_ptr_array_index (issues, 1)), ==, "quote-unknown-cue");
  fix = redaksi_issue_get_replacements (g_ptr_array_index (issues, 1));
  g_assert_cmpstr (fix[0], ==, "ujar");
  fix = redaksi_issue_get_replacements (g_ptr_array_index (issues, 0));
  g_assert_cmpstr (fix[0], ==, ",\"");
  /* Both findings sit on the second quote, between its start and its cue. */
  for (guint i = 0; i < 2; i++)
    {
      const RedaksiRange *range = redaksi_issue_get_range (g_ptr_array_index (issues, i));

      g_assert_cmpuint (range->start, >, redaksi_quote_get_range (g_ptr_array_index (quotes, 1))->start);
      g_assert_cmpuint (range->start, <, redaksi_quote_get_range (g_ptr_array_index (quotes, 2))->start);
    }
}

/* An article of the tests' own with every shape at once. */
static void
test_article (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "quotes", "pasar-induk.txt", NULL);
  g_autoptr(RedaksiDocument) document = redaksi_test_load_document (path, FALSE);
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  g_autoptr(RedaksiReport) report = redaksi_quote_checker_check (checker, document, NULL, NULL, NULL);
  GPtrArray *quotes = quotes_of (report);
  /* The entity analysis names him as its gazetteer writes him. */
  const char *speakers[] = { "Budi Santoso", "Budi Santoso", "Ma'ruf Amin", "Siti Aminah" };

  g_assert_cmpuint (redaksi_report_get_issues (report)->len, ==, 0);
  g_assert_cmpuint (quotes->len, ==, 4);
  for (guint i = 0; i < quotes->len; i++)
    g_assert_cmpstr (redaksi_quote_get_speaker (g_ptr_array_index (quotes, i)), ==, speakers[i]);
  g_assert_cmpuint (redaksi_quote_get_parts (g_ptr_array_index (quotes, 1))->len, ==, 2);
  g_assert_cmpstr (redaksi_quote_get_speaker_text (g_ptr_array_index (quotes, 1)), ==, "Budi");
}

static void
add_entity (RedaksiTaggerResults *entities,
            RedaksiDocument      *document,
            const char           *text,
            const char           *name,
            const char           *canonical)
{
  gsize start = strstr (text, name) - text;
  RedaksiEntityRecord record = { 0 };

  record.text = _redaksi_tagger_results_keep (entities, name, -1);
  record.canonical = _redaksi_tagger_results_keep (entities, canonical, -1);
  record.type = REDAKSI_ENTITY_PERSON;
  _redaksi_document_fill_range (document, start, start + strlen (name), &record.range);
  _redaksi_tagger_results_add_entity (entities, &record);
}

/* The quote analysis reads the entity analysis' typed results from the
 * analysis context: speakers get their canonical names, and -nya cues
 * their PERSON entity. */
static void
test_entities_seam (void)
{
  const char *text = "Menlu AS Antony Blinken tiba di New Delhi.\n\"Kami siap,\" kata Antony.\n"
                     "\"Pembicaraan berjalan baik,\" ujarnya.";
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, NULL);
  g_autoptr(RedaksiReport) report = _redaksi_report_new (document, REDAKSI_ANALYSIS_QUOTES);
  RedaksiAnalysisContext context = { redaksi_analyzer_get_default (), document, NULL, report, NULL,
                                     NULL, NULL };
  GPtrArray *quotes;

  context.inserts = _redaksi_insert_table_new (g_array_new (FALSE, FALSE, sizeof (RedaksiTextSpan)));
  context.entities = _redaksi_tagger_results_new ();
  add_entity (context.entities, document, text, "Antony Blinken", "Antony J. Blinken");
  add_entity (context.entities, document, text, "Antony.", "Antony J. Blinken");
  _redaksi_report_set_owner (report, REDAKSI_ANALYSIS_QUOTES);
  g_assert_true (_redaksi_quote_analysis.run (&context, NULL));
  _redaksi_analysis_context_clear (&context);
  _redaksi_report_seal (report);
  quotes = quotes_of (report);
  g_assert_cmpuint (quotes->len, ==, 2);
  g_assert_cmpstr (redaksi_quote_get_speaker (g_ptr_array_index (quotes, 0)), ==, "Antony J. Blinken");
  g_assert_cmpstr (redaksi_quote_get_speaker_text (g_ptr_array_index (quotes, 0)), ==, "Antony");
  g_assert_cmpstr (redaksi_quote_get_speaker (g_ptr_array_index (quotes, 1)), ==, "Antony J. Blinken");
}

/* A speaker the checker reads without a word the tagger's name holds
 * ("Raden"): the quote takes the tagger's name, the one the article's
 * later "kata Argo" takes too, so that one person has one name. */
static void
test_speaker_takes_tagged_name (void)
{
  const char *text = "JAKARTA - Polisi telah merilis dua sketsa wajah terduga pelaku.\n\n"
                     "\"Tetap kita padukan dengan data kependudukan,\" ujar Kabid Humas Polda Metro Jaya "
                     "Kombes Raden Prabowo Argo Yuwono di kantornya, Jakarta, Kamis (30/11/2017).\n\n"
                     "Argo meminta masyarakat bersabar.\n\n"
                     "\"Tetap nanti kita cek,\" kata Argo.\n";
  gboolean named = FALSE;
  GPtrArray *entities;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, NULL);
  g_autoptr(RedaksiReport) report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                                              REDAKSI_ANALYSIS_ALL, NULL, NULL, NULL);
  GPtrArray *quotes = quotes_of (report);

  /* The tagger's name holds "Raden"; the checker's words do not. */
  entities = redaksi_report_get_entities (report);
  for (guint i = 0; i < entities->len; i++)
    named |= g_str_equal (redaksi_entity_get_text (g_ptr_array_index (entities, i)), "Raden Prabowo Argo Yuwono");
  g_assert_true (named);
  g_assert_cmpuint (quotes->len, ==, 2);
  g_assert_cmpstr (redaksi_quote_get_speaker (g_ptr_array_index (quotes, 0)), ==, "Raden Prabowo Argo Yuwono");
  g_assert_cmpstr (redaksi_quote_get_speaker (g_ptr_array_index (quotes, 1)), ==, "Raden Prabowo Argo Yuwono");
}

/* An insert takes out its own range, not the paragraph around it: the
 * quote before it stays, with its speaker, as the tagger keeps the name. */
static void
test_insert_keeps_quote (void)
{
  const char *text = "JAKARTA - Banjir melanda kota.\n"
                     "\"Kami sudah menyiapkan pompa di semua titik rawan banjir,\" kata Ahmad Yani. "
                     "Baca juga: Banjir Rob Genangi Pantai Utara\n"
                     "Warga diminta waspada.\n";
  g_autoptr(RedaksiReport) report = check_text (text, NULL);
  g_autoptr(RedaksiReport) all = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, NULL);
  GPtrArray *quotes = quotes_of (report), *entities;
  RedaksiQuote *quote;
  gboolean named = FALSE;

  g_assert_cmpuint (quotes->len, ==, 1);
  quote = g_ptr_array_index (quotes, 0);
  g_assert_cmpstr (redaksi_quote_get_text (quote), ==, "Kami sudah menyiapkan pompa di semua titik rawan banjir");
  g_assert_cmpstr (redaksi_quote_get_speaker (quote), ==, "Ahmad Yani");
  g_assert_cmpstr (redaksi_quote_get_speaker_text (quote), ==, "Ahmad Yani");
  g_assert_cmpstr (redaksi_quote_get_cue (quote), ==, "kata");
  g_assert_cmpuint (redaksi_report_get_issues (report)->len, ==, 0);

  all = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document, REDAKSI_ANALYSIS_ALL,
                                  NULL, NULL, NULL);
  g_assert_cmpuint (redaksi_report_get_related_links (all)->len, ==, 1);
  entities = redaksi_report_get_entities (all);
  for (guint i = 0; i < entities->len; i++)
    {
      named |= g_str_equal (redaksi_entity_get_canonical (g_ptr_array_index (entities, i)), "Ahmad Yani");
      g_assert_null (strstr (redaksi_entity_get_text (g_ptr_array_index (entities, i)), "Pantai"));
    }
  g_assert_true (named);
  g_assert_cmpstr (redaksi_quote_get_speaker (g_ptr_array_index (quotes_of (all), 0)), ==, "Ahmad Yani");
}

/* Titles, regions, appositions, dr., -nya, and a comma outside the mark. */
static void
test_article_titles (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "quotes", "vaksin-jatim.txt", NULL);
  g_autoptr(RedaksiDocument) document = redaksi_test_load_document (path, FALSE);
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  g_autoptr(RedaksiReport) report = redaksi_quote_checker_check (checker, document, NULL, NULL, NULL);
  /* Speakers are the entity analysis' names; its mention of "Gitadi
   * Tegas" stops before "Tegas", a speech cue, so the speaker is "Gitadi". */
  const char *speakers[] = { "Erwin Ashari", "Erwin Ashari", "Anik Maslachah", "Gitadi", "Retno Wulan" };
  GPtrArray *quotes = quotes_of (report), *issues = redaksi_report_get_issues (report);

  g_assert_cmpuint (quotes->len, ==, G_N_ELEMENTS (speakers));
  for (guint i = 0; i < quotes->len; i++)
    g_assert_cmpstr (redaksi_quote_get_speaker (g_ptr_array_index (quotes, i)), ==, speakers[i]);
  g_assert_cmpuint (redaksi_quote_get_parts (g_ptr_array_index (quotes, 2))->len, ==, 2);
  g_assert_cmpuint (issues->len, ==, 1);
  g_assert_cmpstr (redaksi_issue_get_code (g_ptr_array_index (issues, 0)), ==, "quote-punctuation");
}

static void
test_quote_text_and_range (void)
{
  const char *text = "“Kami siap,” kata Budi Santoso.";
  g_autoptr(RedaksiReport) report = check_text (text, NULL);
  RedaksiQuote *quote = g_ptr_array_index (quotes_of (report), 0);
  const RedaksiRange *range = redaksi_quote_get_range (quote);

  g_assert_cmpstr (redaksi_quote_get_text (quote), ==, "Kami siap");
  g_assert_cmpuint (range->start, ==, strlen ("“"));
  g_assert_cmpuint (range->char_start, ==, 1);
  g_assert_cmpuint (range->char_end, ==, 10);
  g_assert_cmpstr (redaksi_quote_get_speaker_text (quote), ==, "Budi Santoso");
  g_assert_cmpint (redaksi_quote_get_source_status (quote), ==, REDAKSI_QUOTE_SOURCE_NONE);
}

static const char source_text[] =
  "Konferensi pers, Senin.\n"
  "Kami menargetkan pertumbuhan ekonomi 10 persen tahun ini. Investasi asing terus masuk ke "
  "kawasan industri baru di Jawa Tengah.\nPertanyaan wartawan dijawab satu per satu.";

static RedaksiQuote *
verify (const char    *article,
        RedaksiReport **report)
{
  *report = check_text (article, source_text);
  g_assert_cmpuint (quotes_of (*report)->len, ==, 1);
  return g_ptr_array_index (quotes_of (*report), 0);
}

static void
test_source_verified (void)
{
  g_autoptr(RedaksiReport) report = NULL;
  RedaksiQuote *quote = verify ("\"Investasi asing terus masuk ke kawasan industri baru di Jawa Tengah,\" "
                                "kata Budi Santoso.", &report);

  g_assert_cmpint (redaksi_quote_get_source_status (quote), ==, REDAKSI_QUOTE_SOURCE_VERIFIED);
  g_assert_cmpfloat (redaksi_quote_get_similarity (quote), ==, 1.0);
  g_assert_cmpuint (redaksi_report_get_issues (report)->len, ==, 0);
}

static void
test_source_altered_number (void)
{
  g_autoptr(RedaksiReport) report = NULL;
  RedaksiQuote *quote = verify ("\"Kami menargetkan pertumbuhan ekonomi 15 persen tahun ini,\" "
                                "kata Budi Santoso.", &report);
  GPtrArray *differences = redaksi_quote_get_differences (quote);
  RedaksiIssue *issue;

  g_assert_cmpint (redaksi_quote_get_source_status (quote), ==, REDAKSI_QUOTE_SOURCE_ALTERED);
  g_assert_cmpuint (differences->len, ==, 1);
  g_assert_cmpstr (redaksi_quote_difference_get_quote (g_ptr_array_index (differences, 0)), ==, "15");
  g_assert_cmpstr (redaksi_quote_difference_get_source (g_ptr_array_index (differences, 0)), ==, "10");
  issue = g_ptr_array_index (redaksi_report_get_issues (report), 0);
  g_assert_cmpstr (redaksi_issue_get_code (issue), ==, "quote-altered");
  g_assert_cmpint (redaksi_issue_get_severity (issue), ==, REDAKSI_SEVERITY_ERROR);
  g_assert_nonnull (strstr (redaksi_issue_get_message (issue), "15"));
}

static void
test_source_percent (void)
{
  g_autoptr(RedaksiReport) report = NULL;
  RedaksiQuote *quote = verify ("\"Kami menargetkan pertumbuhan ekonomi 10% tahun ini,\" kata Budi.", &report);

  g_assert_cmpint (redaksi_quote_get_source_status (quote), ==, REDAKSI_QUOTE_SOURCE_VERIFIED);
}

static void
test_source_altered_words (void)
{
  g_autoptr(RedaksiReport) report = NULL;
  RedaksiQuote *quote = verify ("\"Investasi asing terus mengalir ke kawasan industri di Jawa Tengah,\" "
                                "kata Budi Santoso.", &report);
  GPtrArray *differences = redaksi_quote_get_differences (quote);

  g_assert_cmpint (redaksi_quote_get_source_status (quote), ==, REDAKSI_QUOTE_SOURCE_ALTERED);
  g_assert_cmpuint (differences->len, ==, 2);
  g_assert_cmpstr (redaksi_quote_difference_get_quote (g_ptr_array_index (differences, 0)), ==, "mengalir");
  g_assert_cmpstr (redaksi_quote_difference_get_source (g_ptr_array_index (differences, 0)), ==, "masuk");
  g_assert_cmpstr (redaksi_quote_difference_get_quote (g_ptr_array_index (differences, 1)), ==, "");
  g_assert_cmpstr (redaksi_quote_difference_get_source (g_ptr_array_index (differences, 1)), ==, "baru");
  g_assert_cmpint (redaksi_issue_get_severity (g_ptr_array_index (redaksi_report_get_issues (report), 0)),
                   ==, REDAKSI_SEVERITY_WARNING);
}

static void
test_source_not_found (void)
{
  g_autoptr(RedaksiReport) report = NULL;
  RedaksiQuote *quote = verify ("\"Sepak bola nasional butuh pembinaan usia dini,\" kata Budi Santoso.", &report);

  g_assert_cmpint (redaksi_quote_get_source_status (quote), ==, REDAKSI_QUOTE_SOURCE_NOT_FOUND);
  g_assert_cmpstr (redaksi_issue_get_code (g_ptr_array_index (redaksi_report_get_issues (report), 0)),
                   ==, "quote-not-in-source");
}

/* Found by fuzzing under UBSan: a source without words. */
static void
test_source_without_words (void)
{
  g_autoptr(RedaksiReport) report = check_text ("\"Kami siap bertanding besok,\" kata Budi.", "« ! »");
  RedaksiQuote *quote = g_ptr_array_index (quotes_of (report), 0);

  g_assert_cmpint (redaksi_quote_get_source_status (quote), ==, REDAKSI_QUOTE_SOURCE_NOT_FOUND);
}

static void
test_source_json (void)
{
  g_autoptr(RedaksiReport) report = check_text ("\"Kami menargetkan pertumbuhan ekonomi 15 persen tahun ini,\" "
                                                "kata Budi.", source_text);
  g_autofree char *json = redaksi_report_to_json_string (report, FALSE);

  g_assert_nonnull (strstr (json, "\"status\":\"altered\""));
  g_assert_nonnull (strstr (json, "{\"quote\":\"15\",\"source\":\"10\"}"));
}

/* For HTML input, every offset is in the HTML source. */
static void
test_html_offsets (void)
{
  const char *html = "<p>Menteri <b>Budi Santoso</b> hadir.</p>"
                     "<p>&ldquo;Kami siap menghadapi musim hujan&rdquo; ujat Budi.</p>";
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_html (html, -1, NULL);
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  g_autoptr(RedaksiReport) report = redaksi_quote_checker_check (checker, document, NULL, NULL, NULL);
  RedaksiQuote *quote = g_ptr_array_index (quotes_of (report), 0);
  const RedaksiRange *range = redaksi_issue_get_range (g_ptr_array_index (redaksi_report_get_issues (report), 1));

  g_assert_cmpstr (redaksi_quote_get_speaker (quote), ==, "Budi Santoso");
  g_assert_cmpint (strncmp (html + redaksi_quote_get_range (quote)->start, "Kami siap", 9), ==, 0);
  g_assert_cmpint (strncmp (html + range->start, "ujat", range->end - range->start), ==, 0);
}

/* A closing mark glued to its cue: its space typed on the wrong side,
 * or on neither; the message says which. */
static void
test_closing_mark_space (void)
{
  static const struct
  {
    const char *text;
    const char *message;
  } glued[] = {
    { "\"Kami siap, \"kata Budi Santoso.", "The space goes after the closing quotation mark, not before it." },
    { "\"Kami siap,\"kata Budi Santoso.", "A space goes after the closing quotation mark." },
  };
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();

  for (guint i = 0; i < G_N_ELEMENTS (glued); i++)
    {
      g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (glued[i].text, -1, NULL);
      g_autoptr(RedaksiReport) report = redaksi_quote_checker_check (checker, document, NULL, NULL, NULL);
      GPtrArray *issues = redaksi_report_get_issues (report);

      g_assert_cmpuint (issues->len, ==, 1);
      g_assert_cmpstr (redaksi_issue_get_code (g_ptr_array_index (issues, 0)), ==, "quote-punctuation");
      g_assert_cmpstr (redaksi_issue_get_message (g_ptr_array_index (issues, 0)), ==, glued[i].message);
    }
}

static void
test_edit_distance (void)
{
  g_assert_cmpuint (_redaksi_quote_edit_distance ("ujat", "ujar", 2), ==, 1);
  g_assert_cmpuint (_redaksi_quote_edit_distance ("ujarnnya", "ujarnya", 2), ==, 1);
  g_assert_cmpuint (_redaksi_quote_edit_distance ("katna", "kata", 2), ==, 1);
  g_assert_cmpuint (_redaksi_quote_edit_distance ("ktaa", "kata", 2), ==, 1);
  g_assert_cmpuint (_redaksi_quote_edit_distance ("tuturnya", "kata", 2), ==, 3);
  g_assert_cmpstr (_redaksi_quote_nearest_cue ("ujat"), ==, "ujar");
  g_assert_cmpstr (_redaksi_quote_nearest_cue ("ujarnnya"), ==, "ujarnya");
  g_assert_cmpstr (_redaksi_quote_nearest_cue ("ktaa"), ==, "kata");
  g_assert_null (_redaksi_quote_nearest_cue ("pemerintah"));
}

static void
test_ordinary_words (void)
{
  if (!g_file_test ("/usr/share/hunspell/id_ID.dic", G_FILE_TEST_EXISTS) && g_getenv ("REDAKSI_WORD_LIST") == NULL)
    {
      g_test_skip ("hunspell-id is not installed");
      return;
    }
  for (const char *const *w = (const char *const[]) { "kota", "data", "dan", "pemerintah", "menutup",
                                                      "pertemuannya", NULL }; *w != NULL; w++)
    g_assert_true (_redaksi_quote_is_ordinary_word (*w));
  g_assert_false (_redaksi_quote_is_ordinary_word ("ujat"));
  g_assert_false (_redaksi_quote_is_ordinary_word ("ujarnnya"));
}

static void
test_bad_scheme (void)
{
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) source = NULL;

  source = redaksi_quote_checker_fetch_source (checker, "file:///etc/passwd", NULL, &error);
  g_assert_null (source);
  g_assert_error (error, REDAKSI_ERROR, REDAKSI_ERROR_FETCH);
  g_clear_error (&error);
  source = redaksi_quote_checker_fetch_source (checker, "bukan url", NULL, &error);
  g_assert_error (error, REDAKSI_ERROR, REDAKSI_ERROR_FETCH);
}

static void
serve (SoupServer        *server,
       SoupServerMessage *message,
       const char        *path,
       GHashTable        *query,
       gpointer           user_data)
{
  if (g_str_equal (path, "/transkrip.txt"))
    {
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "text/plain", SOUP_MEMORY_STATIC,
                                        source_text, strlen (source_text));
    }
  else if (g_str_equal (path, "/siaran.html"))
    {
      g_autofree char *html = g_strdup_printf ("<html><body><p>%s</p></body></html>", source_text);

      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "text/html", SOUP_MEMORY_COPY, html, strlen (html));
    }
  else
    soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
}

typedef struct
{
  GMainLoop *loop;
  gpointer   result;  /* the report or the source document */
  GError    *error;
} AsyncResult;

static void
on_checked (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncResult *async = user_data;

  async->result = redaksi_quote_checker_check_finish (REDAKSI_QUOTE_CHECKER (object), result, &async->error);
  g_main_loop_quit (async->loop);
}

static void
on_fetched (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncResult *async = user_data;

  async->result = redaksi_quote_checker_fetch_source_finish (REDAKSI_QUOTE_CHECKER (object), result,
                                                             &async->error);
  g_main_loop_quit (async->loop);
}

static char *
server_url (SoupServer *server,
            const char *path)
{
  GSList *uris = soup_server_get_uris (server);
  g_autofree char *base = g_uri_to_string (uris->data);

  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return g_strconcat (base, path + 1, NULL);
}

static RedaksiDocument *
fetch_source_async (RedaksiQuoteChecker  *checker,
                    const char           *url,
                    GError              **error)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncResult async = { loop, NULL, NULL };

  redaksi_quote_checker_fetch_source_async (checker, url, NULL, on_fetched, &async);
  g_main_loop_run (loop);
  g_assert_true ((async.result == NULL) != (async.error == NULL));
  if (async.error != NULL)
    g_propagate_error (error, async.error);
  return async.result;
}

static RedaksiReport *
check_async (RedaksiQuoteChecker  *checker,
             RedaksiDocument      *document,
             RedaksiDocument      *source,
             GError              **error)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncResult async = { loop, NULL, NULL };

  redaksi_quote_checker_check_async (checker, document, source, NULL, on_checked, &async);
  g_main_loop_run (loop);
  g_assert_true ((async.result == NULL) != (async.error == NULL));
  if (async.error != NULL)
    g_propagate_error (error, async.error);
  return async.result;
}

/* Fetches the source at @path asynchronously, then checks with it. */
static RedaksiReport *
check_url (SoupServer  *server,
           const char  *path,
           GError     **error)
{
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  g_autoptr(RedaksiDocument) document =
    redaksi_document_new_from_text ("\"Kami menargetkan pertumbuhan ekonomi 10 persen tahun ini,\" kata Budi.", -1, NULL);
  g_autofree char *url = server_url (server, path);
  g_autoptr(RedaksiDocument) source = NULL;

  /* The test server is on loopback. */
  redaksi_quote_checker_set_allow_private (checker, TRUE);
  source = fetch_source_async (checker, url, error);
  if (source == NULL)
    return NULL;
  return check_async (checker, document, source, error);
}

static void
test_fetch_async (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiReport) report = NULL;
  RedaksiQuote *quote;

  soup_server_add_handler (server, NULL, serve, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  report = check_url (server, "/transkrip.txt", &error);
  g_assert_no_error (error);
  quote = g_ptr_array_index (quotes_of (report), 0);
  g_assert_cmpint (redaksi_quote_get_source_status (quote), ==, REDAKSI_QUOTE_SOURCE_VERIFIED);
  g_clear_object (&report);

  report = check_url (server, "/tidak-ada.txt", &error);
  g_assert_null (report);
  g_assert_error (error, REDAKSI_ERROR, REDAKSI_ERROR_FETCH);
}

/* A loopback server answering from a thread of its own, so that the
 * blocking fetch_source() can be called from the test's thread. */
typedef struct
{
  GMainContext *context;
  GMainLoop    *loop;
  SoupServer   *server;
  GThread      *thread;
} ServerThread;

static gpointer
server_thread_run (gpointer data)
{
  ServerThread *st = data;

  g_main_context_push_thread_default (st->context);
  g_main_loop_run (st->loop);
  g_main_context_pop_thread_default (st->context);
  return NULL;
}

static void
server_thread_start (ServerThread *st)
{
  g_autoptr(GError) error = NULL;

  st->context = g_main_context_new ();
  st->loop = g_main_loop_new (st->context, FALSE);
  g_main_context_push_thread_default (st->context);
  st->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (st->server, NULL, serve, NULL, NULL);
  soup_server_listen_local (st->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_main_context_pop_thread_default (st->context);
  g_assert_no_error (error);
  st->thread = g_thread_new ("source-server", server_thread_run, st);
}

static void
server_thread_stop (ServerThread *st)
{
  g_main_loop_quit (st->loop);
  g_thread_join (st->thread);
  g_main_context_push_thread_default (st->context);
  g_object_unref (st->server);
  g_main_context_pop_thread_default (st->context);
  g_main_loop_unref (st->loop);
  g_main_context_unref (st->context);
}

static void
assert_same_fetch (RedaksiQuoteChecker *checker,
                   const char          *url)
{
  g_autoptr(GError) sync_error = NULL;
  g_autoptr(GError) async_error = NULL;
  g_autoptr(RedaksiDocument) sync = redaksi_quote_checker_fetch_source (checker, url, NULL, &sync_error);
  g_autoptr(RedaksiDocument) async = fetch_source_async (checker, url, &async_error);

  g_test_message ("%s: %s", url, sync_error != NULL ? sync_error->message : "fetched");
  if (sync == NULL)
    {
      g_assert_null (async);
      g_assert_nonnull (async_error);
      g_assert_cmpuint (sync_error->domain, ==, async_error->domain);
      g_assert_cmpint (sync_error->code, ==, async_error->code);
      g_assert_cmpstr (sync_error->message, ==, async_error->message);
      return;
    }
  g_assert_no_error (async_error);
  g_assert_cmpint (redaksi_document_is_html (sync), ==, redaksi_document_is_html (async));
  g_assert_cmpstr (redaksi_document_get_source (sync, NULL), ==, redaksi_document_get_source (async, NULL));
  g_assert_cmpstr (redaksi_document_get_text (sync, NULL), ==, redaksi_document_get_text (async, NULL));
}

static void
assert_same_check (RedaksiQuoteChecker *checker,
                   RedaksiDocument     *document,
                   RedaksiDocument     *source)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiReport) sync = redaksi_quote_checker_check (checker, document, source, NULL, &error);
  g_autoptr(RedaksiReport) async = NULL;
  g_autofree char *sync_json = NULL;
  g_autofree char *async_json = NULL;

  g_assert_no_error (error);
  async = check_async (checker, document, source, &error);
  g_assert_no_error (error);
  sync_json = redaksi_report_to_json_string (sync, FALSE);
  async_json = redaksi_report_to_json_string (async, FALSE);
  g_assert_cmpstr (sync_json, ==, async_json);
  /* The source was used, not dropped on the way to the worker thread. */
  g_assert_true ((strstr (async_json, "\"source\":{") != NULL) == (source != NULL));
}

/* The blocking and asynchronous forms take the same inputs and give the
 * same answers: the same source document or the same error, the same
 * report for the same article and source. */
static void
test_sync_async_pairs (void)
{
  const char *paths[] = { "/transkrip.txt", "/siaran.html", "/tidak-ada.txt" };
  const char *urls[] = { "ftp://127.0.0.1/transkrip.txt", "file:///etc/passwd", "bukan url" };
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  g_autoptr(RedaksiDocument) document =
    redaksi_document_new_from_text ("Menteri Budi Santoso hadir.\n"
                                    "\"Kami menargetkan pertumbuhan ekonomi 15 persen tahun ini\" ujat Budi.", -1, NULL);
  g_autoptr(RedaksiQuoteChecker) refusing = redaksi_quote_checker_new ();
  ServerThread st = { 0 };

  server_thread_start (&st);
  /* The test server is on loopback. */
  redaksi_quote_checker_set_allow_private (checker, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *url = server_url (st.server, paths[i]);
      g_autoptr(RedaksiDocument) source = redaksi_quote_checker_fetch_source (checker, url, NULL, NULL);

      assert_same_fetch (checker, url);
      assert_same_fetch (refusing, url);
      if (source != NULL)
        assert_same_check (checker, document, source);
    }
  for (guint i = 0; i < G_N_ELEMENTS (urls); i++)
    assert_same_fetch (checker, urls[i]);
  assert_same_check (checker, document, NULL);
  server_thread_stop (&st);
}

static gpointer
check_in_thread (gpointer data)
{
  RedaksiQuoteChecker *checker = data;

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(RedaksiDocument) document =
        redaksi_document_new_from_text ("Budi Santoso tiba.\n\"Kami siap\" ujat Budi.", -1, NULL);
      g_autoptr(RedaksiReport) report = redaksi_quote_checker_check (checker, document, NULL, NULL, NULL);
      RedaksiQuote *quote = g_ptr_array_index (quotes_of (report), 0);

      g_assert_cmpstr (redaksi_quote_get_speaker (quote), ==, "Budi Santoso");
      g_assert_cmpuint (redaksi_report_get_issues (report)->len, ==, 2);
    }
  return NULL;
}

/* One checker, several threads at once. */
static void
test_threads (void)
{
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("check", check_in_thread, checker);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

static void
test_cancelled (void)
{
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text ("\"Kami siap,\" kata Budi.", -1, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiReport) report = NULL;

  g_cancellable_cancel (cancellable);
  report = redaksi_quote_checker_check (checker, document, NULL, cancellable, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_check_all_includes_quotes (void)
{
  g_autoptr(RedaksiDocument) document =
    redaksi_document_new_from_text ("\"Kami siap,\" ujat Budi Santoso.", -1, NULL);
  g_autoptr(RedaksiReport) report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                                              REDAKSI_ANALYSIS_ALL, NULL, NULL, NULL);

  g_assert_true (redaksi_analyzer_get_available (redaksi_analyzer_get_default ()) & REDAKSI_ANALYSIS_QUOTES);
  g_assert_cmpuint (quotes_of (report)->len, ==, 1);
  g_assert_true (redaksi_report_has_errors (report));
}

static glong
peak_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* Outside the sanitizers (they reserve terabytes of address space), an
 * address-space limit turns runaway growth into a quick failed
 * allocation instead of a machine out of memory. */
static void
limit_address_space (gsize extra)
{
#ifndef __SANITIZE_ADDRESS__
  g_autofree char *statm = NULL;
  struct rlimit limit;

  g_assert_true (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL));
  limit.rlim_cur = limit.rlim_max = g_ascii_strtoull (statm, NULL, 10) * sysconf (_SC_PAGESIZE) + extra;
  g_assert_cmpint (setrlimit (RLIMIT_AS, &limit), ==, 0);
#endif
}

typedef struct
{
  const char *mark;
  guint       repeat;
  guint       n_issues;
  const char *code;
} ManyMarks;

/* 999,998 lone marks, of which the report keeps the first 10,000. */
static const ManyMarks many_straight = { "\"", 1000000, 10000, "quote-unopened" };
static const ManyMarks many_curly = { "“ ” ", 500000, 0, NULL };

static void
check_many_marks (const ManyMarks *marks)
{
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(RedaksiReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *issues;
  glong before;

  for (guint i = 0; i < marks->repeat; i++)
    g_string_append (text, marks->mark);
  document = redaksi_document_new_from_text (text->str, text->len, &error);
  g_assert_no_error (error);
  limit_address_space ((gsize) 1536 * 1024 * 1024);
  before = peak_kib ();
  report = redaksi_quote_checker_check (checker, document, NULL, NULL, &error);
  g_assert_no_error (error);
  issues = redaksi_report_get_issues (report);
  g_assert_cmpuint (issues->len, ==, marks->n_issues);
  for (guint i = 0; i < issues->len; i++)
    {
      const RedaksiRange *range = redaksi_issue_get_range (g_ptr_array_index (issues, i));

      /* Each finding covers its own mark, not the paragraph before it. */
      g_assert_cmpstr (redaksi_issue_get_code (g_ptr_array_index (issues, i)), ==, marks->code);
      g_assert_cmpuint (range->end - range->start, ==, strlen (marks->mark));
    }
  g_test_message ("the check raised the peak by %ld KiB", peak_kib () - before);
#ifndef __SANITIZE_ADDRESS__
  g_assert_cmpint (peak_kib () - before, <, 200 * 1024);
#endif
}

/* A million marks in one paragraph: linear time and memory. */
static void
test_many_marks (gconstpointer data)
{
  if (g_test_subprocess ())
    {
      check_many_marks (data);
      return;
    }
  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* A word of letters only, distinct for each @i. */
static void
append_letters_word (GString *text,
                     guint    i)
{
  g_string_append_c (text, ' ');
  g_string_append (text, "kat");
  do
    {
      g_string_append_c (text, 'a' + i % 26);
      i /= 26;
    }
  while (i > 0);
}

static void
check_long_quote (void)
{
  g_autoptr(GString) said = g_string_new ("Budi berkata:");
  g_autoptr(GString) article = g_string_new ("\"Mula");
  g_autoptr(RedaksiReport) report = NULL;
  RedaksiQuote *quote;
  GPtrArray *differences;

  for (guint i = 0; i < 20000; i++)
    {
      append_letters_word (said, i);
      append_letters_word (article, i == 10000 ? 99999 : i);
    }
  g_string_append (said, ".");
  g_string_append (article, ",\" kata Budi Santoso.");
  g_string_insert (said, 13, " Mula");
  limit_address_space ((gsize) 512 * 1024 * 1024);
  report = check_text (article->str, said->str);
  g_assert_cmpuint (quotes_of (report)->len, ==, 1);
  quote = g_ptr_array_index (quotes_of (report), 0);
  g_assert_cmpint (redaksi_quote_get_source_status (quote), ==, REDAKSI_QUOTE_SOURCE_ALTERED);
  differences = redaksi_quote_get_differences (quote);
  g_assert_cmpuint (differences->len, ==, 1);
  g_assert_cmpstr (redaksi_quote_difference_get_quote (g_ptr_array_index (differences, 0)), ==, "katdyrf");
}

/* A quote of 20,000 words against its source: no alignment matrix of
 * the square of its length. */
static void
test_long_quote_source (void)
{
  if (g_test_subprocess ())
    {
      check_long_quote ();
      return;
    }
  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/redaksi/quotes/case/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/redaksi/quotes/seed", test_seed);
  g_test_add_func ("/redaksi/quotes/article", test_article);
  g_test_add_func ("/redaksi/quotes/article-titles", test_article_titles);
  g_test_add_func ("/redaksi/quotes/text-and-range", test_quote_text_and_range);
  g_test_add_func ("/redaksi/quotes/entities-seam", test_entities_seam);
  g_test_add_func ("/redaksi/quotes/speaker-takes-tagged-name", test_speaker_takes_tagged_name);
  g_test_add_func ("/redaksi/quotes/insert-keeps-quote", test_insert_keeps_quote);
  g_test_add_func ("/redaksi/quotes/source/verified", test_source_verified);
  g_test_add_func ("/redaksi/quotes/source/altered-number", test_source_altered_number);
  g_test_add_func ("/redaksi/quotes/source/altered-words", test_source_altered_words);
  g_test_add_func ("/redaksi/quotes/source/percent", test_source_percent);
  g_test_add_func ("/redaksi/quotes/source/not-found", test_source_not_found);
  g_test_add_func ("/redaksi/quotes/source/json", test_source_json);
  g_test_add_func ("/redaksi/quotes/source/without-words", test_source_without_words);
  g_test_add_func ("/redaksi/quotes/source/bad-scheme", test_bad_scheme);
  g_test_add_func ("/redaksi/quotes/source/fetch-async", test_fetch_async);
  g_test_add_func ("/redaksi/quotes/source/sync-async-pairs", test_sync_async_pairs);
  g_test_add_func ("/redaksi/quotes/html-offsets", test_html_offsets);
  g_test_add_func ("/redaksi/quotes/closing-mark-space", test_closing_mark_space);
  g_test_add_func ("/redaksi/quotes/edit-distance", test_edit_distance);
  g_test_add_func ("/redaksi/quotes/ordinary-words", test_ordinary_words);
  g_test_add_func ("/redaksi/quotes/analyzer", test_check_all_includes_quotes);
  g_test_add_func ("/redaksi/quotes/threads", test_threads);
  g_test_add_func ("/redaksi/quotes/cancelled", test_cancelled);
  g_test_add_data_func ("/redaksi/quotes/many-marks/straight", &many_straight, test_many_marks);
  g_test_add_data_func ("/redaksi/quotes/many-marks/curly", &many_curly, test_many_marks);
  g_test_add_func ("/redaksi/quotes/source/long-quote", test_long_quote_source);
  return g_test_run ();
}
