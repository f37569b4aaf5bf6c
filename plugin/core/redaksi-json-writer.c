/* redaksi-json-writer.c: JSON text without a tree in between
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "redaksi-json-writer-private.h"

/* The layout is json-glib 1.6's JsonGenerator's, byte for byte, so that
 * output written here and output generated from a JsonNode compare
 * equal. Two deliberate differences, both on values json-glib writes as
 * invalid JSON: U+001F is escaped (json-glib passes it through raw), and
 * a double that is not finite is written as null (json-glib writes
 * `inf.0`), as is the `.0` it appends after an exponent (`1e+21.0`). */

#define INDENT 2

typedef struct
{
  guint    n_values;
  gboolean is_object;
} Level;

struct _RedaksiJsonWriter
{
  GString       *out;
  gboolean       pretty;
  gboolean       after_member;   /* the next value is a member's */
  Level         *levels;         /* one per open container */
  guint          depth;          /* containers open */
  guint          n_levels;       /* room in @levels */

  /* When writing to a stream: @out is the writer's own buffer, sent on
   * whenever it holds a chunk's worth, so that the text of a large
   * report is never whole in memory. */
  GOutputStream *stream;
  GCancellable  *cancellable;
  gboolean       failed;
};

/* Large enough that a write costs little next to the text it carries,
 * small enough to stay in the cache. */
#define CHUNK_SIZE (64 * 1024)

/* Room for @n more bytes and the NUL after the text, which stays as
 * it is: the pieces written here are short, and most go into a buffer
 * that already has room, without a call into GString. */
static void
grow (GString *out,
      gsize    n)
{
  gsize len = out->len;

  g_string_set_size (out, len + n);
  g_string_truncate (out, len);
}

static inline char *
reserve (GString *out,
         gsize    n)
{
  if (G_UNLIKELY (out->len + n >= out->allocated_len))
    grow (out, n);
  return out->str + out->len;
}

/* Ends a piece written into reserve()'s room at @end. */
static inline void
commit (GString *out,
        char    *end)
{
  out->len = (gsize) (end - out->str);
  *end = '\0';
}

/* GLib 2.74's g_string_append_len() is a call into g_string_insert_len(),
 * which checks for overlaps and moves tails. */
static inline void
append_len (GString    *out,
            const char *data,
            gsize       length)
{
  char *p = reserve (out, length);

  memcpy (p, data, length);
  commit (out, p + length);
}

static inline void
append (GString    *out,
        const char *str)
{
  append_len (out, str, strlen (str));
}

static inline void
append_c (GString *out,
          char     c)
{
  char *p = reserve (out, 1);

  *p++ = c;
  commit (out, p);
}

RedaksiJsonWriter *
_redaksi_json_writer_new (GString  *out,
                          gboolean  pretty)
{
  RedaksiJsonWriter *self = g_new0 (RedaksiJsonWriter, 1);

  self->out = out;
  self->pretty = pretty;
  self->n_levels = 8;
  self->levels = g_new (Level, self->n_levels);
  return self;
}

/* The text goes to @stream, a chunk at a time, as
 * _redaksi_json_writer_flush() and _redaksi_json_writer_flush_full()
 * are called; nothing reaches it without them. */
RedaksiJsonWriter *
_redaksi_json_writer_new_for_stream (GOutputStream *stream,
                                     gboolean       pretty,
                                     GCancellable  *cancellable)
{
  RedaksiJsonWriter *self;

  /* One chunk and the longest value written between two flushes. */
  self = _redaksi_json_writer_new (g_string_sized_new (2 * CHUNK_SIZE), pretty);
  self->stream = g_object_ref (stream);
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  return self;
}

void
_redaksi_json_writer_free (RedaksiJsonWriter *self)
{
  /* A writer whose stream failed is dropped with its containers open. */
  g_assert (self->depth == 0 || self->failed);
  g_free (self->levels);
  if (self->stream != NULL)
    {
      g_string_free (self->out, TRUE);
      g_object_unref (self->stream);
      g_clear_object (&self->cancellable);
    }
  g_free (self);
}

