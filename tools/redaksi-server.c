/* redaksi-server.c: the HTTP API of `redaksi serve` (CONTRACT §4)
 *
 * Handlers run on the main context and only check the request; the
 * analysis runs on a pool of worker threads while the message is paused,
 * and the answer is set back on the main context, where libsoup wants it.
 *
 * Every resource a client can make the server hold is bounded: the body
 * (counted while it arrives), the requests in flight, the time of one
 * analysis (cancelled past it), the worker threads a slow analysis can
 * keep, and the connections a client leaves behind.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>
#include <glib-unix.h>

#include "redaksi-lt.h"
#include "redaksi-record.h"
#include "redaksi-server.h"
#include "redaksi-server-static.h"

/* Bodies over this many bytes go to the large lane, which never takes
 * every worker: small requests keep being answered while large ones run. */
#define LARGE_BODY (64 * 1024)

/* A keep-alive connection idle this long is closed. */
#define IDLE_TIMEOUT_SECONDS 60

/* After a 413 the rest of the body is read and dropped this long at most,
 * so the client reads the answer instead of a reset. */
#define LINGER_SECONDS 2

/* How long stopping the server waits for cancelled analyses. */
#define SHUTDOWN_GRACE_SECONDS 5

typedef enum
{
  ROUTE_HEALTH,
  ROUTE_ANALYZE,
  ROUTE_LT_CHECK,
  ROUTE_LT_LANGUAGES,
} RouteKind;

/* The languages a request may ask for its messages in. */
typedef enum
{
  MESSAGES_INDONESIAN,
  MESSAGES_ENGLISH,
  N_MESSAGE_LANGUAGES,
  MESSAGES_DEFAULT = -1,   /* the server's own locale */
} MessageLanguage;

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

typedef enum
{
  PEER_DATA,       /* bytes wait: a request is coming */
  PEER_NOTHING,    /* a spurious wake-up */
  PEER_GONE,       /* closed or reset by the client, or by libsoup */
} PeerState;

/* The sockets of paused requests are watched in one epoll set, whose
 * descriptor is the only one the main loop polls for them. A GSource
 * each would be made and destroyed for every request, and GLib 2.74
 * wakes its own main loop up (an eventfd write, and one more pass over
 * every source) each time a descriptor is added to it or taken out. */
typedef void (*PeerFunc) (gpointer owner, PeerState state);

typedef struct
{
  GSocket  *socket;
  PeerFunc  func;
  gpointer  owner;
} PeerWatch;

/* Things that expire after one same delay (a request's timeout, an idle
 * connection's), kept in the order they started, which is the order of
 * their deadlines: one timer serves them all. A GSource each would be
 * looked at by every main-loop iteration, and made and destroyed for
 * every request. */
typedef void (*ExpireFunc) (gpointer owner);

typedef struct
{
  GQueue      queue;      /* of Expiry, the earliest deadline first */
  gint64      delay;      /* microseconds */
  ExpireFunc  expire;
  guint       timer_id;
} ExpiryQueue;

typedef struct
{
  GList    link;          /* first: the queue's link; link.data is the owner */
  gint64   deadline;
  gboolean queued;
} Expiry;

struct _RedaksiServer
{
  RedaksiServerOptions  options;
  char                 *address;
  char                 *origin;
  RedaksiAnalyzer      *analyzer;    /* made once, for every request */
  RedaksiStatic        *statics;     /* GET / and redaksi.js */
  locale_t              locales[N_MESSAGE_LANGUAGES];  /* (locale_t) 0: not on this system */
  gboolean              loopback;    /* bound to 127.0.0.0/8 or ::1 */
  SoupServer           *soup;
  GThreadPool          *pool;
  GMainContext         *context;
  GHashTable           *requests;    /* every Request not yet freed */
  GHashTable           *idle;        /* GSocket → IdleConnection */
  GQueue                large_waiting;
  guint                 base_threads;
  guint                 large_limit;
  guint                 large_running;
  guint                 inflight;    /* accepted and not yet answered */
  guint                 abandoned;   /* answered, but a worker still has it */
  ExpiryQueue           timeouts;    /* of Request, with --timeout */
  char                 *last_host;   /* the last Host header checked */
  int                   peers_fd;    /* epoll set of the watched sockets */
  guint                 peers_id;
  GMutex                returned_lock;
  GQueue                returned;     /* of Request, back from the workers */
  int                   returned_fd;  /* eventfd: the queue is no longer empty */
  guint                 returned_id;
  gboolean              last_host_allowed;
  ExpiryQueue           idle_timeouts;  /* of IdleConnection */
};

typedef enum
{
  REQUEST_WAITING,   /* for a place in the large lane */
  REQUEST_QUEUED,    /* pushed to the pool, until the worker hands it back */
} RequestState;

/* One request handed to a worker, and the answer it brings back. */
typedef struct
{
  RedaksiServer        *server;
  SoupServerMessage    *msg;        /* until answered */
  const Route          *route;
  RedaksiAnalysisFlags  analyses;
  GBytes               *body;
  char                 *text;       /* /v2/check */
  char                 *data;       /* /v2/check, LanguageTool's annotated text */
  char                 *language;
  locale_t              locale;     /* the messages' locale; (locale_t) 0: the server's */
  GCancellable         *cancellable;
  PeerWatch             peer_watch;
  gulong                disconnected_id;
  Expiry                timeout;
  RequestState          state;
  gboolean              large;
  gboolean              answered;   /* main context only */
  gboolean              disconnected;
  guint                 status;
  char                 *answer;
  GList                 returned_link;  /* in the server's returned queue */
} Request;

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
/* Deadlines                                                           */

static void
expiry_queue_init (ExpiryQueue *queue,
                   gint64       delay,
                   ExpireFunc   expire)
{
  g_queue_init (&queue->queue);
  queue->delay = delay;
  queue->expire = expire;
  queue->timer_id = 0;
}

static void
expiry_cancel (ExpiryQueue *queue,
               Expiry      *expiry)
{
  if (!expiry->queued)
    return;
  g_queue_unlink (&queue->queue, &expiry->link);
  expiry->queued = FALSE;
}

static gboolean expiry_fired (gpointer data);

/* The timer stays set when its item goes early: it then finds nothing
 * due and is set again for the next one. */
