/* redaksi-lt.c: redaksi's findings in the shape of LanguageTool's
 * /v2/check answer, so LanguageTool clients can use redaksi as a server
 *
 * A client sends plain `text`, or `data`: LanguageTool's annotated text,
 * parts of text and markup. redaksi checks the text parts with each
 * markup's `interpretAs` in its place, and gives offsets in the
 * annotated text (text and markup, in UTF-16 units), as LanguageTool's
 * AnnotatedText does.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "redaksi-lt.h"
#include "redaksi-record.h"
#include "redaksi-server.h"

/* Characters of context on each side of a match, as LanguageTool gives. */
#define CONTEXT_CHARS 40

static gsize
utf16_length (const char *p,
              const char *end)
{
  gsize units = 0;

  for (; p < end; p = g_utf8_next_char (p))
    units += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
  return units;
}

/* ------------------------------------------------------------------ */
/* The checked text and the annotated text                             */

/* A stretch of the checked text: a text part, or a markup's
 * interpretAs, and where its part stands in the annotated text. */
typedef struct
{
  gsize    checked;          /* bytes into the checked text */
  gsize    checked_utf16;
  gsize    length;           /* bytes */
  gsize    length_utf16;
  gsize    annotated;        /* bytes into the annotated text */
  gsize    annotated_utf16;
  gboolean is_text;          /* FALSE: a markup's interpretAs */
} Segment;

struct _RedaksiLtText
{
  GString *checked;
  GString *annotated;        /* NULL: plain text, the checked text itself */
  gsize    checked_utf16;
  gsize    annotated_utf16;
  GArray  *segments;         /* Segment, in order, none empty */
};

/* A match's place in the text the client sent. */
typedef struct
{
  gsize start;               /* bytes, for the context */
  gsize end;
  gsize utf16_start;         /* UTF-16 units, for the client */
  gsize utf16_end;
} Span;

RedaksiLtText *
redaksi_lt_text_new (const char *text)
{
  RedaksiLtText *self = g_new0 (RedaksiLtText, 1);

  self->checked = g_string_new (text);
  return self;
}

void
redaksi_lt_text_free (RedaksiLtText *self)
{
  if (self == NULL)
    return;
  g_string_free (self->checked, TRUE);
  if (self->annotated != NULL)
    g_string_free (self->annotated, TRUE);
  g_clear_pointer (&self->segments, g_array_unref);
  g_free (self);
}

const char *
redaksi_lt_text_get_checked (RedaksiLtText *self,
                             gsize         *length)
{
  *length = self->checked->len;
  return self->checked->str;
}

/* @checked joins the checked text; @annotated the annotated text. A text
 * part is both; a markup part is @annotated, its interpretAs @checked. */
static void
append_part (RedaksiLtText *self,
             const char    *checked,
             const char    *annotated,
             gboolean       is_text)
{
  gsize length = strlen (checked);
  Segment segment = {
    self->checked->len, self->checked_utf16, length, utf16_length (checked, checked + length),
    self->annotated->len, self->annotated_utf16, is_text
  };

  if (length > 0)
    g_array_append_val (self->segments, segment);
  g_string_append_len (self->checked, checked, length);
  self->checked_utf16 += segment.length_utf16;
  self->annotated_utf16 += is_text ? segment.length_utf16
                                   : utf16_length (annotated, annotated + strlen (annotated));
  g_string_append (self->annotated, annotated);
}

/* ------------------------------------------------------------------ */
/* LanguageTool's `data`                                               */

G_GNUC_PRINTF (2, 3)
static gboolean
invalid_data (GError    **error,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_DATA, _("“data”: %s"), message);
  return FALSE;
}

/* FALSE when @object has @name but not as a string; *@value is NULL when
 * it has no @name. */
static gboolean
get_string (JsonObject  *object,
            const char  *name,
            const char **value)
{
  JsonNode *node = json_object_get_member (object, name);

  *value = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  *value = json_node_get_string (node);
  return TRUE;
}

