/* test-report.c: the analyzer, the report and its JSON
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "redaksi-report-private.h"
#include "redaksi-test-util.h"

static RedaksiDocument *
example_document (void)
{
  g_autofree char *path = redaksi_test_example_path ("banjir-bekasi.txt");

  return redaksi_test_load_document (path, FALSE);
}

static JsonObject *
report_object (RedaksiReport *report,
               JsonNode     **node)
{
  *node = redaksi_report_to_json (report);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (*node));
  return json_node_get_object (*node);
}

static void
test_document_member (void)
{
  g_autoptr(RedaksiDocument) document = example_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiReport) report = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root, *summary;

  report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                     REDAKSI_ANALYSIS_ALL, NULL, NULL, &error);
  g_assert_no_error (error);
  root = report_object (report, &node);
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  summary = json_object_get_object_member (root, "document");
  g_assert_cmpint (json_object_get_int_member (summary, "paragraphs"), ==,
                   redaksi_document_get_n_paragraphs (document));
  g_assert_cmpint (json_object_get_int_member (summary, "sentences"), ==,
                   redaksi_document_get_n_sentences (document));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (summary, "dateline"), "text"),
                   ==, "Redaksi.id, BEKASI -");
  g_assert_true (redaksi_report_get_document (report) == document);
}

static void
test_only_requested_members (void)
{
  g_autoptr(RedaksiDocument) document = example_document ();
  g_autoptr(RedaksiReport) report = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root;

  report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                     REDAKSI_ANALYSIS_NONE, NULL, NULL, NULL);
  root = report_object (report, &node);
  g_assert_cmpuint (json_object_get_size (root), ==, 1);
  g_assert_false (redaksi_report_has_errors (report));
  g_assert_cmpuint (redaksi_report_get_issues (report)->len, ==, 0);
}

/* Results of an analysis that was only needed, not requested, stay out
 * of the JSON and the getters. */
static void
test_sections_follow_owners (void)
{
  g_autoptr(RedaksiDocument) document = example_document ();
  g_autoptr(RedaksiReport) report = _redaksi_report_new (document, REDAKSI_ANALYSIS_DOCUMENT);
  RedaksiRange range = { 0, 4, 0, 4, 0, 4 };
  const char *fixes[] = { "ujar", NULL };
  g_autoptr(RedaksiIssue) shown = redaksi_issue_new ("quote-unknown-cue", REDAKSI_SEVERITY_ERROR,
                                                     "Kata penanda kutipan tidak dikenal", &range, fixes);
  g_autoptr(RedaksiIssue) hidden = redaksi_issue_new ("other", REDAKSI_SEVERITY_WARNING,
                                                      "x", &range, NULL);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root, *issue;

  _redaksi_report_set_owner (report, REDAKSI_ANALYSIS_DOCUMENT);
  _redaksi_report_add_result (report, "issues", shown);
  _redaksi_report_set_owner (report, 1 << 10);
  _redaksi_report_add_result (report, "issues", hidden);
  _redaksi_report_add_section (report, "hidden_section");
  _redaksi_report_seal (report);

  g_assert_cmpuint (_redaksi_report_peek_results (report, "issues")->len, ==, 2);
  g_assert_cmpuint (redaksi_report_get_issues (report)->len, ==, 1);
  g_assert_null (_redaksi_report_get_section (report, "hidden_section"));
  g_assert_true (redaksi_report_has_errors (report));

  root = report_object (report, &node);
  g_assert_false (json_object_has_member (root, "hidden_section"));
  issue = json_array_get_object_element (json_object_get_array_member (root, "issues"), 0);
  g_assert_cmpstr (json_object_get_string_member (issue, "code"), ==, "quote-unknown-cue");
  g_assert_cmpstr (json_object_get_string_member (issue, "severity"), ==, "error");
  g_assert_cmpint (json_object_get_int_member (issue, "utf16_end"), ==, 4);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (issue, "replacements"), 0),
                   ==, "ujar");
}

static void
on_analyzed (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  RedaksiReport **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = redaksi_analyzer_analyze_finish (REDAKSI_ANALYZER (source), result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autoptr(RedaksiDocument) document = example_document ();
  g_autoptr(RedaksiReport) report = NULL;

  redaksi_analyzer_analyze_async (redaksi_analyzer_get_default (), document, REDAKSI_ANALYSIS_ALL,
                                  NULL, NULL, on_analyzed, &report);
  while (report == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (redaksi_report_get_analyses (report) & REDAKSI_ANALYSIS_DOCUMENT);
}

static void
test_cancelled (void)
{
  g_autoptr(RedaksiDocument) document = example_document ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiReport) report = NULL;

  g_cancellable_cancel (cancellable);
  report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                     REDAKSI_ANALYSIS_ALL, NULL, cancellable, &error);
  g_assert_null (report);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static gpointer
analyze_in_thread (gpointer data)
{
  g_autoptr(RedaksiReport) report =
    redaksi_analyzer_analyze (redaksi_analyzer_get_default (), data, REDAKSI_ANALYSIS_ALL,
                              NULL, NULL, NULL);

  return redaksi_report_to_json_string (report, FALSE);
}

/* One analyzer and one document, many threads, the same answer. */
static void
test_threads (void)
{
  g_autoptr(RedaksiDocument) document = example_document ();
  GThread *threads[8];
  g_autofree char *expected = analyze_in_thread (document);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("analyze", analyze_in_thread, document);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *json = g_thread_join (threads[i]);

      g_assert_cmpstr (json, ==, expected);
    }
}

