/* redaksi-quote-analysis.c: the `quotes` analysis
 *
 * Pairs the marks (redaksi-quote-scan.c), attributes each quote
 * (redaksi-quote-attribution.c), resolves speakers
 * (redaksi-quote-speakers.c), verifies against a source when one is given
 * (redaksi-quote-source.c), and adds quotes and issues to the report.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "redaksi-analysis-private.h"
#include "redaksi-quote-attribution-private.h"
#include "redaksi-quote-private.h"
#include "redaksi-quote-source-private.h"

/* Fewer words and no sign of speech: a term in quotation marks
 * ("operasi militer khusus"), not a quotation. */
#define MIN_SPEECH_WORDS 8

static QuoteDraft *
draft_at (QuoteScan *scan,
          guint      i)
{
  return &g_array_index (scan->drafts, QuoteDraft, i);
}

static const QuotePart *
part_at (QuoteDraft *draft,
         guint       i)
{
  return _redaksi_quote_draft_part (draft, i);
}

static guint
part_end_token (QuoteScan       *scan,
                const QuotePart *part)
{
  return part->close != NO_TOKEN ? part->close : _redaksi_quote_scan_stretch_end (scan, part->open);
}

static guint
count_words (QuoteScan  *scan,
             QuoteDraft *draft)
{
  guint n = 0;

  for (guint i = 0; i < draft->n_parts; i++)
    for (guint t = part_at (draft, i)->open + 1; t < part_end_token (scan, part_at (draft, i)); t++)
      n += scan->tokens[t].kind == REDAKSI_TOKEN_WORD || scan->tokens[t].kind == REDAKSI_TOKEN_NUMBER;
  return n;
}

static gboolean
ends_like_speech (QuoteScan  *scan,
                  QuoteDraft *draft)
{
  const QuotePart *last = part_at (draft, draft->n_parts - 1);
  guint before = last->close - 1;

  return last->close != NO_TOKEN && before > last->open
         && (_redaksi_quote_token_is (scan, before, ",") || _redaksi_quote_token_is (scan, before, ".")
             || _redaksi_quote_token_is (scan, before, "?") || _redaksi_quote_token_is (scan, before, "!")
             || _redaksi_quote_token_is (scan, before, "…"));
}

static gboolean
is_speech (QuoteScan  *scan,
           QuoteDraft *draft)
{
  return draft->cue != NO_TOKEN || draft->speaker_end > draft->speaker_start || draft->pronoun
         || draft->n_parts > 1 || ends_like_speech (scan, draft)
         || count_words (scan, draft) >= MIN_SPEECH_WORDS;
}

static gboolean
has_attribution (QuoteDraft *draft)
{
  return draft->cue != NO_TOKEN || draft->speaker_end > draft->speaker_start || draft->pronoun;
}

/* "…," kata X, "…." is one quote in two parts. */
static void
merge_interrupted (QuoteScan *scan)
{
  for (guint i = 0; i + 1 < scan->drafts->len; i++)
    {
      QuoteDraft *draft = draft_at (scan, i), *next = draft_at (scan, i + 1);
      guint comma = draft->after_end;

      if (draft->dropped || next->dropped || comma == NO_TOKEN || has_attribution (next)
          || comma + 1 != part_at (next, 0)->open || !_redaksi_quote_token_is (scan, comma, ","))
        continue;
      for (guint k = 0; k < next->n_parts; k++)
        _redaksi_quote_draft_add_part (draft, part_at (next, k));
      next->dropped = TRUE;
    }
}

/* Joko "Jokowi" Widodo, Basuki "Ahok" Tjahaja Purnama: one or two
 * capitalised words in quotation marks between two words of a name are
 * a nickname, not a quotation. */