/* Sends what is buffered to the stream. Without a stream there is
 * nothing to do: the text stays in the caller's GString. */
gboolean
_redaksi_json_writer_flush (RedaksiJsonWriter  *self,
                            GError            **error)
{
  g_assert (!self->failed);

  if (self->stream == NULL || self->out->len == 0)
    return TRUE;
  if (!g_output_stream_write_all (self->stream, self->out->str, self->out->len, NULL,
                                  self->cancellable, error))
    {
      self->failed = TRUE;
      return FALSE;
    }
  g_string_truncate (self->out, 0);
  return TRUE;
}

/* Called between values: sends the buffer on once it holds a chunk. */
gboolean
_redaksi_json_writer_flush_full (RedaksiJsonWriter  *self,
                                 GError            **error)
{
  if (self->stream == NULL || self->out->len < CHUNK_SIZE)
    return TRUE;
  return _redaksi_json_writer_flush (self, error);
}

static void
indent (RedaksiJsonWriter *self,
        guint              depth)
{
  static const char spaces[] = "                                ";
  gsize n = (gsize) depth * INDENT;

  while (n > 0)
    {
      gsize chunk = MIN (n, sizeof spaces - 1);

      append_len (self->out, spaces, chunk);
      n -= chunk;
    }
}

/* What comes before the next value or member name of the open container:
 * the comma after its previous one and, when pretty, a new indented line. */
static void
separate (RedaksiJsonWriter *self)
{
  Level *level;

  if (self->depth == 0)
    return;
  level = &self->levels[self->depth - 1];
  if (level->n_values++ > 0)
    append_c (self->out, ',');
  if (self->pretty)
    {
      append_c (self->out, '\n');
      indent (self, self->depth);
    }
}

static void
begin_value (RedaksiJsonWriter *self)
{
  if (self->after_member)
    self->after_member = FALSE;
  else
    {
      g_assert (self->depth == 0 || !self->levels[self->depth - 1].is_object);
      separate (self);
    }
}

/* Bytes quoted() must stop at: controls, DEL, '"', '\\' and the end. */
static const guint8 stops[256] = {
  [0x00 ... 0x1f] = 1, ['"'] = 1, ['\\'] = 1, [0x7f] = 1,
};

/* The escape of a byte that stops[] marks, other than the NUL. */
static void
append_escaped (GString *out,
                guchar   c)
{
  const char *escaped = NULL;
  char code[8];

  switch (c)
    {
    case '"': escaped = "\\\""; break;
    case '\\': escaped = "\\\\"; break;
    case '\b': escaped = "\\b"; break;
    case '\f': escaped = "\\f"; break;
    case '\n': escaped = "\\n"; break;
    case '\r': escaped = "\\r"; break;
    case '\t': escaped = "\\t"; break;
    default: break;
    }
  if (escaped == NULL)
    {
      g_snprintf (code, sizeof code, "\\u%04x", c);
      escaped = code;
    }
  append (out, escaped);
}

/* Whether any of the eight bytes of @w is one stops[] marks (NUL
 * aside, which strings here do not hold): the classic tests for a zero
 * byte and for a byte below 0x20, exact as to whether there is one. */
static inline gboolean
word_has_stop (guint64 w)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 high = ones * 0x80;
  guint64 quote = w ^ (ones * '"');
  guint64 backslash = w ^ (ones * '\\');
  guint64 del = w ^ (ones * 0x7f);
  guint64 found = (w - ones * 0x20) & ~w;

  found |= (quote - ones) & ~quote;
  found |= (backslash - ones) & ~backslash;
  found |= (del - ones) & ~del;
  return (found & high) != 0;
}