/* As LanguageTool's ApiV2: an object is either text or markup, and only
 * markup may say how it is read. */
static gboolean
add_annotation_part (RedaksiLtText  *self,
                     JsonNode       *node,
                     guint           index,
                     GError        **error)
{
  JsonObject *part = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *text, *markup, *interpret_as;

  if (part == NULL)
    return invalid_data (error, _("annotation %u is not an object"), index);
  if (!get_string (part, "text", &text) || !get_string (part, "markup", &markup)
      || !get_string (part, "interpretAs", &interpret_as))
    return invalid_data (error, _("annotation %u: “text”, “markup” and “interpretAs” must be strings"),
                         index);
  if (text != NULL && markup != NULL)
    return invalid_data (error, _("annotation %u has both “text” and “markup”"), index);
  if (text != NULL && interpret_as != NULL)
    return invalid_data (error, _("annotation %u: only “markup” can have “interpretAs”"), index);
  if (text == NULL && markup == NULL)
    return invalid_data (error, _("annotation %u has neither “text” nor “markup”"), index);
  if (text != NULL)
    append_part (self, text, text, TRUE);
  else
    append_part (self, interpret_as != NULL ? interpret_as : "", markup, FALSE);
  return TRUE;
}

static RedaksiLtText *
text_from_annotation (JsonNode  *annotation,
                      GError   **error)
{
  g_autoptr(RedaksiLtText) self = g_new0 (RedaksiLtText, 1);
  JsonArray *parts;

  self->checked = g_string_new (NULL);
  self->annotated = g_string_new (NULL);
  self->segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  if (!JSON_NODE_HOLDS_ARRAY (annotation))
    {
      invalid_data (error, _("“annotation” is not a list"));
      return NULL;
    }
  parts = json_node_get_array (annotation);
  for (guint i = 0; i < json_array_get_length (parts); i++)
    if (!add_annotation_part (self, json_array_get_element (parts, i), i, error))
      return NULL;
  return g_steal_pointer (&self);
}

/* json-glib hands strings out NUL-terminated: a \u0000 escape would cut a
 * part short without a word, so it is refused where it stands. */
static gboolean
check_no_nul_escape (const char  *data,
                     gsize        length,
                     GError     **error)
{
  const char *end = data + length;

  for (const char *p = data; (p = g_strstr_len (p, end - p, "\\u0000")) != NULL; p++)
    {
      gsize backslashes = 0;

      while (p - backslashes > data && p[-(gssize) backslashes - 1] == '\\')
        backslashes++;
      if (backslashes % 2 == 0)
        {
          g_autofree char *offset = g_strdup_printf ("%" G_GSIZE_FORMAT, (gsize) (p - data));

          return invalid_data (error, _("a NUL character (\\u0000) at byte %s"), offset);
        }
    }
  return TRUE;
}

RedaksiLtText *
redaksi_lt_text_new_from_data (const char  *data,
                               gsize        length,
                               GError     **error)
{
  RedaksiRecordError record_error = { NULL, NULL, NULL };
  g_autoptr(JsonObject) root = NULL;
  const char *text;

  if (!check_no_nul_escape (data, length, error))
    return NULL;
  if ((root = redaksi_record_parse (data, length, &record_error)) == NULL)
    {
      invalid_data (error, "%s", record_error.message);
      redaksi_record_error_clear (&record_error);
      return NULL;
    }
  if (json_object_has_member (root, "text") && json_object_has_member (root, "annotation"))
    invalid_data (error, _("send “text” or “annotation”, not both"));
  else if (json_object_has_member (root, "annotation"))
    return text_from_annotation (json_object_get_member (root, "annotation"), error);
  else if (!get_string (root, "text", &text))
    invalid_data (error, _("“text” is not a string"));
  else if (text == NULL)
    invalid_data (error, _("no “annotation” and no “text”"));
  else
    return redaksi_lt_text_new (text);
  return NULL;
}

