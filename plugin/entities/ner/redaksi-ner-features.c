/* redaksi-ner-features.c: hashed features for the sequence labeller
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-ner-features.h"
#include "redaksi-ner-context-private.h"
#include "redaksi-ner-hash-private.h"

/* The cue words (redaksi-ner-cue-words-private.h) and the given names
 * (data/gazetteer/given-names.txt) as open-addressing tables of their
 * hashes, made at build time by data/make-ner-tables.c: a process looks
 * words up where they lie. */
#include "redaksi-ner-tables.h"

static gboolean
given_lookup (guint64 key)
{
  guint slot = key & ((1 << GIVEN_TABLE_BITS) - 1);

  while (given_keys[slot] != 0)
    {
      if (given_keys[slot] == key)
        return TRUE;
      slot = (slot + 1) & ((1 << GIVEN_TABLE_BITS) - 1);
    }
  return FALSE;
}

static NerCue
cue_lookup (guint64 key)
{
  guint slot = key & ((1 << CUE_TABLE_BITS) - 1);

  while (cue_keys[slot] != 0)
    {
      if (cue_keys[slot] == key)
        return cue_values[slot];
      slot = (slot + 1) & ((1 << CUE_TABLE_BITS) - 1);
    }
  return NER_CUE_NONE;
}

static inline char
shape_class (guchar c)
{
  if (c >= 'A' && c <= 'Z')
    return 'X';
  if (c >= 'a' && c <= 'z')
    return 'x';
  if (c >= '0' && c <= '9')
    return 'd';
  if (c >= 0x80)
    return 'u';
  return (char) c;
}

/* Runs of one class collapse to two characters at most: "Jakarta"
 * is "Xxx", "PT" is "XX", "2013" is "dd". */
static guint64
shape_hash (const char *text,
            guint       len,
            NerCaps    *caps)
{
  char buf[32];
  guint n = 0;
  guint upper = 0, lower = 0, digit = 0;
  char prev = 0, prev2 = 0;

  for (guint i = 0; i < len && n < sizeof buf; i++)
    {
      char c = shape_class ((guchar) text[i]);

      upper += c == 'X';
      lower += c == 'x' || c == 'u';
      digit += c == 'd';
      if (c == prev && c == prev2)
        continue;
      buf[n++] = c;
      prev2 = prev;
      prev = c;
    }

  if (digit > 0)
    *caps = NER_CAPS_DIGIT;
  else if (upper == 0 && lower == 0)
    *caps = NER_CAPS_PUNCT;
  else if (upper == 0)
    *caps = NER_CAPS_LOWER;
  else if (lower == 0)
    *caps = NER_CAPS_UPPER;
  else if (buf[0] == 'X' && upper == 1)
    *caps = NER_CAPS_TITLE;
  else
    *caps = NER_CAPS_MIXED;

  return ner_hash_bytes (buf, n) ^ 0x5348415045ULL;
}

static guint
length_bucket (guint chars)
{
  if (chars <= 4)
    return chars;
  if (chars <= 7)
    return 5;
  return 6;
}

static inline guint64
fnv_finish (guint64 state,
            gsize   len)
{
  guint64 h = ner_mix (state ^ len);

  return h ? h : 1;
}

/* The word's hash and its prefixes' in one pass: the same values as
 * ner_hash_bytes() on each, which a trained model depends on. */
static void
word_and_affix_hashes (const char   *lower,
                       gsize         len,
                       NerTokenInfo *info)
{
  guint64 state = 0xcbf29ce484222325ULL;
  guint64 states[5] = { state, state, state, state, state };

  for (gsize i = 0; i < len; i++)
    {
      state ^= (guchar) lower[i];
      state *= 0x100000001b3ULL;
      if (i < 4)
        states[i + 1] = state;
    }
  info->lower = fnv_finish (state, len);
  for (guint k = 0; k < 3; k++)
    {
      gsize n = MIN (len, k + 2);

      info->prefix[k] = (n == len ? info->lower : fnv_finish (states[n], n)) * (k + 3);
      info->suffix[k] = ner_hash_bytes (lower + len - n, n) * (k + 7);
    }
}