/* Each typed accessor gives the objects behind the JSON member of the
 * same name, in the same order. */
static void
assert_section_matches_json (GPtrArray  *results,
                             JsonObject *root,
                             const char *section,
                             GType       type)
{
  JsonArray *array = json_object_get_array_member (root, section);

  g_assert_nonnull (array);
  g_assert_cmpuint (results->len, ==, json_array_get_length (array));
  for (guint i = 0; i < results->len; i++)
    {
      g_autoptr(JsonNode) own = redaksi_result_to_json (results->pdata[i]);

      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (results->pdata[i], type));
      g_assert_true (json_node_equal (own, json_array_get_element (array, i)));
    }
}

static void
test_typed_accessors (void)
{
  g_autoptr(RedaksiDocument) document = example_document ();
  g_autoptr(RedaksiReport) report = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root;

  report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                     REDAKSI_ANALYSIS_ALL, NULL, NULL, NULL);
  root = report_object (report, &node);
  assert_section_matches_json (redaksi_report_get_entities (report), root, "entities", REDAKSI_TYPE_ENTITY);
  assert_section_matches_json (redaksi_report_get_tags (report), root, "tags", REDAKSI_TYPE_TAG);
  assert_section_matches_json (redaksi_report_get_quotes (report), root, "quotes", REDAKSI_TYPE_QUOTE);
  assert_section_matches_json (redaksi_report_get_issues (report), root, "issues", REDAKSI_TYPE_ISSUE);
  assert_section_matches_json (redaksi_report_get_related_links (report), root, "related_links",
                               REDAKSI_TYPE_RELATED_LINK);
  g_assert_cmpuint (redaksi_report_get_entities (report)->len, >, 0);
  g_assert_cmpuint (redaksi_report_get_quotes (report)->len, >, 0);
  g_assert_cmpuint (redaksi_report_get_related_links (report)->len, >, 0);
}

/* The entity tagger needs the related links found first, but a report
 * that asked for entities only has no related links to give. */
static void
test_typed_accessors_only_requested (void)
{
  g_autoptr(RedaksiDocument) document = example_document ();
  g_autoptr(RedaksiReport) report = NULL;

  report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                     REDAKSI_ANALYSIS_ENTITIES, NULL, NULL, NULL);
  g_assert_cmpuint (redaksi_report_get_entities (report)->len, >, 0);
  g_assert_cmpuint (redaksi_report_get_tags (report)->len, >, 0);
  g_assert_cmpuint (redaksi_report_get_quotes (report)->len, ==, 0);
  g_assert_cmpuint (redaksi_report_get_related_links (report)->len, ==, 0);
  g_assert_cmpuint (redaksi_report_get_issues (report)->len, ==, 0);
}

static char *
write_node (JsonNode *node,
            gboolean  pretty)
{
  GString *out = g_string_new (NULL);
  g_autoptr(RedaksiJsonWriter) writer = _redaksi_json_writer_new (out, pretty);

  _redaksi_json_writer_node (writer, node);
  return g_string_free (out, FALSE);
}

