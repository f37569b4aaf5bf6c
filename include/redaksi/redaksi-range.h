#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <glib-object.h>

#include "redaksi-version-macros.h"

G_BEGIN_DECLS

#define REDAKSI_TYPE_RANGE (redaksi_range_get_type ())

typedef struct _RedaksiRange RedaksiRange;

/**
 * RedaksiRange:
 * @start: byte offset of the first byte, in the input as given
 * @end: byte offset just past the last byte (exclusive)
 * @char_start: @start counted in Unicode code points
 * @char_end: @end counted in Unicode code points
 * @utf16_start: @start counted in UTF-16 code units
 * @utf16_end: @end counted in UTF-16 code units
 *
 * A span of the input in the three units hosts count in: bytes (C, files,
 * HTTP), code points (Python, GtkTextBuffer) and UTF-16 units (JavaScript).
 *
 * For a document built from HTML the offsets are in the HTML source, so a
 * finding can be shown and fixed there without re-serialising anything.
 */
struct _RedaksiRange
{
  guint64 start;
  guint64 end;
  guint64 char_start;
  guint64 char_end;
  guint64 utf16_start;
  guint64 utf16_end;
};

REDAKSI_AVAILABLE_IN_ALL
GType         redaksi_range_get_type (void) G_GNUC_CONST;
REDAKSI_AVAILABLE_IN_ALL
RedaksiRange *redaksi_range_copy     (const RedaksiRange *self);
REDAKSI_AVAILABLE_IN_ALL
void          redaksi_range_free     (RedaksiRange       *self);
REDAKSI_AVAILABLE_IN_ALL
gboolean      redaksi_range_equal    (const RedaksiRange *self,
                                      const RedaksiRange *other);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiRange, redaksi_range_free)

G_END_DECLS