static gboolean
is_nickname (QuoteScan  *scan,
             QuoteDraft *draft)
{
  const QuotePart *part = part_at (draft, 0);
  const RedaksiToken *before, *after;

  if (draft->n_parts != 1 || part->close == NO_TOKEN || part->open == 0 || part->close + 1 >= scan->n_tokens
      || _redaksi_token_nickname_close (scan->tokens, scan->n_tokens, part->open) != part->close)
    return FALSE;
  before = &scan->tokens[part->open - 1];
  after = &scan->tokens[part->close + 1];
  return before->kind == REDAKSI_TOKEN_WORD && (before->flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
         && after->kind == REDAKSI_TOKEN_WORD && (after->flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
         && (after->flags & REDAKSI_TOKEN_FLAGS_SPACE_BEFORE);
}

static void
attribute (QuoteScan *scan)
{
  for (guint i = 0; i < scan->drafts->len && !_redaksi_quote_scan_cancelled (scan, i); i++)
    if (!draft_at (scan, i)->dropped && is_nickname (scan, draft_at (scan, i)))
      draft_at (scan, i)->dropped = TRUE;
    else if (!draft_at (scan, i)->dropped)
      _redaksi_quote_attribute_after (scan, draft_at (scan, i));
  merge_interrupted (scan);
  for (guint i = 0; i < scan->drafts->len && !_redaksi_quote_scan_cancelled (scan, i); i++)
    if (!draft_at (scan, i)->dropped && !has_attribution (draft_at (scan, i)))
      _redaksi_quote_attribute_before (scan, draft_at (scan, i));
}

/* The first paragraph a speaker may be looked for in: the one before
 * (inserts skipped), or the first. */
static guint
previous_paragraph (QuoteScan *scan,
                    guint      p)
{
  return scan->previous[p] != NO_TOKEN ? scan->previous[p] : 0;
}

static void
set_speaker (QuoteScan            *scan,
             QuoteDraft           *draft,
             RedaksiQuoteSpeakers *speakers,
             guint                 start,
             guint                 end)
{
  draft->speaker_text = g_strndup (scan->text + start, end - start);
  draft->speaker = _redaksi_quote_speakers_canonical (speakers, draft->speaker_text, start, end);
}

/* A -nya or dia points back to whoever spoke or was the subject last,
 * however many paragraphs ago: a person named in the text, or the words
 * of the latest attribution when they come later ("…," kata Kapolsek
 * Medan Johor. "…," ujarnya — the same unnamed officer). */
static void
resolve_pronoun (QuoteScan            *scan,
                 QuoteDraft           *draft,
                 RedaksiQuoteSpeakers *speakers,
                 QuoteDraft           *last_named)
{
  guint open = scan->tokens[part_at (draft, 0)->open].start, start, end;
  gboolean found = _redaksi_quote_speakers_recent (speakers, open, 0, &start, &end);

  /* A description ("ujar pria kelahiran Semarang") characterises the
   * one quoted last, not someone merely mentioned since. */
  if (last_named != NULL && (!found || draft->described
                             || scan->tokens[last_named->speaker_start].start > start))
    {
      draft->speaker = g_strdup (last_named->speaker);
      draft->speaker_text = g_strdup (last_named->speaker_text);
    }
  else if (found)
    set_speaker (scan, draft, speakers, start, end);
  /* "…," kata oknum polisi itu, with nobody before it: the words the
   * article gave, as for "kata warga setempat". */
  else if (draft->described && draft->description_end >= draft->after_end)
    draft->speaker_text = g_strndup (scan->text + scan->tokens[draft->after_end - 1].start,
                                     scan->tokens[draft->description_end - 1].end
                                       - scan->tokens[draft->after_end - 1].start);
}

static void
resolve_speaker (QuoteScan            *scan,
                 QuoteDraft           *draft,
                 RedaksiQuoteSpeakers *speakers,
                 QuoteDraft          **last_named)
{
  guint start, end;

  if (draft->speaker_end > draft->speaker_start)
    {
      start = scan->tokens[draft->speaker_start].start;
      end = scan->tokens[draft->speaker_end - 1].end;
      draft->speaker_text = g_strndup (scan->text + start, end - start);
      draft->speaker = _redaksi_quote_speakers_named (speakers, draft->speaker_start, draft->speaker_end);
      *last_named = draft;
    }
  else if (draft->pronoun)
    resolve_pronoun (scan, draft, speakers, *last_named);
}

static guint
last_paragraph (QuoteDraft *draft)
{
  return part_at (draft, draft->n_parts - 1)->paragraph;
}

static gboolean
has_speaker (QuoteDraft *draft)
{
  return !draft->dropped && draft->speaker != NULL;
}

/* For each quote, the nearest later quote with a speaker of its own;
 * quotes are in text order, so one sweep from the end finds them all. */
static guint *
later_speakers (QuoteScan *scan)
{
  guint *later = g_new (guint, MAX (scan->drafts->len, 1));
  guint nearest = NO_TOKEN;

  for (guint i = scan->drafts->len; i > 0; i--)
    {
      later[i - 1] = nearest;
      if (has_speaker (draft_at (scan, i - 1)))
        nearest = i - 1;
    }
  return later;
}

/* The nearest earlier quote with a speaker, and the lowest paragraph a
 * quote ends in from there on, kept up to date as the quotes are seen. */
typedef struct
{
  guint  earlier;
  guint  lowest;
  guint *later;
} Neighbours;

static void
neighbours_see (QuoteScan  *scan,
                Neighbours *neighbours,
                guint       i)
{
  QuoteDraft *draft = draft_at (scan, i);

  if (has_speaker (draft))
    {
      neighbours->earlier = i;
      neighbours->lowest = last_paragraph (draft);
    }
  else
    neighbours->lowest = MIN (neighbours->lowest, last_paragraph (draft));
}

/* A quote without its own cue continues the speaker of the nearest
 * attributed quote in its paragraph or the one before: an earlier one
 * when no quote in between ends before that, else a later one in the
 * same paragraph. */
static QuoteDraft *
neighbour_speaker (QuoteScan  *scan,
                   Neighbours *neighbours,
                   guint       index)
{
  guint paragraph = part_at (draft_at (scan, index), 0)->paragraph;
  guint later = neighbours->later[index];

  if (neighbours->earlier != NO_TOKEN && neighbours->lowest >= previous_paragraph (scan, paragraph))
    return draft_at (scan, neighbours->earlier);
  if (later != NO_TOKEN && part_at (draft_at (scan, later), 0)->paragraph == paragraph)
    return draft_at (scan, later);
  return NULL;
}

/* A quote standing alone after "Budi Santoso menjelaskan rencananya.":
 * the person named last, in its paragraph or the one before, said it. */
static gboolean
named_before (QuoteScan            *scan,
              QuoteDraft           *draft,
              RedaksiQuoteSpeakers *speakers)
{
  const QuotePart *first = part_at (draft, 0);
  guint start, end;

  if (!_redaksi_quote_speakers_recent (speakers, scan->tokens[first->open].start,
                                       previous_paragraph (scan, first->paragraph), &start, &end))
    return FALSE;
  set_speaker (scan, draft, speakers, start, end);
  return TRUE;
}

/* "Ia bercerita sangat berharap …" opening the paragraph before a
 * quote that stands alone: the quote is that person's, as after "kata
 * dia". */
static gboolean
after_pronoun_subject (QuoteScan  *scan,
                       QuoteDraft *draft)
{
  static const char *const subjects[] = { "ia", "dia", "beliau", NULL };
  guint p = scan->previous[part_at (draft, 0)->paragraph], t;

  if (p == NO_TOKEN || (t = scan->first[p]) == NO_TOKEN || scan->in_quote[t]
      || scan->tokens[t].kind != REDAKSI_TOKEN_WORD)
    return FALSE;
  return _redaksi_quote_token_lower_in (scan, t, subjects);
}

static GPtrArray *quote_words (QuoteScan  *scan,
                               QuoteDraft *draft);

/* A headline that is a quote ("Kami Sudah Menderita, Kini Harus Cari
 * Bantuan") is said again in the story: its speaker is the one of the
 * later quote that shares most of its words, at least three. One pass
 * over the later quotes' words. */
#define MIN_HEADLINE_SHARED 3

static gboolean
is_headline (QuoteScan  *scan,
             QuoteDraft *draft)
{
  const QuotePart *part = part_at (draft, 0);

  return scan->n_paragraphs > 1 && part->paragraph == 0 && draft->n_parts == 1
         && part->open == scan->paragraphs[0].first_token && part->close != NO_TOKEN
         && part->close + 1 >= scan->paragraphs[0].end_token;
}

static QuoteDraft *
headline_speaker (QuoteScan  *scan,
                  QuoteDraft *headline,
                  guint       index)
{
  g_autoptr(GPtrArray) words = quote_words (scan, headline);
  g_autoptr(GHashTable) set = g_hash_table_new (g_str_hash, g_str_equal);
  QuoteDraft *best = NULL;
  guint best_shared = MIN_HEADLINE_SHARED - 1;

  for (guint w = 0; w < words->len; w++)
    g_hash_table_add (set, g_ptr_array_index (words, w));
  for (guint i = index + 1; i < scan->drafts->len && !_redaksi_quote_scan_cancelled (scan, i); i++)
    {
      QuoteDraft *draft = draft_at (scan, i);
      g_autoptr(GPtrArray) other = NULL;
      g_autoptr(GHashTable) seen = NULL;
      guint shared = 0;

      if (!has_speaker (draft))
        continue;
      other = quote_words (scan, draft);
      seen = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint w = 0; w < other->len; w++)
        if (g_hash_table_contains (set, g_ptr_array_index (other, w))
            && g_hash_table_add (seen, g_ptr_array_index (other, w)))
          shared++;
      if (shared > best_shared)
        {
          best = draft;
          best_shared = shared;
        }
    }
  return best;
}

static void
report_no_attribution (QuoteScan  *scan,
                       QuoteDraft *draft)
{
  const QuotePart *first = part_at (draft, 0);

  _redaksi_quote_add_issue (scan, "quote-no-attribution", REDAKSI_SEVERITY_WARNING,
                            _("It is not clear who said this quote."),
                            scan->tokens[first->open].start,
                            scan->tokens[part_end_token (scan, part_at (draft, draft->n_parts - 1)) - 1].end,
                            NULL);
}

static void
speak_for (QuoteScan            *scan,
           RedaksiQuoteSpeakers *speakers,
           Neighbours           *neighbours,
           guint                 i)
{
  QuoteDraft *draft = draft_at (scan, i), *other;

  /* Words that name no speaker ("kata Kementerian X") are no reason to
   * borrow another quote's. */
  if (draft->dropped || draft->speaker != NULL || draft->speaker_text != NULL || !is_speech (scan, draft))
    return;
  if ((other = neighbour_speaker (scan, neighbours, i)) != NULL
      || (is_headline (scan, draft) && (other = headline_speaker (scan, draft, i)) != NULL))
    {
      draft->speaker = g_strdup (other->speaker);
      draft->speaker_text = g_strdup (other->speaker_text);
    }
  else if (named_before (scan, draft, speakers))
    return;
  else if (after_pronoun_subject (scan, draft))
    {
      resolve_pronoun (scan, draft, speakers, NULL);
      if (draft->speaker == NULL)
        report_no_attribution (scan, draft);
    }
  else
    report_no_attribution (scan, draft);
}

static void
resolve_speakers (QuoteScan            *scan,
                  RedaksiQuoteSpeakers *speakers)
{
  g_autofree guint *later = NULL;
  Neighbours neighbours = { NO_TOKEN, 0, NULL };
  QuoteDraft *last_named = NULL;

  for (guint i = 0; i < scan->drafts->len && !_redaksi_quote_scan_cancelled (scan, i); i++)
    if (!draft_at (scan, i)->dropped)
      resolve_speaker (scan, draft_at (scan, i), speakers, &last_named);
  neighbours.later = later = later_speakers (scan);
  for (guint i = 0; i < scan->drafts->len && !_redaksi_quote_scan_cancelled (scan, i); i++)
    {
      speak_for (scan, speakers, &neighbours, i);
      neighbours_see (scan, &neighbours, i);
    }
}

static void
part_bounds (QuoteScan       *scan,
             const QuotePart *part,
             guint           *start,
             guint           *end)
{
  guint stretch_end = _redaksi_quote_scan_stretch_end (scan, part->open);

  *start = scan->tokens[part->open].end;
  /* A part left open runs to its paragraph's end, or to an insert. */
  /* A space before the closing mark is no part of the words. */
  if (part->close != NO_TOKEN)
    *end = part->close > part->open + 1 ? scan->tokens[part->close - 1].end : scan->tokens[part->close].start;
  else if (stretch_end == scan->paragraphs[part->paragraph].end_token)
    *end = scan->paragraphs[part->paragraph].end;
  else
    *end = scan->tokens[stretch_end - 1].end;
  /* The comma before a cue is the attribution's, not the speaker's. */
  if (part->close != NO_TOKEN && part->close > part->open + 1
      && _redaksi_quote_token_is (scan, part->close - 1, ","))
    *end = scan->tokens[part->close - 1].start;
  *end = MAX (*start, *end);
}

/* The cue word as written: on the stack when it fits, as cue words do. */
static const char *
cue_text (QuoteScan  *scan,
          QuoteDraft *draft,
          char        buf[QUOTE_LOWER_SIZE],
          char      **heap)
{
  const RedaksiToken *cue;
  gsize length;

  if (draft->cue == NO_TOKEN)
    return NULL;
  cue = &scan->tokens[draft->cue];
  length = cue->end - cue->start;
  if (length >= QUOTE_LOWER_SIZE)
    return *heap = g_strndup (scan->text + cue->start, length);
  memcpy (buf, scan->text + cue->start, length);
  buf[length] = '\0';
  return buf;
}

/* @text: room for the quote's words, emptied and reused for each quote. */
static void
build_quote (QuoteScan          *scan,
             QuoteDraft         *draft,
             GString            *text,
             RedaksiQuoteRecord *quote)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func ((GDestroyNotify) redaksi_range_free);
  char cue_buf[QUOTE_LOWER_SIZE];
  g_autofree char *cue_heap = NULL;
  const char *cue = cue_text (scan, draft, cue_buf, &cue_heap);

  g_string_truncate (text, 0);
  for (guint i = 0; i < draft->n_parts; i++)
    {
      RedaksiRange range;
      guint start, end;

      part_bounds (scan, part_at (draft, i), &start, &end);
      _redaksi_document_fill_range (scan->document, start, end, &range);
      g_ptr_array_add (parts, redaksi_range_copy (&range));
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_len (text, scan->text + start, end - start);
    }
  _redaksi_quote_record_init (quote, text->str, parts, draft->speaker, draft->speaker_text, cue);
}

