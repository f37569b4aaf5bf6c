/* redaksi-offsets.c: byte offsets to code points, UTF-16 units, lines
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-offsets-private.h"

static inline guint
utf8_sequence_length (guchar lead)
{
  if (lead < 0x80)
    return 1;
  if (lead < 0xE0)
    return 2;
  if (lead < 0xF0)
    return 3;
  return 4;
}

/* Eight bytes a step: an index is made for every document, and most
 * news has its first curly quote or accented name well inside. */
static gboolean
is_ascii (const char *text,
          gsize       length)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 seen = 0;
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 w;

      memcpy (&w, text + i, sizeof w);
      if (w & high)
        return FALSE;
    }
  for (; i < length; i++)
    seen |= (guchar) text[i];
  return (seen & 0x80) == 0;
}

/* Code points and UTF-16 units of the (valid) bytes [from, to), both
 * character boundaries: one count of the bytes that start a character
 * and of those that start a 4-byte one, with no branch per character. */
G_ALWAYS_INLINE static inline void
count_units (const char *text,
             gsize       from,
             gsize       to,
             guint64    *chars,
             guint64    *utf16)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 starts = 0, astral = 0;
  gsize i = from;

  /* Eight bytes at a time: a continuation byte is 10xxxxxx, a 4-byte
   * lead 11110xxx; bit 7 of each byte of the masks says which. */
  for (; i + 8 <= to; i += 8)
    {
      guint64 w;

      memcpy (&w, text + i, sizeof w);
      if ((w & high) == 0)
        {
          starts += 8;
          continue;
        }
      starts += 8 - __builtin_popcountll (w & ~(w << 1) & high);
      astral += __builtin_popcountll (w & (w << 1) & (w << 2) & (w << 3) & high);
    }
  for (; i < to; i++)
    {
      guchar c = (guchar) text[i];

      starts += (c & 0xC0) != 0x80;
      astral += c >= 0xF0;
    }
  *chars += starts;
  *utf16 += starts + astral;
}

/* One forward walk over the (already validated) text: the mark of each
 * stride is at its first character boundary. The number of marks is
 * known: room for them is made once. */
static void
build_marks (RedaksiOffsetIndex *self)
{
  RedaksiOffsetMark mark = { 0, 0, 0 };
  RedaksiOffsetMark *marks;
  guint n = 0;

  g_array_set_size (self->marks, self->length / REDAKSI_OFFSET_STRIDE + 2);
  marks = (RedaksiOffsetMark *) (gpointer) self->marks->data;
  for (gsize stride = 0; ; stride += REDAKSI_OFFSET_STRIDE)
    {
      gsize boundary = stride;

      while (boundary < self->length && ((guchar) self->text[boundary] & 0xC0) == 0x80)
        boundary++;
      if (boundary >= self->length)
        break;
      count_units (self->text, mark.byte, boundary, &mark.chars, &mark.utf16);
      mark.byte = boundary;
      marks[n++] = mark;
    }
  count_units (self->text, mark.byte, self->length, &mark.chars, &mark.utf16);
  mark.byte = self->length;
  marks[n++] = mark;
  g_array_set_size (self->marks, n);
}

/* Room for line starts is made a block at a time, not a call a line. */
static GArray *
build_line_starts (const char *text,
                   gsize       length)
{
  GArray *line_starts = g_array_sized_new (FALSE, FALSE, sizeof (guint64), 256);
  const char *p = text;
  const char *end = text + length;
  guint n = 1;

  g_array_set_size (line_starts, 256);
  g_array_index (line_starts, guint64, 0) = 0;
  while ((p = memchr (p, '\n', end - p)) != NULL)
    {
      if (n == line_starts->len)
        g_array_set_size (line_starts, n * 2);
      g_array_index (line_starts, guint64, n++) = (guint64) (++p - text);
    }
  g_array_set_size (line_starts, n);
  return line_starts;
}

/* Lines and columns are asked for by the command's text output, not by
 * the analyses or the JSON: the line starts are found at the first
 * question, by whichever thread asks it first. */
static const GArray *
line_starts_of (RedaksiOffsetIndex *self)
{
  if (g_once_init_enter (&self->line_starts))
    g_once_init_leave (&self->line_starts, build_line_starts (self->text, self->length));
  return self->line_starts;
}

void
_redaksi_offset_index_init (RedaksiOffsetIndex *self,
                            const char         *text,
                            gsize               length)
{
  self->text = text;
  self->length = length;
  self->ascii = is_ascii (text, length);
  self->marks = g_array_new (FALSE, FALSE, sizeof (RedaksiOffsetMark));
  self->line_starts = NULL;
  if (!self->ascii)
    build_marks (self);
}

void
_redaksi_offset_index_clear (RedaksiOffsetIndex *self)
{
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->line_starts, g_array_unref);
}

/* How many bytes of @w have their high bit set, when no other bit is:
 * the bits moved to each byte's bottom, summed into the top byte. */
static inline guint64
count_high_bits (guint64 w)
{
  return ((w >> 7) * 0x0101010101010101ULL) >> 56;
}

