/* test-serve.c: the LanguageTool answer of `redaksi serve` /v2/check,
 * whose offsets LanguageTool clients read as UTF-16 units
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-report-private.h"
#include "redaksi-server.h"

/* Emoji outside the BMP (two UTF-16 units each) and a ZWJ family before
 * the findings, so byte, code-point and UTF-16 offsets all differ. */
static const char text[] =
  "Pagi ini 😀 warga 👨‍👩‍👧 berkumpul di balai desa. \"Kami siap,\" kata Rina.\n"
  "Hujan 🌧 turun lagi sore harinya.";

static glong
utf16_units (const char *start,
             const char *end)
{
  glong units = 0;
  g_autofree gunichar2 *utf16 = g_utf8_to_utf16 (start, end - start, NULL, &units, NULL);

  g_assert_nonnull (utf16);
  return units;
}

static RedaksiReport *
report_with_issue (RedaksiDocument *document,
                   const char      *needle)
{
  const char *found = strstr (text, needle);
  const char *replacements[] = { "Rini", NULL };
  g_autoptr(RedaksiRange) range = redaksi_document_make_range (document, found - text,
                                                               found - text + strlen (needle));
  g_autoptr(RedaksiIssue) issue = redaksi_issue_new ("quote-no-attribution", REDAKSI_SEVERITY_WARNING,
                                                     "Siapa yang berbicara?", range, replacements);
  RedaksiReport *report = _redaksi_report_new (document, REDAKSI_ANALYSIS_DOCUMENT);

  _redaksi_report_set_owner (report, REDAKSI_ANALYSIS_DOCUMENT);
  _redaksi_report_add_result (report, "issues", issue);
  _redaksi_report_seal (report);
  return report;
}

static JsonObject *
only_match (JsonNode *answer)
{
  JsonArray *matches = json_object_get_array_member (json_node_get_object (answer), "matches");

  g_assert_cmpuint (json_array_get_length (matches), ==, 1);
  return json_array_get_object_element (matches, 0);
}

static void
check_match_at (const char *needle)
{
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, NULL);
  g_autoptr(RedaksiReport) report = report_with_issue (document, needle);
  g_autoptr(JsonNode) answer = redaksi_lt_check_answer (report, "id");
  JsonObject *match = only_match (answer);
  JsonObject *context = json_object_get_object_member (match, "context");
  const char *found = strstr (text, needle);
  const char *snippet = json_object_get_string_member (context, "text");
  const char *in_snippet = strstr (snippet, needle);

  g_assert_cmpint (json_object_get_int_member (match, "offset"), ==, utf16_units (text, found));
  g_assert_cmpint (json_object_get_int_member (match, "length"), ==, utf16_units (needle, needle + strlen (needle)));
  g_assert_nonnull (in_snippet);
  g_assert_cmpint (json_object_get_int_member (context, "offset"), ==, utf16_units (snippet, in_snippet));
  g_assert_cmpint (json_object_get_int_member (context, "length"), ==,
                   json_object_get_int_member (match, "length"));
  g_assert_nonnull (strstr (json_object_get_string_member (match, "sentence"), needle));
}

static void
test_lt_utf16_offsets (void)
{
  check_match_at ("Rina");
  check_match_at ("👨‍👩‍👧");
  check_match_at ("lagi");
}

static void
test_lt_shape (void)
{
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, NULL);
  g_autoptr(RedaksiReport) report = report_with_issue (document, "Rina");
  g_autoptr(JsonNode) answer = redaksi_lt_check_answer (report, "id");
  JsonObject *root = json_node_get_object (answer);
  JsonObject *match = only_match (answer);
  JsonObject *rule = json_object_get_object_member (match, "rule");
  JsonArray *replacements = json_object_get_array_member (match, "replacements");

  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "software"), "name"), ==, "redaksi");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "language"), "code"), ==, "id-ID");
  g_assert_cmpstr (json_object_get_string_member (match, "message"), ==, "Siapa yang berbicara?");
  g_assert_cmpstr (json_object_get_string_member (rule, "id"), ==, "quote-no-attribution");
  g_assert_cmpstr (json_object_get_string_member (rule, "issueType"), ==, "style");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (rule, "category"), "id"), ==,
                   "REDAKSI_QUOTES");
  g_assert_cmpuint (json_array_get_length (replacements), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (replacements, 0), "value"), ==,
                   "Rini");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/redaksi/serve/lt-utf16-offsets", test_lt_utf16_offsets);
  g_test_add_func ("/redaksi/serve/lt-shape", test_lt_shape);
  return g_test_run ();
}