/* @str, @n bytes long, between double quotes and escaped, at @p, where
 * room for @n + 2 bytes is reserved. The bytes are copied eight at a
 * time while none needs an escape; only a byte that needs one leaves
 * the loop. */
static void
quoted_at (GString    *out,
           char       *p,
           const char *str,
           gsize       n)
{
  gsize i = 0;

  *p++ = '"';
  if (n >= 4 && n < 8)
    {
      /* A short string (a type, a short name) as two four-byte pieces
       * that overlap, looked at in one word. */
      guint32 head, tail;

      memcpy (&head, str, sizeof head);
      memcpy (&tail, str + n - 4, sizeof tail);
      if (!word_has_stop (((guint64) tail << 32) | head))
        {
          memcpy (p + n - 4, &tail, sizeof tail);
          memcpy (p, &head, sizeof head);
          p += n;
          i = n;
        }
    }
  while (i < n)
    {
      guint64 w;
      guchar c;

      if (i + 8 <= n)
        {
          memcpy (&w, str + i, sizeof w);
          if (!word_has_stop (w))
            {
              memcpy (p, &w, sizeof w);
              p += sizeof w;
              i += sizeof w;
              continue;
            }
        }
      else if (n >= 8)
        {
          /* The last few bytes as the eight that end the string, over
           * the copy of those before them: their bytes are the same
           * unless one was escaped, and then this word has a stop. */
          memcpy (&w, str + n - 8, sizeof w);
          if (!word_has_stop (w))
            {
              memcpy (p - (8 - (n - i)), &w, sizeof w);
              p += n - i;
              break;
            }
        }
      c = (guchar) str[i++];
      if (G_LIKELY (!stops[c]))
        {
          *p++ = (char) c;
          continue;
        }
      commit (out, p);
      append_escaped (out, c);
      /* The rest of the string and the closing quote. */
      p = reserve (out, n - i + 1);
    }
  *p++ = '"';
  commit (out, p);
}

static void
quoted (GString    *out,
        const char *str)
{
  gsize n = strlen (str);

  quoted_at (out, reserve (out, n + 2), str, n);
}

/* In compact text the comma before a container, when it has one, and
 * its opening in one piece of room: what begin_value() and separate()
 * would write there, for every record of a report. */
static inline void
open_compact (RedaksiJsonWriter *self,
              gboolean           is_object)
{
  char *p = reserve (self->out, 2);

  if (self->after_member)
    self->after_member = FALSE;
  else if (self->depth > 0)
    {
      Level *level = &self->levels[self->depth - 1];

      g_assert (!level->is_object);
      if (level->n_values++ > 0)
        *p++ = ',';
    }
  *p++ = is_object ? '{' : '[';
  commit (self->out, p);
}

static void
begin_container (RedaksiJsonWriter *self,
                 gboolean           is_object)
{
  Level level = { 0, is_object };

  if (!self->pretty)
    open_compact (self, is_object);
  else
    {
      begin_value (self);
      append_c (self->out, is_object ? '{' : '[');
    }
  if (self->depth == self->n_levels)
    {
      self->n_levels *= 2;
      self->levels = g_renew (Level, self->levels, self->n_levels);
    }
  self->levels[self->depth++] = level;
}

static void
end_container (RedaksiJsonWriter *self,
               gboolean           is_object)
{
  Level level;

  g_assert (self->depth > 0 && !self->after_member);
  level = self->levels[self->depth - 1];
  g_assert (level.is_object == is_object);
  self->depth--;
  if (!self->pretty)
    {
      append_c (self->out, is_object ? '}' : ']');
      return;
    }
  if (level.n_values > 0)
    append_c (self->out, '\n');
  /* json-glib indents the closing brace of an empty object too, but
   * not the bracket of an empty array. */
  if (level.n_values > 0 || is_object)
    indent (self, self->depth);
  append_c (self->out, is_object ? '}' : ']');
}

void
_redaksi_json_writer_begin_object (RedaksiJsonWriter *self)
{
  begin_container (self, TRUE);
}

