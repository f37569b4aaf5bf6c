/* test-related-links.c: finding and removing related-article inserts
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>
#include <time.h>

#include "redaksi-document-private.h"
#include "redaksi-related-link-private.h"
#include "redaksi-test-util.h"

static char *
links_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "links", name, NULL);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static char *
expected_name (const char *name)
{
  const char *dot = strrchr (name, '.');

  return g_strdup_printf ("%.*s.expected%s", (int) (dot - name), name, dot);
}

static GBytes *
clean (RedaksiDocument   *document,
       RedaksiCleanFlags  flags)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = redaksi_link_cleaner_clean (redaksi_link_cleaner_get_default (), document,
                                              flags, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

static void
assert_bytes_equal (GBytes     *bytes,
                    const char *expected,
                    gsize       expected_length)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *text = g_strndup (data, length);

  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpuint (length, ==, expected_length);
}

/* What is cut out of HTML is whole markup: the rest stays well-formed. */
static void
assert_ranges_balanced (RedaksiDocument *document)
{
  g_autoptr(GPtrArray) links = redaksi_link_cleaner_find (redaksi_link_cleaner_get_default (),
                                                          document);
  const char *source = redaksi_document_get_source (document, NULL);

  for (guint i = 0; i < links->len; i++)
    {
      const RedaksiRange *range = redaksi_related_link_get_range (g_ptr_array_index (links, i));

      g_assert_true (_redaksi_html_span_balanced (source, range->start, range->end));
    }
}

static RedaksiDocument *
document_from (const char *text,
               gboolean    is_html)
{
  g_autoptr(GError) error = NULL;
  RedaksiDocument *document = is_html ? redaksi_document_new_from_html (text, -1, &error)
                                      : redaksi_document_new_from_text (text, -1, &error);

  g_assert_no_error (error);
  return document;
}

static guint
count_blank_lines (const char *text,
                   gsize       length)
{
  guint n = 0;
  gboolean blank = TRUE;

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '\n')
        {
          n += blank;
          blank = TRUE;
        }
      else if (!g_ascii_isspace (text[i]))
        blank = FALSE;
    }
  return n;
}

/* Cleaning the cleaned document changes nothing; for HTML, no empty line
 * is left where a removed block stood alone on its line. */
static void
assert_clean_again (GBytes   *cleaned,
                    gboolean  is_html,
                    gsize     input_blank_lines)
{
  gsize length;
  const char *data = g_bytes_get_data (cleaned, &length);
  g_autofree char *text = g_strndup (data, length);
  g_autoptr(RedaksiDocument) document = document_from (text, is_html);
  g_autoptr(GBytes) twice = clean (document, REDAKSI_CLEAN_FLAGS_NONE);

  assert_bytes_equal (twice, text, length);
  if (is_html)
    g_assert_cmpuint (count_blank_lines (text, length), <=, input_blank_lines);
}

/* Each file of tests/links and its `.expected` twin, byte for byte. */
static void
test_corpus_case (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = links_path (name);
  g_autofree char *expected_path = NULL;
  g_autofree char *expected_file = expected_name (name);
  g_autofree char *expected = NULL;
  g_autofree char *input = NULL;
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(GBytes) cleaned = NULL;
  g_autoptr(GBytes) kept = NULL;
  gsize expected_length, input_length;
  gboolean is_html = g_str_has_suffix (name, ".html");

  expected_path = links_path (expected_file);
  expected = read_file (expected_path, &expected_length);
  input = read_file (path, &input_length);
  document = redaksi_test_load_document (path, is_html);
  cleaned = clean (document, REDAKSI_CLEAN_FLAGS_NONE);
  assert_bytes_equal (cleaned, expected, expected_length);
  assert_clean_again (cleaned, is_html, count_blank_lines (input, input_length));
  kept = clean (document, REDAKSI_CLEAN_FLAGS_KEEP);
  assert_bytes_equal (kept, input, input_length);
  if (is_html)
    assert_ranges_balanced (document);
  if (!is_html)
    {
      gsize fast_length;
      g_autofree char *fast = redaksi_link_cleaner_clean_text (redaksi_link_cleaner_get_default (),
                                                               input, (gssize) input_length,
                                                               &fast_length);

      g_assert_cmpstr (fast, ==, expected);
      g_assert_cmpuint (fast_length, ==, expected_length);
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static void
add_corpus_tests (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "links", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, ".expected.") == NULL &&
        (g_str_has_suffix (name, ".txt") || g_str_has_suffix (name, ".html")))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/redaksi/related-links/corpus/%s",
                                                    (char *) g_ptr_array_index (names, i));

      g_test_add_data_func_full (test_path, g_ptr_array_index (names, i), test_corpus_case, g_free);
    }
}

/* The seed article: its orphan `Baca Juga` line goes, nothing else. */
static void
test_seed (void)
{
  g_autofree char *path = redaksi_test_shared_path ("seed", "bisnis-g20-2023.txt", NULL);
  g_autofree char *input = NULL;
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(GBytes) cleaned = NULL;
  g_autoptr(GString) expected = NULL;
  const char *line;
  gsize length;

  if (path == NULL)
    return;
  input = read_file (path, &length);
  line = strstr (input, "\nBaca Juga\n");
  g_assert_nonnull (line);
  g_assert_null (strstr (line + 1, "\nBaca Juga\n"));
  expected = g_string_new_len (input, line + 1 - input);
  g_string_append (expected, line + strlen ("\nBaca Juga\n"));
  document = redaksi_test_load_document (path, FALSE);
  cleaned = clean (document, REDAKSI_CLEAN_FLAGS_NONE);
  assert_bytes_equal (cleaned, expected->str, expected->len);
}

