/* redaksi-entity.h
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
#include "redaksi-range.h"
#include "redaksi-version-macros.h"

G_BEGIN_DECLS

#define REDAKSI_TYPE_ENTITY (redaksi_entity_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiEntity, redaksi_entity, REDAKSI, ENTITY, GObject)

REDAKSI_AVAILABLE_IN_ALL
const char         *redaksi_entity_get_text        (RedaksiEntity *self);
REDAKSI_AVAILABLE_IN_ALL
RedaksiEntityType   redaksi_entity_get_entity_type (RedaksiEntity *self);
REDAKSI_AVAILABLE_IN_ALL
const char         *redaksi_entity_get_canonical   (RedaksiEntity *self);
REDAKSI_AVAILABLE_IN_ALL
const RedaksiRange *redaksi_entity_get_range       (RedaksiEntity *self);
REDAKSI_AVAILABLE_IN_ALL
const char         *redaksi_entity_get_id          (RedaksiEntity *self);
REDAKSI_AVAILABLE_IN_ALL
const char         *redaksi_entity_get_role        (RedaksiEntity *self);

G_END_DECLS