void
ner_token_info_compute (const NerToken *token,
                        NerTokenInfo   *info)
{
  char buf[64];
  g_autofree char *folded = NULL;
  const char *lower = buf;
  gsize lower_len = token->len;
  NerCaps caps;

  if (ner_ascii_lower (token->text, token->len, buf, sizeof buf))
    lower = buf;
  else
    {
      folded = ner_fold (token->text, token->len);
      lower = folded;
      lower_len = strlen (folded);
    }

  word_and_affix_hashes (lower, lower_len, info);
  info->shape = shape_hash (token->text, token->len, &caps);
  info->caps = caps;
  info->length = length_bucket (folded ? (guint) g_utf8_strlen (lower, (gssize) lower_len) : (guint) lower_len);
  info->cue = cue_lookup (info->lower);
  info->given = given_lookup (info->lower);
  info->gaz = token->gaz_class | (token->gaz_begin ? 0x80 : 0);
  if (caps == NER_CAPS_LOWER && info->cue == NER_CUE_ORG && lower_len <= 3)
    info->cue = NER_CUE_NONE;  /* "pt", "cv" in lower case are no cues */
}

static const NerTokenInfo boundary_before = {
  .lower = 0x424f53424f53ULL, .shape = 0x424f53ULL, .cue = 0xfe, .gaz = 0xfe, .given = 0xfe,
  .caps = 0xfe,
};
static const NerTokenInfo boundary_after = {
  .lower = 0x454f53454f53ULL, .shape = 0x454f53ULL, .cue = 0xff, .gaz = 0xff, .given = 0xff,
  .caps = 0xff,
};

static inline const NerTokenInfo *
info_at (const NerTokenInfo *infos,
         guint               n_tokens,
         int                 i)
{
  if (i < 0)
    return &boundary_before;
  if ((guint) i >= n_tokens)
    return &boundary_after;
  return &infos[i];
}

/* The first NER_N_WORD_FEATURES templates read the token alone: a
 * word's rows for them are the same wherever it stands. */
void
ner_features_word (const NerTokenInfo *c,
                   guint               bits,
                   guint32            *rows)
{
  guint k = 0;

#define F(value) rows[k] = ner_row_of ((value), k, bits), k++
  F (1);
  F (c->lower);
  F (c->shape);
  F (c->prefix[0]);
  F (c->prefix[1]);
  F (c->prefix[2]);
  F (c->suffix[0]);
  F (c->suffix[1]);
  F (c->suffix[2]);
#undef F

  g_assert (k == NER_N_WORD_FEATURES);
}

void
ner_features_context (const NerTokenInfo *infos,
                      guint               n_tokens,
                      guint               i,
                      guint               bits,
                      guint32            *rows)
{
  const NerTokenInfo *p2 = info_at (infos, n_tokens, (int) i - 2);
  const NerTokenInfo *p1 = info_at (infos, n_tokens, (int) i - 1);
  const NerTokenInfo *c = &infos[i];
  const NerTokenInfo *n1 = info_at (infos, n_tokens, (int) i + 1);
  const NerTokenInfo *n2 = info_at (infos, n_tokens, (int) i + 2);
  guint k = NER_N_WORD_FEATURES;

#define F(value) rows[k] = ner_row_of ((value), k, bits), k++
  F (p1->lower);
  F (p2->lower);
  F (n1->lower);
  F (n2->lower);
  F (p1->shape);
  F (n1->shape);
  F (p1->lower * 31 + c->lower);
  F (c->lower * 31 + n1->lower);
  F (p1->shape * 961 + c->shape * 31 + n1->shape);
  F (ner_small (p1->cue, c->caps, 1));
  F (ner_small (p2->cue, c->caps, 2));
  F (ner_small (n1->cue, c->caps, 3));
  F (ner_small (c->cue, c->caps, 4));
  F (ner_small (c->gaz, c->caps, 5));
  F (ner_small (p1->gaz, c->gaz, 6));
  F (ner_small (n1->gaz, c->gaz, 7));
  F (ner_small (i == 0, c->caps, c->cue));
  F (p1->lower * 7 + c->shape);
  F (n1->lower * 7 + c->shape);
  F (ner_small (p1->caps, c->caps, n1->caps * 16 + 8));
  F (ner_small (c->caps, c->length, 9));
  F (ner_small (p1->cue, n1->cue, c->caps * 16 + 10));
  F (ner_small (p2->caps, p1->caps, c->caps * 16 + 11));
  F (ner_small (n1->caps, n2->caps, c->caps * 16 + 12));
  F (ner_small (i == 0, c->gaz, 13) + c->lower * (i == 0));
  F (ner_small (c->given, c->caps, 14));
  F (ner_small (p1->given, p1->caps, c->caps * 16 + 15));
  F (ner_small (n1->given, n1->caps, c->caps * 16 + 16));
#undef F

  g_assert (k == NER_N_FEATURES);
}

