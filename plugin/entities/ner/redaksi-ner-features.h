/* redaksi-ner-features.h: hashed features for the sequence labeller
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "redaksi-ner-private.h"

G_BEGIN_DECLS

/* Bumped whenever a feature template changes: a model trained with
 * other templates is refused at load time. */
#define NER_FEATURE_VERSION 5

#define NER_N_FEATURES 37

/* Templates 0 … NER_N_WORD_FEATURES - 1 depend on the token alone. */
#define NER_N_WORD_FEATURES 9

/* What one token contributes to the features of itself and its
 * neighbours, computed once per token. */
typedef struct
{
  guint64 lower;      /* lowercased, diacritics folded */
  guint64 shape;      /* "Xxx", "XX", "dd/dd", … */
  guint64 prefix[3];  /* first 2, 3, 4 characters, lowercased */
  guint64 suffix[3];  /* last 2, 3, 4 characters, lowercased */
  guint8  cue;        /* NerCue */
  guint8  gaz;        /* gazetteer class and begin bit */
  guint8  caps;       /* NerCaps */
  guint8  length;     /* length bucket */
  guint8  given;      /* a common given name */
} NerTokenInfo;

typedef enum
{
  NER_CUE_NONE = 0,
  NER_CUE_TITLE,      /* Presiden, Menlu, Gubernur, Kapolri, Prof. … */
  NER_CUE_ORG,        /* PT, Kementerian, Badan, Partai, Universitas … */
  NER_CUE_PLACE,      /* Kota, Kabupaten, Provinsi, Jalan … */
  NER_CUE_PREP,       /* di, ke, dari */
  NER_CUE_SPEECH,     /* kata, ujar, ucap, tutur … */
  NER_CUE_TIME,       /* Senin … Minggu, Januari … Desember */
  NER_CUE_KIN,        /* Pak, Bu, Bapak, Ibu, Mas … */
  NER_CUE_JOIN,       /* dan, dengan, oleh, bersama … */
} NerCue;

typedef enum
{
  NER_CAPS_LOWER = 0,
  NER_CAPS_TITLE,
  NER_CAPS_UPPER,
  NER_CAPS_MIXED,
  NER_CAPS_DIGIT,
  NER_CAPS_PUNCT,
} NerCaps;

void ner_token_info_compute (const NerToken *token,
                             NerTokenInfo   *info);

/* Writes NER_N_FEATURES row indices for position @i. */
void ner_features_compute   (const NerTokenInfo *infos,
                             guint               n_tokens,
                             guint               i,
                             guint               bits,
                             guint32            *rows);
/* The same in two parts: rows[0 … NER_N_WORD_FEATURES - 1] from the
 * token alone, the rest from the token and its neighbours. */
void ner_features_word      (const NerTokenInfo *info,
                             guint               bits,
                             guint32            *rows);
void ner_features_context   (const NerTokenInfo *infos,
                             guint               n_tokens,
                             guint               i,
                             guint               bits,
                             guint32            *rows);

/* The context templates that read one token alone: as the token before
 * or after another, or as itself. A word's rows for them can be kept
 * with the word. */
typedef enum
{
  NER_WORD_AS_P1_LOWER,
  NER_WORD_AS_P2_LOWER,
  NER_WORD_AS_N1_LOWER,
  NER_WORD_AS_N2_LOWER,
  NER_WORD_AS_P1_SHAPE,
  NER_WORD_AS_N1_SHAPE,
  NER_WORD_CUE_CAPS,
  NER_WORD_CAPS_LENGTH,
  NER_WORD_GIVEN_CAPS,
  NER_N_WORD_ROWS
} NerWordRow;

void ner_word_rows_compute      (const NerTokenInfo *info,
                                 guint               bits,
                                 guint32            *rows);
/* The rows of the positions before the first token and after the last. */
void ner_word_rows_boundaries   (guint               bits,
                                 guint32            *before,
                                 guint32            *after);

/* What the context templates read of a token, its small values as
 * table indexes: the values themselves (NerCue, NerCaps, the gazetteer
 * class and begin bit, the given-name bit) and, last, those the
 * positions before the first token and after the last have. */
#define NER_CODE_CUES   (NER_CUE_JOIN + 3)
#define NER_CODE_CAPS   (NER_CAPS_PUNCT + 3)
#define NER_CODE_GAZ    (2 * NER_N_GAZ + 2)
#define NER_CODE_GIVEN  4

typedef struct
{
  guint64 lower;
  guint64 shape;
  guint8  cue;
  guint8  caps;
  guint8  gaz;     /* 2 × class + begin */
  guint8  given;
} NerContextInfo;

/* The rows of the context templates that read only small values, for
 * every combination of them: looked up, not hashed, per token. */
typedef struct
{
  guint32 cue_caps[3][NER_CODE_CUES][NER_CODE_CAPS];      /* p1, p2, n1 cue; caps */
  guint32 gaz_caps[NER_CODE_GAZ][NER_CODE_CAPS];
  guint32 gaz_gaz[2][NER_CODE_GAZ][NER_CODE_GAZ];          /* p1, n1 gaz; gaz */
  guint32 first_caps_cue[2][NER_CODE_CAPS][NER_CODE_CUES];
  guint32 caps_caps_caps[3][NER_CODE_CAPS][NER_CODE_CAPS][NER_CODE_CAPS];
  guint32 cue_cue_caps[NER_CODE_CUES][NER_CODE_CUES][NER_CODE_CAPS];
  guint32 gaz_alone[NER_CODE_GAZ];                         /* not the first token */
  guint32 given_caps_caps[2][NER_CODE_GIVEN][NER_CODE_CAPS][NER_CODE_CAPS];
} NerContextTables;

void     ner_context_tables_init (NerContextTables   *tables,
                                  guint               bits);
/* The same rows as byte offsets, shifted left by @shift. */
void     ner_context_tables_shift (NerContextTables  *tables,
                                   guint              shift);
void     ner_word_rows_shift      (guint32           *rows,
                                   guint              shift);
/* @info's context part; FALSE when its gazetteer hint is out of range
 * (then only ner_features_context() knows its rows). */
gboolean ner_context_info_set    (const NerTokenInfo *info,
                                  NerContextInfo     *context);
void     ner_context_boundaries  (NerContextInfo     *before,
                                  NerContextInfo     *after);
/* ner_context_rows() is in redaksi-ner-context-private.h. */

G_END_DECLS

G_BEGIN_DECLS
/* The cue class of a word, whatever its case. */
NerCue ner_cue_of (const char *text,
                   gsize       len);
/* Whether a word is a common given name (gazetteer/given-names.txt). */
gboolean ner_is_given_name (const char *text,
                            gsize       len);
G_END_DECLS
