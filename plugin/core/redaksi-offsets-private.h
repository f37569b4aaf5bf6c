#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Byte → code point / UTF-16 offsets in O(1): a checkpoint every
 * REDAKSI_OFFSET_STRIDE bytes, then a short forward walk. Also answers
 * line/column questions from the newline positions. */
#define REDAKSI_OFFSET_STRIDE 64

typedef struct
{
  guint64 chars;
  guint64 utf16;
  guint64 byte;
} RedaksiOffsetMark;

typedef struct
{
  const char *text;
  gsize       length;
  gboolean    ascii;
  GArray     *marks;       /* RedaksiOffsetMark, one per stride */
  GArray     *line_starts; /* guint64 byte offsets */
} RedaksiOffsetIndex;

void _redaksi_offset_index_init   (RedaksiOffsetIndex *self,
                                   const char         *text,
                                   gsize               length);
void _redaksi_offset_index_clear  (RedaksiOffsetIndex *self);
void _redaksi_offset_index_lookup (const RedaksiOffsetIndex *self,
                                   gsize                     byte,
                                   guint64                  *chars,
                                   guint64                  *utf16);
void _redaksi_offset_index_line_column (const RedaksiOffsetIndex *self,
                                        gsize                     byte,
                                        guint                    *line,
                                        guint                    *column);

G_END_DECLS
