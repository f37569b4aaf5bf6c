/* redaksi-tagging.h
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <glib-object.h>

#include "redaksi-version-macros.h"

G_BEGIN_DECLS

#define REDAKSI_TYPE_TAGGING (redaksi_tagging_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiTagging, redaksi_tagging, REDAKSI, TAGGING, GObject)

REDAKSI_AVAILABLE_IN_ALL
GPtrArray *redaksi_tagging_get_entities (RedaksiTagging *self);
REDAKSI_AVAILABLE_IN_ALL
GPtrArray *redaksi_tagging_get_tags     (RedaksiTagging *self);

G_END_DECLS
