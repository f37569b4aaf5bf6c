/* redaksi-token.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-token.h"
#include "redaksi-document-private.h"

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

guint
_redaksi_token_nickname_close (const RedaksiToken *tokens,
                               guint               n_tokens,
                               guint               open)
{
  guint close = open + 1;

  if (open >= n_tokens || tokens[open].quote_mark == REDAKSI_QUOTE_MARK_NONE)
    return 0;
  while (close < n_tokens && close - open <= 3 && tokens[close].quote_mark == REDAKSI_QUOTE_MARK_NONE)
    {
      if (tokens[close].kind != REDAKSI_TOKEN_WORD || !(tokens[close].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED))
        return 0;
      close++;
    }
  if (close >= n_tokens || close == open + 1 || close - open > 3)
    return 0;
  return close;
}
