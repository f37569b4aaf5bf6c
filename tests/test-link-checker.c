/* test-link-checker.c: the link checker against an in-process SoupServer
 * on 127.0.0.1, with the loopback switch on and off
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "redaksi-fetch-private.h"
#include "redaksi-test-net.h"
#include "redaksi-test-util.h"

static RedaksiTestNet *net;

typedef struct
{
  SoupServer *server;
  char       *base;       /* http://127.0.0.1:PORT */
  char       *named;      /* http://localhost:PORT */
  guint       in_flight;
  guint       max_in_flight;
} Fixture;

static gboolean
finish_slow (gpointer data)
{
  SoupServerMessage *msg = data;
  Fixture *fixture = g_object_get_data (G_OBJECT (msg), "fixture");

  fixture->in_flight--;
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_unpause (msg);
  g_object_unref (msg);
  return G_SOURCE_REMOVE;
}

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  Fixture *fixture = user_data;
  const char *method = soup_server_message_get_method (msg);
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  if (g_str_equal (path, "/ok"))
    soup_server_message_set_status (msg, 200, NULL);
  else if (g_str_equal (path, "/nohead"))
    soup_server_message_set_status (msg, g_str_equal (method, "HEAD") ? 405 : 200, NULL);
  else if (g_str_equal (path, "/redirect"))
    soup_server_message_set_redirect (msg, 302, "/ok");
  else if (g_str_equal (path, "/loop"))
    soup_server_message_set_redirect (msg, 302, "/loop");
  else if (g_str_equal (path, "/hang"))
    {
      /* Never answered; the fixture's server goes away with it. */
      soup_server_message_pause (msg);
      return;
    }
  else if (g_str_equal (path, "/slow"))
    {
      fixture->in_flight++;
      fixture->max_in_flight = MAX (fixture->max_in_flight, fixture->in_flight);
      g_object_set_data (G_OBJECT (msg), "fixture", fixture);
      soup_server_message_pause (msg);
      g_timeout_add (30, finish_slow, g_object_ref (msg));
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
  soup_message_headers_replace (headers, "Connection", "close");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, NULL, handle, fixture, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (fixture->server);
  fixture->base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  fixture->named = g_strdup_printf ("http://localhost:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->server);
  g_free (fixture->base);
  g_free (fixture->named);
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = redaksi_link_checker_check_finish (REDAKSI_LINK_CHECKER (source), result, &error);
  g_assert_no_error (error);
}

/* The server runs in this thread's main context, so the asynchronous
 * form is the one to use here. */
static GPtrArray *
check (RedaksiLinkChecker *checker,
       GPtrArray          *urls)
{
  GPtrArray *results = NULL;

  g_ptr_array_add (urls, NULL);
  redaksi_link_checker_check_async (checker, (const char * const *) urls->pdata, NULL,
                                    on_checked, &results);
  while (results == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (results->len, ==, urls->len - 1);
  return results;
}

static GPtrArray *
urls_on (const char *base,
         ...)
{
  GPtrArray *urls = g_ptr_array_new_with_free_func (g_free);
  va_list args;

  va_start (args, base);
  for (const char *path = va_arg (args, const char *); path != NULL; path = va_arg (args, const char *))
    g_ptr_array_add (urls, g_strconcat (base, path, NULL));
  va_end (args);
  return urls;
}

static void
assert_check (GPtrArray              *results,
              guint                   index,
              RedaksiLinkCheckStatus  status,
              guint                   http_status,
              const char             *final_suffix)
{
  RedaksiLinkCheck *check = g_ptr_array_index (results, index);

  g_assert_cmpint (redaksi_link_check_get_status (check), ==, status);
  g_assert_cmpuint (redaksi_link_check_get_http_status (check), ==, http_status);
  if (final_suffix != NULL)
    g_assert_true (g_str_has_suffix (redaksi_link_check_get_final_url (check), final_suffix));
}

static void
test_statuses (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(RedaksiLinkChecker) checker = redaksi_link_checker_new ();
  g_autoptr(GPtrArray) urls = urls_on (fixture->base, "/ok", "/nohead", "/redirect", "/loop",
                                       "/missing", NULL);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(JsonNode) json = NULL;

  redaksi_link_checker_set_allow_private (checker, TRUE);
  results = check (checker, urls);
  assert_check (results, 0, REDAKSI_LINK_CHECK_OK, 200, "/ok");
  assert_check (results, 1, REDAKSI_LINK_CHECK_OK, 200, "/nohead");
  assert_check (results, 2, REDAKSI_LINK_CHECK_OK, 200, "/ok");
  g_assert_cmpuint (redaksi_link_check_get_redirects (g_ptr_array_index (results, 2)), ==, 1);
  assert_check (results, 3, REDAKSI_LINK_CHECK_FAILED, 302, "/loop");
  assert_check (results, 4, REDAKSI_LINK_CHECK_BROKEN, 404, "/missing");
  json = redaksi_link_checker_results_to_json (results);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json)), ==, 5);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(RedaksiLinkChecker) checker = redaksi_link_checker_new ();
  g_autoptr(GPtrArray) urls = urls_on ("", "ftp://example.com/berita", "http://10.1.2.3/a",
                                       "http://192.168.1.1/", "http://[::1]/", "http://169.254.169.254/latest",
                                       "http://[::ffff:127.0.0.1]/", "http://[fd00::1]/", "bukan alamat",
                                       NULL);
  g_autoptr(GPtrArray) results = NULL;

  g_ptr_array_add (urls, g_strconcat (fixture->base, "/ok", NULL));
  g_ptr_array_add (urls, g_strconcat (fixture->named, "/ok", NULL));
  results = check (checker, urls);
  for (guint i = 0; i < results->len; i++)
    {
      RedaksiLinkCheck *result = g_ptr_array_index (results, i);

      g_test_message ("%s: %s", redaksi_link_check_get_url (result),
                      redaksi_link_check_get_message (result));
      g_assert_cmpint (redaksi_link_check_get_status (result), ==, REDAKSI_LINK_CHECK_REFUSED);
    }
}

