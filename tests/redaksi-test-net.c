/* redaksi-test-net.c: a small network on loopback, with a resolver the
 * tests control
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "redaksi-test-net.h"

/* ---- the resolver ---- */

typedef struct
{
  char *first;
  char *later;
  guint lookups;
} Mapping;

#define TEST_TYPE_RESOLVER (test_resolver_get_type ())
G_DECLARE_FINAL_TYPE (TestResolver, test_resolver, TEST, RESOLVER, GResolver)

struct _TestResolver
{
  GResolver   parent_instance;
  GMutex      lock;
  GHashTable *names;   /* name → Mapping */
};

G_DEFINE_FINAL_TYPE (TestResolver, test_resolver, G_TYPE_RESOLVER)

static TestResolver *test_resolver;

static void
mapping_free (gpointer data)
{
  Mapping *mapping = data;

  g_free (mapping->first);
  g_free (mapping->later);
  g_free (mapping);
}

/* An IPv6-only lookup runs beside the IPv4 one and does not count as a
 * lookup of its own, so that "first" means the first connection. */
static GList *
answer (TestResolver             *self,
        const char               *name,
        GResolverNameLookupFlags  flags,
        GError                  **error)
{
  GSocketFamily family = G_SOCKET_FAMILY_INVALID;
  g_autoptr(GInetAddress) address = NULL;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);
  Mapping *mapping = g_hash_table_lookup (self->names, name);

  if (flags == G_RESOLVER_NAME_LOOKUP_FLAGS_IPV4_ONLY)
    family = G_SOCKET_FAMILY_IPV4;
  else if (flags == G_RESOLVER_NAME_LOOKUP_FLAGS_IPV6_ONLY)
    family = G_SOCKET_FAMILY_IPV6;
  if (mapping != NULL)
    {
      address = g_inet_address_new_from_string (mapping->lookups == 0 ? mapping->first : mapping->later);
      if (family != G_SOCKET_FAMILY_IPV6)
        mapping->lookups++;
    }
  if (address == NULL ||
      (family != G_SOCKET_FAMILY_INVALID && g_inet_address_get_family (address) != family))
    {
      g_set_error (error, G_RESOLVER_ERROR, G_RESOLVER_ERROR_NOT_FOUND, "%s: no such test host", name);
      return NULL;
    }
  return g_list_prepend (NULL, g_steal_pointer (&address));
}

static GList *
lookup_by_name_with_flags (GResolver                 *resolver,
                           const char                *name,
                           GResolverNameLookupFlags   flags,
                           GCancellable              *cancellable,
                           GError                   **error)
{
  return answer (TEST_RESOLVER (resolver), name, flags, error);
}

static GList *
lookup_by_name (GResolver     *resolver,
                const char    *name,
                GCancellable  *cancellable,
                GError       **error)
{
  return answer (TEST_RESOLVER (resolver), name, G_RESOLVER_NAME_LOOKUP_FLAGS_DEFAULT, error);
}

static void
lookup_by_name_with_flags_async (GResolver                *resolver,
                                 const char               *name,
                                 GResolverNameLookupFlags  flags,
                                 GCancellable             *cancellable,
                                 GAsyncReadyCallback       callback,
                                 gpointer                  user_data)
{
  g_autoptr(GTask) task = g_task_new (resolver, cancellable, callback, user_data);
  GError *error = NULL;
  GList *addresses = answer (TEST_RESOLVER (resolver), name, flags, &error);

  if (addresses == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, addresses, (GDestroyNotify) g_resolver_free_addresses);
}

static void
lookup_by_name_async (GResolver           *resolver,
                      const char          *name,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  lookup_by_name_with_flags_async (resolver, name, G_RESOLVER_NAME_LOOKUP_FLAGS_DEFAULT,
                                   cancellable, callback, user_data);
}

