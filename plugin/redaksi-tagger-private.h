/* redaksi-tagger-private.h
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ner/redaksi-ner-private.h"

G_BEGIN_DECLS

#define REDAKSI_NER_MODEL_RESOURCE "/org/redaksi/model/entity-model.bin"

/* The model compiled into the library. */
NerModel *_redaksi_ner_model_load_default (GError **error);

G_END_DECLS
