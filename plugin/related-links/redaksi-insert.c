/* redaksi-insert.c: related-article inserts as the scanners find them
 *
 * The text and HTML scanners fill an array of RedaksiInsert; the cleaner
 * and the related-links analysis consume it (redaksi-insert-scan.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-related-link-private.h"

void
_redaksi_insert_clear (gpointer data)
{
  RedaksiInsert *insert = data;

  g_clear_pointer (&insert->marker, g_free);
  g_clear_pointer (&insert->titles, g_ptr_array_unref);
  g_clear_pointer (&insert->urls, g_ptr_array_unref);
}

GArray *
_redaksi_inserts_new (void)
{
  GArray *inserts = g_array_new (FALSE, TRUE, sizeof (RedaksiInsert));

  g_array_set_clear_func (inserts, _redaksi_insert_clear);
  return inserts;
}

/* Titles and addresses reach hosts as UTF-8 strings; an HTML attribute
 * gumbo decoded may hold a byte that is none (see redaksi-html.c). */
static void
add_string (GPtrArray  **strings,
            const char  *text,
            gsize        length)
{
  if (*strings == NULL)
    *strings = g_ptr_array_new_with_free_func (g_free);
  if (g_utf8_validate_len (text, length, NULL))
    g_ptr_array_add (*strings, g_strndup (text, length));
  else
    g_ptr_array_add (*strings, g_utf8_make_valid (text, (gssize) length));
}

void
_redaksi_insert_add_title (RedaksiInsert *insert,
                           const char    *text,
                           gsize          length)
{
  add_string (&insert->titles, text, length);
}

void
_redaksi_insert_add_url (RedaksiInsert *insert,
                         const char    *text,
                         gsize          length)
{
  add_string (&insert->urls, text, length);
}
