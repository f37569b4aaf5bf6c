/* redaksi-result.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-result.h"

/**
 * RedaksiResult:
 *
 * Something an analysis found: an issue, an entity, a quote, a related
 * link. Each serialises itself in the shape of the JSON contract.
 */

G_DEFINE_INTERFACE (RedaksiResult, redaksi_result, G_TYPE_OBJECT)

static void
redaksi_result_default_init (RedaksiResultInterface *iface)
{
}

/**
 * redaksi_result_serialize:
 * @self: a #RedaksiResult
 * @builder: a #JsonBuilder where a value may be added
 *
 * Adds the result to @builder as one JSON object.
 */
void
redaksi_result_serialize (RedaksiResult *self,
                          JsonBuilder   *builder)
{
  g_return_if_fail (REDAKSI_IS_RESULT (self));
  g_return_if_fail (JSON_IS_BUILDER (builder));

  REDAKSI_RESULT_GET_IFACE (self)->serialize (self, builder);
}

/**
 * redaksi_result_to_json:
 * @self: a #RedaksiResult
 *
 * Serialises one result as a JSON object.
 *
 * Returns: (transfer full): the result as a JSON object
 */
JsonNode *
redaksi_result_to_json (RedaksiResult *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (REDAKSI_IS_RESULT (self), NULL);

  redaksi_result_serialize (self, builder);
  return json_builder_get_root (builder);
}