static void
expiry_arm (ExpiryQueue *queue)
{
  Expiry *first = (Expiry *) queue->queue.head;
  gint64 wait;

  if (queue->timer_id != 0 || first == NULL)
    return;
  wait = MAX (first->deadline - g_get_monotonic_time (), 0);
  queue->timer_id = g_timeout_add ((guint) (wait / 1000 + 1), expiry_fired, queue);
}

static gboolean
expiry_fired (gpointer data)
{
  ExpiryQueue *queue = data;
  gint64 now = g_get_monotonic_time ();
  Expiry *first;

  queue->timer_id = 0;
  while ((first = (Expiry *) queue->queue.head) != NULL && first->deadline <= now)
    {
      expiry_cancel (queue, first);
      queue->expire (first->link.data);
    }
  expiry_arm (queue);
  return G_SOURCE_REMOVE;
}

static void
expiry_start (ExpiryQueue *queue,
              Expiry      *expiry,
              gpointer     owner)
{
  g_assert (!expiry->queued);
  expiry->link.data = owner;
  expiry->deadline = g_get_monotonic_time () + queue->delay;
  g_queue_push_tail_link (&queue->queue, &expiry->link);
  expiry->queued = TRUE;
  expiry_arm (queue);
}

static void
expiry_queue_clear (ExpiryQueue *queue)
{
  g_clear_handle_id (&queue->timer_id, g_source_remove);
}

/* ------------------------------------------------------------------ */
/* Watching a client's socket                                          */

/* Peeks, so libsoup still reads whatever is there. */
static PeerState
peek_peer (GSocket *socket)
{
  char byte;
  gssize n;

  if (g_socket_is_closed (socket))
    return PEER_GONE;
  n = recv (g_socket_get_fd (socket), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
  if (n > 0)
    return PEER_DATA;
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
    return PEER_NOTHING;
  return PEER_GONE;
}

/* @events: EPOLLRDHUP for the client leaving (HUP and ERR are always
 * reported). */
static void
watch_peer (RedaksiServer *self,
            PeerWatch     *watch,
            GSocket       *socket,
            guint32        events,
            PeerFunc       func,
            gpointer       owner)
{
  struct epoll_event event = { .events = events, .data.ptr = watch };

  g_assert (watch->socket == NULL);
  if (epoll_ctl (self->peers_fd, EPOLL_CTL_ADD, g_socket_get_fd (socket), &event) != 0)
    return;
  watch->socket = g_object_ref (socket);
  watch->func = func;
  watch->owner = owner;
}

static void
unwatch_peer (RedaksiServer *self,
              PeerWatch     *watch)
{
  if (watch->socket == NULL)
    return;
  /* A closed descriptor left the set as it closed; its number may
   * already be another socket's. */
  if (!g_socket_is_closed (watch->socket))
    epoll_ctl (self->peers_fd, EPOLL_CTL_DEL, g_socket_get_fd (watch->socket), NULL);
  g_clear_object (&watch->socket);
}

/* One event at a time: handling one may end other watches. A watch
 * ends with its first event. */
static gboolean
peers_ready (gint          fd,
             GIOCondition  condition,
             gpointer      data)
{
  RedaksiServer *self = data;
  struct epoll_event event;

  while (epoll_wait (self->peers_fd, &event, 1, 0) == 1)
    {
      PeerWatch *watch = event.data.ptr;
      PeerState state = peek_peer (watch->socket);

      unwatch_peer (self, watch);
      watch->func (watch->owner, state);
    }
  return G_SOURCE_CONTINUE;
}

/* ------------------------------------------------------------------ */
/* Idle keep-alive connections                                         */

/* At a high priority: before libsoup reads a request that comes. */
static GSource *
watch_idle (GSocket           *socket,
            GSocketSourceFunc  callback,
            gpointer           data)
{
  GSource *source = g_socket_create_source (socket, G_IO_IN | G_IO_HUP | G_IO_ERR, NULL);

  g_source_set_priority (source, G_PRIORITY_HIGH);
  g_source_set_callback (source, G_SOURCE_FUNC (callback), data, NULL);
  g_source_attach (source, g_main_context_get_thread_default ());
  return source;
}

static void
unwatch_idle (GSource **source)
{
  if (*source == NULL)
    return;
  g_source_destroy (*source);
  g_clear_pointer (source, g_source_unref);
}

/* libsoup 3.2 leaks a keep-alive connection that its client closes
 * between two requests: nothing reads the socket until a request starts,
 * so it stays in CLOSE-WAIT and its fd is never closed (fixed in libsoup
 * 3.3). Each idle connection is watched here; when its client closes it,
 * or it stays idle too long, the server takes the connection back from
 * libsoup and closes it. */
typedef struct
{
  RedaksiServer     *server;
  GSocket           *socket;
  SoupServerMessage *msg;       /* the last message answered on it */
  GSource           *watch;
  Expiry             timeout;
} IdleConnection;

static void
idle_connection_free (IdleConnection *idle)
{
  unwatch_idle (&idle->watch);
  expiry_cancel (&idle->server->idle_timeouts, &idle->timeout);
  g_clear_object (&idle->msg);
  g_clear_object (&idle->socket);
  g_free (idle);
}

static gboolean
still_connected (IdleConnection *idle)
{
  /* libsoup drops its socket when it disconnects the connection. */
  return soup_server_message_get_socket (idle->msg) == idle->socket && !g_socket_is_closed (idle->socket);
}

static void
close_idle_connection (IdleConnection *idle)
{
  RedaksiServer *self = idle->server;
  g_autoptr(SoupServerMessage) msg = g_object_ref (idle->msg);
  g_autoptr(GIOStream) stream = NULL;

  if (still_connected (idle))
    stream = soup_server_message_steal_connection (msg);
  g_hash_table_remove (self->idle, idle->socket);
  if (stream != NULL)
    g_io_stream_close (stream, NULL, NULL);
}

static gboolean
idle_peer_ready (GSocket      *socket,
                 GIOCondition  condition,
                 gpointer      data)
{
  IdleConnection *idle = data;
  PeerState state = still_connected (idle) ? peek_peer (idle->socket) : PEER_GONE;
  GSource *watch;

  if (state == PEER_NOTHING)
    return G_SOURCE_CONTINUE;
  watch = g_steal_pointer (&idle->watch);
  /* Once a request comes, the connection is libsoup's again: it may have
   * read from it, so it is never taken back past this point. */
  if (state == PEER_GONE)
    close_idle_connection (idle);
  else
    g_hash_table_remove (idle->server->idle, socket);
  g_source_unref (watch);
  return G_SOURCE_REMOVE;
}

static void
idle_timed_out (gpointer data)
{
  close_idle_connection (data);
}

typedef struct
{
  RedaksiServer     *server;
  SoupServerMessage *msg;
} Answered;

static void
answered_free (Answered *answered)
{
  g_object_unref (answered->msg);
  g_free (answered);
}

/* Runs once libsoup has decided whether to keep the connection, and
 * before it reads from it again: its sources have the default priority. */
static gboolean
watch_idle_connection (gpointer data)
{
  Answered *answered = data;
  RedaksiServer *self = answered->server;
  GSocket *socket = soup_server_message_get_socket (answered->msg);
  IdleConnection *idle;

  if (socket == NULL || g_socket_is_closed (socket) || g_hash_table_contains (self->idle, socket))
    return G_SOURCE_REMOVE;
  idle = g_new0 (IdleConnection, 1);
  idle->server = self;
  idle->socket = g_object_ref (socket);
  idle->msg = g_object_ref (answered->msg);
  idle->watch = watch_idle (socket, idle_peer_ready, idle);
  expiry_start (&self->idle_timeouts, &idle->timeout, idle);
  g_hash_table_insert (self->idle, idle->socket, idle);
  return G_SOURCE_REMOVE;
}

static void
connection_answered (RedaksiServer     *self,
                     SoupServerMessage *msg)
{
  Answered *answered = g_new0 (Answered, 1);

  answered->server = self;
  answered->msg = g_object_ref (msg);
  g_idle_add_full (G_PRIORITY_HIGH, watch_idle_connection, answered, (GDestroyNotify) answered_free);
}

/* A request started on a connection: it is no longer idle. */
static void
connection_busy (RedaksiServer     *self,
                 SoupServerMessage *msg)
{
  GSocket *socket = soup_server_message_get_socket (msg);

  if (socket != NULL)
    g_hash_table_remove (self->idle, socket);
}

/* ------------------------------------------------------------------ */
/* Refusing a body while it arrives                                    */

/* libsoup 3.2 reads a request's whole body before it writes any answer,
 * even one set from got-headers: the server takes the connection over,
 * answers, and closes it. Before closing it reads and drops what the
 * client still sends, for a bounded time, so that the client gets the
 * answer rather than a connection reset. */
typedef struct
{
  GIOStream    *stream;
  GSocket      *socket;
  GBytes       *answer;
  GCancellable *cancellable;
  guint         deadline_id;
  char          drain[16 * 1024];
} Refusal;

static void
refusal_free (Refusal *refusal)
{
  g_clear_handle_id (&refusal->deadline_id, g_source_remove);
  g_io_stream_close (refusal->stream, NULL, NULL);
  g_object_unref (refusal->stream);
  g_clear_object (&refusal->socket);
  g_bytes_unref (refusal->answer);
  g_object_unref (refusal->cancellable);
  g_free (refusal);
}

static gboolean
refusal_deadline (gpointer data)
{
  Refusal *refusal = data;

  refusal->deadline_id = 0;
  g_cancellable_cancel (refusal->cancellable);
  return G_SOURCE_REMOVE;
}

static void
refusal_drained (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  Refusal *refusal = data;

  if (g_input_stream_read_finish (G_INPUT_STREAM (source), result, NULL) <= 0)
    return refusal_free (refusal);
  g_input_stream_read_async (G_INPUT_STREAM (source), refusal->drain, sizeof refusal->drain,
                             G_PRIORITY_LOW, refusal->cancellable, refusal_drained, refusal);
}

static void
refusal_written (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  Refusal *refusal = data;

  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (source), result, NULL, NULL))
    return refusal_free (refusal);
  if (refusal->socket != NULL)
    g_socket_shutdown (refusal->socket, FALSE, TRUE, NULL);
  g_input_stream_read_async (g_io_stream_get_input_stream (refusal->stream), refusal->drain,
                             sizeof refusal->drain, G_PRIORITY_LOW, refusal->cancellable,
                             refusal_drained, refusal);
}

