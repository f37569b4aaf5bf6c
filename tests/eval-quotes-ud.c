/* eval-quotes-ud.c: the quote checker over every UD Indonesian sentence
 * with a double quotation mark (../shared/data/quotes/ud-indonesian/
 * quote_sentences.tsv, CC BY-SA, read in place and never copied).
 *
 * Reports the share of sentences where a quote is found, the share of
 * found quotes that are attributed, agreement with the post-quote cue
 * pattern of the data's SOURCE.md, and, in a closing note, the kinds of
 * findings seen with an example of each.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-test-util.h"

typedef struct
{
  guint       sentences;
  guint       with_quote;
  guint       quotes;
  guint       attributed;
  guint       attributed_or_cue;
  guint       cue_no_speaker; /* ujarnya, kata dia: referent outside the sentence */
  guint       with_cue;
  guint       speech;        /* speech quotes by a simple pattern (below) */
  guint       speech_found;  /* … matched by a found quote */
  guint       cue_pattern;   /* sentences matching SOURCE.md's post-cue regex */
  guint       cue_agreed;    /* … where a quote has that cue */
  GHashTable *issue_counts;  /* code → count */
  GHashTable *examples;      /* code → first sentence id */
} Tally;

static GRegex *
cue_pattern (void)
{
  return g_regex_new ("[\"”]\\s*,?\\s*(kata|ujar|tutur|ucap|ungkap|jelas|tegas|tambah|imbuh|papar|"
                      "terang|lanjut|pungkas|sebut)(nya)?\\b", G_REGEX_OPTIMIZE, 0, NULL);
}

/* An independent, rough count of speech quotes: a span between double
 * marks whose words end with , . ? ! or … inside the closing mark. */
static GRegex *
speech_pattern (void)
{
  return g_regex_new ("[\"“”]([^\"“”]{2,}?[,.?!…])\\s*[\"”]", G_REGEX_OPTIMIZE, 0, NULL);
}

static gboolean
quote_covers (GPtrArray  *quotes,
              const char *text,
              gint        start,
              gint        end)
{
  for (guint i = 0; i < quotes->len; i++)
    {
      GPtrArray *parts = redaksi_quote_get_parts (g_ptr_array_index (quotes, i));

      for (guint j = 0; j < parts->len; j++)
        {
          const RedaksiRange *range = g_ptr_array_index (parts, j);

          if ((gint) range->start < end && start < (gint) range->end)
            return TRUE;
        }
    }
  return FALSE;
}

static void
count_speech (Tally      *tally,
              GRegex     *pattern,
              GPtrArray  *quotes,
              const char *text)
{
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (pattern, text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      gint start, end;

      g_match_info_fetch_pos (match, 1, &start, &end);
      tally->speech++;
      tally->speech_found += quote_covers (quotes, text, start, end);
    }
}

static gboolean
has_post_cue (GPtrArray  *quotes,
              const char *cue)
{
  for (guint i = 0; i < quotes->len; i++)
    if (g_strcmp0 (redaksi_quote_get_cue (g_ptr_array_index (quotes, i)), cue) == 0)
      return TRUE;
  return FALSE;
}

static void
count_issues (Tally         *tally,
              RedaksiReport *report,
              const char    *id)
{
  GPtrArray *issues = redaksi_report_get_issues (report);

  for (guint i = 0; i < issues->len; i++)
    {
      const char *code = redaksi_issue_get_code (g_ptr_array_index (issues, i));
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (tally->issue_counts, code));

      g_hash_table_insert (tally->issue_counts, g_strdup (code), GUINT_TO_POINTER (count + 1));
      if (!g_hash_table_contains (tally->examples, code))
        g_hash_table_insert (tally->examples, g_strdup (code), g_strdup (id));
    }
}

static void
count_quotes (Tally     *tally,
              GPtrArray *quotes)
{
  tally->with_quote += quotes->len > 0;
  tally->quotes += quotes->len;
  for (guint i = 0; i < quotes->len; i++)
    {
      RedaksiQuote *quote = g_ptr_array_index (quotes, i);

      tally->attributed += redaksi_quote_get_speaker (quote) != NULL;
      tally->attributed_or_cue += redaksi_quote_get_speaker (quote) != NULL
                                  || redaksi_quote_get_cue (quote) != NULL;
      tally->cue_no_speaker += redaksi_quote_get_speaker (quote) == NULL
                               && redaksi_quote_get_cue (quote) != NULL;
      tally->with_cue += redaksi_quote_get_cue (quote) != NULL;
    }
}

