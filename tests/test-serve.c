/* test-serve.c: the LanguageTool answer of `redaksi serve` /v2/check,
 * whose offsets LanguageTool clients read as UTF-16 units
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-record.h"
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

/* ------------------------------------------------------------------ */
/* The flat-record reader against json-glib                            */

/* The record as json-glib reads it, written back; NULL when json-glib
 * refuses it or it is no object. */
static char *
json_glib_reading (const char *data,
                   gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data, length, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  return json_to_string (root, FALSE);
}

static char *
object_text (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

/* Whenever the flat reader takes a record, it reads it as json-glib does:
 * the same members, in the same order, with the same values and types. */
static gboolean
check_flat_reading (const char *data,
                    gsize       length)
{
  g_autoptr(JsonObject) flat = _redaksi_record_parse_flat (data, length);
  g_autofree char *expected = json_glib_reading (data, length);
  g_autofree char *got = NULL;

  if (flat == NULL)
    return FALSE;
  got = object_text (flat);
  g_assert_cmpstr (got, ==, expected);
  return TRUE;
}

static void
test_flat_record_cases (void)
{
  static const struct { const char *record; gboolean flat; } cases[] = {
    { "{\"text\": \"Banjir datang. Warga mengungsi.\"}", TRUE },
    { " \r\n{ \"id\" : 42 , \"text\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\" } \n", TRUE },
    { "{\"id\": -7, \"ok\": true, \"no\": false, \"none\": null, \"lang\": \"en\"}", TRUE },
    { "{\"text\": \"caf\\u00e9 \\u00E9 \\u20ac \\uffff \\u0001\"}", TRUE },
    { "{\"text\": \"Ma’ruf 😀 \\\\u0000 stays text\"}", TRUE },
    { "{}", TRUE },
    { "{\"id\": 0, \"n\": 999999999999999999}", TRUE },
    /* json-glib's to read, or to refuse */
    { "{\"text\": \"x\\u0000y\"}", FALSE },
    { "{\"text\": \"\\ud83d\\ude00\"}", FALSE },
    { "{\"text\": \"\\ud83d\"}", FALSE },
    { "{\"id\": 1.5}", FALSE },
    { "{\"id\": 1e3}", FALSE },
    { "{\"id\": 007}", FALSE },
    { "{\"id\": -0}", FALSE },
    { "{\"id\": 1234567890123456789}", FALSE },
    { "{\"id\": [1]}", FALSE },
    { "{\"id\": {\"a\": 1}}", FALSE },
    { "{\"id\": 1, \"id\": 2}", FALSE },
    { "{\"\": 1}", FALSE },
    { "{\"a\\u0000b\": 1}", FALSE },
    { "{\"text\": \"raw\ttab\"}", FALSE },
    { "{\"text\": \"a\\qb\"}", FALSE },
    { "{\"text\": \"a\\u12\"}", FALSE },
    { "{\"id\": 1,}", FALSE },
    { "{\"id\": nullx}", FALSE },
    { "{\"id\": 12abc}", FALSE },
    { "{\"id\": 1} x", FALSE },
    { "{\"id\": 1}{}", FALSE },
    { "/* c */ {\"id\": 1}", FALSE },
    { "{'id': 1}", FALSE },
    { "{id: 1}", FALSE },
    { "[{\"id\": 1}]", FALSE },
    { "\"text\"", FALSE },
    { "", FALSE },
    { "{\"text\": \"unterminated", FALSE },
    { "{\"text\" \"no colon\"}", FALSE },
    { "{\"text\":}", FALSE },
    { "\f{\"id\": 1}", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].record);
      g_assert_cmpint (check_flat_reading (cases[i].record, strlen (cases[i].record)), ==, cases[i].flat);
    }
}