static void
test_details_text (void)
{
  g_autoptr(RedaksiDocument) document =
    document_from ("Paragraf pertama.\n"
                   "Baca juga: Rupiah Menguat ke Rp15.600 https://bisnis.com/read/1\n"
                   "BACA JUGA\nHarga Bawang Turun Jelang Panen\nhttps://liputan6.com/read/2\n"
                   "Paragraf kedua tetap ada.\n", FALSE);
  g_autoptr(GPtrArray) links = redaksi_link_cleaner_find (redaksi_link_cleaner_get_default (),
                                                          document);
  RedaksiRelatedLink *link;

  g_assert_cmpuint (links->len, ==, 2);
  link = g_ptr_array_index (links, 0);
  g_assert_cmpstr (redaksi_related_link_get_marker (link), ==, "Baca juga");
  g_assert_cmpstr (redaksi_related_link_get_titles (link)[0], ==, "Rupiah Menguat ke Rp15.600");
  g_assert_cmpstr (redaksi_related_link_get_urls (link)[0], ==, "https://bisnis.com/read/1");
  g_assert_cmpuint (redaksi_related_link_get_range (link)->start, ==, 18);
  link = g_ptr_array_index (links, 1);
  g_assert_cmpstr (redaksi_related_link_get_marker (link), ==, "BACA JUGA");
  g_assert_cmpstr (redaksi_related_link_get_titles (link)[0], ==, "Harga Bawang Turun Jelang Panen");
  g_assert_cmpstr (redaksi_related_link_get_urls (link)[0], ==, "https://liputan6.com/read/2");
}

/* For HTML the spans are in the extracted text the tokens index. */
static void
check_html_text_spans (RedaksiDocument *document)
{
  g_autoptr(RedaksiInsertTable) inserts = _redaksi_insert_table_find (document, NULL, NULL);
  const char *text = redaksi_document_get_text (document, NULL);
  const RedaksiTextSpan *span;
  g_autofree char *covered_text = NULL;
  guint n_spans;

  span = _redaksi_insert_table_peek (inserts, &n_spans);
  g_assert_cmpuint (n_spans, ==, 1);
  covered_text = g_strndup (text + span->start, span->end - span->start);
  g_assert_cmpstr (g_strstrip (covered_text), ==, "Lihat Juga :Judul Terkait");
}

static void
test_details_html (void)
{
  g_autoptr(RedaksiDocument) document =
    document_from ("<p>Teks berita.</p><table class=\"linksisip\"><tr><td><strong>Lihat Juga :"
                   "</strong><a href=\"https://cnnindonesia.com/x\">Judul Terkait</a></td></tr>"
                   "</table><p>Lanjutan.</p>", TRUE);
  g_autoptr(GPtrArray) links = redaksi_link_cleaner_find (redaksi_link_cleaner_get_default (),
                                                          document);
  RedaksiRelatedLink *link;
  const RedaksiRange *range;

  g_assert_cmpuint (links->len, ==, 1);
  link = g_ptr_array_index (links, 0);
  range = redaksi_related_link_get_range (link);
  g_assert_cmpuint (range->start, ==, 19);
  g_assert_cmpuint (range->end, ==,
                    strstr (redaksi_document_get_source (document, NULL), "</table>") + 8 -
                    redaksi_document_get_source (document, NULL));
  g_assert_cmpstr (redaksi_related_link_get_marker (link), ==, "Lihat Juga");
  g_assert_cmpstr (redaksi_related_link_get_titles (link)[0], ==, "Judul Terkait");
  g_assert_cmpstr (redaksi_related_link_get_urls (link)[0], ==, "https://cnnindonesia.com/x");
  check_html_text_spans (document);
}

/* The insert table holds the removable inserts and the ambiguous one,
 * each as the text span its result names, sorted and disjoint. */
static void
check_analysis_table (RedaksiReport   *report,
                      RedaksiDocument *document)
{
  g_autoptr(RedaksiInsertTable) inserts = _redaksi_insert_table_find (document, NULL, NULL);
  GPtrArray *links = redaksi_report_get_related_links (report);
  const RedaksiRange *ambiguous = redaksi_issue_get_range (g_ptr_array_index (redaksi_report_get_issues (report), 0));
  const RedaksiTextSpan *spans;
  guint n_spans;

  spans = _redaksi_insert_table_peek (inserts, &n_spans);
  g_assert_cmpuint (n_spans, ==, 3);
  for (guint i = 1; i < n_spans; i++)
    g_assert_cmpuint (spans[i - 1].end, <, spans[i].start);
  for (guint i = 0; i < links->len; i++)
    {
      guint start, end;

      _redaksi_related_link_get_text_span (g_ptr_array_index (links, i), &start, &end);
      g_assert_true (_redaksi_inserts_contain (inserts, start, end));
    }
  g_assert_true (_redaksi_inserts_contain (inserts, ambiguous->start, ambiguous->end));
  g_assert_false (_redaksi_inserts_overlaps (inserts, 0, spans[0].start));
}

