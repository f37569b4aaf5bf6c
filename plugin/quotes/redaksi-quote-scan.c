/* redaksi-quote-scan.c: pairing quotation marks into quotes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "redaksi-quote-lexicon-private.h"
#include "redaksi-quote-scan-private.h"

/* Whether an insert may hold a token of @span: one that ends after its
 * first token starts and starts no later than its last token ends.
 * Most paragraphs are far from any, and need no look at their tokens. */
static gboolean
near_insert (QuoteScan                *scan,
             const RedaksiInsertTable *inserts,
             const RedaksiSpan        *span)
{
  return _redaksi_inserts_overlaps (inserts, scan->tokens[span->first_token].start,
                                    scan->tokens[span->end_token - 1].end + 1);
}

/* The stretch bounds as they are found: two a paragraph and a few
 * around each insert, in a plain array grown by doubling rather than a
 * GArray call for each. */
typedef struct
{
  guint *values;
  guint  len;
  guint  size;
} Bounds;

static void
bounds_add (Bounds *bounds,
            guint   t)
{
  if (bounds->len == bounds->size)
    {
      bounds->size *= 2;
      bounds->values = g_renew (guint, bounds->values, bounds->size);
    }
  bounds->values[bounds->len++] = t;
}

/* The tokens of paragraph @p inside inserts, its first outside them,
 * and the bounds of its stretches between its first and end. */
static void
mark_paragraph (QuoteScan                *scan,
                const RedaksiInsertTable *inserts,
                guint                     p,
                Bounds                   *bounds)
{
  const RedaksiSpan *span = &scan->paragraphs[p];

  _redaksi_inserts_mark (inserts, scan->tokens + span->first_token, span->end_token - span->first_token,
                         scan->in_insert + span->first_token);
  for (guint t = span->first_token; t < span->end_token; t++)
    {
      if (!scan->in_insert[t] && scan->first[p] == NO_TOKEN)
        scan->first[p] = t;
      if (t > span->first_token && (scan->in_insert[t] || scan->in_insert[t - 1]))
        bounds_add (bounds, t);
    }
}

/* Splits each paragraph into the stretches of tokens between its
 * inserts: an attribution or a name never reaches across an insert, and
 * a paragraph that is all insert is skipped as a whole. A stretch
 * begins at its paragraph's first token, at an insert's token and at
 * the token after one; it ends where the next begins or its paragraph
 * ends. */
static void
mark_inserts (QuoteScan                *scan,
              const RedaksiInsertTable *inserts)
{
  Bounds bounds = { NULL, 0, 2 * scan->n_paragraphs + 16 };

  bounds.values = g_new (guint, bounds.size);
  for (guint p = 0; p < scan->n_paragraphs; p++)
    {
      const RedaksiSpan *span = &scan->paragraphs[p];

      scan->first[p] = NO_TOKEN;
      bounds_add (&bounds, span->first_token);
      if (span->end_token > span->first_token && !near_insert (scan, inserts, span))
        scan->first[p] = span->first_token;
      else if (span->end_token > span->first_token)
        mark_paragraph (scan, inserts, p, &bounds);
      bounds_add (&bounds, span->end_token);
      scan->insert[p] = span->first_token < span->end_token && scan->first[p] == NO_TOKEN;
    }
  scan->n_bounds = bounds.len;
  scan->bounds = bounds.values;
}

/* The index of the last of @n sorted @values not above @t, or @n when
 * there is none. */
static gsize
last_not_above (const guint *values,
                gsize        n,
                gsize        stride,
                guint        t)
{
  gsize low = 0, high = n;

  while (low < high)
    {
      gsize mid = low + (high - low) / 2;

      if (*(const guint *) ((const char *) values + mid * stride) <= t)
        low = mid + 1;
      else
        high = mid;
    }
  return low == 0 ? n : low - 1;
}

guint
_redaksi_quote_scan_paragraph_of (const QuoteScan *scan,
                                  guint            t)
{
  gsize p = last_not_above (&scan->paragraphs[0].first_token, scan->n_paragraphs,
                            sizeof (RedaksiSpan), t);

  return p == scan->n_paragraphs ? 0 : (guint) p;
}

