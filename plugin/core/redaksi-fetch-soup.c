/* redaksi-fetch-soup.c: the requests of redaksi-fetch.c's policy, made by
 * libsoup, in a module of their own that libredaksi loads on the first
 * fetch
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "redaksi-fetch-module-private.h"

static const RedaksiFetchHost *library;  /* what libredaksi gave at init */

#define READ_CHUNK 65536

typedef struct
{
  GTask                *task;
  SoupSession          *session;
  RedaksiFetchPolicy    policy;
  char                 *method;
  SoupMessage          *message;
  GCancellable         *cancellable;   /* cancelled by the caller's or by the deadline */
  GCancellable         *caller;
  gulong                caller_id;
  GSource              *deadline;
  gboolean              timed_out;
  GError               *refusal;       /* the policy's verdict at connect time */
  GInputStream         *stream;
  GByteArray           *body;
  RedaksiFetchResponse *response;
} Fetch;

static void
fetch_free (gpointer data)
{
  Fetch *fetch = data;

  if (fetch->caller != NULL)
    g_cancellable_disconnect (fetch->caller, fetch->caller_id);
  g_clear_object (&fetch->caller);
  if (fetch->deadline != NULL)
    g_source_destroy (fetch->deadline);
  g_clear_pointer (&fetch->deadline, g_source_unref);
  g_clear_object (&fetch->stream);
  if (fetch->message != NULL)
    g_signal_handlers_disconnect_by_data (fetch->message, fetch);
  g_clear_object (&fetch->message);
  g_clear_object (&fetch->cancellable);
  g_clear_object (&fetch->session);
  g_clear_error (&fetch->refusal);
  g_clear_pointer (&fetch->body, g_byte_array_unref);
  g_clear_pointer (&fetch->response, library->response_free);
  g_free (fetch->method);
  g_free (fetch);
}

static gpointer
session_new (guint max_connections,
             guint max_per_host,
             guint timeout_seconds)
{
  /* No proxy: through one, the address connected to would be the
   * proxy's, and the policy could not judge the server's. */
  return soup_session_new_with_options ("max-conns", max_connections,
                                        "max-conns-per-host", max_per_host,
                                        "timeout", timeout_seconds,
                                        "proxy-resolver", NULL,
                                        "user-agent", "redaksi/" PACKAGE_VERSION " ",
                                        NULL);
}

static void
fetch_return (Fetch *fetch)
{
  GTask *task = fetch->task;

  if (fetch->stream != NULL)
    g_input_stream_close (fetch->stream, NULL, NULL);
  g_task_return_pointer (task, g_steal_pointer (&fetch->response),
                         (GDestroyNotify) library->response_free);
  g_object_unref (task);
}

static void
fetch_fail (Fetch  *fetch,
            GError *error)
{
  g_assert (fetch->response->error == NULL);
  fetch->response->error = error;
  fetch_return (fetch);
}

/* libsoup's error, unless the policy or the deadline was its cause. */
static void
fetch_fail_with (Fetch  *fetch,
                 GError *error)
{
  if (fetch->refusal != NULL)
    {
      g_error_free (error);
      error = g_steal_pointer (&fetch->refusal);
    }
  else if (fetch->timed_out)
    {
      g_error_free (error);
      error = g_error_new (G_IO_ERROR, G_IO_ERROR_TIMED_OUT, _("timed out after %g s"),
                           fetch->policy.timeout_ms / 1000.0);
    }
  fetch_fail (fetch, error);
}

static char *
address_of (GIOStream *connection)
{
  g_autoptr(GSocketAddress) address = NULL;

  if (!G_IS_SOCKET_CONNECTION (connection))
    return NULL;
  address = g_socket_connection_get_remote_address (G_SOCKET_CONNECTION (connection), NULL);
  if (!G_IS_INET_SOCKET_ADDRESS (address))
    return NULL;
  if (library->is_forbidden_address (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (address))))
    return g_inet_address_to_string (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (address)));
  return g_strdup ("");
}

/* Judges the address the socket is about to connect to: the one the
 * connection's own lookup gave, so a second, different answer to a
 * second lookup never matters. A refused socket is closed before its
 * connect(), so not even a SYN leaves. */