/* A character of a record's string, written one of the ways JSON allows. */
static void
append_escaped (GString  *out,
                gunichar  c,
                GRand    *rand)
{
  static const char shorts[] = "\"\\/\b\f\n\r\t";
  static const char *const escapes[] = { "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t" };
  const char *short_at = c != 0 ? strchr (shorts, (char) c) : NULL;
  guint way = g_rand_int_range (rand, 0, 3);

  if (c < 0x80 && short_at != NULL && (way != 0 || c == '"' || c == '\\' || c < 0x20))
    g_string_append (out, escapes[short_at - shorts]);
  else if (c > 0xffff && way == 0)
    g_string_append_printf (out, "\\u%04x\\u%04x", 0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
  else if (c <= 0xffff && (way == 0 || c < 0x20 || c == '"' || c == '\\'))
    g_string_append_printf (out, way == 1 ? "\\u%04X" : "\\u%04x", c);
  else
    g_string_append_unichar (out, c);
}

static gunichar
random_character (GRand *rand)
{
  static const gunichar some[] = { '"', '\\', '/', '\b', '\f', '\n', '\r', '\t', 0x01, 0x1f, ' ', 'a', 'Z',
                                   0xe9, 0x2019, 0x20ac, 0xfeff, 0xffff, 0x1f600, 0x10ffff, 0 };
  gunichar c;

  if (g_rand_boolean (rand))
    return some[g_rand_int_range (rand, 0, G_N_ELEMENTS (some))];
  do
    c = g_rand_int_range (rand, 1, 0x110000);
  while (c >= 0xd800 && c <= 0xdfff);
  return c;
}

static void
append_random_string (GString *out,
                      GRand   *rand)
{
  guint length = g_rand_int_range (rand, 0, 12);

  g_string_append_c (out, '"');
  for (guint i = 0; i < length; i++)
    append_escaped (out, random_character (rand), rand);
  g_string_append_c (out, '"');
}

static void
append_random_value (GString *out,
                     GRand   *rand)
{
  static const char *const others[] = { "true", "false", "null", "0", "-1", "42", "-999999999999999999",
                                        "1.5", "[]", "{}", "1e2" };

  if (g_rand_int_range (rand, 0, 3) != 0)
    append_random_string (out, rand);
  else
    g_string_append (out, others[g_rand_int_range (rand, 0, G_N_ELEMENTS (others))]);
}

static void
append_blanks (GString *out,
               GRand   *rand)
{
  static const char *const blanks[] = { "", "", " ", "\n", "\r\n", "\t ", "  " };

  g_string_append (out, blanks[g_rand_int_range (rand, 0, G_N_ELEMENTS (blanks))]);
}

static char *
random_record (GRand *rand)
{
  GString *out = g_string_new (NULL);
  guint members = g_rand_int_range (rand, 0, 5);

  append_blanks (out, rand);
  g_string_append_c (out, '{');
  for (guint i = 0; i < members; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_blanks (out, rand);
      append_random_string (out, rand);
      append_blanks (out, rand);
      g_string_append_c (out, ':');
      append_blanks (out, rand);
      append_random_value (out, rand);
      append_blanks (out, rand);
    }
  g_string_append_c (out, '}');
  append_blanks (out, rand);
  return g_string_free (out, FALSE);
}

/* Random records of every kind of character and escape: each one the
 * flat reader takes is read as json-glib reads it, and it takes most. */
static void
test_flat_record_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  guint taken = 0, records = 20000;

  for (guint i = 0; i < records; i++)
    {
      g_autofree char *record = random_record (rand);

      if (g_test_verbose ())
        g_test_message ("%s", record);
      taken += check_flat_reading (record, strlen (record));
    }
  g_test_message ("flat reader took %u of %u records", taken, records);
  g_assert_cmpuint (taken, >, records / 10);
}

/* The records redaksi serve and batch see most: json.dumps of an article. */
static void
test_flat_record_articles (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *record = NULL;
  RedaksiRecordError error = { NULL, NULL, NULL };
  g_autoptr(JsonObject) parsed = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, "artikel-1");
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  record = json_to_string (root, FALSE);
  g_assert_true (check_flat_reading (record, strlen (record)));
  parsed = redaksi_record_parse (record, strlen (record), &error);
  g_assert_nonnull (parsed);
  g_assert_cmpstr (json_object_get_string_member (parsed, "text"), ==, text);
}