static void
test_analysis (void)
{
  g_autofree char *path = links_path ("glued.txt");
  g_autoptr(RedaksiDocument) document = redaksi_test_load_document (path, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiReport) report = NULL;
  g_autofree char *json = NULL;
  GPtrArray *issues;

  report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                     REDAKSI_ANALYSIS_RELATED_LINKS, NULL, NULL, &error);
  g_assert_no_error (error);
  issues = redaksi_report_get_issues (report);
  /* The ambiguous insert, then each removable one, in text order. */
  g_assert_cmpuint (issues->len, ==, 3);
  g_assert_cmpstr (redaksi_issue_get_code (g_ptr_array_index (issues, 0)), ==,
                   "related-link-ambiguous");
  g_assert_cmpstr (redaksi_issue_get_code (g_ptr_array_index (issues, 1)), ==, "related-link-insert");
  g_assert_cmpstr (redaksi_issue_get_code (g_ptr_array_index (issues, 2)), ==, "related-link-insert");
  g_assert_cmpuint (redaksi_report_get_related_links (report)->len, ==, 2);
  json = redaksi_report_to_json_string (report, FALSE);
  g_assert_nonnull (strstr (json, "\"related_links\":[{\"start\":"));
  check_analysis_table (report, document);
}

static void
test_normalize (void)
{
  g_autoptr(RedaksiDocument) text = document_from ("Satu.\nBaca juga: Judul A https://a.id/1\nDua.", FALSE);
  g_autoptr(RedaksiDocument) html =
    document_from ("<html><body><p>Satu.</p><p class=\"baca\">Baca juga: <a href=\"https://a.id/1\">"
                   "Judul &amp; A</a></p></body></html>", TRUE);
  g_autoptr(GBytes) text_out = clean (text, REDAKSI_CLEAN_FLAGS_NORMALIZE);
  g_autoptr(GBytes) html_out = clean (html, REDAKSI_CLEAN_FLAGS_NORMALIZE);
  const char *expected_text = "Satu.\nDua.\n\nBaca juga:\n- Judul A (https://a.id/1)\n";
  const char *expected_html = "<html><body><p>Satu.</p><aside class=\"redaksi-baca-juga\"><p>Baca juga:"
                              "</p><ul><li><a href=\"https://a.id/1\">Judul &amp; A</a></li></ul>"
                              "</aside>\n</body></html>";

  assert_bytes_equal (text_out, expected_text, strlen (expected_text));
  assert_bytes_equal (html_out, expected_html, strlen (expected_html));
}

/* A title or an address with a numeric reference past the last code
 * point, which gumbo decodes into a byte that is no UTF-8 (found by
 * fuzzing): the gathered list holds U+FFFD there and stays UTF-8. */
static void
test_normalize_overflowing_reference (void)
{
  g_autoptr(RedaksiDocument) html =
    document_from ("<html><body><p>Satu.</p><p class=\"baca\">Baca juga: <a href=\"https://a.id/&#8220231130\">"
                   "Banjir di Ta&#8220231130 Barat</a></p></body></html>", TRUE);
  g_autoptr(GBytes) out = clean (html, REDAKSI_CLEAN_FLAGS_NORMALIZE);
  gsize length;
  const char *data = g_bytes_get_data (out, &length);
  const char *expected = "<html><body><p>Satu.</p><aside class=\"redaksi-baca-juga\"><p>Baca juga:"
                         "</p><ul><li><a href=\"https://a.id/\xEF\xBF\xBD\">Banjir di Ta\xEF\xBF\xBD Barat</a>"
                         "</li></ul></aside>\n</body></html>";

  g_assert_true (g_utf8_validate (data, length, NULL));
  assert_bytes_equal (out, expected, strlen (expected));
}

