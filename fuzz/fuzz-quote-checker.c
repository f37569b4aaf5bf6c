/* fuzz-quote-checker.c: the quote checker, with and without a source
 *
 * The input is an article, then optionally a NUL byte and the source it
 * quotes (as `redaksi quotes --source FILE ARTICLE`). A part that starts
 * with '<' is read as HTML, the rest as text.
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "redaksi-fuzz.h"

static RedaksiDocument *
new_document (const char *data,
              gsize       length)
{
  g_autoptr(GError) error = NULL;
  RedaksiDocument *document;

  if (length > 0 && data[0] == '<')
    document = redaksi_document_new_from_html (data, length, &error);
  else
    document = redaksi_document_new_from_text (data, length, &error);
  g_assert ((document == NULL) == (error != NULL));
  return document;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *text = (const char *) data;
  const char *nul = memchr (text, '\0', size);
  gsize article_length = nul != NULL ? (gsize) (nul - text) : size;
  g_autoptr(RedaksiQuoteChecker) checker = NULL;
  g_autoptr(RedaksiDocument) article = NULL;
  g_autoptr(RedaksiDocument) source = NULL;
  g_autoptr(RedaksiReport) report = NULL;
  g_autoptr(GError) error = NULL;

  redaksi_fuzz_init ();
  if ((article = new_document (text, article_length)) == NULL)
    return 0;
  if (nul != NULL && (source = new_document (nul + 1, size - article_length - 1)) == NULL)
    return 0;
  checker = redaksi_quote_checker_new ();
  report = redaksi_quote_checker_check (checker, article, source, NULL, &error);
  if (report == NULL)
    g_assert (error != NULL && error->domain == REDAKSI_ERROR);
  else
    redaksi_fuzz_consume_report (report);
  return 0;
}
