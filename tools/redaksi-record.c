/* redaksi-record.c: one JSON record in, one JSON result out, for
 * `redaksi batch` and `redaksi serve` alike
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "redaksi-record.h"

/* Operation names and the analyses behind them, by the flag's nick, so an
 * analysis becomes an operation as soon as its module is in the library
 * and is refused, not silently skipped, before. NULL nick: all analyses. */
typedef struct
{
  const char *name;
  const char *nick;
} RedaksiOp;

static const RedaksiOp ops[] = {
  { "check",    NULL },
  { "document", "document" },
  { "tag",      "entities" },
  { "quotes",   "quotes" },
  { "clean",    "related-links" },
};

/* The flag behind a nick, or NONE when this build has no such analysis. */
static RedaksiAnalysisFlags
flag_for_nick (const char *nick)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (REDAKSI_TYPE_ANALYSIS_FLAGS);
  GFlagsValue *value = g_flags_get_value_by_nick (klass, nick);

  if (value == NULL)
    return REDAKSI_ANALYSIS_NONE;
  return value->value & redaksi_analyzer_get_available (redaksi_analyzer_get_default ());
}

RedaksiAnalysisFlags
redaksi_ops_all (void)
{
  return REDAKSI_ANALYSIS_ALL & redaksi_analyzer_get_available (redaksi_analyzer_get_default ());
}

static RedaksiAnalysisFlags
op_flags (const RedaksiOp *op)
{
  return op->nick == NULL ? redaksi_ops_all () : flag_for_nick (op->nick);
}

gboolean
redaksi_ops_resolve (const char            *name,
                     RedaksiAnalysisFlags  *flags,
                     GError               **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (ops); i++)
    if (g_str_equal (ops[i].name, name))
      {
        *flags = op_flags (&ops[i]);
        if (*flags != REDAKSI_ANALYSIS_NONE)
          return TRUE;
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     _("the “%s” analysis is not in this build of redaksi"), name);
        return FALSE;
      }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("unknown operation “%s” (known: check, document, tag, quotes, clean)"), name);
  return FALSE;
}

gboolean
redaksi_ops_parse (const char            *list,
                   RedaksiAnalysisFlags  *flags,
                   GError               **error)
{
  g_auto(GStrv) names = g_strsplit (list, ",", -1);

  *flags = REDAKSI_ANALYSIS_NONE;
  for (guint i = 0; names[i] != NULL; i++)
    {
      RedaksiAnalysisFlags one;

      if (!redaksi_ops_resolve (g_strstrip (names[i]), &one, error))
        return FALSE;
      *flags |= one;
    }
  if (*flags == REDAKSI_ANALYSIS_NONE)
    return redaksi_ops_resolve ("", flags, error);
  return TRUE;
}

/**
 * redaksi_ops_available_names:
 *
 * Returns: the operations this build can run, for `/v1/health`
 */
GStrv
redaksi_ops_available_names (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (ops); i++)
    if (op_flags (&ops[i]) != REDAKSI_ANALYSIS_NONE)
      g_strv_builder_add (builder, ops[i].name);
  return g_strv_builder_end (builder);
}

void
redaksi_record_error_clear (RedaksiRecordError *error)
{
  error->code = NULL;
  g_clear_pointer (&error->message, g_free);
  g_clear_pointer (&error->id, json_node_unref);
}

static void
set_record_error (RedaksiRecordError *error,
                  const char         *code,
                  char               *message)
{
  g_assert (error->code == NULL);
  error->code = code;
  error->message = message;
}

JsonNode *
redaksi_record_error_to_json (JsonNode   *id,
                              const char *code,
                              const char *message)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  /* json-glib quotes the offending bytes of a broken record in its
   * message, cut mid-character or as a lone surrogate: the answer must
   * stay valid JSON all the same. */
  g_autofree char *valid_message = g_utf8_make_valid (message, -1);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  if (id != NULL)
    json_builder_add_value (builder, json_node_copy (id));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "error");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, code);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, valid_message);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

char *
redaksi_json_to_string (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  return json_generator_to_data (generator, NULL);
}

/* The id of a record whose text has bad UTF-8, so the error record still
 * names it: the record parsed with the bad bytes replaced. */