/* The status line, the headers set on @msg and its body, as sent. */
static GBytes *
serialize_answer (SoupServerMessage *msg)
{
  GString *answer = g_string_new (NULL);
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  SoupMessageHeadersIter iter;
  const char *name, *value;
  g_autoptr(GBytes) body = soup_message_body_flatten (soup_server_message_get_response_body (msg));
  guint status = soup_server_message_get_status (msg);

  g_string_append_printf (answer, "HTTP/1.1 %u %s\r\n", status, soup_status_get_phrase (status));
  soup_message_headers_iter_init (&iter, headers);
  while (soup_message_headers_iter_next (&iter, &name, &value))
    if (g_ascii_strcasecmp (name, "Content-Length") != 0 && g_ascii_strcasecmp (name, "Connection") != 0)
      g_string_append_printf (answer, "%s: %s\r\n", name, value);
  g_string_append_printf (answer, "Content-Length: %" G_GSIZE_FORMAT "\r\nConnection: close\r\n\r\n",
                          g_bytes_get_size (body));
  g_string_append_len (answer, g_bytes_get_data (body, NULL), g_bytes_get_size (body));
  return g_string_free_to_bytes (answer);
}

static void log_request (SoupServerMessage *msg,
                         const char        *outcome);

/* Answers @msg as it stands, without reading more of its body. */
static void
answer_now_and_close (SoupServerMessage *msg)
{
  GSocket *socket = soup_server_message_get_socket (msg);
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GIOStream) stream = NULL;
  Refusal *refusal;

  log_request (msg, "");
  answer = serialize_answer (msg);
  if (socket != NULL)
    g_object_ref (socket);
  stream = soup_server_message_steal_connection (msg);
  if (stream == NULL)
    {
      g_clear_object (&socket);
      return;
    }
  refusal = g_new0 (Refusal, 1);
  refusal->stream = g_steal_pointer (&stream);
  refusal->socket = socket;
  refusal->answer = g_steal_pointer (&answer);
  refusal->cancellable = g_cancellable_new ();
  refusal->deadline_id = g_timeout_add_seconds (LINGER_SECONDS, refusal_deadline, refusal);
  g_output_stream_write_all_async (g_io_stream_get_output_stream (refusal->stream),
                                   g_bytes_get_data (refusal->answer, NULL),
                                   g_bytes_get_size (refusal->answer), G_PRIORITY_DEFAULT,
                                   refusal->cancellable, refusal_written, refusal);
}