void
_redaksi_json_writer_end_object (RedaksiJsonWriter *self)
{
  end_container (self, TRUE);
}

void
_redaksi_json_writer_begin_array (RedaksiJsonWriter *self)
{
  begin_container (self, FALSE);
}

void
_redaksi_json_writer_end_array (RedaksiJsonWriter *self)
{
  end_container (self, FALSE);
}

/* The name is copied while its bytes are looked up; one that needs an
 * escape (none of the contract's do) is written again the long way. */
void
_redaksi_json_writer_member_len (RedaksiJsonWriter *self,
                                 const char        *name,
                                 gsize              length)
{
  guint8 escapes = 0;
  char *p;

  g_assert (self->depth > 0 && !self->after_member);
  g_assert (self->levels[self->depth - 1].is_object);

  separate (self);
  self->after_member = TRUE;
  p = reserve (self->out, length + 5);
  *p++ = '"';
  for (gsize i = 0; i < length; i++)
    {
      escapes |= stops[(guchar) name[i]];
      p[i] = name[i];
    }
  if (G_UNLIKELY (escapes))
    {
      quoted (self->out, name);
      append (self->out, self->pretty ? " : " : ":");
      return;
    }
  p += length;
  *p++ = '"';
  if (self->pretty)
    {
      memcpy (p, " : ", 3);
      p += 3;
    }
  else
    *p++ = ':';
  commit (self->out, p);
}

void
_redaksi_json_writer_string (RedaksiJsonWriter *self,
                             const char        *value)
{
  begin_value (self);
  if (value != NULL)
    quoted (self->out, value);
  else
    append (self->out, "null");
}

/* 10^0 … 10^19, the largest power of ten in 64 bits. */
static const guint64 powers_of_ten[] = {
  G_GUINT64_CONSTANT (1), G_GUINT64_CONSTANT (10), G_GUINT64_CONSTANT (100),
  G_GUINT64_CONSTANT (1000), G_GUINT64_CONSTANT (10000), G_GUINT64_CONSTANT (100000),
  G_GUINT64_CONSTANT (1000000), G_GUINT64_CONSTANT (10000000),
  G_GUINT64_CONSTANT (100000000), G_GUINT64_CONSTANT (1000000000),
  G_GUINT64_CONSTANT (10000000000), G_GUINT64_CONSTANT (100000000000),
  G_GUINT64_CONSTANT (1000000000000), G_GUINT64_CONSTANT (10000000000000),
  G_GUINT64_CONSTANT (100000000000000), G_GUINT64_CONSTANT (1000000000000000),
  G_GUINT64_CONSTANT (10000000000000000), G_GUINT64_CONSTANT (100000000000000000),
  G_GUINT64_CONSTANT (1000000000000000000), G_GUINT64_CONSTANT (10000000000000000000),
};

/* The decimal digits of @magnitude, without a loop: its bits times
 * log10(2) (1233 / 4096) give the count or one less, and one look at
 * the powers of ten says which. The lowest bit set changes no count
 * (no power of ten from 10 up is odd) and gives zero its one digit. */
static inline guint
decimal_digits (guint64 magnitude)
{
  guint64 odd = magnitude | 1;
  guint t = ((64 - (guint) __builtin_clzll (odd)) * 1233) >> 12;

  return t + (odd >= powers_of_ten[t]);
}

/* "00" to "99": digits are written two a step. */
static const char digit_pairs[] =
  "0001020304050607080910111213141516171819"
  "2021222324252627282930313233343536373839"
  "4041424344454647484950515253545556575859"
  "6061626364656667686970717273747576777879"
  "8081828384858687888990919293949596979899";

/* The digits of @value at @p, where there is room for 20 bytes; returns
 * the end. Ranges make most of the output: no printf. */
