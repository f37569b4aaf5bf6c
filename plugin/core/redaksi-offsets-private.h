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
  GArray     *line_starts; /* guint64 byte offsets; made at the first question */
} RedaksiOffsetIndex;

void _redaksi_offset_index_init   (RedaksiOffsetIndex *self,
                                   const char         *text,
                                   gsize               length);
void _redaksi_offset_index_clear  (RedaksiOffsetIndex *self);
void _redaksi_offset_index_lookup (const RedaksiOffsetIndex *self,
                                   gsize                     byte,
                                   guint64                  *chars,
                                   guint64                  *utf16);
/* Both ends of a range, @start <= @end, in one call: the end is
 * counted on from the start when that is shorter. An @end before
 * @start is taken as @start. */
void _redaksi_offset_index_lookup_span (const RedaksiOffsetIndex *self,
                                        gsize                     start,
                                        gsize                     end,
                                        guint64                  *char_start,
                                        guint64                  *utf16_start,
                                        guint64                  *char_end,
                                        guint64                  *utf16_end);
void _redaksi_offset_index_line_column (const RedaksiOffsetIndex *self,
                                        gsize                     byte,
                                        guint                    *line,
                                        guint                    *column);

G_END_DECLS
