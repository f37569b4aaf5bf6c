/* redaksi-quote-source.c: verifying quotes against a source text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "redaksi-document-private.h"
#include "redaksi-fetch-private.h"
#include "redaksi-quote-lexicon-private.h"
#include "redaksi-quote-source-private.h"

/* An anchor found this often says nothing about where a quote is. */
#define MAX_ANCHOR_HITS 64
#define ALTERED_SIMILARITY 0.6
/* The alignment costs quote words × window words in time and memory
 * (1,000 words: 10 MB); a longer quote is compared word for word where
 * it was placed. No spoken quote comes near. */
#define MAX_ALIGNED_WORDS 1000
#define DIAGONAL_BIAS 0x40000000u

typedef struct
{
  guint32 key;
  guint32 position;
} Anchor;

struct _RedaksiQuoteSource
{
  GHashTable *ids;        /* normalised word → id + 1 */
  GPtrArray  *forms;      /* id → normalised word (owned by @ids) */
  GArray     *sequence;   /* guint32 ids, the source's words in order */
  GArray     *trigrams;   /* Anchor, sorted */
  GArray     *unigrams;   /* Anchor, sorted */
};

static gboolean
is_ascii (const char *word,
          gssize      length)
{
  for (gssize i = 0; i < length; i++)
    if ((guchar) word[i] >= 0x80)
      return FALSE;
  return TRUE;
}

/* Most words are ASCII: lower-cased without the Unicode tables. */
static char *
normalize_ascii (const char *word,
                 gssize      length)
{
  char *out = g_malloc (length + 1);
  gsize n = 0;

  for (gssize i = 0; i < length; i++)
    {
      char c = word[i];

      if (g_ascii_isalnum (c)
          || ((c == '-' || c == '.' || c == ',') && n > 0 && i + 1 < length && g_ascii_isalnum (word[i + 1])))
        out[n++] = _redaksi_quote_ascii_lower (c);
    }
  out[n] = '\0';
  return out;
}

char *
_redaksi_quote_normalize_word (const char *word,
                               gssize      length)
{
  g_autofree char *lower = NULL;
  GString *out;

  if (length < 0)
    length = strlen (word);
  if (length == 1 && word[0] == '%')
    return g_strdup ("persen");  /* "10%" in a release is "10 persen" in the article. */
  if (is_ascii (word, length))
    return normalize_ascii (word, length);
  lower = g_utf8_strdown (word, length);
  out = g_string_sized_new (strlen (lower));
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || ((c == '-' || c == '.' || c == ',') && out->len > 0
                                    && g_unichar_isalnum (g_utf8_get_char (g_utf8_next_char (p)))))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static guint32
intern (RedaksiQuoteSource *self,
        char               *form)
{
  gpointer value;

  if (g_hash_table_lookup_extended (self->ids, form, NULL, &value))
    {
      g_free (form);
      return GPOINTER_TO_UINT (value) - 1;
    }
  g_ptr_array_add (self->forms, form);
  g_hash_table_insert (self->ids, form, GUINT_TO_POINTER (self->forms->len));
  return self->forms->len - 1;
}

static guint32
lookup (RedaksiQuoteSource *self,
        const char         *form)
{
  gpointer value = g_hash_table_lookup (self->ids, form);

  return value != NULL ? GPOINTER_TO_UINT (value) - 1 : G_MAXUINT32;
}

static guint32
trigram_key (const guint32 *ids)
{
  guint64 h = ids[0] * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  h = (h ^ ids[1]) * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F);
  h = (h ^ ids[2]) * G_GUINT64_CONSTANT (0x165667B19E3779F9);
  return (guint32) (h >> 32);
}

static int
compare_anchors (const void *a,
                 const void *b)
{
  const Anchor *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->position < y->position ? -1 : x->position > y->position;
}

gboolean
_redaksi_quote_is_word_token (const char         *text,
                              const RedaksiToken *token)
{
  return token->kind == REDAKSI_TOKEN_WORD || token->kind == REDAKSI_TOKEN_NUMBER
         || token->kind == REDAKSI_TOKEN_DATE
         || (token->end - token->start == 1 && text[token->start] == '%');
}

static void
build_anchors (RedaksiQuoteSource *self)
{
  const guint32 *ids = (const guint32 *) self->sequence->data;
  guint n = self->sequence->len;

  for (guint i = 0; i < n; i++)
    {
      Anchor unigram = { ids[i], i };

      g_array_append_val (self->unigrams, unigram);
      if (i + 2 < n)
        {
          Anchor trigram = { trigram_key (ids + i), i };

          g_array_append_val (self->trigrams, trigram);
        }
    }
  /* An empty GArray has no data pointer, and qsort() must not see NULL. */
  if (self->unigrams->len > 1)
    qsort (self->unigrams->data, self->unigrams->len, sizeof (Anchor), compare_anchors);
  if (self->trigrams->len > 1)
    qsort (self->trigrams->data, self->trigrams->len, sizeof (Anchor), compare_anchors);
}

