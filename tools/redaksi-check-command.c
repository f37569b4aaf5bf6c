/* redaksi-check-command.c: `redaksi check`, every analysis at once
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "redaksi-tool.h"

int
redaksi_check_command (int    argc,
                       char **argv)
{
  gboolean html = FALSE, json = FALSE, allow_private = FALSE;
  g_autofree char *source_arg = NULL;
  g_autoptr(RedaksiDocument) source = NULL;
  const GOptionEntry entries[] = {
    { "html", 0, 0, G_OPTION_ARG_NONE, &html, N_("The input is HTML"), NULL },
    { "source", 0, 0, G_OPTION_ARG_FILENAME, &source_arg,
      N_("Verify the quotes against this source (a file, or an http/https URL)"), N_("FILE|URL") },
    { "allow-private", 0, 0, G_OPTION_ARG_NONE, &allow_private,
      N_("Let --source fetch from loopback and private addresses"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the JSON result"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("[FILE|-] — run every analysis"));
  g_autoptr(RedaksiReport) report = NULL;
  RedaksiToolInput input = { 0 };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  redaksi_tool_add_input_options (context);
  redaksi_tool_add_analyzer_options (context);
  g_option_context_set_summary (context,
                                _("Runs every analysis redaksi has on an article and prints\n"
                                  "the findings, one a line, or the whole result as JSON."));
  if (!redaksi_tool_parse (context, &argc, &argv))
    return REDAKSI_EXIT_USAGE;
  if ((status = redaksi_tool_open_analyzer ()) != REDAKSI_EXIT_OK)
    return status;
  if ((status = redaksi_tool_open_input (argc, argv, html, &input)) != REDAKSI_EXIT_OK)
    return status;
  if ((status = redaksi_tool_open_source (source_arg, allow_private, &source)) == REDAKSI_EXIT_OK)
    report = redaksi_tool_analyze (&input, REDAKSI_ANALYSIS_ALL, source, &status);
  if (report != NULL)
    status = redaksi_tool_print_report (&input, report, json);
  redaksi_tool_input_clear (&input);
  return status;
}
