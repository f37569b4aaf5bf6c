/* test-clean-scan.c: redaksi_link_cleaner_scan_text() against documents
 *
 * `redaksi clean` on plain text scans a mapped file without building a
 * document. What it removes and what it reports must be what the
 * document path gives, on every fixture, on every cut of them and on the
 * inputs that stress the scanner; the text is handed over without a nul
 * byte after it, so a read past the end shows under AddressSanitizer.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-test-util.h"

/* @text in a buffer of exactly its length: no nul byte to stop a scan. */
static char *
exact_copy (const char *text,
            gsize       length)
{
  return g_memdup2 (text, MAX (length, 1));
}

static GString *
cut_spans (const char *text,
           gsize       length,
           GArray     *spans)
{
  GString *out = g_string_new (NULL);
  gsize copied = 0;

  g_assert_cmpuint (spans->len % 2, ==, 0);
  for (guint i = 0; i < spans->len; i += 2)
    {
      guint64 start = g_array_index (spans, guint64, i);
      guint64 end = g_array_index (spans, guint64, i + 1);

      /* In order, disjoint, none empty. */
      g_assert_cmpuint (start, >=, copied);
      g_assert_cmpuint (end, >, start);
      g_assert_cmpuint (end, <=, length);
      g_string_append_len (out, text + copied, start - copied);
      copied = end;
    }
  g_string_append_len (out, text + copied, length - copied);
  return out;
}

static GPtrArray *
ambiguous_of (RedaksiReport *report)
{
  GPtrArray *issues = redaksi_report_get_issues (report);
  GPtrArray *ambiguous = g_ptr_array_new ();

  for (guint i = 0; i < issues->len; i++)
    if (g_str_equal (redaksi_issue_get_code (g_ptr_array_index (issues, i)), "related-link-ambiguous"))
      g_ptr_array_add (ambiguous, g_ptr_array_index (issues, i));
  return ambiguous;
}

static void
assert_same_issue (RedaksiIssue *expected,
                   RedaksiIssue *actual)
{
  const RedaksiRange *a = redaksi_issue_get_range (actual);
  const RedaksiRange *e = redaksi_issue_get_range (expected);

  g_assert_cmpstr (redaksi_issue_get_code (actual), ==, redaksi_issue_get_code (expected));
  g_assert_cmpstr (redaksi_issue_get_message (actual), ==, redaksi_issue_get_message (expected));
  g_assert_cmpint (redaksi_issue_get_severity (actual), ==, redaksi_issue_get_severity (expected));
  g_assert_cmpuint (a->start, ==, e->start);
  g_assert_cmpuint (a->end, ==, e->end);
  g_assert_cmpuint (a->char_start, ==, e->char_start);
  g_assert_cmpuint (a->char_end, ==, e->char_end);
  g_assert_cmpuint (a->utf16_start, ==, e->utf16_start);
  g_assert_cmpuint (a->utf16_end, ==, e->utf16_end);
}

/* The scan of @text against a document of it: the same cleaned text,
 * the same ambiguous findings in the same order, or the same error. */
static void
check_text (const char *text,
            gsize       length)
{
  g_autoptr(GError) doc_error = NULL;
  g_autoptr(GError) scan_error = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, (gssize) length, &doc_error);
  g_autofree char *copy = exact_copy (text, length);
  g_autoptr(GPtrArray) ambiguous = NULL;
  g_autoptr(GArray) spans = redaksi_link_cleaner_scan_text (redaksi_link_cleaner_get_default (), copy,
                                                            length, &ambiguous, NULL, &scan_error);
  g_autoptr(RedaksiReport) report = NULL;
  g_autoptr(GBytes) cleaned = NULL;
  g_autoptr(GString) cut = NULL;
  g_autoptr(GPtrArray) expected = NULL;

  if (document == NULL)
    {
      g_assert_null (spans);
      g_assert_error (scan_error, doc_error->domain, doc_error->code);
      g_assert_cmpstr (scan_error->message, ==, doc_error->message);
      return;
    }
  g_assert_no_error (scan_error);
  report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                     REDAKSI_ANALYSIS_RELATED_LINKS, NULL, NULL, NULL);
  cleaned = redaksi_link_cleaner_clean (redaksi_link_cleaner_get_default (), document,
                                        REDAKSI_CLEAN_FLAGS_NONE, NULL, NULL, NULL);
  cut = cut_spans (copy, length, spans);
  g_assert_cmpmem (cut->str, cut->len, g_bytes_get_data (cleaned, NULL), g_bytes_get_size (cleaned));
  expected = ambiguous_of (report);
  g_assert_cmpuint (ambiguous->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    assert_same_issue (g_ptr_array_index (expected, i), g_ptr_array_index (ambiguous, i));
}

/* The whole text, then cuts of it: every end a scan can meet (a marker,
 * a title, a line cut short) falls on the buffer's last byte somewhere. */
