/* test-html.c: visible text of HTML and its map to source bytes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

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

/* A numeric reference past the last code point, which gumbo decodes
 * into a byte that is no UTF-8: the text holds U+FFFD in its place, as
 * for any reference to no character, and the replacement maps back to
 * the whole reference. */
static void
test_overflowing_reference (void)
{
  static const char html[] = "<p>Kabupaten Ta&#8220231130/44 Barat.</p>";
  g_autoptr(RedaksiDocument) document = html_document (html);
  gsize length;
  const char *text = redaksi_document_get_text (document, &length);
  const char *replacement = strstr (text, "\xEF\xBF\xBD");
  g_autoptr(RedaksiRange) range = NULL;

  g_assert_true (g_utf8_validate (text, length, NULL));
  g_assert_cmpstr (text, ==, "Kabupaten Ta\xEF\xBF\xBD/44 Barat.");
  range = redaksi_document_make_range (document, replacement - text, replacement - text + 3);
  g_assert_cmpmem (html + range->start, range->end - range->start, "&#8220231130", strlen ("&#8220231130"));
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
  /* The deepest nesting read: 512 open elements. */
  for (guint i = 0; i < 512; i++)
    g_string_append (deep, "<span>");
  g_string_append (deep, "dalam");
  nested = html_document (deep->str);
  g_assert_cmpstr (redaksi_document_get_text (nested, NULL), ==, "dalam");
}

static char *
repeat (const char *head,
        const char *unit,
        guint       n,
        const char *tail)
{
  GString *text = g_string_new (head);

  for (guint i = 0; i < n; i++)
    g_string_append (text, unit);
  g_string_append (text, tail);
  return g_string_free (text, FALSE);
}

/* Fails quickly with @code, naming the offset of the tag over the limit. */
static void
assert_refused (const char *html,
                gint        code,
                gsize       offset)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = NULL;
  g_autofree char *at = g_strdup_printf ("at byte %" G_GSIZE_FORMAT, offset);
  gint64 start = g_get_monotonic_time ();

  document = redaksi_document_new_from_html (html, -1, &error);
  g_assert_null (document);
  g_assert_error (error, REDAKSI_ERROR, code);
  g_assert_true (g_str_has_suffix (error->message, at));
  /* A safety limit, not a benchmark: before, this took seconds to minutes. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

static void
test_unclosed_elements (void)
{
  g_autofree char *divs = repeat ("", "<div>", 20000, "teks");
  g_autofree char *bold = repeat ("<p>", "<b>", 20000, "teks");
  g_autofree char *closed = repeat ("<body>", "<div>a</div>", 20000, "</body>");

  /* The 513th <div> starts at 512 × 5 bytes. */
  assert_refused (divs, REDAKSI_ERROR_TOO_DEEP, 512 * 5);
  assert_refused (bold, REDAKSI_ERROR_TOO_DEEP, 3 + 511 * 3);
  g_object_unref (html_document (closed));
}

/* Real pages leave many elements to be closed by the parser: none of
 * these nests, so none is refused. */
static void
test_implied_ends (void)
{
  const char *const shapes[][3] = {
    { "<body>", "<p>paragraf", "</body>" },
    { "<ul>", "<li>butir", "</ul>" },
    { "<dl>", "<dt>istilah<dd>arti", "</dl>" },
    { "<table>", "<tr><td>sel<td>sel", "</table>" },
    { "<select>", "<option>pilihan", "</select><p>teks</p>" },
    { "<div>", "<div><span>teks</div>", "</div>" },
    { "<p>", "<a href=\"/\"><span>tautan</a>", "</p>" },
    { "<svg>", "<path d=\"M0 0\"/>", "</svg><p>teks</p>" },
    { "<script>", "document.write(\"<div>\");", "</script><p>teks</p>" },
    { "<!-- ", "<div>", " --><p>teks</p>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autofree char *html = repeat (shapes[i][0], shapes[i][1], 5000, shapes[i][2]);
      g_autoptr(GError) error = NULL;
      g_autoptr(RedaksiDocument) document = redaksi_document_new_from_html (html, -1, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (redaksi_document_get_n_tokens (document), >, 0);
    }
}

static void
test_many_attributes (void)
{
  g_autoptr(GString) element = g_string_new ("<p>Isi</p><p");
  g_autoptr(GString) wide = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (element, " a%u=\"%u\"", i, i);
  g_string_append (element, ">teks</p>");
  assert_refused (element->str, REDAKSI_ERROR_TOO_COMPLEX, 10);
  /* 1,000 attributes are read, but not on element after element. */
  g_string_append (wide, "<p");
  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (wide, " a%u", i);
  g_string_append (wide, ">x</p>");
  g_object_unref (html_document (wide->str));
  for (guint e = 0; e < 200; e++)
    {
      g_string_append (wide, "<p");
      for (guint i = 0; i < 1000; i++)
        g_string_append_printf (wide, " a%u", i);
      g_string_append (wide, ">x</p>");
    }
  g_assert_null (redaksi_document_new_from_html (wide->str, -1, &error));
  g_assert_error (error, REDAKSI_ERROR, REDAKSI_ERROR_TOO_COMPLEX);
}

/* gumbo 0.10 drops a DOCTYPE token met inside a <noscript> in the head
 * without freeing its strings; the document frees them with the tree.
 * Under AddressSanitizer the leak check at exit says so; elsewhere the
 * heap in use says so, since 2,000 such tokens would leave about 100 KB
 * behind. */
static void
test_doctype_in_head_noscript_freed (void)
{
  g_autoptr(GString) page = g_string_new ("<html><head><noscript>");
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
  gsize before;
#endif

  for (guint i = 0; i < 2000; i++)
    g_string_append (page, "<!DOCTYPE html PUBLIC \"x\" \"y\">");
  g_string_append (page, "</noscript></head><body><p>Isi berita.</p></body></html>");
  /* A first document makes what the first one makes once. */
  g_object_unref (html_document (page->str));
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
  before = mallinfo2 ().uordblks;
#endif
  for (guint round = 0; round < 3; round++)
    g_object_unref (html_document (page->str));
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
  g_assert_cmpuint (mallinfo2 ().uordblks, <=, before + 8192);
#endif
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
  g_test_add_func ("/redaksi/html/overflowing-reference", test_overflowing_reference);
  g_test_add_func ("/redaksi/html/whole-page", test_whole_page);
  g_test_add_func ("/redaksi/html/empty-and-deep", test_empty_and_deep_html);
  g_test_add_func ("/redaksi/html/unclosed-elements", test_unclosed_elements);
  g_test_add_func ("/redaksi/html/many-attributes", test_many_attributes);
  g_test_add_func ("/redaksi/html/implied-ends", test_implied_ends);
  g_test_add_func ("/redaksi/html/doctype-in-head-noscript-freed", test_doctype_in_head_noscript_freed);

  return g_test_run ();
}
