/* redaksi-name-variants.c: one entity for a name's spellings
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-name-variants-private.h"

/* Shorter names differ by one letter too often ("Ali", "Alim") to be
 * taken for one another. */
#define VARIANT_MIN_LETTERS 8

/* Keys: '=' and the name's letters, or '-' and its letters with one
 * left out (the symmetric deletion of spelling correctors): two names
 * one edit apart share a key. A word's first letter is never left out:
 * a misspelling keeps it, while "Budi Jabababa" and "Budi Kabababa"
 * are two people. */
struct _RedaksiVariants
{
  GHashTable *keys;     /* key → value */
  GArray     *pending;  /* Pending: long names whose deletions are not held yet */
};

typedef struct
{
  GString    *key;      /* '=' and the letters */
  GByteArray *initial;  /* see letters_of() */
  guint       value;
} Pending;

static void
pending_clear (gpointer data)
{
  Pending *p = data;

  g_string_free (p->key, TRUE);
  g_byte_array_unref (p->initial);
}

RedaksiVariants *
_redaksi_variants_new (void)
{
  RedaksiVariants *self = g_new0 (RedaksiVariants, 1);

  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  g_array_set_clear_func (self->pending, pending_clear);
  return self;
}

void
_redaksi_variants_free (RedaksiVariants *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->keys);
  g_array_unref (self->pending);
  g_free (self);
}

/* The name's letters and digits in ASCII lower case, after @mark:
 * spaces, hyphens and stops say nothing of the name. @initial (nullable)
 * gets, for each byte of the key, whether it opens a word. */
static GString *
letters_of (const char  *name,
            char         mark,
            GByteArray **initial)
{
  gsize size = strlen (name) + 1;
  GString *out = g_string_sized_new (size);
  guint8 *flags = NULL;
  gboolean word_start = TRUE;
  gsize n = 0;

  /* At most one byte of the key a byte of the name, after the mark. */
  if (initial)
    {
      *initial = g_byte_array_sized_new ((guint) size);
      g_byte_array_set_size (*initial, (guint) size);
      flags = (*initial)->data;
      flags[0] = 0;
    }
  out->str[n++] = mark;
  for (const char *p = name; *p; p++)
    {
      if (!(g_ascii_isalnum (*p) || (guchar) *p >= 0x80))
        {
          word_start = TRUE;
          continue;
        }
      if (flags)
        flags[n] = word_start ? 1 : 0;
      out->str[n++] = g_ascii_tolower (*p);
      word_start = FALSE;
    }
  out->str[n] = '\0';
  out->len = n;
  if (initial)
    g_byte_array_set_size (*initial, (guint) n);
  return out;
}

static void
hold (RedaksiVariants *self,
      char            *key,
      guint            value)
{
  if (g_hash_table_contains (self->keys, key))
    g_free (key);
  else
    g_hash_table_insert (self->keys, key, GUINT_TO_POINTER (value));
}

static guint
value_of (RedaksiVariants *self,
          const char      *key)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->keys, key));
}

/* The deletion keys of the long names added so far, held in the order
 * the names came: a name held first keeps its keys. Only a lookup whose
 * exact key misses needs them, and most documents never look one up,
 * so they are made then. '-' keys never meet '=' keys, so holding the
 * exact keys first changes no value. */
static void
hold_deletions (RedaksiVariants *self)
{
  g_autofree char *less = NULL;
  gsize size = 0;

  for (guint n = 0; n < self->pending->len; n++)
    {
      const Pending *p = &g_array_index (self->pending, Pending, n);
      const GString *exact = p->key;

      if (size < exact->len)
        {
          size = exact->len;
          less = g_realloc (less, size);
        }
      for (gsize i = 1; i < exact->len; i++)
        {
          if (p->initial->data[i])
            continue;
          memcpy (less, exact->str, i);
          memcpy (less + i, exact->str + i + 1, exact->len - i);  /* with the NUL */
          less[0] = '-';
          /* A key held keeps its value: only a new one is copied. */
          if (!g_hash_table_contains (self->keys, less))
            g_hash_table_insert (self->keys, g_memdup2 (less, exact->len), GUINT_TO_POINTER (p->value));
        }
    }
  g_array_set_size (self->pending, 0);
}

void
_redaksi_variants_add (RedaksiVariants *self,
                       const char      *name,
                       guint            value)
{
  g_autoptr(GByteArray) initial = NULL;
  g_autoptr(GString) exact = letters_of (name, '=', &initial);

  g_return_if_fail (value != 0);
  if (exact->len - 1 >= VARIANT_MIN_LETTERS)
    {
      Pending p = { g_string_new_len (exact->str, (gssize) exact->len), g_steal_pointer (&initial), value };

      g_array_append_val (self->pending, p);
    }
  hold (self, g_string_free (g_steal_pointer (&exact), FALSE), value);
}

guint
_redaksi_variants_find (RedaksiVariants *self,
                        const char      *name)
{
  g_autoptr(GByteArray) initial = NULL;
  g_autoptr(GString) key = letters_of (name, '=', &initial);
  g_autofree char *less = NULL;
  guint value;

  if ((value = value_of (self, key->str)) || key->len - 1 < VARIANT_MIN_LETTERS)
    return value;
  hold_deletions (self);
  /* A letter added to a name held: the name is one of its deletions. */
  key->str[0] = '-';
  if ((value = value_of (self, key->str)))
    return value;
  less = g_malloc (key->len);
  for (gsize i = 1; i < key->len && value == 0; i++)
    {
      if (initial->data[i])
        continue;
      memcpy (less, key->str, i);
      memcpy (less + i, key->str + i + 1, key->len - i);  /* with the NUL */
      /* A letter dropped, or a letter changed. */
      less[0] = '=';
      if (!(value = value_of (self, less)))
        {
          less[0] = '-';
          value = value_of (self, less);
        }
    }
  return value;
}
