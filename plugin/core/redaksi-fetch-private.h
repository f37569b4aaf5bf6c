#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The one policy for every request redaksi makes (link checks, quote
 * sources), so that an article cannot reach inside the newsroom's
 * network nor hold redaksi for ever:
 *
 * - only http and https;
 * - the address is judged where the connection is made, after the one
 *   lookup that connection uses, so DNS rebinding gains nothing;
 * - redirects are followed here, hop by hop, each hop judged again;
 * - one time limit for the whole fetch, redirects and body included, not
 *   only for silence;
 * - the body is read up to a size limit and refused past it.
 *
 * The requests themselves are made by libsoup, in a module of its own
 * (redaksi-fetch-soup.so, redaksi-fetch-module-private.h) loaded on the
 * first fetch: a process that fetches nothing never maps libsoup and the
 * fifteen libraries it brings. */
typedef struct
{
  gboolean allow_private;  /* loopback and private addresses may be reached */
  guint    max_redirects;
  guint    timeout_ms;     /* the whole fetch */
  gsize    max_bytes;      /* 0: the body is not read, only the status */
} RedaksiFetchPolicy;

typedef struct
{
  guint   status;          /* the last HTTP status, 0 when none came */
  char   *status_phrase;   /* the standard phrase of @status */
  GUri   *uri;             /* the last hop */
  guint   redirects;
  char   *content_type;
  GBytes *body;            /* when the policy reads bodies */
  GError *error;           /* G_IO_ERROR_PERMISSION_DENIED: refused by the policy;
                            * G_IO_ERROR_TIMED_OUT, G_IO_ERROR_TOO_MANY_LINKS,
                            * G_IO_ERROR_MESSAGE_TOO_LARGE, G_IO_ERROR_INVALID_DATA
                            * (a redirect without a usable Location), libsoup's, or
                            * REDAKSI_ERROR_FETCH when the fetch module is missing */
} RedaksiFetchResponse;

/* What libsoup's SOUP_HTTP_URI_FLAGS are, for parsing addresses to fetch. */
#define REDAKSI_FETCH_URI_FLAGS (G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_ENCODED_PATH | \
                                 G_URI_FLAGS_ENCODED_QUERY | G_URI_FLAGS_ENCODED_FRAGMENT | \
                                 G_URI_FLAGS_SCHEME_NORMALIZE)
#define REDAKSI_FETCH_STATUS_IS_SUCCESSFUL(status) ((status) >= 200 && (status) < 300)

typedef struct _RedaksiFetchSession RedaksiFetchSession;

/* A session for fetches made in the thread-default main context. It is
 * always made: when the fetch module cannot be loaded, each of its
 * fetches fails with that reason. */
RedaksiFetchSession  *_redaksi_fetch_session_new    (guint                      max_connections,
                                                     guint                      max_per_host,
                                                     guint                      timeout_seconds);
void                  _redaksi_fetch_session_free   (RedaksiFetchSession       *session);
/* Fetches @uri with @method through @session. The callback's result goes
 * to _redaksi_fetch_finish(). */
void                  _redaksi_fetch_async          (RedaksiFetchSession       *session,
                                                     const RedaksiFetchPolicy  *policy,
                                                     const char                *method,
                                                     GUri                      *uri,
                                                     GCancellable              *cancellable,
                                                     GAsyncReadyCallback        callback,
                                                     gpointer                   user_data);
/* Always a response; its @error says whether the fetch failed. */
RedaksiFetchResponse *_redaksi_fetch_finish         (GAsyncResult              *result);
/* Blocks the calling thread, which may be any thread. */
RedaksiFetchResponse *_redaksi_fetch                (const RedaksiFetchPolicy  *policy,
                                                     const char                *method,
                                                     GUri                      *uri,
                                                     GCancellable              *cancellable);
void                  _redaksi_fetch_response_free  (RedaksiFetchResponse      *response);

/* Whether @address is loopback, private, link-local, unique-local,
 * multicast or unspecified. */
gboolean              _redaksi_fetch_is_forbidden_address (GInetAddress *address);

/* Tests only: @address (a loopback address such as 127.0.0.2) counts as
 * public, so that every address a test uses stays on loopback. %NULL
 * restores the policy. */
void                  _redaksi_fetch_set_public_address_for_testing (const char *address);

/* The path of the fetch module this process loads or would load: the
 * REDAKSI_FETCH_MODULE environment variable, else the first of
 * `redaksi-1/redaksi-fetch-soup.so` (installed) and `redaksi-fetch-soup.so`
 * (a build tree) beside the library, else the installed module folder. */
char                 *_redaksi_fetch_module_path    (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiFetchResponse, _redaksi_fetch_response_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiFetchSession, _redaksi_fetch_session_free)

G_END_DECLS
