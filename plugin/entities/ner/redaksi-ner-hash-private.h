/* redaksi-ner-hash-private.h: hashing and case folding shared by the
 * gazetteer and the labeller
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

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

/* FNV-1a, then a finaliser: words are short. Never 0. */
static inline guint64
ner_hash_bytes (const char *data,
                gsize       len)
{
  guint64 h = 0xcbf29ce484222325ULL;

  for (gsize i = 0; i < len; i++)
    {
      h ^= (guchar) data[i];
      h *= 0x100000001b3ULL;
    }
  h = ner_mix (h ^ len);
  return h ? h : 1;
}

/* Lowercases @text into @buf when it is ASCII and fits; FALSE if not. */
static inline gboolean
ner_ascii_lower (const char *text,
                 gsize       len,
                 char       *buf,
                 gsize       buf_size)
{
  if (len >= buf_size)
    return FALSE;
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

G_END_DECLS
