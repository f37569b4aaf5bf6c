/* test-tagbig.c: the cheap paths of a long document's tagging give what
 * the long ways give
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * `redaksi tag --json` on a long document writes thousands of entities
 * in pretty text; their keys and ranges are written in one piece of
 * room each, without the member writer's calls. These tests compare
 * that text with json-glib's pretty layout.
 */

#include "config.h"

#include <string.h>

#include "redaksi.h"
#include "redaksi-json-writer-private.h"
#include "redaksi-test-util.h"

static const RedaksiJsonKey text_key = REDAKSI_JSON_KEY ("text");
static const RedaksiJsonKey range_keys[] = {
  REDAKSI_JSON_KEY ("start"), REDAKSI_JSON_KEY ("end"),
  REDAKSI_JSON_KEY ("char_start"), REDAKSI_JSON_KEY ("char_end"),
  REDAKSI_JSON_KEY ("utf16_start"), REDAKSI_JSON_KEY ("utf16_end"),
};

/* One object at @depth (inside objects holding "in"): its keys first
 * or after a member, its ranges' numbers of every sign and length. */
static void
build_nested (JsonBuilder  *builder,
              guint         depth,
              gboolean      text_first,
              const gint64 *values)
{
  for (guint d = 0; d < depth; d++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "in");
    }
  json_builder_begin_object (builder);
  if (text_first)
    {
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, "Kota Bekasi");
    }
  for (guint i = 0; i < G_N_ELEMENTS (range_keys); i++)
    {
      json_builder_set_member_name (builder, range_keys[i].name);
      json_builder_add_int_value (builder, values[i]);
    }
  json_builder_set_member_name (builder, "id");
  json_builder_add_null_value (builder);
  json_builder_end_object (builder);
  for (guint d = 0; d < depth; d++)
    json_builder_end_object (builder);
}

static char *
write_nested (gboolean      pretty,
              guint         depth,
              gboolean      text_first,
              const gint64 *values)
{
  static const RedaksiJsonKey in_key = REDAKSI_JSON_KEY ("in");
  static const RedaksiJsonKey id_key = REDAKSI_JSON_KEY ("id");
  GString *out = g_string_new (NULL);
  g_autoptr(RedaksiJsonWriter) writer = _redaksi_json_writer_new (out, pretty);

  for (guint d = 0; d < depth; d++)
    {
      _redaksi_json_writer_begin_object (writer);
      _redaksi_json_writer_key (writer, &in_key);
    }
  _redaksi_json_writer_begin_object (writer);
  if (text_first)
    _redaksi_json_writer_string_key (writer, &text_key, "Kota Bekasi");
  _redaksi_json_writer_int_keys (writer, range_keys, values, G_N_ELEMENTS (range_keys));
  _redaksi_json_writer_string_key (writer, &id_key, NULL);
  _redaksi_json_writer_end_object (writer);
  for (guint d = 0; d < depth; d++)
    _redaksi_json_writer_end_object (writer);
  return g_string_free (out, FALSE);
}

/* Keys and ranges as the entity and range records write them, at depths
 * past the indent's first room, compact and pretty. */
static void
test_keys_match_generator (void)
{
  static const gint64 values[][6] = {
    { 0, 9, 10, 99, 100, 12345 },
    { -1, G_MININT64, G_MAXINT64, 1000000, -99, 7 },
  };

  for (guint depth = 0; depth < 40; depth++)
    for (guint v = 0; v < G_N_ELEMENTS (values); v++)
      for (int text_first = 0; text_first <= 1; text_first++)
        for (int pretty = 0; pretty <= 1; pretty++)
          {
            g_autoptr(JsonBuilder) builder = json_builder_new ();
            g_autoptr(JsonNode) tree = NULL;
            g_autofree char *expected = NULL;
            g_autofree char *written = NULL;

            build_nested (builder, depth, text_first, values[v]);
            tree = json_builder_get_root (builder);
            expected = redaksi_test_json_generate (tree, pretty);
            written = write_nested (pretty, depth, text_first, values[v]);
            g_assert_cmpstr (written, ==, expected);
          }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/redaksi/tagbig/keys-match-generator", test_keys_match_generator);
  return g_test_run ();
}