/* last_not_above() of the bounds. The analysis asks about the tokens
 * near one name or quote after another, mostly in the stretch it asked
 * about last: that one is tried before a search. */
static gsize
stretch_bound (QuoteScan *scan,
               guint      t)
{
  gsize b = scan->last_bound;

  if (b < scan->n_bounds && scan->bounds[b] <= t && (b + 1 == scan->n_bounds || scan->bounds[b + 1] > t))
    return b;
  b = last_not_above (scan->bounds, scan->n_bounds, sizeof (guint), t);
  scan->last_bound = b;
  return b;
}

guint
_redaksi_quote_scan_stretch_first (QuoteScan *scan,
                                   guint      t)
{
  gsize b = stretch_bound (scan, t);

  return b == scan->n_bounds ? 0 : scan->bounds[b];
}

guint
_redaksi_quote_scan_stretch_end (QuoteScan *scan,
                                 guint      t)
{
  gsize b = stretch_bound (scan, t);

  /* Bounds repeat where a paragraph ends as the next begins. */
  b = b == scan->n_bounds ? 0 : b;
  while (b < scan->n_bounds && scan->bounds[b] <= t)
    b++;
  return b < scan->n_bounds ? scan->bounds[b] : scan->n_tokens;
}

/* What the lexicons say of the short ASCII words a thread has asked,
 * kept by their lower-case form: a token's class is a hash and a
 * comparison away rather than a string hash table's lookup, and a
 * server's articles share most of the words asked (the title phrases,
 * cues and roles around names). Per thread, so without locks; a fixed
 * 1,024 places in pairs: a word has two places, and the newest of two
 * words keeps the first. */
#define CLASS_CACHE_BITS 10
#define CLASS_WORD_MAX   26

typedef struct
{
  guint32 hash;
  guint8  length;
  guint8  klass;   /* 0: an empty place */
  char    word[CLASS_WORD_MAX];
} ClassEntry;

typedef struct _ClassCache
{
  guint64    misses;
  ClassEntry entries[1 << CLASS_CACHE_BITS];
} ClassCache;

static GPrivate class_cache_key = G_PRIVATE_INIT (g_free);

static ClassCache *
class_cache (void)
{
  ClassCache *cache = g_private_get (&class_cache_key);

  if (cache == NULL)
    {
      cache = g_new0 (ClassCache, 1);
      g_private_set (&class_cache_key, cache);
    }
  return cache;
}

guint64
_redaksi_quote_class_cache_misses (void)
{
  return class_cache ()->misses;
}

void
_redaksi_quote_scan_init (QuoteScan                *scan,
                          RedaksiDocument          *document,
                          const RedaksiInsertTable *inserts,
                          GCancellable             *cancellable)
{
  guint n_tokens, n_paragraphs;

  memset (scan, 0, sizeof *scan);
  scan->document = document;
  scan->cancellable = cancellable;
  scan->text = redaksi_document_get_text (document, NULL);
  scan->tokens = _redaksi_document_peek_tokens (document, &scan->n_tokens);
  scan->paragraphs = _redaksi_document_peek_paragraphs (document, &scan->n_paragraphs);
  n_tokens = MAX (scan->n_tokens, 1);
  n_paragraphs = MAX (scan->n_paragraphs, 1);
  /* The three per-paragraph arrays in one block too. */
  G_STATIC_ASSERT (sizeof (gboolean) == sizeof (guint));
  scan->previous = g_new0 (guint, 3 * (gsize) n_paragraphs);
  scan->first = scan->previous + n_paragraphs;
  scan->insert = (gboolean *) (scan->first + n_paragraphs);
  /* The three per-token byte arrays in one block: one allocation and
   * one clearing instead of three. */
  scan->in_insert = g_new0 (guint8, 3 * (gsize) n_tokens);
  scan->in_quote = scan->in_insert + n_tokens;
  scan->word_class = scan->in_quote + n_tokens;
  scan->class_cache = class_cache ();
  scan->drafts = g_array_new (FALSE, TRUE, sizeof (QuoteDraft));
  scan->issues = g_ptr_array_new_with_free_func (g_object_unref);
  mark_inserts (scan, inserts);
}

