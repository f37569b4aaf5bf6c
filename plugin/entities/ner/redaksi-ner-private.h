/* redaksi-ner-private.h: the averaged-perceptron sequence labeller
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* BIO labels over the three types the learned model knows. */
typedef enum
{
  NER_LABEL_O = 0,
  NER_LABEL_B_PER,
  NER_LABEL_I_PER,
  NER_LABEL_B_ORG,
  NER_LABEL_I_ORG,
  NER_LABEL_B_LOC,
  NER_LABEL_I_LOC,
  NER_N_LABELS
} NerLabel;

/* One row of weights: a score per label, padded for vector adds. */
#define NER_ROW 8

/* Gazetteer hints per token: 0, or a NerGazHint (B/I + class). */
typedef enum
{
  NER_GAZ_NONE = 0,
  NER_GAZ_PER,
  NER_GAZ_ORG,
  NER_GAZ_LOC,
  NER_GAZ_EVENT,
  NER_GAZ_MISC,
  NER_GAZ_FIRST_NAME,
  NER_N_GAZ
} NerGazClass;

typedef struct
{
  const char *text;
  guint       len;
  guint8      gaz_class;  /* NerGazClass of the gazetteer match covering the token */
  guint8      gaz_begin;  /* TRUE on the first token of that match */
  guint8      gaz_len;    /* length in tokens of that match, capped at 255 */
} NerToken;

typedef struct _NerModel NerModel;
typedef struct _NerTrainer NerTrainer;

const char *ner_label_name        (NerLabel label);
gboolean    ner_label_parse       (const char *name,
                                   NerLabel   *label);
int         ner_label_type        (NerLabel label);  /* 0 none, 1 PER, 2 ORG, 3 LOC */
gboolean    ner_label_is_begin    (NerLabel label);

NerModel   *ner_model_new_from_bytes (GBytes   *bytes,
                                      GError  **error);
void        ner_model_free           (NerModel *self);
GBytes     *ner_model_serialize      (const NerModel *self);
void        ner_model_tag            (const NerModel *self,
                                      const NerToken *tokens,
                                      guint           n_tokens,
                                      guint8         *labels);
guint       ner_model_get_n_rows     (const NerModel *self);
/* Words the calling thread's word cache did not hold when the labeller
 * asked for them, since the thread began. */
guint64     ner_word_cache_misses    (void);
/* Of those, the words computed there: the compiled-in model's most
 * used words are computed at build time. */
guint64     ner_word_cache_computed  (void);
/* Words the calling thread's word cache holds now. */
gsize       ner_word_cache_size      (void);
/* How many of the words computed at build time for the compiled-in
 * model differ from what @self computes (or are not found); @n_words
 * gets how many there are: 0 unless @self is that model. */
guint       ner_model_known_words_differing (const NerModel *self,
                                             guint          *n_words);

NerTrainer *ner_trainer_new          (guint           bits);
void        ner_trainer_free         (NerTrainer     *self);
/* Decodes with the current weights, updates on mistakes; returns the
 * number of wrong labels. */
guint       ner_trainer_learn        (NerTrainer     *self,
                                      const NerToken *tokens,
                                      guint           n_tokens,
                                      const guint8   *gold);
/* Adds @scale × @other's weights to @self (same size): for averaging
 * models trained on different shuffles. */
void        ner_model_accumulate     (NerModel       *self,
                                      const NerModel *other,
                                      float           scale);
NerModel   *ner_model_new_empty      (guint           bits);

/* How often a token's own word features are hidden while learning. */
void        ner_trainer_set_word_dropout (NerTrainer *self,
                                          double      probability,
                                          guint32     seed);

/* Averaged weights as a model; the trainer can go on learning. */
NerModel   *ner_trainer_average      (NerTrainer     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NerModel, ner_model_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NerTrainer, ner_trainer_free)

G_END_DECLS