static GPtrArray *
quote_words (QuoteScan  *scan,
             QuoteDraft *draft)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < draft->n_parts; i++)
    for (guint t = part_at (draft, i)->open + 1; t < part_end_token (scan, part_at (draft, i)); t++)
      {
        const RedaksiToken *token = &scan->tokens[t];

        if (_redaksi_quote_is_word_token (scan->text, token))
          g_ptr_array_add (words, _redaksi_quote_normalize_word (scan->text + token->start,
                                                                 token->end - token->start));
      }
  return words;
}

static gboolean
has_digit (const char *text)
{
  for (; *text != '\0'; text++)
    if (g_ascii_isdigit (*text))
      return TRUE;
  return FALSE;
}

static void
report_altered (QuoteScan                *scan,
                const RedaksiQuoteRecord *quote)
{
  GPtrArray *differences = quote->differences;
  g_autoptr(GString) message = g_string_new (_("The quote differs from the source:"));
  RedaksiSeverity severity = REDAKSI_SEVERITY_WARNING;
  const RedaksiRange *range = &quote->range;

  for (guint i = 0; i < differences->len; i++)
    {
      RedaksiQuoteDifference *difference = g_ptr_array_index (differences, i);
      const char *in_quote = redaksi_quote_difference_get_quote (difference);
      const char *in_source = redaksi_quote_difference_get_source (difference);

      /* A changed number is a factual error, not a wording one. */
      if (has_digit (in_quote) || has_digit (in_source))
        severity = REDAKSI_SEVERITY_ERROR;
      g_string_append_printf (message, _(" “%s” (source: “%s”)%s"), in_quote, in_source,
                              i + 1 < differences->len ? ";" : ".");
    }
  _redaksi_quote_take_issue (scan, redaksi_issue_new ("quote-altered", severity, message->str, range, NULL));
}

