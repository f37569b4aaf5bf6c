/* redaksi-tool.c: what the subcommands of `redaksi` share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <gio/gunixinputstream.h>
#include <stdlib.h>

#include "redaksi-tool.h"

int
redaksi_tool_fail (const char *format,
                   ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("redaksi: %s\n", message);
  return REDAKSI_EXIT_USAGE;
}

gboolean
redaksi_tool_parse (GOptionContext   *context,
                    int              *argc,
                    char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      redaksi_tool_fail (_("%s (try --help)"), error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_stdin (const char *path)
{
  return path == NULL || g_str_equal (path, "-");
}

gboolean
redaksi_tool_read_bytes (const char  *path,
                         GBytes     **bytes,
                         GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;

  if (!is_stdin (path))
    {
      file = g_file_new_for_commandline_arg (path);
      *bytes = g_file_load_bytes (file, NULL, NULL, error);
      return *bytes != NULL;
    }
  stream = g_unix_input_stream_new (0, FALSE);
  memory = g_memory_output_stream_new_resizable ();
  if (g_output_stream_splice (memory, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, error) < 0)
    return FALSE;
  *bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
  return TRUE;
}

int
redaksi_tool_open_input (int               argc,
                         char            **argv,
                         gboolean          is_html,
                         RedaksiToolInput *input)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (argc > 2)
    return redaksi_tool_fail (_("give one input file at most (try --help)"));
  input->path = argc == 2 ? argv[1] : NULL;
  input->display_name = is_stdin (input->path) ? "<stdin>" : input->path;
  if (!redaksi_tool_read_bytes (input->path, &bytes, &error))
    return redaksi_tool_fail ("%s: %s", input->display_name, error->message);
  input->document = redaksi_document_new_from_bytes (bytes, is_html, &error);
  if (input->document == NULL)
    return redaksi_tool_fail ("%s: %s", input->display_name, error->message);
  return REDAKSI_EXIT_OK;
}

void
redaksi_tool_input_clear (RedaksiToolInput *input)
{
  g_clear_object (&input->document);
}

RedaksiReport *
redaksi_tool_analyze (RedaksiToolInput     *input,
                      RedaksiAnalysisFlags  analyses,
                      RedaksiDocument      *source,
                      int                  *status)
{
  g_autoptr(GError) error = NULL;
  RedaksiReport *report;

  report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), input->document,
                                     analyses, source, NULL, &error);
  if (report == NULL)
    *status = redaksi_tool_fail ("%s: %s", input->display_name, error->message);
  return report;
}

static const char *
severity_name (RedaksiSeverity severity)
{
  switch (severity)
    {
    case REDAKSI_SEVERITY_ERROR:
      return _("error");
    case REDAKSI_SEVERITY_WARNING:
      return _("warning");
    case REDAKSI_SEVERITY_INFO:
    default:
      return _("info");
    }
}

static void
print_issue (RedaksiToolInput *input,
             RedaksiIssue     *issue,
             GString          *out)
{
  const RedaksiRange *range = redaksi_issue_get_range (issue);
  guint line, column;

  redaksi_document_get_line_column (input->document, range->start, &line, &column);
  g_string_append_printf (out, "%s:%u:%u: %s: %s [%s]\n", input->display_name, line, column,
                          severity_name (redaksi_issue_get_severity (issue)),
                          redaksi_issue_get_message (issue), redaksi_issue_get_code (issue));
}

static void
print_summary (RedaksiToolInput *input,
               RedaksiReport    *report)
{
  RedaksiDocument *document = input->document;
  guint n_issues = redaksi_report_get_issues (report)->len;

  g_printerr (_("%s: %u paragraphs, %u sentences, %u tokens; %u findings\n"),
              input->display_name, redaksi_document_get_n_paragraphs (document),
              redaksi_document_get_n_sentences (document),
              redaksi_document_get_n_tokens (document), n_issues);
}

int
redaksi_tool_print_report (RedaksiToolInput *input,
                           RedaksiReport    *report,
                           gboolean          json)
{
  g_autoptr(GString) out = g_string_new (NULL);
  GPtrArray *issues = redaksi_report_get_issues (report);

  if (json)
    {
      g_autofree char *text = redaksi_report_to_json_string (report, TRUE);

      g_string_append_printf (out, "%s\n", text);
    }
  else
    for (guint i = 0; i < issues->len; i++)
      print_issue (input, g_ptr_array_index (issues, i), out);

  fwrite (out->str, 1, out->len, stdout);
  if (fflush (stdout) != 0)
    return redaksi_tool_fail (_("could not write the output"));
  if (!json)
    print_summary (input, report);
  return redaksi_report_has_errors (report) ? REDAKSI_EXIT_FINDINGS : REDAKSI_EXIT_OK;
}