/* The context templates that read a single token, by where it stands
 * (their template numbers in ner_features_context()), one line each:
 * a word's rows are computed for every word the labeller meets. */
void
ner_word_rows_compute (const NerTokenInfo *c,
                       guint               bits,
                       guint32            *rows)
{
  rows[NER_WORD_AS_P1_LOWER] = ner_row_of (c->lower, 9, bits);
  rows[NER_WORD_AS_P2_LOWER] = ner_row_of (c->lower, 10, bits);
  rows[NER_WORD_AS_N1_LOWER] = ner_row_of (c->lower, 11, bits);
  rows[NER_WORD_AS_N2_LOWER] = ner_row_of (c->lower, 12, bits);
  rows[NER_WORD_AS_P1_SHAPE] = ner_row_of (c->shape, 13, bits);
  rows[NER_WORD_AS_N1_SHAPE] = ner_row_of (c->shape, 14, bits);
  rows[NER_WORD_CUE_CAPS] = ner_row_of (ner_small (c->cue, c->caps, 4), 21, bits);
  rows[NER_WORD_CAPS_LENGTH] = ner_row_of (ner_small (c->caps, c->length, 9), 29, bits);
  rows[NER_WORD_GIVEN_CAPS] = ner_row_of (ner_small (c->given, c->caps, 14), 34, bits);
}

void
ner_word_rows_boundaries (guint    bits,
                          guint32 *before,
                          guint32 *after)
{
  ner_word_rows_compute (&boundary_before, bits, before);
  ner_word_rows_compute (&boundary_after, bits, after);
}

/* The small values behind each table index (NerContextInfo). */
static guint
cue_of_code (guint code)
{
  return code <= NER_CUE_JOIN ? code : code == NER_CUE_JOIN + 1 ? 0xfe : 0xff;
}

static guint
caps_of_code (guint code)
{
  return code <= NER_CAPS_PUNCT ? code : code == NER_CAPS_PUNCT + 1 ? 0xfe : 0xff;
}

static guint
given_of_code (guint code)
{
  return code < 2 ? code : code == 2 ? 0xfe : 0xff;
}

static void
tables_init_pairs (NerContextTables *t,
                   guint             bits)
{
  for (guint a = 0; a < NER_CODE_CUES; a++)
    for (guint c = 0; c < NER_CODE_CAPS; c++)
      for (guint k = 0; k < 3; k++)
        t->cue_caps[k][a][c] = ner_row_of (ner_small (cue_of_code (a), caps_of_code (c), k + 1),
                                           18 + k, bits);
  for (guint g = 0; g < NER_CODE_GAZ; g++)
    {
      guint gaz = ner_gaz_of_code (g);

      for (guint c = 0; c < NER_CODE_CAPS; c++)
        t->gaz_caps[g][c] = ner_row_of (ner_small (gaz, caps_of_code (c), 5), 22, bits);
      for (guint h = 0; h < NER_CODE_GAZ; h++)
        for (guint k = 0; k < 2; k++)
          t->gaz_gaz[k][g][h] = ner_row_of (ner_small (gaz, ner_gaz_of_code (h), 6 + k), 23 + k, bits);
      t->gaz_alone[g] = ner_row_of (ner_small (0, gaz, 13), 33, bits);
    }
  for (guint f = 0; f < 2; f++)
    for (guint c = 0; c < NER_CODE_CAPS; c++)
      for (guint q = 0; q < NER_CODE_CUES; q++)
        t->first_caps_cue[f][c][q] = ner_row_of (ner_small (f, caps_of_code (c), cue_of_code (q)),
                                                 25, bits);
}

