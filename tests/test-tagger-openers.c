/* test-tagger-openers.c: what the tagger's rules allocate an article
 * (issue #11, openers)
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The rules keep one coverage of the mentions for the steps that only
 * add to it, hold the full names' word keys in one table made to size,
 * and tell most mentions that they name no acronym without a copy of
 * their text: an article's tagging allocates a few hundred blocks, not
 * one a key or a mention. The answers are those of the long ways
 * (tests/test-tagger.c, tests/test-entity-recall.c).
 */

#include "config.h"

#include <string.h>

#include "redaksi-entity-private.h"
#include "redaksi-inserts-private.h"
#include "redaksi-related-link-private.h"
#include "redaksi-tagger-private.h"
#include "redaksi-test-alloc.h"
#include "redaksi-test-util.h"

#ifdef COUNT_ALLOCATIONS
/* The blocks one tagging of @text allocates, its results freed. */
static guint
tagging_allocations (RedaksiTagger *tagger,
                     const char    *text)
{
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, NULL);
  g_autoptr(RedaksiInsertTable) inserts = NULL;
  RedaksiTaggerResults *results;
  guint before;

  g_assert_nonnull (document);
  inserts = _redaksi_insert_table_find (document, NULL, NULL);
  g_assert_nonnull (inserts);
  before = redaksi_test_allocations ();
  results = _redaksi_tagger_find (tagger, document, inserts, NULL, NULL);
  g_assert_nonnull (results);
  _redaksi_tagger_results_unref (results);
  return redaksi_test_allocations () - before;
}
#endif

/* The development set's articles, tagged once before they are counted
 * (the tagger's lists and this thread's labeller cache are made on
 * first use). */
static void
test_allocations (void)
{
#ifdef COUNT_ALLOCATIONS
  g_autoptr(GPtrArray) texts = redaksi_test_devset_texts ();
  RedaksiTagger *tagger = redaksi_tagger_get_default ();
  guint made = 0, words = 0;

  g_assert_cmpuint (texts->len, >=, 10);
  for (guint k = 0; k < texts->len; k++)
    tagging_allocations (tagger, g_ptr_array_index (texts, k));
  for (guint k = 0; k < texts->len; k++)
    {
      const char *text = g_ptr_array_index (texts, k);
      g_auto(GStrv) split = g_strsplit_set (text, " \n", -1);

      made += tagging_allocations (tagger, text);
      words += g_strv_length (split);
    }
  g_test_message ("%u articles, about %u words: %u allocations", texts->len, words, made);
  /* 5,584 before the coverage was kept, the full names' keys held in
   * one table and acronyms told by a bit (5,184 with them). */
  g_assert_cmpuint (made, <=, 5350);
#else
  g_test_skip ("allocations are not counted under AddressSanitizer");
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/redaksi/tagger-openers/allocations", test_allocations);
  return g_test_run ();
}