/* ------------------------------------------------------------------ */
/* The language of a request's messages                                */

/* Messages are gettext'd inside the library while a worker analyses, so
 * a request's language is a per-thread locale (uselocale) that differs
 * from the server's in LC_MESSAGES only; setlocale would change every
 * thread's at once. English is the messages as written: the C locale's,
 * for which gettext also ignores $LANGUAGE. */
static const char *const indonesian_locales[] = { "id_ID.UTF-8", "id_ID.utf8", "id_ID", NULL };
static const char *const english_locales[] = { "C", NULL };

static locale_t
new_messages_locale (const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      locale_t base = duplocale (LC_GLOBAL_LOCALE);
      locale_t locale;

      if (base == (locale_t) 0)
        return (locale_t) 0;
      locale = newlocale (LC_MESSAGES_MASK, names[i], base);
      if (locale != (locale_t) 0)
        return locale;
      /* A failed newlocale leaves its base to the caller. */
      freelocale (base);
    }
  return (locale_t) 0;
}

static void
make_locales (RedaksiServer *self)
{
  self->locales[MESSAGES_INDONESIAN] = new_messages_locale (indonesian_locales);
  self->locales[MESSAGES_ENGLISH] = new_messages_locale (english_locales);
  if (self->locales[MESSAGES_INDONESIAN] == (locale_t) 0)
    g_printerr ("redaksi serve: no id_ID.UTF-8 locale on this system: requests for Indonesian "
                "are answered in the server's language\n");
}

static void
free_locales (RedaksiServer *self)
{
  for (guint i = 0; i < N_MESSAGE_LANGUAGES; i++)
    if (self->locales[i] != (locale_t) 0)
      freelocale (self->locales[i]);
}

/* The language a tag names by its first subtag, of @length bytes:
 * "id", "id-ID", "id_ID.UTF-8", "in" (Indonesian's former code), "en",
 * "en-US" …; any other is the server's own. */
static MessageLanguage
message_language_len (const char *tag,
                      gsize       length)
{
  gsize primary = 0;

  while (primary < length && g_ascii_isalpha (tag[primary]))
    primary++;
  if (primary != 2 || (primary < length && strchr ("-_.", tag[primary]) == NULL))
    return MESSAGES_DEFAULT;
  if (g_ascii_strncasecmp (tag, "id", 2) == 0 || g_ascii_strncasecmp (tag, "in", 2) == 0)
    return MESSAGES_INDONESIAN;
  if (g_ascii_strncasecmp (tag, "en", 2) == 0)
    return MESSAGES_ENGLISH;
  return MESSAGES_DEFAULT;
}

static MessageLanguage
message_language (const char *tag)
{
  return tag != NULL ? message_language_len (tag, strlen (tag)) : MESSAGES_DEFAULT;
}

/* The weight of one Accept-Language range's parameters, ";q=0.8"; 1
 * without one, 0 when unreadable. */
static double
range_weight (const char *parameters)
{
  const char *q = parameters != NULL ? strstr (parameters, "q=") : NULL;
  char *end;
  double weight;

  if (q == NULL)
    return 1.0;
  weight = g_ascii_strtod (q + 2, &end);
  return end != q + 2 && weight > 0 && weight <= 1 ? weight : 0;
}

/* The language of Accept-Language's ranges the client weighs most
 * (RFC 9110 §12.5.4), the first on a tie; none it knows: the server's. */
static MessageLanguage
accepted_language (const char *header)
{
  g_auto(GStrv) ranges = header != NULL ? g_strsplit (header, ",", 32) : NULL;
  MessageLanguage best = MESSAGES_DEFAULT;
  double best_weight = 0;

  for (guint i = 0; ranges != NULL && ranges[i] != NULL; i++)
    {
      const char *range = g_strstrip (ranges[i]);
      const char *parameters = strchr (range, ';');
      MessageLanguage language = message_language_len (range, parameters != NULL
                                                               ? (gsize) (parameters - range)
                                                               : strlen (range));
      double weight = range_weight (parameters);

      if (language != MESSAGES_DEFAULT && weight > best_weight)
        {
          best = language;
          best_weight = weight;
        }
    }
  return best;
}

/* The query's `lang`, else Accept-Language, else the server's. */
static MessageLanguage
request_language (SoupServerMessage *msg,
                  GHashTable        *query)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  MessageLanguage language = message_language (query != NULL ? g_hash_table_lookup (query, "lang") : NULL);

  if (language != MESSAGES_DEFAULT)
    return language;
  return accepted_language (soup_message_headers_get_list (headers, "Accept-Language"));
}

/* (locale_t) 0 for the server's own, or one its system lacks. */
static locale_t
messages_locale (RedaksiServer   *self,
                 MessageLanguage  language)
{
  return language != MESSAGES_DEFAULT ? self->locales[language] : (locale_t) 0;
}

/* Switches the calling thread to @locale, unless it is the server's;
 * returns the thread's locale before, for uselocale to go back to. */
static locale_t
use_messages_locale (locale_t locale)
{
  locale_t previous = uselocale ((locale_t) 0);

  if (locale != (locale_t) 0)
    uselocale (locale);
  return previous;
}

/* ------------------------------------------------------------------ */
/* The worker side                                                     */

static gboolean
cancelled (Request *request)
{
  return g_cancellable_is_cancelled (request->cancellable);
}

/* A body's `lang` outranks the query and the header; the worker goes
 * back to the server's locale once the request is done. */
static void
use_body_language (RedaksiServer *self,
                   JsonObject    *input)
{
  JsonNode *node = json_object_get_member (input, "lang");

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    use_messages_locale (messages_locale (self, message_language (json_node_get_string (node))));
}