static inline char *
put_int (char   *p,
         gint64  value)
{
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;
  guint n = decimal_digits (magnitude);
  char *end;

  if (value < 0)
    *p++ = '-';
  end = p + n;
  for (; magnitude >= 100; magnitude /= 100)
    {
      end -= 2;
      memcpy (end, &digit_pairs[2 * (magnitude % 100)], 2);
    }
  if (magnitude >= 10)
    memcpy (end - 2, &digit_pairs[2 * magnitude], 2);
  else
    *--end = (char) ('0' + magnitude);
  return p + n;
}

void
_redaksi_json_writer_int (RedaksiJsonWriter *self,
                          gint64             value)
{
  char *p;

  begin_value (self);
  p = reserve (self->out, 21);
  commit (self->out, put_int (p, value));
}

/* 5^0 … 5^27, the largest power of five in 64 bits. */
static const guint64 powers_of_five[] = {
  G_GUINT64_CONSTANT (1), G_GUINT64_CONSTANT (5), G_GUINT64_CONSTANT (25),
  G_GUINT64_CONSTANT (125), G_GUINT64_CONSTANT (625), G_GUINT64_CONSTANT (3125),
  G_GUINT64_CONSTANT (15625), G_GUINT64_CONSTANT (78125), G_GUINT64_CONSTANT (390625),
  G_GUINT64_CONSTANT (1953125), G_GUINT64_CONSTANT (9765625), G_GUINT64_CONSTANT (48828125),
  G_GUINT64_CONSTANT (244140625), G_GUINT64_CONSTANT (1220703125),
  G_GUINT64_CONSTANT (6103515625), G_GUINT64_CONSTANT (30517578125),
  G_GUINT64_CONSTANT (152587890625), G_GUINT64_CONSTANT (762939453125),
  G_GUINT64_CONSTANT (3814697265625), G_GUINT64_CONSTANT (19073486328125),
  G_GUINT64_CONSTANT (95367431640625), G_GUINT64_CONSTANT (476837158203125),
  G_GUINT64_CONSTANT (2384185791015625), G_GUINT64_CONSTANT (11920928955078125),
  G_GUINT64_CONSTANT (59604644775390625), G_GUINT64_CONSTANT (298023223876953125),
  G_GUINT64_CONSTANT (1490116119384765625), G_GUINT64_CONSTANT (7450580596923828125),
};

/* @m / 2^@k times 10^@s, rounded to an integer as printf rounds (to the
 * nearest, ties to even); exact in 128 bits for the ranges
 * format_g17() asks about (@s from 0 to 21). */
static guint64
scaled_round (guint64 m,
              gint    k,
              gint    s)
{
  unsigned __int128 product;
  unsigned __int128 rest, half;
  guint64 q;
  gint shift;

  g_assert (s >= 0 && s < (gint) G_N_ELEMENTS (powers_of_five));
  /* 10^s = 5^s 2^s: the 2^s is taken off the shift. */
  product = (unsigned __int128) m * powers_of_five[s];
  shift = k - s;
  if (shift <= 0)
    return (guint64) (product << -shift);
  q = (guint64) (product >> shift);
  rest = product & ((((unsigned __int128) 1) << shift) - 1);
  half = ((unsigned __int128) 1) << (shift - 1);
  if (rest > half || (rest == half && (q & 1)))
    q++;
  return q;
}

/* printf's `%.17g` of a positive @value in [1e-4, 1e15), which is every
 * salience and similarity, without printf: 17 significant digits are
 * @value times 10^(16 - exponent), rounded, with the trailing zeros
 * dropped. Returns the length written to @buffer, or 0 for a value
 * outside that range, which the caller gives to printf. */
