#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <gio/gio.h>

#include "redaksi-range.h"
#include "redaksi-token.h"
#include "redaksi-version-macros.h"

G_BEGIN_DECLS

#define REDAKSI_TYPE_DOCUMENT (redaksi_document_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiDocument, redaksi_document, REDAKSI, DOCUMENT, GObject)

REDAKSI_AVAILABLE_IN_ALL
RedaksiDocument *redaksi_document_new_from_text        (const char       *text,
                                                        gssize            length,
                                                        GError          **error);
REDAKSI_AVAILABLE_IN_ALL
RedaksiDocument *redaksi_document_new_from_html        (const char       *html,
                                                        gssize            length,
                                                        GError          **error);
REDAKSI_AVAILABLE_IN_ALL
RedaksiDocument *redaksi_document_new_from_bytes       (GBytes           *bytes,
                                                        gboolean          is_html,
                                                        GError          **error);
REDAKSI_AVAILABLE_IN_ALL
RedaksiDocument *redaksi_document_new_take             (char             *data,
                                                        gsize             length,
                                                        gboolean          is_html,
                                                        GError          **error);
REDAKSI_AVAILABLE_IN_ALL
gboolean         redaksi_document_is_html              (RedaksiDocument  *self);
REDAKSI_AVAILABLE_IN_ALL
const char      *redaksi_document_get_source           (RedaksiDocument  *self,
                                                        gsize            *length);
REDAKSI_AVAILABLE_IN_ALL
const char      *redaksi_document_get_text             (RedaksiDocument  *self,
                                                        gsize            *length);
REDAKSI_AVAILABLE_IN_ALL
guint            redaksi_document_get_n_paragraphs     (RedaksiDocument  *self);
REDAKSI_AVAILABLE_IN_ALL
RedaksiRange    *redaksi_document_get_paragraph        (RedaksiDocument  *self,
                                                        guint             index);
REDAKSI_AVAILABLE_IN_ALL
guint            redaksi_document_get_n_sentences      (RedaksiDocument  *self);
REDAKSI_AVAILABLE_IN_ALL
RedaksiRange    *redaksi_document_get_sentence         (RedaksiDocument  *self,
                                                        guint             index);
REDAKSI_AVAILABLE_IN_ALL
char            *redaksi_document_get_sentence_text    (RedaksiDocument  *self,
                                                        guint             index);
REDAKSI_AVAILABLE_IN_ALL
guint            redaksi_document_get_n_tokens         (RedaksiDocument  *self);
REDAKSI_AVAILABLE_IN_ALL
RedaksiToken    *redaksi_document_get_token            (RedaksiDocument  *self,
                                                        guint             index);
REDAKSI_AVAILABLE_IN_ALL
char            *redaksi_document_get_token_text       (RedaksiDocument  *self,
                                                        guint             index);
REDAKSI_AVAILABLE_IN_ALL
RedaksiRange    *redaksi_document_get_dateline         (RedaksiDocument  *self);
REDAKSI_AVAILABLE_IN_ALL
RedaksiRange    *redaksi_document_make_range           (RedaksiDocument  *self,
                                                        gsize             text_start,
                                                        gsize             text_end);
REDAKSI_AVAILABLE_IN_ALL
gsize            redaksi_document_text_to_source       (RedaksiDocument  *self,
                                                        gsize             text_offset);
REDAKSI_AVAILABLE_IN_ALL
gsize            redaksi_document_source_to_text       (RedaksiDocument  *self,
                                                        gsize             source_offset);
REDAKSI_AVAILABLE_IN_ALL
gsize            redaksi_document_get_char_offset      (RedaksiDocument  *self,
                                                        gsize             source_offset);
REDAKSI_AVAILABLE_IN_ALL
gsize            redaksi_document_get_utf16_offset     (RedaksiDocument  *self,
                                                        gsize             source_offset);
REDAKSI_AVAILABLE_IN_ALL
void             redaksi_document_get_line_column      (RedaksiDocument  *self,
                                                        gsize             source_offset,
                                                        guint            *line,
                                                        guint            *column);

G_END_DECLS