static void
check_text_and_cuts (const char *text,
                     gsize       length,
                     guint       step)
{
  check_text (text, length);
  for (gsize cut = 0; cut < length; cut += step)
    check_text (text, cut);
}

static void
check_file (const char *path,
            guint       step)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  check_text_and_cuts (contents, length, step);
}

static void
test_fixtures (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "links", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);

        check_file (path, 7);
        n++;
      }
  g_assert_cmpuint (n, >, 10);
}

static void
test_snippets (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "links", "snippets", "corpus.txt", NULL);

  check_file (path, 97);
}

static void
test_shared_corpus (void)
{
  g_autofree char *path = redaksi_test_shared_path ("data", "related-links",
                                                    "anpandu-indonesian-news-scraper-fixtures",
                                                    "articles.jsonl", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (path == NULL)
    return;
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonNode) node = json_from_string (lines[i], NULL);
      const char *text;

      if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
        continue;
      text = json_object_get_string_member_with_default (json_node_get_object (node), "text", NULL);
      if (text != NULL)
        check_text_and_cuts (text, strlen (text), 31);
    }
}

/* What stresses the scanner's ends and its fast paths: markers and
 * titles at the last byte, a glued number, candidates ('j', 'J', '(')
 * at every alignment, no-break spaces, several inserts on one line. */
static void
test_edges (void)
{
  static const char *const texts[] = {
    "Baca juga: Banjir di Bekasi Rendam Ratusan Rumah",
    "Warga mengungsi.\nBaca juga:",
    "Warga mengungsi.\nBACA JUGA231 Pendemo Bentrok dengan Aparat di Depan Gedung DPR\n",
    "Banjir datang. (Baca juga: Banjir Bekasi Surut Besok Pagi) Warga pulang.",
    "Banjir datang.Baca Juga: Warga Bekasi Mengungsi ke Balai Desa",
    "Kata dia. Baca juga: Harga Cabai Naik Lagi. Warga mengeluh. Lihat juga: Video",
    "Baca\xc2\xa0juga\xc2\xa0: Jokowi Resmikan Jalan Tol Baru di Jawa Tengah\n",
    "\"Baca juga: ini kata dia,\" ujar Budi. Yuk, baca juga: Jalan Rusak Parah di Bogor",
    "BACA JUGA\n\nBanjir Bekasi Rendam Ratusan Rumah Warga di Perumahan\nWarga mengungsi.\n",
    "Tonton juga \"Banjir Bekasi\" di sini:\n[Gambas:Video 20detik]\n",
    "(((((((((((((((((((((((((((((((((jjjjjjjjjjjjjjjjJJJJJJJJJJJJJJJJJ(Baca juga: X Y Z W)",
    "Harga naik \xf0\x9f\x98\x80. Baca juga: Harga Cabai Naik Lagi \xf0\x9f\x98\x80. Warga mengeluh.",
    "Harga \xf0\x9f\x98\x80 naik. Baca juga: Harga Cabai Naik Lagi. Warga mengeluh.",
    "\xf0\x9f\x98\x80\xe2\x80\x9c" "A\xe2\x80\x9d. Baca juga: Harga \xf0\x9f\x98\x80 Naik. Warga mengeluh.",
    "jug", "j", "(", "", "Baca", "Baca juga: Jalan Baru Dibuka untuk Umum \xf0\x9f\x98\x80 Emoji",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (guint pad = 0; pad < 17; pad++)
      {
        g_autofree char *padding = g_strnfill (pad, 'x');
        g_autofree char *text = g_strconcat (padding, pad > 0 ? " " : "", texts[i], NULL);

        check_text_and_cuts (text, strlen (text), 1);
      }
}

/* A thousand inserts on one line, and a line of them without an end. */
static void
test_many_on_one_line (void)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (text, "Warga pulang. (Baca juga: Banjir Bekasi %u Surut) Baca Juga: ", i);
  check_text (text->str, text->len);
}

static void
test_invalid (void)
{
  check_text ("Baca juga: \xff", 12);
  check_text ("Baca juga: a\0b", 14);
  check_text ("abc\xe2\x82", 5);
}

static void
test_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = NULL;

  g_cancellable_cancel (cancellable);
  spans = redaksi_link_cleaner_scan_text (redaksi_link_cleaner_get_default (), "Baca juga: A B C D", 18,
                                          NULL, cancellable, &error);
  g_assert_null (spans);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/clean-scan/fixtures", test_fixtures);
  g_test_add_func ("/redaksi/clean-scan/snippets", test_snippets);
  g_test_add_func ("/redaksi/clean-scan/shared-corpus", test_shared_corpus);
  g_test_add_func ("/redaksi/clean-scan/edges", test_edges);
  g_test_add_func ("/redaksi/clean-scan/many-on-one-line", test_many_on_one_line);
  g_test_add_func ("/redaksi/clean-scan/invalid", test_invalid);
  g_test_add_func ("/redaksi/clean-scan/cancelled", test_cancelled);
  return g_test_run ();
}
