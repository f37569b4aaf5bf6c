#pragma once

#include <gumbo.h>

#include "redaksi-document.h"

G_BEGIN_DECLS

/* A paragraph or a sentence of the document's text: byte offsets into
 * the text and the tokens it covers ([first_token, end_token)). For a
 * sentence, @parent is its paragraph; for a paragraph, its first sentence. */
typedef struct
{
  guint start;
  guint end;
  guint first_token;
  guint end_token;
  guint parent;
} RedaksiSpan;

const RedaksiToken *_redaksi_document_peek_tokens     (RedaksiDocument *self,
                                                       guint           *n_tokens);
const RedaksiSpan  *_redaksi_document_peek_sentences  (RedaksiDocument *self,
                                                       guint           *n_sentences);
const RedaksiSpan  *_redaksi_document_peek_paragraphs (RedaksiDocument *self,
                                                       guint           *n_paragraphs);
/* The parsed HTML tree, or NULL for text input. Read-only, so safe to
 * walk from several threads. */
const GumboOutput  *_redaksi_document_peek_html       (RedaksiDocument *self);
/* Cuts the text into paragraphs, sentences and tokens now, unless that
 * was done: the analyses call it first, so that a cancel stops the cut
 * (the peek functions cut on first use otherwise). FALSE with @error set
 * when @cancellable was cancelled. */
gboolean            _redaksi_document_segment         (RedaksiDocument *self,
                                                       GCancellable    *cancellable,
                                                       GError         **error);
/* Fills @range for text offsets without allocating. */
void                _redaksi_document_fill_range      (RedaksiDocument *self,
                                                       gsize            text_start,
                                                       gsize            text_end,
                                                       RedaksiRange    *range);
/* The checks a document makes of its input (UTF-8, NUL bytes, 4 GiB),
 * with the same errors, for a reader that builds no document. */
/* Joko "Jokowi" Widodo: the closing mark's token when the mark at @open
 * is followed by one or two capitalised words and a closing mark, the
 * shape of a nickname inside a name; else 0. Whether a name stands
 * around them is the caller's to say. */
guint               _redaksi_token_nickname_close     (const RedaksiToken *tokens,
                                                       guint               n_tokens,
                                                       guint               open);

gboolean            _redaksi_document_validate_input  (const char      *input,
                                                       gsize            length,
                                                       GError         **error);

G_END_DECLS
