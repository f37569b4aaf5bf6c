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

/* Names of this many bytes or fewer make their keys on the stack. */
#define VARIANT_STACK_BYTES 256

/* Keys: '=' and the name's letters, or '-' and its letters with one
 * left out (the symmetric deletion of spelling correctors): two names
 * one edit apart share a key. A word's first letter is never left out:
 * a misspelling keeps it, while "Budi Jabababa" and "Budi Kabababa"
 * are two people.
 *
 * A tagger run adds a few hundred names and their deletions and looks
 * most of them up once: the keys' bytes go into one buffer and the
 * table is open addressing over it, so a key costs no allocation of
 * its own. A deletion key is never copied to be looked up: it is the
 * key's bytes in two pieces either side of the letter left out. */
typedef struct
{
  guint64 hash;    /* 0: empty */
  guint32 offset;  /* into RedaksiVariants.bytes */
  guint32 len;     /* with the mark */
  guint   value;
} Slot;

typedef struct
{
  gsize offset;  /* into RedaksiVariants.pending_bytes: the letters, then their flags */
  gsize len;     /* letters, without the mark */
  guint value;
} Pending;

struct _RedaksiVariants
{
  Slot       *slots;
  gsize       mask;
  gsize       used;
  GByteArray *bytes;          /* every key held, one after another */
  GArray     *pending;        /* Pending: long names whose deletions are not held yet */
  GByteArray *pending_bytes;  /* their letters and word-start flags */
};

/* A key in up to two pieces after its mark. */
typedef struct
{
  char         mark;
  const char  *a;
  gsize        a_len;
  const char  *b;
  gsize        b_len;
} Key;

RedaksiVariants *
_redaksi_variants_new (void)
{
  RedaksiVariants *self = g_new0 (RedaksiVariants, 1);

  self->mask = 63;
  self->slots = g_new0 (Slot, self->mask + 1);
  self->bytes = g_byte_array_new ();
  self->pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  self->pending_bytes = g_byte_array_new ();
  return self;
}

void
_redaksi_variants_free (RedaksiVariants *self)
{
  if (self == NULL)
    return;
  g_free (self->slots);
  g_byte_array_unref (self->bytes);
  g_array_unref (self->pending);
  g_byte_array_unref (self->pending_bytes);
  g_free (self);
}

/* FNV-1a over the key's bytes as one string, then a finaliser. Never 0. */
static guint64
key_hash (const Key *key)
{
  guint64 h = 0xcbf29ce484222325ULL;
  gsize len = 1 + key->a_len + key->b_len;

  h = (h ^ (guchar) key->mark) * 0x100000001b3ULL;
  for (gsize i = 0; i < key->a_len; i++)
    h = (h ^ (guchar) key->a[i]) * 0x100000001b3ULL;
  for (gsize i = 0; i < key->b_len; i++)
    h = (h ^ (guchar) key->b[i]) * 0x100000001b3ULL;
  h = ner_mix (h ^ len);
  return h ? h : 1;
}

static gboolean
key_equal (RedaksiVariants *self,
           const Slot      *slot,
           guint64          hash,
           const Key       *key)
{
  const char *held = (const char *) self->bytes->data + slot->offset;

  return slot->hash == hash && slot->len == 1 + key->a_len + key->b_len && held[0] == key->mark
         && memcmp (held + 1, key->a, key->a_len) == 0
         && memcmp (held + 1 + key->a_len, key->b, key->b_len) == 0;
}

/* The slot holding @key, or the empty one where it would go. */
static Slot *
slot_of (RedaksiVariants *self,
         guint64          hash,
         const Key       *key)
{
  gsize k = (gsize) (hash ^ (hash >> 29)) & self->mask;

  while (self->slots[k].hash != 0 && !key_equal (self, &self->slots[k], hash, key))
    k = (k + 1) & self->mask;
  return &self->slots[k];
}

/* Twice the slots, at most half of them used. */
static void
grow (RedaksiVariants *self)
{
  Slot *old = self->slots;
  gsize old_size = self->mask + 1;

  self->mask = 2 * old_size - 1;
  self->slots = g_new0 (Slot, self->mask + 1);
  for (gsize i = 0; i < old_size; i++)
    if (old[i].hash != 0)
      {
        gsize k = (gsize) (old[i].hash ^ (old[i].hash >> 29)) & self->mask;

        while (self->slots[k].hash != 0)
          k = (k + 1) & self->mask;
        self->slots[k] = old[i];
      }
  g_free (old);
}

static guint
value_of (RedaksiVariants *self,
          const Key       *key)
{
  return slot_of (self, key_hash (key), key)->value;
}