static JsonNode *
salvage_id (const char *data,
            gsize       length)
{
  g_autofree char *valid = g_utf8_make_valid (data, length);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, valid, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  return json_object_dup_member (json_node_get_object (root), "id");
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* The members that carry an article; a NUL in any other member (an id,
 * a rubric) cannot cut the analysed text. */
static const char * const article_members[] = { "text", "html", "source" };

/* Whether the decoded record can hold @c: as a raw byte or as a \u00XX
 * escape (counted even when the escape is itself escaped). */
static gboolean
record_may_hold (const char *data,
                 gsize       length,
                 guchar      c)
{
  const char *p = data, *end = data + length;

  if (memchr (data, c, length) != NULL)
    return TRUE;
  while ((p = g_strstr_len (p, end - p, "\\u00")) != NULL && end - p >= 6)
    {
      if (g_ascii_xdigit_value (p[4]) == c >> 4 && g_ascii_xdigit_value (p[5]) == (c & 0xf))
        return TRUE;
      p += 4;
    }
  return FALSE;
}

/* A control character the record cannot hold, to stand in for U+0000;
 * one byte long like the NUL, so offsets stay as they are. The short
 * escapes (\b \t \n \f \r) are left out. */
static guchar
pick_stand_in (const char *data,
               gsize       length)
{
  for (guchar c = 0x01; c < 0x20; c++)
    if ((c < 0x08 || c == 0x0b || c > 0x0d) && !record_may_hold (data, length, c))
      return c;
  return 0;
}

/* The record with every \u0000 escape (one whose backslash is not itself
 * escaped) turned into the escape of @stand_in; NULL when it has none. */
static char *
replace_nul_escapes (const char *data,
                     gsize       length,
                     guchar      stand_in)
{
  g_autofree char *copy = g_memdup2 (data, length);
  const char *end = data + length;
  gboolean found = FALSE;

  for (const char *p = data; (p = g_strstr_len (p, end - p, "\\u0000")) != NULL; p += 6)
    {
      gsize backslashes = 0;

      while (p - backslashes > data && p[-(gssize) backslashes - 1] == '\\')
        backslashes++;
      if (backslashes % 2 != 0)
        continue;
      copy[p - data + 4] = "0123456789abcdef"[stand_in >> 4];
      copy[p - data + 5] = "0123456789abcdef"[stand_in & 0xf];
      found = TRUE;
    }
  return found ? g_steal_pointer (&copy) : NULL;
}

/* json-glib hands strings out NUL-terminated, so a \u0000 escape would
 * cut the article there and the rest would go unchecked, or be lost from
 * a cleaned record. The record is parsed again by json-glib (comments,
 * quoting and all) with a stand-in for the NUL, which then shows where
 * the NUL was. */
static gboolean
check_embedded_nul (const char         *data,
                    gsize               length,
                    RedaksiRecordError *error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *copy = NULL;
  guchar stand_in;
  JsonNode *root;

  if (g_strstr_len (data, length, "\\u0000") == NULL)
    return TRUE;
  stand_in = pick_stand_in (data, length);
  if ((copy = replace_nul_escapes (data, length, stand_in != 0 ? stand_in : 1)) == NULL)
    return TRUE;
  if (stand_in == 0)
    {
      set_record_error (error, REDAKSI_RECORD_EMBEDDED_NUL,
                        g_strdup (_("the record holds a NUL character (\\u0000)")));
      return FALSE;
    }
  if (!json_parser_load_from_data (parser, copy, length, NULL)
      || (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (article_members); i++)
    {
      const char *text = string_member (json_node_get_object (root), article_members[i]);
      const char *nul = text != NULL ? strchr (text, stand_in) : NULL;
      g_autofree char *offset = NULL;

      if (nul == NULL)
        continue;
      offset = g_strdup_printf ("%" G_GSIZE_FORMAT, (gsize) (nul - text));
      set_record_error (error, REDAKSI_RECORD_EMBEDDED_NUL,
                        g_strdup_printf (_("“%s”: NUL byte at byte %s"), article_members[i], offset));
      return FALSE;
    }
  return TRUE;
}

/* json-glib parses nested arrays and objects by recursion: a record of a
 * million '[' would overflow the stack. Records are shallow; refuse deep
 * ones before parsing. Returns the offset of the bracket that went too
 * deep, or -1. */
#define MAX_RECORD_DEPTH 512

static gssize
too_deep_at (const char *data,
             gsize       length)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if ((c == '[' || c == '{') && ++depth > MAX_RECORD_DEPTH)
        return (gssize) i;
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return -1;
}

/* What every member name (when asked) and every value of a node must
 * pass to be written back out as JSON. */
typedef struct
{
  gboolean (*name)  (const char *name);
  gboolean (*value) (JsonNode *value);
} NodeCheck;

static gboolean
node_passes (JsonNode        *node,
             const NodeCheck *check)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &name, &member))
          if ((check->name != NULL && !check->name (name)) || !node_passes (member, check))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          if (!node_passes (json_array_get_element (array, i), check))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_VALUE:
      return check->value (node);
    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

