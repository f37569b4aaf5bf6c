/* test-coldopen-units.c: the org units' forms, compiled at build time
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Issue #11: units.tsv is made into tables by data/make-unit-forms.c;
 * no process parses it any more.
 */

#include "config.h"

#include "redaksi-org-units-private.h"
#include "redaksi-test-alloc.h"

/* The units' forms are compiled in: their first use makes only the heads'
 * table, in one allocation for the table and one for its slots (parsing
 * units.tsv took 26). In a process of its own, where no unit was asked
 * for yet. */
static void
test_unit_heads_first_use (void)
{
#ifdef COUNT_ALLOCATIONS
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  {
    guint before = redaksi_test_allocations ();
    const RedaksiWordTable *heads = _redaksi_unit_heads ();
    guint made = redaksi_test_allocations () - before;

    g_test_message ("%u allocations", made);
    g_assert_cmpuint (made, <=, 2);
    g_assert_cmpuint (_redaksi_word_table_lookup (heads, ner_hash_bytes ("kepolisian", 10), "Kepolisian", 10),
                      !=, 0);
    g_assert_cmpuint (_redaksi_word_table_lookup (heads, ner_hash_bytes ("menteri", 7), "menteri", 7), !=, 0);
    g_assert_cmpuint (_redaksi_word_table_lookup (heads, ner_hash_bytes ("rumah", 5), "rumah", 5), ==, 0);
  }
#else
  g_test_skip ("allocations are not counted under AddressSanitizer");
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/redaksi/coldopen/unit-heads-first-use", test_unit_heads_first_use);
  return g_test_run ();
}
