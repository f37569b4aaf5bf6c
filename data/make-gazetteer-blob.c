/* make-gazetteer-blob.c: the default gazetteer, made at build time
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * make-gazetteer-blob OUTPUT INPUT.json...
 *
 * Loads the JSON files in the order given (later entries override
 * earlier ones) and writes the gazetteer's tables to OUTPUT, which the
 * library compiles in and uses without parsing (redaksi-gazetteer.c).
 */

#include "config.h"

#include <stdio.h>

#include "redaksi-gazetteer-private.h"

static gboolean
load_file (RedaksiGazetteer  *gazetteer,
           const char        *path,
           GError           **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = g_path_get_basename (path);
  gsize length;

  return g_file_get_contents (path, &contents, &length, error)
         && _redaksi_gazetteer_load_json (gazetteer, contents, length, name, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RedaksiGazetteer) gazetteer = NULL;
  g_autoptr(GBytes) blob = NULL;
  g_autoptr(GError) error = NULL;

  if (argc < 3)
    {
      fprintf (stderr, "usage: make-gazetteer-blob OUTPUT INPUT.json...\n");
      return 2;
    }
  gazetteer = g_object_new (REDAKSI_TYPE_GAZETTEER, NULL);
  for (int i = 2; i < argc; i++)
    if (!load_file (gazetteer, argv[i], &error))
      {
        fprintf (stderr, "make-gazetteer-blob: %s\n", error->message);
        return 1;
      }
  _redaksi_gazetteer_spread_slots (gazetteer);
  blob = _redaksi_gazetteer_to_blob (gazetteer);
  if (!g_file_set_contents (argv[1], g_bytes_get_data (blob, NULL), (gssize) g_bytes_get_size (blob), &error))
    {
      fprintf (stderr, "make-gazetteer-blob: %s\n", error->message);
      return 1;
    }
  return 0;
}