static void
answer_analyze (Request *request)
{
  RedaksiRecordError error = { NULL, NULL, NULL };
  gsize length;
  const char *data = g_bytes_get_data (request->body, &length);
  g_autoptr(JsonObject) input = redaksi_record_parse (data != NULL ? data : "", length, &error);
  /* The service answers with the result; the text stays with the client,
   * except for /v1/clean, whose answer is the cleaned document. */
  gboolean keep_input_text = request->route->op == NULL || g_str_equal (request->route->op, "clean");
  g_autofree char *output = NULL;

  if (input != NULL)
    use_body_language (request->server, input);
  if (input != NULL && !cancelled (request))
    output = redaksi_record_analyze (request->server->analyzer, input, request->analyses, keep_input_text,
                                     request->cancellable, &error);
  if (cancelled (request))
    {
      /* Answered already: no answer to build, and the memory goes now. */
      redaksi_record_error_clear (&error);
      return;
    }
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
  request->status = SOUP_STATUS_OK;
  request->answer = g_steal_pointer (&output);
}

/* The request's `text`, or its `data` read in the worker: parsing it
 * is linear in the body but not free. */
static RedaksiLtText *
lt_text (Request  *request,
         GError  **error)
{
  if (request->data != NULL)
    return redaksi_lt_text_new_from_data (request->data, strlen (request->data), error);
  return redaksi_lt_text_new (request->text);
}

static void
answer_lt_check (Request *request)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiLtText) text = lt_text (request, &error);
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(RedaksiReport) report = NULL;
  g_autoptr(JsonNode) node = NULL;
  const char *checked;
  gsize length;

  if (text == NULL)
    {
      request->status = SOUP_STATUS_BAD_REQUEST;
      request->answer = error_json ("invalid-data", error->message);
      return;
    }
  checked = redaksi_lt_text_get_checked (text, &length);
  document = redaksi_document_new_from_text (checked, length, &error);
  if (document != NULL && !cancelled (request))
    report = redaksi_analyzer_analyze (request->server->analyzer, document, redaksi_ops_all (),
                                       NULL, request->cancellable, &error);
  if (cancelled (request))
    return;
  if (report == NULL)
    {
      request->status = document == NULL ? SOUP_STATUS_BAD_REQUEST : SOUP_STATUS_INTERNAL_SERVER_ERROR;
      request->answer = error_json (document == NULL ? REDAKSI_RECORD_INVALID_TEXT : REDAKSI_RECORD_ANALYSIS,
                                    error->message);
      return;
    }
  node = redaksi_lt_text_check_answer (text, report, request->language);
  request->status = SOUP_STATUS_OK;
  request->answer = redaksi_json_to_string (node);
}

/* A finished request goes back to the main context through one queue and
 * one eventfd that the main loop watches for the server's life: only the
 * request that finds the queue empty signals it. g_main_context_invoke()
 * would make a GSource a request, and take the context's lock, which the
 * main loop holds while it polls and dispatches. */
static void
return_request (RedaksiServer *self,
                Request       *request)
{
  gboolean was_empty;

  request->returned_link.data = request;
  g_mutex_lock (&self->returned_lock);
  was_empty = g_queue_is_empty (&self->returned);
  g_queue_push_tail_link (&self->returned, &request->returned_link);
  g_mutex_unlock (&self->returned_lock);
  if (was_empty)
    eventfd_write (self->returned_fd, 1);
}

static void
run_request (gpointer data,
             gpointer user_data)
{
  Request *request = data;
  RedaksiServer *self = user_data;
  locale_t previous = use_messages_locale (request->locale);

  /* A request answered while it waited in the queue is skipped. */
  if (cancelled (request))
    ;
  else if (request->route->kind == ROUTE_LT_CHECK)
    answer_lt_check (request);
  else
    answer_analyze (request);
  uselocale (previous);
  return_request (self, request);
}

/* ------------------------------------------------------------------ */
/* Requests on the main context                                        */

static void
request_free (Request *request)
{
  g_hash_table_remove (request->server->requests, request);
  g_clear_pointer (&request->body, g_bytes_unref);
  g_free (request->text);
  g_free (request->data);
  g_free (request->language);
  g_clear_object (&request->cancellable);
  g_free (request->answer);
  g_free (request);
}

/* A worker stuck in an analysis that was answered for keeps its thread;
 * the pool gets one more in its place, up to twice its size. */
static void
resize_pool (RedaksiServer *self)
{
  guint extra = MIN (self->abandoned, self->options.jobs);

  if (self->pool != NULL)
    g_thread_pool_set_max_threads (self->pool, self->base_threads + extra, NULL);
}

/* Sends the answer and lets go of the message and of its body. */
static void
answer (Request *request,
        guint    status,
        char    *json)
{
  RedaksiServer *self = request->server;

  g_assert (!request->answered);
  request->answered = TRUE;
  self->inflight--;
  expiry_cancel (&self->timeouts, &request->timeout);
  unwatch_peer (self, &request->peer_watch);
  g_clear_signal_handler (&request->disconnected_id, request->msg);
  if (!request->disconnected)
    {
      set_json (request->msg, status, json);
      soup_server_message_unpause (request->msg);
    }
  else
    g_free (json);
  g_clear_object (&request->msg);
}

static void start_request (RedaksiServer *self,
                           Request       *request);

static void
start_waiting_large (RedaksiServer *self)
{
  while (self->large_running < self->large_limit && !g_queue_is_empty (&self->large_waiting))
    start_request (self, g_queue_pop_head (&self->large_waiting));
}

/* The request's answer is not coming from the analysis: cancel it. */
static void
answer_early (Request    *request,
              guint       status,
              const char *code,
              const char *message)
{
  RedaksiServer *self = request->server;

  g_cancellable_cancel (request->cancellable);
  answer (request, status, error_json (code, message));
  if (request->state == REQUEST_WAITING)
    {
      g_queue_remove (&self->large_waiting, request);
      request_free (request);
      return;
    }
  self->abandoned++;
  resize_pool (self);
}

static void
worker_returned (Request *request)
{
  RedaksiServer *self = request->server;

  if (request->large)
    self->large_running--;
  if (request->answered)
    {
      self->abandoned--;
      resize_pool (self);
    }
  else
    answer (request, request->status, g_steal_pointer (&request->answer));
  request_free (request);
  start_waiting_large (self);
}

/* The eventfd is read before the queue is taken: a request queued after
 * that signals again. */
