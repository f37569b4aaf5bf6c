#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "redaksi-analysis-flags.h"
#include "redaksi-document.h"
#include "redaksi-entity.h"
#include "redaksi-issue.h"
#include "redaksi-quote.h"
#include "redaksi-related-link.h"
#include "redaksi-tag.h"
#include "redaksi-version-macros.h"

G_BEGIN_DECLS

#define REDAKSI_TYPE_REPORT (redaksi_report_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiReport, redaksi_report, REDAKSI, REPORT, GObject)

REDAKSI_AVAILABLE_IN_ALL
RedaksiDocument      *redaksi_report_get_document       (RedaksiReport *self);
REDAKSI_AVAILABLE_IN_ALL
RedaksiAnalysisFlags  redaksi_report_get_analyses       (RedaksiReport *self);
REDAKSI_AVAILABLE_IN_ALL
GPtrArray            *redaksi_report_get_entities       (RedaksiReport *self);
REDAKSI_AVAILABLE_IN_ALL
GPtrArray            *redaksi_report_get_tags           (RedaksiReport *self);
REDAKSI_AVAILABLE_IN_ALL
GPtrArray            *redaksi_report_get_quotes         (RedaksiReport *self);
REDAKSI_AVAILABLE_IN_ALL
GPtrArray            *redaksi_report_get_issues         (RedaksiReport *self);
REDAKSI_AVAILABLE_IN_ALL
GPtrArray            *redaksi_report_get_related_links  (RedaksiReport *self);
REDAKSI_AVAILABLE_IN_ALL
gboolean              redaksi_report_has_errors         (RedaksiReport *self);
REDAKSI_AVAILABLE_IN_ALL
JsonNode             *redaksi_report_to_json            (RedaksiReport *self);
REDAKSI_AVAILABLE_IN_ALL
char                 *redaksi_report_to_json_string     (RedaksiReport *self,
                                                         gboolean       pretty);
REDAKSI_AVAILABLE_IN_ALL
gboolean              redaksi_report_write_json         (RedaksiReport  *self,
                                                         GOutputStream  *stream,
                                                         gboolean        pretty,
                                                         GCancellable   *cancellable,
                                                         GError        **error);

G_END_DECLS
