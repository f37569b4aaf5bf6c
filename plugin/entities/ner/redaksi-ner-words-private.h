/* redaksi-ner-words-private.h: what a word brings to the labeller
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Shared by the labeller's word cache (redaksi-ner-model.c) and by
 * data/make-ner-model-tables.c, which computes the same for the words
 * news uses most at build time: both must give the same bytes.
 */

#pragma once

#include <string.h>

#include "redaksi-ner-context-private.h"

G_BEGIN_DECLS

#define NER_WORD_KEY_MAX 32

/* A word of up to NER_WORD_KEY_MAX bytes as four machine words that
 * hold each of its bytes at least once: with the length, they tell any
 * two words apart, and compare without a loop. */
typedef struct
{
  guint64 w[4];
} NerWordKey;

/* A word as the labeller sees it wherever it stands: what its
 * neighbours read of it (without the gazetteer hint, which is the
 * token's), its rows for the context templates that read it alone (as
 * byte offsets), and the sum of its word-only features' weights. */
typedef struct
{
  NerContextInfo context;
  guint32        words[NER_N_WORD_ROWS];
  float          head[NER_ROW];
} NerWordInfo;

/* A word computed at build time, for the compiled-in model. */
typedef struct
{
  NerWordKey  key;
  guint32     len;
  NerWordInfo info;
} NerKnownWord;

static inline guint64
ner_word_load64 (const char *p)
{
  guint64 v;

  memcpy (&v, p, sizeof v);
  return v;
}

static inline guint64
ner_word_load32 (const char *p)
{
  guint32 v;

  memcpy (&v, p, sizeof v);
  return v;
}

/* Loads that overlap rather than run past the word's end. FALSE for a
 * word too long to key. */
static inline gboolean
ner_word_key (const char *text,
              guint       len,
              NerWordKey *key)
{
  key->w[1] = key->w[2] = key->w[3] = 0;
  if (len >= 8)
    {
      if (len > NER_WORD_KEY_MAX)
        return FALSE;
      key->w[0] = ner_word_load64 (text);
      key->w[1] = ner_word_load64 (text + len - 8);
      if (len > 16)
        {
          key->w[2] = ner_word_load64 (text + 8);
          key->w[3] = ner_word_load64 (text + len - 16);
        }
    }
  else if (len >= 4)
    key->w[0] = ner_word_load32 (text) | ner_word_load32 (text + len - 4) << 32;
  else if (len > 0)
    key->w[0] = (guchar) text[0] | (guint64) (guchar) text[len / 2] << 8
                | (guint64) (guchar) text[len - 1] << 16;
  else
    key->w[0] = 0;
  return TRUE;
}

/* Its top bits pick a word's place in the cache and in the table of
 * known words. */
static inline guint64
ner_word_hash (const NerWordKey *key,
               guint             len)
{
  return (key->w[0] ^ len) * 0x9E3779B97F4A7C15ULL + key->w[1] * 0xC2B2AE3D27D4EB4FULL
         + (key->w[2] ^ key->w[3]) * 0x165667B19E3779F9ULL;
}

static inline gboolean
ner_word_key_equal (const NerWordKey *a,
                    const NerWordKey *b)
{
  return a->w[0] == b->w[0] && a->w[1] == b->w[1] && a->w[2] == b->w[2] && a->w[3] == b->w[3];
}

/* The word-only features' weights summed in template order from zero,
 * as the plain emission sum begins (the same floats). */
static inline void
ner_word_head (const float        *weights,
               guint               bits,
               const NerTokenInfo *info,
               float              *head)
{
  guint32 rows[NER_N_WORD_FEATURES];
  float acc[NER_ROW] = { 0 };

  ner_features_word (info, bits, rows);
  for (guint f = 0; f < NER_N_WORD_FEATURES; f++)
    {
      const float *w = weights + (gsize) rows[f] * NER_ROW;

      for (guint l = 0; l < NER_ROW; l++)
        acc[l] += w[l];
    }
  memcpy (head, acc, sizeof acc);
}

/* Everything but the gazetteer hint, which is the token's. */
static inline void
ner_word_info_compute (const float *weights,
                       guint        bits,
                       const char  *text,
                       guint        len,
                       NerWordInfo *word)
{
  NerToken bare = { text, len, 0, 0, 0 };
  NerTokenInfo info;

  ner_token_info_compute (&bare, &info);
  ner_context_info_set (&info, &word->context);
  ner_word_head (weights, bits, &info, word->head);
  ner_word_rows_compute (&info, bits, word->words);
  ner_word_rows_shift (word->words, NER_ROW_SHIFT);
}

G_END_DECLS
