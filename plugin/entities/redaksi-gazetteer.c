/* redaksi-gazetteer.c: named things a newsroom knows, matched over tokens
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "redaksi-error.h"
#include "redaksi-gazetteer-private.h"
#include "ner/redaksi-ner-hash-private.h"
#ifndef REDAKSI_GAZETTEER_BLOB_WRITER
#include "redaksi-resources-private.h"
#endif

/**
 * RedaksiGazetteer:
 *
 * A list of named things — people, bodies, places, events — each with a
 * canonical name, a [enum@EntityType], aliases and an optional id,
 * matched over a document's tokens.
 *
 * A gazetteer is immutable once made, so one can serve any number of
 * threads. The default one, [func@Gazetteer.get_default], is compiled
 * into the library from facts (countries and capitals as Indonesian
 * newsrooms write them, provinces, regencies and cities, state and
 * international bodies, parties, companies, media). A newsroom adds its
 * own tag database with [ctor@Gazetteer.new_from_file], in this JSON
 * format:
 *
 * ```json
 * {
 *   "version": 1,
 *   "entries": [
 *     { "name": "Badan Nasional Penanggulangan Bencana",
 *       "type": "ORGANIZATION",
 *       "aliases": ["BNPB"],
 *       "id": "tag:4471",
 *       "description": "Disaster management agency" }
 *   ]
 * }
 * ```
 *
 * The top level may also be the bare array of entries. `name` and
 * `type` (`PERSON`, `ORGANIZATION`, `LOCATION`, `EVENT`, `MISC`) are
 * required; `aliases`, `id` and `description` are optional, and other
 * members are ignored. Matching ignores case and diacritics, except for
 * names written all in capitals (`AS`, `PBB`), which match only as
 * written; `"case_sensitive": true` makes every name of an entry match
 * only as written. A case-insensitive match must start with a capital
 * letter or a digit in the text. Later entries override earlier ones
 * with the same name, so a file overrides the default.
 */

/**
 * redaksi_gazetteer_error_quark:
 *
 * Gets the former error domain of gazetteer files,
 * %REDAKSI_GAZETTEER_ERROR. Gazetteers now fail with
 * %REDAKSI_ERROR_INVALID_DATA; the domain stays so that code naming it
 * still builds.
 *
 * Returns: the quark of the error domain
 */
G_DEFINE_QUARK (redaksi-gazetteer-error-quark, redaksi_gazetteer_error)

#define NO_ENTRY G_MAXUINT32
#define NO_STRING G_MAXUINT32
#define SLOT_PREFIX 1u
#define SEED_FOLDED 0x666f6c646564ULL
#define SEED_EXACT 0x6578616374ULL
#define MAX_NAME_TOKENS 16
#define QUEUE_SIZE 32

typedef struct
{
  guint32 name;
  guint32 id;
  guint32 description;
  guint32 type;
} Entry;

typedef struct
{
  guint64 key;
  guint32 entry;
  guint32 flags;
} Slot;

struct _RedaksiGazetteer
{
  GObject  parent_instance;

  GArray  *entries;   /* Entry */
  GString *strings;   /* NUL-separated */
  Slot    *slots;
  guint32  mask;
  guint32  n_used;
  gboolean exact_lowercase;  /* some case-sensitive name starts in lower case */
  GArray  *pending;   /* ring of QUEUE_SIZE Slots: keys not yet in the table */
  guint    queued;
  GBytes  *blob;      /* when set, slots lie in it and are not ours to free */
  /* The default's entries and strings where they lie in the blob; NULL
   * for a gazetteer that loads names, whose are in entries and strings. */
  const Entry *blob_entries;
  const char  *blob_strings;
  guint32      n_blob_entries;
};

G_DEFINE_FINAL_TYPE (RedaksiGazetteer, redaksi_gazetteer, G_TYPE_OBJECT)

/* A big table is asked for in huge pages: a million names are inserted
 * at random places, and 4 KiB pages would miss the TLB on each. */
static Slot *
slots_alloc (guint32 size)
{
  gsize bytes = (gsize) size * sizeof (Slot);
  void *memory = NULL;

#if defined(MADV_HUGEPAGE)
  if (bytes >= (2u << 20) && posix_memalign (&memory, 2u << 20, bytes) == 0)
    {
      madvise (memory, bytes, MADV_HUGEPAGE);
      memset (memory, 0, bytes);
      return memory;
    }
#endif
  return g_malloc0 (bytes);
}

static void
redaksi_gazetteer_finalize (GObject *object)
{
  RedaksiGazetteer *self = REDAKSI_GAZETTEER (object);

  g_clear_pointer (&self->entries, g_array_unref);
  if (self->strings)
    g_string_free (self->strings, TRUE);
  if (self->blob == NULL)
    free (self->slots);  /* g_malloc and posix_memalign both end in malloc's heap */
  self->slots = NULL;
  g_clear_pointer (&self->blob, g_bytes_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  G_OBJECT_CLASS (redaksi_gazetteer_parent_class)->finalize (object);
}

static void
redaksi_gazetteer_class_init (RedaksiGazetteerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = redaksi_gazetteer_finalize;
}

static void
redaksi_gazetteer_init (RedaksiGazetteer *self)
{
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->strings = g_string_sized_new (4096);
  self->mask = 1023;
  self->slots = slots_alloc (self->mask + 1);
  self->pending = g_array_sized_new (FALSE, TRUE, sizeof (Slot), QUEUE_SIZE);
  g_array_set_size (self->pending, QUEUE_SIZE);
}

/* Hash table of token-sequence keys */

static Slot *
slot_find (RedaksiGazetteer *self,
           guint64           key)
{
  guint32 i = (guint32) key & self->mask;

  while (self->slots[i].key != 0 && self->slots[i].key != key)
    i = (i + 1) & self->mask;
  return &self->slots[i];
}

static void
slots_grow (RedaksiGazetteer *self,
            guint32           wanted)
{
  Slot *old = self->slots;
  guint32 old_size = self->mask + 1;
  guint32 size = old_size;

  /* Linear probing stays quick up to three quarters full. */
  while ((guint64) wanted * 4 > (guint64) size * 3)
    size *= 2;
  if (size == old_size)
    return;
  g_assert (self->blob == NULL);
  self->mask = size - 1;
  self->slots = slots_alloc (size);
  for (guint32 i = 0; i < old_size; i++)
    if (old[i].key != 0)
      *slot_find (self, old[i].key) = old[i];
  free (old);
}

/* For a table that will only be read, the compiled-in default: at most
 * three eighths full instead of three quarters. Most look-ups of text
 * miss, and a miss walks the run of taken slots it lands in: about two
 * slots at that load instead of seven. */
void
_redaksi_gazetteer_spread_slots (RedaksiGazetteer *self)
{
  slots_grow (self, self->n_used * 2);
}

static Slot *
slot_insert (RedaksiGazetteer *self,
             guint64           key)
{
  Slot *slot;

  slots_grow (self, self->n_used + 1);
  slot = slot_find (self, key);
  if (slot->key == 0)
    {
      slot->key = key;
      slot->entry = NO_ENTRY;
      self->n_used++;
    }
  return slot;
}

static inline const Slot *
slot_lookup (RedaksiGazetteer *self,
             guint64           key)
{
  const Slot *slot = slot_find (self, key);

  return slot->key != 0 ? slot : NULL;
}

/* Token hashing, shared by names and text */

static inline guint64
token_hash (const char *text,
            gsize       len,
            gboolean    fold)
{
  char buf[64];
  g_autofree char *folded = NULL;

  /* "Tbk." and "Tbk" are one token, whoever split the period off. */
  if (len > 1 && text[len - 1] == '.')
    len--;
  if (!fold)
    return ner_hash_bytes (text, len);
  if (ner_ascii_lower (text, len, buf, sizeof buf))
    return ner_hash_bytes (buf, len);
  folded = ner_fold (text, len);
  return ner_hash_bytes (folded, strlen (folded));
}

static inline guint64
sequence_step (guint64 sequence,
               guint64 token)
{
  guint64 h = ner_mix (sequence * 0x9E3779B97F4A7C15ULL + token);

  return h ? h : 1;
}

static inline gboolean
is_split_char (gunichar c)
{
  if (c < 0x80)
    return c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}'
           || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"';
  return c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB;
}

