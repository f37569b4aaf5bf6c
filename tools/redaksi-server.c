/* redaksi-server.c: the HTTP API of `redaksi serve` (CONTRACT §4)
 *
 * Handlers run on the main context and only check the request; the
 * analysis runs on a pool of worker threads while the message is paused,
 * and the answer is set back on the main context, where libsoup wants it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "redaksi-record.h"
#include "redaksi-server.h"

typedef enum
{
  ROUTE_HEALTH,
  ROUTE_ANALYZE,
  ROUTE_LT_CHECK,
  ROUTE_LT_LANGUAGES,
} RouteKind;

typedef struct
{
  const char *path;
  RouteKind   kind;
  const char *allow;   /* the methods, for 405's Allow header */
  const char *op;      /* for ROUTE_ANALYZE */
} Route;

static const Route routes[] = {
  { "/v1/health",    ROUTE_HEALTH,       "GET, OPTIONS",       NULL },
  { "/v1/check",     ROUTE_ANALYZE,      "POST, OPTIONS",      "check" },
  { "/v1/tag",       ROUTE_ANALYZE,      "POST, OPTIONS",      "tag" },
  { "/v1/quotes",    ROUTE_ANALYZE,      "POST, OPTIONS",      "quotes" },
  { "/v1/clean",     ROUTE_ANALYZE,      "POST, OPTIONS",      "clean" },
  { "/v2/check",     ROUTE_LT_CHECK,     "GET, POST, OPTIONS", NULL },
  { "/v2/languages", ROUTE_LT_LANGUAGES, "GET, OPTIONS",       NULL },
};

struct _RedaksiServer
{
  RedaksiServerOptions  options;
  char                 *address;
  char                 *origin;
  SoupServer           *soup;
  GThreadPool          *pool;
  GMainContext         *context;
  guint                 inflight;
};

/* One request handed to a worker, and the answer it brings back. */
typedef struct
{
  RedaksiServer        *server;
  SoupServerMessage    *msg;
  const Route          *route;
  RedaksiAnalysisFlags  analyses;
  GBytes               *body;
  char                 *text;       /* /v2/check */
  char                 *language;
  GCancellable         *cancellable;
  gulong                disconnected_id;
  guint                 timeout_id;
  gboolean              answered;   /* main context only */
  gboolean              worker_done;
  guint                 status;
  char                 *answer;
} Request;

static void
request_free (Request *request)
{
  g_clear_handle_id (&request->timeout_id, g_source_remove);
  g_clear_signal_handler (&request->disconnected_id, request->msg);
  g_clear_object (&request->msg);
  g_clear_pointer (&request->body, g_bytes_unref);
  g_free (request->text);
  g_free (request->language);
  g_clear_object (&request->cancellable);
  g_free (request->answer);
  g_free (request);
}

static void
set_json (SoupServerMessage *msg,
          guint              status,
          char              *json)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, json, strlen (json));
}

static char *
error_json (const char *code,
            const char *message)
{
  g_autoptr(JsonNode) node = redaksi_record_error_to_json (NULL, code, message);
  JsonObject *object = json_node_get_object (node);

  json_object_remove_member (object, "id");
  return redaksi_json_to_string (node);
}

static void
set_error (SoupServerMessage *msg,
           guint              status,
           const char        *code,
           const char        *message)
{
  set_json (msg, status, error_json (code, message));
}

static void
add_cors_headers (RedaksiServer     *self,
                  SoupServerMessage *msg,
                  const Route       *route)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  if (self->origin == NULL)
    return;
  soup_message_headers_replace (headers, "Access-Control-Allow-Origin", self->origin);
  soup_message_headers_replace (headers, "Vary", "Origin");
  if (soup_server_message_get_method (msg) != SOUP_METHOD_OPTIONS)
    return;
  soup_message_headers_replace (headers, "Access-Control-Allow-Methods",
                                route != NULL ? route->allow : "GET, POST, OPTIONS");
  soup_message_headers_replace (headers, "Access-Control-Allow-Headers", "Content-Type");
  soup_message_headers_replace (headers, "Access-Control-Max-Age", "86400");
}