gboolean
_redaksi_quote_scan_check_cancelled (QuoteScan *scan)
{
  scan->cancelled = g_cancellable_is_cancelled (scan->cancellable);
  return scan->cancelled;
}

void
_redaksi_quote_scan_clear (QuoteScan *scan)
{
  for (guint i = 0; i < scan->drafts->len; i++)
    {
      QuoteDraft *draft = &g_array_index (scan->drafts, QuoteDraft, i);

      g_clear_pointer (&draft->more_parts, g_array_unref);
      g_free (draft->speaker);
      g_free (draft->speaker_text);
    }
  g_array_unref (scan->drafts);
  g_ptr_array_unref (scan->issues);
  g_free (scan->previous);  /* and first and insert with it */
  g_free (scan->in_insert);  /* and in_quote and word_class with it */
  g_free (scan->bounds);
}

/* Most words are ASCII: lowercasing them byte by byte gives what
 * g_utf8_strdown() gives, without its two passes over Unicode tables,
 * and the speaker search asks for a lowercase word a thousand times in
 * an article. */
char *
_redaksi_quote_token_lower (QuoteScan *scan,
                            guint      token)
{
  const RedaksiToken *t = &scan->tokens[token];
  const char *word = scan->text + t->start;
  gsize length = t->end - t->start;
  char *lower = g_malloc (length + 1);
  gsize i;

  for (i = 0; i < length && word[i] != '\0'; i++)
    {
      if ((guchar) word[i] >= 0x80)
        {
          g_free (lower);
          return g_utf8_strdown (word, (gssize) length);
        }
      lower[i] = _redaksi_quote_ascii_lower (word[i]);
    }
  lower[i] = '\0';
  return lower;
}

const char *
_redaksi_quote_token_lower_into (QuoteScan  *scan,
                                 guint       token,
                                 char        buf[QUOTE_LOWER_SIZE],
                                 char      **heap)
{
  const RedaksiToken *t = &scan->tokens[token];
  const char *word = scan->text + t->start;
  gsize length = t->end - t->start, i;

  for (i = 0; i < length && i < QUOTE_LOWER_SIZE - 1 && (guchar) word[i] < 0x80; i++)
    buf[i] = _redaksi_quote_ascii_lower (word[i]);
  if (i == length)
    {
      buf[i] = '\0';
      return buf;
    }
  *heap = _redaksi_quote_token_lower (scan, token);
  return *heap;
}

gboolean
_redaksi_quote_token_lower_cmp (QuoteScan  *scan,
                                guint       token,
                                const char *word)
{
  const RedaksiToken *t = &scan->tokens[token];
  const char *text = scan->text + t->start;
  gsize length = t->end - t->start, i;
  g_autofree char *lower = NULL;

  for (i = 0; i < length && (guchar) text[i] < 0x80; i++)
    if (_redaksi_quote_ascii_lower (text[i]) != word[i])
      return FALSE;
  if (i == length)
    return word[i] == '\0';
  /* Outside ASCII, lowercasing may change the length. */
  lower = _redaksi_quote_token_lower (scan, token);
  return g_str_equal (lower, word);
}

gboolean
_redaksi_quote_token_lower_in (QuoteScan          *scan,
                               guint               token,
                               const char * const *list)
{
  char buf[QUOTE_LOWER_SIZE];
  g_autofree char *heap = NULL;

  return g_strv_contains (list, _redaksi_quote_token_lower_into (scan, token, buf, &heap));
}

/* The lower-case form of a short ASCII token in @lower and its FNV-1a
 * hash, folded in one pass; FALSE for any other token. */
static gboolean
fold_short_ascii (QuoteScan  *scan,
                  guint       token,
                  char        lower[CLASS_WORD_MAX],
                  guint8     *length,
                  guint32    *hash)
{
  const RedaksiToken *t = &scan->tokens[token];
  const char *text = scan->text + t->start;
  gsize n = t->end - t->start;
  guint32 h = 2166136261u;

  if (n == 0 || n >= CLASS_WORD_MAX)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if ((guchar) text[i] >= 0x80)
        return FALSE;
      lower[i] = _redaksi_quote_ascii_lower (text[i]);
      h = (h ^ (guchar) lower[i]) * 16777619u;
    }
  lower[n] = '\0';
  *length = (guint8) n;
  *hash = h;
  return TRUE;
}

