/* fuzz-link-cleaner.c: "Baca juga" cleanup of text or HTML
 *
 * Built twice: as fuzz-link-cleaner-text and, with FUZZ_HTML defined,
 * as fuzz-link-cleaner-html. The input's length picks the clean flags,
 * so every mode is reached without taking a byte from the article.
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "redaksi-fuzz.h"

#ifdef FUZZ_HTML
#define new_document redaksi_document_new_from_html
#else
#define new_document redaksi_document_new_from_text
#endif

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  RedaksiLinkCleaner *cleaner;
  RedaksiCleanFlags flags = size % 4;
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GBytes) cleaned = NULL;

  redaksi_fuzz_init ();
  cleaner = redaksi_link_cleaner_get_default ();
#ifndef FUZZ_HTML
  {
    gsize length;
    g_autofree char *text = redaksi_link_cleaner_clean_text (cleaner, (const char *) data, size, &length);

    /* Cleanup only removes. */
    g_assert (text != NULL && length <= size && text[length] == '\0');
  }
#endif
  document = new_document ((const char *) data, size, &error);
  if (document == NULL)
    {
      g_assert (error != NULL && error->domain == REDAKSI_ERROR);
      return 0;
    }
  found = redaksi_link_cleaner_find (cleaner, document);
  cleaned = redaksi_link_cleaner_clean (cleaner, document, flags, &removed, NULL, &error);
  if (cleaned == NULL)
    {
      g_assert (error != NULL && error->domain == REDAKSI_ERROR);
      return 0;
    }
  /* What the cleanup leaves must itself be a valid document. */
  {
    gsize length;
    const char *bytes = g_bytes_get_data (cleaned, &length);
    g_autoptr(RedaksiDocument) again = new_document (bytes != NULL ? bytes : "", length, &error);

    g_assert_no_error (error);
    g_assert (again != NULL);
  }
  return 0;
}