static inline gboolean
is_space (gunichar c)
{
  return c < 0x80 ? (c == ' ' || c == '\t' || c == '\n' || c == '\r') : g_unichar_isspace (c);
}

static inline gunichar
char_at (const char *p)
{
  return (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
}

/* Splits a name into tokens as the document tokenizer would: at
 * spaces, and around brackets, commas and quote marks. */
static guint
name_tokens (const char *name,
             const char *starts[],
             gsize       lens[])
{
  guint n = 0;
  const char *p = name;

  while (*p && n < MAX_NAME_TOKENS)
    {
      gunichar c = char_at (p);
      const char *start = p;

      if (is_space (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      if (is_split_char (c))
        p = g_utf8_next_char (p);
      else
        while (*p && !is_space (char_at (p)) && !is_split_char (char_at (p)))
          p = g_utf8_next_char (p);
      starts[n] = start;
      lens[n++] = (gsize) (p - start);
    }
  return n;
}

static gboolean
name_is_abbreviation (const char *name)
{
  gboolean upper = FALSE;

  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = char_at (p);

      if (c < 0x80 ? (c >= 'a' && c <= 'z') : g_unichar_islower (c))
        return FALSE;
      upper |= c < 0x80 ? (c >= 'A' && c <= 'Z') : g_unichar_isupper (c);
    }
  return upper;
}

/* Inserting a key costs a cache miss; keys wait in a short queue
 * after their slot is prefetched, so the misses overlap. */

static void
insert_now (RedaksiGazetteer *self,
            const Slot       *pending)
{
  Slot *slot = slot_insert (self, pending->key);

  slot->flags |= pending->flags;
  if (pending->entry != NO_ENTRY)
    slot->entry = pending->entry;
}

static void
queue_key (RedaksiGazetteer *self,
           const Slot       *pending)
{
  Slot *ring = (Slot *) (gpointer) self->pending->data;
  guint at = self->queued % QUEUE_SIZE;

  if (self->queued >= QUEUE_SIZE)
    insert_now (self, &ring[at]);
  __builtin_prefetch (&self->slots[(guint32) pending->key & self->mask], 1);
  ring[at] = *pending;
  self->queued++;
}

static void
flush_pending (RedaksiGazetteer *self)
{
  Slot *ring = (Slot *) (gpointer) self->pending->data;
  guint first = self->queued > QUEUE_SIZE ? self->queued - QUEUE_SIZE : 0;

  for (guint i = first; i < self->queued; i++)
    insert_now (self, &ring[i % QUEUE_SIZE]);
  self->queued = 0;
}

/* An ASCII name in one pass: the tokens name_tokens() would cut and
 * both families' token_hash() values, computed side by side. */
typedef struct
{
  guint    n;
  guint64  folded[MAX_NAME_TOKENS];
  guint64  exact[MAX_NAME_TOKENS];
  gboolean lower;
  gboolean upper;
  gboolean first_upper;  /* the first token starts with a capital or a digit */
} AsciiName;

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static inline guint64
fnv_done (guint64 state,
          gsize   len)
{
  guint64 h = ner_mix (state ^ len);

  return h ? h : 1;
}

static gboolean
ascii_name (const char *name,
            AsciiName  *out)
{
  const char *p = name;

  out->n = 0;
  out->lower = out->upper = out->first_upper = FALSE;
  while (*p)
    {
      guint64 folded = FNV_OFFSET, exact = FNV_OFFSET, folded_before = folded, exact_before = exact;
      gsize len = 0;
      guchar c = (guchar) *p;

      if (c >= 0x80 || out->n == MAX_NAME_TOKENS)
        return FALSE;
      if (is_space (c))
        {
          p++;
          continue;
        }
      if (out->n == 0)
        out->first_upper = g_ascii_isupper (c) || g_ascii_isdigit (c);
      do
        {
          c = (guchar) *p;
          if (c >= 0x80)
            return FALSE;
          folded_before = folded;
          exact_before = exact;
          folded = (folded ^ (guchar) g_ascii_tolower (c)) * FNV_PRIME;
          exact = (exact ^ c) * FNV_PRIME;
          out->lower |= g_ascii_islower (c);
          out->upper |= g_ascii_isupper (c);
          len++;
          p++;
        }
      while (!is_split_char (c) && *p && !is_space ((guchar) *p) && !is_split_char ((guchar) *p));
      /* token_hash() drops a final period: "Tbk." is "Tbk". */
      if (len > 1 && p[-1] == '.')
        {
          folded = folded_before;
          exact = exact_before;
          len--;
        }
      out->folded[out->n] = fnv_done (folded, len);
      out->exact[out->n] = fnv_done (exact, len);
      out->n++;
    }
  return TRUE;
}

static void
add_name (RedaksiGazetteer *self,
          const char       *name,
          guint32           entry,
          gboolean          case_sensitive)
{
  AsciiName ascii;
  guint64 hashes[MAX_NAME_TOKENS];
  gboolean fold, lowercase_start;
  guint n;

  if (ascii_name (name, &ascii))
    {
      n = ascii.n;
      fold = !case_sensitive && !(ascii.upper && !ascii.lower);
      memcpy (hashes, fold ? ascii.folded : ascii.exact, n * sizeof (guint64));
      lowercase_start = !ascii.first_upper;
    }
  else
    {
      const char *starts[MAX_NAME_TOKENS];
      gsize lens[MAX_NAME_TOKENS];

      n = name_tokens (name, starts, lens);
      fold = !case_sensitive && !name_is_abbreviation (name);
      for (guint i = 0; i < n; i++)
        hashes[i] = token_hash (starts[i], lens[i], fold);
      lowercase_start = n > 0 && !g_unichar_isupper (g_utf8_get_char (starts[0]))
                        && !g_ascii_isdigit (starts[0][0]);
    }
  if (!fold && lowercase_start)
    self->exact_lowercase = TRUE;

  guint64 key = fold ? SEED_FOLDED : SEED_EXACT;

  for (guint i = 0; i < n; i++)
    {
      Slot pending = { 0, NO_ENTRY, SLOT_PREFIX };

      key = sequence_step (key, hashes[i]);
      pending.key = key;
      if (i + 1 == n)
        pending = (Slot) { key, entry, 0 };
      queue_key (self, &pending);
    }
}

static guint32
add_string (RedaksiGazetteer *self,
            const char       *s,
            gsize             len)
{
  guint32 at = (guint32) self->strings->len;

  if (s == NULL)
    return NO_STRING;
  g_string_append_len (self->strings, s, (gssize) len);
  g_string_append_c (self->strings, '\0');
  return at;
}

static inline const char *
string_at (RedaksiGazetteer *self,
           guint32           at)
{
  if (at == NO_STRING)
    return NULL;
  return (self->blob_strings != NULL ? self->blob_strings : self->strings->str) + at;
}

static inline const Entry *
entry_at (RedaksiGazetteer *self,
          guint32           entry)
{
  if (self->blob_entries != NULL)
    return &self->blob_entries[entry];
  return &g_array_index (self->entries, Entry, entry);
}

static inline guint32
n_entries (RedaksiGazetteer *self)
{
  return self->blob_entries != NULL ? self->n_blob_entries : self->entries->len;
}

/* JSON reading: a small streaming reader, because a newsroom's tag
 * database can hold a million entries and a tree would cost seconds. */

typedef struct
{
  const char *name;
  const char *p;
  const char *end;
  guint       line;
  GError    **error;
  GString    *buf;
} Reader;

typedef struct
{
  GString   *name;
  GString   *id;
  GString   *description;
  GString   *aliases;    /* NUL-separated: no allocation per alias */
  guint      n_aliases;
  gboolean   has_name;
  gboolean   has_id;
  gboolean   has_description;
  gboolean   case_sensitive;
  int        type;
  guint      line;
} EntryBuilder;

/* Every malformed data file is REDAKSI_ERROR_INVALID_DATA, whatever
 * reads it, so hosts handle one code; the message says what is wrong. */
G_GNUC_PRINTF (2, 3)
static gboolean
reader_fail (Reader     *r,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (r->error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_DATA, "%s:%u: %s", r->name, r->line, message);
  return FALSE;
}

/* A byte as an error message can show it: a message stays UTF-8 even
 * when the file is not. */
static const char *
describe_byte (char  c,
               char  buf[16])
{
  if (g_ascii_isgraph (c))
    g_snprintf (buf, 16, "'%c'", c);
  else
    g_snprintf (buf, 16, "byte 0x%02X", (guchar) c);
  return buf;
}

static void
skip_space (Reader *r)
{
  while (r->p < r->end)
    {
      char c = *r->p;

      if (c == '\n')
        r->line++;
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      r->p++;
    }
}

static gboolean
expect (Reader *r,
        char    c)
{
  char found[16];

  skip_space (r);
  if (r->p < r->end && *r->p == c)
    {
      r->p++;
      return TRUE;
    }
  if (r->p >= r->end)
    return reader_fail (r, "expected '%c', found the end of the file", c);
  return reader_fail (r, "expected '%c', found %s", c,
                      describe_byte (*r->p, found));
}

static gboolean
peek_is (Reader *r,
         char    c)
{
  skip_space (r);
  return r->p < r->end && *r->p == c;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  c |= 0x20;
  return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

/* Four hex digits after "\u", each read once: a truncated or bad
 * escape is an error, never a read past the end. */
static gboolean
read_hex4 (Reader   *r,
           gunichar *out)
{
  gunichar c = 0;

  if (r->end - r->p < 4)
    return reader_fail (r, "truncated \\u escape");
  for (int i = 0; i < 4; i++)
    {
      int v = hex_value (r->p[i]);

      if (v < 0)
        return reader_fail (r, 
                            "bad \\u escape: four hexadecimal digits must follow");
      c = c * 16 + (gunichar) v;
    }
  r->p += 4;
  *out = c;
  return TRUE;
}

/* JSON writes a character beyond U+FFFF as a UTF-16 surrogate pair,
 * "\ud83d\ude00"; either half alone is no character. */
static gboolean
read_low_surrogate (Reader   *r,
                    gunichar  high,
                    gunichar *c)
{
  gunichar low;

  if (r->end - r->p < 2 || r->p[0] != '\\' || r->p[1] != 'u')
    return reader_fail (r, 
                        "lone surrogate \\u%04X: a \\uDC00-\\uDFFF escape must follow", high);
  r->p += 2;
  if (!read_hex4 (r, &low))
    return FALSE;
  if (low < 0xDC00 || low > 0xDFFF)
    return reader_fail (r, 
                        "surrogate \\u%04X followed by \\u%04X, not by a \\uDC00-\\uDFFF escape",
                        high, low);
  *c = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
  return TRUE;
}

static gboolean
read_unicode_escape (Reader  *r,
                     GString *out)
{
  gunichar c;

  if (!read_hex4 (r, &c))
    return FALSE;
  if (c >= 0xDC00 && c <= 0xDFFF)
    return reader_fail (r, "lone surrogate \\u%04X", c);
  if (c >= 0xD800 && c <= 0xDBFF && !read_low_surrogate (r, c, &c))
    return FALSE;
  /* Names and aliases are stored NUL-terminated. */
  if (c == 0)
    return reader_fail (r, "\\u0000 is not allowed in a string");
  g_string_append_unichar (out, c);
  return TRUE;
}

static gboolean
read_escape (Reader  *r,
             GString *out)
{
  char c, buf[16];

  if (r->p >= r->end)
    return reader_fail (r, "unterminated string");
  c = *r->p++;
  switch (c)
    {
    case '"': case '\\': case '/': g_string_append_c (out, c); return TRUE;
    case 'b': g_string_append_c (out, '\b'); return TRUE;
    case 'f': g_string_append_c (out, '\f'); return TRUE;
    case 'n': g_string_append_c (out, '\n'); return TRUE;
    case 'r': g_string_append_c (out, '\r'); return TRUE;
    case 't': g_string_append_c (out, '\t'); return TRUE;
    case 'u': return read_unicode_escape (r, out);
    default:
      return reader_fail (r, "unknown escape: backslash and %s",
                          describe_byte (c, buf));
    }
}

/* Reads a string into @out (cleared first). */
static gboolean
read_string (Reader  *r,
             GString *out)
{
  g_string_truncate (out, 0);
  if (!expect (r, '"'))
    return FALSE;
  while (r->p < r->end)
    {
      const char *run = r->p;

      while (r->p < r->end && *r->p != '"' && *r->p != '\\' && (guchar) *r->p >= 0x20)
        r->p++;
      g_string_append_len (out, run, r->p - run);
      if (r->p >= r->end)
        break;
      if (*r->p == '"')
        {
          r->p++;
          if (!g_utf8_validate_len (out->str, out->len, NULL))
            return reader_fail (r, "string is not UTF-8");
          return TRUE;
        }
      if ((guchar) *r->p < 0x20)
        return reader_fail (r, "control character in a string");
      r->p++;
      if (!read_escape (r, out))
        return FALSE;
    }
  return reader_fail (r, "unterminated string");
}

static gboolean skip_value (Reader *r, guint depth);

static gboolean
skip_container (Reader *r,
                char    close,
                guint   depth)
{
  r->p++;
  if (peek_is (r, close))
    {
      r->p++;
      return TRUE;
    }
  do
    {
      if (close == '}' && !(read_string (r, r->buf) && expect (r, ':')))
        return FALSE;
      if (!skip_value (r, depth + 1))
        return FALSE;
    }
  while (peek_is (r, ',') && r->p++);
  return expect (r, close);
}

static gboolean
skip_literal (Reader *r)
{
  const char *start = r->p;
  char buf[16];

  /* Not strchr (): it finds the terminator, and a NUL byte is no literal. */
  while (r->p < r->end && (g_ascii_isalnum (*r->p) || *r->p == '+' || *r->p == '-' || *r->p == '.'))
    r->p++;
  if (r->p == start)
    {
      if (r->p >= r->end)
        return reader_fail (r, "unexpected end of the file");
      return reader_fail (r, "unexpected %s", describe_byte (*r->p, buf));
    }
  return TRUE;
}

static gboolean
skip_value (Reader *r,
            guint   depth)
{
  skip_space (r);
  if (depth > 64)
    return reader_fail (r, "nested too deeply");
  if (r->p < r->end && *r->p == '{')
    return skip_container (r, '}', depth);
  if (r->p < r->end && *r->p == '[')
    return skip_container (r, ']', depth);
  if (r->p < r->end && *r->p == '"')
    return read_string (r, r->buf);
  return skip_literal (r);
}

/* A literal word: true, false, null. */
static gboolean
read_word (Reader      *r,
           const char **word,
           gsize       *len)
{
  skip_space (r);
  *word = r->p;
  if (!skip_literal (r))
    return FALSE;
  *len = (gsize) (r->p - *word);
  return TRUE;
}

static gboolean
read_nullable_string (Reader     *r,
                      GString    *out,
                      gboolean   *present,
                      const char *member)
{
  const char *word;
  gsize len;

  if (peek_is (r, '"'))
    return (*present = read_string (r, out));
  if (!read_word (r, &word, &len))
    return FALSE;
  if (len == 4 && memcmp (word, "null", 4) == 0)
    {
      *present = FALSE;
      return TRUE;
    }
  return reader_fail (r, "\"%s\" must be a string or null", member);
}

static gboolean
read_aliases (Reader       *r,
              EntryBuilder *e)
{
  if (!peek_is (r, '['))
    return reader_fail (r, "\"aliases\" must be an array of strings");
  r->p++;
  if (peek_is (r, ']'))
    return expect (r, ']');
  do
    {
      if (!peek_is (r, '"'))
        return reader_fail (r, "\"aliases\" must be an array of strings");
      if (!read_string (r, r->buf))
        return FALSE;
      g_string_append_len (e->aliases, r->buf->str, (gssize) r->buf->len);
      g_string_append_c (e->aliases, '\0');
      e->n_aliases++;
    }
  while (peek_is (r, ',') && r->p++);
  return expect (r, ']');
}

static gboolean
read_type (Reader       *r,
           EntryBuilder *e)
{
  RedaksiEntityType type;

  if (!peek_is (r, '"'))
    return reader_fail (r, "\"type\" must be a string");
  if (!read_string (r, r->buf))
    return FALSE;
  if (!redaksi_entity_type_from_string (r->buf->str, &type))
    return reader_fail (r, 
                        "unknown type \"%s\" (PERSON, ORGANIZATION, LOCATION, EVENT or MISC)",
                        r->buf->str);
  e->type = (int) type;
  return TRUE;
}

static gboolean
read_bool (Reader     *r,
           gboolean   *value,
           const char *member)
{
  const char *word;
  gsize len;

  if (!read_word (r, &word, &len))
    return FALSE;
  if ((len == 4 && memcmp (word, "true", 4) == 0) || (len == 5 && memcmp (word, "false", 5) == 0))
    {
      *value = len == 4;
      return TRUE;
    }
  return reader_fail (r, "\"%s\" must be true or false", member);
}

static gboolean
key_is (GString    *key,
        const char *name,
        gsize       len)
{
  return key->len == len && memcmp (key->str, name, len) == 0;
}

static gboolean
read_member (Reader       *r,
             EntryBuilder *e,
             GString      *key)
{
  if (key_is (key, "name", 4))
    {
      if (!peek_is (r, '"'))
        return reader_fail (r, "\"name\" must be a string");
      return (e->has_name = read_string (r, e->name));
    }
  if (key_is (key, "type", 4))
    return read_type (r, e);
  if (key_is (key, "aliases", 7))
    return read_aliases (r, e);
  if (key_is (key, "id", 2))
    return read_nullable_string (r, e->id, &e->has_id, "id");
  if (key_is (key, "description", 11))
    return read_nullable_string (r, e->description, &e->has_description, "description");
  if (key_is (key, "case_sensitive", 14))
    return read_bool (r, &e->case_sensitive, "case_sensitive");
  return skip_value (r, 1);
}

static void
entry_builder_reset (EntryBuilder *e,
                     guint         line)
{
  e->has_name = e->has_id = e->has_description = e->case_sensitive = FALSE;
  e->type = -1;
  e->line = line;
  g_string_truncate (e->aliases, 0);
  e->n_aliases = 0;
}

static gboolean
commit_entry (RedaksiGazetteer *self,
              Reader           *r,
              EntryBuilder     *e)
{
  Entry entry;
  guint32 index = self->entries->len;

  r->line = e->line;
  if (!e->has_name || e->name->len == 0)
    return reader_fail (r, "entry has no \"name\"");
  if (e->type < 0)
    return reader_fail (r, "entry \"%s\" has no \"type\"", e->name->str);

  entry.type = (guint32) e->type;
  entry.name = add_string (self, e->name->str, e->name->len);
  entry.id = e->has_id ? add_string (self, e->id->str, e->id->len) : NO_STRING;
  entry.description = e->has_description
                        ? add_string (self, e->description->str, e->description->len) : NO_STRING;
  g_array_append_val (self->entries, entry);

  add_name (self, e->name->str, index, e->case_sensitive);
  for (guint i = 0, at = 0; i < e->n_aliases; i++)
    {
      const char *alias = e->aliases->str + at;

      add_name (self, alias, index, e->case_sensitive);
      at += (guint) strlen (alias) + 1;
    }
  return TRUE;
}

static gboolean
read_entry (RedaksiGazetteer *self,
            Reader           *r,
            EntryBuilder     *e)
{
  g_autoptr(GString) key = g_string_new (NULL);

  skip_space (r);
  entry_builder_reset (e, r->line);
  if (!peek_is (r, '{'))
    return reader_fail (r, "an entry must be an object");
  r->p++;
  if (!peek_is (r, '}'))
    do
      {
        if (!read_string (r, key) || !expect (r, ':') || !read_member (r, e, key))
          return FALSE;
      }
    while (peek_is (r, ',') && r->p++);
  return expect (r, '}') && commit_entry (self, r, e);
}

static gboolean
read_entries (RedaksiGazetteer *self,
              Reader           *r)
{
  EntryBuilder e = {
    .name = g_string_new (NULL), .id = g_string_new (NULL),
    .description = g_string_new (NULL), .aliases = g_string_new (NULL),
  };
  gboolean ok = expect (r, '[');

  if (ok && peek_is (r, ']'))
    r->p++;
  else if (ok)
    {
      do
        ok = read_entry (self, r, &e);
      while (ok && peek_is (r, ',') && r->p++);
      ok = ok && expect (r, ']');
    }

  g_string_free (e.name, TRUE);
  g_string_free (e.id, TRUE);
  g_string_free (e.description, TRUE);
  g_string_free (e.aliases, TRUE);
  return ok;
}

static gboolean
read_document (RedaksiGazetteer *self,
               Reader           *r)
{
  gboolean seen_entries = FALSE;
  g_autoptr(GString) key = g_string_new (NULL);

  if (peek_is (r, '['))
    return read_entries (self, r);
  if (!peek_is (r, '{'))
    return reader_fail (r, "a gazetteer is an object with \"entries\" or an array");
  r->p++;
  if (!peek_is (r, '}'))
    do
      {
        if (!read_string (r, key) || !expect (r, ':'))
          return FALSE;
        if (g_str_equal (key->str, "entries"))
          {
            if (!read_entries (self, r))
              return FALSE;
            seen_entries = TRUE;
          }
        else if (!skip_value (r, 1))
          return FALSE;
      }
    while (peek_is (r, ',') && r->p++);
  if (!expect (r, '}'))
    return FALSE;
  if (!seen_entries)
    return reader_fail (r, "no \"entries\" member");
  return TRUE;
}

static void
reserve (RedaksiGazetteer *self,
         gsize             length)
{
  gsize strings = self->strings->len + length / 3;
  guint entries = self->entries->len + (guint) MIN (length / 90, G_MAXUINT32 / 2);

  if (self->strings->allocated_len < strings)
    {
      GString *bigger = g_string_sized_new (strings);

      g_string_append_len (bigger, self->strings->str, (gssize) self->strings->len);
      g_string_free (self->strings, TRUE);
      self->strings = bigger;
    }
  if (entries > self->entries->len)
    {
      GArray *bigger = g_array_sized_new (FALSE, FALSE, sizeof (Entry), entries);

      g_array_append_vals (bigger, self->entries->data, self->entries->len);
      g_array_unref (self->entries);
      self->entries = bigger;
    }
}

static gboolean
load_data (RedaksiGazetteer *self,
           const char       *data,
           gsize             length,
           const char       *name,
           GError          **error)
{
  g_autoptr(GString) buf = g_string_new (NULL);
  Reader r = { name, data, data + length, 1, error, buf };

  /* Strings are found again by 32-bit offsets. */
  if (length >= G_MAXUINT32 - self->strings->len)
    return reader_fail (&r, "a gazetteer must be smaller than 4 GiB");
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    r.p += 3;
  /* Room up front: about one key per 40 bytes, an entry per 90 bytes
   * and a third of the file in names and ids. */
  slots_grow (self, self->n_used + (guint32) MIN (length / 40, G_MAXUINT32 / 4));
  reserve (self, length);
  if (!read_document (self, &r))
    return FALSE;
  skip_space (&r);
  if (r.p < r.end)
    return reader_fail (&r, "trailing content after the gazetteer");
  flush_pending (self);
  return TRUE;
}

/* The built-in gazetteer in binary: data/make-gazetteer-blob.c loads
 * every JSON file of data/gazetteer at build time and writes the tables
 * as they stand in memory, compiled into the resource. The default
 * gazetteer uses its hash table where it lies, so starting a process
 * parses no JSON. Layout: BlobHeader, Slot[mask + 1], Entry[n_entries],
 * then the NUL-separated strings. */

#define BLOB_MAGIC "RDKGAZ\x01\x00"
#define BLOB_BYTE_ORDER 0x01020304u
#define BLOB_RESOURCE "gazetteer/default.gaz"

typedef struct
{
  char    magic[8];
  guint32 byte_order;
  guint32 n_entries;
  guint32 strings_len;
  guint32 mask;
  guint32 n_used;
  guint32 exact_lowercase;
} BlobHeader;

typedef struct
{
  const BlobHeader *header;
  const Slot       *slots;
  const Entry      *entries;
  const char       *strings;
} Blob;

GBytes *
_redaksi_gazetteer_to_blob (RedaksiGazetteer *self)
{
  GByteArray *out = g_byte_array_new ();
  gboolean in_place = self->blob_entries != NULL;
  guint32 strings_len = in_place ? ((const BlobHeader *) g_bytes_get_data (self->blob, NULL))->strings_len
                                 : (guint32) self->strings->len;
  BlobHeader header = {
    BLOB_MAGIC, BLOB_BYTE_ORDER, n_entries (self), strings_len,
    self->mask, self->n_used, self->exact_lowercase,
  };

  g_assert (self->queued == 0);
  g_byte_array_append (out, (const guint8 *) &header, sizeof header);
  g_byte_array_append (out, (const guint8 *) self->slots, (self->mask + 1) * sizeof (Slot));
  g_byte_array_append (out, (const guint8 *) entry_at (self, 0), header.n_entries * sizeof (Entry));
  g_byte_array_append (out, (const guint8 *) string_at (self, 0), strings_len);
  return g_byte_array_free_to_bytes (out);
}

/* For the build-time writer of the default gazetteer. */
gboolean
_redaksi_gazetteer_load_json (RedaksiGazetteer  *self,
                              const char        *data,
                              gsize              length,
                              const char        *name,
                              GError           **error)
{
  return load_data (self, data, length, name, error);
}

#ifndef REDAKSI_GAZETTEER_BLOB_WRITER

static gboolean
blob_entries_valid (const Blob *blob)
{
  guint32 n_strings = blob->header->strings_len;

  for (guint32 i = 0; i < blob->header->n_entries; i++)
    {
      const Entry *e = &blob->entries[i];

      if (e->name >= n_strings || (e->id != NO_STRING && e->id >= n_strings)
          || (e->description != NO_STRING && e->description >= n_strings)
          || e->type > REDAKSI_ENTITY_MISC)
        return FALSE;
    }
  for (guint32 i = 0; i <= blob->header->mask; i++)
    if (blob->slots[i].entry != NO_ENTRY && blob->slots[i].entry >= blob->header->n_entries)
      return FALSE;
  return n_strings == 0 || blob->strings[n_strings - 1] == '\0';
}

/* Checks that @bytes is a blob of this build, by its header and sizes.
 * The only blob is the one compiled into the library, read-only like its
 * code: the indices in its tables are checked by the tests
 * (_redaksi_gazetteer_default_is_sound()), not at every start. */
static gboolean
blob_open (GBytes *bytes,
           Blob   *blob)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  const BlobHeader *header = (const BlobHeader *) (gconstpointer) data;
  guint64 slots, entries;

  if (size < sizeof *header || ((guintptr) data % G_ALIGNOF (Slot)) != 0
      || memcmp (header->magic, BLOB_MAGIC, sizeof header->magic) != 0
      || header->byte_order != BLOB_BYTE_ORDER
      || header->mask == 0 || ((guint64) header->mask + 1) & header->mask)
    return FALSE;
  slots = ((guint64) header->mask + 1) * sizeof (Slot);
  entries = (guint64) header->n_entries * sizeof (Entry);
  if (size != sizeof *header + slots + entries + header->strings_len)
    return FALSE;
  blob->header = header;
  blob->slots = (const Slot *) (gconstpointer) (data + sizeof *header);
  blob->entries = (const Entry *) (gconstpointer) (data + sizeof *header + slots);
  blob->strings = (const char *) data + sizeof *header + slots + entries;
  return header->strings_len > 0 && blob->strings[header->strings_len - 1] == '\0';
}

/* The tables are the blob's own when @in_place (only read: the default
 * takes no more names), else copies that later loads may grow. */
static void
load_blob (RedaksiGazetteer *self,
           GBytes           *bytes,
           const Blob       *blob,
           gboolean          in_place)
{
  gsize table = ((gsize) blob->header->mask + 1) * sizeof (Slot);

  g_assert (self->entries->len == 0 && self->n_used == 0 && self->blob == NULL);
  free (self->slots);
  if (in_place)
    {
      self->slots = (Slot *) (gpointer) blob->slots;
      self->blob_entries = blob->entries;
      self->blob_strings = blob->strings;
      self->n_blob_entries = blob->header->n_entries;
      self->blob = g_bytes_ref (bytes);
    }
  else
    {
      g_array_append_vals (self->entries, blob->entries, blob->header->n_entries);
      g_string_append_len (self->strings, blob->strings, blob->header->strings_len);
      self->slots = slots_alloc (blob->header->mask + 1);
      memcpy (self->slots, blob->slots, table);
    }
  self->mask = blob->header->mask;
  self->n_used = blob->header->n_used;
  self->exact_lowercase = blob->header->exact_lowercase;
}

/* The compiled-in blob, kept for the life of the process. */
static GBytes *
default_blob (Blob *blob)
{
  static GBytes *bytes;
  static Blob opened;

  if (g_once_init_enter (&bytes))
    {
      g_autoptr(GError) error = NULL;
      GBytes *found = _redaksi_lookup_resource (BLOB_RESOURCE, &error);

      if (found != NULL && !blob_open (found, &opened))
        {
          /* A resource is 8-byte aligned; a copy is made only if not. */
          GBytes *copy = g_bytes_new (g_bytes_get_data (found, NULL), g_bytes_get_size (found));

          g_bytes_unref (found);
          found = copy;
          if (!blob_open (found, &opened))
            g_clear_pointer (&found, g_bytes_unref);
        }
      if (found == NULL)
        {
          g_critical ("Built-in gazetteer is broken: %s", error ? error->message : "bad blob");
          found = g_bytes_new_static ("", 0);
        }
      g_once_init_leave (&bytes, found);
    }
  *blob = opened;
  return bytes;
}

static void
load_default_into (RedaksiGazetteer *self,
                   gboolean          in_place)
{
  Blob blob = { NULL, };
  GBytes *bytes = default_blob (&blob);

  if (blob.header != NULL)
    load_blob (self, bytes, &blob, in_place);
}

gboolean
_redaksi_gazetteer_default_is_sound (void)
{
  Blob blob = { NULL, };

  default_blob (&blob);
  return blob.header != NULL && blob_entries_valid (&blob);
}

#else

/* The writer makes the default gazetteer: there is none to start from. */
static void
load_default_into (RedaksiGazetteer *self     G_GNUC_UNUSED,
                   gboolean          in_place G_GNUC_UNUSED)
{
}

#endif

/**
 * redaksi_gazetteer_get_default:
 *
 * The built-in gazetteer, loaded once on first use.
 *
 * Returns: (transfer none): the default gazetteer
 */
RedaksiGazetteer *
redaksi_gazetteer_get_default (void)
{
  static RedaksiGazetteer *instance;

  if (g_once_init_enter (&instance))
    {
      RedaksiGazetteer *self = g_object_new (REDAKSI_TYPE_GAZETTEER, NULL);

      load_default_into (self, TRUE);
      g_once_init_leave (&instance, self);
    }
  return instance;
}

/**
 * redaksi_gazetteer_new_from_data:
 * @data: (array length=length) (element-type guint8): the JSON text
 * @length: its length in bytes, or -1 when NUL-terminated
 * @name: (nullable): what to call the data in error messages
 * @with_default: whether to start from the default gazetteer's entries
 * @error: return location for a #GError
 *
 * Loads a gazetteer from JSON in the format described at
 * [class@Gazetteer].
 *
 * Returns: (transfer full): a new gazetteer, or %NULL with @error set
 *   to a message naming @name, the line and the problem
 */
RedaksiGazetteer *
redaksi_gazetteer_new_from_data (const char  *data,
                                 gssize       length,
                                 const char  *name,
                                 gboolean     with_default,
                                 GError     **error)
{
  g_autoptr(RedaksiGazetteer) self = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (REDAKSI_TYPE_GAZETTEER, NULL);
  if (with_default)
    load_default_into (self, FALSE);
  if (!load_data (self, data, length < 0 ? strlen (data) : (gsize) length,
                  name ? name : "<data>", error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * redaksi_gazetteer_new_from_file:
 * @path: (type filename): a JSON gazetteer
 * @with_default: whether to start from the default gazetteer's entries
 * @error: return location for a #GError
 *
 * Loads a newsroom's gazetteer, usually on top of the default one.
 *
 * Returns: (transfer full): a new gazetteer, or %NULL with @error set
 *   to a message naming the file, the line and the problem
 */
RedaksiGazetteer *
redaksi_gazetteer_new_from_file (const char  *path,
                                 gboolean     with_default,
                                 GError     **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(file = g_mapped_file_new (path, FALSE, error)))
    return NULL;
  display = g_filename_display_name (path);
  /* An empty file maps to NULL contents. */
  return redaksi_gazetteer_new_from_data (g_mapped_file_get_contents (file)
                                            ? g_mapped_file_get_contents (file) : "",
                                          (gssize) g_mapped_file_get_length (file),
                                          display, with_default, error);
}

/**
 * redaksi_gazetteer_get_n_entries:
 * @self: a gazetteer
 *
 * Counts the names the gazetteer knows.
 *
 * Returns: how many entries the gazetteer holds
 */
guint
redaksi_gazetteer_get_n_entries (RedaksiGazetteer *self)
{
  g_return_val_if_fail (REDAKSI_IS_GAZETTEER (self), 0);
  return n_entries (self);
}

/* Matching */

/* A token's two keys, token_hash() folded and exact, made when a name
 * first asks for them: most tokens start no name and lie inside none,
 * so most are never hashed. A window of MAX_NAME_TOKENS keys covers
 * every token a search from the current start can reach, so the keys
 * live on the stack, whatever the sentence's length. */
typedef struct
{
  guint   index;   /* the token the keys are for; G_MAXUINT: none */
  guint64 folded;  /* 0: not made yet (a key is never 0) */
  guint64 exact;
} TokenKeys;

typedef struct
{
  const NerToken *tokens;
  const guint64  *lower;  /* nullable: _redaksi_word_hash_lower() per token */
  TokenKeys       window[MAX_NAME_TOKENS];
} KeyWindow;

static inline TokenKeys *
window_keys (KeyWindow *w,
             guint      j)
{
  TokenKeys *keys = &w->window[j % MAX_NAME_TOKENS];

  if (keys->index != j)
    *keys = (TokenKeys) { j, 0, 0 };
  return keys;
}

static guint64
folded_key (KeyWindow *w,
            guint      j)
{
  TokenKeys *keys = window_keys (w, j);
  const NerToken *token = &w->tokens[j];

  if (keys->folded != 0)
    return keys->folded;
  /* The tagger's hash is token_hash() folded, unless the token ends in
   * a period token_hash() drops, or is one it could not fold (0). */
  if (w->lower != NULL && w->lower[j] != 0 && token->text[token->len - 1] != '.')
    keys->folded = w->lower[j];
  else
    keys->folded = token_hash (token->text, token->len, TRUE);
  return keys->folded;
}

static guint64
exact_key (KeyWindow *w,
           guint      j)
{
  TokenKeys *keys = window_keys (w, j);

  if (keys->exact == 0)
    keys->exact = token_hash (w->tokens[j].text, w->tokens[j].len, FALSE);
  return keys->exact;
}

static gboolean
token_capitalised (const NerToken *token)
{
  guchar first = token->len > 0 ? (guchar) token->text[0] : 0;

  return (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9')
         || (first >= 0x80 && g_unichar_isupper (g_utf8_get_char_validated (token->text, token->len)));
}

/* The longest name starting at @start in one key family. */
static guint
longest_from (RedaksiGazetteer *self,
              KeyWindow        *w,
              guint             start,
              guint             n,
              gboolean          fold,
              guint32          *entry)
{
  guint64 key = fold ? SEED_FOLDED : SEED_EXACT;
  guint best = 0;

  for (guint j = start; j < n && j - start < MAX_NAME_TOKENS; j++)
    {
      const Slot *slot;

      key = sequence_step (key, fold ? folded_key (w, j) : exact_key (w, j));
      if (!(slot = slot_lookup (self, key)))
        break;
      if (slot->entry != NO_ENTRY)
        {
          best = j + 1 - start;
          *entry = slot->entry;
        }
      if (!(slot->flags & SLOT_PREFIX))
        break;
    }
  return best;
}

static void
mark_match (RedaksiGazetteer *self,
            NerToken         *tokens,
            guint             start,
            guint             len,
            guint32           entry)
{
  static const guint8 classes[] = {
    [REDAKSI_ENTITY_PERSON] = NER_GAZ_PER,
    [REDAKSI_ENTITY_ORGANIZATION] = NER_GAZ_ORG,
    [REDAKSI_ENTITY_LOCATION] = NER_GAZ_LOC,
    [REDAKSI_ENTITY_EVENT] = NER_GAZ_EVENT,
    [REDAKSI_ENTITY_MISC] = NER_GAZ_MISC,
  };
  guint8 gaz_class = classes[entry_at (self, entry)->type];

  for (guint k = 0; k < len; k++)
    {
      tokens[start + k].gaz_class = gaz_class;
      tokens[start + k].gaz_begin = k == 0;
      tokens[start + k].gaz_len = (guint8) MIN (len, 255);
    }
}

void
_redaksi_gazetteer_annotate_hashed (RedaksiGazetteer *self,
                                    NerToken         *tokens,
                                    const guint64    *lower,
                                    guint             n_tokens,
                                    GArray           *matches)
{
  KeyWindow w;

  for (guint i = 0; i < n_tokens; i++)
    tokens[i].gaz_class = tokens[i].gaz_begin = tokens[i].gaz_len = 0;
  if (self == NULL || n_tokens == 0)
    return;

  w.tokens = tokens;
  w.lower = lower;
  for (guint k = 0; k < MAX_NAME_TOKENS; k++)
    w.window[k].index = G_MAXUINT;
  for (guint i = 0; i < n_tokens;)
    {
      guint32 folded_entry = 0, exact_entry = 0;
      gboolean capitalised = token_capitalised (&tokens[i]);
      guint folded = capitalised ? longest_from (self, &w, i, n_tokens, TRUE, &folded_entry) : 0;
      guint exact = capitalised || self->exact_lowercase
                      ? longest_from (self, &w, i, n_tokens, FALSE, &exact_entry) : 0;
      guint len = MAX (folded, exact);
      guint32 entry = exact >= folded ? exact_entry : folded_entry;

      if (len == 0)
        {
          i++;
          continue;
        }
      mark_match (self, tokens, i, len, entry);
      if (matches)
        {
          RedaksiGazetteerMatch m = { i, i + len, entry };
          g_array_append_val (matches, m);
        }
      i += len;
    }
}

void
_redaksi_gazetteer_annotate (RedaksiGazetteer *self,
                             NerToken         *tokens,
                             guint             n_tokens,
                             GArray           *matches)
{
  _redaksi_gazetteer_annotate_hashed (self, tokens, NULL, n_tokens, matches);
}

NerToken *
_redaksi_gazetteer_hint_words (RedaksiGazetteer *self,
                               GPtrArray        *words)
{
  NerToken *tokens = g_new0 (NerToken, MAX (words->len, 1));

  for (guint i = 0; i < words->len; i++)
    {
      tokens[i].text = words->pdata[i];
      tokens[i].len = (guint) strlen (words->pdata[i]);
    }
  _redaksi_gazetteer_annotate (self, tokens, words->len, NULL);
  return tokens;
}

RedaksiEntityType
_redaksi_gazetteer_entry_type (RedaksiGazetteer *self,
                               guint32           entry)
{
  return entry_at (self, entry)->type;
}

const char *
_redaksi_gazetteer_entry_name (RedaksiGazetteer *self,
                               guint32           entry)
{
  return string_at (self, entry_at (self, entry)->name);
}

const char *
_redaksi_gazetteer_entry_id (RedaksiGazetteer *self,
                             guint32           entry)
{
  return string_at (self, entry_at (self, entry)->id);
}

/**
 * redaksi_gazetteer_lookup:
 * @self: a gazetteer
 * @text: a name as it could appear in an article
 * @type: (out) (optional): the entry's type
 * @name: (out) (optional) (transfer none): the entry's canonical name
 * @id: (out) (optional) (transfer none) (nullable): the entry's id
 *
 * Looks @text up as a whole, with the same rules as matching in a text.
 *
 * Returns: %TRUE when an entry has @text as its name or an alias
 */
gboolean
redaksi_gazetteer_lookup (RedaksiGazetteer   *self,
                          const char         *text,
                          RedaksiEntityType  *type,
                          const char        **name,
                          const char        **id)
{
  const char *starts[MAX_NAME_TOKENS];
  gsize lens[MAX_NAME_TOKENS];
  NerToken tokens[MAX_NAME_TOKENS];
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (RedaksiGazetteerMatch));
  guint n;

  g_return_val_if_fail (REDAKSI_IS_GAZETTEER (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  n = name_tokens (text, starts, lens);
  for (guint i = 0; i < n; i++)
    tokens[i] = (NerToken) { .text = starts[i], .len = (guint) lens[i] };
  _redaksi_gazetteer_annotate (self, tokens, n, matches);
  /* The whole text: "Munas Kadin" is no name because "Kadin" is one. */
  if (matches->len != 1 || g_array_index (matches, RedaksiGazetteerMatch, 0).start != 0
      || g_array_index (matches, RedaksiGazetteerMatch, 0).end != n)
    return FALSE;

  guint32 entry = g_array_index (matches, RedaksiGazetteerMatch, 0).entry;
  if (type)
    *type = _redaksi_gazetteer_entry_type (self, entry);
  if (name)
    *name = _redaksi_gazetteer_entry_name (self, entry);
  if (id)
    *id = _redaksi_gazetteer_entry_id (self, entry);
  return TRUE;
}

const RedaksiGazetteerMatch *
_redaksi_gazetteer_match_at (const GArray *matches,
                             guint         start)
{
  guint lo = 0, hi = matches->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (((const RedaksiGazetteerMatch *) matches->data)[mid].start < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < matches->len && ((const RedaksiGazetteerMatch *) matches->data)[lo].start == start)
    return &((const RedaksiGazetteerMatch *) matches->data)[lo];
  return NULL;
}
