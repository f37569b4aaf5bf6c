/* fuzz-gazetteer.c: a user's gazetteer file (`redaksi tag --gazetteer`)
 *
 * The input is the JSON text given to redaksi_gazetteer_new_from_data().
 * A gazetteer that loads is then looked up and used to tag a short
 * article, so its entries go through the matcher too.
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "redaksi-fuzz.h"

static const char article[] =
  "JAKARTA, KOMPAS.com - Presiden Joko Widodo meninjau banjir di Kabupaten Bekasi, "
  "Jawa Barat, bersama Gubernur Ridwan Kamil dan perwakilan PBB. "
  "“Kami siap membantu,” kata Jokowi di Bekasi, Selasa (3/1/2023).";

static const char * const names[] = {
  "Joko Widodo", "Jokowi", "Bekasi", "PBB", "", "a", "Jawa Barat",
};

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiGazetteer) gazetteer = NULL;
  g_autoptr(RedaksiTagger) tagger = NULL;
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(RedaksiTagging) tagging = NULL;

  redaksi_fuzz_init ();
  gazetteer = redaksi_gazetteer_new_from_data ((const char *) data, size, "fuzz.json", FALSE, &error);
  if (gazetteer == NULL)
    {
      g_assert (error != NULL && g_error_matches (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_DATA));
      return 0;
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      RedaksiEntityType type;
      const char *name, *id;

      if (redaksi_gazetteer_lookup (gazetteer, names[i], &type, &name, &id))
        g_assert (name != NULL);
    }
  tagger = redaksi_tagger_new (gazetteer, &error);
  g_assert_no_error (error);
  document = redaksi_document_new_from_text (article, -1, &error);
  g_assert_no_error (error);
  if (!(tagging = redaksi_tagger_tag (tagger, document, NULL, &error)))
    g_assert (error != NULL && error->domain == REDAKSI_ERROR);
  return 0;
}