static void
on_cleaned (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GBytes **bytes = user_data;
  g_autoptr(GError) error = NULL;

  *bytes = redaksi_link_cleaner_clean_finish (REDAKSI_LINK_CLEANER (source), result, NULL, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autoptr(RedaksiDocument) document = document_from ("Satu.\nBaca Juga\nDua.\n", FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  redaksi_link_cleaner_clean_async (redaksi_link_cleaner_get_default (), document,
                                    REDAKSI_CLEAN_FLAGS_NONE, NULL, on_cleaned, &bytes);
  while (bytes == NULL)
    g_main_context_iteration (NULL, TRUE);
  assert_bytes_equal (bytes, "Satu.\nDua.\n", 11);
  g_cancellable_cancel (cancellable);
  g_assert_null (redaksi_link_cleaner_clean (redaksi_link_cleaner_get_default (), document, 0,
                                             NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* The recorded blocks of the fixture pages that are not related-article
 * inserts or boxes: topic tags, an artist list, an empty video player and
 * a most-popular photo list whose class merely says "terkait". */
static gboolean
treated_as_insert (const char *klass,
                   const char *id,
                   const char *text)
{
  g_auto(GStrv) classes = g_strsplit (klass, " ", -1);

  if (g_str_equal (id, "content-video-related"))
    return FALSE;
  if (g_strv_contains ((const char * const *) classes, "topik-terkait") ||
      g_strv_contains ((const char * const *) classes, "video-terkait"))
    return FALSE;
  if (g_strv_contains ((const char * const *) classes, "other-related") &&
      g_str_has_prefix (text, "ARTIS TERKAIT"))
    return FALSE;
  return TRUE;
}

static char *
normalized_attribute (const GumboNode *node,
                      const char      *name)
{
  GumboAttribute *attribute = gumbo_get_attribute (&node->v.element.attributes, name);
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  if (attribute == NULL)
    return g_strdup ("");
  words = g_strsplit_set (attribute->value, " \t\n\r\f", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (kept, words[i]);
  g_ptr_array_add (kept, NULL);
  return g_strjoinv (" ", (char **) kept->pdata);
}

static gboolean
node_matches (const GumboNode *node,
              JsonObject      *block)
{
  g_autofree char *klass = NULL;
  g_autofree char *id = NULL;

  if (node->type != GUMBO_NODE_ELEMENT ||
      g_strcmp0 (gumbo_normalized_tagname (node->v.element.tag),
                 json_object_get_string_member (block, "tag")) != 0)
    return FALSE;
  klass = normalized_attribute (node, "class");
  id = normalized_attribute (node, "id");
  return g_str_equal (klass, json_object_get_string_member_with_default (block, "class", "")) &&
         g_str_equal (id, json_object_get_string_member_with_default (block, "id", ""));
}

/* Outermost elements matching @block, in document order. */
static void
collect_matches (const GumboNode *root,
                 JsonObject      *block,
                 GPtrArray       *matches)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, (gpointer) root);
  while (stack->len > 0)
    {
      const GumboNode *node = g_ptr_array_steal_index (stack, stack->len - 1);
      const GumboVector *children;

      if (node_matches (node, block))
        {
          g_ptr_array_add (matches, (gpointer) node);
          continue;
        }
      if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        continue;
      children = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                                   : &node->v.element.children;
      for (guint i = children->length; i > 0; i--)
        g_ptr_array_add (stack, children->data[i - 1]);
    }
}

static gboolean
covered (GPtrArray *links,
         gsize      start,
         gsize      end)
{
  for (guint i = 0; i < links->len; i++)
    {
      const RedaksiRange *range = redaksi_related_link_get_range (g_ptr_array_index (links, i));

      if (range->start <= start && end <= range->end)
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  guint pages;
  guint blocks;
  guint inserts;
  guint found;
  guint kept;
  guint ranges;
  guint extra;
  guint text_markers;
} FixtureCounts;

static void
check_blocks (RedaksiDocument *document,
              JsonObject      *article,
              GPtrArray       *links,
              GArray          *block_spans,
              FixtureCounts   *counts)
{
  JsonArray *blocks = json_object_get_array_member (article, "related_blocks");
  const GumboOutput *output = _redaksi_document_peek_html (document);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < json_array_get_length (blocks); i++)
    {
      JsonObject *block = json_array_get_object_element (blocks, i);
      g_autoptr(GPtrArray) matches = g_ptr_array_new ();
      g_autofree char *key = g_strdup_printf ("%s.%s#%s", json_object_get_string_member (block, "tag"),
                                              json_object_get_string_member_with_default (block, "class", ""),
                                              json_object_get_string_member_with_default (block, "id", ""));
      guint nth = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));
      const GumboElement *element;
      gsize start, end;
      const char *text = json_object_get_string_member (block, "text");

      g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (nth + 1));
      collect_matches (output->document, block, matches);
      g_assert_cmpuint (nth, <, matches->len);
      element = &((const GumboNode *) g_ptr_array_index (matches, nth))->v.element;
      start = element->start_pos.offset;
      end = element->end_pos.offset + element->original_end_tag.length;
      g_array_append_vals (block_spans, (gsize[]) { start, end }, 1);
      counts->blocks++;
      if (!treated_as_insert (json_object_get_string_member_with_default (block, "class", ""),
                              json_object_get_string_member_with_default (block, "id", ""), text))
        {
          counts->kept++;
          g_test_message ("  kept  %s: %s.%s: %.60s", json_object_get_string_member (article, "id"),
                          json_object_get_string_member (block, "tag"),
                          json_object_get_string_member_with_default (block, "class", ""), text);
          continue;
        }
      counts->inserts++;
      if (!covered (links, start, end))
        g_error ("%s: block %s.%s not found", json_object_get_string_member (article, "id"),
                 json_object_get_string_member (block, "tag"),
                 json_object_get_string_member_with_default (block, "class", ""));
      counts->found++;
    }
}

/* Found ranges outside every recorded block, for the record. */
static gboolean
holds_a_block (GArray             *block_spans,
               const RedaksiRange *range)
{
  for (guint i = 0; i < block_spans->len; i++)
    {
      const gsize *span = &g_array_index (block_spans, gsize, i * 2);

      if (range->start < span[1] && span[0] < range->end)
        return TRUE;
    }
  return FALSE;
}

static void
note_extra_ranges (RedaksiDocument *document,
                   JsonObject      *article,
                   GPtrArray       *links,
                   GArray          *block_spans,
                   FixtureCounts   *counts)
{
  const char *source = redaksi_document_get_source (document, NULL);

  for (guint i = 0; i < links->len; i++)
    {
      RedaksiRelatedLink *link = g_ptr_array_index (links, i);
      const RedaksiRange *range = redaksi_related_link_get_range (link);

      counts->ranges++;
      counts->extra += !holds_a_block (block_spans, range);
      g_autofree char *head = g_strndup (source + range->start, MIN (range->end - range->start, 60));

      g_strdelimit (head, "\n\t\r", ' ');
      g_test_message ("  found%s %s [%" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT ") marker \"%s\", "
                      "%u titles: %s", holds_a_block (block_spans, range) ? "" : " (outside the recorded blocks)",
                      json_object_get_string_member (article, "id"),
                      range->start, range->end, redaksi_related_link_get_marker (link),
                      g_strv_length ((GStrv) redaksi_related_link_get_titles (link)),
                      head);
    }
}

/* The cleaned page is the original without the found ranges, exactly. */
static void
check_cleaned (RedaksiDocument *document,
               GPtrArray       *links)
{
  g_autoptr(GBytes) cleaned = clean (document, REDAKSI_CLEAN_FLAGS_NONE);
  g_autoptr(GString) expected = g_string_new (NULL);
  gsize length, copied = 0;
  const char *source = redaksi_document_get_source (document, &length);

  for (guint i = 0; i < links->len; i++)
    {
      const RedaksiRange *range = redaksi_related_link_get_range (g_ptr_array_index (links, i));

      g_assert_cmpuint (range->start, >=, copied);
      g_string_append_len (expected, source + copied, range->start - copied);
      copied = range->end;
    }
  g_string_append_len (expected, source + copied, length - copied);
  assert_bytes_equal (cleaned, expected->str, expected->len);
}

/* The naive body text of a page: every marker it keeps is removed. */
static void
check_body_text (JsonObject    *article,
                 FixtureCounts *counts)
{
  JsonArray *markers = json_object_get_array_member (article, "markers_in_body_text");
  const char *text = json_object_get_string_member (article, "text");
  g_autofree char *cleaned = redaksi_link_cleaner_clean_text (redaksi_link_cleaner_get_default (),
                                                              text, -1, NULL);

  for (guint i = 0; i < json_array_get_length (markers); i++)
    {
      const char *marker = json_array_get_string_element (markers, i);
      g_autofree char *line = g_strdup_printf ("\n%s", marker);

      g_assert_nonnull (strstr (text, line));
      g_assert_null (strstr (cleaned, line));
      counts->text_markers++;
    }
}

static void
check_article (JsonObject    *article,
               FixtureCounts *counts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document =
    redaksi_document_new_from_html (json_object_get_string_member (article, "html"), -1, &error);
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GArray) block_spans = g_array_new (FALSE, FALSE, 2 * sizeof (gsize));

  g_assert_no_error (error);
  links = redaksi_link_cleaner_find (redaksi_link_cleaner_get_default (), document);
  counts->pages++;
  check_blocks (document, article, links, block_spans, counts);
  note_extra_ranges (document, article, links, block_spans, counts);
  check_cleaned (document, links);
  check_body_text (article, counts);
}

