/* redaksi-entity-type.c
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-entity-type.h"

static const char * const type_names[] = {
  [REDAKSI_ENTITY_PERSON] = "PERSON",
  [REDAKSI_ENTITY_ORGANIZATION] = "ORGANIZATION",
  [REDAKSI_ENTITY_LOCATION] = "LOCATION",
  [REDAKSI_ENTITY_EVENT] = "EVENT",
  [REDAKSI_ENTITY_MISC] = "MISC",
};

/**
 * redaksi_entity_type_to_string:
 * @type: an entity type
 *
 * Gets the name the JSON results use for a type.
 *
 * Returns: the type's name in JSON results, such as `PERSON`
 */
const char *
redaksi_entity_type_to_string (RedaksiEntityType type)
{
  g_return_val_if_fail ((guint) type < G_N_ELEMENTS (type_names), NULL);
  return type_names[type];
}

/**
 * redaksi_entity_type_from_string:
 * @name: a type name such as `PERSON`
 * @type: (out): the type
 *
 * Parses a type name of the JSON results.
 *
 * Returns: %TRUE when @name is one of the five type names
 */
gboolean
redaksi_entity_type_from_string (const char        *name,
                                 RedaksiEntityType *type)
{
  g_return_val_if_fail (name != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (type_names); i++)
    if (g_str_equal (name, type_names[i]))
      {
        *type = (RedaksiEntityType) i;
        return TRUE;
      }
  return FALSE;
}