RedaksiQuoteSource *
_redaksi_quote_source_new (RedaksiDocument *source)
{
  RedaksiQuoteSource *self = g_new0 (RedaksiQuoteSource, 1);
  const char *text = redaksi_document_get_text (source, NULL);
  const RedaksiToken *tokens;
  guint n_tokens;

  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->forms = g_ptr_array_new_with_free_func (g_free);
  self->sequence = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->trigrams = g_array_new (FALSE, FALSE, sizeof (Anchor));
  self->unigrams = g_array_new (FALSE, FALSE, sizeof (Anchor));
  tokens = _redaksi_document_peek_tokens (source, &n_tokens);
  for (guint i = 0; i < n_tokens; i++)
    if (_redaksi_quote_is_word_token (text, &tokens[i]))
      {
        guint32 id = intern (self, _redaksi_quote_normalize_word (text + tokens[i].start,
                                                                  tokens[i].end - tokens[i].start));

        g_array_append_val (self->sequence, id);
      }
  build_anchors (self);
  return self;
}

void
_redaksi_quote_source_free (RedaksiQuoteSource *self)
{
  g_hash_table_unref (self->ids);
  g_ptr_array_unref (self->forms);
  g_array_unref (self->sequence);
  g_array_unref (self->trigrams);
  g_array_unref (self->unigrams);
  g_free (self);
}

/* The anchors with @key, as [*first, *first + count). */
static guint
find_anchors (GArray  *anchors,
              guint32  key,
              guint   *first)
{
  const Anchor *a = (const Anchor *) anchors->data;
  guint lo = 0, hi = anchors->len, end;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (a[mid].key < key)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (end = lo; end < anchors->len && a[end].key == key; end++)
    ;
  *first = lo;
  return end - lo;
}

static void
vote (GHashTable *votes,
      GArray     *anchors,
      guint32     key,
      guint       offset)
{
  guint first, count = find_anchors (anchors, key, &first);

  if (count == 0 || count > MAX_ANCHOR_HITS)
    return;
  for (guint k = first; k < first + count; k++)
    {
      /* The diagonal (source position of the quote's first word), kept
       * positive and non-zero as a hash key. */
      gpointer diagonal = GUINT_TO_POINTER (g_array_index (anchors, Anchor, k).position
                                            - offset + DIAGONAL_BIAS);
      gpointer old = g_hash_table_lookup (votes, diagonal);

      g_hash_table_insert (votes, diagonal, GUINT_TO_POINTER (GPOINTER_TO_UINT (old) + 1));
    }
}

static void
best_vote (gpointer key,
           gpointer value,
           gpointer user_data)
{
  guint *best = user_data;

  if (GPOINTER_TO_UINT (value) > best[1]
      || (GPOINTER_TO_UINT (value) == best[1] && GPOINTER_TO_UINT (key) < best[0]))
    {
      best[0] = GPOINTER_TO_UINT (key);
      best[1] = GPOINTER_TO_UINT (value);
    }
}

/* The source position where the quote's first word most likely sits, or
 * FALSE when no anchor of the quote is in the source. */
static gboolean
place_quote (RedaksiQuoteSource *self,
             const guint32      *ids,
             guint               n,
             gint64             *start)
{
  g_autoptr(GHashTable) votes = g_hash_table_new (NULL, NULL);
  guint best[2] = { 0, 0 };

  for (guint i = 0; i + 2 < n; i++)
    if (ids[i] != G_MAXUINT32 && ids[i + 1] != G_MAXUINT32 && ids[i + 2] != G_MAXUINT32)
      vote (votes, self->trigrams, trigram_key (ids + i), i);
  if (g_hash_table_size (votes) == 0)
    for (guint i = 0; i < n; i++)
      if (ids[i] != G_MAXUINT32)
        vote (votes, self->unigrams, ids[i], i);
  if (g_hash_table_size (votes) == 0)
    return FALSE;
  g_hash_table_foreach (votes, best_vote, best);
  *start = (gint64) best[0] - DIAGONAL_BIAS;
  return TRUE;
}

typedef struct
{
  guint    n;        /* quote words */
  guint    m;        /* window words */
  guint   *cost;     /* (n + 1) × (m + 1) */
} Alignment;

#define COST(a, i, j) ((a)->cost[(gsize) (i) * ((a)->m + 1) + (j)])

/* Semi-global edit distance: the quote must be used whole, the window's
 * ends are free. */
