/* redaksi-ner-context-private.h: the rows of the context templates
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Inline, and not in redaksi-ner-features.c, because the labeller runs
 * this for every token and adds each row's weights right after: inlined
 * into that loop, the rows stay in registers instead of going through
 * an array in memory and a call.
 */

#pragma once

#include "redaksi-ner-features.h"
#include "redaksi-ner-hash-private.h"

G_BEGIN_DECLS

/* A row of NER_ROW floats is 1 << NER_ROW_SHIFT bytes. */
#define NER_ROW_SHIFT 5
G_STATIC_ASSERT (NER_ROW * sizeof (float) == 1u << NER_ROW_SHIFT);

/* The row of a template's value: the templates' hashing, which a
 * trained model depends on. */
static inline guint32
ner_row_of (guint64 value,
            guint   template_id,
            guint   bits)
{
  return (guint32) (ner_mix (value + template_id * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
}

/* Three small values as one template value. */
static inline guint64
ner_small (guint a,
           guint b,
           guint c)
{
  return ((guint64) a << 32) | ((guint64) b << 16) | c;
}

/* The gazetteer hint behind a NerContextInfo's gaz code. */
static inline guint
ner_gaz_of_code (guint code)
{
  if (code < 2 * NER_N_GAZ)
    return (code >> 1) | ((code & 1) << 7);
  return code == 2 * NER_N_GAZ ? 0xfe : 0xff;
}

/* Receives a token's context rows one by one, in template order. */
typedef void (*NerRowFunc) (gpointer data,
                            guint32  row);

/* Hands @func rows NER_N_WORD_FEATURES … NER_N_FEATURES - 1 of the
 * token at @c, which has two context infos and word rows on either side
 * (the boundaries' past the ends), as ner_features_context() gives them.
 * A row is handed on as soon as it is known, so that the labeller adds
 * its weights with no row kept waiting in a register or on the stack.
 * The rows it hashes are shifted left by @shift: the labeller keeps its
 * tables' and words' rows as byte offsets (NER_ROW_SHIFT), which save it
 * a shift a row, and hashes only five rows of a token. */
G_ALWAYS_INLINE static inline void
ner_context_rows_each (const NerContextTables *t,
                       const NerContextInfo   *c,
                       const guint32          *words,
                       gboolean                first,
                       guint                   bits,
                       guint                   shift,
                       NerRowFunc              func,
                       gpointer                data)
{
  const NerContextInfo *p2 = c - 2, *p1 = c - 1, *n1 = c + 1, *n2 = c + 2;

#define F(value) func (data, ner_row_of ((value), k++, bits) << shift)
#define W(offset, which) func (data, words[(offset) * NER_N_WORD_ROWS + (which)]), k++
#define T(table) func (data, t->table), k++
  guint k = NER_N_WORD_FEATURES;

  W (-1, NER_WORD_AS_P1_LOWER);
  W (-2, NER_WORD_AS_P2_LOWER);
  W (1, NER_WORD_AS_N1_LOWER);
  W (2, NER_WORD_AS_N2_LOWER);
  W (-1, NER_WORD_AS_P1_SHAPE);
  W (1, NER_WORD_AS_N1_SHAPE);
  F (p1->lower * 31 + c->lower);
  F (c->lower * 31 + n1->lower);
  F (p1->shape * 961 + c->shape * 31 + n1->shape);
  T (cue_caps[0][p1->cue][c->caps]);
  T (cue_caps[1][p2->cue][c->caps]);
  T (cue_caps[2][n1->cue][c->caps]);
  W (0, NER_WORD_CUE_CAPS);
  T (gaz_caps[c->gaz][c->caps]);
  T (gaz_gaz[0][p1->gaz][c->gaz]);
  T (gaz_gaz[1][n1->gaz][c->gaz]);
  T (first_caps_cue[first != 0][c->caps][c->cue]);
  F (p1->lower * 7 + c->shape);
  F (n1->lower * 7 + c->shape);
  T (caps_caps_caps[0][p1->caps][c->caps][n1->caps]);
  W (0, NER_WORD_CAPS_LENGTH);
  T (cue_cue_caps[p1->cue][n1->cue][c->caps]);
  T (caps_caps_caps[1][p2->caps][p1->caps][c->caps]);
  T (caps_caps_caps[2][n1->caps][n2->caps][c->caps]);
  if (first)
    F (ner_small (1, ner_gaz_of_code (c->gaz), 13) + c->lower);
  else
    T (gaz_alone[c->gaz]);
  W (0, NER_WORD_GIVEN_CAPS);
  T (given_caps_caps[0][p1->given][p1->caps][c->caps]);
  T (given_caps_caps[1][n1->given][n1->caps][c->caps]);
#undef T
#undef W
#undef F

  g_assert (k == NER_N_FEATURES);
}

typedef struct
{
  guint32 *rows;
  guint    k;
} NerRowArray;

static inline void
ner_row_array_add (gpointer data,
                   guint32  row)
{
  NerRowArray *array = data;

  array->rows[array->k++] = row;
}

/* The same rows written to rows[NER_N_WORD_FEATURES …]. */
static inline void
ner_context_rows (const NerContextTables *t,
                  const NerContextInfo   *c,
                  const guint32          *words,
                  gboolean                first,
                  guint                   bits,
                  guint32                *rows)
{
  NerRowArray array = { rows, NER_N_WORD_FEATURES };

  ner_context_rows_each (t, c, words, first, bits, 0, ner_row_array_add, &array);
}

G_END_DECLS
