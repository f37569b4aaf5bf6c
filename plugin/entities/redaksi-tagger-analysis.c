/* redaksi-tagger-analysis.c: the `entities` and `tags` members
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-analysis-private.h"
#include "redaksi-tagger-private.h"

/* The related-link inserts name other articles' subjects: the tagger
 * skips the spans the related-links analysis found, and the entities
 * stay on the context for the analyses that need them (quote speakers).
 * The report keeps them as records: their objects are made only if a
 * host asks for them. */
static gboolean
run_entities_analysis (RedaksiAnalysisContext  *context,
                       GError                 **error)
{
  RedaksiTaggerResults *results;

  results = _redaksi_tagger_find (redaksi_analyzer_get_tagger (context->analyzer),
                                  context->document,
                                  _redaksi_analysis_context_peek_inserts (context),
                                  context->cancellable, error);
  if (results == NULL)
    return FALSE;
  _redaksi_tagger_results_add_to_report (results, context->report);
  context->entities = results;
  return TRUE;
}

const RedaksiAnalysis _redaksi_entities_analysis = {
  "entities", REDAKSI_ANALYSIS_ENTITIES, REDAKSI_ANALYSIS_RELATED_LINKS, run_entities_analysis
};
