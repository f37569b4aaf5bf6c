/* redaksi-tag-command.c: `redaksi tag`, entities and tags
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "redaksi-tool.h"

/* For people: the ranked tags, then every mention as FILE:LINE:COL. */
static void
print_tags (RedaksiToolInput *input,
            RedaksiReport    *report)
{
  GPtrArray *tags = redaksi_report_get_tags (report);
  GPtrArray *entities = redaksi_report_get_entities (report);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; tags && i < tags->len; i++)
    {
      RedaksiTag *tag = tags->pdata[i];

      g_string_append_printf (out, "%-12s %-32s %3u  %.3f%s%s\n",
                              redaksi_entity_type_to_string (redaksi_tag_get_entity_type (tag)),
                              redaksi_tag_get_name (tag), redaksi_tag_get_mentions (tag),
                              redaksi_tag_get_salience (tag),
                              redaksi_tag_get_role (tag) ? "  " : "",
                              redaksi_tag_get_role (tag) ? redaksi_tag_get_role (tag) : "");
    }
  for (guint i = 0; entities && i < entities->len; i++)
    {
      RedaksiEntity *entity = entities->pdata[i];
      guint line, column;

      redaksi_document_get_line_column (input->document, redaksi_entity_get_range (entity)->start,
                                        &line, &column);
      g_string_append_printf (out, "%s:%u:%u: %s: %s → %s\n", input->display_name, line, column,
                              redaksi_entity_type_to_string (redaksi_entity_get_entity_type (entity)),
                              redaksi_entity_get_text (entity), redaksi_entity_get_canonical (entity));
    }
  redaksi_tool_write_stdout (out->str, out->len);
}

int
redaksi_tag_command (int    argc,
                     char **argv)
{
  gboolean html = FALSE, json = FALSE;
  const GOptionEntry entries[] = {
    { "html", 0, 0, G_OPTION_ARG_NONE, &html, N_("The input is HTML"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the JSON result"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("[FILE|-] — entities and tags"));
  g_autoptr(RedaksiReport) report = NULL;
  RedaksiToolInput input = { 0 };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  redaksi_tool_add_input_options (context);
  redaksi_tool_add_analyzer_options (context);
  g_option_context_set_summary (context,
                                _("Finds the people, organisations, places and events of an\n"
                                  "article, joins short names to full ones and ranks them as tags."));
  if (!redaksi_tool_parse (context, &argc, &argv))
    return REDAKSI_EXIT_USAGE;
  if ((status = redaksi_tool_open_analyzer ()) != REDAKSI_EXIT_OK)
    return status;
  if ((status = redaksi_tool_open_input (argc, argv, html, &input)) != REDAKSI_EXIT_OK)
    return status;
  report = redaksi_tool_analyze (&input, REDAKSI_ANALYSIS_ENTITIES, NULL, &status);
  if (report != NULL && json)
    status = redaksi_tool_print_report (&input, report, TRUE);
  else if (report != NULL)
    print_tags (&input, report);
  redaksi_tool_input_clear (&input);
  return status;
}
