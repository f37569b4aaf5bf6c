/* redaksi-report-document.c: the `document` member of the JSON result
 *
 * Serialisation, on the report's side: the document analysis hands over
 * the document, and only this file turns its figures into JSON.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-document-private.h"
#include "redaksi-range-private.h"
#include "redaksi-report-document-private.h"

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_dateline (JsonBuilder     *builder,
              RedaksiDocument *document)
{
  g_autoptr(RedaksiRange) dateline = redaksi_document_get_dateline (document);
  g_autofree char *text = NULL;

  json_builder_set_member_name (builder, "dateline");
  if (dateline == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  text = g_strndup (redaksi_document_get_source (document, NULL) + dateline->start,
                    dateline->end - dateline->start);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
  _redaksi_range_serialize_members (dateline, builder);
  json_builder_end_object (builder);
}

static JsonNode *
describe_document (RedaksiDocument *document)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  gsize length;

  redaksi_document_get_source (document, &length);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, redaksi_document_is_html (document) ? "html" : "text");
  add_int (builder, "bytes", (gint64) length);
  add_int (builder, "characters", (gint64) redaksi_document_get_char_offset (document, length));
  add_int (builder, "utf16_length", (gint64) redaksi_document_get_utf16_offset (document, length));
  add_int (builder, "paragraphs", redaksi_document_get_n_paragraphs (document));
  add_int (builder, "sentences", redaksi_document_get_n_sentences (document));
  add_int (builder, "tokens", redaksi_document_get_n_tokens (document));
  add_dateline (builder, document);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

void
_redaksi_report_set_document_summary (RedaksiReport   *report,
                                      RedaksiDocument *document)
{
  _redaksi_report_set_member (report, "document", describe_document (document));
}
