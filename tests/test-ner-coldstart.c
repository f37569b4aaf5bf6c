/* test-ner-coldstart.c: what the labeller costs a process before its
 * first article
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The labeller's word cache starts small and grows with the forms a
 * thread labels: a short article does not pay for the size a long one
 * needs.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "redaksi-tagger-private.h"
#include "ner/redaksi-ner-private.h"

/* Allocations counted, and the largest one kept, by replacing malloc in
 * this program; not under AddressSanitizer, which replaces it itself. */
#ifndef __SANITIZE_ADDRESS__
#define COUNT_ALLOCATIONS 1

static gint allocations;
static gsize largest_allocation;

extern void *__libc_malloc (size_t size);
extern void *__libc_calloc (size_t n, size_t size);
extern void *__libc_realloc (void *p, size_t size);
extern void  __libc_free (void *p);

static void
count_allocation (gsize size)
{
  g_atomic_int_inc (&allocations);
  if (size > largest_allocation)
    largest_allocation = size;  /* the tests allocate from one thread at a time */
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

typedef struct
{
  const NerModel *model;
  guint           n_words;
  gsize           largest_allocation;
  gsize           size_after;
  guint64         misses_again;
} CacheCase;

/* "Kata0 Kata1 …" as tokens labelled in sentences of 20. */
static void
tag_words (const NerModel *model,
           guint           n_words)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autofree NerToken *tokens = g_new0 (NerToken, n_words);
  g_autofree guint8 *labels = g_new0 (guint8, n_words);

  for (guint i = 0; i < n_words; i++)
    {
      char *word = g_strdup_printf ("Kata%u", i);

      g_ptr_array_add (words, word);
      tokens[i] = (NerToken) { word, (guint) strlen (word), 0, 0, 0 };
    }
  for (guint i = 0; i < n_words; i += 20)
    ner_model_tag (model, tokens + i, MIN (20, n_words - i), labels + i);
}

static gpointer
tag_in_new_thread (gpointer data)
{
  CacheCase *c = data;
  guint64 before;

  largest_allocation = 0;
  tag_words (c->model, c->n_words);
  c->largest_allocation = largest_allocation;
  c->size_after = ner_word_cache_size ();
  before = ner_word_cache_misses ();
  tag_words (c->model, c->n_words);
  c->misses_again = ner_word_cache_misses () - before;
  return NULL;
}

static CacheCase
tag_case (const NerModel *model,
          guint           n_words)
{
  CacheCase c = { model, n_words, 0, 0, 0 };

  g_thread_join (g_thread_new ("tag", tag_in_new_thread, &c));
  g_test_message ("%u words: largest allocation %" G_GSIZE_FORMAT " bytes, cache of %"
                  G_GSIZE_FORMAT " words, %" G_GUINT64_FORMAT " missed again",
                  n_words, c.largest_allocation, c.size_after, c.misses_again);
  return c;
}

/* A short article's thread allocates a fraction of the full cache (a
 * 600 KB block before), a long one's grows to the full size and, as
 * before, finds its words there the second time. */
static void
test_word_cache_grows_with_forms (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NerModel) model = _redaksi_ner_model_load_default (&error);
  CacheCase small, large;

  g_assert_no_error (error);
  small = tag_case (model, 200);
  large = tag_case (model, 1500);
#ifdef COUNT_ALLOCATIONS
  g_assert_cmpuint (small.largest_allocation, <, 400 * 1024);
#endif
  g_assert_cmpuint (small.size_after, <, large.size_after);
  g_assert_cmpuint (large.size_after, >=, 4096);
  g_assert_cmpuint (small.misses_again, ==, 0);
  g_assert_cmpuint (large.misses_again, <, 1500 / 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/redaksi/ner-coldstart/word-cache-grows-with-forms", test_word_cache_grows_with_forms);
  return g_test_run ();
}
