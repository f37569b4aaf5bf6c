/* redaksi-inserts.c: where the related-link inserts of a text are
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-inserts-private.h"

struct _RedaksiInsertTable
{
  GArray *spans;  /* RedaksiTextSpan, sorted, disjoint, none empty */
};

static gint
compare_starts (gconstpointer a,
                gconstpointer b)
{
  const RedaksiTextSpan *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

/* Sorted by start, each span either joins the last kept one or follows
 * it: disjoint spans with increasing ends, which one binary search reads. */
static void
merge_spans (GArray *spans)
{
  guint kept = 0;

  g_array_sort (spans, compare_starts);
  for (guint i = 0; i < spans->len; i++)
    {
      RedaksiTextSpan span = g_array_index (spans, RedaksiTextSpan, i);
      RedaksiTextSpan *last = kept > 0 ? &g_array_index (spans, RedaksiTextSpan, kept - 1) : NULL;

      if (span.end <= span.start)
        continue;
      if (last != NULL && span.start <= last->end)
        last->end = MAX (last->end, span.end);
      else
        g_array_index (spans, RedaksiTextSpan, kept++) = span;
    }
  g_array_set_size (spans, kept);
}

RedaksiInsertTable *
_redaksi_insert_table_new (GArray *spans)
{
  RedaksiInsertTable *self = g_new0 (RedaksiInsertTable, 1);

  g_assert (g_array_get_element_size (spans) == sizeof (RedaksiTextSpan));
  self->spans = spans;
  merge_spans (self->spans);
  return self;
}

void
_redaksi_insert_table_free (RedaksiInsertTable *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->spans);
  g_free (self);
}

const RedaksiTextSpan *
_redaksi_insert_table_peek (const RedaksiInsertTable *self,
                            guint                    *n_spans)
{
  *n_spans = self->spans->len;
  return (const RedaksiTextSpan *) self->spans->data;
}

/* The first span ending after @offset: the only one that can hold it. */
static guint
first_ending_after (const RedaksiInsertTable *self,
                    guint                     offset)
{
  guint lo = 0, hi = self->spans->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->spans, RedaksiTextSpan, mid).end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

gboolean
_redaksi_inserts_contain (const RedaksiInsertTable *self,
                          guint                     start,
                          guint                     end)
{
  guint i;
  const RedaksiTextSpan *span;

  if (self == NULL)
    return FALSE;
  i = first_ending_after (self, start);
  if (i == self->spans->len)
    return FALSE;
  span = &g_array_index (self->spans, RedaksiTextSpan, i);
  return span->start <= start && end <= span->end;
}

/* The first of the tokens [@lo, @n) that starts at @offset or after:
 * their starts only grow. */
static guint
first_token_from (const RedaksiToken *tokens,
                  guint               lo,
                  guint               n,
                  guint               offset)
{
  guint hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (tokens[mid].start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* A token is inside when the span its start falls in holds all of it:
 * the spans are few, and each is looked at once with the tokens that
 * start in it, found by a search, not a token at a time. */
void
_redaksi_inserts_mark (const RedaksiInsertTable *self,
                       const RedaksiToken       *tokens,
                       guint                     n,
                       guint8                   *inside)
{
  guint t = 0;

  memset (inside, 0, n);
  if (self == NULL || n == 0)
    return;
  for (guint i = first_ending_after (self, tokens[0].start); i < self->spans->len && t < n; i++)
    {
      const RedaksiTextSpan *span = &g_array_index (self->spans, RedaksiTextSpan, i);

      for (t = first_token_from (tokens, t, n, span->start); t < n && tokens[t].start < span->end; t++)
        inside[t] = tokens[t].end <= span->end;
    }
}

gboolean
_redaksi_inserts_overlaps (const RedaksiInsertTable *self,
                           guint                     start,
                           guint                     end)
{
  guint i;

  if (self == NULL || end <= start)
    return FALSE;
  i = first_ending_after (self, start);
  return i < self->spans->len && g_array_index (self->spans, RedaksiTextSpan, i).start < end;
}