static void
verify_quote (QuoteScan          *scan,
              QuoteDraft         *draft,
              RedaksiQuoteRecord *quote,
              RedaksiQuoteSource *source)
{
  g_autoptr(GPtrArray) words = quote_words (scan, draft);
  RedaksiQuoteSourceStatus status;
  GPtrArray *differences;
  double similarity;

  _redaksi_quote_source_verify (source, words, &status, &similarity, &differences);
  quote->source_status = status;
  quote->similarity = similarity;
  if (differences != NULL)
    {
      g_ptr_array_unref (quote->differences);
      quote->differences = differences;
    }
  if (status == REDAKSI_QUOTE_SOURCE_ALTERED)
    report_altered (scan, quote);
  else if (status == REDAKSI_QUOTE_SOURCE_NOT_FOUND)
    _redaksi_quote_take_issue (scan, redaksi_issue_new ("quote-not-in-source", REDAKSI_SEVERITY_WARNING,
                                                        _("This quote is not in the source."),
                                                        &quote->range, NULL));
}

static gint
compare_issues (gconstpointer a,
                gconstpointer b)
{
  const RedaksiRange *x = redaksi_issue_get_range (*(RedaksiIssue **) a);
  const RedaksiRange *y = redaksi_issue_get_range (*(RedaksiIssue **) b);

  return x->start < y->start ? -1 : x->start > y->start;
}

