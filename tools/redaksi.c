/* redaksi.c: the `redaksi` command
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "redaksi-clean-command.h"
#include "redaksi-tool.h"

typedef struct
{
  const char         *name;
  const char         *summary;
  RedaksiCommandFunc  run;
} RedaksiCommand;

static int run_serve (int argc, char **argv);

/* Each analysis module adds its subcommand here once it exists. */
static const RedaksiCommand commands[] = {
  { "check", N_("Run every analysis on an article"), redaksi_check_command },
  { "clean", N_("Remove related-article inserts (Baca juga) from an article"), redaksi_clean_command },
  { "tag", N_("Entities and tags of an article"), redaksi_tag_command },
  { "quotes", N_("Find, attribute and check the quotes of an article"), redaksi_quotes_command },
  { "batch", N_("Analyse JSON Lines records, in parallel, in order"), redaksi_batch_command },
  { "serve", N_("Answer analysis requests over HTTP"), run_serve },
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

/* Where redaksi-serve may be, in order: beside this program (a build
 * tree), from this program's folder to libexecdir (an install moved
 * elsewhere as a whole), and the libexecdir configured. */
static GPtrArray *
serve_candidates (void)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (self != NULL)
    {
      g_autofree char *folder = g_path_get_dirname (self);

      g_ptr_array_add (paths, g_build_filename (folder, "redaksi-serve", NULL));
      if (*REDAKSI_BINDIR_TO_LIBEXECDIR != '\0')
        g_ptr_array_add (paths, g_build_filename (folder, REDAKSI_BINDIR_TO_LIBEXECDIR,
                                                  "redaksi-serve", NULL));
    }
  g_ptr_array_add (paths, g_build_filename (REDAKSI_LIBEXECDIR, "redaksi-serve", NULL));
  return paths;
}

/* `redaksi serve` is the program redaksi-serve, which alone links libsoup
 * and its fifteen libraries, so that no other command loads them. It
 * runs in this process's place, with the same arguments, process id and
 * exit status. */
static int
run_serve (int    argc,
           char **argv)
{
  g_autoptr(GPtrArray) paths = serve_candidates ();
  int error = ENOENT;

  for (guint i = 0; i < paths->len; i++)
    {
      argv[0] = g_ptr_array_index (paths, i);
      execv (argv[0], argv);
      /* A missing file tries the next place; anything else is the answer. */
      if (errno != ENOENT && errno != ENOTDIR)
        {
          error = errno;
          break;
        }
    }
  return redaksi_tool_fail (_("serve: could not run %s: %s"), argv[0], g_strerror (error));
}

/* Only the categories the commands use: the terminal's charset, the
 * messages' language and the numbers written for people ("0,210" under
 * id_ID). Each category is a file of its own to map when the locale is
 * not in the locale archive (C.UTF-8 on Debian), so LC_ALL would map
 * thirteen (0.17 M instructions and 21 page faults with C.UTF-8) where
 * three do (0.08 M, 12). Nothing here collates, formats times
 * or money. */
static void
init_locale (void)
{
  setlocale (LC_CTYPE, "");
  setlocale (LC_MESSAGES, "");
  setlocale (LC_NUMERIC, "");
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

  init_locale ();
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
