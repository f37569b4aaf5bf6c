/* redaksi-result.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-result-private.h"

/**
 * RedaksiResult:
 *
 * Something an analysis found: an issue, an entity, a quote, a related
 * link. Each writes itself in the shape of the JSON contract; hosts read
 * them through their own getters and those of [class@Redaksi.Report].
 */

G_DEFINE_INTERFACE (RedaksiResult, redaksi_result, G_TYPE_OBJECT)

static void
redaksi_result_default_init (RedaksiResultInterface *iface)
{
}

void
_redaksi_result_write (RedaksiResult     *self,
                       RedaksiJsonWriter *writer)
{
  g_assert (REDAKSI_IS_RESULT (self));

  REDAKSI_RESULT_GET_IFACE (self)->write (self, writer);
}

char *
_redaksi_result_to_text (RedaksiResult *self,
                         gboolean       pretty)
{
  GString *out = g_string_new (NULL);
  g_autoptr(RedaksiJsonWriter) writer = _redaksi_json_writer_new (out, pretty);

  _redaksi_result_write (self, writer);
  return g_string_free (out, FALSE);
}

/**
 * redaksi_result_to_json:
 * @self: a #RedaksiResult
 *
 * Serialises one result as a JSON object, the same object as in the
 * report's JSON.
 *
 * Returns: (transfer full): the result as a JSON object
 */
JsonNode *
redaksi_result_to_json (RedaksiResult *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  g_return_val_if_fail (REDAKSI_IS_RESULT (self), NULL);

  text = _redaksi_result_to_text (self, FALSE);
  node = json_from_string (text, &error);
  /* The writer only writes valid JSON. */
  g_assert_no_error (error);
  return node;
}