static void
test_fixtures (void)
{
  g_autofree char *path = redaksi_test_shared_path ("data", "related-links",
                                                    "anpandu-indonesian-news-scraper-fixtures",
                                                    "articles.jsonl", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  FixtureCounts counts = { 0 };

  if (path == NULL)
    return;
  contents = read_file (path, NULL);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;

      if (*lines[i] == '\0')
        continue;
      json_parser_load_from_data (parser, lines[i], -1, &error);
      g_assert_no_error (error);
      check_article (json_node_get_object (json_parser_get_root (parser)), &counts);
    }
  g_test_message ("pages %u, recorded blocks %u: %u treated as inserts (%u found), %u kept; "
                  "found ranges %u (%u outside the recorded blocks)", counts.pages, counts.blocks,
                  counts.inserts, counts.found, counts.kept, counts.ranges, counts.extra);
  g_test_message ("markers left in the naive body text, all removed by the text cleaner: %u",
                  counts.text_markers);
  g_assert_cmpuint (counts.found, ==, counts.inserts);
}

/* One case of the issue-13 list: the input, the cleaned text written by
 * hand, and how many inserts must be reported as ambiguous. */
typedef struct
{
  const char *name;
  const char *input;
  const char *expected;
  guint       ambiguous;
} CleanCase;

