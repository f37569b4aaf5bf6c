/* redaksi-range.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-range-private.h"

G_DEFINE_BOXED_TYPE (RedaksiRange, redaksi_range, redaksi_range_copy, redaksi_range_free)

/**
 * redaksi_range_copy:
 * @self: a #RedaksiRange
 *
 * Copies a range.
 *
 * Returns: (transfer full): a copy of @self
 */
RedaksiRange *
redaksi_range_copy (const RedaksiRange *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_memdup2 (self, sizeof *self);
}

/**
 * redaksi_range_free:
 * @self: a #RedaksiRange
 *
 * Frees a range made by redaksi_range_copy().
 */
void
redaksi_range_free (RedaksiRange *self)
{
  g_free (self);
}

/**
 * redaksi_range_equal:
 * @self: a #RedaksiRange
 * @other: another #RedaksiRange
 *
 * Compares two ranges by their byte offsets.
 *
 * Returns: whether the two ranges cover the same bytes
 */
gboolean
redaksi_range_equal (const RedaksiRange *self,
                     const RedaksiRange *other)
{
  g_return_val_if_fail (self != NULL && other != NULL, FALSE);
  return self->start == other->start && self->end == other->end;
}

/* The members `start`, `end`, `char_start`, `char_end`, `utf16_start`
 * and `utf16_end` of the JSON contract. */
void
_redaksi_range_write_members (const RedaksiRange *self,
                              RedaksiJsonWriter  *writer)
{
  static const RedaksiJsonKey keys[] = {
    REDAKSI_JSON_KEY ("start"), REDAKSI_JSON_KEY ("end"),
    REDAKSI_JSON_KEY ("char_start"), REDAKSI_JSON_KEY ("char_end"),
    REDAKSI_JSON_KEY ("utf16_start"), REDAKSI_JSON_KEY ("utf16_end"),
  };
  const gint64 values[] = {
    (gint64) self->start, (gint64) self->end, (gint64) self->char_start,
    (gint64) self->char_end, (gint64) self->utf16_start, (gint64) self->utf16_end,
  };

  _redaksi_json_writer_int_keys (writer, keys, values, G_N_ELEMENTS (keys));
}