static gboolean
name_is_valid_utf8 (const char *name)
{
  return g_utf8_validate (name, -1, NULL);
}

static gboolean
value_is_valid_utf8 (JsonNode *value)
{
  return json_node_get_value_type (value) != G_TYPE_STRING
         || g_utf8_validate (json_node_get_string (value), -1, NULL);
}

/* json-glib reads 1e999 as infinity and would write it back as `inf.0`,
 * which is no JSON. */
static gboolean
value_is_finite (JsonNode *value)
{
  return json_node_get_value_type (value) != G_TYPE_DOUBLE || isfinite (json_node_get_double (value));
}

/* A \u escape of a lone surrogate parses into bytes that are no UTF-8;
 * written back out they would make the output line invalid JSON. */
static gboolean
node_is_valid_utf8 (JsonNode *node)
{
  static const NodeCheck valid_utf8 = { name_is_valid_utf8, value_is_valid_utf8 };

  return node_passes (node, &valid_utf8);
}

static gboolean
node_numbers_are_finite (JsonNode *node)
{
  static const NodeCheck finite = { NULL, value_is_finite };

  return node_passes (node, &finite);
}

/* The fast way in for the records nearly every client sends: one flat
 * object whose members are strings, small integers, true, false or null.
 * json-glib's parser costs about 60 instructions a byte, most of a
 * request's cost outside the analysis; this reads the same records in a
 * few a byte. Anything else (nesting, other numbers, comments, a repeated
 * or empty name, a \u escape of a surrogate or of U+0000, a raw control
 * character) returns NULL and takes json-glib's way, so every record
 * gives the object, and every broken one the error, it gave before.
 * @data is valid UTF-8 (checked before). */
typedef struct
{
  const char *p;
  const char *end;
} FlatReader;

static void
flat_skip_blanks (FlatReader *reader)
{
  while (reader->p < reader->end
         && (*reader->p == ' ' || *reader->p == '\n' || *reader->p == '\r' || *reader->p == '\t'))
    reader->p++;
}

static gboolean
flat_take (FlatReader *reader,
           char        c)
{
  flat_skip_blanks (reader);
  if (reader->p >= reader->end || *reader->p != c)
    return FALSE;
  reader->p++;
  return TRUE;
}

/* A \uXXXX escape at @p (after the backslash and the u): its character,
 * or 0 when it is no plain one. */
static gunichar
flat_unicode_escape (const char *p,
                     const char *end)
{
  gunichar c = 0;

  if (end - p < 4)
    return 0;
  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return 0;
      c = c << 4 | (gunichar) digit;
    }
  return c >= 0xd800 && c <= 0xdfff ? 0 : c;
}

/* Appends the escape at reader->p (after the backslash) to @out. */
static gboolean
flat_escape (FlatReader *reader,
             GString    *out)
{
  static const char plain[] = "\"\\/bfnrt";
  static const char decoded[] = "\"\\/\b\f\n\r\t";
  const char *found;
  gunichar c;

  if (reader->p >= reader->end)
    return FALSE;
  if (*reader->p != 'u')
    {
      if ((found = strchr (plain, *reader->p)) == NULL || *reader->p == '\0')
        return FALSE;
      g_string_append_c (out, decoded[found - plain]);
      reader->p++;
      return TRUE;
    }
  if ((c = flat_unicode_escape (reader->p + 1, reader->end)) == 0)
    return FALSE;
  g_string_append_unichar (out, c);
  reader->p += 5;
  return TRUE;
}