static void
tables_init_triples (NerContextTables *t,
                     guint             bits)
{
  static const guint templates[3] = { 28, 31, 32 };
  static const guint tags[3] = { 8, 11, 12 };

  for (guint a = 0; a < NER_CODE_CAPS; a++)
    for (guint b = 0; b < NER_CODE_CAPS; b++)
      for (guint c = 0; c < NER_CODE_CAPS; c++)
        for (guint k = 0; k < 3; k++)
          {
            /* (p1, c, n1), (p2, p1, c), (n1, n2, c): the table's
             * indexes in the order the template's value takes them. */
            guint64 value = ner_small (caps_of_code (a), caps_of_code (b),
                                       caps_of_code (c) * 16 + tags[k]);

            t->caps_caps_caps[k][a][b][c] = ner_row_of (value, templates[k], bits);
          }
  for (guint a = 0; a < NER_CODE_CUES; a++)
    for (guint b = 0; b < NER_CODE_CUES; b++)
      for (guint c = 0; c < NER_CODE_CAPS; c++)
        t->cue_cue_caps[a][b][c] = ner_row_of (ner_small (cue_of_code (a), cue_of_code (b),
                                                          caps_of_code (c) * 16 + 10), 30, bits);
  for (guint g = 0; g < NER_CODE_GIVEN; g++)
    for (guint a = 0; a < NER_CODE_CAPS; a++)
      for (guint c = 0; c < NER_CODE_CAPS; c++)
        for (guint k = 0; k < 2; k++)
          {
            guint64 value = ner_small (given_of_code (g), caps_of_code (a),
                                       caps_of_code (c) * 16 + 15 + k);

            t->given_caps_caps[k][g][a][c] = ner_row_of (value, 35 + k, bits);
          }
}

void
ner_context_tables_init (NerContextTables *tables,
                         guint             bits)
{
  tables_init_pairs (tables, bits);
  tables_init_triples (tables, bits);
}

void
ner_context_tables_shift (NerContextTables *tables,
                          guint             shift)
{
  guint32 *rows = (guint32 *) (gpointer) tables;  /* nothing but arrays of rows */

  G_STATIC_ASSERT (sizeof *tables % sizeof (guint32) == 0);
  for (gsize i = 0; i < sizeof *tables / sizeof (guint32); i++)
    rows[i] <<= shift;
}

void
ner_word_rows_shift (guint32 *rows,
                     guint    shift)
{
  for (guint w = 0; w < NER_N_WORD_ROWS; w++)
    rows[w] <<= shift;
}

gboolean
ner_context_info_set (const NerTokenInfo *info,
                      NerContextInfo     *context)
{
  guint gaz_class = info->gaz & 0x7f;

  context->lower = info->lower;
  context->shape = info->shape;
  context->cue = info->cue;
  context->caps = info->caps;
  context->given = info->given;
  context->gaz = (guint8) (2 * gaz_class + (info->gaz >> 7));
  return gaz_class < NER_N_GAZ;
}

void
ner_context_boundaries (NerContextInfo *before,
                        NerContextInfo *after)
{
  *before = (NerContextInfo) {
    boundary_before.lower, boundary_before.shape, NER_CODE_CUES - 2, NER_CODE_CAPS - 2,
    NER_CODE_GAZ - 2, NER_CODE_GIVEN - 2,
  };
  *after = (NerContextInfo) {
    boundary_after.lower, boundary_after.shape, NER_CODE_CUES - 1, NER_CODE_CAPS - 1,
    NER_CODE_GAZ - 1, NER_CODE_GIVEN - 1,
  };
}

void
ner_features_compute (const NerTokenInfo *infos,
                      guint               n_tokens,
                      guint               i,
                      guint               bits,
                      guint32            *rows)
{
  ner_features_word (&infos[i], bits, rows);
  ner_features_context (infos, n_tokens, i, bits, rows);
}

NerCue
ner_cue_of (const char *text,
            gsize       len)
{
  char buf[64];
  g_autofree char *folded = NULL;

  if (len > 1 && text[len - 1] == '.')
    len--;
  if (ner_ascii_lower (text, len, buf, sizeof buf))
    return cue_lookup (ner_hash_bytes (buf, len));
  folded = ner_fold (text, len);
  return cue_lookup (ner_hash_bytes (folded, strlen (folded)));
}

gboolean
ner_is_given_name (const char *text,
                   gsize       len)
{
  char buf[64];

  return ner_ascii_lower (text, len, buf, sizeof buf) && given_lookup (ner_hash_bytes (buf, len));
}
