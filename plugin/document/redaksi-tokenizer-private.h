#pragma once

#include <gio/gio.h>

#include "redaksi-document-private.h"

G_BEGIN_DECLS

/* Tokens or spans in one block that has room for @size; plain arrays,
 * as the segmenter adds one item at a time for every few bytes. */
typedef struct
{
  RedaksiToken *items;
  guint         len;
  guint         size;
} RedaksiTokenList;

typedef struct
{
  RedaksiSpan *items;
  guint        len;
  guint        size;
} RedaksiSpanList;

/* The segmentation of a text into paragraphs, sentences and tokens. */
typedef struct
{
  RedaksiTokenList tokens;
  RedaksiSpanList  sentences;
  RedaksiSpanList  paragraphs;
  /* The dateline's tokens, [dateline_first_token, dateline_end_token);
   * dateline_end_token is -1 when there is none. */
  guint   dateline_first_token;
  gint    dateline_end_token;
} RedaksiSegmentation;

/* With @dateline_anywhere the dateline opens the first paragraph that
 * starts with one (a whole web page has menus before the article);
 * otherwise only the first paragraph may hold it. */
/* FALSE, with @out cleared, when @cancellable was cancelled. */
gboolean _redaksi_segment_text       (const char          *text,
                                      gsize                length,
                                      gboolean             dateline_anywhere,
                                      GCancellable        *cancellable,
                                      RedaksiSegmentation *out);
void _redaksi_segmentation_clear     (RedaksiSegmentation *self);

/* Abbreviations whose full stop belongs to the word. */
typedef enum
{
  REDAKSI_ABBREVIATION_NONE,
  REDAKSI_ABBREVIATION_INNER,    /* never ends a sentence: dr., Prof., No. */
  REDAKSI_ABBREVIATION_TERMINAL, /* may end one: dll., dsb., Tbk. */
} RedaksiAbbreviationKind;

RedaksiAbbreviationKind _redaksi_abbreviation_lookup (const char *word,
                                                      gsize       length);

G_END_DECLS