/* A string at reader->p, decoded into @out (emptied first). */
static gboolean
flat_string (FlatReader *reader,
             GString    *out)
{
  g_string_truncate (out, 0);
  if (!flat_take (reader, '"'))
    return FALSE;
  while (reader->p < reader->end)
    {
      const char *run = reader->p;

      while (reader->p < reader->end && *reader->p != '"' && *reader->p != '\\'
             && (guchar) *reader->p >= 0x20)
        reader->p++;
      g_string_append_len (out, run, reader->p - run);
      if (reader->p >= reader->end || (guchar) *reader->p < 0x20)
        return FALSE;
      if (*reader->p++ == '"')
        return TRUE;
      if (!flat_escape (reader, out))
        return FALSE;
    }
  return FALSE;
}

/* An integer as json-glib writes it back: no sign but '-', no leading
 * zero, few enough digits to fit a gint64. */
static JsonNode *
flat_integer (FlatReader *reader)
{
  const char *start = reader->p;
  const char *digits = start + (start < reader->end && *start == '-');
  const char *p = digits;

  while (p < reader->end && g_ascii_isdigit (*p))
    p++;
  if (p == digits || p - digits > 18 || (*digits == '0' && p - digits > 1) || (*digits == '0' && digits != start)
      || (p < reader->end && (*p == '.' || *p == 'e' || *p == 'E')))
    return NULL;
  reader->p = p;
  return json_node_init_int (json_node_alloc (), g_ascii_strtoll (start, NULL, 10));
}

static gboolean
flat_word (FlatReader *reader,
           const char *word)
{
  gsize length = strlen (word);

  if ((gsize) (reader->end - reader->p) < length || memcmp (reader->p, word, length) != 0)
    return FALSE;
  reader->p += length;
  return TRUE;
}

static JsonNode *
flat_value (FlatReader *reader,
            GString    *scratch)
{
  flat_skip_blanks (reader);
  if (reader->p >= reader->end)
    return NULL;
  if (*reader->p == '"')
    return flat_string (reader, scratch) ? json_node_init_string (json_node_alloc (), scratch->str) : NULL;
  if (flat_word (reader, "true"))
    return json_node_init_boolean (json_node_alloc (), TRUE);
  if (flat_word (reader, "false"))
    return json_node_init_boolean (json_node_alloc (), FALSE);
  if (flat_word (reader, "null"))
    return json_node_init_null (json_node_alloc ());
  return flat_integer (reader);
}

/* A word such as "true" must end where a JSON token may: a name or a
 * number running on ("nullx", "12abc") is json-glib's to refuse. */
static gboolean
flat_member_ends (FlatReader *reader)
{
  flat_skip_blanks (reader);
  return reader->p < reader->end && (*reader->p == ',' || *reader->p == '}');
}

static gboolean
flat_member (FlatReader *reader,
             JsonObject *object,
             GString    *scratch)
{
  g_autofree char *name = NULL;
  JsonNode *value;

  if (!flat_string (reader, scratch) || scratch->len == 0 || strlen (scratch->str) != scratch->len)
    return FALSE;
  name = g_strndup (scratch->str, scratch->len);
  if (json_object_has_member (object, name) || !flat_take (reader, ':'))
    return FALSE;
  if ((value = flat_value (reader, scratch)) == NULL)
    return FALSE;
  json_object_set_member (object, name, value);
  return flat_member_ends (reader);
}

JsonObject *
_redaksi_record_parse_flat (const char *data,
                            gsize       length)
{
  FlatReader reader = { data, data + length };
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(GString) scratch = g_string_sized_new (length);

  if (!flat_take (&reader, '{'))
    return NULL;
  flat_skip_blanks (&reader);
  if (reader.p < reader.end && *reader.p == '}')
    reader.p++;
  else
    for (;;)
      {
        if (!flat_member (&reader, object, scratch))
          return NULL;
        if (*reader.p++ == '}')
          break;
      }
  flat_skip_blanks (&reader);
  if (reader.p != reader.end)
    return NULL;
  json_object_seal (object);
  return g_steal_pointer (&object);
}

/* A broken record's first error, by offset: its nesting, then bad UTF-8
 * (json-glib reports it vaguely). */
