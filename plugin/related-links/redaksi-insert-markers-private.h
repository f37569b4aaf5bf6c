/* redaksi-insert-markers-private.h: the words that open a related-link insert
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Blanks between a marker and its title, for every scanner. */
static inline gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\r';
}

/* g_ascii_tolower() is a call into GLib, and the scanners ask it on
 * every line of an archive. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Scraped text often has a no-break space (U+00A0) where a space was. */
static inline gboolean
is_nbsp (const char *s,
         gsize       i,
         gsize       end)
{
  return i + 1 < end && (guchar) s[i] == 0xc2 && (guchar) s[i + 1] == 0xa0;
}

static inline gsize
skip_blanks (const char *s,
             gsize       i,
             gsize       end)
{
  while (i < end && (is_blank (s[i]) || is_nbsp (s, i, end)))
    i += is_blank (s[i]) ? 1 : 2;
  return i;
}

typedef enum
{
  REDAKSI_MARKER_INLINE = 1 << 0, /* may stand inside a paragraph */
  REDAKSI_MARKER_TITLES = 1 << 1, /* an orphan marker takes the title lines below it */
  REDAKSI_MARKER_VIDEO  = 1 << 2, /* needs a separator or the word "video" after it */
  REDAKSI_MARKER_LEAD   = 1 << 3, /* never alone: a separator or an address follows */
  REDAKSI_MARKER_COLON  = 1 << 4, /* only a colon may follow, never another separator */
} RedaksiMarkerFlags;

typedef struct
{
  const char         *text;   /* lower case; a space matches a run of blanks */
  RedaksiMarkerFlags  flags;
} RedaksiMarker;

/* The one list of insert markers ("Baca juga", "Simak juga", "Berita
 * terkait", …): the text and HTML scanners find inserts with it, and
 * the tagger and the quote checker skip what they found. */
const RedaksiMarker *_redaksi_insert_markers          (guint      *n_markers);

/* The end of @marker written at @i of @s (case-insensitive, a run of
 * blanks or no-break spaces for each space, ending at a word end), or 0. */
gsize                _redaksi_insert_marker_match     (const char *s,
                                                       gsize       i,
                                                       gsize       end,
                                                       const char *marker);

/* The marker written at @i, the longest of those sharing a prefix, or
 * NULL; *@marker_end is its end. */
const RedaksiMarker *_redaksi_insert_marker_at        (const char *s,
                                                       gsize       i,
                                                       gsize       end,
                                                       gsize      *marker_end);

/* Whether a marker may start at @i: FALSE means that none does, so a
 * scan can pass the word without trying each marker. */
gboolean             _redaksi_insert_marker_may_start (const char *s,
                                                       gsize       i,
                                                       gsize       end);

/* Whether an HTML class or id names a related-article box
 * (`baca-juga`, `linksisip`, `kcm-read-terkait`, …). */
gboolean             _redaksi_insert_marker_is_box    (const char *name,
                                                       gsize       length);

G_END_DECLS