static guint8
classify_uncached (QuoteScan *scan,
                   guint      token)
{
  char buf[QUOTE_LOWER_SIZE];
  g_autofree char *heap = NULL;

  return _redaksi_quote_word_class (_redaksi_quote_token_lower_into (scan, token, buf, &heap));
}

guint8
_redaksi_quote_token_classify (QuoteScan *scan,
                               guint      token)
{
  char lower[CLASS_WORD_MAX];
  guint8 length;
  guint32 hash;
  ClassEntry *pair;

  if (!fold_short_ascii (scan, token, lower, &length, &hash))
    return scan->word_class[token] = classify_uncached (scan, token);
  pair = &scan->class_cache->entries[(hash >> (32 - CLASS_CACHE_BITS)) & ~1u];
  for (guint way = 0; way < 2; way++)
    if (pair[way].klass != 0 && pair[way].hash == hash && pair[way].length == length
        && memcmp (pair[way].word, lower, length) == 0)
      return scan->word_class[token] = pair[way].klass;
  scan->class_cache->misses++;
  pair[1] = pair[0];
  pair[0].hash = hash;
  pair[0].length = length;
  pair[0].klass = _redaksi_quote_word_class (lower);
  memcpy (pair[0].word, lower, length);
  return scan->word_class[token] = pair[0].klass;
}

/* @issue: (transfer full) */
void
_redaksi_quote_take_issue (QuoteScan    *scan,
                           RedaksiIssue *issue)
{
  if (scan->issues->len < MAX_QUOTE_ISSUES)
    g_ptr_array_add (scan->issues, issue);
  else
    g_object_unref (issue);
}

void
_redaksi_quote_add_issue (QuoteScan       *scan,
                          const char      *code,
                          RedaksiSeverity  severity,
                          const char      *message,
                          guint            text_start,
                          guint            text_end,
                          const char      *replacement)
{
  const char *replacements[] = { replacement, NULL };
  RedaksiRange range;

  if (scan->issues->len >= MAX_QUOTE_ISSUES)
    return;
  _redaksi_document_fill_range (scan->document, text_start, text_end, &range);
  _redaksi_quote_take_issue (scan, redaksi_issue_new (code, severity, message, &range,
                                                      replacement != NULL ? replacements : NULL));
}

static gboolean
is_double_mark (const RedaksiToken *token)
{
  return token->kind == REDAKSI_TOKEN_QUOTE
         && token->quote_mark != REDAKSI_QUOTE_MARK_STRAIGHT_SINGLE
         && token->quote_mark != REDAKSI_QUOTE_MARK_LEFT_SINGLE
         && token->quote_mark != REDAKSI_QUOTE_MARK_RIGHT_SINGLE;
}

/* The shape decides for marks that only open or only close; the
 * neighbours decide for the others; the state decides when they can't. */
static gboolean
mark_opens (const RedaksiToken *token,
            gboolean            open_now)
{
  switch (token->quote_mark)
    {
    case REDAKSI_QUOTE_MARK_LEFT_DOUBLE:
    case REDAKSI_QUOTE_MARK_LOW_DOUBLE:
      return TRUE;
    case REDAKSI_QUOTE_MARK_RIGHT_GUILLEMET:
      return FALSE;
    default:
      break;
    }
  if (token->quote_role == REDAKSI_QUOTE_ROLE_OPENING)
    return TRUE;
  if (token->quote_role == REDAKSI_QUOTE_ROLE_CLOSING)
    return FALSE;
  return !open_now;
}

static const char *
closing_for (const RedaksiToken *open)
{
  switch (open->quote_mark)
    {
    case REDAKSI_QUOTE_MARK_LEFT_DOUBLE:
      return "”";
    case REDAKSI_QUOTE_MARK_RIGHT_DOUBLE:
      return "”";
    case REDAKSI_QUOTE_MARK_LOW_DOUBLE:
      return "“";
    case REDAKSI_QUOTE_MARK_LEFT_GUILLEMET:
      return "»";
    default:
      return "\"";
    }
}

