/* redaksi-serve-command.c: `redaksi serve`, the HTTP API, as the program
 * redaksi-serve that `redaksi serve` runs in its place
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <locale.h>
#include <stdio.h>

#include "redaksi-server.h"
#include "redaksi-tool.h"

#define DEFAULT_MAX_BODY     (2 * 1024 * 1024)
#define DEFAULT_MAX_INFLIGHT 256
#define DEFAULT_TIMEOUT      30

static gboolean
quit_on_signal (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_CONTINUE;
}

static int
run_server (const RedaksiServerOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiServer) server = redaksi_server_new (options, &error);
  g_autoptr(GMainLoop) loop = NULL;
  g_autofree char *url = NULL;

  if (server == NULL)
    return redaksi_tool_fail ("%s:%u: %s", options->address, options->port, error->message);
  loop = g_main_loop_new (NULL, FALSE);
  g_unix_signal_add (SIGINT, quit_on_signal, loop);
  g_unix_signal_add (SIGTERM, quit_on_signal, loop);
  url = redaksi_server_get_url (server);
  /* Tests and scripts read the port from this line when given --port 0. */
  printf ("redaksi serve: listening on %s\n", url);
  fflush (stdout);
  g_main_loop_run (loop);
  return REDAKSI_EXIT_OK;
}

/* The largest values that still make sense; past them a typo is likelier. */
#define MAX_JOBS         1024
#define MAX_TIMEOUT      86400
#define MAX_INFLIGHT     65536

/* One message for each option, naming it and its bounds. */
static gboolean
check_options (int max_body,
               int max_inflight,
               int timeout,
               int port,
               int jobs)
{
  if (port < 0 || port > 65535)
    redaksi_tool_fail (_("--port must be between 0 and 65535"));
  else if (max_body <= 0)
    redaksi_tool_fail (_("--max-body must be a positive number of bytes"));
  else if (max_inflight <= 0 || max_inflight > MAX_INFLIGHT)
    redaksi_tool_fail (_("--max-inflight must be between 1 and %d"), MAX_INFLIGHT);
  else if (timeout < 0 || timeout > MAX_TIMEOUT)
    redaksi_tool_fail (_("--timeout must be between 0 (no limit) and %d seconds"), MAX_TIMEOUT);
  else if (jobs < 0 || jobs > MAX_JOBS)
    redaksi_tool_fail (_("--jobs must be between 0 (one a core) and %d"), MAX_JOBS);
  else
    return TRUE;
  return FALSE;
}

int
redaksi_serve_command (int    argc,
                       char **argv)
{
  g_autofree char *address = NULL, *origin = NULL, *web_root = NULL;
  int port = 8010, max_body = DEFAULT_MAX_BODY, max_inflight = DEFAULT_MAX_INFLIGHT;
  int timeout = DEFAULT_TIMEOUT, jobs = 0;
  const GOptionEntry entries[] = {
    { "address", 0, 0, G_OPTION_ARG_STRING, &address, N_("Listen on ADDR (default: 127.0.0.1)"), N_("ADDR") },
    { "port", 'p', 0, G_OPTION_ARG_INT, &port, N_("Listen on PORT (default: 8010; 0: any free port)"), N_("PORT") },
    { "origin", 0, 0, G_OPTION_ARG_STRING, &origin, N_("Allow browser requests from ORIGIN (CORS)"), N_("ORIGIN") },
    { "max-body", 0, 0, G_OPTION_ARG_INT, &max_body, N_("Largest request body in bytes (default: 2 MiB)"), N_("BYTES") },
    { "max-inflight", 0, 0, G_OPTION_ARG_INT, &max_inflight, N_("Requests in flight before 503 (default: 256)"), N_("N") },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout, N_("Seconds one analysis may take; 0: no limit (default: 30)"), N_("SECONDS") },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, N_("Worker threads (default: the number of cores)"), N_("N") },
    { "web-root", 0, 0, G_OPTION_ARG_FILENAME, &web_root, N_("Serve the editor page (GET /) from DIR"), N_("DIR") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— answer analysis requests over HTTP"));
  RedaksiServerOptions options;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  redaksi_tool_add_analyzer_options (context);
  g_option_context_set_summary (context,
                                _("Serves POST /v1/check, /v1/tag, /v1/quotes, /v1/clean (JSON), GET /v1/health\n"
                                  "and the LanguageTool-compatible POST /v2/check. One access log line a\n"
                                  "request goes to stderr."));
  if (!redaksi_tool_parse (context, &argc, &argv))
    return REDAKSI_EXIT_USAGE;
  if (argc != 1)
    return redaksi_tool_fail (_("serve takes no file (try --help)"));
  if (!check_options (max_body, max_inflight, timeout, port, jobs))
    return REDAKSI_EXIT_USAGE;
  if (web_root != NULL && !g_file_test (web_root, G_FILE_TEST_IS_DIR))
    return redaksi_tool_fail (_("--web-root: %s is not a folder"), web_root);
  if (redaksi_tool_open_analyzer () != REDAKSI_EXIT_OK)
    return REDAKSI_EXIT_USAGE;
  options = (RedaksiServerOptions) {
    address != NULL ? address : "127.0.0.1", port, origin, max_body, max_inflight, timeout,
    jobs > 0 ? (guint) jobs : g_get_num_processors (), redaksi_tool_get_analyzer (), web_root,
  };
  return run_server (&options);
}

/* As in redaksi.c: REDAKSI_LOCALEDIR points an uninstalled build at build/po. */
static void
init_i18n (void)
{
  const char *localedir = g_getenv ("REDAKSI_LOCALEDIR");

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* Called as `redaksi serve` would call redaksi_serve_command(): the
 * program's name in messages and --help stays "redaksi serve". */
int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  init_i18n ();
  g_set_prgname ("redaksi serve");
  return redaksi_tool_close_stdout (redaksi_serve_command (argc, argv));
}
