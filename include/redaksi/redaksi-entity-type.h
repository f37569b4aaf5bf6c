/* redaksi-entity-type.h
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

/**
 * RedaksiEntityType:
 * @REDAKSI_ENTITY_PERSON: a person
 * @REDAKSI_ENTITY_ORGANIZATION: a company, body, party, team or outlet
 * @REDAKSI_ENTITY_LOCATION: a country, region, city or place
 * @REDAKSI_ENTITY_EVENT: a named event (G20 summit, Asian Games)
 * @REDAKSI_ENTITY_MISC: any other named thing (a treaty, a product)
 *
 * The kind of a named entity; serialised as `PERSON`, `ORGANIZATION`,
 * `LOCATION`, `EVENT` and `MISC`.
 */
typedef enum
{
  REDAKSI_ENTITY_PERSON,
  REDAKSI_ENTITY_ORGANIZATION,
  REDAKSI_ENTITY_LOCATION,
  REDAKSI_ENTITY_EVENT,
  REDAKSI_ENTITY_MISC,
} RedaksiEntityType;

REDAKSI_AVAILABLE_IN_ALL
const char *redaksi_entity_type_to_string   (RedaksiEntityType  type);
REDAKSI_AVAILABLE_IN_ALL
gboolean    redaksi_entity_type_from_string (const char        *name,
                                             RedaksiEntityType *type);

G_END_DECLS