static const char *
opening_for (const RedaksiToken *close)
{
  switch (close->quote_mark)
    {
    case REDAKSI_QUOTE_MARK_RIGHT_DOUBLE:
      return "“";
    case REDAKSI_QUOTE_MARK_RIGHT_GUILLEMET:
      return "«";
    default:
      return "\"";
    }
}

/* The fix closes the quote at the paragraph's end, where it most often
 * belongs; the range runs from the lone mark to there. */
static void
report_unclosed (QuoteScan *scan,
                 guint      open,
                 guint      end_token)
{
  guint start = scan->tokens[open].start;
  guint end = scan->tokens[end_token - 1].end;
  g_autofree char *fix = g_strdup_printf ("%.*s%s", (int) (end - start), scan->text + start,
                                          closing_for (&scan->tokens[open]));

  _redaksi_quote_add_issue (scan, "quote-unclosed", REDAKSI_SEVERITY_ERROR,
                            _("The quote is opened but not closed in this paragraph."),
                            start, end, fix);
}

/* The fix opens the quote at the paragraph's start or, after another
 * mark of the paragraph, at the first sentence after that mark, where it
 * most often belongs. The ranges of the findings of a paragraph never
 * overlap, so a line of lone marks costs no more than its length. */
static void
report_unopened (QuoteScan *scan,
                 guint      close,
                 guint      from)
{
  guint start = scan->tokens[from].start;
  guint end = scan->tokens[close].end;
  g_autofree char *fix = g_strdup_printf ("%s%.*s", opening_for (&scan->tokens[close]),
                                          (int) (end - start), scan->text + start);

  _redaksi_quote_add_issue (scan, "quote-unopened", REDAKSI_SEVERITY_ERROR,
                            _("The quote is closed but was never opened."),
                            start, end, fix);
}

static QuoteDraft *
new_draft (QuoteScan *scan,
           guint      open,
           guint      paragraph)
{
  QuoteDraft draft = { 0 };
  QuotePart part = { open, NO_TOKEN, paragraph };

  draft.cue = NO_TOKEN;
  draft.after_end = NO_TOKEN;
  _redaksi_quote_draft_add_part (&draft, &part);
  g_array_append_val (scan->drafts, draft);
  return &g_array_index (scan->drafts, QuoteDraft, scan->drafts->len - 1);
}

static QuotePart *
last_part (QuoteDraft *draft)
{
  return _redaksi_quote_draft_last_part (draft);
}

static guint
next_paragraph (QuoteScan *scan,
                guint      paragraph)
{
  for (guint p = paragraph + 1; p < scan->n_paragraphs; p++)
    if (!scan->insert[p])
      return p;
  return NO_TOKEN;
}

/* News convention: a quote runs on when the next paragraph opens with
 * a mark; only the last paragraph closes it. */
static gboolean
continues_in (QuoteScan *scan,
              guint      paragraph)
{
  const RedaksiToken *first;

  if (paragraph == NO_TOKEN || scan->first[paragraph] == NO_TOKEN)
    return FALSE;
  first = &scan->tokens[scan->first[paragraph]];
  return is_double_mark (first) && mark_opens (first, FALSE);
}

static void
mark_inside (QuoteScan *scan,
             QuotePart *part)
{
  guint end = part->close != NO_TOKEN ? part->close : _redaksi_quote_scan_stretch_end (scan, part->open);

  for (guint t = part->open; t < end; t++)
    scan->in_quote[t] = TRUE;
}

static void
drop_unclosed (QuoteScan *scan,
               guint      index,
               guint      end_token)
{
  QuoteDraft *draft = &g_array_index (scan->drafts, QuoteDraft, index);

  /* A quote without its end has no sure content: only the finding stays. */
  report_unclosed (scan, last_part (draft)->open, end_token);
  draft->dropped = TRUE;
}

/* `…, "katanya`: a closing mark written with its space on the wrong
 * side, glued to the cue. */
