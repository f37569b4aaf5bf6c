#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "redaksi-link-check.h"
#include "redaksi-version-macros.h"

G_BEGIN_DECLS

#define REDAKSI_TYPE_LINK_CHECKER (redaksi_link_checker_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiLinkChecker, redaksi_link_checker, REDAKSI, LINK_CHECKER, GObject)

REDAKSI_AVAILABLE_IN_ALL
RedaksiLinkChecker *redaksi_link_checker_new               (void);
REDAKSI_AVAILABLE_IN_ALL
void                redaksi_link_checker_set_allow_private (RedaksiLinkChecker  *self,
                                                            gboolean             allow_private);
REDAKSI_AVAILABLE_IN_ALL
gboolean            redaksi_link_checker_get_allow_private (RedaksiLinkChecker  *self);
REDAKSI_AVAILABLE_IN_ALL
GPtrArray          *redaksi_link_checker_check             (RedaksiLinkChecker  *self,
                                                            const char * const  *urls,
                                                            GCancellable        *cancellable,
                                                            GError             **error);
REDAKSI_AVAILABLE_IN_ALL
void                redaksi_link_checker_check_async       (RedaksiLinkChecker  *self,
                                                            const char * const  *urls,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
REDAKSI_AVAILABLE_IN_ALL
GPtrArray          *redaksi_link_checker_check_finish      (RedaksiLinkChecker  *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);
REDAKSI_AVAILABLE_IN_ALL
JsonNode           *redaksi_link_checker_results_to_json   (GPtrArray           *results);

G_END_DECLS