static gsize
format_g17 (double    value,
            char     *buffer,
            gboolean *has_point)
{
  guint64 bits;
  guint64 m;
  gint k, e2;
  gint exponent;
  guint64 digits;
  char *p = buffer;
  char text[17];
  gint point, last, from;

  if (!(value >= 1e-4 && value < 1e15))
    return 0;
  /* A normal double is its 53-bit mantissa (the hidden one put back)
   * over 2^k; read from its bits, as frexp() and ldexp() would give
   * them but without their calls. */
  memcpy (&bits, &value, sizeof bits);
  m = (bits & ((G_GUINT64_CONSTANT (1) << 52) - 1)) | (G_GUINT64_CONSTANT (1) << 52);
  k = 1075 - (gint) (bits >> 52);
  e2 = 53 - k;
  /* value is in [2^(e2-1), 2^e2): its decimal exponent is this or one
   * more (1233 / 4096 is log10(2), and floors alike for these e2; the
   * loop below would put a wrong guess right in any case). */
  exponent = ((e2 - 1) * 1233) >> 12;
  for (;;)
    {
      digits = scaled_round (m, k, 16 - exponent);
      if (digits < powers_of_ten[16])
        exponent--;
      else if (digits >= powers_of_ten[17] &&
               scaled_round (m, k, 15 - exponent) >= powers_of_ten[16])
        exponent++;
      else
        break;
    }
  if (exponent < -4 || exponent >= 17)
    return 0;

  /* Sixteen digits two a step, then the first. */
  for (gint i = 15; i >= 1; i -= 2, digits /= 100)
    memcpy (&text[i], &digit_pairs[2 * (digits % 100)], 2);
  text[0] = (char) ('0' + digits);
  for (last = 16; last > 0 && text[last] == '0' && last > exponent; last--)
    ;
  point = exponent + 1;   /* digits before the decimal point */
  *has_point = point <= last;
  /* Copied whole: `0.` and up to three zeros before all the digits, or
   * the digits with the point among them, or all of them and no point. */
  if (point <= 0)
    {
      memcpy (p, "0.000", 2 - point);
      p += 2 - point;
      from = 0;
    }
  else if (point <= last)
    {
      memcpy (p, text, point);
      p += point;
      *p++ = '.';
      from = point;
    }
  else
    from = 0;
  memcpy (p, text + from, last + 1 - from);
  p += last + 1 - from;
  return (gsize) (p - buffer);
}

void
_redaksi_json_writer_double (RedaksiJsonWriter *self,
                             double             value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  gboolean has_point = FALSE;
  gsize length;

  begin_value (self);
  if (!isfinite (value))
    {
      append (self->out, "null");
      return;
    }
  length = format_g17 (value, buffer, &has_point);
  if (length == 0)
    {
      g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);
      length = strlen (buffer);
      has_point = memchr (buffer, '.', length) != NULL || memchr (buffer, 'e', length) != NULL ||
                  memchr (buffer, 'E', length) != NULL;
    }
  append_len (self->out, buffer, length);
  /* So that a double reads back as one, as json-glib does it. */
  if (!has_point)
    append_len (self->out, ".0", 2);
}

void
_redaksi_json_writer_boolean (RedaksiJsonWriter *self,
                              gboolean           value)
{
  begin_value (self);
  append (self->out, value ? "true" : "false");
}

void
_redaksi_json_writer_null (RedaksiJsonWriter *self)
{
  begin_value (self);
  append (self->out, "null");
}

static void
write_value (RedaksiJsonWriter *self,
             JsonNode          *node)
{
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      _redaksi_json_writer_int (self, json_node_get_int (node));
      break;
    case G_TYPE_DOUBLE:
      _redaksi_json_writer_double (self, json_node_get_double (node));
      break;
    case G_TYPE_BOOLEAN:
      _redaksi_json_writer_boolean (self, json_node_get_boolean (node));
      break;
    case G_TYPE_STRING:
      _redaksi_json_writer_string (self, json_node_get_string (node));
      break;
    default:
      _redaksi_json_writer_null (self);
      break;
    }
}

static void
write_object (RedaksiJsonWriter *self,
              JsonObject        *object)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  _redaksi_json_writer_begin_object (self);
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      _redaksi_json_writer_member (self, name);
      _redaksi_json_writer_node (self, member);
    }
  _redaksi_json_writer_end_object (self);
}

