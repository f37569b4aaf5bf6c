/* redaksi-gazetteer-private.h
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "redaksi-gazetteer.h"
#include "ner/redaksi-ner-private.h"

G_BEGIN_DECLS

typedef struct
{
  guint   start;  /* token index */
  guint   end;    /* exclusive */
  guint32 entry;
} RedaksiGazetteerMatch;

/* Longest matches, left to right; fills the tokens' gaz_* fields and,
 * when @matches is given, appends RedaksiGazetteerMatch items. @self
 * may be NULL: then every hint is cleared. */
void               _redaksi_gazetteer_annotate     (RedaksiGazetteer *self,
                                                    NerToken         *tokens,
                                                    guint             n_tokens,
                                                    GArray           *matches);
/* The same, with @lower (nullable) holding each token's
 * _redaksi_word_hash_lower(), as the tagger has it: a token's folded
 * key is made from it where the two agree. */
void               _redaksi_gazetteer_annotate_hashed (RedaksiGazetteer *self,
                                                       NerToken         *tokens,
                                                       const guint64    *lower,
                                                       guint             n_tokens,
                                                       GArray           *matches);
/* The match of @matches (as _redaksi_gazetteer_annotate() gives them:
 * in token order, not overlapping) that starts at token @start, or
 * %NULL; a binary search. */
const RedaksiGazetteerMatch *
                   _redaksi_gazetteer_match_at     (const GArray     *matches,
                                                    guint             start);
/* Tokens for whitespace-separated CoNLL words, annotated. */
NerToken          *_redaksi_gazetteer_hint_words   (RedaksiGazetteer *self,
                                                    GPtrArray        *words);
RedaksiEntityType  _redaksi_gazetteer_entry_type   (RedaksiGazetteer *self,
                                                    guint32           entry);
const char        *_redaksi_gazetteer_entry_name   (RedaksiGazetteer *self,
                                                    guint32           entry);
const char        *_redaksi_gazetteer_entry_id     (RedaksiGazetteer *self,
                                                    guint32           entry);

/* The build-time writer of the default gazetteer (data/make-gazetteer-blob.c):
 * JSON loaded as redaksi_gazetteer_new_from_data() loads it, and the
 * tables written out in the binary form the default is read from. */
gboolean           _redaksi_gazetteer_load_json    (RedaksiGazetteer  *self,
                                                    const char        *data,
                                                    gsize              length,
                                                    const char        *name,
                                                    GError           **error);
GBytes            *_redaksi_gazetteer_to_blob      (RedaksiGazetteer *self);
void               _redaksi_gazetteer_spread_slots (RedaksiGazetteer *self);
/* Whether every index in the compiled-in default's tables lies inside
 * them: checked by the tests, since a process uses them unchecked. */
gboolean           _redaksi_gazetteer_default_is_sound (void);

/* Scores the labeller with @gazetteer on CoNLL sentences; returns
 * micro F1 and adds to @score when given. */
double             _redaksi_ner_evaluate           (const NerModel   *model,
                                                    RedaksiGazetteer *gazetteer,
                                                    GPtrArray        *sentences,
                                                    gpointer          score);

G_END_DECLS

G_BEGIN_DECLS
/* The labeller and the gazetteer together, as the tagger and the
 * evaluation both run them: the model's labels, widened to a
 * gazetteer name that covers them, or filled in where the model saw
 * nothing. @matches (nullable) receives the gazetteer's matches. */
void _redaksi_ner_label (const NerModel   *model,
                         RedaksiGazetteer *gazetteer,
                         NerToken         *tokens,
                         guint             n_tokens,
                         guint8           *labels,
                         GArray           *matches,
                         gboolean          fill);
/* The same, with @lower (nullable) as for _redaksi_gazetteer_annotate_hashed(). */
void _redaksi_ner_label_hashed (const NerModel   *model,
                                RedaksiGazetteer *gazetteer,
                                NerToken         *tokens,
                                const guint64    *lower,
                                guint             n_tokens,
                                guint8           *labels,
                                GArray           *matches,
                                gboolean          fill);
/* Whether _redaksi_ner_evaluate() fills in gazetteer names (FALSE:
 * score the labeller as idner's annotators tag). */
extern gboolean _redaksi_ner_fill_from_gazetteer;
G_END_DECLS
