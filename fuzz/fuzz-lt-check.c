/* fuzz-lt-check.c: the form of a /v2/check request (LanguageTool's API)
 *
 * The input is the application/x-www-form-urlencoded body. It is decoded
 * as lt_form() does for a POST, checked as handle_lt_check() does, and
 * answered by the server's own worker function, answer_lt_check(),
 * which builds LanguageTool's JSON with redaksi-lt.c.
 *
 * A form's `data` is checked as sent. A form's `text` is checked as
 * sent and again as LanguageTool's annotated text (`data`) built from
 * it: each "<…>" and "&…;" becomes markup (paragraph and line tags and
 * two entities with an interpretAs), the rest text parts. Every match in
 * that answer must lie in the annotated text, start and end on a text
 * part, and with no markup at all be the plain answer's match.
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#define FUZZ_LT_CHECK
#include "fuzz-serve-body.c"

/* A part of the annotated text, in its UTF-16 units. */
typedef struct
{
  gsize    start;
  gsize    end;
  gboolean is_text;
} Part;

typedef struct
{
  JsonBuilder *builder;
  GArray      *parts;
  gsize        length;   /* UTF-16 units so far */
} Annotation;

static gsize
utf16_length (const char *text,
              gsize       length)
{
  gsize units = 0;

  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    units += g_utf8_get_char (p) > 0xffff ? 2 : 1;
  return units;
}

static void
add_part (Annotation *annotation,
          const char *text,
          gsize       length,
          gboolean    is_text,
          const char *interpret_as)
{
  g_autofree char *value = g_strndup (text, length);
  Part part = { annotation->length, annotation->length + utf16_length (text, length), is_text };

  if (length == 0)
    return;
  json_builder_begin_object (annotation->builder);
  json_builder_set_member_name (annotation->builder, is_text ? "text" : "markup");
  json_builder_add_string_value (annotation->builder, value);
  if (interpret_as != NULL)
    {
      json_builder_set_member_name (annotation->builder, "interpretAs");
      json_builder_add_string_value (annotation->builder, interpret_as);
    }
  json_builder_end_object (annotation->builder);
  g_array_append_val (annotation->parts, part);
  annotation->length = part.end;
}

/* How the markup at @p, @length bytes, reads: as LanguageTool's HTML
 * clients send it (a paragraph is a blank line, <br> a line end). */
static const char *
interpretation (const char *p,
                gsize       length)
{
  if ((length >= 2 && g_ascii_strncasecmp (p, "<p", 2) == 0)
      || (length >= 4 && g_ascii_strncasecmp (p, "<div", 4) == 0))
    return "\n\n";
  if (length >= 3 && g_ascii_strncasecmp (p, "<br", 3) == 0)
    return "\n";
  if (length == 5 && strncmp (p, "&amp;", 5) == 0)
    return "&";
  if (length == 6 && strncmp (p, "&nbsp;", 6) == 0)
    return " ";
  return NULL;
}

/* The markup starting at @p: "<…>", or "&" and up to 8 letters and ";";
 * 0 when @p starts none. */
static gsize
markup_length (const char *p,
               const char *end)
{
  const char *close;

  if (*p == '<' && (close = memchr (p, '>', end - p)) != NULL)
    return close - p + 1;
  if (*p != '&')
    return 0;
  for (const char *q = p + 1; q < end && q <= p + 9; q++)
    {
      if (*q == ';')
        return q - p + 1;
      if (!g_ascii_isalpha (*q))
        break;
    }
  return 0;
}

/* @text as LanguageTool's `data`; its parts' spans go to @parts. */
static char *
annotated_data (const char *text,
                GArray     *parts,
                gsize      *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  Annotation annotation = { builder, parts, 0 };
  const char *end = text + strlen (text), *run = text, *p = text;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "annotation");
  json_builder_begin_array (builder);
  while (p < end)
    {
      gsize n = markup_length (p, end);

      if (n == 0)
        {
          p++;
          continue;
        }
      add_part (&annotation, run, p - run, TRUE, NULL);
      add_part (&annotation, p, n, FALSE, interpretation (p, n));
      p += n;
      run = p;
    }
  add_part (&annotation, run, end - run, TRUE, NULL);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  *length = annotation.length;
  return redaksi_json_to_string (root);
}

static gboolean
in_text_part (GArray *parts,
              gsize   unit)
{
  for (guint i = 0; i < parts->len; i++)
    {
      const Part *part = &g_array_index (parts, Part, i);

      if (unit >= part->start && unit < part->end)
        return part->is_text;
    }
  return FALSE;
}