/* ------------------------------------------------------------------ */
/* From the checked text back to the client's                         */

/* The last segment that starts at or before @offset. */
static guint
segment_at (GArray *segments,
            gsize   offset)
{
  guint lo = 0, hi = segments->len;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (segments, Segment, mid).checked <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

static const Segment *
segment_of (RedaksiLtText *self,
            gsize          offset)
{
  return &g_array_index (self->segments, Segment, segment_at (self->segments, offset));
}

/* Moves the start of a match forward past interpretAs, so that it
 * starts on what the client wrote, never in markup; with it go the
 * blanks next to that markup: a line end that a plain-text client
 * deletes with its line is, in annotated text, the page's layout.
 * Blanks with no markup beside them are the client's own and stay. */
static void
skip_forward (RedaksiLtText *self,
              gsize         *offset,
              gsize         *utf16,
              gsize          end)
{
  gsize at = *offset, at_utf16 = *utf16;
  gboolean after_markup = FALSE;

  while (at < end)
    {
      const Segment *segment = segment_of (self, at);

      if (segment->is_text && !g_ascii_isspace (self->checked->str[at]))
        break;
      if (segment->is_text)
        {
          at++;
          at_utf16++;
        }
      else
        {
          at = segment->checked + segment->length;
          at_utf16 = segment->checked_utf16 + segment->length_utf16;
          after_markup = TRUE;
        }
      if (after_markup)
        {
          *offset = at;
          *utf16 = at_utf16;
        }
    }
}

/* The same for the end of a match, backward. */
static void
skip_backward (RedaksiLtText *self,
               gsize         *offset,
               gsize         *utf16,
               gsize          start)
{
  gsize at = *offset, at_utf16 = *utf16;
  gboolean after_markup = FALSE;

  while (at > start)
    {
      const Segment *segment = segment_of (self, at - 1);

      if (segment->is_text && !g_ascii_isspace (self->checked->str[at - 1]))
        break;
      if (segment->is_text)
        {
          at--;
          at_utf16--;
        }
      else
        {
          at = segment->checked;
          at_utf16 = segment->checked_utf16;
          after_markup = TRUE;
        }
      if (after_markup)
        {
          *offset = at;
          *utf16 = at_utf16;
        }
    }
}

/* Within a text part the two texts run alike: LanguageTool's
 * AnnotatedText maps such offsets one to one, and so does this. */
static void
map_offset (const Segment *segment,
            gsize          offset,
            gsize          utf16,
            gsize         *annotated,
            gsize         *annotated_utf16)
{
  *annotated = segment->annotated + (offset - segment->checked);
  *annotated_utf16 = segment->annotated_utf16 + (utf16 - segment->checked_utf16);
}

/* FALSE when nothing of @range is words of the client's (all of it was
 * interpretAs or blanks): there is nothing to point at. */
static gboolean
map_range (RedaksiLtText      *self,
           const RedaksiRange *range,
           Span               *span)
{
  gsize start = range->start, end = range->end, utf16_start = range->utf16_start, utf16_end = range->utf16_end;

  if (self->annotated == NULL)
    {
      *span = (Span) { start, end, utf16_start, utf16_end };
      return TRUE;
    }
  skip_forward (self, &start, &utf16_start, end);
  skip_backward (self, &end, &utf16_end, start);
  if (start >= end)
    return FALSE;
  map_offset (segment_of (self, start), start, utf16_start, &span->start, &span->utf16_start);
  map_offset (segment_of (self, end - 1), end, utf16_end, &span->end, &span->utf16_end);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* The answer                                                          */

static const char *
back_chars (const char *text,
            const char *p,
            guint       n)
{
  for (; n > 0 && p > text; n--)
    p = g_utf8_prev_char (p);
  return p;
}

static const char *
forward_chars (const char *p,
               const char *end,
               guint       n)
{
  for (; n > 0 && p < end; n--)
    p = g_utf8_next_char (p);
  return p;
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* The match with up to CONTEXT_CHARS characters either side; offsets in
 * UTF-16 units of the context, as in the rest of the answer. */
static void
add_context (JsonBuilder *builder,
             const char  *text,
             gsize        length,
             gsize        start,
             gsize        end)
{
  const char *from = back_chars (text, text + start, CONTEXT_CHARS);
  const char *to = forward_chars (text + end, text + length, CONTEXT_CHARS);
  g_autofree char *snippet = g_strndup (from, to - from);

  json_builder_set_member_name (builder, "context");
  json_builder_begin_object (builder);
  add_string (builder, "text", snippet);
  add_int (builder, "offset", utf16_length (from, text + start));
  add_int (builder, "length", utf16_length (text + start, text + end));
  json_builder_end_object (builder);
}

/* The sentence that holds @start, found by halves: an answer may list
 * thousands of matches, each with its sentence. */
static char *
sentence_at (RedaksiDocument *document,
             gsize            start)
{
  guint lo = 0, hi = redaksi_document_get_n_sentences (document);
  g_autoptr(RedaksiRange) range = NULL;

  if (hi == 0)
    return g_strdup ("");
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(RedaksiRange) middle = redaksi_document_get_sentence (document, mid);

      if (middle->start <= start)
        lo = mid;
      else
        hi = mid;
    }
  range = redaksi_document_get_sentence (document, lo);
  if (range->start <= start && start < MAX (range->end, range->start + 1))
    return redaksi_document_get_sentence_text (document, lo);
  return g_strdup ("");
}

static void
add_replacements (JsonBuilder  *builder,
                  RedaksiIssue *issue)
{
  const char * const *values = redaksi_issue_get_replacements (issue);

  json_builder_set_member_name (builder, "replacements");
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      json_builder_begin_object (builder);
      add_string (builder, "value", values[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* LanguageTool groups rules in categories; redaksi's codes name theirs. */
static void
add_category (JsonBuilder *builder,
              const char  *code)
{
  gboolean quote = g_str_has_prefix (code, "quote-");
  gboolean link = g_str_has_prefix (code, "related-link");

  json_builder_set_member_name (builder, "category");
  json_builder_begin_object (builder);
  add_string (builder, "id", quote ? "REDAKSI_QUOTES" : link ? "REDAKSI_RELATED_LINKS" : "REDAKSI");
  add_string (builder, "name", quote ? "Kutipan" : link ? "Tautan terkait" : "Redaksi");
  json_builder_end_object (builder);
}

/* LanguageTool's issue types (from the Localization Quality Issue Type
 * vocabulary) that clients colour by; unlisted codes are style. */
static const char *
issue_type (const char *code)
{
  static const char *const typographical[] = {
    "quote-unclosed", "quote-unopened", "quote-punctuation", "quote-cue-capitalized", NULL
  };

  if (g_strv_contains (typographical, code))
    return "typographical";
  if (g_str_equal (code, "quote-unknown-cue"))
    return "grammar";
  return "style";
}

static void
add_rule (JsonBuilder  *builder,
          RedaksiIssue *issue)
{
  const char *code = redaksi_issue_get_code (issue);

  json_builder_set_member_name (builder, "rule");
  json_builder_begin_object (builder);
  add_string (builder, "id", code);
  add_string (builder, "description", redaksi_issue_get_message (issue));
  add_string (builder, "issueType", issue_type (code));
  add_category (builder, code);
  json_builder_end_object (builder);
}

/* FALSE when the issue lies wholly in markup the client sent, which
 * is never flagged. */
static gboolean
add_match (JsonBuilder     *builder,
           RedaksiLtText   *text,
           RedaksiDocument *document,
           RedaksiIssue    *issue)
{
  const RedaksiRange *range = redaksi_issue_get_range (issue);
  GString *shown = text->annotated != NULL ? text->annotated : text->checked;
  g_autofree char *sentence = NULL;
  Span span;

  if (!map_range (text, range, &span))
    return FALSE;
  sentence = sentence_at (document, range->start);
  json_builder_begin_object (builder);
  add_string (builder, "message", redaksi_issue_get_message (issue));
  add_string (builder, "shortMessage", "");
  add_int (builder, "offset", span.utf16_start);
  add_int (builder, "length", span.utf16_end - span.utf16_start);
  add_replacements (builder, issue);
  add_context (builder, shown->str, shown->len, span.start, span.end);
  add_string (builder, "sentence", sentence);
  json_builder_set_member_name (builder, "type");
  json_builder_begin_object (builder);
  add_string (builder, "typeName", "Other");
  json_builder_end_object (builder);
  add_rule (builder, issue);
  json_builder_set_member_name (builder, "ignoreForIncompleteSentence");
  json_builder_add_boolean_value (builder, FALSE);
  add_int (builder, "contextForSureMatch", 0);
  json_builder_end_object (builder);
  return TRUE;
}

static void
add_software (JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "software");
  json_builder_begin_object (builder);
  add_string (builder, "name", "redaksi");
  add_string (builder, "version", PACKAGE_VERSION);
  add_int (builder, "apiVersion", 1);
  json_builder_set_member_name (builder, "premium");
  json_builder_add_boolean_value (builder, FALSE);
  add_string (builder, "status", "");
  json_builder_end_object (builder);
}

static void
add_language (JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "language");
  json_builder_begin_object (builder);
  add_string (builder, "name", "Indonesian");
  add_string (builder, "code", "id-ID");
  json_builder_set_member_name (builder, "detectedLanguage");
  json_builder_begin_object (builder);
  add_string (builder, "name", "Indonesian");
  add_string (builder, "code", "id-ID");
  json_builder_set_member_name (builder, "confidence");
  json_builder_add_double_value (builder, 1.0);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

/* LanguageTool's own word for an answer cut short. */
static void
add_incomplete_warning (JsonBuilder *builder)
{
  g_autofree char *reason =
    g_strdup_printf (_("only the first %d findings are listed"), REDAKSI_LT_MAX_MATCHES);

  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "incompleteResults");
  json_builder_add_boolean_value (builder, TRUE);
  add_string (builder, "incompleteResultsReason", reason);
  json_builder_end_object (builder);
}

/* Matches, up to REDAKSI_LT_MAX_MATCHES: the answer of a body full of
 * inserts stays a few megabytes. Returns whether all were given. */
static gboolean
add_matches (JsonBuilder   *builder,
             RedaksiLtText *text,
             RedaksiReport *report)
{
  RedaksiDocument *document = redaksi_report_get_document (report);
  GPtrArray *issues = redaksi_report_get_issues (report);
  guint n_matches = 0, i;

  json_builder_set_member_name (builder, "matches");
  json_builder_begin_array (builder);
  for (i = 0; i < issues->len && n_matches < REDAKSI_LT_MAX_MATCHES; i++)
    n_matches += add_match (builder, text, document, g_ptr_array_index (issues, i));
  json_builder_end_array (builder);
  return i == issues->len;
}

JsonNode *
redaksi_lt_text_check_answer (RedaksiLtText *self,
                              RedaksiReport *report,
                              const char    *language)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_software (builder);
  add_language (builder);
  if (!add_matches (builder, self, report))
    add_incomplete_warning (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * redaksi_lt_check_answer:
 * @report: the report of a plain-text document
 * @language: the language the client asked for
 *
 * Returns: (transfer full): LanguageTool's `/v2/check` answer
 */
JsonNode *
redaksi_lt_check_answer (RedaksiReport *report,
                         const char    *language)
{
  gsize length;
  const char *source = redaksi_document_get_source (redaksi_report_get_document (report), &length);
  g_autoptr(RedaksiLtText) text = g_new0 (RedaksiLtText, 1);

  text->checked = g_string_new_len (source, length);
  return redaksi_lt_text_check_answer (text, report, language);
}