static void
test_concurrency (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RedaksiLinkChecker) checker =
    g_object_new (REDAKSI_TYPE_LINK_CHECKER, "max-connections", 3, "max-per-host", 2,
                  "allow-private", TRUE, NULL);
  g_autoptr(GPtrArray) urls = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) results = NULL;

  for (guint i = 0; i < 6; i++)
    {
      g_ptr_array_add (urls, g_strdup_printf ("%s/slow?a=%u", fixture->base, i));
      g_ptr_array_add (urls, g_strdup_printf ("%s/slow?b=%u", fixture->named, i));
    }
  results = check (checker, urls);
  for (guint i = 0; i < results->len; i++)
    assert_check (results, i, REDAKSI_LINK_CHECK_OK, 200, NULL);
  g_test_message ("most requests at once: %u", fixture->max_in_flight);
  g_assert_cmpuint (fixture->max_in_flight, <=, 3);
  g_assert_cmpuint (fixture->max_in_flight, >=, 2);
}

static void
test_timeout (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(RedaksiLinkChecker) checker =
    g_object_new (REDAKSI_TYPE_LINK_CHECKER, "timeout", 1, "allow-private", TRUE, NULL);
  g_autoptr(GPtrArray) urls = urls_on (fixture->base, "/hang", "/ok", NULL);
  g_autoptr(GPtrArray) results = NULL;
  gint64 start = g_get_monotonic_time ();

  results = check (checker, urls);
  assert_check (results, 0, REDAKSI_LINK_CHECK_FAILED, 0, NULL);
  assert_check (results, 1, REDAKSI_LINK_CHECK_OK, 200, "/ok");
  g_test_message ("%s after %.2f s", redaksi_link_check_get_message (g_ptr_array_index (results, 0)),
                  (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

/* Drains what the checks left for this context, so that a connection
 * the internal server accepted has been counted. */
static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GPtrArray *
check_one (RedaksiLinkChecker *checker,
           char               *url)
{
  g_autoptr(GPtrArray) urls = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (urls, url);
  return check (checker, urls);
}

/* rebind.test answers a public address to the first lookup and the
 * internal one to every later lookup: the check must connect to the
 * address it judged, never to the one a second lookup gives. */
static void
test_rebinding (void)
{
  g_autoptr(RedaksiLinkChecker) checker = redaksi_link_checker_new ();
  g_autoptr(GPtrArray) results = NULL;
  RedaksiLinkCheck *result;

  redaksi_test_net_reset (net);
  results = check_one (checker, redaksi_test_net_url (net, "rebind.test", "/ok"));
  settle ();
  result = g_ptr_array_index (results, 0);
  g_test_message ("%s: %u %s", redaksi_link_check_get_url (result),
                  redaksi_link_check_get_http_status (result), redaksi_link_check_get_message (result));
  g_assert_cmpint (g_atomic_int_get (&net->internal_connections), ==, 0);
  g_assert_cmpint (redaksi_link_check_get_status (result), ==, REDAKSI_LINK_CHECK_OK);
  g_assert_cmpint (g_atomic_int_get (&net->public_requests), ==, 1);
}

static void
assert_refused (RedaksiLinkCheck *result,
                const char       *address)
{
  const char *message = redaksi_link_check_get_message (result);

  g_test_message ("%s: %s", redaksi_link_check_get_url (result), message);
  g_assert_cmpint (redaksi_link_check_get_status (result), ==, REDAKSI_LINK_CHECK_REFUSED);
  g_assert_nonnull (strstr (message, address));
}

/* Names that resolve to the internal host, directly or after a
 * redirect, are refused before any connection is made. */
static void
test_refused_at_connect (void)
{
  g_autoptr(RedaksiLinkChecker) checker = redaksi_link_checker_new ();
  g_autoptr(GPtrArray) urls = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) results = NULL;

  redaksi_test_net_reset (net);
  redaksi_test_net_map ("rebind.test", "127.0.0.1", REDAKSI_TEST_PUBLIC_ADDRESS);
  g_ptr_array_add (urls, redaksi_test_net_url (net, "internal.test", "/rahasia"));
  g_ptr_array_add (urls, redaksi_test_net_url (net, "rebind.test", "/ok"));
  g_ptr_array_add (urls, redaksi_test_net_url (net, "public.test", "/ke-internal"));
  g_ptr_array_add (urls, redaksi_test_net_url (net, "public.test", "/ke-loopback"));
  results = check (checker, urls);
  settle ();
  for (guint i = 0; i < results->len; i++)
    assert_refused (g_ptr_array_index (results, i), "127.0.0.1");
  g_assert_cmpint (g_atomic_int_get (&net->internal_connections), ==, 0);
  g_assert_cmpint (g_atomic_int_get (&net->public_requests), ==, 2);
}

/* A server that answers a byte every 0.5 s never trips an inactivity
 * timeout; the check's own time limit ends it. */
static void
test_trickle (void)
{
  g_autoptr(RedaksiLinkChecker) checker =
    g_object_new (REDAKSI_TYPE_LINK_CHECKER, "timeout", 2, NULL);
  g_autoptr(GPtrArray) results = NULL;
  gint64 start = g_get_monotonic_time ();
  RedaksiLinkCheck *result;

  results = check_one (checker, g_strdup_printf ("http://%s:%u/", REDAKSI_TEST_PUBLIC_ADDRESS,
                                                 net->trickle_head_port));
  result = g_ptr_array_index (results, 0);
  g_test_message ("%s after %.2f s", redaksi_link_check_get_message (result),
                  (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpint (redaksi_link_check_get_status (result), ==, REDAKSI_LINK_CHECK_FAILED);
  g_assert_nonnull (strstr (redaksi_link_check_get_message (result), "timed out"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 6 * G_USEC_PER_SEC);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  net = redaksi_test_net_start ();
  _redaksi_fetch_set_public_address_for_testing (REDAKSI_TEST_PUBLIC_ADDRESS);

  g_test_add ("/redaksi/link-checker/statuses", Fixture, NULL, fixture_set_up, test_statuses,
              fixture_tear_down);
  g_test_add ("/redaksi/link-checker/refused", Fixture, NULL, fixture_set_up, test_refused,
              fixture_tear_down);
  g_test_add ("/redaksi/link-checker/concurrency", Fixture, NULL, fixture_set_up, test_concurrency,
              fixture_tear_down);
  g_test_add ("/redaksi/link-checker/timeout", Fixture, NULL, fixture_set_up, test_timeout,
              fixture_tear_down);
  g_test_add_func ("/redaksi/link-checker/rebinding", test_rebinding);
  g_test_add_func ("/redaksi/link-checker/refused-at-connect", test_refused_at_connect);
  g_test_add_func ("/redaksi/link-checker/trickle", test_trickle);
  status = g_test_run ();
  _redaksi_fetch_set_public_address_for_testing (NULL);
  redaksi_test_net_stop (net);
  return status;
}
