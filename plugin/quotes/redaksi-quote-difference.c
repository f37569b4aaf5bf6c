/* redaksi-quote-difference.c: one word-level difference from a source
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-quote-difference.h"

/**
 * RedaksiQuoteDifference:
 *
 * Where a quote and the closest passage of its source differ: the quote's
 * words and the source's words at that place (either may be empty, for
 * words added or dropped). Immutable and reference counted.
 */
struct _RedaksiQuoteDifference
{
  char *quote_words;
  char *source_words;
};

G_DEFINE_BOXED_TYPE (RedaksiQuoteDifference, redaksi_quote_difference,
                     redaksi_quote_difference_ref, redaksi_quote_difference_unref)

/**
 * redaksi_quote_difference_new:
 * @quote_words: the quote's words at the difference (may be empty)
 * @source_words: the source's words at the difference (may be empty)
 *
 * Creates a difference between a quote and its source.
 *
 * Returns: (transfer full): a new difference
 */
RedaksiQuoteDifference *
redaksi_quote_difference_new (const char *quote_words,
                              const char *source_words)
{
  RedaksiQuoteDifference *self;

  g_return_val_if_fail (quote_words != NULL, NULL);
  g_return_val_if_fail (source_words != NULL, NULL);

  self = g_atomic_rc_box_new0 (RedaksiQuoteDifference);
  self->quote_words = g_strdup (quote_words);
  self->source_words = g_strdup (source_words);
  return self;
}

/**
 * redaksi_quote_difference_ref:
 * @self: a #RedaksiQuoteDifference
 *
 * Takes a reference to the difference.
 *
 * Returns: (transfer full): @self
 */
RedaksiQuoteDifference *
redaksi_quote_difference_ref (RedaksiQuoteDifference *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

static void
difference_clear (gpointer data)
{
  RedaksiQuoteDifference *self = data;

  g_free (self->quote_words);
  g_free (self->source_words);
}

/**
 * redaksi_quote_difference_unref:
 * @self: (transfer full): a #RedaksiQuoteDifference
 *
 * Drops a reference.
 */
void
redaksi_quote_difference_unref (RedaksiQuoteDifference *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, difference_clear);
}

/**
 * redaksi_quote_difference_get_quote:
 * @self: a #RedaksiQuoteDifference
 *
 * Gets the quote's side of the difference.
 *
 * Returns: the quote's words at the difference, empty when the source
 *   has words the quote lacks
 */
const char *
redaksi_quote_difference_get_quote (RedaksiQuoteDifference *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->quote_words;
}

/**
 * redaksi_quote_difference_get_source:
 * @self: a #RedaksiQuoteDifference
 *
 * Gets the source's side of the difference.
 *
 * Returns: the source's words at the difference, empty when the quote
 *   has words the source lacks
 */
const char *
redaksi_quote_difference_get_source (RedaksiQuoteDifference *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->source_words;
}
