/* redaksi-inserts-private.h: where the related-link inserts of a text are
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

#include "redaksi-token.h"

G_BEGIN_DECLS

/* A span of a document's visible text (not its source), in bytes, end
 * exclusive. */
typedef struct
{
  guint start;
  guint end;
} RedaksiTextSpan;

/* The related-link inserts of one document as sorted, disjoint text
 * spans: the one answer to "is this inside an insert?" for every
 * analysis. The related-links analysis makes it; the others read it
 * from the analysis context. Immutable once made. */
typedef struct _RedaksiInsertTable RedaksiInsertTable;

/* @spans: (element-type RedaksiTextSpan) (transfer full), in any order;
 * overlapping and touching spans are merged, empty ones dropped. */
RedaksiInsertTable    *_redaksi_insert_table_new  (GArray                   *spans);
void                   _redaksi_insert_table_free (RedaksiInsertTable       *self);
const RedaksiTextSpan *_redaksi_insert_table_peek (const RedaksiInsertTable *self,
                                                   guint                    *n_spans);

/* Whether [@start, @end) lies wholly inside one insert, in O(log n). */
gboolean               _redaksi_inserts_contain   (const RedaksiInsertTable *self,
                                                   guint                     start,
                                                   guint                     end);
/* For each of @n tokens in text order, whether it lies wholly inside
 * one insert, as _redaksi_inserts_contain() says, into @inside: one
 * binary search and one walk for them all. @self may be %NULL. */
void                   _redaksi_inserts_mark      (const RedaksiInsertTable *self,
                                                   const RedaksiToken       *tokens,
                                                   guint                     n,
                                                   guint8                   *inside);
/* Whether [@start, @end) shares a byte with an insert, in O(log n). */
gboolean               _redaksi_inserts_overlaps  (const RedaksiInsertTable *self,
                                                   guint                     start,
                                                   guint                     end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiInsertTable, _redaksi_insert_table_free)

G_END_DECLS