/* The input's own members go into a batch record as json-glib writes
 * them, whichever writes them: every kind of JSON value as the id. */
static void
test_record_input_members (void)
{
  const char *values[] = {
    "0", "12", "-7", "9223372036854775807", "-9223372036854775808", "true", "false", "null",
    "1.5", "-0.0", "1e300", "\"artikel-1\"", "\"a\\u0000b \\u00e9 \\ud83d\\ude00\"", "[]",
    "[1,\"x\",null,{\"k\":[true]}]", "{}", "{\"k\":2,\"l\":\"\\n\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *line = g_strdup_printf ("{\"id\": %s, \"text\": \"Banjir.\"}", values[i]);
      RedaksiRecordError error = { NULL, NULL, NULL };
      g_autoptr(JsonObject) input = redaksi_record_parse (line, strlen (line), &error);
      g_autofree char *id = NULL, *expected = NULL, *output = NULL;

      g_assert_nonnull (input);
      id = json_to_string (json_object_get_member (input, "id"), FALSE);
      expected = g_strdup_printf ("{\"id\":%s,\"text\":\"Banjir.\",", id);
      output = redaksi_record_analyze (redaksi_analyzer_get_default (), input, REDAKSI_ANALYSIS_DOCUMENT,
                                       TRUE, NULL, &error);
      g_assert_nonnull (output);
      g_assert_true (g_str_has_prefix (output, expected));
    }
}

/* json-glib reads 1e999 as infinity and would write it as `inf.0`: such
 * a record is an invalid-json error, whose line is JSON and keeps the id
 * when the id itself is a number that can be written. */
static void
test_record_number_out_of_range (void)
{
  const struct { const char *line; const char *id; } cases[] = {
    { "{\"id\": 1e999, \"text\": \"Banjir.\"}", "null" },
    { "{\"id\": -11e9997, \"text\": \"Banjir.\"}", "null" },
    { "{\"id\": 7, \"meta\": {\"skor\": [1, 1e999]}, \"text\": \"Banjir.\"}", "7" },
    { "{\"id\": \"a-1\", \"skor\": 1e400, \"text\": \"Banjir.\"}", "\"a-1\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *line = cases[i].line;
      RedaksiRecordError error = { NULL, NULL, NULL };
      g_autoptr(JsonObject) input = redaksi_record_parse (line, strlen (line), &error);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) parse_error = NULL;
      g_autofree char *output = NULL, *id = NULL;
      gboolean failed = FALSE;
      JsonObject *record;

      g_assert_null (input);
      g_assert_cmpstr (error.code, ==, REDAKSI_RECORD_INVALID_JSON);
      redaksi_record_error_clear (&error);
      output = redaksi_record_process_line (redaksi_analyzer_get_default (), line, strlen (line),
                                            REDAKSI_ANALYSIS_DOCUMENT, &failed);
      g_assert_true (failed);
      json_parser_load_from_data (parser, output, -1, &parse_error);
      g_assert_no_error (parse_error);
      record = json_node_get_object (json_parser_get_root (parser));
      id = json_to_string (json_object_get_member (record, "id"), FALSE);
      g_assert_cmpstr (id, ==, cases[i].id);
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (record, "error"), "code"),
                       ==, REDAKSI_RECORD_INVALID_JSON);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/redaksi/serve/lt-utf16-offsets", test_lt_utf16_offsets);
  g_test_add_func ("/redaksi/serve/lt-shape", test_lt_shape);
  g_test_add_func ("/redaksi/serve/flat-record-cases", test_flat_record_cases);
  g_test_add_func ("/redaksi/serve/flat-record-random", test_flat_record_random);
  g_test_add_func ("/redaksi/serve/flat-record-articles", test_flat_record_articles);
  g_test_add_func ("/redaksi/serve/record-input-members", test_record_input_members);
  g_test_add_func ("/redaksi/serve/record-number-out-of-range", test_record_number_out_of_range);
  return g_test_run ();
}
