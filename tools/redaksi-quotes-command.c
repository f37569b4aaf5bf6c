/* redaksi-quotes-command.c: `redaksi quotes`, and the source option that
 * `redaksi check` shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "redaksi-tool.h"

static gboolean
is_url (const char *source)
{
  return g_str_has_prefix (source, "http://") || g_str_has_prefix (source, "https://")
         || g_strstr_len (source, -1, "://") != NULL;
}

static gboolean
looks_like_html (const char *path)
{
  return g_str_has_suffix (path, ".html") || g_str_has_suffix (path, ".htm");
}

RedaksiDocument *
redaksi_tool_load_source (const char  *source,
                          gboolean     allow_private,
                          GError     **error)
{
  g_autoptr(RedaksiQuoteChecker) checker = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (is_url (source))
    {
      checker = redaksi_quote_checker_new ();
      redaksi_quote_checker_set_allow_private (checker, allow_private);
      return redaksi_quote_checker_fetch_source (checker, source, NULL, error);
    }
  if (!redaksi_tool_read_bytes (source, &bytes, error))
    return NULL;
  return redaksi_document_new_from_bytes (bytes, looks_like_html (source), error);
}

int
redaksi_tool_open_source (const char       *source,
                          gboolean          allow_private,
                          RedaksiDocument **document)
{
  g_autoptr(GError) error = NULL;

  *document = NULL;
  if (source == NULL)
    return REDAKSI_EXIT_OK;
  *document = redaksi_tool_load_source (source, allow_private, &error);
  if (*document == NULL)
    return redaksi_tool_fail ("%s: %s", source, error->message);
  return REDAKSI_EXIT_OK;
}

static void
print_quote (RedaksiToolInput *input,
             RedaksiQuote     *quote)
{
  const RedaksiRange *range = redaksi_quote_get_range (quote);
  const char *speaker = redaksi_quote_get_speaker (quote);
  guint line, column;

  redaksi_document_get_line_column (input->document, range->start, &line, &column);
  g_printerr (_("%s:%u:%u: quote by %s (%s)\n"), input->display_name, line, column,
              speaker != NULL ? speaker : _("unknown"),
              redaksi_quote_get_cue (quote) != NULL ? redaksi_quote_get_cue (quote) : "-");
}

static void
print_quotes (RedaksiToolInput *input,
              RedaksiReport    *report)
{
  GPtrArray *quotes = redaksi_report_get_quotes (report);

  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    print_quote (input, g_ptr_array_index (quotes, i));
}

int
redaksi_quotes_command (int    argc,
                        char **argv)
{
  gboolean html = FALSE, json = FALSE, allow_private = FALSE;
  g_autofree char *source_arg = NULL;
  const GOptionEntry entries[] = {
    { "html", 0, 0, G_OPTION_ARG_NONE, &html, N_("The input is HTML"), NULL },
    { "source", 0, 0, G_OPTION_ARG_FILENAME, &source_arg,
      N_("Verify the quotes against this source (a file, or an http/https URL)"), N_("FILE|URL") },
    { "allow-private", 0, 0, G_OPTION_ARG_NONE, &allow_private,
      N_("Let --source fetch from loopback and private addresses"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the JSON result"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("[FILE|-] — check the quotes"));
  g_autoptr(RedaksiReport) report = NULL;
  g_autoptr(RedaksiDocument) source = NULL;
  RedaksiToolInput input = { 0 };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  redaksi_tool_add_input_options (context);
  redaksi_tool_add_analyzer_options (context);
  g_option_context_set_summary (context,
                                _("Finds the direct quotes of an article, their speakers and cues,\n"
                                  "checks their punctuation and cue words, and, with --source,\n"
                                  "verifies their words against the source."));
  if (!redaksi_tool_parse (context, &argc, &argv))
    return REDAKSI_EXIT_USAGE;
  if ((status = redaksi_tool_open_analyzer ()) != REDAKSI_EXIT_OK)
    return status;
  if ((status = redaksi_tool_open_input (argc, argv, html, &input)) != REDAKSI_EXIT_OK)
    return status;
  if ((status = redaksi_tool_open_source (source_arg, allow_private, &source)) == REDAKSI_EXIT_OK)
    report = redaksi_tool_analyze (&input, REDAKSI_ANALYSIS_QUOTES, source, &status);
  if (report != NULL && !json)
    print_quotes (&input, report);
  if (report != NULL)
    status = redaksi_tool_print_report (&input, report, json);
  redaksi_tool_input_clear (&input);
  return status;
}
