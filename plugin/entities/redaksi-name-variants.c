/* redaksi-name-variants.c: one entity for a name's spellings
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-name-variants-private.h"
#include "ner/redaksi-ner-hash-private.h"

/* Shorter names differ by one letter too often ("Ali", "Alim") to be
 * taken for one another. */
#define VARIANT_MIN_LETTERS 8

/* Names of fewer letters than this are read on the stack. */
#define VARIANT_STACK_LETTERS 128

#define NO_SKIP G_MAXUINT32

/* A lookup reads up to this many long names of a length one by one;
 * past it, their deletions are held in the table: an archive's hundred
 * thousand names cost each lookup a few hash lookups, not a walk. */
#define VARIANT_SCAN_NAMES 16

/* Two names one edit apart: one is the other with a letter left out,
 * or both are the same letters with one left out from each (the
 * symmetric deletion of spelling correctors). A word's first letter is
 * never left out: a misspelling keeps it, while "Budi Jabababa" and
 * "Budi Kabababa" are two people.
 *
 * A tagger run adds a few dozen names and looks a few of them up. The
 * exact names are in a table: '=' and the name's letters. A lookup
 * compares the few long names of its own length or a letter longer
 * with its deletions directly, a common prefix and suffix each; only a
 * length with many names has its names' deletions held in the table:
 * '-' and the letters with one left out. Keys are hashed as polynomials
 * of their letters, so that a name's prefix and suffix sums give the
 * hash of each of its deletions at once. No key is ever written out: a
 * slot names the letters it was made from (held once per name, in one
 * buffer) and the letter it leaves out. */
typedef struct
{
  guint64 hash;    /* 0: empty */
  guint32 name;    /* offset of the letters in RedaksiVariants.letters */
  guint32 len;     /* the name's letters */
  guint32 skip;    /* the letter left out, or NO_SKIP */
  guint   value;
  char    mark;
} Slot;
G_STATIC_ASSERT (G_STRUCT_OFFSET (Slot, hash) == 0); /* ner_hash_slots_resize() */

typedef struct
{
  guint32 name;    /* offset of the letters; their word-start flags follow */
  guint32 len;
  guint   value;
  guint32 next;    /* index + 1 of the next long name as long, or 0 */
} LongName;

/* The names of one length: the long ones, first and last added
 * (index + 1), and the first letters of them all. */
typedef struct
{
  guint32  first;
  guint32  last;
  guint32  count;
  gboolean held;      /* the long ones' deletions are in the table */
  guint32  initials;  /* initial_bit() of every name's first letter */
} LengthList;

struct _RedaksiVariants
{
  Slot       *slots;
  gsize       mask;
  gsize       used;
  GByteArray *letters;  /* every name's letters, and a long name's flags after them */
  GArray     *long_names;  /* LongName, in the order added */
  GArray     *by_length;   /* LengthList, by the names' length in letters */
};

/* A name's letters and their polynomial sums. */
typedef struct
{
  const char *letters;
  guint32     len;
  guint64    *prefix;   /* prefix[i]: the sum of letters [0, i) */
  guint64    *suffix;   /* suffix[i]: of letters [i, len), as the key's tail */
  guint64    *power;    /* power[i]: POLY_BASE to the i */
} Sums;

#define POLY_BASE 0x100000001b3ULL

RedaksiVariants *
_redaksi_variants_new (void)
{
  RedaksiVariants *self = g_new0 (RedaksiVariants, 1);

  self->mask = 63;
  self->slots = g_new0 (Slot, self->mask + 1);
  self->letters = g_byte_array_new ();
  self->long_names = g_array_new (FALSE, FALSE, sizeof (LongName));
  self->by_length = g_array_new (FALSE, TRUE, sizeof (LengthList));
  return self;
}

void
_redaksi_variants_free (RedaksiVariants *self)
{
  if (self == NULL)
    return;
  g_free (self->slots);
  g_byte_array_unref (self->letters);
  g_array_unref (self->long_names);
  g_array_unref (self->by_length);
  g_free (self);
}