static gboolean
check_record_bytes (const char         *data,
                    gsize               length,
                    gboolean            valid_utf8,
                    const char         *end,
                    RedaksiRecordError *error)
{
  gssize deep_at = too_deep_at (data, length);

  if (deep_at >= 0)
    {
      g_autofree char *offset = g_strdup_printf ("%" G_GSSIZE_FORMAT, deep_at);

      set_record_error (error, REDAKSI_RECORD_INVALID_JSON,
                        g_strdup_printf (_("the record nests deeper than %d at byte %s"),
                                         MAX_RECORD_DEPTH, offset));
      return FALSE;
    }
  if (!valid_utf8)
    {
      g_autofree char *offset = g_strdup_printf ("%" G_GSIZE_FORMAT, (gsize) (end - data));

      set_record_error (error, REDAKSI_RECORD_INVALID_UTF8,
                        g_strdup_printf (_("invalid UTF-8 at byte %s of the record"), offset));
      error->id = salvage_id (data, length);
      /* The salvaged id may hold a broken \u escape of its own. */
      if (error->id != NULL && !node_is_valid_utf8 (error->id))
        g_clear_pointer (&error->id, json_node_unref);
      return FALSE;
    }
  return TRUE;
}

/* Any other record, through json-glib, with the checks it lacks. */
static JsonObject *
parse_with_json_glib (const char         *data,
                      gsize               length,
                      RedaksiRecordError *error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      set_record_error (error, REDAKSI_RECORD_INVALID_JSON, g_strdup (local_error->message));
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      set_record_error (error, REDAKSI_RECORD_INVALID_JSON, g_strdup (_("the record is empty")));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      set_record_error (error, REDAKSI_RECORD_NOT_AN_OBJECT, g_strdup (_("the record is not a JSON object")));
      return NULL;
    }
  if (!node_is_valid_utf8 (root))
    {
      set_record_error (error, REDAKSI_RECORD_INVALID_JSON,
                        g_strdup (_("a \\u escape of the record is half of a surrogate pair, not a character")));
      return NULL;
    }
  if (!node_numbers_are_finite (root))
    {
      JsonNode *id = json_object_get_member (json_node_get_object (root), "id");

      set_record_error (error, REDAKSI_RECORD_INVALID_JSON,
                        g_strdup (_("a number of the record is too large to be read")));
      if (id != NULL && node_numbers_are_finite (id))
        error->id = json_node_copy (id);
      return NULL;
    }
  if (!check_embedded_nul (data, length, error))
    {
      error->id = json_object_dup_member (json_node_get_object (root), "id");
      return NULL;
    }
  return json_object_ref (json_node_get_object (root));
}

JsonObject *
redaksi_record_parse (const char         *data,
                      gsize               length,
                      RedaksiRecordError *error)
{
  const char *end;
  gboolean valid_utf8 = g_utf8_validate_len (data, length, &end);
  JsonObject *object;

  /* A flat record cannot nest too deep. */
  if (valid_utf8 && (object = _redaksi_record_parse_flat (data, length)) != NULL)
    return object;
  if (!check_record_bytes (data, length, valid_utf8, end, error))
    return NULL;
  return parse_with_json_glib (data, length, error);
}

static const char *
document_error_code (const GError *error)
{
  if (g_error_matches (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_UTF8))
    return REDAKSI_RECORD_INVALID_UTF8;
  if (g_error_matches (error, REDAKSI_ERROR, REDAKSI_ERROR_EMBEDDED_NUL))
    return REDAKSI_RECORD_EMBEDDED_NUL;
  return REDAKSI_RECORD_INVALID_TEXT;
}

static RedaksiDocument *
record_document (JsonObject         *input,
                 const char         *member,
                 RedaksiRecordError *error)
{
  g_autoptr(GError) local_error = NULL;
  const char *text = string_member (input, member);
  RedaksiDocument *document;

  g_assert (text != NULL);
  if (g_str_equal (member, "html"))
    document = redaksi_document_new_from_html (text, -1, &local_error);
  else
    document = redaksi_document_new_from_text (text, -1, &local_error);
  if (document == NULL)
    set_record_error (error, document_error_code (local_error),
                      g_strdup_printf ("“%s”: %s", member, local_error->message));
  return document;
}

static const char *
text_member (JsonObject *input)
{
  if (string_member (input, "text") != NULL)
    return "text";
  if (string_member (input, "html") != NULL)
    return "html";
  return NULL;
}

static RedaksiAnalysisFlags
cleanup_flag (void)
{
  static gsize flag;

  /* Stored plus one, so that "no cleanup in this build" is cached too. */
  if (g_once_init_enter (&flag))
    g_once_init_leave (&flag, (gsize) flag_for_nick ("related-links") + 1);
  return (RedaksiAnalysisFlags) (flag - 1);
}

