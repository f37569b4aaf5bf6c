/* redaksi-tagger-private.h
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "redaksi-tagger.h"
#include "redaksi-entity-private.h"
#include "ner/redaksi-ner-private.h"
#include "redaksi-inserts-private.h"

G_BEGIN_DECLS

#define REDAKSI_NER_MODEL_RESOURCE "model/entity-model.bin"

/* The model compiled into the library. */
NerModel *_redaksi_ner_model_load_default (GError **error);

/* Tags @document, leaving out the @inserts of its text (the related-link
 * inserts: other articles' subjects); with @inserts %NULL, finds them
 * first with the related-links scanner, so a tagger used alone gives the
 * analyzer's answer. Stops soon after @cancellable fires, with
 * %G_IO_ERROR_CANCELLED and no results. */
/* The same as records, which the analyzer's report keeps without making
 * an object for each: %NULL with @error set when it fails or is
 * cancelled. */
RedaksiTaggerResults *_redaksi_tagger_find (RedaksiTagger             *self,
                                            RedaksiDocument           *document,
                                            const RedaksiInsertTable  *inserts,
                                            GCancellable              *cancellable,
                                            GError                   **error);
gboolean  _redaksi_tagger_tag_excluding   (RedaksiTagger             *self,
                                           RedaksiDocument           *document,
                                           const RedaksiInsertTable  *inserts,
                                           GCancellable              *cancellable,
                                           GPtrArray                **entities,
                                           GPtrArray                **tags,
                                           GError                   **error);

/* Tests only: when names are found again, a list of more than @n
 * mentions opening with one word is looked up by its words instead of
 * walked (16 unless set; G_MAXUINT walks every list, 0 looks up every
 * list). Not while another thread tags. */
void      _redaksi_tagger_set_long_list   (guint                      n);

/* Takes both arrays (redaksi-tagging.c). */
RedaksiTagging *_redaksi_tagging_new (GPtrArray *entities,
                                      GPtrArray *tags);

G_END_DECLS