/* @sums's arrays have room for @len + 1 values. */
static void
sums_compute (Sums       *sums,
              const char *letters,
              guint32     len)
{
  sums->letters = letters;
  sums->len = len;
  sums->prefix[0] = 0;
  sums->power[0] = 1;
  for (guint32 i = 0; i < len; i++)
    {
      sums->prefix[i + 1] = sums->prefix[i] * POLY_BASE + (guchar) letters[i] + 1;
      sums->power[i + 1] = sums->power[i] * POLY_BASE;
    }
  sums->suffix[len] = 0;
  for (guint32 i = len; i-- > 0;)
    sums->suffix[i] = sums->suffix[i + 1] + ((guint64) (guchar) letters[i] + 1) * sums->power[len - 1 - i];
}

/* Only the sum of all the letters: what the exact key's hash needs. */
static void
sums_compute_whole (Sums       *sums,
                    const char *letters,
                    guint32     len)
{
  guint64 sum = 0;

  for (guint32 i = 0; i < len; i++)
    sum = sum * POLY_BASE + (guchar) letters[i] + 1;
  sums->letters = letters;
  sums->len = len;
  sums->prefix[len] = sum;
}

/* The letters' length without letter @skip. */
static inline guint32
key_len (const Sums *sums,
         guint32     skip)
{
  return sums->len - (skip != NO_SKIP);
}

/* The hash of the key @mark and the letters, without letter @skip. */
static guint64
key_hash (const Sums *sums,
          char        mark,
          guint32     skip)
{
  guint64 sum, h;
  guint32 len = sums->len;

  if (skip == NO_SKIP)
    sum = sums->prefix[len];
  else
    {
      sum = sums->prefix[skip] * sums->power[len - 1 - skip] + sums->suffix[skip + 1];
      len--;
    }
  h = ner_mix (sum ^ ((guint64) len << 40) ^ (mark == '=' ? 0x9e3779b97f4a7c15ULL : 0));
  return h ? h : 1;
}

/* Byte @k of letters @a with letter @skip left out. */
static inline char
key_byte (const char *a,
          guint32     skip,
          guint32     k)
{
  return a[skip == NO_SKIP || k < skip ? k : k + 1];
}

static gboolean
key_equal (RedaksiVariants *self,
           const Slot      *slot,
           guint64          hash,
           const Sums      *sums,
           char             mark,
           guint32          skip)
{
  const char *held = (const char *) self->letters->data + slot->name;
  guint32 held_len = slot->len - (slot->skip != NO_SKIP);
  guint32 len = key_len (sums, skip);

  if (slot->hash != hash || held_len != len || slot->mark != mark)
    return FALSE;
  for (guint32 k = 0; k < len; k++)
    if (key_byte (held, slot->skip, k) != key_byte (sums->letters, skip, k))
      return FALSE;
  return TRUE;
}

/* The slot holding the key, or the empty one where it would go. */
static Slot *
slot_of (RedaksiVariants *self,
         guint64          hash,
         const Sums      *sums,
         char             mark,
         guint32          skip)
{
  gsize k = ner_hash_slot_first (hash, self->mask);

  while (self->slots[k].hash != 0 && !key_equal (self, &self->slots[k], hash, sums, mark, skip))
    k = (k + 1) & self->mask;
  return &self->slots[k];
}

/* Room for @more keys, at most half of the slots used. */
static void
reserve (RedaksiVariants *self,
         gsize            more)
{
  gsize old_size = self->mask + 1, size = old_size;

  while ((self->used + more) * 2 > size)
    size *= 2;
  if (size == old_size)
    return;
  self->slots = ner_hash_slots_resize (self->slots, old_size, size, sizeof *self->slots);
  self->mask = size - 1;
}

static guint
value_of (RedaksiVariants *self,
          const Sums      *sums,
          char             mark,
          guint32          skip)
{
  return slot_of (self, key_hash (sums, mark, skip), sums, mark, skip)->value;
}

/* A key held keeps its value: only a new one is stored, in room
 * reserve() made. @name is the offset of @sums's letters in
 * self->letters. */
static void
hold (RedaksiVariants *self,
      const Sums      *sums,
      guint32          name,
      char             mark,
      guint32          skip,
      guint            value)
{
  guint64 hash = key_hash (sums, mark, skip);
  Slot *slot = slot_of (self, hash, sums, mark, skip);

  if (slot->hash != 0)
    return;
  *slot = (Slot) { hash, name, sums->len, skip, value, mark };
  self->used++;
}

/* The name's letters and digits in ASCII lower case into @letters,
 * which has room for strlen (@name) bytes: spaces, hyphens and stops
 * say nothing of the name. @initial gets, for each letter, whether it
 * opens a word. Returns the number of letters. */