/* ------------------------------------------------------------------ */
/* The worker side                                                     */

static void
answer_analyze (Request *request)
{
  RedaksiRecordError error = { NULL, NULL, NULL };
  gsize length;
  const char *data = g_bytes_get_data (request->body, &length);
  g_autoptr(JsonObject) input = redaksi_record_parse (data != NULL ? data : "", length, &error);
  g_autoptr(JsonObject) output = NULL;
  g_autoptr(JsonNode) node = NULL;

  if (input != NULL)
    output = redaksi_record_analyze (input, request->analyses, request->cancellable, &error);
  if (output == NULL)
    {
      gboolean bad_input = input == NULL || g_str_equal (error.code, REDAKSI_RECORD_MISSING_TEXT)
                           || g_str_equal (error.code, REDAKSI_RECORD_INVALID_TEXT)
                           || g_str_equal (error.code, REDAKSI_RECORD_INVALID_UTF8);

      request->status = bad_input ? SOUP_STATUS_BAD_REQUEST : SOUP_STATUS_INTERNAL_SERVER_ERROR;
      request->answer = error_json (error.code, error.message);
      redaksi_record_error_clear (&error);
      return;
    }
  /* The service answers with the result; the text stays with the client,
   * except for /v1/clean, whose answer is the cleaned document. */
  if (request->route->op != NULL && !g_str_equal (request->route->op, "clean"))
    {
      json_object_remove_member (output, "text");
      json_object_remove_member (output, "html");
      json_object_remove_member (output, "source");
    }
  node = json_node_init_object (json_node_alloc (), output);
  request->status = SOUP_STATUS_OK;
  request->answer = redaksi_json_to_string (node);
}

static void
answer_lt_check (Request *request)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (request->text, -1, &error);
  g_autoptr(RedaksiReport) report = NULL;
  g_autoptr(JsonNode) node = NULL;

  if (document != NULL)
    report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document, redaksi_ops_all (),
                                       NULL, request->cancellable, &error);
  if (report == NULL)
    {
      request->status = document == NULL ? SOUP_STATUS_BAD_REQUEST : SOUP_STATUS_INTERNAL_SERVER_ERROR;
      request->answer = error_json (document == NULL ? REDAKSI_RECORD_INVALID_TEXT : REDAKSI_RECORD_ANALYSIS,
                                    error->message);
      return;
    }
  node = redaksi_lt_check_answer (report, request->language);
  request->status = SOUP_STATUS_OK;
  request->answer = redaksi_json_to_string (node);
}

static void
finish_request (Request *request)
{
  RedaksiServer *self = request->server;

  g_assert (self->inflight > 0);
  self->inflight--;
  if (!request->answered)
    {
      request->answered = TRUE;
      set_json (request->msg, request->status, g_steal_pointer (&request->answer));
      soup_server_message_unpause (request->msg);
    }
  request_free (request);
}

static gboolean
finish_request_idle (gpointer data)
{
  finish_request (data);
  return G_SOURCE_REMOVE;
}

static void
run_request (gpointer data,
             gpointer user_data)
{
  Request *request = data;
  RedaksiServer *self = user_data;

  if (request->route->kind == ROUTE_LT_CHECK)
    answer_lt_check (request);
  else
    answer_analyze (request);
  g_main_context_invoke (self->context, finish_request_idle, request);
}

/* ------------------------------------------------------------------ */
/* The main-context side                                               */

/* Past the timeout the client gets 503 at once; the analysis is
 * cancelled and its late answer dropped when the worker returns it. */
static gboolean
request_timed_out (gpointer data)
{
  Request *request = data;

  request->timeout_id = 0;
  request->answered = TRUE;
  g_cancellable_cancel (request->cancellable);
  set_error (request->msg, SOUP_STATUS_SERVICE_UNAVAILABLE, "timeout",
             _("the analysis took longer than the server’s timeout"));
  soup_server_message_unpause (request->msg);
  return G_SOURCE_REMOVE;
}

