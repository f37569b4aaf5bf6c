/* redaksi.c: the `redaksi` command
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "redaksi-clean-command.h"
#include "redaksi-tool.h"

typedef struct
{
  const char         *name;
  const char         *summary;
  RedaksiCommandFunc  run;
} RedaksiCommand;

/* Each analysis module adds its subcommand here once it exists. */
static const RedaksiCommand commands[] = {
  { "check", N_("Run every analysis on an article"), redaksi_check_command },
  { "clean", N_("Remove related-article inserts (Baca juga) from an article"), redaksi_clean_command },
  { "tag", N_("Entities and tags of an article"), redaksi_tag_command },
  { "quotes", N_("Find, attribute and check the quotes of an article"), redaksi_quotes_command },
  { "batch", N_("Analyse JSON Lines records, in parallel, in order"), redaksi_batch_command },
  { "serve", N_("Answer analysis requests over HTTP"), redaksi_serve_command },
};

static int
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n%s\n", _("Usage: redaksi COMMAND [OPTION…] [FILE|-]"),
           _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-8s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “redaksi COMMAND --help” for a command’s options."));
  return stream == stdout ? REDAKSI_EXIT_OK : REDAKSI_EXIT_USAGE;
}

/* REDAKSI_LOCALEDIR points an uninstalled build at build/po. */
static void
init_i18n (void)
{
  const char *localedir = g_getenv ("REDAKSI_LOCALEDIR");

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int    argc,
      char **argv)
{
  const char *name;

  setlocale (LC_ALL, "");
  init_i18n ();
  if (argc < 2)
    return print_usage (stderr);

  name = argv[1];
  if (g_str_equal (name, "--help") || g_str_equal (name, "-h") || g_str_equal (name, "help"))
    return redaksi_tool_close_stdout (print_usage (stdout));
  if (g_str_equal (name, "--version"))
    {
      printf ("redaksi %s\n", REDAKSI_VERSION_S);
      return redaksi_tool_close_stdout (REDAKSI_EXIT_OK);
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (name, commands[i].name))
      {
        g_autofree char *prgname = g_strdup_printf ("redaksi %s", name);

        g_set_prgname (prgname);
        return redaksi_tool_close_stdout (commands[i].run (argc - 1, argv + 1));
      }
  return redaksi_tool_fail (_("unknown command “%s” (try --help)"), name);
}