static void
write_array (RedaksiJsonWriter *self,
             JsonArray         *array)
{
  _redaksi_json_writer_begin_array (self);
  for (guint i = 0; i < json_array_get_length (array); i++)
    _redaksi_json_writer_node (self, json_array_get_element (array, i));
  _redaksi_json_writer_end_array (self);
}

void
_redaksi_json_writer_node (RedaksiJsonWriter *self,
                           JsonNode          *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      write_object (self, json_node_get_object (node));
      break;
    case JSON_NODE_ARRAY:
      write_array (self, json_node_get_array (node));
      break;
    case JSON_NODE_VALUE:
      write_value (self, node);
      break;
    case JSON_NODE_NULL:
    default:
      _redaksi_json_writer_null (self);
      break;
    }
}

void
_redaksi_json_writer_string_member_len (RedaksiJsonWriter *self,
                                        const char        *name,
                                        gsize              length,
                                        const char        *value)
{
  _redaksi_json_writer_member_len (self, name, length);
  _redaksi_json_writer_string (self, value);
}

/* Integer members whose names need no escape (literals), in one piece
 * of room when compact. */
void
_redaksi_json_writer_int_members (RedaksiJsonWriter *self,
                                  const char *const *names,
                                  const gint64      *values,
                                  guint              n)
{
  Level *level;
  guint8 escapes = 0;
  guint n_values;
  gsize room = 0;
  char *p;

  g_assert (self->depth > 0 && !self->after_member);
  level = &self->levels[self->depth - 1];
  g_assert (level->is_object);

  for (guint i = 0; i < n && !self->pretty; i++)
    room += strlen (names[i]) + 25;
  if (self->pretty)
    goto one_by_one;

  n_values = level->n_values;
  p = reserve (self->out, room);
  for (guint i = 0; i < n; i++)
    {
      if (n_values++ > 0)
        *p++ = ',';
      *p++ = '"';
      for (const char *c = names[i]; *c != '\0'; c++)
        {
          escapes |= stops[(guchar) *c];
          *p++ = *c;
        }
      *p++ = '"';
      *p++ = ':';
      p = put_int (p, values[i]);
    }
  if (G_UNLIKELY (escapes))
    goto one_by_one;
  level->n_values = n_values;
  commit (self->out, p);
  return;

one_by_one:
  for (guint i = 0; i < n; i++)
    _redaksi_json_writer_int_member (self, names[i], values[i]);
}

void
_redaksi_json_writer_int_member_len (RedaksiJsonWriter *self,
                                     const char        *name,
                                     gsize              length,
                                     gint64             value)
{
  _redaksi_json_writer_member_len (self, name, length);
  _redaksi_json_writer_int (self, value);
}

/* The bytes put_pretty_key() writes at most, and the 21 of a number
 * after it. */
static inline gsize
pretty_key_room (RedaksiJsonWriter    *self,
                 const RedaksiJsonKey *key)
{
  return 2 + (gsize) self->depth * INDENT + key->length + 2 + 21;
}

/* A key of an object in pretty text at @p, where pretty_key_room()
 * bytes are reserved: the comma, the new line and its indent, and the
 * name with " : ", as separate() and the member writer would put them,
 * without their calls and byte loops. The key's name needs no escape:
 * it is a literal. Returns the end. */
static inline char *
put_pretty_key (RedaksiJsonWriter    *self,
                Level                *level,
                const RedaksiJsonKey *key,
                char                 *p)
{
  gsize spaces = (gsize) self->depth * INDENT;

  if (level->n_values++ > 0)
    *p++ = ',';
  *p++ = '\n';
  memset (p, ' ', spaces);
  p += spaces;
  /* key->quoted is "name": — the name with its quotes, then " : ". */
  memcpy (p, key->quoted, key->length - 1);
  p += key->length - 1;
  memcpy (p, " : ", 3);
  return p + 3;
}