static GList *
lookup_by_name_finish (GResolver     *resolver,
                       GAsyncResult  *result,
                       GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
test_resolver_finalize (GObject *object)
{
  TestResolver *self = TEST_RESOLVER (object);

  g_hash_table_unref (self->names);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (test_resolver_parent_class)->finalize (object);
}

static void
test_resolver_class_init (TestResolverClass *klass)
{
  GResolverClass *resolver_class = G_RESOLVER_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = test_resolver_finalize;
  resolver_class->lookup_by_name = lookup_by_name;
  resolver_class->lookup_by_name_async = lookup_by_name_async;
  resolver_class->lookup_by_name_finish = lookup_by_name_finish;
  resolver_class->lookup_by_name_with_flags = lookup_by_name_with_flags;
  resolver_class->lookup_by_name_with_flags_async = lookup_by_name_with_flags_async;
  resolver_class->lookup_by_name_with_flags_finish = lookup_by_name_finish;
}

static void
test_resolver_init (TestResolver *self)
{
  g_mutex_init (&self->lock);
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, mapping_free);
}

void
redaksi_test_net_map (const char *name,
                      const char *first,
                      const char *later)
{
  Mapping *mapping = g_new0 (Mapping, 1);

  mapping->first = g_strdup (first);
  mapping->later = g_strdup (later);
  g_mutex_lock (&test_resolver->lock);
  g_hash_table_replace (test_resolver->names, g_strdup (name), mapping);
  g_mutex_unlock (&test_resolver->lock);
}

/* ---- the servers ---- */

typedef struct
{
  RedaksiTestNet  public;
  GThread        *thread;
  GMainContext   *context;
  GMainLoop      *loop;
  GSocketService *internal;
  GSocketService *trickle_body;
  GSocketService *trickle_head;
  SoupServer     *server;
  GMutex          lock;
  GCond           ready;
  gboolean        started;
} Net;

/* No Content-Length: the body ends when the connection closes. */
static const char internal_answer[] =
  "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n"
  REDAKSI_TEST_INTERNAL_WORDS;

/* Reads the request head first: closing with it unread would reset the
 * connection before the client reads the answer. */
static void
read_request_head (GSocketConnection *connection)
{
  GInputStream *in = g_io_stream_get_input_stream (G_IO_STREAM (connection));
  char head[8192];
  gsize length = 0;
  gssize n;

  g_socket_set_timeout (g_socket_connection_get_socket (connection), 5);
  while (length < sizeof head - 1
         && (n = g_input_stream_read (in, head + length, sizeof head - 1 - length, NULL, NULL)) > 0)
    {
      length += n;
      head[length] = '\0';
      if (strstr (head, "\r\n\r\n") != NULL)
        break;
    }
}

static gboolean
on_internal (GSocketService    *service,
             GSocketConnection *connection,
             GObject           *source,
             gpointer           user_data)
{
  Net *net = user_data;
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));

  g_atomic_int_inc (&net->public.internal_connections);
  read_request_head (connection);
  g_output_stream_write_all (out, internal_answer, strlen (internal_answer), NULL, NULL, NULL);
  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
  return TRUE;
}

typedef struct
{
  GSocketConnection *connection;
  const char        *text;
  gsize              sent;
} Trickle;

static gboolean
trickle_one (gpointer data)
{
  Trickle *trickle = data;
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (trickle->connection));
  char byte = trickle->text[trickle->sent++ % strlen (trickle->text)];

  return g_output_stream_write (out, &byte, 1, NULL, NULL) == 1 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Also when the server's context goes away with the trickle under way. */
static void
trickle_free (gpointer data)
{
  Trickle *trickle = data;

  g_object_unref (trickle->connection);
  g_free (trickle);
}

static void
start_trickle (GSocketConnection *connection,
               const char        *prefix,
               const char        *text)
{
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  Trickle *trickle = g_new0 (Trickle, 1);
  g_autoptr(GSource) source = g_timeout_source_new (500);

  g_output_stream_write_all (out, prefix, strlen (prefix), NULL, NULL, NULL);
  trickle->connection = g_object_ref (connection);
  trickle->text = text;
  g_source_set_callback (source, trickle_one, trickle, trickle_free);
  g_source_attach (source, g_main_context_get_thread_default ());
}

