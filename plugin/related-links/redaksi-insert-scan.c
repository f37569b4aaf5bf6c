/* redaksi-insert-scan.c: every insert of a document, by the scanner of
 * its kind
 *
 * The one way in for the cleaner and the related-links analysis: the
 * scanners fill RedaksiInsert arrays (redaksi-insert.c) and know nothing
 * of who reads them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-document-private.h"
#include "redaksi-related-link-private.h"

GArray *
_redaksi_inserts_find (RedaksiDocument  *document,
                       GCancellable     *cancellable,
                       GError          **error)
{
  g_autoptr(GArray) inserts = _redaksi_inserts_new ();
  const char *text;
  gsize length;
  gboolean done;

  if (redaksi_document_is_html (document))
    done = _redaksi_scan_html_cancellable (document, inserts, cancellable);
  else
    {
      text = redaksi_document_get_text (document, &length);
      done = _redaksi_scan_text_cancellable (text, length, inserts, cancellable);
    }
  if (!done && g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  return g_steal_pointer (&inserts);
}

GPtrArray *
_redaksi_inserts_to_links (RedaksiDocument *document,
                           GArray          *inserts,
                           gboolean         ambiguous)
{
  GPtrArray *links = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < inserts->len; i++)
    {
      const RedaksiInsert *insert = &g_array_index (inserts, RedaksiInsert, i);

      if (insert->ambiguous == ambiguous)
        g_ptr_array_add (links, _redaksi_related_link_new (document, insert));
    }
  return links;
}
