/* test-results.c: the result objects and their JSON, made cheap, give
 * what the long ways give
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Keys written in one copy, a result's strings held in one block and
 * offsets counted from nearer checkpoints must not change a byte of the
 * output: each is compared here with json-glib's generator, with the
 * strings given, or with GLib's own counting.
 */

#include "config.h"

#include <string.h>

#include "redaksi.h"
#include "redaksi-json-writer-private.h"
#include "redaksi-offsets-private.h"
#include "redaksi-report-private.h"
#include "redaksi-test-util.h"

static const RedaksiJsonKey keys[] = {
  REDAKSI_JSON_KEY ("text"), REDAKSI_JSON_KEY ("start"), REDAKSI_JSON_KEY ("end"),
  REDAKSI_JSON_KEY ("utf16_start"), REDAKSI_JSON_KEY ("salience"), REDAKSI_JSON_KEY (""),
};

/* Strings with the bytes the writer escapes (not U+001F, which
 * json-glib passes raw), at every position within
 * its eight-byte steps, as well as plain runs longer than a step. */
static char *
tricky_string (guint round)
{
  static const char *const stops = "\"\\\n\t\x01\x1e\x7f";
  GString *out = g_string_new (NULL);
  guint length = round % 29;

  for (guint i = 0; i < length; i++)
    g_string_append_c (out, "abcdefghij"[i % 10]);
  if (round % 3 != 0)
    g_string_insert_c (out, (round * 7) % (length + 1), stops[(round / 3) % strlen (stops)]);
  if (round % 5 == 0)
    g_string_append (out, "é“😀");
  return g_string_free (out, FALSE);
}

/* Every kind of key member, first in its object or after another
 * member, compact and pretty, as json-glib lays out the same tree. */
static void
test_keys_match_generator (void)
{
  for (guint round = 0; round < 300; round++)
    for (int pretty = 0; pretty <= 1; pretty++)
      {
        g_autofree char *value = tricky_string (round);
        gint64 ints[] = { round, -(gint64) round * 1000003, G_MAXINT64 - round };
        g_autoptr(JsonBuilder) builder = json_builder_new ();
        g_autoptr(JsonNode) tree = NULL;
        g_autofree char *expected = NULL;
        GString *out = g_string_new (NULL);
        g_autoptr(RedaksiJsonWriter) writer = _redaksi_json_writer_new (out, pretty);
        g_autofree char *written = NULL;
        gboolean lead = round % 2 == 0;

        json_builder_begin_object (builder);
        if (lead)
          {
            json_builder_set_member_name (builder, "lead");
            json_builder_add_null_value (builder);
          }
        json_builder_set_member_name (builder, "text");
        json_builder_add_string_value (builder, value);
        for (guint i = 0; i < G_N_ELEMENTS (ints); i++)
          {
            json_builder_set_member_name (builder, keys[1 + i].name);
            json_builder_add_int_value (builder, ints[i]);
          }
        json_builder_set_member_name (builder, "salience");
        json_builder_add_double_value (builder, 0.25 + round);
        json_builder_set_member_name (builder, "");
        json_builder_add_int_value (builder, -7);
        json_builder_end_object (builder);
        tree = json_builder_get_root (builder);
        expected = redaksi_test_json_generate (tree, pretty);

        _redaksi_json_writer_begin_object (writer);
        if (lead)
          {
            _redaksi_json_writer_member (writer, "lead");
            _redaksi_json_writer_null (writer);
          }
        _redaksi_json_writer_string_key (writer, &keys[0], value);
        _redaksi_json_writer_int_keys (writer, &keys[1], ints, G_N_ELEMENTS (ints));
        _redaksi_json_writer_key (writer, &keys[4]);
        _redaksi_json_writer_double (writer, 0.25 + round);
        _redaksi_json_writer_int_key (writer, &keys[5], -7);
        _redaksi_json_writer_end_object (writer);
        written = g_string_free (g_steal_pointer (&out), FALSE);
        g_assert_cmpstr (written, ==, expected);
      }
}

/* Code points and UTF-16 units of the first @byte bytes, counted the
 * plain way. */
static void
count_plainly (const char *text,
               gsize       byte,
               guint64    *chars,
               guint64    *utf16)
{
  *chars = *utf16 = 0;
  for (const char *p = text; p < text + byte; p = g_utf8_next_char (p))
    {
      *chars += 1;
      *utf16 += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
    }
}

/* Every character boundary of texts of one- to four-byte characters,
 * from shorter than a checkpoint's stride to several strides long. */
