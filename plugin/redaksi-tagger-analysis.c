/* redaksi-tagger-analysis.c: the `entities` and `tags` members
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-analysis-private.h"
#include "redaksi-tagger-private.h"

/* The related-link inserts found by an earlier analysis, as spans of
 * the visible text. Read through their JSON so that any result type
 * with `start`/`end` source offsets will do. */
static GArray *
related_link_spans (RedaksiAnalysisContext *context)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (RedaksiTextSpan));
  GPtrArray *links = _redaksi_report_peek_results (context->report, "related_links");

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      g_autoptr(JsonNode) node = NULL;
      JsonObject *object;
      RedaksiTextSpan span;

      if (!REDAKSI_IS_RESULT (links->pdata[i]))
        continue;
      node = redaksi_result_to_json (links->pdata[i]);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      span.start = redaksi_document_source_to_text (context->document,
                                                    (gsize) json_object_get_int_member_with_default (object, "start", 0));
      span.end = redaksi_document_source_to_text (context->document,
                                                  (gsize) json_object_get_int_member_with_default (object, "end", 0));
      g_array_append_val (spans, span);
    }
  return spans;
}

static void
add_all (RedaksiReport *report,
         const char    *section,
         GPtrArray     *results)
{
  _redaksi_report_add_section (report, section);
  for (guint i = 0; i < results->len; i++)
    _redaksi_report_add_result (report, section, results->pdata[i]);
}

static gboolean
run_entities_analysis (RedaksiAnalysisContext  *context,
                       GError                 **error)
{
  g_autoptr(GArray) excluded = related_link_spans (context);
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) tags = NULL;

  if (!_redaksi_tagger_tag_excluding (redaksi_analyzer_get_tagger (context->analyzer),
                                      context->document,
                                      (const RedaksiTextSpan *) excluded->data, excluded->len,
                                      context->cancellable, &entities, &tags, error))
    return FALSE;
  add_all (context->report, "entities", entities);
  add_all (context->report, "tags", tags);
  return TRUE;
}

const RedaksiAnalysis _redaksi_entities_analysis = {
  "entities", REDAKSI_ANALYSIS_ENTITIES, REDAKSI_ANALYSIS_RELATED_LINKS, run_entities_analysis
};