static guint32
letters_of (const char *name,
            char       *letters,
            guint8     *initial)
{
  gboolean word_start = TRUE;
  guint32 n = 0;

  for (const char *p = name; *p; p++)
    {
      if (!(g_ascii_isalnum (*p) || (guchar) *p >= 0x80))
        {
          word_start = TRUE;
          continue;
        }
      initial[n] = word_start ? 1 : 0;
      letters[n++] = *p >= 'A' && *p <= 'Z' ? (char) (*p + 32) : *p;
      word_start = FALSE;
    }
  return n;
}

/* Room for a name's letters, flags and sums: on the stack for most. */
typedef struct
{
  char     letters[VARIANT_STACK_LETTERS];
  guint8   initial[VARIANT_STACK_LETTERS];
  guint64  sums[3 * (VARIANT_STACK_LETTERS + 1)];
  gpointer heap;
} Scratch;

static void
scratch_init (Scratch *scratch,
              gsize    size,
              char   **letters,
              guint8 **initial,
              Sums    *sums)
{
  guint64 *values = scratch->sums;

  *letters = scratch->letters;
  *initial = scratch->initial;
  scratch->heap = NULL;
  if (size >= VARIANT_STACK_LETTERS)
    {
      /* The sums first: they are 8-byte aligned. */
      scratch->heap = values = g_malloc (3 * (size + 1) * sizeof (guint64) + 2 * size);
      *letters = (char *) (values + 3 * (size + 1));
      *initial = (guint8 *) *letters + size;
    }
  sums->prefix = values;
  sums->suffix = values + (size + 1);
  sums->power = values + 2 * (size + 1);
}

/* Is the key (@sums's letters without @skip) @held with one letter
 * that opens no word left out? @held has one letter more than the key.
 * Leaving out letter j gives the key when the two share their first j
 * letters and their last len - j: j runs from the shared suffix's start
 * to the shared prefix's end. */
static gboolean
is_deletion_of (const char   *held,
                const guint8 *initial,
                const Sums   *sums,
                guint32       skip)
{
  guint32 len = key_len (sums, skip), prefix = 0, suffix = 0;

  while (prefix < len && held[prefix] == key_byte (sums->letters, skip, prefix))
    prefix++;
  while (suffix < len && held[len - suffix] == key_byte (sums->letters, skip, len - 1 - suffix))
    suffix++;
  for (guint32 j = len - suffix; j <= prefix; j++)
    if (!initial[j])
      return TRUE;
  return FALSE;
}

/* Holds the deletions of long name @index, in room made for them. */
static void
hold_deletions_of (RedaksiVariants *self,
                   guint32          index)
{
  const LongName *name = &g_array_index (self->long_names, LongName, index);
  const char *letters = (const char *) self->letters->data + name->name;
  const guint8 *initial = (const guint8 *) letters + name->len;
  Scratch scratch;
  char *unused_letters;
  guint8 *unused_initial;
  Sums sums;

  scratch_init (&scratch, name->len, &unused_letters, &unused_initial, &sums);
  /* self->letters does not move while the keys are held. */
  sums_compute (&sums, letters, name->len);
  reserve (self, name->len);
  for (guint32 i = 0; i < name->len; i++)
    if (!initial[i])
      hold (self, &sums, name->name, '-', i, name->value);
  g_free (scratch.heap);
}

/* The names of @list's length have come to be too many to read one by
 * one at each lookup: their deletions are held, in the order the names
 * came, so that a name held first keeps its keys. */
static void
hold_list (RedaksiVariants *self,
           LengthList      *list)
{
  for (guint32 n = list->first; n != 0; n = g_array_index (self->long_names, LongName, n - 1).next)
    hold_deletions_of (self, n - 1);
  list->held = TRUE;
}

/* The value of the first long name added with a deletion equal to the
 * key (@sums's letters without @skip), or 0. Only the names a letter
 * longer than the key can have it. */