/* A key held keeps its value: only a new one is stored. */
static void
hold (RedaksiVariants *self,
      const Key       *key,
      guint            value)
{
  guint64 hash = key_hash (key);
  Slot *slot = slot_of (self, hash, key);

  if (slot->hash != 0)
    return;
  g_assert (self->bytes->len + 1 + key->a_len + key->b_len < G_MAXUINT32);
  *slot = (Slot) { hash, self->bytes->len, (guint32) (1 + key->a_len + key->b_len), value };
  g_byte_array_append (self->bytes, (const guint8 *) &key->mark, 1);
  g_byte_array_append (self->bytes, (const guint8 *) key->a, (guint) key->a_len);
  g_byte_array_append (self->bytes, (const guint8 *) key->b, (guint) key->b_len);
  if (++self->used * 2 > self->mask + 1)
    grow (self);
}

/* The name's letters and digits in ASCII lower case into @letters,
 * which has room for strlen (@name) bytes: spaces, hyphens and stops
 * say nothing of the name. @initial gets, for each letter, whether it
 * opens a word. Returns the number of letters. */
static gsize
letters_of (const char *name,
            char       *letters,
            guint8     *initial)
{
  gboolean word_start = TRUE;
  gsize n = 0;

  for (const char *p = name; *p; p++)
    {
      if (!(g_ascii_isalnum (*p) || (guchar) *p >= 0x80))
        {
          word_start = TRUE;
          continue;
        }
      initial[n] = word_start ? 1 : 0;
      letters[n++] = g_ascii_tolower (*p);
      word_start = FALSE;
    }
  return n;
}

/* The deletion keys of the long names added so far, held in the order
 * the names came: a name held first keeps its keys. Only a lookup whose
 * exact key misses needs them, and most documents never look one up,
 * so they are made then. '-' keys never meet '=' keys, so holding the
 * exact keys first changes no value. */
static void
hold_deletions (RedaksiVariants *self)
{
  for (guint n = 0; n < self->pending->len; n++)
    {
      const Pending *p = &g_array_index (self->pending, Pending, n);
      const char *letters = (const char *) self->pending_bytes->data + p->offset;
      const guint8 *initial = self->pending_bytes->data + p->offset + p->len;

      for (gsize i = 0; i < p->len; i++)
        if (!initial[i])
          {
            Key less = { '-', letters, i, letters + i + 1, p->len - i - 1 };

            hold (self, &less, p->value);
          }
    }
  g_array_set_size (self->pending, 0);
  g_byte_array_set_size (self->pending_bytes, 0);
}

void
_redaksi_variants_add (RedaksiVariants *self,
                       const char      *name,
                       guint            value)
{
  gsize size = strlen (name);
  char stack_letters[VARIANT_STACK_BYTES];
  guint8 stack_initial[VARIANT_STACK_BYTES];
  g_autofree char *heap_letters = size > VARIANT_STACK_BYTES ? g_malloc (size) : NULL;
  g_autofree guint8 *heap_initial = size > VARIANT_STACK_BYTES ? g_malloc (size) : NULL;
  char *letters = heap_letters ? heap_letters : stack_letters;
  guint8 *initial = heap_initial ? heap_initial : stack_initial;
  gsize n;

  g_return_if_fail (value != 0);
  n = letters_of (name, letters, initial);
  if (n >= VARIANT_MIN_LETTERS)
    {
      Pending p = { self->pending_bytes->len, n, value };

      g_byte_array_append (self->pending_bytes, (const guint8 *) letters, (guint) n);
      g_byte_array_append (self->pending_bytes, initial, (guint) n);
      g_array_append_val (self->pending, p);
    }
  hold (self, &(Key) { '=', letters, n, "", 0 }, value);
}

/* A letter dropped from the name (its exact key is a deletion of the
 * name's) or changed (the two share a deletion key). */
static guint
one_letter_off (RedaksiVariants *self,
                const char      *letters,
                const guint8    *initial,
                gsize            n)
{
  guint value = 0;

  for (gsize i = 0; i < n && value == 0; i++)
    {
      Key less = { '=', letters, i, letters + i + 1, n - i - 1 };

      if (initial[i])
        continue;
      if (!(value = value_of (self, &less)))
        {
          less.mark = '-';
          value = value_of (self, &less);
        }
    }
  return value;
}

guint
_redaksi_variants_find (RedaksiVariants *self,
                        const char      *name)
{
  gsize size = strlen (name);
  char stack_letters[VARIANT_STACK_BYTES];
  guint8 stack_initial[VARIANT_STACK_BYTES];
  g_autofree char *heap_letters = size > VARIANT_STACK_BYTES ? g_malloc (size) : NULL;
  g_autofree guint8 *heap_initial = size > VARIANT_STACK_BYTES ? g_malloc (size) : NULL;
  char *letters = heap_letters ? heap_letters : stack_letters;
  guint8 *initial = heap_initial ? heap_initial : stack_initial;
  gsize n = letters_of (name, letters, initial);
  guint value;

  if ((value = value_of (self, &(Key) { '=', letters, n, "", 0 })) || n < VARIANT_MIN_LETTERS)
    return value;
  hold_deletions (self);
  /* A letter added to a name held: the name is one of its deletions. */
  if ((value = value_of (self, &(Key) { '-', letters, n, "", 0 })))
    return value;
  return one_letter_off (self, letters, initial, n);
}
