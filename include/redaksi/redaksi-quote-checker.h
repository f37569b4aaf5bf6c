#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <gio/gio.h>

#include "redaksi-document.h"
#include "redaksi-report.h"
#include "redaksi-version-macros.h"

G_BEGIN_DECLS

#define REDAKSI_TYPE_QUOTE_CHECKER (redaksi_quote_checker_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiQuoteChecker, redaksi_quote_checker, REDAKSI, QUOTE_CHECKER, GObject)

REDAKSI_AVAILABLE_IN_ALL
RedaksiQuoteChecker *redaksi_quote_checker_new          (void);
REDAKSI_AVAILABLE_IN_ALL
void                 redaksi_quote_checker_set_allow_private (RedaksiQuoteChecker *self,
                                                              gboolean             allow_private);
REDAKSI_AVAILABLE_IN_ALL
gboolean             redaksi_quote_checker_get_allow_private (RedaksiQuoteChecker *self);
REDAKSI_AVAILABLE_IN_ALL
RedaksiReport       *redaksi_quote_checker_check        (RedaksiQuoteChecker  *self,
                                                         RedaksiDocument      *document,
                                                         RedaksiDocument      *source,
                                                         GCancellable         *cancellable,
                                                         GError              **error);
REDAKSI_AVAILABLE_IN_ALL
RedaksiDocument     *redaksi_quote_checker_fetch_source (RedaksiQuoteChecker  *self,
                                                         const char           *uri,
                                                         GCancellable         *cancellable,
                                                         GError              **error);
REDAKSI_AVAILABLE_IN_ALL
void                 redaksi_quote_checker_fetch_source_async  (RedaksiQuoteChecker  *self,
                                                                const char           *uri,
                                                                GCancellable         *cancellable,
                                                                GAsyncReadyCallback   callback,
                                                                gpointer              user_data);
REDAKSI_AVAILABLE_IN_ALL
RedaksiDocument     *redaksi_quote_checker_fetch_source_finish (RedaksiQuoteChecker  *self,
                                                                GAsyncResult         *result,
                                                                GError              **error);
REDAKSI_AVAILABLE_IN_ALL
void                 redaksi_quote_checker_check_async  (RedaksiQuoteChecker  *self,
                                                         RedaksiDocument      *document,
                                                         RedaksiDocument      *source,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
REDAKSI_AVAILABLE_IN_ALL
RedaksiReport       *redaksi_quote_checker_check_finish (RedaksiQuoteChecker  *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

G_END_DECLS
