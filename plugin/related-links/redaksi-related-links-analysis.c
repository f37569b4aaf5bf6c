/* redaksi-related-links-analysis.c: the related-links analysis
 *
 * Runs first: its insert table is what the tagger and the quote checker
 * read to skip another article's words.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "redaksi-analysis-private.h"
#include "redaksi-document-private.h"
#include "redaksi-issue.h"
#include "redaksi-related-link-private.h"

RedaksiIssue *
_redaksi_related_link_ambiguous_issue (const char         *marker,
                                       const RedaksiRange *range)
{
  g_autofree char *message =
    g_strdup_printf (_("“%s” starts a related-article insert glued into the paragraph; "
                       "its end cannot be told, so it was left in place"),
                     marker);

  return redaksi_issue_new ("related-link-ambiguous", REDAKSI_SEVERITY_WARNING, message, range, NULL);
}

/* Longest excerpt of an insert a finding quotes, in characters. */
#define EXCERPT_CHARS 80

/* The insert's visible words on one line: its lines and runs of blanks
 * become one space, so that a compiler-style finding stays one line. */
static char *
insert_excerpt (RedaksiDocument    *document,
                RedaksiRelatedLink *link)
{
  GString *excerpt = g_string_new (NULL);
  const char *text = redaksi_document_get_text (document, NULL);
  guint start, end, n_chars = 0;
  const char *p;

  _redaksi_related_link_get_text_span (link, &start, &end);
  for (p = text + start; p < text + end && n_chars < EXCERPT_CHARS; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) && (excerpt->len == 0 || excerpt->str[excerpt->len - 1] == ' '))
        continue;
      g_string_append_unichar (excerpt, g_unichar_isspace (c) ? ' ' : c);
      n_chars++;
    }
  while (excerpt->len > 0 && excerpt->str[excerpt->len - 1] == ' ')
    g_string_truncate (excerpt, excerpt->len - 1);
  while (p < text + end && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (p < text + end)
    g_string_append (excerpt, "…");
  return g_string_free (excerpt, FALSE);
}

/* A removable insert as a finding whose one replacement deletes exactly
 * what `redaksi clean` removes, so that any host (a LanguageTool client,
 * an editor applying fixes) can clean the article one insert at a time. */
static RedaksiIssue *
insert_issue (RedaksiDocument    *document,
              RedaksiRelatedLink *link)
{
  const char *const deletion[] = { "", NULL };
  g_autofree char *excerpt = insert_excerpt (document, link);
  g_autofree char *message = g_strdup_printf (_("related-article insert \"%s\""), excerpt);

  return redaksi_issue_new ("related-link-insert", REDAKSI_SEVERITY_WARNING, message,
                            redaksi_related_link_get_range (link), deletion);
}

/* The text spans of @inserts (source offsets for HTML, text offsets for
 * plain text), as the table every analysis reads. */
static RedaksiInsertTable *
table_from_inserts (RedaksiDocument *document,
                    GArray          *inserts)
{
  GArray *spans = g_array_sized_new (FALSE, FALSE, sizeof (RedaksiTextSpan), inserts->len);
  gboolean html = redaksi_document_is_html (document);

  for (guint i = 0; i < inserts->len; i++)
    {
      const RedaksiInsert *insert = &g_array_index (inserts, RedaksiInsert, i);
      RedaksiTextSpan span = { insert->start, insert->end };

      if (html)
        {
          span.start = (guint) redaksi_document_source_to_text (document, insert->start);
          span.end = (guint) redaksi_document_source_to_text (document, insert->end);
        }
      g_array_append_val (spans, span);
    }
  return _redaksi_insert_table_new (spans);
}

RedaksiInsertTable *
_redaksi_insert_table_find (RedaksiDocument  *document,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_autoptr(GArray) inserts = _redaksi_inserts_find (document, cancellable, error);

  return inserts != NULL ? table_from_inserts (document, inserts) : NULL;
}

static RedaksiIssue *
issue_for (RedaksiDocument    *document,
           RedaksiRelatedLink *link)
{
  if (_redaksi_related_link_is_ambiguous (link))
    return _redaksi_related_link_ambiguous_issue (redaksi_related_link_get_marker (link),
                                                  redaksi_related_link_get_range (link));
  return insert_issue (document, link);
}

static guint64
link_start (GPtrArray *links,
            guint      i)
{
  return redaksi_related_link_get_range (g_ptr_array_index (links, i))->start;
}

/* Removable and ambiguous inserts, merged back into the order of the
 * text that the findings are read in. */
static void
add_issues (RedaksiAnalysisContext *context,
            GPtrArray              *links,
            GPtrArray              *ambiguous)
{
  guint i = 0, j = 0;

  while (i < links->len || j < ambiguous->len)
    {
      gboolean take_link = j == ambiguous->len
                           || (i < links->len && link_start (links, i) <= link_start (ambiguous, j));
      RedaksiRelatedLink *link = take_link ? g_ptr_array_index (links, i++) : g_ptr_array_index (ambiguous, j++);
      g_autoptr(RedaksiIssue) issue = issue_for (context->document, link);

      _redaksi_report_add_result (context->report, "issues", issue);
    }
}

static gboolean
run_related_links (RedaksiAnalysisContext  *context,
                   GError                 **error)
{
  g_autoptr(GArray) inserts = _redaksi_inserts_find (context->document, context->cancellable, error);
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GPtrArray) ambiguous = NULL;

  if (inserts == NULL)
    return FALSE;
  links = _redaksi_inserts_to_links (context->document, inserts, FALSE);
  ambiguous = _redaksi_inserts_to_links (context->document, inserts, TRUE);

  _redaksi_report_add_section (context->report, "related_links");
  for (guint i = 0; i < links->len; i++)
    _redaksi_report_add_result (context->report, "related_links", g_ptr_array_index (links, i));
  add_issues (context, links, ambiguous);
  /* Ambiguous inserts too: their words are another article's, even if
   * the cleaner cannot tell where they end for sure. */
  context->inserts = table_from_inserts (context->document, inserts);
  return TRUE;
}

const RedaksiAnalysis _redaksi_related_links_analysis = {
  "related_links", REDAKSI_ANALYSIS_RELATED_LINKS, REDAKSI_ANALYSIS_NONE, run_related_links
};