static gboolean
on_trickle_body (GSocketService    *service,
                 GSocketConnection *connection,
                 GObject           *source,
                 gpointer           user_data)
{
  start_trickle (connection, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n",
                 "kata ");
  return TRUE;
}

static gboolean
on_trickle_head (GSocketService    *service,
                 GSocketConnection *connection,
                 GObject           *source,
                 gpointer           user_data)
{
  start_trickle (connection, "HTTP/1.1 200 OK\r\nX-Padding: ", "a");
  return TRUE;
}

static void
set_big_body (SoupServerMessage *msg,
              gboolean           chunked)
{
  SoupMessageBody *body = soup_server_message_get_response_body (msg);
  g_autofree char *block = g_malloc (1024);

  memset (block, 'a', 1023);
  block[1023] = ' ';
  soup_server_message_set_status (msg, 200, NULL);
  if (chunked)
    soup_message_headers_set_encoding (soup_server_message_get_response_headers (msg),
                                       SOUP_ENCODING_CHUNKED);
  soup_message_headers_set_content_type (soup_server_message_get_response_headers (msg),
                                         "text/plain", NULL);
  for (guint i = 0; i < 64; i++)
    soup_message_body_append (body, SOUP_MEMORY_COPY, block, 1024);
  soup_message_body_complete (body);
}

static void
on_public (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  Net *net = user_data;
  g_autofree char *internal = g_strdup_printf ("http://internal.test:%u/rahasia", net->public.port);
  g_autofree char *literal = g_strdup_printf ("http://127.0.0.1:%u/rahasia", net->public.port);
  static const char words[] = "Kami menargetkan pertumbuhan ekonomi 10 persen tahun ini.";

  g_atomic_int_inc (&net->public.public_requests);
  if (g_str_equal (path, "/ok"))
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, words, strlen (words));
    }
  else if (g_str_equal (path, "/ke-internal"))
    soup_server_message_set_redirect (msg, 302, internal);
  else if (g_str_equal (path, "/ke-loopback"))
    soup_server_message_set_redirect (msg, 301, literal);
  else if (g_str_equal (path, "/putar"))
    {
      g_atomic_int_inc (&net->public.loop_requests);
      soup_server_message_set_redirect (msg, 302, "/putar");
    }
  else if (g_str_equal (path, "/besar"))
    set_big_body (msg, FALSE);
  else if (g_str_equal (path, "/besar-chunked"))
    set_big_body (msg, TRUE);
  else
    soup_server_message_set_status (msg, 404, NULL);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Connection", "close");
}

static GSocketService *
listen_on (const char *host,
           guint      *port,
           GCallback   handler,
           Net        *net)
{
  GSocketService *service = g_socket_service_new ();
  g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (host);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (inet, *port);
  g_autoptr(GSocketAddress) effective = NULL;
  g_autoptr(GError) error = NULL;

  g_socket_listener_add_address (G_SOCKET_LISTENER (service), address, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_TCP, NULL, &effective, &error);
  g_assert_no_error (error);
  *port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));
  g_signal_connect (service, "incoming", handler, net);
  g_socket_service_start (service);
  return service;
}

/* The public server takes the port the internal one got; FALSE when
 * another socket (a test running beside this one) already holds that
 * port on the public address. */
static gboolean
start_public (Net *net)
{
  g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (REDAKSI_TEST_PUBLIC_ADDRESS);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (inet, net->public.port);
  g_autoptr(GError) error = NULL;

  net->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (net->server, NULL, on_public, net, NULL);
  if (soup_server_listen (net->server, address, 0, &error))
    return TRUE;
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_ADDRESS_IN_USE);
  g_clear_object (&net->server);
  return FALSE;
}

