/* redaksi-abbreviations.c: the abbreviation lexicon, from GResource
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "redaksi-resources-private.h"
#include "redaksi-tokenizer-private.h"

static void
parse_line (GHashTable *table,
            const char *line)
{
  g_auto(GStrv) fields = NULL;
  RedaksiAbbreviationKind kind;

  if (line[0] == '#' || line[0] == '\0')
    return;
  fields = g_strsplit (line, "\t", 2);
  if (fields[0] == NULL || fields[1] == NULL)
    return;
  kind = g_str_equal (fields[1], "terminal") ? REDAKSI_ABBREVIATION_TERMINAL
                                              : REDAKSI_ABBREVIATION_INNER;
  g_hash_table_insert (table, g_strdup (fields[0]), GUINT_TO_POINTER (kind));
}

static GHashTable *
load_lexicon (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  bytes = _redaksi_lookup_resource ("lexicon/abbreviations.tsv", NULL);
  g_assert (bytes != NULL);
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    parse_line (table, lines[i]);
  return table;
}

RedaksiAbbreviationKind
_redaksi_abbreviation_lookup (const char *word,
                              gsize       length)
{
  static gsize table_once;
  GHashTable *table;
  char key[16];

  if (g_once_init_enter (&table_once))
    g_once_init_leave (&table_once, (gsize) load_lexicon ());
  table = (GHashTable *) table_once;

  if (length == 0 || length >= sizeof key)
    return REDAKSI_ABBREVIATION_NONE;
  memcpy (key, word, length);
  key[length] = '\0';
  return GPOINTER_TO_UINT (g_hash_table_lookup (table, key));
}