static void
evaluate_sentence (Tally      *tally,
                   GRegex     *speech,
                   GRegex     *pattern,
                   const char *id,
                   const char *text)
{
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, NULL);
  g_autoptr(RedaksiReport) report = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *quotes;

  g_assert_nonnull (document);
  report = redaksi_quote_checker_check (checker, document, NULL, NULL, NULL);
  quotes = redaksi_report_get_quotes (report);
  tally->sentences++;
  count_quotes (tally, quotes);
  count_issues (tally, report, id);
  count_speech (tally, speech, quotes, text);
  if (g_regex_match (pattern, text, 0, &match))
    {
      g_autofree char *cue = g_match_info_fetch (match, 1);
      g_autofree char *nya = g_match_info_fetch (match, 2);
      g_autofree char *form = g_strconcat (cue, nya, NULL);

      tally->cue_pattern++;
      tally->cue_agreed += has_post_cue (quotes, form);
    }
}

static double
share (guint part,
       guint whole)
{
  return whole > 0 ? 100.0 * part / whole : 0.0;
}

static void
print_closing_note (Tally *tally)
{
  GHashTableIter iter;
  gpointer code, count;

  g_test_message ("UD Indonesian (CSUI + PUD): %u sentences with a double quote mark", tally->sentences);
  g_test_message ("quotes found in %u sentences (%.1f%%); %u quotes", tally->with_quote,
                  share (tally->with_quote, tally->sentences), tally->quotes);
  g_test_message ("speech quotes by a simple pattern (words ending in , . ? ! inside the marks): %u, "
                  "found %u (%.1f%%)", tally->speech, tally->speech_found,
                  share (tally->speech_found, tally->speech));
  g_test_message ("attributed (speaker found): %u of %u quotes (%.1f%%); with a cue: %u (%.1f%%)",
                  tally->attributed, tally->quotes, share (tally->attributed, tally->quotes),
                  tally->with_cue, share (tally->with_cue, tally->quotes));
  g_test_message ("attributed (a speaker, or a cue such as ujarnya whose referent lies outside the "
                  "one-sentence sample): %u (%.1f%%)", tally->attributed_or_cue,
                  share (tally->attributed_or_cue, tally->quotes));
  g_test_message ("post-quote cue pattern of SOURCE.md: %u sentences, cue found in %u (%.1f%%)",
                  tally->cue_pattern, tally->cue_agreed, share (tally->cue_agreed, tally->cue_pattern));
  g_test_message ("error kinds seen (quote-no-attribution: %u quotes have a cue pointing back, such as "
                  "ujarnya or kata dia, to a sentence the sample does not have; the rest stand alone):",
                  tally->cue_no_speaker);
  g_hash_table_iter_init (&iter, tally->issue_counts);
  while (g_hash_table_iter_next (&iter, &code, &count))
    g_test_message ("  %-22s %4u  (first in %s)", (char *) code, GPOINTER_TO_UINT (count),
                    (char *) g_hash_table_lookup (tally->examples, code));
}

static void
test_ud_corpus (void)
{
  g_autofree char *path = redaksi_test_shared_path ("data", "quotes", "ud-indonesian",
                                                     "quote_sentences.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) pattern = cue_pattern ();
  g_autoptr(GRegex) speech = speech_pattern ();
  Tally tally = { 0 };

  if (path == NULL)
    return;
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  tally.issue_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  tally.examples = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 3);

      if (g_strv_length (fields) == 3)
        evaluate_sentence (&tally, speech, pattern, fields[1], fields[2]);
    }
  print_closing_note (&tally);
  g_assert_cmpuint (tally.sentences, >, 250);
  g_assert_cmpfloat (share (tally.with_quote, tally.sentences), >=, 85.0);
  g_assert_cmpfloat (share (tally.cue_agreed, tally.cue_pattern), >=, 90.0);
  g_assert_cmpfloat (share (tally.speech_found, tally.speech), >=, 90.0);
  g_hash_table_unref (tally.issue_counts);
  g_hash_table_unref (tally.examples);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/redaksi/quotes/ud-corpus", test_ud_corpus);
  return g_test_run ();
}
