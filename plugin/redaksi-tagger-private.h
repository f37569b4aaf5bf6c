/* redaksi-tagger-private.h
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "redaksi-tagger.h"
#include "ner/redaksi-ner-private.h"

G_BEGIN_DECLS

#define REDAKSI_NER_MODEL_RESOURCE "model/entity-model.bin"

/* A span of the document's visible text, in bytes, end exclusive. */
typedef struct
{
  gsize start;
  gsize end;
} RedaksiTextSpan;

/* The model compiled into the library. */
NerModel *_redaksi_ner_model_load_default (GError **error);

/* Tags @document, leaving out the @excluded spans of its text (the
 * related-link inserts: other articles' subjects). Stops soon after
 * @cancellable fires, with %G_IO_ERROR_CANCELLED and no results. */
gboolean  _redaksi_tagger_tag_excluding   (RedaksiTagger          *self,
                                           RedaksiDocument        *document,
                                           const RedaksiTextSpan  *excluded,
                                           guint                   n_excluded,
                                           GCancellable           *cancellable,
                                           GPtrArray             **entities,
                                           GPtrArray             **tags,
                                           GError                **error);

/* Takes both arrays (redaksi-tagging.c). */
RedaksiTagging *_redaksi_tagging_new (GPtrArray *entities,
                                      GPtrArray *tags);

G_END_DECLS