static gboolean
closes_before_cue (QuoteScan *scan,
                   guint      t,
                   guint      end)
{
  RedaksiCueKind kind;

  if (t + 1 >= end || t == 0 || scan->tokens[t + 1].kind != REDAKSI_TOKEN_WORD
      || (scan->tokens[t + 1].flags & REDAKSI_TOKEN_FLAGS_SPACE_BEFORE))
    return FALSE;
  kind = _redaksi_quote_token_cue (scan, t + 1);
  return kind == REDAKSI_CUE_POST || kind == REDAKSI_CUE_POST_NYA;
}

static void
report_misplaced_space (QuoteScan *scan,
                        guint      t)
{
  const RedaksiToken *before = &scan->tokens[t - 1], *mark = &scan->tokens[t];
  g_autofree char *fix = g_strdup_printf ("%.*s%.*s ", (int) (before->end - before->start),
                                          scan->text + before->start,
                                          (int) (mark->end - mark->start), scan->text + mark->start);

  /* `Polri,”lanjutnya`: no space on either side; only one is missing. */
  const char *message = (mark->flags & REDAKSI_TOKEN_FLAGS_SPACE_BEFORE)
                        ? _("The space goes after the closing quotation mark, not before it.")
                        : _("A space goes after the closing quotation mark.");

  _redaksi_quote_add_issue (scan, "quote-punctuation", REDAKSI_SEVERITY_WARNING, message,
                            before->start, scan->tokens[t + 1].start, fix);
}

/* `… masalah Babinsa “, tegasnya`: inside a quote, an opening mark with
 * the comma or stop glued after it, or the paragraph's end, closes it;
 * so does one glued to the words it ends (`minimal 9%“, kata`,
 * `September ini,“ kata`) or followed by a cue (`ini “ ujar`), as a
 * closing mark would be. */
static gboolean
closes_as_opening (QuoteScan *scan,
                   guint      t,
                   guint      end)
{
  const RedaksiToken *token = &scan->tokens[t];
  RedaksiCueKind kind;

  if (token->quote_mark != REDAKSI_QUOTE_MARK_LEFT_DOUBLE || t == 0
      || scan->tokens[t - 1].kind == REDAKSI_TOKEN_QUOTE)
    return FALSE;
  if (t + 1 >= end || !(token->flags & REDAKSI_TOKEN_FLAGS_SPACE_BEFORE))
    return TRUE;
  kind = _redaksi_quote_token_cue (scan, t + 1);
  if (kind == REDAKSI_CUE_POST || kind == REDAKSI_CUE_POST_NYA)
    return TRUE;
  return scan->tokens[t - 1].kind == REDAKSI_TOKEN_WORD
         && !(scan->tokens[t + 1].flags & REDAKSI_TOKEN_FLAGS_SPACE_BEFORE)
         && (_redaksi_quote_token_is (scan, t + 1, ",") || _redaksi_quote_token_is (scan, t + 1, "."));
}

static void
report_closing_shape (QuoteScan *scan,
                      guint      t)
{
  _redaksi_quote_add_issue (scan, "quote-punctuation", REDAKSI_SEVERITY_WARNING,
                            _("The closing quotation mark is typed as an opening one."),
                            scan->tokens[t].start, scan->tokens[t].end, "”");
}

static guint
close_part (QuoteScan *scan,
            guint      open,
            guint      t)
{
  QuotePart *part = last_part (&g_array_index (scan->drafts, QuoteDraft, open));

  part->close = t;
  mark_inside (scan, part);
  return NO_TOKEN;
}

/* Where the fix of a closing mark without an opening one at @t starts:
 * the first sentence start after the paragraph's mark before it
 * (@after is the token after that mark), else @after itself. Looked
 * for only when such a mark is found, between two marks, so every
 * token is looked at at most once. */
static guint
unopened_from (QuoteScan *scan,
               guint      after,
               guint      t)
{
  for (guint u = after; u <= t; u++)
    if (!scan->in_insert[u] && (scan->tokens[u].flags & REDAKSI_TOKEN_FLAGS_SENTENCE_START))
      return u;
  return after;
}