static void
test_offsets_match_counting (void)
{
  static const char *const pieces[] = { "a", " ", "é", "“", "😀", "\n" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint round = 0; round < 60; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n = (guint) g_rand_int_range (rand, 0, 12 * REDAKSI_OFFSET_STRIDE / (1 + round % 4));
      RedaksiOffsetIndex index;

      for (guint i = 0; i < n; i++)
        g_string_append (text, pieces[round % 5 == 0 ? 0 : (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      _redaksi_offset_index_init (&index, text->str, text->len);
      for (gsize byte = 0; byte <= text->len; byte = g_utf8_next_char (text->str + byte) - text->str)
        {
          guint64 chars, utf16, expected_chars, expected_utf16;

          _redaksi_offset_index_lookup (&index, byte, &chars, &utf16);
          count_plainly (text->str, byte, &expected_chars, &expected_utf16);
          g_assert_cmpuint (chars, ==, expected_chars);
          g_assert_cmpuint (utf16, ==, expected_utf16);
          if (byte == text->len)
            break;
        }
      _redaksi_offset_index_clear (&index);
    }
}

static RedaksiReport *
analyze_example (RedaksiAnalysisFlags flags)
{
  g_autofree char *path = redaksi_test_example_path ("banjir-bekasi.txt");
  g_autoptr(RedaksiDocument) document = redaksi_test_load_document (path, FALSE);
  g_autoptr(GError) error = NULL;
  RedaksiReport *report;

  report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document, flags, NULL, NULL, &error);
  g_assert_no_error (error);
  return report;
}

/* Each object of @results writes the element of @section in @json. */
static void
assert_objects_write_json (GPtrArray  *results,
                           JsonObject *json,
                           const char *section)
{
  JsonArray *elements = json_object_get_array_member (json, section);

  g_assert_cmpuint (results->len, ==, json_array_get_length (elements));
  g_assert_cmpuint (results->len, >, 0);
  for (guint i = 0; i < results->len; i++)
    {
      g_autofree char *written = _redaksi_result_to_text (g_ptr_array_index (results, i), FALSE);
      g_autofree char *expected = redaksi_test_json_generate (json_array_get_element (elements, i), FALSE);

      g_assert_cmpstr (written, ==, expected);
    }
}

/* An article's mentions and tags are written from plain records: the
 * report holds no object for them until a host asks, and the objects it
 * then makes write the same JSON, in the same order. */
static void
test_records_until_asked (void)
{
  g_autoptr(RedaksiReport) report = analyze_example (REDAKSI_ANALYSIS_ALL);
  g_autofree char *text = redaksi_report_to_json_string (report, FALSE);
  g_autoptr(JsonNode) json = json_from_string (text, NULL);
  g_autofree char *again = NULL;
  GPtrArray *entities;

  g_assert_cmpuint (_redaksi_report_peek_results (report, "entities")->len, ==, 0);
  g_assert_cmpuint (_redaksi_report_peek_results (report, "tags")->len, ==, 0);
  g_assert_cmpuint (_redaksi_report_peek_results (report, "quotes")->len, ==, 0);

  entities = redaksi_report_get_entities (report);
  assert_objects_write_json (entities, json_node_get_object (json), "entities");
  assert_objects_write_json (redaksi_report_get_tags (report), json_node_get_object (json), "tags");
  g_assert_cmpuint (redaksi_report_get_quotes (report)->len, >, 0);
  assert_objects_write_json (redaksi_report_get_quotes (report), json_node_get_object (json), "quotes");
  g_assert_true (redaksi_report_get_quotes (report) == redaksi_report_get_quotes (report));
  /* Made once: the same objects every time. */
  g_assert_true (redaksi_report_get_entities (report) == entities);
  /* And the JSON is the same once they exist. */
  again = redaksi_report_to_json_string (report, FALSE);
  g_assert_cmpstr (again, ==, text);
}

/* Entities needed by another analysis but not asked for stay out of
 * the getters and the JSON. */
static void
test_records_not_requested (void)
{
  g_autoptr(RedaksiReport) report = analyze_example (REDAKSI_ANALYSIS_QUOTES);
  g_autofree char *text = redaksi_report_to_json_string (report, FALSE);

  g_assert_cmpuint (redaksi_report_get_quotes (report)->len, >, 0);
  g_assert_cmpuint (redaksi_report_get_entities (report)->len, ==, 0);
  g_assert_cmpuint (redaksi_report_get_tags (report)->len, ==, 0);
  g_assert_null (strstr (text, "\"entities\""));
}

static gpointer
get_entities_and_tags (gpointer data)
{
  GPtrArray **got = g_new (GPtrArray *, 3);

  got[0] = redaksi_report_get_entities (data);
  got[1] = redaksi_report_get_tags (data);
  got[2] = redaksi_report_get_quotes (data);
  return got;
}

/* Hosts may read one report from several threads: the first of them to
 * ask makes the objects, and every thread gets the same ones. */
static void
test_records_made_once_across_threads (void)
{
  g_autoptr(RedaksiReport) report = analyze_example (REDAKSI_ANALYSIS_ALL);
  GThread *threads[8];
  GPtrArray *first[3] = { NULL, NULL, NULL };

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("reader", get_entities_and_tags, report);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree GPtrArray **got = g_thread_join (threads[i]);

      if (i == 0)
        memcpy (first, got, sizeof first);
      g_assert_true (got[0] == first[0]);
      g_assert_true (got[1] == first[1]);
      g_assert_true (got[2] == first[2]);
    }
  g_assert_true (redaksi_report_get_entities (report) == first[0]);
  g_assert_cmpuint (first[0]->len, >, 0);
  g_assert_cmpuint (first[2]->len, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/results/keys-match-generator", test_keys_match_generator);
  g_test_add_func ("/redaksi/results/offsets-match-counting", test_offsets_match_counting);
  g_test_add_func ("/redaksi/results/records-until-asked", test_records_until_asked);
  g_test_add_func ("/redaksi/results/records-not-requested", test_records_not_requested);
  g_test_add_func ("/redaksi/results/records-made-once-across-threads", test_records_made_once_across_threads);
  return g_test_run ();
}
