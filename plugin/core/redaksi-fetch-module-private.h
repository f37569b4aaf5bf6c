#pragma once

#include <gmodule.h>

#include "redaksi-fetch-private.h"

G_BEGIN_DECLS

/* Between libredaksi and its fetch module, redaksi-fetch-soup.so. The
 * module links libsoup; libredaksi does not, and loads it on the first
 * fetch. Both are built from one tree, so the interface is private; the
 * version guards against a module left over from another build. */
#define REDAKSI_FETCH_MODULE_VERSION 1
#define REDAKSI_FETCH_MODULE_ENTRY   "redaksi_fetch_module_init"

/* What the module needs of the library: the address policy lives there,
 * with its test switch. */
typedef struct
{
  guint      version;
  gboolean (*is_forbidden_address) (GInetAddress *address);
  void     (*response_free)        (RedaksiFetchResponse *response);
} RedaksiFetchHost;

typedef struct
{
  guint      version;
  gpointer (*session_new)  (guint                     max_connections,
                            guint                     max_per_host,
                            guint                     timeout_seconds);
  void     (*session_free) (gpointer                  session);
  /* Returns through a GTask whose pointer is a RedaksiFetchResponse. */
  void     (*fetch_async)  (gpointer                  session,
                            const RedaksiFetchPolicy *policy,
                            const char               *method,
                            GUri                     *uri,
                            GCancellable             *cancellable,
                            GAsyncReadyCallback       callback,
                            gpointer                  user_data);
} RedaksiFetchBackend;

typedef const RedaksiFetchBackend *(*RedaksiFetchModuleInit) (const RedaksiFetchHost *host);

G_MODULE_EXPORT const RedaksiFetchBackend *redaksi_fetch_module_init (const RedaksiFetchHost *host);

G_END_DECLS
