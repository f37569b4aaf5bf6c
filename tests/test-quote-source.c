/* test-quote-source.c: fetching a quote source under the fetch policy,
 * on a loopback network whose names the test resolves
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-fetch-private.h"
#include "redaksi-quote-source-private.h"
#include "redaksi-test-net.h"
#include "redaksi-test-util.h"

static RedaksiTestNet *net;

/* Fetches @url with a fresh checker; the error, if any, in @error. */
static RedaksiDocument *
fetch (char     *url,
       gboolean  allow_private,
       GError  **error)
{
  g_autoptr(RedaksiQuoteChecker) checker = redaksi_quote_checker_new ();
  g_autofree char *owned = url;

  redaksi_quote_checker_set_allow_private (checker, allow_private);
  redaksi_test_net_reset (net);
  return redaksi_quote_checker_fetch_source (checker, url, NULL, error);
}

static void
assert_fetch_error (GError     *error,
                    const char *why)
{
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, REDAKSI_ERROR, REDAKSI_ERROR_FETCH);
  g_assert_nonnull (strstr (error->message, why));
}

static void
test_public (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) source = fetch (redaksi_test_net_url (net, "public.test", "/ok"),
                                             FALSE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (redaksi_document_get_text (source, NULL), "pertumbuhan ekonomi"));
  g_assert_cmpint (g_atomic_int_get (&net->public_requests), ==, 1);
}

/* A public page that redirects inside the network, by name or by
 * address: refused before the internal server sees a connection. */
static void
test_redirect_inside (void)
{
  const char *paths[] = { "/ke-internal", "/ke-loopback" };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RedaksiDocument) source = fetch (redaksi_test_net_url (net, "public.test", paths[i]),
                                                 FALSE, &error);

      g_assert_null (source);
      assert_fetch_error (error, "refused");
      g_assert_nonnull (strstr (error->message, "127.0.0.1"));
      g_assert_cmpint (g_atomic_int_get (&net->public_requests), ==, 1);
      g_assert_cmpint (g_atomic_int_get (&net->internal_connections), ==, 0);
    }
}

/* The second lookup of rebind.test gives the internal address; the fetch
 * connects where the one lookup it uses pointed. */
static void
test_rebinding (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) source = fetch (redaksi_test_net_url (net, "rebind.test", "/ok"),
                                             FALSE, &error);

  g_assert_no_error (error);
  g_assert_null (strstr (redaksi_document_get_text (source, NULL), "Rahasia"));
  g_assert_cmpint (g_atomic_int_get (&net->internal_connections), ==, 0);
}

/* allow-private (the command's --allow-private) lets a source on the
 * newsroom's own network through, redirects included. */
static void
test_allow_private (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) source = fetch (redaksi_test_net_url (net, "public.test", "/ke-internal"),
                                             TRUE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (redaksi_document_get_text (source, NULL), REDAKSI_TEST_INTERNAL_WORDS));
  g_assert_cmpint (g_atomic_int_get (&net->internal_connections), ==, 1);
}

static void
test_redirect_loop (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) source = fetch (redaksi_test_net_url (net, "public.test", "/putar"),
                                             FALSE, &error);

  g_assert_null (source);
  assert_fetch_error (error, "too many redirects");
  /* The first request and five redirects. */
  g_assert_cmpint (g_atomic_int_get (&net->loop_requests), ==, 6);
}

/* One byte every 0.5 s never looks idle; the whole fetch has 2 s here. */
static void
test_trickle (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) source = NULL;
  gint64 start = g_get_monotonic_time ();
  double elapsed;

  _redaksi_quote_source_set_fetch_limits_for_testing (2000, 0);
  source = fetch (g_strdup_printf ("http://%s:%u/", REDAKSI_TEST_PUBLIC_ADDRESS, net->trickle_body_port),
                  FALSE, &error);
  _redaksi_quote_source_set_fetch_limits_for_testing (0, 0);
  elapsed = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_test_message ("cut after %.2f s", elapsed);
  g_assert_null (source);
  assert_fetch_error (error, "timed out after 2 s");
  g_assert_cmpfloat (elapsed, >=, 1.5);
  g_assert_cmpfloat (elapsed, <, 6.0);
}

/* 64 KiB against a 16 KiB limit: refused from the Content-Length, and
 * while reading when the body is chunked. */
static void
test_too_large (void)
{
  const char *paths[] = { "/besar", "/besar-chunked" };

  _redaksi_quote_source_set_fetch_limits_for_testing (0, 16 * 1024);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RedaksiDocument) source = fetch (redaksi_test_net_url (net, "public.test", paths[i]),
                                                 FALSE, &error);

      g_assert_null (source);
      assert_fetch_error (error, "larger than 16384 bytes");
    }
  _redaksi_quote_source_set_fetch_limits_for_testing (0, 0);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  net = redaksi_test_net_start ();
  _redaksi_fetch_set_public_address_for_testing (REDAKSI_TEST_PUBLIC_ADDRESS);
  g_test_add_func ("/redaksi/quote-source/public", test_public);
  g_test_add_func ("/redaksi/quote-source/redirect-inside", test_redirect_inside);
  g_test_add_func ("/redaksi/quote-source/rebinding", test_rebinding);
  g_test_add_func ("/redaksi/quote-source/allow-private", test_allow_private);
  g_test_add_func ("/redaksi/quote-source/redirect-loop", test_redirect_loop);
  g_test_add_func ("/redaksi/quote-source/trickle", test_trickle);
  g_test_add_func ("/redaksi/quote-source/too-large", test_too_large);
  status = g_test_run ();
  _redaksi_fetch_set_public_address_for_testing (NULL);
  redaksi_test_net_stop (net);
  return status;
}