static gboolean
requests_returned (gint          fd,
                   GIOCondition  condition,
                   gpointer      data)
{
  RedaksiServer *self = data;
  GQueue returned;
  eventfd_t count;
  GList *link;

  eventfd_read (fd, &count);
  g_mutex_lock (&self->returned_lock);
  returned = self->returned;
  g_queue_init (&self->returned);
  g_mutex_unlock (&self->returned_lock);
  while ((link = g_queue_pop_head_link (&returned)) != NULL)
    worker_returned (link->data);
  return G_SOURCE_CONTINUE;
}

static void
start_request (RedaksiServer *self,
               Request       *request)
{
  request->state = REQUEST_QUEUED;
  if (request->large)
    self->large_running++;
  g_thread_pool_push (self->pool, request, NULL);
}

/* Past the timeout the client gets 503 at once and the analysis is
 * cancelled; its late answer, if any, is dropped. */
static void
request_timed_out (gpointer data)
{
  answer_early (data, SOUP_STATUS_SERVICE_UNAVAILABLE, "timeout",
                _("the analysis took longer than the server’s timeout"));
}

static void
request_disconnected (SoupServerMessage *msg,
                      Request           *request)
{
  request->disconnected = TRUE;
  answer_early (request, SOUP_STATUS_SERVICE_UNAVAILABLE, "cancelled", _("the client went away"));
}

/* libsoup reads nothing from a paused message's connection, so it would
 * not see the client leave: the socket is watched meanwhile, for its
 * end only. Bytes still waiting behind the end are a pipelined request,
 * which libsoup reads after this answer. */
static void
request_peer_event (gpointer  data,
                    PeerState state)
{
  if (state == PEER_GONE)
    answer_early (data, SOUP_STATUS_SERVICE_UNAVAILABLE, "cancelled", _("the client went away"));
}

static void
dispatch (RedaksiServer *self,
          Request       *request)
{
  GSocket *socket = soup_server_message_get_socket (request->msg);
  gsize size = request->body != NULL ? g_bytes_get_size (request->body)
             : strlen (request->text != NULL ? request->text : request->data);

  request->server = self;
  request->cancellable = g_cancellable_new ();
  request->large = size > LARGE_BODY;
  g_hash_table_add (self->requests, request);
  request->disconnected_id = g_signal_connect (request->msg, "disconnected",
                                               G_CALLBACK (request_disconnected), request);
  if (self->options.timeout > 0)
    expiry_start (&self->timeouts, &request->timeout, request);
  if (socket != NULL)
    {
      /* A connection with a request in flight is not idle, even when
       * libsoup read the request before the idle watch began. */
      g_hash_table_remove (self->idle, socket);
      watch_peer (self, &request->peer_watch, socket, EPOLLRDHUP, request_peer_event, request);
    }
  self->inflight++;
  soup_server_message_pause (request->msg);
  request->state = REQUEST_WAITING;
  if (request->large)
    g_queue_push_tail (&self->large_waiting, request);
  start_waiting_large (self);
  if (!request->large)
    start_request (self, request);
}

/* ------------------------------------------------------------------ */
/* Handlers                                                            */

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

/* LanguageTool answers in the language it checks: `language=id` is
 * Indonesian, `auto` leaves it to Accept-Language. A `lang` field, as
 * on /v1, outranks both. */
static MessageLanguage
lt_language (SoupServerMessage *msg,
             GHashTable        *query,
             GHashTable        *form)
{
  MessageLanguage language = message_language (g_hash_table_lookup (form, "lang"));
  const char *checked = g_hash_table_lookup (form, "language");
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  if (language == MESSAGES_DEFAULT && query != NULL)
    language = message_language (g_hash_table_lookup (query, "lang"));
  if (language == MESSAGES_DEFAULT && checked != NULL && g_ascii_strcasecmp (checked, "auto") != 0)
    language = message_language (checked);
  if (language == MESSAGES_DEFAULT)
    language = accepted_language (soup_message_headers_get_list (headers, "Accept-Language"));
  return language;
}

static void
handle_lt_check (RedaksiServer     *self,
                 SoupServerMessage *msg,
                 const Route       *route,
                 GHashTable        *query)
{
  g_autoptr(GHashTable) form = NULL;
  Request *request;
  locale_t locale;

  if (soup_server_message_get_method (msg) == SOUP_METHOD_POST
      && !has_content_type (msg, "application/x-www-form-urlencoded"))
    return set_error (msg, SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                      _("send the form as application/x-www-form-urlencoded"));
  form = lt_form (msg);
  /* handle_request goes back to the server's locale afterwards. */
  locale = messages_locale (self, lt_language (msg, query, form));
  use_messages_locale (locale);
  if (g_hash_table_lookup (form, "text") == NULL && g_hash_table_lookup (form, "data") == NULL)
    return set_error (msg, SOUP_STATUS_BAD_REQUEST, "missing-text",
                      _("the form has no “text” field and no “data” field"));
  if (g_hash_table_lookup (form, "text") != NULL && g_hash_table_lookup (form, "data") != NULL)
    return set_error (msg, SOUP_STATUS_BAD_REQUEST, "invalid-data",
                      _("send the form's “text” or its “data”, not both"));
  if (!is_indonesian (g_hash_table_lookup (form, "language")))
    return set_error (msg, SOUP_STATUS_BAD_REQUEST, "unsupported-language",
                      _("redaksi checks Indonesian only: send language=id"));
  request = g_new0 (Request, 1);
  request->msg = g_object_ref (msg);
  request->route = route;
  request->text = g_strdup (g_hash_table_lookup (form, "text"));
  request->data = g_strdup (g_hash_table_lookup (form, "data"));
  request->language = g_strdup (g_hash_table_lookup (form, "language"));
  request->locale = locale;
  dispatch (self, request);
}

static void
handle_analyze (RedaksiServer     *self,
                SoupServerMessage *msg,
                const Route       *route,
                MessageLanguage    language)
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
  request->locale = messages_locale (self, language);
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

