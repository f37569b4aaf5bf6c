/* fuzz-record.c: one JSON Lines record of `redaksi batch`
 *
 * The input is one line as redaksi-batch-command.c hands it to
 * redaksi_record_process_line(), with every operation on. Whatever the
 * line, the answer must be one JSON object: the result, or an error
 * record (CONTRACT §3).
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "redaksi-fuzz.h"
#include "redaksi-record.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *line = (const char *) data;
  const char *newline = memchr (line, '\n', size);
  gsize length = newline != NULL ? (gsize) (newline - line) : size;
  gboolean failed = FALSE;
  g_autofree char *output = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  redaksi_fuzz_init ();
  /* The batch reader splits the input at newlines and drops a CR. */
  while (length > 0 && line[length - 1] == '\r')
    length--;
  output = redaksi_record_process_line (redaksi_analyzer_get_default (), line, length, redaksi_ops_all (), &failed);
  g_assert (output != NULL);
  g_assert (strchr (output, '\n') == NULL);
  json_parser_load_from_data (parser, output, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert (root != NULL && JSON_NODE_HOLDS_OBJECT (root));
  if (failed)
    {
      JsonObject *record_error = json_object_get_object_member (json_node_get_object (root), "error");

      g_assert (record_error != NULL);
      g_assert (json_object_get_string_member (record_error, "code") != NULL);
    }
  return 0;
}
