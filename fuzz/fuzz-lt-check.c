/* fuzz-lt-check.c: the form of a /v2/check request (LanguageTool's API)
 *
 * The input is the application/x-www-form-urlencoded body. It is decoded
 * as lt_form() does for a POST, checked as handle_lt_check() does, and
 * answered by the server's own worker function, answer_lt_check(),
 * which builds LanguageTool's JSON with redaksi-lt.c.
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#define FUZZ_LT_CHECK
#include "fuzz-serve-body.c"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *body = g_strndup ((const char *) data, size);
  g_autoptr(GHashTable) form = NULL;
  Request *request;

  redaksi_fuzz_init ();
  form = soup_form_decode (body);
  g_assert (form != NULL);
  if (g_hash_table_lookup (form, "text") == NULL || !is_indonesian (g_hash_table_lookup (form, "language")))
    return 0;
  request = redaksi_fuzz_request_new (find_route ("/v2/check"));
  request->text = g_strdup (g_hash_table_lookup (form, "text"));
  request->language = g_strdup (g_hash_table_lookup (form, "language"));
  answer_lt_check (request);
  redaksi_fuzz_check_answer (request);
  request_free (request);
  return 0;
}
