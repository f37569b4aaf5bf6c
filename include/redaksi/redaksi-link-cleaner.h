#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <gio/gio.h>

#include "redaksi-document.h"
#include "redaksi-related-link.h"
#include "redaksi-version-macros.h"

G_BEGIN_DECLS

/**
 * RedaksiCleanFlags:
 * @REDAKSI_CLEAN_FLAGS_NONE: remove every insert found (the default)
 * @REDAKSI_CLEAN_FLAGS_KEEP: keep the inserts in place and only report
 *   them; the cleaned document is the input unchanged
 * @REDAKSI_CLEAN_FLAGS_NORMALIZE: gather the removed links into one list
 *   at the end of the article. For text: a blank line, a line
 *   `Baca juga:`, then one line `- Title (URL)` per link. For HTML: an
 *   `<aside class="redaksi-baca-juga">` holding `<p>Baca juga:</p>` and a
 *   `<ul>` of `<li><a href="URL">Title</a></li>`, placed before the last
 *   `</body>`, or at the end when there is none.
 *
 * How [method@Redaksi.LinkCleaner.clean] treats the inserts it finds.
 */
typedef enum /*< flags >*/
{
  REDAKSI_CLEAN_FLAGS_NONE      = 0,
  REDAKSI_CLEAN_FLAGS_KEEP      = 1 << 0,
  REDAKSI_CLEAN_FLAGS_NORMALIZE = 1 << 1,
} RedaksiCleanFlags;

#define REDAKSI_TYPE_LINK_CLEANER (redaksi_link_cleaner_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiLinkCleaner, redaksi_link_cleaner, REDAKSI, LINK_CLEANER, GObject)

REDAKSI_AVAILABLE_IN_ALL
RedaksiLinkCleaner *redaksi_link_cleaner_new          (void);
REDAKSI_AVAILABLE_IN_ALL
RedaksiLinkCleaner *redaksi_link_cleaner_get_default  (void);
REDAKSI_AVAILABLE_IN_ALL
GPtrArray          *redaksi_link_cleaner_find         (RedaksiLinkCleaner   *self,
                                                       RedaksiDocument      *document);
REDAKSI_AVAILABLE_IN_ALL
GBytes             *redaksi_link_cleaner_clean        (RedaksiLinkCleaner   *self,
                                                       RedaksiDocument      *document,
                                                       RedaksiCleanFlags     flags,
                                                       GPtrArray           **removed,
                                                       GCancellable         *cancellable,
                                                       GError              **error);
REDAKSI_AVAILABLE_IN_ALL
void                redaksi_link_cleaner_clean_async  (RedaksiLinkCleaner   *self,
                                                       RedaksiDocument      *document,
                                                       RedaksiCleanFlags     flags,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
REDAKSI_AVAILABLE_IN_ALL
GBytes             *redaksi_link_cleaner_clean_finish (RedaksiLinkCleaner   *self,
                                                       GAsyncResult         *result,
                                                       GPtrArray           **removed,
                                                       GError              **error);
REDAKSI_AVAILABLE_IN_ALL
char               *redaksi_link_cleaner_clean_text   (RedaksiLinkCleaner   *self,
                                                       const char           *text,
                                                       gssize                length,
                                                       gsize                *out_length);
REDAKSI_AVAILABLE_IN_ALL
GArray             *redaksi_link_cleaner_scan_text    (RedaksiLinkCleaner   *self,
                                                       const char           *text,
                                                       gsize                 length,
                                                       GPtrArray           **ambiguous,
                                                       GCancellable         *cancellable,
                                                       GError              **error);

G_END_DECLS
