/* redaksi-token.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-token.h"

G_DEFINE_BOXED_TYPE (RedaksiToken, redaksi_token, redaksi_token_copy, redaksi_token_free)

/**
 * redaksi_token_copy:
 * @self: a #RedaksiToken
 *
 * Copies a token.
 *
 * Returns: (transfer full): a copy of @self
 */
RedaksiToken *
redaksi_token_copy (const RedaksiToken *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_memdup2 (self, sizeof *self);
}

/**
 * redaksi_token_free:
 * @self: a #RedaksiToken
 *
 * Frees a token made by redaksi_token_copy().
 */
void
redaksi_token_free (RedaksiToken *self)
{
  g_free (self);
}
