/* make-word-table.c: a word list as a constant RedaksiWordConstTable
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   make-word-table NAME LIST OUTPUT.h           a word a line
 *   make-word-table NAME LIST OUTPUT.h KIND,...  `word \t kind [\t …]`,
 *                                                 kind k giving bit 1 << k
 *
 * Lines starting with # are comments. The table is filled by the
 * library's own _redaksi_word_table_add(), in the file's order, so it
 * holds what the tagger built at run time from the same file, and is
 * written with the words as offsets into one string: the library looks
 * words up in it where it lies, with nothing to parse, allocate or
 * relocate when a process starts.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "redaksi-word-table-private.h"

/* The bits of @kind among @kinds, or 0. */
static guint
kind_value (char       *kind,
            GStrv       kinds)
{
  char *end = strchr (kind, '\t');

  if (end != NULL)
    *end = '\0';
  for (guint k = 0; kinds[k] != NULL; k++)
    if (g_str_equal (kind, kinds[k]))
      return 1u << k;
  return 0;
}

/* One line, cut in place and kept: the table holds its word. */
static void
add_line (RedaksiWordTable *table,
          char             *line,
          GStrv             kinds)
{
  char *kind;
  guint value;

  if (line[0] == '#' || line[0] == '\0')
    return;
  if (kinds == NULL)
    {
      _redaksi_word_table_add (table, line, 1);
      return;
    }
  if ((kind = strchr (line, '\t')) == NULL)
    return;
  *kind++ = '\0';
  if ((value = kind_value (kind, kinds)) != 0)
    _redaksi_word_table_add (table, line, value);
}

static void
write_strings (FILE             *out,
               const char       *name,
               RedaksiWordTable *table,
               GArray           *offsets)
{
  guint32 size = 0;

  fprintf (out, "static const char %s_strings[] =\n  \"", name);
  for (gsize k = 0; k <= table->mask; k++)
    {
      guint32 offset = 0;

      if (table->slots[k].hash != 0)
        {
          for (const char *p = table->slots[k].word; *p != '\0'; p++)
            fprintf (out, g_ascii_isalnum (*p) || strchr (" -.'", *p) ? "%c" : "\\%03o", (guchar) *p);
          fprintf (out, "\\000\"\n  \"");
          offset = size;
          size += (guint32) strlen (table->slots[k].word) + 1;
        }
      g_array_append_val (offsets, offset);
    }
  fprintf (out, "\";\n\n");
}

static void
write_table (FILE             *out,
             const char       *name,
             RedaksiWordTable *table)
{
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint32));

  fprintf (out, "/* Made by data/make-word-table.c: do not edit. */\n\n");
  write_strings (out, name, table, offsets);
  fprintf (out, "static const RedaksiWordConstSlot %s_slots[%" G_GSIZE_FORMAT "] = {\n", name, table->mask + 1);
  for (gsize k = 0; k <= table->mask; k++)
    fprintf (out, "  { G_GUINT64_CONSTANT (0x%016" G_GINT64_MODIFIER "x), %u, %u },\n",
             table->slots[k].hash, g_array_index (offsets, guint32, k), table->slots[k].value);
  fprintf (out, "};\n\nstatic const RedaksiWordConstTable %s = { %s_slots, %s_strings, %" G_GSIZE_FORMAT " };\n",
           name, name, name, table->mask);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *text = NULL;
  g_auto(GStrv) kinds = NULL;
  g_autoptr(GError) error = NULL;
  RedaksiWordTable *table;
  FILE *out;

  if (argc < 4 || argc > 5)
    {
      fprintf (stderr, "usage: make-word-table NAME LIST OUTPUT.h [KIND,...]\n");
      return 2;
    }
  if (!g_file_get_contents (argv[2], &text, NULL, &error))
    {
      fprintf (stderr, "make-word-table: %s\n", error->message);
      return 1;
    }
  if (argc == 5)
    kinds = g_strsplit (argv[4], ",", -1);
  table = _redaksi_word_table_new ();
  for (char *line = text, *next; *line != '\0'; line = next)
    {
      next = strchr (line, '\n');
      next = next != NULL ? (*next = '\0', next + 1) : line + strlen (line);
      add_line (table, line, kinds);
    }
  if ((out = fopen (argv[3], "w")) == NULL)
    {
      perror ("make-word-table");
      return 1;
    }
  write_table (out, argv[1], table);
  g_free (table->slots);
  g_free (table);
  return fclose (out) == 0 ? 0 : 1;
}
