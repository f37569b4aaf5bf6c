#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Arrays the size of a whole document: its tokens, a value per token,
 * its entities. On a 10 MB input they add up to a hundred MB, touched
 * once each, and with 4 KiB pages that was a page fault every 4 KiB: a
 * quarter of `redaksi tag`'s time. These ask the kernel for 2 MiB pages
 * for the part of the block that spans whole ones (where the system
 * leaves transparent huge pages to madvise(), as Debian does). Blocks
 * of less than 4 MiB are left as they are; so is memory already
 * touched. Free them with g_free(). */
gpointer _redaksi_alloc_large   (gsize    n_items,
                                 gsize    item_size,
                                 gboolean zeroed);
gpointer _redaksi_realloc_large (gpointer mem,
                                 gsize    n_items,
                                 gsize    item_size);

#define _redaksi_new_large(type, n)  ((type *) _redaksi_alloc_large ((n), sizeof (type), FALSE))
#define _redaksi_new0_large(type, n) ((type *) _redaksi_alloc_large ((n), sizeof (type), TRUE))

G_END_DECLS