static JsonArray *
answer_matches (JsonParser *parser,
                Request    *request)
{
  g_autoptr(GError) error = NULL;

  if (request->status != SOUP_STATUS_OK)
    return NULL;
  json_parser_load_from_data (parser, request->answer, -1, &error);
  g_assert_no_error (error);
  return json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "matches");
}

static void
check_context (JsonObject *match)
{
  JsonObject *context = json_object_get_object_member (match, "context");
  const char *text = json_object_get_string_member (context, "text");
  gint64 offset = json_object_get_int_member (context, "offset");
  gint64 length = json_object_get_int_member (context, "length");

  g_assert_cmpint (offset, >=, 0);
  g_assert_cmpint (length, >=, 0);
  g_assert_cmpuint (offset + length, <=, utf16_length (text, strlen (text)));
}

/* The annotated answer's matches against the parts it was built from,
 * and against the plain answer when there was no markup. */
static void
check_annotated (Request *plain,
                 Request *annotated,
                 GArray  *parts,
                 gsize    length)
{
  g_autoptr(JsonParser) plain_parser = json_parser_new ();
  g_autoptr(JsonParser) annotated_parser = json_parser_new ();
  JsonArray *plain_matches = answer_matches (plain_parser, plain);
  JsonArray *matches = answer_matches (annotated_parser, annotated);
  gboolean markup = FALSE;

  for (guint i = 0; i < parts->len; i++)
    markup |= !g_array_index (parts, Part, i).is_text;
  /* Without markup both read the same text: one is refused only if the
   * other is. */
  if (!markup)
    g_assert_cmpuint (plain->status, ==, annotated->status);
  if (matches == NULL)
    return;
  if (!markup && plain_matches != NULL)
    g_assert_cmpuint (json_array_get_length (matches), ==, json_array_get_length (plain_matches));
  for (guint i = 0; i < json_array_get_length (matches); i++)
    {
      JsonObject *match = json_array_get_object_element (matches, i);
      gint64 offset = json_object_get_int_member (match, "offset");
      gint64 match_length = json_object_get_int_member (match, "length");

      g_assert_cmpint (offset, >=, 0);
      g_assert_cmpint (match_length, >, 0);
      g_assert_cmpuint (offset + match_length, <=, length);
      g_assert_true (in_text_part (parts, offset));
      g_assert_true (in_text_part (parts, offset + match_length - 1));
      check_context (match);
      if (!markup && plain_matches != NULL)
        {
          JsonObject *same = json_array_get_object_element (plain_matches, i);

          g_assert_cmpint (offset, ==, json_object_get_int_member (same, "offset"));
          g_assert_cmpint (match_length, ==, json_object_get_int_member (same, "length"));
        }
    }
}

static Request *
lt_request (GHashTable *form,
            const char *text,
            const char *data)
{
  Request *request = redaksi_fuzz_request_new (find_route ("/v2/check"));

  request->text = g_strdup (text);
  request->data = g_strdup (data);
  request->language = g_strdup (g_hash_table_lookup (form, "language"));
  answer_lt_check (request);
  redaksi_fuzz_check_answer (request);
  return request;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *body = g_strndup ((const char *) data, size);
  g_autoptr(GHashTable) form = NULL;
  g_autoptr(GArray) parts = g_array_new (FALSE, FALSE, sizeof (Part));
  g_autofree char *valid = NULL;
  g_autofree char *annotated = NULL;
  const char *text, *sent_data;
  Request *plain, *with_data;
  gsize length;

  redaksi_fuzz_init ();
  form = soup_form_decode (body);
  g_assert (form != NULL);
  text = g_hash_table_lookup (form, "text");
  sent_data = g_hash_table_lookup (form, "data");
  /* What handle_lt_check() refuses never reaches a worker. */
  if ((text == NULL) == (sent_data == NULL) || !is_indonesian (g_hash_table_lookup (form, "language")))
    return 0;
  if (sent_data != NULL)
    {
      request_free (lt_request (form, NULL, sent_data));
      return 0;
    }
  plain = lt_request (form, text, NULL);
  /* JSON carries UTF-8 only; the plain request has tried the bytes. */
  valid = g_utf8_make_valid (text, -1);
  annotated = annotated_data (valid, parts, &length);
  with_data = lt_request (form, NULL, annotated);
  if (g_str_equal (valid, text))
    check_annotated (plain, with_data, parts, length);
  request_free (plain);
  request_free (with_data);
  return 0;
}
