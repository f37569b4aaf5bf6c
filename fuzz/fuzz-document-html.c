/* fuzz-document-html.c: an HTML article, built and analysed
 *
 * The input is what `redaksi check --html FILE` reads: any bytes. Bad UTF-8 or a
 * NUL must give a GError; anything else a document that every accessor
 * and every analysis can walk.
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "redaksi-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(RedaksiReport) report = NULL;

  redaksi_fuzz_init ();
  document = redaksi_document_new_from_html ((const char *) data, size, &error);
  if (document == NULL)
    {
      g_assert (error != NULL && error->domain == REDAKSI_ERROR);
      return 0;
    }
  redaksi_fuzz_walk_document (document);
  report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                     REDAKSI_ANALYSIS_ALL, NULL, NULL, &error);
  /* An analysis may refuse an input (a bound), but only with a GError. */
  if (report == NULL)
    g_assert (error != NULL && error->domain == REDAKSI_ERROR);
  else
    redaksi_fuzz_consume_report (report);
  return 0;
}