/* The internal and public servers on one port: another free port when
 * the public address has the first one taken. */
static void
start_internal_and_public (Net *net)
{
  for (guint attempt = 0; attempt < 20; attempt++)
    {
      net->internal = listen_on ("127.0.0.1", &net->public.port, G_CALLBACK (on_internal), net);
      if (start_public (net))
        return;
      g_socket_service_stop (net->internal);
      g_socket_listener_close (G_SOCKET_LISTENER (net->internal));
      g_clear_object (&net->internal);
    }
  g_error ("no port free on both 127.0.0.1 and " REDAKSI_TEST_PUBLIC_ADDRESS);
}

static gpointer
serve (gpointer data)
{
  Net *net = data;

  g_main_context_push_thread_default (net->context);
  start_internal_and_public (net);
  net->trickle_body = listen_on (REDAKSI_TEST_PUBLIC_ADDRESS, &net->public.trickle_body_port,
                                 G_CALLBACK (on_trickle_body), net);
  net->trickle_head = listen_on (REDAKSI_TEST_PUBLIC_ADDRESS, &net->public.trickle_head_port,
                                 G_CALLBACK (on_trickle_head), net);
  g_mutex_lock (&net->lock);
  net->started = TRUE;
  g_cond_signal (&net->ready);
  g_mutex_unlock (&net->lock);
  g_main_loop_run (net->loop);
  g_clear_object (&net->server);
  g_socket_service_stop (net->internal);
  g_clear_object (&net->internal);
  g_socket_service_stop (net->trickle_body);
  g_clear_object (&net->trickle_body);
  g_socket_service_stop (net->trickle_head);
  g_clear_object (&net->trickle_head);
  g_main_context_pop_thread_default (net->context);
  return NULL;
}

RedaksiTestNet *
redaksi_test_net_start (void)
{
  Net *net = g_new0 (Net, 1);

  test_resolver = g_object_new (TEST_TYPE_RESOLVER, NULL);
  g_resolver_set_default (G_RESOLVER (test_resolver));
  redaksi_test_net_map ("public.test", REDAKSI_TEST_PUBLIC_ADDRESS, REDAKSI_TEST_PUBLIC_ADDRESS);
  redaksi_test_net_map ("internal.test", "127.0.0.1", "127.0.0.1");
  redaksi_test_net_map ("rebind.test", REDAKSI_TEST_PUBLIC_ADDRESS, "127.0.0.1");
  g_mutex_init (&net->lock);
  g_cond_init (&net->ready);
  net->context = g_main_context_new ();
  net->loop = g_main_loop_new (net->context, FALSE);
  net->thread = g_thread_new ("test-net", serve, net);
  g_mutex_lock (&net->lock);
  while (!net->started)
    g_cond_wait (&net->ready, &net->lock);
  g_mutex_unlock (&net->lock);
  return &net->public;
}

static gboolean
quit (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

void
redaksi_test_net_stop (RedaksiTestNet *public)
{
  Net *net = (Net *) public;

  g_main_context_invoke (net->context, quit, net->loop);
  g_thread_join (net->thread);
  g_main_loop_unref (net->loop);
  g_main_context_unref (net->context);
  g_mutex_clear (&net->lock);
  g_cond_clear (&net->ready);
  g_free (net);
  g_clear_object (&test_resolver);
}

void
redaksi_test_net_reset (RedaksiTestNet *net)
{
  g_atomic_int_set (&net->internal_connections, 0);
  g_atomic_int_set (&net->public_requests, 0);
  g_atomic_int_set (&net->loop_requests, 0);
  redaksi_test_net_map ("rebind.test", REDAKSI_TEST_PUBLIC_ADDRESS, "127.0.0.1");
}

char *
redaksi_test_net_url (RedaksiTestNet *net,
                      const char     *host,
                      const char     *path)
{
  return g_strdup_printf ("http://%s:%u%s", host, net->port, path);
}