static void
align (Alignment     *a,
       const guint32 *quote,
       const guint32 *window)
{
  for (guint j = 0; j <= a->m; j++)
    COST (a, 0, j) = 0;
  for (guint i = 1; i <= a->n; i++)
    {
      COST (a, i, 0) = i;
      for (guint j = 1; j <= a->m; j++)
        {
          guint sub = COST (a, i - 1, j - 1) + (quote[i - 1] == window[j - 1] ? 0 : 1);

          COST (a, i, j) = MIN (sub, MIN (COST (a, i - 1, j), COST (a, i, j - 1)) + 1);
        }
    }
}

typedef struct
{
  GPtrArray *differences;
  GString   *quote;
  GString   *source;
} DiffBuilder;

static void
diff_flush (DiffBuilder *diff)
{
  if (diff->quote->len == 0 && diff->source->len == 0)
    return;
  g_ptr_array_insert (diff->differences, 0,
                      redaksi_quote_difference_new (diff->quote->str, diff->source->str));
  g_string_truncate (diff->quote, 0);
  g_string_truncate (diff->source, 0);
}

static void
diff_prepend (GString    *words,
              const char *word)
{
  if (words->len > 0)
    g_string_prepend_c (words, ' ');
  g_string_prepend (words, word);
}

/* Walks the alignment back from the best end; returns the matches and
 * the window column where the passage starts. */
static guint
trace_back (Alignment          *a,
            RedaksiQuoteSource *self,
            GPtrArray          *words,
            const guint32      *window,
            guint               j,
            DiffBuilder        *diff,
            guint              *first)
{
  guint i = a->n, matches = 0;

  while (i > 0)
    {
      const char *qword = g_ptr_array_index (words, i - 1);

      if (j > 0 && COST (a, i, j) == COST (a, i - 1, j - 1) + (g_str_equal (qword, g_ptr_array_index (self->forms, window[j - 1])) ? 0 : 1))
        {
          if (g_str_equal (qword, g_ptr_array_index (self->forms, window[j - 1])))
            {
              diff_flush (diff);
              matches++;
            }
          else
            {
              diff_prepend (diff->quote, qword);
              diff_prepend (diff->source, g_ptr_array_index (self->forms, window[j - 1]));
            }
          i--, j--;
        }
      else if (j > 0 && COST (a, i, j) == COST (a, i, j - 1) + 1)
        diff_prepend (diff->source, g_ptr_array_index (self->forms, window[--j]));
      else
        diff_prepend (diff->quote, g_ptr_array_index (words, --i));
    }
  diff_flush (diff);
  *first = j;
  return matches;
}

/* The last of the cheapest ends, so that a changed last word is shown as
 * a change, not as a dropped word. */
static guint
best_end (Alignment *a)
{
  guint best = 0;

  for (guint j = 1; j <= a->m; j++)
    if (COST (a, a->n, j) <= COST (a, a->n, best))
      best = j;
  return best;
}

/* A window around the placed passage, wide enough for dropped or added
 * words. */
static void
window_around (RedaksiQuoteSource *self,
               gint64              placed,
               guint               n,
               guint              *start,
               guint              *end)
{
  *start = (guint) CLAMP (placed - (gint64) (n / 2 + 4), 0, (gint64) self->sequence->len);
  *end = (guint) CLAMP (placed + (gint64) (n + n / 2 + 4), (gint64) *start, (gint64) self->sequence->len);
}

static void
append_word (GString    *words,
             const char *word)
{
  if (words->len > 0)
    g_string_append_c (words, ' ');
  g_string_append (words, word);
}

/* Word for word at the placed position: the differences are the runs of
 * words that differ. */
static guint
compare_in_place (RedaksiQuoteSource *self,
                  GPtrArray          *words,
                  const guint32      *ids,
                  gint64              placed,
                  DiffBuilder        *diff)
{
  guint matches = 0;

  for (guint i = 0; i < words->len; i++)
    {
      gint64 at = placed + i;
      guint32 id = at >= 0 && at < self->sequence->len ? g_array_index (self->sequence, guint32, at) : G_MAXUINT32;

      if (id != G_MAXUINT32 && id == ids[i])
        {
          matches++;
          if (diff->quote->len > 0)
            g_ptr_array_add (diff->differences, redaksi_quote_difference_new (diff->quote->str, diff->source->str));
          g_string_truncate (diff->quote, 0);
          g_string_truncate (diff->source, 0);
          continue;
        }
      append_word (diff->quote, g_ptr_array_index (words, i));
      if (id != G_MAXUINT32)
        append_word (diff->source, g_ptr_array_index (self->forms, id));
    }
  if (diff->quote->len > 0)
    g_ptr_array_add (diff->differences, redaksi_quote_difference_new (diff->quote->str, diff->source->str));
  return matches;
}

