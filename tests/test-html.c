/* test-html.c: visible text of HTML and its map to source bytes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-test-util.h"

static const char fragment[] =
  "<div class=\"artikel\">\n"
  "  <p>Presiden &amp; Wakil <b>Presiden</b>\n   hadir di   Istana.</p>\n"
  "  <script>var x = \"bukan teks\";</script>\n"
  "  <p>&ldquo;Kami siap,&rdquo; kata Menteri 😀 &#8212; di Jakarta.<br>Baris baru</p>\n"
  "  <!-- komentar -->\n"
  "</div>";

static RedaksiDocument *
html_document (const char *html)
{
  g_autoptr(GError) error = NULL;
  RedaksiDocument *document = redaksi_document_new_from_html (html, -1, &error);

  g_assert_no_error (error);
  return document;
}

static void
test_visible_text (void)
{
  g_autoptr(RedaksiDocument) document = html_document (fragment);

  g_assert_cmpstr (redaksi_document_get_text (document, NULL), ==,
                   "Presiden & Wakil Presiden hadir di Istana.\n"
                   "“Kami siap,” kata Menteri 😀 — di Jakarta.\n"
                   "Baris baru");
  g_assert_true (redaksi_document_is_html (document));
  g_assert_cmpuint (redaksi_document_get_n_paragraphs (document), ==, 3);
}

/* Every token maps back to the very bytes it came from; entities map
 * to the whole entity. */
static void
test_tokens_map_to_source_bytes (void)
{
  g_autoptr(RedaksiDocument) document = html_document (fragment);

  for (guint i = 0; i < redaksi_document_get_n_tokens (document); i++)
    {
      g_autoptr(RedaksiToken) token = redaksi_document_get_token (document, i);
      g_autofree char *text = redaksi_document_get_token_text (document, i);
      g_autoptr(RedaksiRange) range = redaksi_document_make_range (document, token->start, token->end);
      g_autofree char *source = g_strndup (fragment + range->start, range->end - range->start);
      const char *expected = text;

      if (g_str_equal (text, "&"))
        expected = "&amp;";
      else if (g_str_equal (text, "“"))
        expected = "&ldquo;";
      else if (g_str_equal (text, "”"))
        expected = "&rdquo;";
      else if (g_str_equal (text, "—"))
        expected = "&#8212;";
      g_assert_cmpstr (source, ==, expected);
    }
}

static void
test_range_across_markup (void)
{
  g_autoptr(RedaksiDocument) document = html_document (fragment);
  const char *text = redaksi_document_get_text (document, NULL);
  const char *wakil = strstr (text, "Wakil Presiden");
  g_autoptr(RedaksiRange) range =
    redaksi_document_make_range (document, wakil - text, wakil - text + strlen ("Wakil Presiden"));
  gsize back;

  g_assert_cmpmem (fragment + range->start, range->end - range->start,
                   "Wakil <b>Presiden", strlen ("Wakil <b>Presiden"));
  /* Char offsets count the source: the emoji is after this range. */
  g_assert_cmpuint (range->char_start, ==, range->start);
  back = redaksi_document_source_to_text (document, range->start);
  g_assert_cmpuint (back, ==, (gsize) (wakil - text));
}

static void
test_emoji_offsets_in_source (void)
{
  g_autoptr(RedaksiDocument) document = html_document (fragment);
  const char *text = redaksi_document_get_text (document, NULL);
  const char *after = strstr (text, "😀") + 4;
  g_autoptr(RedaksiRange) range = redaksi_document_make_range (document, after - text + 1,
                                                               after - text + 4);
  const char *in_source = strstr (fragment, "&#8212;");

  g_assert_cmpuint (range->start, ==, (gsize) (in_source - fragment));
  g_assert_cmpuint (range->end, ==, range->start + 7);
  g_assert_cmpuint (range->char_start, ==, g_utf8_pointer_to_offset (fragment, in_source));
  g_assert_cmpuint (range->utf16_start, ==, range->char_start + 1);
}

static void
test_whole_page (void)
{
  const char *page =
    "<!DOCTYPE html><html><head><title>Judul halaman</title>"
    "<style>p { color: red }</style></head>"
    "<body><nav>Beranda</nav><article><h1>Banjir di Bekasi</h1>"
    "<p>BEKASI - Air naik.</p></article></body></html>";
  g_autoptr(RedaksiDocument) document = html_document (page);

  g_assert_cmpstr (redaksi_document_get_text (document, NULL), ==,
                   "Beranda\nBanjir di Bekasi\nBEKASI - Air naik.");
}

static void
test_empty_and_deep_html (void)
{
  g_autoptr(RedaksiDocument) empty = html_document ("");
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(RedaksiDocument) nested = NULL;

  g_assert_cmpuint (redaksi_document_get_n_tokens (empty), ==, 0);
  for (guint i = 0; i < 3000; i++)
    g_string_append (deep, "<span>");
  g_string_append (deep, "dalam");
  nested = html_document (deep->str);
  g_assert_cmpstr (redaksi_document_get_text (nested, NULL), ==, "dalam");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/html/visible-text", test_visible_text);
  g_test_add_func ("/redaksi/html/tokens-map-to-source", test_tokens_map_to_source_bytes);
  g_test_add_func ("/redaksi/html/range-across-markup", test_range_across_markup);
  g_test_add_func ("/redaksi/html/emoji-offsets", test_emoji_offsets_in_source);
  g_test_add_func ("/redaksi/html/whole-page", test_whole_page);
  g_test_add_func ("/redaksi/html/empty-and-deep", test_empty_and_deep_html);

  return g_test_run ();
}