static JsonNode *
build_awkward_tree (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  char controls[0x21];
  const double doubles[] = { 0, -0.0, 1, 0.1, 0.35607675906183367, 1.0 / 3, 123456789, 1e-7, 2.5e-5, 1e16 };

  /* Every control character but U+001F, which json-glib leaves unescaped. */
  for (guint i = 1; i < 0x20; i++)
    controls[i - 1] = (char) (i == 0x1f ? ' ' : i);
  controls[0x1f] = 0x7f;
  controls[0x20] = '\0';

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "controls");
  json_builder_add_string_value (builder, controls);
  json_builder_set_member_name (builder, "quotes \"and\" \\ backslash");
  json_builder_add_string_value (builder, "“Kita” ‘siap’ 😀 é \u2028 </script> \"\\\"");
  json_builder_set_member_name (builder, "empty_object");
  json_builder_begin_object (builder);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "empty_array");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "nested");
  json_builder_begin_array (builder);
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_end_object (builder);
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_add_null_value (builder);
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_end_array (builder);
  json_builder_add_int_value (builder, G_MININT64);
  json_builder_add_int_value (builder, G_MAXINT64);
  for (guint i = 0; i < G_N_ELEMENTS (doubles); i++)
    json_builder_add_double_value (builder, doubles[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* The writer lays out any tree as json-glib's generator does. */
static void
test_writer_matches_generator (void)
{
  g_autoptr(JsonNode) tree = build_awkward_tree ();

  for (int pretty = 0; pretty <= 1; pretty++)
    {
      g_autofree char *expected = redaksi_test_json_generate (tree, pretty);
      g_autofree char *written = write_node (tree, pretty);

      g_assert_cmpstr (written, ==, expected);
    }
}

/* Where json-glib 1.6 writes invalid JSON, the writer does not. */
static void
test_writer_stays_valid (void)
{
  GString *out = g_string_new (NULL);
  g_autoptr(RedaksiJsonWriter) writer = _redaksi_json_writer_new (out, FALSE);
  g_autofree char *text = NULL;

  _redaksi_json_writer_begin_array (writer);
  _redaksi_json_writer_string (writer, "a\x1f" "b");
  _redaksi_json_writer_double (writer, 1e21);
  _redaksi_json_writer_double (writer, INFINITY);
  _redaksi_json_writer_double (writer, NAN);
  _redaksi_json_writer_string (writer, NULL);
  _redaksi_json_writer_end_array (writer);
  text = g_string_free (out, FALSE);
  g_assert_cmpstr (text, ==, "[\"a\\u001fb\",1e+21,null,null,null]");
}

static void
assert_text_matches_generator (RedaksiDocument *document)
{
  g_autoptr(RedaksiReport) report =
    redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                              REDAKSI_ANALYSIS_ALL, NULL, NULL, NULL);
  g_autoptr(JsonNode) node = redaksi_report_to_json (report);

  for (int pretty = 0; pretty <= 1; pretty++)
    {
      g_autofree char *expected = redaksi_test_json_generate (node, pretty);
      g_autofree char *written = redaksi_report_to_json_string (report, pretty);

      g_assert_cmpstr (written, ==, expected);
    }
}

/* Every fixture article, text and HTML: the JSON text is what json-glib
 * makes of the report's tree, byte for byte. */
static void
test_json_text_on_fixtures (void)
{
  const char *dirs[] = { "links", "quotes" };
  guint n = 0;

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    {
      g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, dirs[d], NULL);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir_path, name, NULL);
          gboolean html = g_str_has_suffix (name, ".html");
          g_autoptr(RedaksiDocument) document = NULL;

          if (!html && !g_str_has_suffix (name, ".txt"))
            continue;
          document = redaksi_test_load_document (path, html);
          assert_text_matches_generator (document);
          n++;
        }
    }
  g_assert_cmpuint (n, >=, 20);
}

typedef struct
{
  GBytes    *cleaned;
  GPtrArray *removed;
} CleanedAsync;

static void
on_cleaned (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  CleanedAsync *out = user_data;
  g_autoptr(GError) error = NULL;

  out->cleaned = redaksi_link_cleaner_clean_finish (REDAKSI_LINK_CLEANER (source), result,
                                                    &out->removed, &error);
  g_assert_no_error (error);
}

/* clean_finish() gives the same cleaned bytes and removed inserts as the
 * blocking clean(). */
static void
test_clean_async_gives_removed (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "links", "kompas.html", NULL);
  g_autoptr(RedaksiDocument) document = redaksi_test_load_document (path, TRUE);
  RedaksiLinkCleaner *cleaner = redaksi_link_cleaner_get_default ();
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GBytes) cleaned = NULL;
  CleanedAsync async = { NULL, NULL };

  cleaned = redaksi_link_cleaner_clean (cleaner, document, REDAKSI_CLEAN_FLAGS_NONE, &removed,
                                        NULL, NULL);
  redaksi_link_cleaner_clean_async (cleaner, document, REDAKSI_CLEAN_FLAGS_NONE, NULL,
                                    on_cleaned, &async);
  while (async.cleaned == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_bytes_equal (cleaned, async.cleaned));
  g_assert_cmpuint (removed->len, >, 0);
  g_assert_nonnull (async.removed);
  g_assert_cmpuint (async.removed->len, ==, removed->len);
  for (guint i = 0; i < removed->len; i++)
    {
      g_autofree char *sync_json = _redaksi_result_to_text (removed->pdata[i], FALSE);
      g_autofree char *async_json = _redaksi_result_to_text (async.removed->pdata[i], FALSE);

      g_assert_cmpstr (async_json, ==, sync_json);
    }
  g_bytes_unref (async.cleaned);
  g_ptr_array_unref (async.removed);
}

/* About @size bytes of article text: the example article again and
 * again, each copy a paragraph of its own. */
