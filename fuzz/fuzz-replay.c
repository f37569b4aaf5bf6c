/* fuzz-replay.c: runs a fuzz target over files, without libFuzzer
 *
 *   fuzz-replay-TARGET PATH…
 *
 * Each PATH is a file or a folder whose files (not recursively, in name
 * order) are fed to LLVMFuzzerTestOneInput() one by one, as libFuzzer
 * replays a corpus. A missing PATH is skipped, so a corpus built from
 * ../shared may be absent. Prints TAP: one test per file.
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <errno.h>
#include <locale.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "redaksi-fuzz.h"

static guint n_run;

static void
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* Named before the run, so that a crash's log says which input. */
  g_print ("# %s\n", path);
  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  /* libFuzzer's data is never NULL and the target may not read past it:
   * a copy of exactly @length bytes lets AddressSanitizer see overreads. */
  {
    g_autofree uint8_t *data = g_malloc (MAX (length, 1));

    memcpy (data, contents, length);
    alarm (60);
    LLVMFuzzerTestOneInput (data, length);
    alarm (0);
  }
  g_print ("ok %u - %s\n", ++n_run, path);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static void
replay_folder (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    g_error ("%s", error->message);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    if (g_file_test (names->pdata[i], G_FILE_TEST_IS_REGULAR))
      replay_file (names->pdata[i]);
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define __SANITIZE_ADDRESS__ 1
#endif
#endif

static void
limit_memory (void)
{
#ifndef __SANITIZE_ADDRESS__
  struct rlimit limit = { 3UL << 30, 3UL << 30 };

  if (setrlimit (RLIMIT_AS, &limit) != 0)
    g_printerr ("# could not cap the address space: %s\n", g_strerror (errno));
#endif
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  limit_memory ();
  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        replay_folder (argv[i]);
      else if (g_file_test (argv[i], G_FILE_TEST_IS_REGULAR))
        replay_file (argv[i]);
      else
        g_print ("# %s: absent, skipped\n", argv[i]);
    }
  g_print ("1..%u\n", n_run);
  return 0;
}