static const CleanCase marker_cases[] = {
  { "yuk-baca-juga-alone",
    "Harga cabai naik lagi pekan ini.\n\nYuk baca juga:\nHarga Bawang Merah Turun Jelang Panen Raya\n\nPedagang mengeluh sepi pembeli.\n",
    "Harga cabai naik lagi pekan ini.\n\nPedagang mengeluh sepi pembeli.\n", 0 },
  { "yuk-baca-juga-glued-title",
    "Harga cabai naik lagi pekan ini.\nYuk Baca Juga:Harga Bawang Merah Turun Jelang Panen Raya\nPedagang mengeluh sepi pembeli.\n",
    "Harga cabai naik lagi pekan ini.\nPedagang mengeluh sepi pembeli.\n", 0 },
  { "yuk-baca-juga-inline",
    "Pedagang mengeluh sepi pembeli. Yuk, baca juga: Harga Bawang Merah Turun Jelang Panen Raya\n",
    "Pedagang mengeluh sepi pembeli.\n", 0 },
  { "yuk-simak-juga",
    "Warga diminta waspada.\nYuk, simak juga: Cara Mengecek Prakiraan Cuaca Lewat Aplikasi BMKG\nHujan turun sejak pagi.\n",
    "Warga diminta waspada.\nHujan turun sejak pagi.\n", 0 },
  { "berita-terkait-lainnya",
    "Warga diminta waspada.\nBerita Terkait Lainnya:\nBanjir Rendam Ratusan Rumah di Kabupaten Bandung\nWaspada Angin Kencang di Pesisir Selatan Jawa\nHujan turun sejak pagi.\n",
    "Warga diminta waspada.\nHujan turun sejak pagi.\n", 0 },
  { "artikel-terkait-same-line",
    "Warga diminta waspada.\nArtikel terkait: Banjir Rendam Ratusan Rumah di Kabupaten Bandung\nHujan turun sejak pagi.\n",
    "Warga diminta waspada.\nHujan turun sejak pagi.\n", 0 },
  { "kumpulan-berita-terkait",
    "Film itu tayang pekan depan.\nKumpulan Berita Terkait:\nSinopsis Film Horor yang Tayang di Bioskop Pekan Ini\nJadwal tayang diumumkan besok.\n",
    "Film itu tayang pekan depan.\nJadwal tayang diumumkan besok.\n", 0 },
  { "tonton-juga-quoted-di-sini",
    "Air laut masuk ke permukiman.\n\nTonton juga \"Momen Banjir Rob Rendam Pesisir Jakarta\" di sini:\n\n[Gambas:Video 20detik]\n\nWarga mengungsi ke masjid.\n",
    "Air laut masuk ke permukiman.\n\nWarga mengungsi ke masjid.\n", 0 },
  { "lihat-juga-video-single-quotes",
    "Tol itu dibuka untuk mudik.\nLihat juga Video 'Jokowi Resmikan Tol Solo-Jogja Seksi Pertama':\n[Gambas:Video 20detik]\nPengendara diminta tertib.\n",
    "Tol itu dibuka untuk mudik.\nPengendara diminta tertib.\n", 0 },
  { "lihat-juga-video-colon",
    "Api padam setelah tiga jam.\nLihat juga video: Detik-detik Kebakaran Gudang di Cakung\nKerugian ditaksir ratusan juta.\n",
    "Api padam setelah tiga jam.\nKerugian ditaksir ratusan juta.\n", 0 },
  { "tribun-bare-baca",
    "Polisi masih memburu pelaku.\nBaca: Polisi Tangkap Dua Pencuri Motor di Natar\nWarga diminta memasang kunci ganda.\n",
    "Polisi masih memburu pelaku.\nWarga diminta memasang kunci ganda.\n", 0 },
  { "baca-juga-single-quoted-title",
    "Warga menolak pungutan itu.\nBaca juga: 'Jangan Ada Pungli di Sekolah Kami'\nKepala sekolah membantah.\n",
    "Warga menolak pungutan itu.\nKepala sekolah membantah.\n", 0 },
  { "paren-baca-angle-url-paragraph-end",
    "Warga mengungsi ke balai desa. (Baca: Banjir Rendam 300 Rumah di Bekasi <http://example.co.id/read/1>)\nHujan turun lagi sore ini.\n",
    "Warga mengungsi ke balai desa.\nHujan turun lagi sore ini.\n", 0 },
  { "paren-baca-juga-url-paragraph-end",
    "Warga mengungsi ke balai desa. (Baca juga: Banjir Rendam 300 Rumah http://example.co.id/read/2)\nHujan turun lagi sore ini.\n",
    "Warga mengungsi ke balai desa.\nHujan turun lagi sore ini.\n", 0 },
  { "glued-number-line",
    "Massa membubarkan diri pukul 18.00.\nBACA JUGA231 Pendemo Diamankan Polisi Usai Ricuh di Depan DPR\nPolisi berjaga hingga malam.\n",
    "Massa membubarkan diri pukul 18.00.\nPolisi berjaga hingga malam.\n", 0 },
  { "glued-number-inline",
    "Massa membubarkan diri pukul 18.00. BACA JUGA231 Pendemo Diamankan Polisi Usai Ricuh di Depan DPR\n",
    "Massa membubarkan diri pukul 18.00.\n", 0 },
  { "inline-after-full-stop-to-line-end",
    "Massa membubarkan diri.BACA JUGA - Polisi Amankan Puluhan Pendemo di Depan DPR\n",
    "Massa membubarkan diri.\n", 0 },
  { "inline-after-full-stop-run-on",
    "Massa membubarkan diri.BACA JUGA - Polisi Amankan Puluhan Pendemo di Depan DPR Polisi kemudian berjaga hingga malam.\n",
    "Massa membubarkan diri.BACA JUGA - Polisi Amankan Puluhan Pendemo di Depan DPR Polisi kemudian berjaga hingga malam.\n", 1 },
  { "inline-two-spaces-before-marker",
    "Purin ada di jeroan.  Baca Juga: 5 Makanan yang Harus Dihindari Penderita Kolesterol!  Akan baik jika dikurangi.\n",
    "Purin ada di jeroan.  Baca Juga: 5 Makanan yang Harus Dihindari Penderita Kolesterol!  Akan baik jika dikurangi.\n", 1 },
  { "marker-line-title-run-on-quote",
    "Baca Juga: Golkar Dukung Gibran di Pilkada 2020 \"Angka tersebut diambil dari empat dimensi,\" kata Didih, Selasa.\n",
    "Baca Juga: Golkar Dukung Gibran di Pilkada 2020 \"Angka tersebut diambil dari empat dimensi,\" kata Didih, Selasa.\n", 1 },
  /* iNews lists each related article with its section and age. */
  { "artikel-terkait-section-and-age",
    "Trump mendengarkan dengan serius.\n\nArtikel Terkait\nInternasional\n6 bulan lalu\n\n"
    "Trump Larang Universitas Harvard Terima Mahasiswa Asing\n\nNasional\n9 jam yang lalu\n\n"
    "Banjir Rendam Ratusan Rumah di Kabupaten Bandung\n\nWarga diminta waspada.\n",
    "Trump mendengarkan dengan serius.\n\nWarga diminta waspada.\n", 0 },
  { "age-line-without-marker-stays",
    "Rapat dimulai pukul 09.00.\n6 bulan lalu\nWarga diminta waspada.\n",
    "Rapat dimulai pukul 09.00.\n6 bulan lalu\nWarga diminta waspada.\n", 0 },
  { "prose-baca-at-line-start",
    "Baca doa ini sebelum tidur agar hati tenang.\nBaca - tulis - hitung diajarkan sejak dini.\n",
    "Baca doa ini sebelum tidur agar hati tenang.\nBaca - tulis - hitung diajarkan sejak dini.\n", 0 },
  { "prose-tonton-juga-quoted-film",
    "Tonton juga \"Pengabdi Setan\" yang tayang malam ini di televisi.\n",
    "Tonton juga \"Pengabdi Setan\" yang tayang malam ini di televisi.\n", 0 },
  { "prose-lihat-juga-video-sentence",
    "Lihat juga video itu bersama keluarga di rumah.\n",
    "Lihat juga video itu bersama keluarga di rumah.\n", 0 },
};

