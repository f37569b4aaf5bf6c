/* redaksi-test-alloc.h: allocations counted in a test program
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A test program linked with redaksi-test-alloc.c counts every malloc,
 * calloc and realloc of the process; not under AddressSanitizer, which
 * replaces them itself. */
#ifndef __SANITIZE_ADDRESS__
#define COUNT_ALLOCATIONS 1
#endif

/* The allocations made so far, by every thread. */
guint redaksi_test_allocations               (void);
/* The largest allocation since the last reset: tests that ask it
 * allocate from one thread at a time. */
gsize redaksi_test_largest_allocation       (void);
void  redaksi_test_reset_largest_allocation (void);

G_END_DECLS