/* What one mark at @t does to the quote @open (or NO_TOKEN) of
 * paragraph @p; the quote open after it. @from: see unopened_from(). */
static guint
pair_mark (QuoteScan *scan,
           guint      p,
           guint      t,
           guint      open,
           guint      pending,
           guint      from)
{
  if (t == scan->first[p] && pending != NO_TOKEN)
    {
      QuotePart part = { t, NO_TOKEN, p };

      _redaksi_quote_draft_add_part (&g_array_index (scan->drafts, QuoteDraft, pending), &part);
    }
  else if (open != NO_TOKEN && closes_before_cue (scan, t, _redaksi_quote_scan_stretch_end (scan, t)))
    {
      report_misplaced_space (scan, t);
      open = close_part (scan, open, t);
    }
  else if (open != NO_TOKEN && closes_as_opening (scan, t, _redaksi_quote_scan_stretch_end (scan, t)))
    {
      report_closing_shape (scan, t);
      open = close_part (scan, open, t);
    }
  else if (mark_opens (&scan->tokens[t], open != NO_TOKEN))
    {
      if (open != NO_TOKEN)
        drop_unclosed (scan, open, t);
      new_draft (scan, t, p);
      open = scan->drafts->len - 1;
    }
  else if (open != NO_TOKEN)
    open = close_part (scan, open, t);
  else
    report_unopened (scan, t, from == NO_TOKEN ? scan->paragraphs[p].first_token : unopened_from (scan, from, t));
  return open;
}

/* The first quotation mark token from @t on, or @end: a loop without
 * calls, as it passes nearly every token of the article. */
static guint
next_mark (const RedaksiToken *tokens,
           guint               t,
           guint               end)
{
  while (t < end && tokens[t].kind != REDAKSI_TOKEN_QUOTE)
    t++;
  return t;
}

/* @pending: the index of a quote running on from the paragraph before.
 * Only marks matter: the walk passes every other token at once, and
 * looks at the cancellable every few thousand marks (*@n_marks counts
 * them over the document). */
static guint
pair_paragraph (QuoteScan *scan,
                guint      p,
                guint      pending,
                guint     *n_marks)
{
  const RedaksiSpan *span = &scan->paragraphs[p];
  guint open = pending, after_mark = NO_TOKEN;

  for (guint t = next_mark (scan->tokens, span->first_token, span->end_token); t < span->end_token;
       t = next_mark (scan->tokens, t + 1, span->end_token))
    {
      if (_redaksi_quote_scan_cancelled (scan, ++*n_marks))
        return NO_TOKEN;
      if (scan->in_insert[t] || !is_double_mark (&scan->tokens[t]))
        continue;
      open = pair_mark (scan, p, t, open, pending, after_mark);
      after_mark = t + 1;
    }
  return open;
}

/* A part left open ends with its paragraph, or where an insert cuts it. */
static guint
open_part_end (QuoteScan *scan,
               guint      open)
{
  return _redaksi_quote_scan_stretch_end (scan, last_part (&g_array_index (scan->drafts, QuoteDraft, open))->open);
}

static void
index_previous (QuoteScan *scan)
{
  guint last = NO_TOKEN;

  for (guint p = 0; p < scan->n_paragraphs; p++)
    {
      scan->previous[p] = last;
      if (!scan->insert[p])
        last = p;
    }
}

void
_redaksi_quote_scan_pair_marks (QuoteScan *scan)
{
  guint pending = NO_TOKEN, n_marks = 0;

  index_previous (scan);
  for (guint p = 0; p < scan->n_paragraphs && !_redaksi_quote_scan_cancelled (scan, p); p++)
    {
      guint open;

      if (scan->insert[p])
        continue;
      open = pair_paragraph (scan, p, pending, &n_marks);
      pending = NO_TOKEN;
      if (open == NO_TOKEN)
        continue;
      if (continues_in (scan, next_paragraph (scan, p)))
        {
          mark_inside (scan, last_part (&g_array_index (scan->drafts, QuoteDraft, open)));
          pending = open;
        }
      else
        drop_unclosed (scan, open, open_part_end (scan, open));
    }
}
