/* test-report.c: the analyzer, the report and its JSON
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

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

  return g_test_run ();
}