/* @method is one of the route's, "GET, POST, OPTIONS". */
static gboolean
method_allowed (const Route *route,
                const char  *method)
{
  gsize length = strlen (method);

  if (length == 0)
    return FALSE;
  for (const char *p = route->allow; (p = strstr (p, method)) != NULL; p += length)
    if ((p == route->allow || p[-1] == ' ') && (p[length] == ',' || p[length] == '\0'))
      return TRUE;
  return FALSE;
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
  else if (self->inflight + self->abandoned >= self->options.max_inflight && route->kind != ROUTE_HEALTH)
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "1");
      set_error (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, "over-capacity", _("too many requests in flight; retry later"));
    }
  else
    return TRUE;
  return FALSE;
}

static void
handle_route (RedaksiServer     *self,
              SoupServerMessage *msg,
              const Route       *route,
              GHashTable        *query,
              MessageLanguage    language)
{
  switch (route->kind)
    {
    case ROUTE_HEALTH:
      handle_health (msg);
      break;
    case ROUTE_LT_LANGUAGES:
      handle_languages (msg);
      break;
    case ROUTE_LT_CHECK:
      handle_lt_check (self, msg, route, query);
      break;
    case ROUTE_ANALYZE:
    default:
      handle_analyze (self, msg, route, language);
      break;
    }
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
  MessageLanguage language;
  locale_t previous;

  add_cors_headers (self, msg, route);
  if (route == NULL && redaksi_static_handle (self->statics, msg, path))
    return;
  /* The errors answered here speak the request's language too. */
  language = request_language (msg, query);
  previous = use_messages_locale (messages_locale (self, language));
  if (check_request (self, msg, route))
    handle_route (self, msg, route, query, language);
  uselocale (previous);
}

/* ------------------------------------------------------------------ */
/* Checks made before the body is read                                 */

/* "name", "name:port" or "[v6]:port" → name */
static char *
host_name (const char *host)
{
  const char *end;

  if (host[0] == '[')
    {
      end = strchr (host, ']');
      return end != NULL ? g_strndup (host + 1, end - host - 1) : NULL;
    }
  end = strchr (host, ':');
  return g_strndup (host, end != NULL ? (gsize) (end - host) : strlen (host));
}

static gboolean
is_loopback_name (const char *name)
{
  g_autoptr(GInetAddress) address = NULL;

  if (g_ascii_strcasecmp (name, "localhost") == 0)
    return TRUE;
  address = g_inet_address_new_from_string (name);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

/* On loopback, a page elsewhere can reach the server under a name of its
 * own that it points at 127.0.0.1 (DNS rebinding): the server answers only
 * to loopback names and addresses. Bound elsewhere, the name is the
 * administrator's business. The port is not checked: it changes through
 * a tunnel or a port forward. */
static gboolean
host_allowed_uncached (RedaksiServer *self,
                       const char    *host)
{
  g_autofree char *name = host_name (host);

  return name != NULL && (is_loopback_name (name) || g_ascii_strcasecmp (name, self->address) == 0);
}

/* A client sends the same Host with every request: the last verdict is
 * kept, sparing a GInetAddress a request. */
static gboolean
host_allowed (RedaksiServer *self,
              const char    *host)
{
  if (!self->loopback || host == NULL)
    return TRUE;
  if (self->last_host == NULL || strcmp (host, self->last_host) != 0)
    {
      g_free (self->last_host);
      self->last_host = g_strdup (host);
      self->last_host_allowed = host_allowed_uncached (self, host);
    }
  return self->last_host_allowed;
}

/* Browsers say where a request comes from: only the --origin and the
 * server's own pages may make it work. Clients that are no browser send
 * no Origin. */
static gboolean
origin_allowed (RedaksiServer *self,
                const char    *origin,
                const char    *host)
{
  g_autofree char *own = NULL;

  if (origin == NULL)
    return TRUE;
  own = host != NULL ? g_strconcat ("http://", host, NULL) : NULL;
  return (self->origin != NULL && g_ascii_strcasecmp (origin, self->origin) == 0)
         || (own != NULL && g_ascii_strcasecmp (origin, own) == 0);
}

/* FALSE, with the error set, when the request may not be served. */
static gboolean
check_sender (RedaksiServer     *self,
              SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  const char *host = soup_message_headers_get_one (headers, "Host");

  if (!host_allowed (self, host))
    set_error (msg, SOUP_STATUS_FORBIDDEN, "forbidden-host",
               _("the server answers only to its own address (Host header)"));
  else if (!origin_allowed (self, soup_message_headers_get_one (headers, "Origin"), host))
    set_error (msg, SOUP_STATUS_FORBIDDEN, "forbidden-origin",
               _("requests from this origin are not allowed (see serve --origin)"));
  else
    return TRUE;
  return FALSE;
}

static void
refuse_body (RedaksiServer     *self,
             SoupServerMessage *msg)
{
  add_cors_headers (self, msg, find_route (g_uri_get_path (soup_server_message_get_uri (msg))));
  set_error (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "body-too-large",
             _("the request body is over the limit"));
  answer_now_and_close (msg);
}

/* A chunked body has no length to check beforehand: it is counted. */
static void
body_chunk_arrived (SoupServerMessage *msg,
                    GBytes            *chunk,
                    RedaksiServer     *self)
{
  if ((gsize) soup_server_message_get_request_body (msg)->length <= self->options.max_body)
    return;
  g_signal_handlers_disconnect_by_func (msg, body_chunk_arrived, self);
  refuse_body (self, msg);
}

/* Runs when the headers are in, before libsoup reads the body. */
static void
handle_early (SoupServer        *server,
              SoupServerMessage *msg,
              const char        *path,
              GHashTable        *query,
              gpointer           user_data)
{
  RedaksiServer *self = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);

  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH)
    {
      if ((gsize) soup_message_headers_get_content_length (headers) > self->options.max_body)
        return refuse_body (self, msg);
    }
  else
    g_signal_connect (msg, "got-chunk", G_CALLBACK (body_chunk_arrived), self);
  if (!check_sender (self, msg))
    add_cors_headers (self, msg, find_route (path));
}

/* ------------------------------------------------------------------ */
/* Access log and connections                                          */

static void
request_started (SoupServer        *server,
                 SoupServerMessage *msg,
                 gpointer           user_data)
{
  gint64 *started = g_new (gint64, 1);

  *started = g_get_monotonic_time ();
  g_object_set_data_full (G_OBJECT (msg), "redaksi-started", started, g_free);
  /* Asked now, while the client is surely there, libsoup keeps it for
   * the log line. */
  soup_server_message_get_remote_host (msg);
  connection_busy (user_data, msg);
}