static void
on_network_event (SoupMessage        *message,
                  GSocketClientEvent  event,
                  GIOStream          *connection,
                  gpointer            user_data)
{
  Fetch *fetch = user_data;
  g_autofree char *forbidden = NULL;
  const char *host = g_uri_get_host (soup_message_get_uri (message));

  if (event != G_SOCKET_CLIENT_CONNECTING || fetch->policy.allow_private)
    return;
  forbidden = address_of (connection);
  if (forbidden != NULL && *forbidden == '\0')
    return;
  if (fetch->refusal == NULL)
    fetch->refusal = forbidden != NULL
      ? g_error_new (G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                     _("refused: %s resolves to the private address %s"), host, forbidden)
      : g_error_new (G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                     _("refused: the address of %s cannot be checked"), host);
  if (G_IS_SOCKET_CONNECTION (connection))
    g_socket_close (g_socket_connection_get_socket (G_SOCKET_CONNECTION (connection)), NULL);
}

static void start_hop (Fetch *fetch);
static void read_body (Fetch *fetch);

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Fetch *fetch = user_data;
  GError *error = NULL;
  g_autoptr(GBytes) chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);

  if (chunk == NULL)
    fetch_fail_with (fetch, error);
  else if (g_bytes_get_size (chunk) == 0)
    {
      fetch->response->body = g_byte_array_free_to_bytes (g_steal_pointer (&fetch->body));
      fetch_return (fetch);
    }
  else if (fetch->body->len + g_bytes_get_size (chunk) > fetch->policy.max_bytes)
    fetch_fail (fetch, g_error_new (G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                                    _("the answer is larger than %lu bytes"),
                                    (unsigned long) fetch->policy.max_bytes));
  else
    {
      g_byte_array_append (fetch->body, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
      read_body (fetch);
    }
}

static void
read_body (Fetch *fetch)
{
  g_input_stream_read_bytes_async (fetch->stream, READ_CHUNK, G_PRIORITY_DEFAULT,
                                   fetch->cancellable, on_read, fetch);
}

/* Refused before reading when the server says how large it is. */
static void
start_body (Fetch *fetch)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (fetch->message);
  const char *type = soup_message_headers_get_content_type (headers, NULL);

  fetch->response->content_type = g_strdup (type);
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_content_length (headers) > (goffset) fetch->policy.max_bytes)
    {
      fetch_fail (fetch, g_error_new (G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                                      _("the answer is larger than %lu bytes"),
                                      (unsigned long) fetch->policy.max_bytes));
      return;
    }
  fetch->body = g_byte_array_new ();
  read_body (fetch);
}

static gboolean
is_redirect (guint status)
{
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

static void
follow_redirect (Fetch *fetch)
{
  const char *location = soup_message_headers_get_one (
    soup_message_get_response_headers (fetch->message), "Location");
  GUri *next;

  g_input_stream_close (fetch->stream, NULL, NULL);
  g_clear_object (&fetch->stream);
  if (location == NULL ||
      (next = g_uri_parse_relative (fetch->response->uri, location, SOUP_HTTP_URI_FLAGS, NULL)) == NULL)
    {
      fetch_fail (fetch, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                              _("the redirect has no usable Location")));
      return;
    }
  if (fetch->response->redirects == fetch->policy.max_redirects)
    {
      g_uri_unref (next);
      fetch_fail (fetch, g_error_new (G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                                      _("too many redirects (more than %u)"),
                                      fetch->policy.max_redirects));
      return;
    }
  fetch->response->redirects++;
  g_uri_unref (fetch->response->uri);
  fetch->response->uri = next;
  /* 303, and 301/302 after a POST in browsers, turn into GET; redaksi
   * only sends GET and HEAD, which stay what they are. */
  start_hop (fetch);
}

static void
on_sent (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Fetch *fetch = user_data;
  GError *error = NULL;

  fetch->stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (fetch->stream == NULL)
    {
      fetch_fail_with (fetch, error);
      return;
    }
  fetch->response->status = soup_message_get_status (fetch->message);
  g_free (fetch->response->status_phrase);
  fetch->response->status_phrase = g_strdup (soup_status_get_phrase (fetch->response->status));
  if (is_redirect (fetch->response->status))
    follow_redirect (fetch);
  else if (fetch->policy.max_bytes == 0 || !SOUP_STATUS_IS_SUCCESSFUL (fetch->response->status))
    fetch_return (fetch);
  else
    start_body (fetch);
}