/* The cleaned `text`/`html` of a record (CONTRACT §3), from the cleanup
 * module. The input member stands unchanged only when the cleanup
 * analysis was not asked for; this is the one place the cleaned document
 * enters a record, in redaksi batch and in /v1/clean alike. */
#ifdef REDAKSI_TYPE_LINK_CLEANER
/* The cleaned document, or NULL with @error set; *@wanted says whether
 * the record asked for it at all. */
static GBytes *
cleaned_output (RedaksiReport        *report,
                RedaksiAnalysisFlags  analyses,
                GCancellable         *cancellable,
                gboolean             *wanted,
                RedaksiRecordError   *error)
{
  RedaksiDocument *document = redaksi_report_get_document (report);
  g_autoptr(GError) local_error = NULL;
  GBytes *cleaned;

  *wanted = (analyses & cleanup_flag ()) != 0;
  if (!*wanted)
    return NULL;
  cleaned = redaksi_link_cleaner_clean (redaksi_link_cleaner_get_default (), document,
                                        REDAKSI_CLEAN_FLAGS_NONE, NULL, cancellable, &local_error);
  if (cleaned == NULL)
    set_record_error (error, REDAKSI_RECORD_ANALYSIS, g_strdup (local_error->message));
  return cleaned;
}
#else
/* A library without the cleanup module cannot resolve "clean", so no
 * record asks for it; if one does, it fails rather than pass the input
 * off as cleaned. */
static GBytes *
cleaned_output (RedaksiReport        *report,
                RedaksiAnalysisFlags  analyses,
                GCancellable         *cancellable,
                gboolean             *wanted,
                RedaksiRecordError   *error)
{
  *wanted = (analyses & cleanup_flag ()) != 0;
  if (*wanted)
    set_record_error (error, REDAKSI_RECORD_ANALYSIS,
                      g_strdup (_("this build of redaksi has no cleanup module")));
  return NULL;
}
#endif

static RedaksiReport *
analyze_documents (RedaksiAnalyzer      *analyzer,
                   JsonObject           *input,
                   RedaksiAnalysisFlags  analyses,
                   GCancellable         *cancellable,
                   RedaksiRecordError   *error)
{
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(RedaksiDocument) source = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *member = text_member (input);
  RedaksiReport *report;

  if (member == NULL)
    {
      set_record_error (error, REDAKSI_RECORD_MISSING_TEXT,
                        g_strdup (_("the record has no “text” or “html” string")));
      return NULL;
    }
  if ((document = record_document (input, member, error)) == NULL)
    return NULL;
  if (string_member (input, "source") != NULL && (source = record_document (input, "source", error)) == NULL)
    return NULL;
  report = redaksi_analyzer_analyze (analyzer, document, analyses, source, cancellable, &local_error);
  if (report == NULL)
    set_record_error (error, REDAKSI_RECORD_ANALYSIS, g_strdup (local_error->message));
  return report;
}

/* Where each top-level member of the report's compact JSON text starts
 * and ends: its name, and its value as text. The text comes from
 * redaksi_report_to_json_string(), so it is valid JSON. */
typedef struct
{
  char       *name;
  const char *value;
  gsize       length;
  gboolean    written;
} ReportMember;

static void
report_member_clear (gpointer data)
{
  g_free (((ReportMember *) data)->name);
}

static const char *
skip_string (const char *p)
{
  for (p++; *p != '"'; p++)
    if (*p == '\\')
      p++;
  return p + 1;
}

static GArray *
report_members (const char *json)
{
  GArray *members = g_array_new (FALSE, TRUE, sizeof (ReportMember));
  const char *p = json + 1;

  g_array_set_clear_func (members, report_member_clear);
  while (*p == '"')
    {
      const char *name = p;
      ReportMember member = { NULL, NULL, 0, FALSE };
      int depth = 0;

      p = skip_string (p);
      member.name = g_strndup (name + 1, p - name - 2);
      member.value = ++p;
      for (; depth > 0 || (*p != ',' && *p != '}'); p++)
        if (*p == '"')
          p = skip_string (p) - 1;
        else if (*p == '{' || *p == '[')
          depth++;
        else if (*p == '}' || *p == ']')
          depth--;
      member.length = p - member.value;
      g_array_append_val (members, member);
      if (*p == ',')
        p++;
    }
  return members;
}

