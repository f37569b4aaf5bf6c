/* redaksi-tagger-analysis.c: the `entities` and `tags` members
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-analysis-private.h"
#include "redaksi-tagger-private.h"

static void
add_all (RedaksiReport *report,
         const char    *section,
         GPtrArray     *results)
{
  _redaksi_report_add_section (report, section);
  for (guint i = 0; i < results->len; i++)
    _redaksi_report_add_result (report, section, results->pdata[i]);
}

/* The related-link inserts name other articles' subjects: the tagger
 * skips the spans the related-links analysis found, and the entities
 * stay on the context for the analyses that need them (quote speakers). */
static gboolean
run_entities_analysis (RedaksiAnalysisContext  *context,
                       GError                 **error)
{
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) tags = NULL;

  if (!_redaksi_tagger_tag_excluding (redaksi_analyzer_get_tagger (context->analyzer),
                                      context->document,
                                      _redaksi_analysis_context_peek_inserts (context),
                                      context->cancellable, &entities, &tags, error))
    return FALSE;
  add_all (context->report, "entities", entities);
  add_all (context->report, "tags", tags);
  context->entities = g_ptr_array_ref (entities);
  return TRUE;
}

const RedaksiAnalysis _redaksi_entities_analysis = {
  "entities", REDAKSI_ANALYSIS_ENTITIES, REDAKSI_ANALYSIS_RELATED_LINKS, run_entities_analysis
};
