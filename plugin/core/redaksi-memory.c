/* redaksi-memory.c: document-sized blocks on huge pages
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-memory-private.h"

#ifdef G_OS_UNIX
#include <sys/mman.h>
#endif

#define HUGE_PAGE ((guintptr) 2 * 1024 * 1024)
#define LARGE_BLOCK (2 * HUGE_PAGE)

/* A hint: where the kernel has no huge pages, or says no, the block
 * keeps its small ones. */
static void
prefer_huge_pages (gpointer mem,
                   gsize    n_bytes)
{
#ifdef MADV_HUGEPAGE
  guintptr first = ((guintptr) mem + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
  guintptr last = ((guintptr) mem + n_bytes) & ~(HUGE_PAGE - 1);

  if (n_bytes >= LARGE_BLOCK && last > first)
    (void) madvise ((gpointer) first, last - first, MADV_HUGEPAGE);
#endif
}

gpointer
_redaksi_alloc_large (gsize    n_items,
                      gsize    item_size,
                      gboolean zeroed)
{
  gpointer mem = zeroed ? g_malloc0_n (n_items, item_size) : g_malloc_n (n_items, item_size);

  /* g_malloc_n() has checked the product. */
  prefer_huge_pages (mem, n_items * item_size);
  return mem;
}

gpointer
_redaksi_realloc_large (gpointer mem,
                        gsize    n_items,
                        gsize    item_size)
{
  mem = g_realloc_n (mem, n_items, item_size);
  prefer_huge_pages (mem, n_items * item_size);
  return mem;
}
