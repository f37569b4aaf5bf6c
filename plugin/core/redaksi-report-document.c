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
write_dateline (RedaksiDocument   *document,
                RedaksiJsonWriter *writer)
{
  g_autoptr(RedaksiRange) dateline = redaksi_document_get_dateline (document);
  g_autofree char *text = NULL;

  _redaksi_json_writer_member (writer, "dateline");
  if (dateline == NULL)
    {
      _redaksi_json_writer_null (writer);
      return;
    }
  text = g_strndup (redaksi_document_get_source (document, NULL) + dateline->start,
                    dateline->end - dateline->start);
  _redaksi_json_writer_begin_object (writer);
  _redaksi_json_writer_string_member (writer, "text", text);
  _redaksi_range_write_members (dateline, writer);
  _redaksi_json_writer_end_object (writer);
}

/* Written from the (immutable) document when the JSON is: no tree. */
static void
write_document (gpointer           data,
                RedaksiJsonWriter *writer)
{
  RedaksiDocument *document = data;
  gsize length;

  redaksi_document_get_source (document, &length);
  _redaksi_json_writer_begin_object (writer);
  _redaksi_json_writer_string_member (writer, "format", redaksi_document_is_html (document) ? "html" : "text");
  _redaksi_json_writer_int_member (writer, "bytes", (gint64) length);
  _redaksi_json_writer_int_member (writer, "characters",
                                   (gint64) redaksi_document_get_char_offset (document, length));
  _redaksi_json_writer_int_member (writer, "utf16_length",
                                   (gint64) redaksi_document_get_utf16_offset (document, length));
  _redaksi_json_writer_int_member (writer, "paragraphs", redaksi_document_get_n_paragraphs (document));
  _redaksi_json_writer_int_member (writer, "sentences", redaksi_document_get_n_sentences (document));
  _redaksi_json_writer_int_member (writer, "tokens", redaksi_document_get_n_tokens (document));
  write_dateline (document, writer);
  _redaksi_json_writer_end_object (writer);
}

void
_redaksi_report_set_document_summary (RedaksiReport   *report,
                                      RedaksiDocument *document)
{
  _redaksi_report_set_member_writer (report, "document", write_document,
                                     g_object_ref (document), g_object_unref);
}