static void
publish (QuoteScan          *scan,
         RedaksiReport      *report,
         RedaksiQuoteSource *source)
{
  g_autoptr(GString) text = g_string_sized_new (256);
  GArray *quotes = _redaksi_quote_records_new ();

  /* The report writes the records as they stand once it is sealed. */
  _redaksi_quote_records_add_to_report (quotes, report);
  _redaksi_report_add_section (report, "issues");
  for (guint i = 0; i < scan->drafts->len && !_redaksi_quote_scan_cancelled (scan, i); i++)
    {
      QuoteDraft *draft = draft_at (scan, i);
      RedaksiQuoteRecord *quote;

      if (draft->dropped || !is_speech (scan, draft))
        continue;
      g_array_set_size (quotes, quotes->len + 1);
      quote = &g_array_index (quotes, RedaksiQuoteRecord, quotes->len - 1);
      build_quote (scan, draft, text, quote);
      if (source != NULL)
        verify_quote (scan, draft, quote, source);
    }
  g_ptr_array_sort (scan->issues, compare_issues);
  for (guint i = 0; i < scan->issues->len; i++)
    _redaksi_report_add_result (report, "issues", g_ptr_array_index (scan->issues, i));
}

/* Each step needs the one before complete: a cancelled step ends the run. */
static gboolean
analyse (QuoteScan               *scan,
         RedaksiAnalysisContext  *context,
         RedaksiQuoteSpeakers   **speakers,
         RedaksiQuoteSource     **source)
{
  RedaksiTaggerResults *entities = _redaksi_analysis_context_peek_entities (context);
  const RedaksiEntityRecord *records;
  guint n;

  _redaksi_quote_scan_pair_marks (scan);
  if (scan->cancelled)
    return FALSE;
  records = _redaksi_tagger_results_peek_entities (entities, &n);
  *speakers = _redaksi_quote_speakers_new_for_records (scan, records, n);
  if (scan->cancelled)
    return FALSE;
  attribute (scan);
  if (scan->cancelled)
    return FALSE;
  resolve_speakers (scan, *speakers);
  if (context->source != NULL && !scan->cancelled)
    *source = _redaksi_quote_source_new (context->source);
  return !g_cancellable_is_cancelled (context->cancellable);
}

static gboolean
run_quote_analysis (RedaksiAnalysisContext  *context,
                    GError                 **error)
{
  g_autoptr(RedaksiQuoteSource) source = NULL;
  g_autoptr(RedaksiQuoteSpeakers) speakers = NULL;
  QuoteScan scan;
  gboolean ok;

  _redaksi_quote_scan_init (&scan, context->document, _redaksi_analysis_context_peek_inserts (context),
                            context->cancellable);
  ok = analyse (&scan, context, &speakers, &source);
  if (ok)
    publish (&scan, context->report, source);
  ok = ok && !scan.cancelled;
  _redaksi_quote_scan_clear (&scan);
  if (!ok)
    g_cancellable_set_error_if_cancelled (context->cancellable, error);
  return ok;
}

const RedaksiAnalysis _redaksi_quote_analysis = {
  "quotes", REDAKSI_ANALYSIS_QUOTES,
  REDAKSI_ANALYSIS_RELATED_LINKS | REDAKSI_ANALYSIS_ENTITIES, run_quote_analysis
};