/* A key of an object: the comma before it, unless it comes first, and
 * its name in one copy (pretty text with its new line and indent). The
 * caller writes the value, or says that a value is to come. */
G_ALWAYS_INLINE static inline void
write_key (RedaksiJsonWriter    *self,
           const RedaksiJsonKey *key)
{
  Level *level;
  char *p;

  g_assert (self->depth > 0 && !self->after_member);
  level = &self->levels[self->depth - 1];
  g_assert (level->is_object);

  if (self->pretty)
    {
      p = reserve (self->out, pretty_key_room (self, key));
      commit (self->out, put_pretty_key (self, level, key, p));
      return;
    }

  /* The whole of @quoted, which the compiler copies in a few moves; what
   * comes after the key is written over it. */
  p = reserve (self->out, sizeof key->quoted + 1);
  if (level->n_values++ > 0)
    *p++ = ',';
  memcpy (p, key->quoted, sizeof key->quoted);
  commit (self->out, p + key->length);
}

void
_redaksi_json_writer_key (RedaksiJsonWriter    *self,
                          const RedaksiJsonKey *key)
{
  write_key (self, key);
  self->after_member = TRUE;
}

/* The key and its value in one call: most of a report's members are
 * written here, and the value needs no begin_value(). In compact text
 * the comma, the key and the string go into one piece of room. */
void
_redaksi_json_writer_string_key (RedaksiJsonWriter    *self,
                                 const RedaksiJsonKey *key,
                                 const char           *value)
{
  Level *level;
  gsize n;
  char *p;

  if (self->pretty || value == NULL)
    {
      write_key (self, key);
      if (value != NULL)
        quoted (self->out, value);
      else
        append (self->out, "null");
      return;
    }

  g_assert (self->depth > 0 && !self->after_member);
  level = &self->levels[self->depth - 1];
  g_assert (level->is_object);
  n = strlen (value);
  /* As write_key() copies it: @quoted whole, written over after. */
  p = reserve (self->out, 1 + MAX (sizeof key->quoted, key->length + n + 2));
  if (level->n_values++ > 0)
    *p++ = ',';
  memcpy (p, key->quoted, sizeof key->quoted);
  quoted_at (self->out, p + key->length, value, n);
}

void
_redaksi_json_writer_int_key (RedaksiJsonWriter    *self,
                              const RedaksiJsonKey *key,
                              gint64                value)
{
  char *p;

  write_key (self, key);
  p = reserve (self->out, 21);
  commit (self->out, put_int (p, value));
}

/* A range's six offsets make a good part of the output: in compact
 * text, one piece of room for all of them. */
void
_redaksi_json_writer_int_keys (RedaksiJsonWriter    *self,
                               const RedaksiJsonKey *keys,
                               const gint64         *values,
                               guint                 n)
{
  Level *level;
  gsize room = 0;
  char *p;

  g_assert (self->depth > 0 && !self->after_member);
  level = &self->levels[self->depth - 1];
  g_assert (level->is_object);

  if (self->pretty)
    {
      for (guint i = 0; i < n; i++)
        room += pretty_key_room (self, &keys[i]);
      p = reserve (self->out, room);
      for (guint i = 0; i < n; i++)
        p = put_int (put_pretty_key (self, level, &keys[i], p), values[i]);
      commit (self->out, p);
      return;
    }

  /* A comma, the key copied whole (see _redaksi_json_writer_key()) and
   * at most 20 digits and a sign each: no key is longer than @quoted. */
  room = n * (sizeof keys->quoted + 22);
  p = reserve (self->out, room);
  for (guint i = 0; i < n; i++)
    {
      if (level->n_values++ > 0)
        *p++ = ',';
      memcpy (p, keys[i].quoted, sizeof keys[i].quoted);
      p = put_int (p + keys[i].length, values[i]);
    }
  commit (self->out, p);
}