static void
request_disconnected (SoupServerMessage *msg,
                      Request           *request)
{
  request->answered = TRUE;
  g_cancellable_cancel (request->cancellable);
}

static void
dispatch (RedaksiServer *self,
          Request       *request)
{
  request->server = self;
  request->cancellable = g_cancellable_new ();
  request->disconnected_id = g_signal_connect (request->msg, "disconnected",
                                               G_CALLBACK (request_disconnected), request);
  if (self->options.timeout > 0)
    request->timeout_id = g_timeout_add_seconds (self->options.timeout, request_timed_out, request);
  self->inflight++;
  soup_server_message_pause (request->msg);
  g_thread_pool_push (self->pool, request, NULL);
}

static gboolean
has_content_type (SoupServerMessage *msg,
                  const char        *expected)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *type = soup_message_headers_get_content_type (headers, NULL);

  return type != NULL && g_ascii_strcasecmp (type, expected) == 0;
}

static void
handle_health (SoupServerMessage *msg)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_auto(GStrv) ops = redaksi_ops_available_names ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, "ok");
  json_builder_set_member_name (builder, "version");
  json_builder_add_string_value (builder, REDAKSI_VERSION_S);
  json_builder_set_member_name (builder, "operations");
  json_builder_begin_array (builder);
  for (guint i = 0; ops[i] != NULL; i++)
    json_builder_add_string_value (builder, ops[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  node = json_builder_get_root (builder);
  set_json (msg, SOUP_STATUS_OK, redaksi_json_to_string (node));
}

static void
handle_languages (SoupServerMessage *msg)
{
  set_json (msg, SOUP_STATUS_OK,
            g_strdup ("[{\"name\":\"Indonesian\",\"code\":\"id\",\"longCode\":\"id-ID\"}]"));
}

static gboolean
is_indonesian (const char *language)
{
  return language != NULL && (g_ascii_strcasecmp (language, "id") == 0
                              || g_ascii_strcasecmp (language, "id-ID") == 0
                              || g_ascii_strcasecmp (language, "auto") == 0);
}

/* LanguageTool clients send form fields in the body (POST) or the query. */
static GHashTable *
lt_form (SoupServerMessage *msg)
{
  SoupMessageBody *body = soup_server_message_get_request_body (msg);
  const char *query = g_uri_get_query (soup_server_message_get_uri (msg));
  g_autofree char *data = NULL;

  if (soup_server_message_get_method (msg) != SOUP_METHOD_POST)
    return soup_form_decode (query != NULL ? query : "");
  data = g_strndup (body->data, body->length);
  return soup_form_decode (data);
}

static void
handle_lt_check (RedaksiServer     *self,
                 SoupServerMessage *msg,
                 const Route       *route)
{
  g_autoptr(GHashTable) form = NULL;
  Request *request;

  if (soup_server_message_get_method (msg) == SOUP_METHOD_POST
      && !has_content_type (msg, "application/x-www-form-urlencoded"))
    return set_error (msg, SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                      _("send the form as application/x-www-form-urlencoded"));
  form = lt_form (msg);
  if (g_hash_table_lookup (form, "text") == NULL)
    return set_error (msg, SOUP_STATUS_BAD_REQUEST, "missing-text", _("the form has no “text” field"));
  if (!is_indonesian (g_hash_table_lookup (form, "language")))
    return set_error (msg, SOUP_STATUS_BAD_REQUEST, "unsupported-language",
                      _("redaksi checks Indonesian only: send language=id"));
  request = g_new0 (Request, 1);
  request->msg = g_object_ref (msg);
  request->route = route;
  request->text = g_strdup (g_hash_table_lookup (form, "text"));
  request->language = g_strdup (g_hash_table_lookup (form, "language"));
  dispatch (self, request);
}

static void
handle_analyze (RedaksiServer     *self,
                SoupServerMessage *msg,
                const Route       *route)
{
  g_autoptr(GError) error = NULL;
  RedaksiAnalysisFlags analyses;
  Request *request;

  if (!has_content_type (msg, "application/json"))
    return set_error (msg, SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                      _("send the request body as application/json"));
  if (!redaksi_ops_resolve (route->op, &analyses, &error))
    return set_error (msg, SOUP_STATUS_BAD_REQUEST, "unavailable-analysis", error->message);
  request = g_new0 (Request, 1);
  request->msg = g_object_ref (msg);
  request->route = route;
  request->analyses = analyses;
  request->body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  dispatch (self, request);
}

static const Route *
find_route (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (routes); i++)
    if (g_str_equal (routes[i].path, path))
      return &routes[i];
  return NULL;
}