static ReportMember *
find_member (GArray     *members,
             const char *name)
{
  for (guint i = 0; i < members->len; i++)
    if (g_str_equal (g_array_index (members, ReportMember, i).name, name))
      return &g_array_index (members, ReportMember, i);
  return NULL;
}

/* The short escapes json-glib writes; 'u' for \u00XX, 0 for none. */
static const char json_escapes[128] = {
  ['\b'] = 'b', ['\t'] = 't', ['\n'] = 'n', ['\f'] = 'f', ['\r'] = 'r',
  [0x01] = 'u', [0x02] = 'u', [0x03] = 'u', [0x04] = 'u', [0x05] = 'u', [0x06] = 'u',
  [0x07] = 'u', [0x0b] = 'u', [0x0e] = 'u', [0x0f] = 'u', [0x10] = 'u', [0x11] = 'u',
  [0x12] = 'u', [0x13] = 'u', [0x14] = 'u', [0x15] = 'u', [0x16] = 'u', [0x17] = 'u',
  [0x18] = 'u', [0x19] = 'u', [0x1a] = 'u', [0x1b] = 'u', [0x1c] = 'u', [0x1d] = 'u',
  [0x1e] = 'u', [0x7f] = 'u', ['"'] = '"', ['\\'] = '\\',
};

/**
 * _redaksi_record_append_json_string:
 *
 * Appends @str quoted as json_to_string() of json-glib 1.6 writes it,
 * byte for byte, a run of plain bytes at a time: json-glib's generator
 * appends a byte at a time, and a record's text is most of the record.
 * Its rules, kept as they are: U+001F is written as it is, U+007F as
 * \u007f, and every byte from 0x80 as it is.
 */
void
_redaksi_record_append_json_string (GString    *out,
                                    const char *str)
{
  const char *run = str;
  const char *p;

  g_string_append_c (out, '"');
  for (p = str; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      char escape = c < 0x80 ? json_escapes[c] : 0;

      if (escape == 0)
        continue;
      g_string_append_len (out, run, p - run);
      run = p + 1;
      if (escape == 'u')
        g_string_append_printf (out, "\\u00%02x", c);
      else
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, escape);
        }
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

static void
append_member (GString    *out,
               const char *name,
               const char *value,
               gssize      length)
{
  if (out->len > 1)
    g_string_append_c (out, ',');
  _redaksi_record_append_json_string (out, name);
  g_string_append_c (out, ':');
  g_string_append_len (out, value, length);
}

/* A string, integer, boolean or null written as json-glib 1.6 writes
 * it; FALSE for the other values. json_to_string() makes a generator
 * object each call, and objects made in two threads at once wait for
 * each other on their class's shared count (batch --jobs 2). */
static gboolean
append_plain_value (GString  *out,
                    JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    {
      g_string_append (out, "null");
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      _redaksi_record_append_json_string (out, json_node_get_string (node));
      return TRUE;
    case G_TYPE_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      return TRUE;
    case G_TYPE_BOOLEAN:
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
      return TRUE;
    default:
      return FALSE;
    }
}

/* Most members here; arrays, objects and doubles by json-glib. */
static void
append_node_member (GString    *out,
                    const char *name,
                    JsonNode   *node)
{
  g_autofree char *value = NULL;

  append_member (out, name, "", 0);
  if (append_plain_value (out, node))
    return;
  value = json_to_string (node, FALSE);
  g_string_append (out, value);
}

/* Whether no member of @input goes into the output: then the output is
 * the report's JSON text as it is (a server's answer to a bare
 * {"text": …}). */
static gboolean
writes_no_input_member (JsonObject *input,
                        gboolean    keep_input_text)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (keep_input_text)
    return FALSE;
  json_object_iter_init (&iter, input);
  while (json_object_iter_next (&iter, &name, &member))
    if (!(g_str_equal (name, "text") || g_str_equal (name, "html") || g_str_equal (name, "source")))
      return FALSE;
  return TRUE;
}

/* The input's members (a result member or the cleaned document in the
 * place of one of the same name), then the result's other members, then
 * the cleaned document: written as text, from the report's own JSON
 * text, without building a tree of the result. Without
 * @keep_input_text, neither the input's text nor the cleaned one is
 * written. */