static RedaksiDocument *
large_document (gsize size)
{
  g_autofree char *path = redaksi_test_example_path ("banjir-bekasi.txt");
  g_autofree char *article = NULL;
  g_autoptr(GString) text = g_string_sized_new (size + 4096);
  g_autoptr(GError) error = NULL;
  RedaksiDocument *document;

  g_file_get_contents (path, &article, NULL, &error);
  g_assert_no_error (error);
  while (text->len < size)
    {
      g_string_append (text, article);
      g_string_append_c (text, '\n');
    }
  document = redaksi_document_new_from_text (text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
  return document;
}

/* About @size bytes of news pages: the related-link fixtures, again
 * and again, in one body. */
static RedaksiDocument *
large_html_document (gsize size)
{
  static const char * const pages[] = { "kompas.html", "detik.html", "okezone.html", "tribunsolo.html" };
  g_autoptr(GString) html = g_string_sized_new (size + 65536);
  g_autoptr(GError) error = NULL;
  RedaksiDocument *document;

  g_string_append (html, "<html><body>");
  while (html->len < size)
    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      {
        g_autofree char *path = g_test_build_filename (G_TEST_DIST, "links", pages[i], NULL);
        g_autofree char *page = NULL;

        g_file_get_contents (path, &page, NULL, &error);
        g_assert_no_error (error);
        g_string_append_printf (html, "<div>%s</div>\n", page);
      }
  g_string_append (html, "</body></html>");
  document = redaksi_document_new_from_html (html->str, (gssize) html->len, &error);
  g_assert_no_error (error);
  return document;
}

typedef struct
{
  GError *error;
  gint64  finished;
  gboolean done;
} CancelOutcome;

static void
on_cancelled_analysis (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  CancelOutcome *outcome = user_data;
  g_autoptr(RedaksiReport) report =
    redaksi_analyzer_analyze_finish (REDAKSI_ANALYZER (source), result, &outcome->error);

  outcome->finished = g_get_monotonic_time ();
  outcome->done = TRUE;
}

static gboolean
cancel_now (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

/* A timeout must stop the work, not only the wait: the worker gives up
 * soon after its cancellable fires, whatever analysis it is in. The
 * delays land in the related-link scan, then in the tagger. */
static void
cancel_after (RedaksiDocument *document,
              guint            delay_ms)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  CancelOutcome outcome = { NULL, 0, FALSE };
  gint64 cancelled_at;

  redaksi_analyzer_analyze_async (redaksi_analyzer_get_default (), document, REDAKSI_ANALYSIS_ALL,
                                  NULL, cancellable, on_cancelled_analysis, &outcome);
  g_timeout_add (delay_ms, cancel_now, cancellable);
  while (!g_cancellable_is_cancelled (cancellable))
    g_main_context_iteration (NULL, TRUE);
  cancelled_at = g_get_monotonic_time ();
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&outcome.error);
  g_test_message ("cancelled after %u ms: stopped %" G_GINT64_FORMAT " ms later",
                  delay_ms, (outcome.finished - cancelled_at) / 1000);
  /* A generous bound: a busy machine, a sanitizer build. */
  g_assert_cmpint (outcome.finished - cancelled_at, <, 2 * G_USEC_PER_SEC);
}

static void
test_cancel_midway (void)
{
  static const guint delays_ms[] = { 50, 400, 1200 };
  g_autoptr(RedaksiDocument) document = large_document (20 * 1024 * 1024);
  g_autoptr(RedaksiDocument) html = large_html_document (8 * 1024 * 1024);

  for (guint i = 0; i < G_N_ELEMENTS (delays_ms); i++)
    cancel_after (document, delays_ms[i]);
  cancel_after (html, 50);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/report/document-member", test_document_member);
  g_test_add_func ("/redaksi/report/only-requested", test_only_requested_members);
  g_test_add_func ("/redaksi/report/sections-follow-owners", test_sections_follow_owners);
  g_test_add_func ("/redaksi/report/async", test_async);
  g_test_add_func ("/redaksi/report/cancelled", test_cancelled);
  g_test_add_func ("/redaksi/report/threads", test_threads);
  g_test_add_func ("/redaksi/report/cancel-midway", test_cancel_midway);
  g_test_add_func ("/redaksi/report/typed-accessors", test_typed_accessors);
  g_test_add_func ("/redaksi/report/typed-accessors-only-requested", test_typed_accessors_only_requested);
  g_test_add_func ("/redaksi/report/writer-matches-generator", test_writer_matches_generator);
  g_test_add_func ("/redaksi/report/writer-stays-valid", test_writer_stays_valid);
  g_test_add_func ("/redaksi/report/json-text-on-fixtures", test_json_text_on_fixtures);
  g_test_add_func ("/redaksi/report/clean-async-gives-removed", test_clean_async_gives_removed);

  return g_test_run ();
}