static gboolean
method_allowed (const Route *route,
                const char  *method)
{
  g_auto(GStrv) allowed = g_strsplit (route->allow, ", ", -1);

  return g_strv_contains ((const char * const *) allowed, method);
}

/* Checks shared by every route; FALSE when the request is answered. */
static gboolean
check_request (RedaksiServer     *self,
               SoupServerMessage *msg,
               const Route       *route)
{
  const char *method = soup_server_message_get_method (msg);

  if (route == NULL)
    set_error (msg, SOUP_STATUS_NOT_FOUND, "not-found", _("no such endpoint"));
  else if (!method_allowed (route, method))
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Allow", route->allow);
      set_error (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method-not-allowed", _("method not allowed here"));
    }
  else if (method == SOUP_METHOD_OPTIONS)
    soup_server_message_set_status (msg, SOUP_STATUS_NO_CONTENT, NULL);
  else if ((gsize) soup_server_message_get_request_body (msg)->length > self->options.max_body)
    set_error (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "body-too-large", _("the request body is over the limit"));
  else if (self->inflight >= self->options.max_inflight && route->kind != ROUTE_HEALTH)
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "1");
      set_error (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, "over-capacity", _("too many requests in flight; retry later"));
    }
  else
    return TRUE;
  return FALSE;
}

static void
handle_request (SoupServer        *server,
                SoupServerMessage *msg,
                const char        *path,
                GHashTable        *query,
                gpointer           user_data)
{
  RedaksiServer *self = user_data;
  const Route *route = find_route (path);

  add_cors_headers (self, msg, route);
  if (!check_request (self, msg, route))
    return;
  switch (route->kind)
    {
    case ROUTE_HEALTH:
      handle_health (msg);
      break;
    case ROUTE_LT_LANGUAGES:
      handle_languages (msg);
      break;
    case ROUTE_LT_CHECK:
      handle_lt_check (self, msg, route);
      break;
    case ROUTE_ANALYZE:
    default:
      handle_analyze (self, msg, route);
      break;
    }
}

/* Refuses a body announced over the limit before libsoup reads it. */
static void
handle_early (SoupServer        *server,
              SoupServerMessage *msg,
              const char        *path,
              GHashTable        *query,
              gpointer           user_data)
{
  RedaksiServer *self = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  if (soup_message_headers_get_encoding (headers) != SOUP_ENCODING_CONTENT_LENGTH
      || (gsize) soup_message_headers_get_content_length (headers) <= self->options.max_body)
    return;
  add_cors_headers (self, msg, find_route (path));
  set_error (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "body-too-large", _("the request body is over the limit"));
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Connection", "close");
}

/* ------------------------------------------------------------------ */
/* Access log                                                          */

static void
request_started (SoupServer        *server,
                 SoupServerMessage *msg,
                 gpointer           user_data)
{
  gint64 *started = g_new (gint64, 1);

  *started = g_get_monotonic_time ();
  g_object_set_data_full (G_OBJECT (msg), "redaksi-started", started, g_free);
}

