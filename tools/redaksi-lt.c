/* redaksi-lt.c: redaksi's findings in the shape of LanguageTool's
 * /v2/check answer, so LanguageTool clients can use redaksi as a server
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

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

static char *
sentence_at (RedaksiDocument *document,
             gsize            start)
{
  guint n = redaksi_document_get_n_sentences (document);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RedaksiRange) range = redaksi_document_get_sentence (document, i);

      if (range->start <= start && start < MAX (range->end, range->start + 1))
        return redaksi_document_get_sentence_text (document, i);
    }
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

static void
add_match (JsonBuilder     *builder,
           RedaksiDocument *document,
           RedaksiIssue    *issue)
{
  const RedaksiRange *range = redaksi_issue_get_range (issue);
  gsize length;
  const char *text = redaksi_document_get_source (document, &length);
  g_autofree char *sentence = sentence_at (document, range->start);

  json_builder_begin_object (builder);
  add_string (builder, "message", redaksi_issue_get_message (issue));
  add_string (builder, "shortMessage", "");
  add_int (builder, "offset", range->utf16_start);
  add_int (builder, "length", range->utf16_end - range->utf16_start);
  add_replacements (builder, issue);
  add_context (builder, text, length, range->start, range->end);
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
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  RedaksiDocument *document = redaksi_report_get_document (report);
  GPtrArray *issues = redaksi_report_get_issues (report);

  json_builder_begin_object (builder);
  add_software (builder);
  add_language (builder);
  json_builder_set_member_name (builder, "matches");
  json_builder_begin_array (builder);
  for (guint i = 0; i < issues->len; i++)
    add_match (builder, document, g_ptr_array_index (issues, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
