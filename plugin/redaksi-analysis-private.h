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