static guint
deleted_value (RedaksiVariants *self,
               const Sums      *sums,
               guint32          skip)
{
  guint32 len = key_len (sums, skip) + 1;
  LengthList *list;

  if (len >= self->by_length->len)
    return 0;
  list = &g_array_index (self->by_length, LengthList, len);
  if (!list->held && list->count > VARIANT_SCAN_NAMES)
    hold_list (self, list);
  if (list->held)
    return value_of (self, sums, '-', skip);
  for (guint32 n = list->first; n != 0;)
    {
      const LongName *name = &g_array_index (self->long_names, LongName, n - 1);
      const char *held = (const char *) self->letters->data + name->name;

      if (is_deletion_of (held, (const guint8 *) held + len, sums, skip))
        return name->value;
      n = name->next;
    }
  return 0;
}

/* A bit for a first letter: names that start otherwise are told apart
 * without a look at their keys. */
static inline guint32
initial_bit (char letter)
{
  return 1u << ((guchar) letter & 31);
}

/* The names of @len letters, made room for. */
static LengthList *
length_list (RedaksiVariants *self,
             guint32          len)
{
  if (len >= self->by_length->len)
    g_array_set_size (self->by_length, len + 1);
  return &g_array_index (self->by_length, LengthList, len);
}

/* May a name of @len letters held start with @letter? */
static gboolean
may_hold_initial (RedaksiVariants *self,
                  guint32          len,
                  char             letter)
{
  return len < self->by_length->len
         && (g_array_index (self->by_length, LengthList, len).initials & initial_bit (letter)) != 0;
}

/* Adds a long name to the names of its length, after those added
 * before it. */
static void
add_long_name (RedaksiVariants *self,
               guint32          name,
               guint32          len,
               guint            value)
{
  LongName long_name = { name, len, value, 0 };
  guint32 index = self->long_names->len + 1;
  LengthList *list;

  g_array_append_val (self->long_names, long_name);
  list = length_list (self, len);
  if (list->last != 0)
    g_array_index (self->long_names, LongName, list->last - 1).next = index;
  else
    list->first = index;
  list->last = index;
  list->count++;
  if (list->held)
    hold_deletions_of (self, index - 1);
}

void
_redaksi_variants_add (RedaksiVariants *self,
                       const char      *name,
                       guint            value)
{
  Scratch scratch;
  char *letters;
  guint8 *initial;
  Sums sums;
  guint32 n, offset = self->letters->len;

  g_return_if_fail (value != 0);
  scratch_init (&scratch, strlen (name), &letters, &initial, &sums);
  n = letters_of (name, letters, initial);
  g_assert ((gsize) offset + 2 * (gsize) n < NO_SKIP);
  g_byte_array_append (self->letters, (const guint8 *) letters, n);
  if (n >= VARIANT_MIN_LETTERS)
    {
      g_byte_array_append (self->letters, initial, n);
      add_long_name (self, offset, n, value);
    }
  if (n > 0)
    length_list (self, n)->initials |= initial_bit (letters[0]);
  sums_compute_whole (&sums, (const char *) self->letters->data + offset, n);
  reserve (self, 1);
  hold (self, &sums, offset, '=', NO_SKIP, value);
  g_free (scratch.heap);
}

/* A letter dropped from the name (the name less a letter is held) or
 * changed (the name less a letter is a long name held less one). The
 * first letter is never the one: such a name starts with the same
 * letter and has a letter less, or as many. */
static guint
one_letter_off (RedaksiVariants *self,
                const Sums      *sums,
                const guint8    *initial)
{
  guint value = 0;

  if (!may_hold_initial (self, sums->len - 1, sums->letters[0])
      && !may_hold_initial (self, sums->len, sums->letters[0]))
    return 0;

  for (guint32 i = 0; i < sums->len && value == 0; i++)
    {
      if (initial[i])
        continue;
      if (!(value = value_of (self, sums, '=', i)))
        value = deleted_value (self, sums, i);
    }
  return value;
}

guint
_redaksi_variants_find (RedaksiVariants *self,
                        const char      *name)
{
  Scratch scratch;
  char *letters;
  guint8 *initial;
  Sums sums;
  guint value;

  scratch_init (&scratch, strlen (name), &letters, &initial, &sums);
  sums_compute (&sums, letters, letters_of (name, letters, initial));
  if (!(value = value_of (self, &sums, '=', NO_SKIP)) && sums.len >= VARIANT_MIN_LETTERS)
    {
      /* A letter added to a long name held: the name is one of its
       * deletions. */
      if (!(value = deleted_value (self, &sums, NO_SKIP)))
        value = one_letter_off (self, &sums, initial);
    }
  g_free (scratch.heap);
  return value;
}
