/* redaksi-test-alloc.c: allocations counted in a test program
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The allocator is replaced for the whole program, so that a test can
 * count what the library allocates where it promises to allocate little
 * or nothing.
 */

#include "config.h"

#include <stdlib.h>

#include "redaksi-test-alloc.h"

static gint  allocations;
static gsize largest_allocation;

guint
redaksi_test_allocations (void)
{
  return (guint) g_atomic_int_get (&allocations);
}

gsize
redaksi_test_largest_allocation (void)
{
  return largest_allocation;
}

void
redaksi_test_reset_largest_allocation (void)
{
  largest_allocation = 0;
}

#ifdef COUNT_ALLOCATIONS
extern void *__libc_malloc (size_t size);
extern void *__libc_calloc (size_t n, size_t size);
extern void *__libc_realloc (void *p, size_t size);
extern void  __libc_free (void *p);

static void
count_allocation (gsize size)
{
  g_atomic_int_inc (&allocations);
  if (size > largest_allocation)
    largest_allocation = size;
}

void *
malloc (size_t size)
{
  count_allocation (size);
  return __libc_malloc (size);
}

void *
calloc (size_t n,
        size_t size)
{
  count_allocation (n * size);
  return __libc_calloc (n, size);
}

void *
realloc (void   *p,
         size_t  size)
{
  count_allocation (size);
  return __libc_realloc (p, size);
}

void
free (void *p)
{
  __libc_free (p);
}
#endif
