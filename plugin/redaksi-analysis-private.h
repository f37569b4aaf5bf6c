#pragma once

#include "redaksi-analyzer.h"
#include "redaksi-report-private.h"

G_BEGIN_DECLS

/* What one analysis run sees: the document, the optional source to
 * verify against, and the report with the results of earlier analyses. */
typedef struct
{
  RedaksiAnalyzer *analyzer;
  RedaksiDocument *document;
  RedaksiDocument *source;
  RedaksiReport   *report;
  GCancellable    *cancellable;
} RedaksiAnalysisContext;

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