/* Cleaning the cleaned text changes nothing: an insert glued to the one
 * before it goes in the same pass. */
static const CleanCase idempotent_cases[] = {
  { "glued-after-parenthesis",
    "Polisi masih memburu pelaku. (Baca juga: Polisi Tangkap Dua Pencuri Motor)Baca juga: Warga Diminta Waspada Pencurian Motor\n",
    "Polisi masih memburu pelaku.\n", 0 },
};

/* Lines under a marker are titles only with the evidence of a headline. */
static const CleanCase prose_cases[] = {
  { "numbered-item-after-marker",
    "Berikut tips memilih gamis.\n\nBACA JUGA\n1. Gunakan Gamis dengan Detail Rempel\n\nGamis berumbai cocok untuk acara resmi.\n",
    "Berikut tips memilih gamis.\n\n1. Gunakan Gamis dengan Detail Rempel\n\nGamis berumbai cocok untuk acara resmi.\n", 0 },
  { "photo-credit-after-marker",
    "Gorden menambah privasi.\nBaca Juga\nSHUTTERSTOCK/GROUND PICTURE\nPilih warna yang serasi.\n",
    "Gorden menambah privasi.\nSHUTTERSTOCK/GROUND PICTURE\nPilih warna yang serasi.\n", 0 },
  { "name-alone-after-marker",
    "Timnas menang 2-0 atas Vietnam.\nBACA JUGA\nEgy Maulana Vikri\nPemain muda itu mencetak dua gol.\n",
    "Timnas menang 2-0 atas Vietnam.\nEgy Maulana Vikri\nPemain muda itu mencetak dua gol.\n", 1 },
  { "sentence-case-subheading-after-marker",
    "Gorden menambah privasi.\nBaca Juga:\nPilih gorden yang cocok dengan sofa\nWarna netral mudah dipadukan.\n",
    "Gorden menambah privasi.\nPilih gorden yang cocok dengan sofa\nWarna netral mudah dipadukan.\n", 1 },
  { "prose-fragment-after-three-titles",
    "APBN tertekan.\nBaca Juga:\nPerlu Banyak Dana untuk Atasi Corona, Kemenkeu Pangkas Belanja\nPerubahan Postur APBN 2020, Jokowi: Ada Konsekuensi Defisit\nDefisit APBN Rp1.400 Triliun, Ini Cara Pemerintah Mengatasinya\nMenurut Sri Mulyani, kondisi ini\nbelum pernah terjadi sebelumnya.\n",
    "APBN tertekan.\nMenurut Sri Mulyani, kondisi ini\nbelum pernah terjadi sebelumnya.\n", 1 },
};

static guint
count_ambiguous (RedaksiDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiReport) report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                                              REDAKSI_ANALYSIS_RELATED_LINKS, NULL,
                                                              NULL, &error);
  GPtrArray *issues;
  guint n = 0;

  g_assert_no_error (error);
  issues = redaksi_report_get_issues (report);
  for (guint i = 0; i < issues->len; i++)
    n += g_str_equal (redaksi_issue_get_code (g_ptr_array_index (issues, i)), "related-link-ambiguous");
  return n;
}

static void
test_clean_case (gconstpointer data)
{
  const CleanCase *c = data;
  g_autoptr(RedaksiDocument) document = document_from (c->input, FALSE);
  g_autoptr(GBytes) cleaned = clean (document, REDAKSI_CLEAN_FLAGS_NONE);
  g_autoptr(RedaksiDocument) again = NULL;
  g_autoptr(GBytes) twice = NULL;

  assert_bytes_equal (cleaned, c->expected, strlen (c->expected));
  g_assert_cmpuint (count_ambiguous (document), ==, c->ambiguous);
  /* Cleaning the cleaned text changes nothing. */
  again = document_from (c->expected, FALSE);
  twice = clean (again, REDAKSI_CLEAN_FLAGS_NONE);
  assert_bytes_equal (twice, c->expected, strlen (c->expected));
}

