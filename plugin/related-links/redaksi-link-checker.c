/* redaksi-link-checker.c: are the related links still alive?
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "redaksi-fetch-private.h"
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
 * [property@Redaksi.LinkChecker:allow-private] is set. The address is
 * judged as the connection is made, so a host name that answers a public
 * address to one lookup and an internal one to the next gains nothing.
 * Each address has [property@Redaksi.LinkChecker:timeout] seconds in all,
 * however slowly the server answers.
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
   * Seconds the check of one address may take in all, redirects and the
   * `GET` after a refused `HEAD` included; also the longest the checker
   * waits for a silent server.
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

typedef struct _Run Run;

typedef struct
{
  Run              *run;
  RedaksiLinkCheck *check;
  GUri             *uri;      /* the current hop */
  char             *host;     /* the host counted against max-per-host */
  gint64            started;  /* monotonic µs: the time limit covers HEAD and GET */
  guint             redirects;
  gboolean          get;
} Job;

struct _Run
{
  GTask               *task;
  RedaksiFetchSession *session;
  GPtrArray           *results;   /* RedaksiLinkCheck, in the order given */
  GQueue               pending;   /* Job */
  GHashTable          *per_host;  /* host → requests under way */
  guint                active;
  guint                remaining;
  guint                max_connections;
  guint                max_per_host;
  guint                max_redirects;
  guint                timeout;
  gboolean             allow_private;
  gboolean             scheduling;
  gboolean             reschedule;
};

static void
job_free (Job *job)
{
  g_clear_object (&job->check);
  g_clear_pointer (&job->uri, g_uri_unref);
  g_free (job->host);
  g_free (job);
}

static void
run_free (gpointer data)
{
  Run *run = data;

  g_queue_clear_full (&run->pending, (GDestroyNotify) job_free);
  g_clear_pointer (&run->session, _redaksi_fetch_session_free);
  g_clear_pointer (&run->results, g_ptr_array_unref);
  g_clear_pointer (&run->per_host, g_hash_table_unref);
  g_free (run);
}

static void schedule (Run *run);
static void send_request (Job *job);

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

/* What the fetch policy's verdicts mean for a link. */
static void
finish_with_error (Job          *job,
                   guint         http_status,
                   const GError *error)
{
  RedaksiLinkCheckStatus status = REDAKSI_LINK_CHECK_FAILED;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    status = REDAKSI_LINK_CHECK_REFUSED;
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA))
    status = REDAKSI_LINK_CHECK_BROKEN;
  finish_job (job, status, http_status, error->message);
}

static gboolean
refuses_head (guint status)
{
  return status == 405 || status == 501 || status == 403 || status == 400;
}

static void
on_fetched (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Job *job = user_data;
  g_autoptr(RedaksiFetchResponse) response = _redaksi_fetch_finish (result);

  job->redirects += response->redirects;
  g_uri_unref (job->uri);
  job->uri = g_uri_ref (response->uri);
  if (response->error != NULL)
    finish_with_error (job, response->status, response->error);
  else if (!job->get && refuses_head (response->status))
    {
      job->get = TRUE;
      send_request (job);
    }
  else
    finish_job (job, REDAKSI_FETCH_STATUS_IS_SUCCESSFUL (response->status) ? REDAKSI_LINK_CHECK_OK
                                                                  : REDAKSI_LINK_CHECK_BROKEN,
                response->status, NULL);
}

/* HEAD first, GET from where HEAD ended; both share the redirect budget
 * and the time limit. Only the status matters: no body is read. */
static void
send_request (Job *job)
{
  Run *run = job->run;
  gint64 elapsed_ms = (g_get_monotonic_time () - job->started) / 1000;
  RedaksiFetchPolicy policy = {
    .allow_private = run->allow_private,
    .max_redirects = run->max_redirects - job->redirects,
    .timeout_ms = (guint) MAX ((gint64) run->timeout * 1000 - elapsed_ms, 1),
    .max_bytes = 0,
  };

  _redaksi_fetch_async (run->session, &policy, job->get ? "GET" : "HEAD", job->uri,
                        g_task_get_cancellable (run->task), on_fetched, job);
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
  job->started = g_get_monotonic_time ();
  send_request (job);
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
  run->session = _redaksi_fetch_session_new (self->max_connections, self->max_per_host, self->timeout);
  run->results = g_ptr_array_new_with_free_func (g_object_unref);
  run->per_host = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run->max_connections = self->max_connections;
  run->max_per_host = self->max_per_host;
  run->max_redirects = self->max_redirects;
  run->timeout = self->timeout;
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
  job->uri = g_uri_parse (url, REDAKSI_FETCH_URI_FLAGS, NULL);
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
  JsonArray *array;
  JsonNode *node;

  g_return_val_if_fail (results != NULL, NULL);

  array = json_array_sized_new (results->len);
  for (guint i = 0; i < results->len; i++)
    json_array_add_element (array, redaksi_result_to_json (g_ptr_array_index (results, i)));
  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, array);
  return node;
}