static void
log_request (SoupServerMessage *msg,
             const char        *outcome)
{
  gint64 *started = g_object_get_data (G_OBJECT (msg), "redaksi-started");
  double ms = started != NULL ? (g_get_monotonic_time () - *started) / 1000.0 : 0;
  const char *remote = soup_server_message_get_remote_host (msg);
  g_autofree char *path = g_uri_to_string_partial (soup_server_message_get_uri (msg), G_URI_HIDE_PASSWORD);

  g_printerr ("%s \"%s %s\" %u %" G_GOFFSET_FORMAT " %.1fms%s\n", remote != NULL ? remote : "-",
              soup_server_message_get_method (msg), g_uri_get_path (soup_server_message_get_uri (msg)),
              soup_server_message_get_status (msg),
              soup_server_message_get_response_body (msg)->length, ms, outcome);
}

static void
request_finished (SoupServer        *server,
                  SoupServerMessage *msg,
                  gpointer           user_data)
{
  log_request (msg, "");
}

static void
request_aborted (SoupServer        *server,
                 SoupServerMessage *msg,
                 gpointer           user_data)
{
  log_request (msg, " aborted");
}

/* ------------------------------------------------------------------ */

/* GIO's listen backlog of 10 resets connections when a few dozen clients
 * connect at once, so the socket is made here with a deeper one. */
#define LISTEN_BACKLOG 1024

static gboolean
listen (RedaksiServer  *self,
        GError        **error)
{
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new_from_string (self->address, self->options.port);
  g_autoptr(GSocket) socket = NULL;

  if (address == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not an IP address"), self->address);
      return FALSE;
    }
  socket = g_socket_new (g_socket_address_get_family (address), G_SOCKET_TYPE_STREAM,
                         G_SOCKET_PROTOCOL_TCP, error);
  if (socket == NULL)
    return FALSE;
  g_socket_set_listen_backlog (socket, LISTEN_BACKLOG);
  return g_socket_bind (socket, address, TRUE, error)
         && g_socket_listen (socket, error)
         && soup_server_listen_socket (self->soup, socket, 0, error);
}

RedaksiServer *
redaksi_server_new (const RedaksiServerOptions  *options,
                    GError                     **error)
{
  g_autoptr(RedaksiServer) self = g_new0 (RedaksiServer, 1);

  self->options = *options;
  self->address = g_strdup (options->address);
  self->origin = g_strdup (options->origin);
  self->context = g_main_context_ref_thread_default ();
  self->soup = soup_server_new ("server-header", "redaksi/" PACKAGE_VERSION " ", NULL);
  self->pool = g_thread_pool_new (run_request, self, options->jobs, FALSE, error);
  if (self->pool == NULL)
    return NULL;
  soup_server_add_early_handler (self->soup, NULL, handle_early, self, NULL);
  soup_server_add_handler (self->soup, NULL, handle_request, self, NULL);
  g_signal_connect (self->soup, "request-started", G_CALLBACK (request_started), self);
  g_signal_connect (self->soup, "request-finished", G_CALLBACK (request_finished), self);
  g_signal_connect (self->soup, "request-aborted", G_CALLBACK (request_aborted), self);
  if (!listen (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

char *
redaksi_server_get_url (RedaksiServer *self)
{
  GSList *uris = soup_server_get_uris (self->soup);
  char *url = uris != NULL ? g_uri_to_string (uris->data) : NULL;

  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return url;
}

/* Waits for the requests in flight: their workers hold @self. */
void
redaksi_server_free (RedaksiServer *self)
{
  if (self->soup != NULL)
    soup_server_disconnect (self->soup);
  if (self->pool != NULL)
    g_thread_pool_free (self->pool, FALSE, TRUE);
  while (self->inflight > 0)
    g_main_context_iteration (self->context, TRUE);
  g_clear_object (&self->soup);
  g_main_context_unref (self->context);
  g_free (self->address);
  g_free (self->origin);
  g_free (self);
}
