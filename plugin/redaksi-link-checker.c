/* redaksi-link-checker.c: are the related links still alive?
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "redaksi-link-check-private.h"
#include "redaksi-link-checker.h"
#include "redaksi-result.h"

/**
 * RedaksiLinkChecker:
 *
 * Checks web addresses (the links of related-article inserts) with
 * libsoup: a `HEAD` request, then `GET` when the server refuses `HEAD`;
 * redirects followed up to [property@Redaksi.LinkChecker:max-redirects];
 * at most [property@Redaksi.LinkChecker:max-connections] requests at
 * once and [property@Redaksi.LinkChecker:max-per-host] per host.
 *
 * So that an article cannot turn the checker against the newsroom's own
 * network, it refuses addresses that are not HTTP(S) and hosts that are
 * or resolve to loopback, private, link-local, unique-local or
 * unspecified addresses, at every redirect, unless
 * [property@Redaksi.LinkChecker:allow-private] is set.
 */

struct _RedaksiLinkChecker
{
  GObject  parent_instance;

  guint    max_connections;
  guint    max_per_host;
  guint    timeout;
  guint    max_redirects;
  gboolean allow_private;
};

G_DEFINE_FINAL_TYPE (RedaksiLinkChecker, redaksi_link_checker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MAX_CONNECTIONS,
  PROP_MAX_PER_HOST,
  PROP_TIMEOUT,
  PROP_MAX_REDIRECTS,
  PROP_ALLOW_PRIVATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint *
field_of (RedaksiLinkChecker *self,
          guint               prop_id)
{
  switch (prop_id)
    {
    case PROP_MAX_CONNECTIONS:
      return &self->max_connections;
    case PROP_MAX_PER_HOST:
      return &self->max_per_host;
    case PROP_TIMEOUT:
      return &self->timeout;
    case PROP_MAX_REDIRECTS:
      return &self->max_redirects;
    default:
      return NULL;
    }
}

static void
redaksi_link_checker_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RedaksiLinkChecker *self = REDAKSI_LINK_CHECKER (object);

  if (prop_id == PROP_ALLOW_PRIVATE)
    g_value_set_boolean (value, self->allow_private);
  else if (field_of (self, prop_id) != NULL)
    g_value_set_uint (value, *field_of (self, prop_id));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
redaksi_link_checker_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RedaksiLinkChecker *self = REDAKSI_LINK_CHECKER (object);

  if (prop_id == PROP_ALLOW_PRIVATE)
    redaksi_link_checker_set_allow_private (self, g_value_get_boolean (value));
  else if (field_of (self, prop_id) != NULL)
    *field_of (self, prop_id) = g_value_get_uint (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static GParamSpec *
uint_property (const char *name,
               guint       minimum,
               guint       maximum,
               guint       value)
{
  return g_param_spec_uint (name, NULL, NULL, minimum, maximum, value,
                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
}

static void
redaksi_link_checker_class_init (RedaksiLinkCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = redaksi_link_checker_get_property;
  object_class->set_property = redaksi_link_checker_set_property;

  /**
   * RedaksiLinkChecker:max-connections:
   *
   * How many requests may be under way at once.
   */
  properties[PROP_MAX_CONNECTIONS] = uint_property ("max-connections", 1, 256, 8);
  /**
   * RedaksiLinkChecker:max-per-host:
   *
   * How many requests may be under way at once to one host.
   */
  properties[PROP_MAX_PER_HOST] = uint_property ("max-per-host", 1, 64, 2);
  /**
   * RedaksiLinkChecker:timeout:
   *
   * Seconds a request may wait for the server before it fails.
   */
  properties[PROP_TIMEOUT] = uint_property ("timeout", 1, 600, 10);
  /**
   * RedaksiLinkChecker:max-redirects:
   *
   * How many redirects are followed before the check fails.
   */
  properties[PROP_MAX_REDIRECTS] = uint_property ("max-redirects", 0, 50, 5);
  /**
   * RedaksiLinkChecker:allow-private:
   *
   * Whether loopback, private and link-local addresses may be checked
   * (for tests, or a checker inside the newsroom's network on purpose).
   */
  properties[PROP_ALLOW_PRIVATE] =
    g_param_spec_boolean ("allow-private", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
redaksi_link_checker_init (RedaksiLinkChecker *self)
{
}

/**
 * redaksi_link_checker_new:
 *
 * Creates a link checker that refuses loopback, private and link-local addresses.
 *
 * Returns: (transfer full): a checker with the default limits
 */
RedaksiLinkChecker *
redaksi_link_checker_new (void)
{
  return g_object_new (REDAKSI_TYPE_LINK_CHECKER, NULL);
}

/**
 * redaksi_link_checker_set_allow_private:
 * @self: a #RedaksiLinkChecker
 * @allow_private: whether private addresses may be checked
 *
 * Sets [property@Redaksi.LinkChecker:allow-private]. Checks already
 * started keep the setting they started with.
 */
void
redaksi_link_checker_set_allow_private (RedaksiLinkChecker *self,
                                        gboolean            allow_private)
{
  g_return_if_fail (REDAKSI_IS_LINK_CHECKER (self));

  allow_private = !!allow_private;
  if (self->allow_private == allow_private)
    return;
  self->allow_private = allow_private;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOW_PRIVATE]);
}

/**
 * redaksi_link_checker_get_allow_private:
 * @self: a #RedaksiLinkChecker
 *
 * Whether the checker may reach loopback and private addresses.
 *
 * Returns: whether private addresses may be checked
 */
gboolean
redaksi_link_checker_get_allow_private (RedaksiLinkChecker *self)
{
  g_return_val_if_fail (REDAKSI_IS_LINK_CHECKER (self), FALSE);
  return self->allow_private;
}

/* IPv4 ranges GInetAddress has no predicate for: 0.0.0.0/8 and the
 * carrier-grade NAT range 100.64.0.0/10. */
static gboolean
is_reserved_ipv4 (const guint8 *bytes)
{
  return bytes[0] == 0 || (bytes[0] == 100 && (bytes[1] & 0xc0) == 64);
}

static gboolean
is_forbidden_address (GInetAddress *address)
{
  const guint8 *bytes = g_inet_address_to_bytes (address);

  if (g_inet_address_get_is_loopback (address) || g_inet_address_get_is_link_local (address) ||
      g_inet_address_get_is_site_local (address) || g_inet_address_get_is_any (address) ||
      g_inet_address_get_is_multicast (address))
    return TRUE;
  if (g_inet_address_get_family (address) == G_SOCKET_FAMILY_IPV4)
    return is_reserved_ipv4 (bytes);
  /* fc00::/7 unique-local; ::ffff:a.b.c.d carries an IPv4 address. */
  if ((bytes[0] & 0xfe) == 0xfc)
    return TRUE;
  if (bytes[10] == 0xff && bytes[11] == 0xff && memcmp (bytes, "\0\0\0\0\0\0\0\0\0\0", 10) == 0)
    {
      g_autoptr(GInetAddress) v4 = g_inet_address_new_from_bytes (bytes + 12, G_SOCKET_FAMILY_IPV4);

      return is_forbidden_address (v4);
    }
  return FALSE;
}

typedef struct _Run Run;

typedef struct
{
  Run              *run;
  RedaksiLinkCheck *check;
  GUri             *uri;
  char             *host;     /* the host counted against max-per-host */
  SoupMessage      *message;
  guint             redirects;
  gboolean          get;
} Job;

struct _Run
{
  GTask       *task;
  SoupSession *session;
  GResolver   *resolver;
  GPtrArray   *results;   /* RedaksiLinkCheck, in the order given */
  GQueue       pending;   /* Job */
  GHashTable  *per_host;  /* host → requests under way */
  guint        active;
  guint        remaining;
  guint        max_connections;
  guint        max_per_host;
  guint        max_redirects;
  gboolean     allow_private;
  gboolean     scheduling;
  gboolean     reschedule;
};

static void
job_free (Job *job)
{
  g_clear_object (&job->check);
  g_clear_pointer (&job->uri, g_uri_unref);
  g_clear_object (&job->message);
  g_free (job->host);
  g_free (job);
}

static void
run_free (gpointer data)
{
  Run *run = data;

  g_queue_clear_full (&run->pending, (GDestroyNotify) job_free);
  g_clear_object (&run->session);
  g_clear_object (&run->resolver);
  g_clear_pointer (&run->results, g_ptr_array_unref);
  g_clear_pointer (&run->per_host, g_hash_table_unref);
  g_free (run);
}

static void schedule (Run *run);
static void start_hop (Job *job);

static guint
host_load (Run        *run,
           const char *host)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (run->per_host, host));
}

static void
finish_job (Job                    *job,
            RedaksiLinkCheckStatus  status,
            guint                   http_status,
            const char             *message)
{
  Run *run = job->run;
  g_autofree char *final_url = NULL;
  GTask *task = run->task;

  if (http_status != 0 && job->uri != NULL)
    final_url = g_uri_to_string (job->uri);
  _redaksi_link_check_finish (job->check, status, http_status, final_url, job->redirects, message);
  if (job->host != NULL)
    {
      g_hash_table_insert (run->per_host, g_strdup (job->host),
                           GUINT_TO_POINTER (host_load (run, job->host) - 1));
      run->active--;
    }
  job_free (job);
  if (--run->remaining == 0)
    g_task_return_pointer (task, g_ptr_array_ref (run->results), (GDestroyNotify) g_ptr_array_unref);
  else
    schedule (run);
  g_object_unref (task);
}

static gboolean
is_redirect (guint status)
{
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

/* Follows a redirect: the next hop is checked like the first one. */
static void
follow_redirect (Job *job)
{
  const char *location = soup_message_headers_get_one (
    soup_message_get_response_headers (job->message), "Location");
  GUri *next;

  if (location == NULL ||
      (next = g_uri_parse_relative (job->uri, location, SOUP_HTTP_URI_FLAGS, NULL)) == NULL)
    {
      finish_job (job, REDAKSI_LINK_CHECK_BROKEN, soup_message_get_status (job->message),
                  _("The redirect has no usable Location"));
      return;
    }
  if (++job->redirects > job->run->max_redirects)
    {
      g_uri_unref (next);
      finish_job (job, REDAKSI_LINK_CHECK_FAILED, soup_message_get_status (job->message),
                  _("Too many redirects"));
      return;
    }
  g_uri_unref (job->uri);
  job->uri = next;
  start_hop (job);
}

static void
on_sent (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Job *job = user_data;
  g_autoptr(GInputStream) body = NULL;
  g_autoptr(GError) error = NULL;
  guint status;

  body = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (body == NULL)
    {
      finish_job (job, REDAKSI_LINK_CHECK_FAILED, 0, error->message);
      return;
    }
  /* Only the status matters; the body is never read. */
  g_input_stream_close (body, NULL, NULL);
  status = soup_message_get_status (job->message);
  if (is_redirect (status))
    follow_redirect (job);
  else if (!job->get && (status == 405 || status == 501 || status == 403 || status == 400))
    {
      job->get = TRUE;
      start_hop (job);
    }
  else
    finish_job (job, status >= 200 && status < 300 ? REDAKSI_LINK_CHECK_OK
                                                   : REDAKSI_LINK_CHECK_BROKEN,
                status, NULL);
}

static void
send_request (Job *job)
{
  Run *run = job->run;

  g_clear_object (&job->message);
  job->message = soup_message_new_from_uri (job->get ? "GET" : "HEAD", job->uri);
  /* Redirects are followed here, so each hop passes the address check. */
  soup_message_add_flags (job->message, SOUP_MESSAGE_NO_REDIRECT);
  soup_session_send_async (run->session, job->message, G_PRIORITY_DEFAULT,
                           g_task_get_cancellable (run->task), on_sent, job);
}

static void
on_resolved (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Job *job = user_data;
  g_autoptr(GError) error = NULL;
  GList *addresses = g_resolver_lookup_by_name_finish (G_RESOLVER (source), result, &error);
  gboolean forbidden = FALSE;

  if (addresses == NULL)
    {
      finish_job (job, REDAKSI_LINK_CHECK_FAILED, 0, error->message);
      return;
    }
  for (GList *l = addresses; l != NULL; l = l->next)
    forbidden |= is_forbidden_address (l->data);
  g_resolver_free_addresses (addresses);
  if (forbidden && !job->run->allow_private)
    finish_job (job, REDAKSI_LINK_CHECK_REFUSED, 0,
                _("The host resolves to a loopback, private or link-local address"));
  else
    send_request (job);
}

/* Checks the scheme and the host of the current hop, then sends. */
static void
start_hop (Job *job)
{
  const char *scheme = g_uri_get_scheme (job->uri);
  const char *host = g_uri_get_host (job->uri);
  g_autoptr(GInetAddress) address = NULL;

  if (scheme == NULL || host == NULL || *host == '\0' ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
    {
      finish_job (job, REDAKSI_LINK_CHECK_REFUSED, 0, _("Only http and https addresses are checked"));
      return;
    }
  address = g_inet_address_new_from_string (host);
  if (address == NULL)
    {
      g_resolver_lookup_by_name_async (job->run->resolver, host,
                                       g_task_get_cancellable (job->run->task), on_resolved, job);
      return;
    }
  if (is_forbidden_address (address) && !job->run->allow_private)
    finish_job (job, REDAKSI_LINK_CHECK_REFUSED, 0,
                _("The address is loopback, private or link-local"));
  else
    send_request (job);
}

static void
start_job (Job *job)
{
  Run *run = job->run;

  g_object_ref (run->task);
  if (job->uri == NULL)
    {
      finish_job (job, REDAKSI_LINK_CHECK_REFUSED, 0, _("Not a web address"));
      return;
    }
  job->host = g_strdup (g_uri_get_host (job->uri) != NULL ? g_uri_get_host (job->uri) : "");
  g_hash_table_insert (run->per_host, g_strdup (job->host),
                       GUINT_TO_POINTER (host_load (run, job->host) + 1));
  run->active++;
  start_hop (job);
}

static void
schedule_pass (Run *run)
{
  GList *l = run->pending.head;

  while (l != NULL && run->active < run->max_connections)
    {
      GList *next = l->next;
      Job *job = l->data;
      const char *host = job->uri != NULL ? g_uri_get_host (job->uri) : NULL;

      if (host == NULL || host_load (run, host) < run->max_per_host)
        {
          g_queue_delete_link (&run->pending, l);
          start_job (job);
        }
      l = next;
    }
}

/* Starts every pending job the limits allow, oldest first. A job that
 * ends at once (a refused address) asks for another pass instead of
 * walking the queue from inside this walk. */
static void
schedule (Run *run)
{
  GTask *task = run->task;

  if (run->scheduling)
    {
      run->reschedule = TRUE;
      return;
    }
  /* The last job may return the task and drop the run under our feet. */
  g_object_ref (task);
  run->scheduling = TRUE;
  do
    {
      run->reschedule = FALSE;
      schedule_pass (run);
    }
  while (run->reschedule);
  run->scheduling = FALSE;
  g_object_unref (task);
}

static Run *
run_new (RedaksiLinkChecker *self,
         GTask              *task)
{
  Run *run = g_new0 (Run, 1);

  run->task = task;
  run->session = soup_session_new_with_options ("max-conns", self->max_connections,
                                                 "max-conns-per-host", self->max_per_host,
                                                 "timeout", self->timeout,
                                                 "user-agent", "redaksi/" PACKAGE_VERSION " ",
                                                 NULL);
  run->resolver = g_resolver_get_default ();
  run->results = g_ptr_array_new_with_free_func (g_object_unref);
  run->per_host = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run->max_connections = self->max_connections;
  run->max_per_host = self->max_per_host;
  run->max_redirects = self->max_redirects;
  run->allow_private = self->allow_private;
  g_queue_init (&run->pending);
  return run;
}

static void
add_job (Run        *run,
         const char *url)
{
  Job *job = g_new0 (Job, 1);

  job->run = run;
  job->check = _redaksi_link_check_new (url);
  job->uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);
  g_ptr_array_add (run->results, g_object_ref (job->check));
  g_queue_push_tail (&run->pending, job);
  run->remaining++;
}

/**
 * redaksi_link_checker_check_async:
 * @self: a #RedaksiLinkChecker
 * @urls: (array zero-terminated=1): the addresses to check
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when every address is checked
 * @user_data: data for @callback
 *
 * Checks @urls in the thread-default main context.
 */
void
redaksi_link_checker_check_async (RedaksiLinkChecker  *self,
                                  const char * const  *urls,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GTask *task;
  Run *run;

  g_return_if_fail (REDAKSI_IS_LINK_CHECKER (self));
  g_return_if_fail (urls != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, redaksi_link_checker_check_async);
  run = run_new (self, task);
  g_task_set_task_data (task, run, run_free);
  for (guint i = 0; urls[i] != NULL; i++)
    add_job (run, urls[i]);
  if (run->remaining == 0)
    g_task_return_pointer (task, g_ptr_array_ref (run->results), (GDestroyNotify) g_ptr_array_unref);
  else
    schedule (run);
  g_object_unref (task);
}

/**
 * redaksi_link_checker_check_finish:
 * @self: a #RedaksiLinkChecker
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes a check started with redaksi_link_checker_check_async().
 *
 * Returns: (transfer container) (element-type Redaksi.LinkCheck): one
 *   result per address, in the order given, or %NULL with @error set
 */
GPtrArray *
redaksi_link_checker_check_finish (RedaksiLinkChecker  *self,
                                   GAsyncResult        *result,
                                   GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/**
 * redaksi_link_checker_check:
 * @self: a #RedaksiLinkChecker
 * @urls: (array zero-terminated=1): the addresses to check
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Checks @urls and waits for the results, running a main context of its
 * own meanwhile.
 *
 * Returns: (transfer container) (element-type Redaksi.LinkCheck): one
 *   result per address, in the order given, or %NULL with @error set
 */
GPtrArray *
redaksi_link_checker_check (RedaksiLinkChecker  *self,
                            const char * const  *urls,
                            GCancellable        *cancellable,
                            GError             **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GAsyncResult) result = NULL;

  g_return_val_if_fail (REDAKSI_IS_LINK_CHECKER (self), NULL);
  g_return_val_if_fail (urls != NULL, NULL);

  g_main_context_push_thread_default (context);
  redaksi_link_checker_check_async (self, urls, cancellable, on_checked, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);
  g_main_context_pop_thread_default (context);
  return redaksi_link_checker_check_finish (self, result, error);
}

/**
 * redaksi_link_checker_results_to_json:
 * @results: (element-type Redaksi.LinkCheck): results of a check
 *
 * Serialises link check results for the `--report` JSON.
 *
 * Returns: (transfer full): the results as a JSON array of objects with
 *   `url`, `result` (`ok`, `broken`, `failed`, `refused`), `status`,
 *   `final_url`, `redirects` and `message`
 */
JsonNode *
redaksi_link_checker_results_to_json (GPtrArray *results)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (results != NULL, NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < results->len; i++)
    redaksi_result_serialize (g_ptr_array_index (results, i), builder);
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}
