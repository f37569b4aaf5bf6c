/* redaksi-ner-conll-private.h: CoNLL reading and conlleval scoring
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "redaksi-ner-private.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *words;   /* char * */
  GArray    *labels;  /* guint8 NerLabel */
} NerSentence;

void ner_sentence_free (gpointer sentence);

/* Reads "token [columns…] LABEL" lines, blank lines between sentences.
 * Labels other than PER/ORG/LOC count as O. */
GPtrArray *ner_conll_read (const char  *path,
                           GError     **error);

typedef struct
{
  guint gold[4];     /* per type, index 0 = all */
  guint guessed[4];
  guint correct[4];
} NerScore;

/* conlleval: an entity is right when type, start and end all match. */
void ner_score_add   (NerScore     *score,
                      const guint8 *gold,
                      const guint8 *guess,
                      guint         n);
void ner_score_print (const NerScore *score,
                      GString        *out);
double ner_score_f1  (const NerScore *score,
                      guint           type);

G_END_DECLS
