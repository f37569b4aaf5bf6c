/* redaksi-ner-hash-private.h: hashing and case folding shared by the
 * gazetteer and the labeller
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

static inline guint64
ner_mix (guint64 h)
{
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

/* FNV-1a, then a finaliser: words are short. Never 0. Four bytes a
 * round: the same products in the same order, less loop. */
static inline guint64
ner_hash_bytes (const char *data,
                gsize       len)
{
  const guchar *p = (const guchar *) data;
  guint64 h = 0xcbf29ce484222325ULL;
  gsize i = 0;

  for (; i + 4 <= len; i += 4)
    {
      h = (h ^ p[i]) * 0x100000001b3ULL;
      h = (h ^ p[i + 1]) * 0x100000001b3ULL;
      h = (h ^ p[i + 2]) * 0x100000001b3ULL;
      h = (h ^ p[i + 3]) * 0x100000001b3ULL;
    }
  for (; i < len; i++)
    h = (h ^ p[i]) * 0x100000001b3ULL;
  h = ner_mix (h ^ len);
  return h ? h : 1;
}

#define NER_ONES (~(guint64) 0 / 0xff)

/* Eight ASCII bytes lowercased at once; FALSE if one is not ASCII.
 * Below 0x80, adding 0x3f sets a byte's top bit from 'A' up and adding
 * 0x25 from '[' up, without a carry into the next byte. */
static inline gboolean
ner_ascii_lower8 (guint64  v,
                  guint64 *lower)
{
  guint64 upper;

  if (v & (NER_ONES * 0x80))
    return FALSE;
  upper = (v + NER_ONES * 0x3f) & ~(v + NER_ONES * 0x25) & (NER_ONES * 0x80);
  *lower = v | (upper >> 2);
  return TRUE;
}

/* Lowercases @text into @buf when it is ASCII and fits; FALSE if not.
 * Eight bytes a step, the last step overlapping the one before. */
static inline gboolean
ner_ascii_lower (const char *text,
                 gsize       len,
                 char       *buf,
                 gsize       buf_size)
{
  guint64 v, lower;

  if (len >= buf_size)
    return FALSE;
  if (len >= 8)
    {
      for (gsize i = 0; i < len; i += 8)
        {
          gsize at = MIN (i, len - 8);

          memcpy (&v, text + at, sizeof v);
          if (!ner_ascii_lower8 (v, &lower))
            return FALSE;
          memcpy (buf + at, &lower, sizeof lower);
        }
    }
  else
    for (gsize i = 0; i < len; i++)
      {
        guchar c = (guchar) text[i];

        if (c >= 0x80)
          return FALSE;
        buf[i] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : (char) c;
      }
  buf[len] = '\0';
  return TRUE;
}

/* Lowercase, diacritics removed, compatibility forms unified. */
char *ner_fold (const char *text,
                gsize       len);

/* The open-addressing tables of the entity code (word lists, names,
 * mentions, name variants) hold slots whose first member is a guint64
 * hash, 0 for an empty slot, and probe linearly from this slot. */
static inline gsize
ner_hash_slot_first (guint64 hash,
                     gsize   mask)
{
  return (gsize) (hash ^ (hash >> 29)) & mask;
}

/* @old_size slots of @slot_size bytes placed again in @new_size
 * (a power of two, larger) new ones; @old is freed. */
static inline gpointer
ner_hash_slots_resize (gpointer old,
                       gsize    old_size,
                       gsize    new_size,
                       gsize    slot_size)
{
  guchar *slots = g_malloc0_n (new_size, slot_size);

  for (gsize i = 0; i < old_size; i++)
    {
      const guchar *slot = (const guchar *) old + i * slot_size;
      guint64 hash, held;
      gsize k;

      memcpy (&hash, slot, sizeof hash);
      if (hash == 0)
        continue;
      for (k = ner_hash_slot_first (hash, new_size - 1);; k = (k + 1) & (new_size - 1))
        {
          memcpy (&held, slots + k * slot_size, sizeof held);
          if (held == 0)
            break;
        }
      memcpy (slots + k * slot_size, slot, slot_size);
    }
  g_free (old);
  return slots;
}

G_END_DECLS