static char *
record_text (JsonObject   *input,
             const char   *report_json,
             const char   *cleaned_name,
             GBytes       *cleaned,
             gboolean      keep_input_text)
{
  g_autoptr(GArray) members = report_members (report_json);
  g_autoptr(JsonNode) cleaned_node = NULL;
  GString *out = g_string_sized_new (strlen (report_json) + 64);
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  ReportMember *result;

  if (cleaned != NULL && keep_input_text)
    {
      gsize length;
      const char *data = g_bytes_get_data (cleaned, &length);

      cleaned_node = json_node_init_string (json_node_alloc (), length > 0 ? data : "");
    }
  g_string_append_c (out, '{');
  json_object_iter_init_ordered (&iter, input);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (cleaned_node != NULL && g_str_equal (name, cleaned_name))
        {
          append_node_member (out, name, cleaned_node);
          g_clear_pointer (&cleaned_node, json_node_unref);
        }
      else if ((result = find_member (members, name)) != NULL)
        {
          append_member (out, name, result->value, result->length);
          result->written = TRUE;
        }
      else if (keep_input_text || !(g_str_equal (name, "text") || g_str_equal (name, "html")
                                    || g_str_equal (name, "source")))
        append_node_member (out, name, member);
    }
  for (guint i = 0; i < members->len; i++)
    if (!(result = &g_array_index (members, ReportMember, i))->written)
      append_member (out, result->name, result->value, result->length);
  if (cleaned_node != NULL)
    append_node_member (out, cleaned_name, cleaned_node);
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}

/**
 * redaksi_record_analyze:
 * @input: a parsed record
 * @keep_input_text: whether the input's text, html and source members
 *   stay in the output (batch) or not (the server's answers)
 *
 * Returns: (nullable): the output record as compact JSON text, or NULL
 *   with @error set
 */
char *
redaksi_record_analyze (RedaksiAnalyzer      *analyzer,
                        JsonObject           *input,
                        RedaksiAnalysisFlags  analyses,
                        gboolean              keep_input_text,
                        GCancellable         *cancellable,
                        RedaksiRecordError   *error)
{
  g_autoptr(RedaksiReport) report = analyze_documents (analyzer, input, analyses, cancellable, error);
  g_autoptr(GBytes) cleaned = NULL;
  g_autofree char *report_json = NULL;
  gboolean wanted_cleaned;

  if (report == NULL)
    return NULL;
  /* A cancelled request has nobody waiting for its answer. */
  if (g_cancellable_is_cancelled (cancellable))
    {
      set_record_error (error, REDAKSI_RECORD_ANALYSIS, g_strdup (_("the analysis was cancelled")));
      return NULL;
    }
  cleaned = cleaned_output (report, analyses, cancellable, &wanted_cleaned, error);
  if (wanted_cleaned && cleaned == NULL)
    return NULL;
  report_json = redaksi_report_to_json_string (report, FALSE);
  if (writes_no_input_member (input, keep_input_text))
    return g_steal_pointer (&report_json);
  return record_text (input, report_json,
                      redaksi_document_is_html (redaksi_report_get_document (report)) ? "html" : "text",
                      cleaned, keep_input_text);
}

static char *
error_line (JsonObject         *input,
            RedaksiRecordError *error)
{
  JsonNode *id = input != NULL ? json_object_get_member (input, "id") : error->id;
  g_autoptr(JsonNode) node = redaksi_record_error_to_json (id, error->code, error->message);

  return redaksi_json_to_string (node);
}

/**
 * redaksi_record_process_line:
 * @analyzer: the analyzer every record of a run shares
 * @line: one JSON Lines record, without its newline
 * @failed: (out): set when the record became an error record
 *
 * Returns: the output record, without a newline
 */
char *
redaksi_record_process_line (RedaksiAnalyzer      *analyzer,
                             const char           *line,
                             gsize                 length,
                             RedaksiAnalysisFlags  analyses,
                             gboolean             *failed)
{
  RedaksiRecordError error = { NULL, NULL, NULL };
  g_autoptr(JsonObject) input = redaksi_record_parse (line, length, &error);
  char *result = NULL;

  if (input != NULL)
    result = redaksi_record_analyze (analyzer, input, analyses, TRUE, NULL, &error);
  *failed = result == NULL;
  if (result == NULL)
    result = error_line (input, &error);
  redaksi_record_error_clear (&error);
  return result;
}