static void
log_request (SoupServerMessage *msg,
             const char        *outcome)
{
  gint64 *started = g_object_get_data (G_OBJECT (msg), "redaksi-started");
  double ms = started != NULL ? (g_get_monotonic_time () - *started) / 1000.0 : 0;
  const char *remote = soup_server_message_get_remote_host (msg);

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
  connection_answered (user_data, msg);
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
start_listening (RedaksiServer  *self,
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
  self->loopback = g_inet_address_get_is_loopback (
    g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (address)));
  socket = g_socket_new (g_socket_address_get_family (address), G_SOCKET_TYPE_STREAM,
                         G_SOCKET_PROTOCOL_TCP, error);
  if (socket == NULL)
    return FALSE;
  g_socket_set_listen_backlog (socket, LISTEN_BACKLOG);
  return g_socket_bind (socket, address, TRUE, error)
         && g_socket_listen (socket, error)
         && soup_server_listen_socket (self->soup, socket, 0, error);
}

/* Large requests may take every worker but one. */
static void
size_pool (RedaksiServer *self)
{
  self->large_limit = MAX (self->options.jobs, 2) - 1;
  self->base_threads = MAX (self->options.jobs, self->large_limit + 1);
}

RedaksiServer *
redaksi_server_new (const RedaksiServerOptions  *options,
                    GError                     **error)
{
  g_autoptr(RedaksiServer) self = g_new0 (RedaksiServer, 1);

  self->peers_fd = -1;
  self->returned_fd = -1;
  g_mutex_init (&self->returned_lock);
  g_queue_init (&self->returned);
  self->options = *options;
  self->address = g_strdup (options->address);
  self->origin = g_strdup (options->origin);
  self->analyzer = g_object_ref (options->analyzer != NULL ? options->analyzer
                                                           : redaksi_analyzer_get_default ());
  self->statics = redaksi_static_new (options->web_root);
  make_locales (self);
  self->context = g_main_context_ref_thread_default ();
  self->requests = g_hash_table_new (NULL, NULL);
  self->idle = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) idle_connection_free);
  g_queue_init (&self->large_waiting);
  expiry_queue_init (&self->timeouts, (gint64) options->timeout * G_USEC_PER_SEC, request_timed_out);
  expiry_queue_init (&self->idle_timeouts, (gint64) IDLE_TIMEOUT_SECONDS * G_USEC_PER_SEC, idle_timed_out);
  size_pool (self);
  self->peers_fd = epoll_create1 (EPOLL_CLOEXEC);
  if (self->peers_fd < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "epoll: %s", g_strerror (errno));
      return NULL;
    }
  self->peers_id = g_unix_fd_add_full (G_PRIORITY_HIGH, self->peers_fd, G_IO_IN, peers_ready, self, NULL);
  self->returned_fd = eventfd (0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (self->returned_fd < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "eventfd: %s", g_strerror (errno));
      return NULL;
    }
  self->returned_id = g_unix_fd_add (self->returned_fd, G_IO_IN, requests_returned, self);
  self->soup = soup_server_new ("server-header", "redaksi/" PACKAGE_VERSION " ", NULL);
  self->pool = g_thread_pool_new (run_request, self, self->base_threads, FALSE, error);
  if (self->pool == NULL)
    return NULL;
  soup_server_add_early_handler (self->soup, NULL, handle_early, self, NULL);
  soup_server_add_handler (self->soup, NULL, handle_request, self, NULL);
  g_signal_connect (self->soup, "request-started", G_CALLBACK (request_started), self);
  g_signal_connect (self->soup, "request-finished", G_CALLBACK (request_finished), self);
  g_signal_connect (self->soup, "request-aborted", G_CALLBACK (request_aborted), self);
  if (!start_listening (self, error))
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

static void
answer_all (RedaksiServer *self)
{
  g_autoptr(GList) requests = g_hash_table_get_keys (self->requests);

  for (GList *l = requests; l != NULL; l = l->next)
    {
      Request *request = l->data;

      if (!request->answered)
        answer_early (request, SOUP_STATUS_SERVICE_UNAVAILABLE, "shutting-down",
                      _("the server is shutting down"));
    }
}

static gboolean
grace_over (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Cancels the requests in flight and waits for their workers, which hold
 * @self, for a bounded time: an analysis that ignores its cancellable
 * must not keep the server from stopping. Past that, @self is left to
 * the workers and the process is about to exit. */
void
redaksi_server_free (RedaksiServer *self)
{
  gboolean over = FALSE;
  guint grace_id;

  if (self->requests != NULL)
    answer_all (self);
  if (self->soup != NULL)
    soup_server_disconnect (self->soup);
  if (self->pool != NULL)
    g_thread_pool_free (g_steal_pointer (&self->pool), FALSE, FALSE);
  grace_id = g_timeout_add_seconds (SHUTDOWN_GRACE_SECONDS, grace_over, &over);
  while (self->requests != NULL && g_hash_table_size (self->requests) > 0 && !over)
    g_main_context_iteration (self->context, TRUE);
  if (!over)
    g_source_remove (grace_id);
  if (self->requests != NULL && g_hash_table_size (self->requests) > 0)
    {
      g_printerr ("redaksi serve: %u analyses still running at exit\n", g_hash_table_size (self->requests));
      return;
    }
  while (g_main_context_iteration (self->context, FALSE))
    ;
  g_clear_pointer (&self->idle, g_hash_table_unref);
  g_clear_pointer (&self->requests, g_hash_table_unref);
  expiry_queue_clear (&self->timeouts);
  expiry_queue_clear (&self->idle_timeouts);
  g_clear_handle_id (&self->peers_id, g_source_remove);
  if (self->peers_fd >= 0)
    close (self->peers_fd);
  g_clear_handle_id (&self->returned_id, g_source_remove);
  if (self->returned_fd >= 0)
    close (self->returned_fd);
  g_mutex_clear (&self->returned_lock);
  g_clear_object (&self->soup);
  g_clear_object (&self->analyzer);
  g_clear_pointer (&self->statics, redaksi_static_free);
  free_locales (self);
  g_main_context_unref (self->context);
  g_free (self->address);
  g_free (self->origin);
  g_free (self->last_host);
  g_free (self);
}