/* Refuses what can be refused without a connection: another scheme, an
 * address literal in a private range. */
static gboolean
check_uri (Fetch   *fetch,
           GError **error)
{
  GUri *uri = fetch->response->uri;
  const char *scheme = g_uri_get_scheme (uri);
  const char *host = g_uri_get_host (uri);
  g_autoptr(GInetAddress) address = NULL;

  if (scheme == NULL || host == NULL || *host == '\0' ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("refused: only http and https addresses are fetched"));
      return FALSE;
    }
  address = g_inet_address_new_from_string (host);
  if (address != NULL && !fetch->policy.allow_private && library->is_forbidden_address (address))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("refused: %s is a private address"), host);
      return FALSE;
    }
  return TRUE;
}

static void
start_hop (Fetch *fetch)
{
  GError *error = NULL;

  if (!check_uri (fetch, &error))
    {
      fetch_fail (fetch, error);
      return;
    }
  if (fetch->message != NULL)
    g_signal_handlers_disconnect_by_data (fetch->message, fetch);
  g_clear_object (&fetch->message);
  fetch->message = soup_message_new_from_uri (fetch->method, fetch->response->uri);
  soup_message_add_flags (fetch->message, SOUP_MESSAGE_NO_REDIRECT);
  g_signal_connect (fetch->message, "network-event", G_CALLBACK (on_network_event), fetch);
  soup_session_send_async (fetch->session, fetch->message, G_PRIORITY_DEFAULT,
                           fetch->cancellable, on_sent, fetch);
}

static gboolean
on_deadline (gpointer user_data)
{
  Fetch *fetch = user_data;

  fetch->timed_out = TRUE;
  g_cancellable_cancel (fetch->cancellable);
  return G_SOURCE_REMOVE;
}

static void
on_caller_cancelled (GCancellable *caller,
                     gpointer      own)
{
  g_cancellable_cancel (own);
}

static void
watch_time_and_caller (Fetch        *fetch,
                       GCancellable *caller)
{
  fetch->cancellable = g_cancellable_new ();
  fetch->deadline = g_timeout_source_new (fetch->policy.timeout_ms);
  g_source_set_callback (fetch->deadline, on_deadline, fetch, NULL);
  g_source_attach (fetch->deadline, g_main_context_get_thread_default ());
  if (caller != NULL)
    {
      fetch->caller = g_object_ref (caller);
      fetch->caller_id = g_cancellable_connect (caller, G_CALLBACK (on_caller_cancelled),
                                                g_object_ref (fetch->cancellable), g_object_unref);
    }
}

static void
fetch_async (gpointer                  session,
             const RedaksiFetchPolicy *policy,
             const char               *method,
             GUri                     *uri,
             GCancellable             *cancellable,
             GAsyncReadyCallback       callback,
             gpointer                  user_data)
{
  Fetch *fetch = g_new0 (Fetch, 1);

  fetch->task = g_task_new (NULL, NULL, callback, user_data);
  g_task_set_source_tag (fetch->task, fetch_async);
  g_task_set_task_data (fetch->task, fetch, fetch_free);
  fetch->session = g_object_ref (session);
  fetch->policy = *policy;
  fetch->method = g_strdup (method);
  fetch->response = g_new0 (RedaksiFetchResponse, 1);
  fetch->response->uri = g_uri_ref (uri);
  watch_time_and_caller (fetch, cancellable);
  start_hop (fetch);
}

static const RedaksiFetchBackend backend = {
  REDAKSI_FETCH_MODULE_VERSION,
  session_new,
  g_object_unref,
  fetch_async,
};

/* libredaksi calls this once, before any other function of the module. */
const RedaksiFetchBackend *
redaksi_fetch_module_init (const RedaksiFetchHost *host)
{
  if (host->version != REDAKSI_FETCH_MODULE_VERSION)
    return NULL;
  library = host;
  return &backend;
}
