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

static RedaksiIssue *
ambiguous_issue (RedaksiDocument    *document,
                 RedaksiRelatedLink *link)
{
  g_autofree char *message =
    g_strdup_printf (_("“%s” starts a related-article insert glued into the paragraph; "
                       "its end cannot be told, so it was left in place"),
                     redaksi_related_link_get_marker (link));

  return redaksi_issue_new ("related-link-ambiguous", REDAKSI_SEVERITY_WARNING, message,
                            redaksi_related_link_get_range (link), NULL);
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
  for (guint i = 0; i < ambiguous->len; i++)
    {
      g_autoptr(RedaksiIssue) issue = ambiguous_issue (context->document,
                                                       g_ptr_array_index (ambiguous, i));

      _redaksi_report_add_result (context->report, "issues", issue);
    }
  /* Ambiguous inserts too: their words are another article's, even if
   * the cleaner cannot tell where they end for sure. */
  context->inserts = table_from_inserts (context->document, inserts);
  return TRUE;
}

const RedaksiAnalysis _redaksi_related_links_analysis = {
  "related_links", REDAKSI_ANALYSIS_RELATED_LINKS, REDAKSI_ANALYSIS_NONE, run_related_links
};
