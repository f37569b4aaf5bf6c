#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <gio/gio.h>

#include "redaksi-analysis-flags.h"
#include "redaksi-document.h"
#include "redaksi-report.h"
#include "redaksi-tagger.h"
#include "redaksi-version-macros.h"

G_BEGIN_DECLS

#define REDAKSI_TYPE_ANALYZER (redaksi_analyzer_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiAnalyzer, redaksi_analyzer, REDAKSI, ANALYZER, GObject)

REDAKSI_AVAILABLE_IN_ALL
RedaksiAnalyzer      *redaksi_analyzer_new            (void);
REDAKSI_AVAILABLE_IN_ALL
RedaksiAnalyzer      *redaksi_analyzer_new_with_tagger    (RedaksiTagger        *tagger);
REDAKSI_AVAILABLE_IN_ALL
RedaksiAnalyzer      *redaksi_analyzer_new_with_gazetteer (const char           *path,
                                                           GError              **error);
REDAKSI_AVAILABLE_IN_ALL
RedaksiAnalyzer      *redaksi_analyzer_get_default    (void);
REDAKSI_AVAILABLE_IN_ALL
RedaksiTagger        *redaksi_analyzer_get_tagger     (RedaksiAnalyzer      *self);
REDAKSI_AVAILABLE_IN_ALL
RedaksiAnalysisFlags  redaksi_analyzer_get_available  (RedaksiAnalyzer      *self);
REDAKSI_AVAILABLE_IN_ALL
RedaksiReport        *redaksi_analyzer_analyze        (RedaksiAnalyzer      *self,
                                                       RedaksiDocument      *document,
                                                       RedaksiAnalysisFlags  analyses,
                                                       RedaksiDocument      *source,
                                                       GCancellable         *cancellable,
                                                       GError              **error);
REDAKSI_AVAILABLE_IN_ALL
void                  redaksi_analyzer_analyze_async  (RedaksiAnalyzer      *self,
                                                       RedaksiDocument      *document,
                                                       RedaksiAnalysisFlags  analyses,
                                                       RedaksiDocument      *source,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
REDAKSI_AVAILABLE_IN_ALL
RedaksiReport        *redaksi_analyzer_analyze_finish (RedaksiAnalyzer      *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);

G_END_DECLS
