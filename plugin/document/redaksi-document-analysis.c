/* redaksi-document-analysis.c: the `document` analysis
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-analysis-private.h"
#include "redaksi-report-document-private.h"

/* The figures are the document's own; the report writes them out. */
static gboolean
run_document_analysis (RedaksiAnalysisContext  *context,
                       GError                 **error)
{
  _redaksi_report_set_document_summary (context->report, context->document);
  return TRUE;
}

const RedaksiAnalysis _redaksi_document_analysis = {
  "document", REDAKSI_ANALYSIS_DOCUMENT, REDAKSI_ANALYSIS_NONE, run_document_analysis
};
