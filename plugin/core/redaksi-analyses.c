/* redaksi-analyses.c: the analyses the library has, in run order
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-analysis-private.h"

extern const RedaksiAnalysis _redaksi_document_analysis;
extern const RedaksiAnalysis _redaksi_related_links_analysis;
extern const RedaksiAnalysis _redaksi_entities_analysis;
extern const RedaksiAnalysis _redaksi_quote_analysis;

/* Each module adds its analysis here, after the ones it needs. */
const RedaksiAnalysis *const _redaksi_analyses[] = {
  &_redaksi_document_analysis,
  &_redaksi_related_links_analysis,
  /* After related_links when it is there: entities skip its inserts. */
  &_redaksi_entities_analysis,
  &_redaksi_quote_analysis,
  NULL
};
