/* test-memory.c: document-sized blocks ask for huge pages
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The tagger's per-token arrays and the tokenizer's lists come from
 * _redaksi_alloc_large(): on a 10 MB input the page faults of 4 KiB
 * pages were a quarter of `redaksi tag`'s time. These tests read the
 * kernel's own account of the mapping (/proc/self/smaps, "hg" in its
 * VmFlags) to see the hint taken, where the system has transparent huge
 * pages at all.
 */

#include "config.h"

#include <string.h>

#include "redaksi-memory-private.h"

#define MiB (1024 * 1024)

static gboolean
huge_pages_available (void)
{
  g_autofree char *mode = NULL;

  if (!g_file_get_contents ("/sys/kernel/mm/transparent_hugepage/enabled", &mode, NULL, NULL))
    return FALSE;
  return strstr (mode, "[never]") == NULL;
}

/* The VmFlags line of the mapping that holds @address, or NULL. */
static char *
vm_flags_at (gconstpointer address)
{
  g_autofree char *smaps = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean inside = FALSE;

  g_assert_true (g_file_get_contents ("/proc/self/smaps", &smaps, NULL, NULL));
  lines = g_strsplit (smaps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *dash, *space;
      guint64 start = g_ascii_strtoull (lines[i], &dash, 16), end;

      /* A mapping's line: "7f3a…000-7f3a…000 rw-p …". */
      if (dash != lines[i] && *dash == '-')
        {
          end = g_ascii_strtoull (dash + 1, &space, 16);
          if (*space == ' ')
            {
              inside = (guint64) (guintptr) address >= start && (guint64) (guintptr) address < end;
              continue;
            }
        }
      if (inside && g_str_has_prefix (lines[i], "VmFlags:"))
        return g_strdup (lines[i]);
    }
  return NULL;
}

static gconstpointer
first_whole_huge_page (gconstpointer mem)
{
  return (gconstpointer) (((guintptr) mem + 2 * MiB - 1) & ~(guintptr) (2 * MiB - 1));
}

static void
test_large_block_hinted (void)
{
  g_autofree guint8 *block = NULL;
  g_autofree char *flags = NULL;

  if (!huge_pages_available ())
    {
      g_test_skip ("this system has no transparent huge pages");
      return;
    }
  block = _redaksi_new0_large (guint8, 16 * MiB);
  g_assert_cmpuint (block[0], ==, 0);
  g_assert_cmpuint (block[16 * MiB - 1], ==, 0);
  flags = vm_flags_at (first_whole_huge_page (block));
  g_assert_nonnull (flags);
  g_assert_nonnull (strstr (flags, " hg"));
}

/* A list that grows past 4 MiB, as the token list of a long text does:
 * the room it grows into asks too, and what it held is still there. */
static void
test_grown_block_hinted (void)
{
  guint32 *items = _redaksi_new_large (guint32, 1024);
  g_autofree char *flags = NULL;
  gsize n = 1024;

  for (guint i = 0; i < 1024; i++)
    items[i] = i;
  while (n < 8 * MiB / sizeof *items)
    {
      n *= 2;
      items = _redaksi_realloc_large (items, n, sizeof *items);
    }
  for (guint i = 0; i < 1024; i++)
    g_assert_cmpuint (items[i], ==, i);
  if (huge_pages_available ())
    {
      flags = vm_flags_at (first_whole_huge_page (items + n / 2));
      g_assert_nonnull (flags);
      g_assert_nonnull (strstr (flags, " hg"));
    }
  g_free (items);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/memory/large-block-hinted", test_large_block_hinted);
  g_test_add_func ("/memory/grown-block-hinted", test_grown_block_hinted);
  return g_test_run ();
}