/* Characters and UTF-16 units that start in @length bytes of valid
 * UTF-8 from a character boundary: every byte but a continuation byte
 * (10xxxxxx) starts one, and a 4-byte lead (11110xxx) starts two units.
 * Eight bytes a step, as lookups walk up to a stride of text; a step of
 * ASCII alone, most of news, needs no count. @readable bytes from @text
 * may be read, at least @length: a walk shorter than eight bytes is one
 * step too when there are eight to read, the bytes past it masked off. */
static void
count_characters (const char *text,
                  gsize       length,
                  gsize       readable,
                  guint64    *chars,
                  guint64    *utf16)
{
  const guint64 high = 0x8080808080808080ULL;
  guint64 continuations = 0, four_byte = 0;
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 w;

      memcpy (&w, text + i, sizeof w);
      if ((w & high) == 0)
        continue;
      continuations += count_high_bits (w & ~(w << 1) & high);
      four_byte += count_high_bits (w & (w << 1) & (w << 2) & (w << 3) & ~(w << 4) & high);
    }
  if (i < length && (length >= 8 || readable >= 8))
    {
      /* The last few bytes in one step too: the eight that end at
       * @length, with those counted already shifted out as zeros, which
       * count as nothing; or the eight from @text, with those past
       * @length masked off. */
      guint64 w;

      if (length >= 8)
        {
          memcpy (&w, text + length - 8, sizeof w);
          w = GUINT64_FROM_LE (w) >> (8 * (8 - (length - i)));
        }
      else
        {
          memcpy (&w, text, sizeof w);
          w = GUINT64_FROM_LE (w) & ((G_GUINT64_CONSTANT (1) << (8 * length)) - 1);
        }
      continuations += count_high_bits (w & ~(w << 1) & high);
      four_byte += count_high_bits (w & (w << 1) & (w << 2) & (w << 3) & ~(w << 4) & high);
      i = length;
    }
  for (; i < length; i++)
    {
      guchar b = (guchar) text[i];

      continuations += (b & 0xC0) == 0x80;
      four_byte += (b & 0xF8) == 0xF0;
    }
  *chars = length - continuations;
  *utf16 = *chars + four_byte;
}

/* The last mark at or before @byte (at most self->length). */
static inline const RedaksiOffsetMark *
mark_before (const RedaksiOffsetIndex *self,
             gsize                     byte)
{
  const RedaksiOffsetMark *mark;

  /* The mark of this stride starts at the first character boundary at or
   * after the stride's first byte; step back one when that is past us. */
  mark = &g_array_index (self->marks, RedaksiOffsetMark,
                         MIN (byte / REDAKSI_OFFSET_STRIDE, self->marks->len - 1));
  if (mark->byte > byte)
    mark--;
  return mark;
}

/* @to's offsets, counted on from @from's, a character boundary. */
static inline void
walk_from (const RedaksiOffsetIndex *self,
           const RedaksiOffsetMark  *from,
           gsize                     to,
           guint64                  *chars,
           guint64                  *utf16)
{
  guint64 c, u;

  count_characters (self->text + from->byte, to - from->byte, self->length - from->byte, &c, &u);
  *chars = from->chars + c;
  *utf16 = from->utf16 + u;
}

void
_redaksi_offset_index_lookup (const RedaksiOffsetIndex *self,
                              gsize                     byte,
                              guint64                  *chars,
                              guint64                  *utf16)
{
  byte = MIN (byte, self->length);
  if (self->ascii)
    {
      *chars = *utf16 = byte;
      return;
    }
  walk_from (self, mark_before (self, byte), byte, chars, utf16);
}

/* Most ranges are a name or a sentence: shorter than a stride, so the
 * end is counted on from the start whenever that is nearer than the
 * end's mark. */
void
_redaksi_offset_index_lookup_span (const RedaksiOffsetIndex *self,
                                   gsize                     start,
                                   gsize                     end,
                                   guint64                  *char_start,
                                   guint64                  *utf16_start,
                                   guint64                  *char_end,
                                   guint64                  *utf16_end)
{
  RedaksiOffsetMark from;
  const RedaksiOffsetMark *mark;

  start = MIN (start, self->length);
  end = CLAMP (end, start, self->length);
  if (self->ascii)
    {
      *char_start = *utf16_start = start;
      *char_end = *utf16_end = end;
      return;
    }
  walk_from (self, mark_before (self, start), start, char_start, utf16_start);
  from = (RedaksiOffsetMark) { *char_start, *utf16_start, start };
  mark = mark_before (self, end);
  walk_from (self, mark->byte > start ? mark : &from, end, char_end, utf16_end);
}

void
_redaksi_offset_index_line_column (const RedaksiOffsetIndex *self,
                                   gsize                     byte,
                                   guint                    *line,
                                   guint                    *column)
{
  const GArray *line_starts = line_starts_of ((RedaksiOffsetIndex *) self);
  const guint64 *starts = (const guint64 *) (gpointer) line_starts->data;
  guint lo = 0, hi = line_starts->len;
  guint64 line_chars, byte_chars, unused;

  byte = MIN (byte, self->length);
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (starts[mid] <= byte)
        lo = mid;
      else
        hi = mid;
    }

  _redaksi_offset_index_lookup (self, starts[lo], &line_chars, &unused);
  _redaksi_offset_index_lookup (self, byte, &byte_chars, &unused);
  *line = lo + 1;
  *column = (guint) (byte_chars - line_chars) + 1;
}