static void
verify_long (RedaksiQuoteSource        *self,
             GPtrArray                 *words,
             const guint32             *ids,
             gint64                     placed,
             DiffBuilder               *diff,
             RedaksiQuoteSourceStatus  *status,
             double                    *similarity,
             GPtrArray                **differences)
{
  guint matches = compare_in_place (self, words, ids, placed, diff);

  *similarity = matches / (double) words->len;
  if (matches == words->len)
    *status = REDAKSI_QUOTE_SOURCE_VERIFIED;
  else if (*similarity >= ALTERED_SIMILARITY)
    {
      *status = REDAKSI_QUOTE_SOURCE_ALTERED;
      *differences = g_ptr_array_ref (diff->differences);
    }
}

void
_redaksi_quote_source_verify (RedaksiQuoteSource        *self,
                              GPtrArray                 *words,
                              RedaksiQuoteSourceStatus  *status,
                              double                    *similarity,
                              GPtrArray                **differences)
{
  guint n = words->len, start, end, first, last, matches;
  g_autofree guint32 *ids = g_new (guint32, MAX (n, 1));
  g_autoptr(GPtrArray) diffs = g_ptr_array_new_with_free_func ((GDestroyNotify) redaksi_quote_difference_unref);
  g_autoptr(GString) quote_words = g_string_new (NULL);
  g_autoptr(GString) source_words = g_string_new (NULL);
  DiffBuilder diff = { diffs, quote_words, source_words };
  Alignment a = { 0 };
  gint64 placed;

  *status = REDAKSI_QUOTE_SOURCE_NOT_FOUND;
  *similarity = 0.0;
  *differences = NULL;
  for (guint i = 0; i < n; i++)
    ids[i] = lookup (self, g_ptr_array_index (words, i));
  if (n == 0 || !place_quote (self, ids, n, &placed))
    return;
  if (n > MAX_ALIGNED_WORDS)
    {
      verify_long (self, words, ids, placed, &diff, status, similarity, differences);
      return;
    }

  window_around (self, placed, n, &start, &end);
  a.n = n;
  a.m = end - start;
  a.cost = g_new (guint, (gsize) (n + 1) * (a.m + 1));
  align (&a, ids, &g_array_index (self->sequence, guint32, start));
  last = best_end (&a);
  matches = trace_back (&a, self, words, &g_array_index (self->sequence, guint32, start), last, &diff, &first);
  g_free (a.cost);

  *similarity = 2.0 * matches / (double) (n + (last - first));
  if (matches == n && last - first == n)
    *status = REDAKSI_QUOTE_SOURCE_VERIFIED;
  else if (*similarity >= ALTERED_SIMILARITY)
    {
      *status = REDAKSI_QUOTE_SOURCE_ALTERED;
      *differences = g_steal_pointer (&diffs);
    }
}

/* A transcript or a press release is a page or a document, never more
 * than a few megabytes; a server that takes longer than this to send
 * one is not going to. */
#define FETCH_TIMEOUT_MS (30 * 1000)
#define FETCH_MAX_BYTES (16 * 1024 * 1024)
#define FETCH_MAX_REDIRECTS 5

static guint fetch_timeout_ms = FETCH_TIMEOUT_MS;
static gsize fetch_max_bytes = FETCH_MAX_BYTES;

void
_redaksi_quote_source_set_fetch_limits_for_testing (guint timeout_ms,
                                                    gsize max_bytes)
{
  fetch_timeout_ms = timeout_ms != 0 ? timeout_ms : FETCH_TIMEOUT_MS;
  fetch_max_bytes = max_bytes != 0 ? max_bytes : FETCH_MAX_BYTES;
}

GBytes *
_redaksi_quote_source_fetch (const char    *uri,
                             gboolean       allow_private,
                             gboolean      *is_html,
                             GCancellable  *cancellable,
                             GError       **error)
{
  RedaksiFetchPolicy policy = {
    .allow_private = allow_private,
    .max_redirects = FETCH_MAX_REDIRECTS,
    .timeout_ms = fetch_timeout_ms,
    .max_bytes = fetch_max_bytes,
  };
  g_autoptr(GUri) parsed = g_uri_parse (uri, REDAKSI_FETCH_URI_FLAGS, error);
  g_autoptr(RedaksiFetchResponse) response = NULL;

  if (parsed == NULL)
    return NULL;
  response = _redaksi_fetch (&policy, "GET", parsed, cancellable);
  if (response->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&response->error));
      return NULL;
    }
  if (!REDAKSI_FETCH_STATUS_IS_SUCCESSFUL (response->status))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("the server answered %u %s"),
                   response->status, response->status_phrase != NULL ? response->status_phrase : "");
      return NULL;
    }
  *is_html = response->content_type != NULL && g_str_has_suffix (response->content_type, "html");
  return g_steal_pointer (&response->body);
}