static void
add_case_tests (const char      *group,
                const CleanCase *cases,
                guint            n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *path = g_strdup_printf ("/redaksi/related-links/%s/%s", group, cases[i].name);

      g_test_add_data_func (path, &cases[i], test_clean_case);
    }
}

/* This thread's CPU seconds: unlike the wall clock, they do not grow
 * while the thread waits for a core on a busy machine. */
static double
thread_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

/* CPU seconds to clean @text with the fast path, best of three. */
static double
time_clean (const GString *text,
            gsize         *out_length)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < 3; i++)
    {
      double start = thread_seconds ();
      g_autofree char *out = redaksi_link_cleaner_clean_text (redaksi_link_cleaner_get_default (),
                                                              text->str, (gssize) text->len,
                                                              out_length);

      best = MIN (best, thread_seconds () - start);
    }
  return best;
}

static GString *
repeat (const char *unit,
        guint       times)
{
  GString *text = g_string_sized_new (strlen (unit) * times);

  for (guint i = 0; i < times; i++)
    g_string_append (text, unit);
  return text;
}

/* Doubling the input at most about doubles the time: no quadratic step.
 * The floor keeps scheduling noise on a busy machine from deciding; a
 * quadratic step at 100,000 units takes seconds, far above it. Speed
 * itself is measured by the benchmarks. */
static void
assert_linear (const char *unit)
{
  g_autoptr(GString) small = repeat (unit, 50000);
  g_autoptr(GString) large = repeat (unit, 100000);
  gsize length;
  double t_small = time_clean (small, &length);
  double t_large = time_clean (large, &length);

  g_test_message ("%-28s 50k: %.4f s, 100k: %.4f s (%zu bytes)", unit, t_small, t_large, large->len);
  g_assert_cmpfloat (t_large, <, MAX (t_small * 4, 0.25));
}

static void
test_adversarial (void)
{
  assert_linear ("Baca juga: ");
  assert_linear ("(Baca juga: ");
  assert_linear ("kata dia.Baca Juga:Judul\"");
  assert_linear ("x (Baca juga: (");
  assert_linear ("\"Baca juga: ");
  assert_linear (". Simak juga Video ");
  assert_linear ("x. (Baca: ");
  assert_linear ("Yuk, baca juga ");
  assert_linear ("BACA JUGA1");
  assert_linear ("Tonton juga \"");
  assert_linear ("a/B");
}

/* CPU seconds to find the inserts of a page made of @unit @times over
 * (the parsing left out), and how many were found. */
static double
time_scan_html (const char *unit,
                guint       times,
                guint      *n_found)
{
  g_autoptr(GString) page = repeat (unit, times);
  g_autoptr(RedaksiDocument) document = document_from (page->str, TRUE);
  g_autoptr(GArray) inserts = _redaksi_inserts_new ();
  double start = thread_seconds ();

  _redaksi_scan_html (document, inserts);
  *n_found = inserts->len;
  return thread_seconds () - start;
}

/* Eight times the inserts (or quotations) at most about eight times the
 * work: each inline insert is tested against the elements found and the
 * quotations without a walk over all of them. A quadratic step gives
 * sixty-four times, far above the bound and its floor. */
static void
assert_html_scan_linear (const char *unit,
                         guint       inserts_per_unit)
{
  guint n_small, n_large;
  double t_small = time_scan_html (unit, 5000, &n_small);
  double t_large = time_scan_html (unit, 40000, &n_large);

  g_test_message ("%s 5k: %.4f s, 40k: %.4f s", unit, t_small, t_large);
  g_assert_cmpuint (n_small, ==, 5000 * inserts_per_unit);
  g_assert_cmpuint (n_large, ==, 40000 * inserts_per_unit);
  g_assert_cmpfloat (t_large, <, MAX (t_small * 16, 0.25));
}

static void
test_adversarial_html (void)
{
  /* Element inserts, each found again by the text scan. */
  assert_html_scan_linear ("<p>Baca juga: <a href=\"https://a.id/1\">Judul berita</a></p>\n", 1);
  /* Inline inserts next to quotations they are not in. */
  assert_html_scan_linear ("<blockquote>Kata dia.</blockquote>"
                           "<p>Harga naik. Baca juga: Judul berita</p>\n", 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  add_corpus_tests ();
  add_case_tests ("markers", marker_cases, G_N_ELEMENTS (marker_cases));
  add_case_tests ("prose", prose_cases, G_N_ELEMENTS (prose_cases));
  add_case_tests ("idempotent", idempotent_cases, G_N_ELEMENTS (idempotent_cases));
  g_test_add_func ("/redaksi/related-links/seed", test_seed);
  g_test_add_func ("/redaksi/related-links/details-text", test_details_text);
  g_test_add_func ("/redaksi/related-links/details-html", test_details_html);
  g_test_add_func ("/redaksi/related-links/adversarial-html", test_adversarial_html);
  g_test_add_func ("/redaksi/related-links/analysis", test_analysis);
  g_test_add_func ("/redaksi/related-links/normalize", test_normalize);
  g_test_add_func ("/redaksi/related-links/normalize-overflowing-reference", test_normalize_overflowing_reference);
  g_test_add_func ("/redaksi/related-links/async", test_async);
  g_test_add_func ("/redaksi/related-links/adversarial", test_adversarial);
  g_test_add_func ("/redaksi/related-links/fixtures", test_fixtures);
  return g_test_run ();
}
