/* redaksi-insert-markers.c: the words that open a related-link insert
 *
 * One lexicon for every scanner: plain text, HTML and, through the
 * inserts they find, the tagger and the quote checker.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-insert-markers-private.h"

/* Longer markers first where one is a prefix of another. */
static const RedaksiMarker markers[] = {
  { "baca juga", REDAKSI_MARKER_INLINE | REDAKSI_MARKER_TITLES },
  { "baca pula", REDAKSI_MARKER_TITLES },
  { "yuk baca juga", REDAKSI_MARKER_INLINE | REDAKSI_MARKER_TITLES },
  { "yuk, baca juga", REDAKSI_MARKER_INLINE | REDAKSI_MARKER_TITLES },
  { "yuk simak juga", REDAKSI_MARKER_INLINE | REDAKSI_MARKER_VIDEO | REDAKSI_MARKER_TITLES },
  { "yuk, simak juga", REDAKSI_MARKER_INLINE | REDAKSI_MARKER_VIDEO | REDAKSI_MARKER_TITLES },
  { "lihat juga", REDAKSI_MARKER_INLINE | REDAKSI_MARKER_VIDEO | REDAKSI_MARKER_TITLES },
  { "simak juga", REDAKSI_MARKER_INLINE | REDAKSI_MARKER_VIDEO | REDAKSI_MARKER_TITLES },
  { "tonton juga", REDAKSI_MARKER_VIDEO | REDAKSI_MARKER_TITLES },
  { "saksikan juga", REDAKSI_MARKER_VIDEO | REDAKSI_MARKER_TITLES },
  { "baca berita terkait", REDAKSI_MARKER_TITLES },
  { "berita terkait lainnya", REDAKSI_MARKER_TITLES },
  { "berita terkait", REDAKSI_MARKER_TITLES },
  { "artikel terkait", REDAKSI_MARKER_TITLES },
  { "kumpulan berita terkait", REDAKSI_MARKER_TITLES },
  { "foto video terkait", REDAKSI_MARKER_TITLES },
  { "foto terkait", REDAKSI_MARKER_TITLES },
  { "video terkait", REDAKSI_MARKER_TITLES },
  { "baca artikel menarik lainnya", REDAKSI_MARKER_TITLES },
  { "artikel menarik lainnya", REDAKSI_MARKER_TITLES },
  { "pilihan editor", REDAKSI_MARKER_TITLES },
  { "baca selengkapnya di sini", 0 },
  { "baca selengkapnya", REDAKSI_MARKER_LEAD },
  /* Tribun's bare `Baca: Title`; last, as every "baca …" marker above
   * starts with it. */
  { "baca", REDAKSI_MARKER_LEAD | REDAKSI_MARKER_COLON },
};

/* Class and id names of insert boxes, matched as prefixes. */
static const char *const box_prefixes[] = {
  "baca-juga", "bacajuga", "baca_juga", "inject-baca-juga", "inner-link-baca-juga",
  "lihat-juga", "lihatjuga", "lihat_juga", "linksisip", "berita-terkait",
  "artikel-terkait", "related-news", NULL
};

/* Class names matched whole. */
static const char *const box_names[] = {
  "baca", "terkait", "relateds", "kcm-read-terkait", "detail-terkait", "terkait_bottom",
  "konten-terkait", "terkait-img", "entertainment-newsdetail-beritaterkait", NULL
};

const RedaksiMarker *
_redaksi_insert_markers (guint *n_markers)
{
  *n_markers = G_N_ELEMENTS (markers);
  return markers;
}

gsize
_redaksi_insert_marker_match (const char *s,
                              gsize       i,
                              gsize       end,
                              const char *marker)
{
  for (const char *l = marker; *l != '\0'; l++)
    {
      if (*l == ' ')
        {
          gsize next = skip_blanks (s, i, end);

          if (next == i)
            return 0;
          i = next;
          continue;
        }
      if (i >= end || ascii_lower (s[i]) != *l)
        return 0;
      i++;
    }
  return i < end && (g_ascii_isalnum (s[i]) || (guchar) s[i] >= 0x80) && !is_nbsp (s, i, end) ? 0 : i;
}

/* The first three letters of the markers (every marker's first word
 * has three or more), as numbers, and the first letters as a set. */
typedef struct
{
  guint32 first_letters;  /* bit c - 'a' */
  guint   n_heads;
  guint32 heads[G_N_ELEMENTS (markers)];
} MarkerHeads;

static guint32
head_of (const char *s,
         gsize       i)
{
  return (guint32) (guchar) ascii_lower (s[i]) << 16 | (guint32) (guchar) ascii_lower (s[i + 1]) << 8 |
         (guchar) ascii_lower (s[i + 2]);
}

static const MarkerHeads *
marker_heads (void)
{
  static MarkerHeads heads;
  static gsize made;

  if (g_once_init_enter (&made))
    {
      for (guint k = 0; k < G_N_ELEMENTS (markers); k++)
        {
          guint32 head = head_of (markers[k].text, 0);
          guint h = 0;

          g_assert (g_ascii_islower (markers[k].text[0]) && strlen (markers[k].text) >= 3);
          heads.first_letters |= 1u << (markers[k].text[0] - 'a');
          while (h < heads.n_heads && heads.heads[h] != head)
            h++;
          if (h == heads.n_heads)
            heads.heads[heads.n_heads++] = head;
        }
      g_once_init_leave (&made, 1);
    }
  return &heads;
}

/* Whether the three bytes at @i open the first word of some marker: a
 * test that lets the scan pass most lines and words at the cost of a
 * lookup or two. */
static gboolean
may_start_marker (const char *s,
                  gsize       i,
                  gsize       end)
{
  const MarkerHeads *heads = marker_heads ();
  char first = ascii_lower (s[i]);
  guint32 head;

  if (end - i < 3 || first < 'a' || first > 'z' || !(heads->first_letters & (1u << (first - 'a'))))
    return FALSE;
  head = head_of (s, i);
  for (guint h = 0; h < heads->n_heads; h++)
    if (heads->heads[h] == head)
      return TRUE;
  return FALSE;
}

const RedaksiMarker *
_redaksi_insert_marker_at (const char *s,
                           gsize       i,
                           gsize       end,
                           gsize      *marker_end)
{
  char first;

  if (i >= end || !may_start_marker (s, i, end))
    return NULL;
  first = ascii_lower (s[i]);
  for (guint k = 0; k < G_N_ELEMENTS (markers); k++)
    if (markers[k].text[0] == first &&
        (*marker_end = _redaksi_insert_marker_match (s, i, end, markers[k].text)) != 0)
      return &markers[k];
  return NULL;
}

gboolean
_redaksi_insert_marker_may_start (const char *s,
                                  gsize       i,
                                  gsize       end)
{
  return i < end && may_start_marker (s, i, end);
}

gboolean
_redaksi_insert_marker_is_box (const char *name,
                               gsize       length)
{
  for (guint k = 0; box_names[k] != NULL; k++)
    if (strlen (box_names[k]) == length && g_ascii_strncasecmp (name, box_names[k], length) == 0)
      return TRUE;
  for (guint k = 0; box_prefixes[k] != NULL; k++)
    if (strlen (box_prefixes[k]) <= length &&
        g_ascii_strncasecmp (name, box_prefixes[k], strlen (box_prefixes[k])) == 0)
      return TRUE;
  return FALSE;
}
