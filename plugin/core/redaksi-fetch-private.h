#pragma once

#include <gio/gio.h>
#include <libsoup/soup.h>

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
 * - the body is read up to a size limit and refused past it. */
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
  GUri   *uri;             /* the last hop */
  guint   redirects;
  char   *content_type;
  GBytes *body;            /* when the policy reads bodies */
  GError *error;           /* G_IO_ERROR_PERMISSION_DENIED: refused by the policy;
                            * G_IO_ERROR_TIMED_OUT, G_IO_ERROR_TOO_MANY_LINKS,
                            * G_IO_ERROR_MESSAGE_TOO_LARGE, G_IO_ERROR_INVALID_DATA
                            * (a redirect without a usable Location), or libsoup's */
} RedaksiFetchResponse;

/* A session for fetches made in the thread-default main context. */
SoupSession          *_redaksi_fetch_session_new    (guint                      max_connections,
                                                     guint                      max_per_host,
                                                     guint                      timeout_seconds);
/* Fetches @uri with @method through @session. The callback's result goes
 * to _redaksi_fetch_finish(). */
void                  _redaksi_fetch_async          (SoupSession               *session,
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiFetchResponse, _redaksi_fetch_response_free)

G_END_DECLS
