/* redaksi-tag.h
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <glib-object.h>

#include "redaksi-entity-type.h"
#include "redaksi-version-macros.h"

G_BEGIN_DECLS

#define REDAKSI_TYPE_TAG (redaksi_tag_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiTag, redaksi_tag, REDAKSI, TAG, GObject)

REDAKSI_AVAILABLE_IN_ALL
const char        *redaksi_tag_get_name        (RedaksiTag *self);
REDAKSI_AVAILABLE_IN_ALL
RedaksiEntityType  redaksi_tag_get_entity_type (RedaksiTag *self);
REDAKSI_AVAILABLE_IN_ALL
guint              redaksi_tag_get_mentions    (RedaksiTag *self);
REDAKSI_AVAILABLE_IN_ALL
double             redaksi_tag_get_salience    (RedaksiTag *self);
REDAKSI_AVAILABLE_IN_ALL
const char        *redaksi_tag_get_id          (RedaksiTag *self);
REDAKSI_AVAILABLE_IN_ALL
const char        *redaksi_tag_get_role        (RedaksiTag *self);

G_END_DECLS
