#pragma once

#include "redaksi-analyzer.h"
#include "redaksi-entity-private.h"
#include "redaksi-inserts-private.h"
#include "redaksi-report-private.h"

G_BEGIN_DECLS

/* What one analysis run sees: the document, the optional source to
 * verify against, the report, and the typed results of the analyses it
 * declared in its @needs. Analyses read each other's results here, as
 * structs and objects; JSON is made only from the finished report. */
typedef struct
{
  RedaksiAnalyzer    *analyzer;
  RedaksiDocument    *document;
  RedaksiDocument    *source;
  RedaksiReport      *report;
  GCancellable       *cancellable;
  /* REDAKSI_ANALYSIS_RELATED_LINKS: every insert, removable or ambiguous */
  RedaksiInsertTable *inserts;
  /* REDAKSI_ANALYSIS_ENTITIES: the mentions in text order, and the tags */
  RedaksiTaggerResults *entities;
} RedaksiAnalysisContext;

/* Frees the typed results once the run is over (they live on in the
 * report as results where they belong there). */
static inline void
_redaksi_analysis_context_clear (RedaksiAnalysisContext *context)
{
  g_clear_pointer (&context->inserts, _redaksi_insert_table_free);
  g_clear_pointer (&context->entities, _redaksi_tagger_results_unref);
}

/* The inserts of an analysis that declared REDAKSI_ANALYSIS_RELATED_LINKS. */
static inline const RedaksiInsertTable *
_redaksi_analysis_context_peek_inserts (RedaksiAnalysisContext *context)
{
  g_assert (context->inserts != NULL);
  return context->inserts;
}

/* The entities of an analysis that declared REDAKSI_ANALYSIS_ENTITIES. */
static inline RedaksiTaggerResults *
_redaksi_analysis_context_peek_entities (RedaksiAnalysisContext *context)
{
  g_assert (context->entities != NULL);
  return context->entities;
}

/* Whether the run was cancelled, with @error set to
 * %G_IO_ERROR_CANCELLED if so. Cheap: an analysis calls it between its
 * steps and every few dozen rounds of a long loop, and returns FALSE
 * when it is TRUE, so a timeout stops the work and not only the wait. */
static inline gboolean
_redaksi_analysis_context_check_cancelled (RedaksiAnalysisContext  *context,
                                           GError                 **error)
{
  return g_cancellable_set_error_if_cancelled (context->cancellable, error);
}

/* A module of the library registers one of these in redaksi-analyses.c.
 * @needs are run first; their results are in the report, but appear in
 * its JSON only when they were requested too. */
typedef struct
{
  const char           *name;
  RedaksiAnalysisFlags  flag;
  RedaksiAnalysisFlags  needs;
  gboolean            (*run) (RedaksiAnalysisContext  *context,
                              GError                 **error);
} RedaksiAnalysis;

/* NULL-terminated, in an order where every analysis follows its needs. */
extern const RedaksiAnalysis *const _redaksi_analyses[];

G_END_DECLS
