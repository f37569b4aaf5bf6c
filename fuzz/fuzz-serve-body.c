/* fuzz-serve-body.c: the JSON body of a /v1 request to `redaksi serve`
 *
 * The server's own worker function, answer_analyze(), runs on the body in
 * this process, without a socket: redaksi-server.c is included here so
 * its static functions can be called. The input's length picks the route
 * (/v1/check, /v1/tag, /v1/quotes, /v1/clean).
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* First: it includes config.h, which comes before the library's headers. */
#include "redaksi-server.c"

#include "redaksi-fuzz.h"

/* The answer must be JSON, and an error answer must name its code. */
static void
redaksi_fuzz_check_answer (Request *request)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert (request->answer != NULL);
  json_parser_load_from_data (parser, request->answer, -1, &error);
  g_assert_no_error (error);
  g_assert (json_parser_get_root (parser) != NULL);
  if (request->status != SOUP_STATUS_OK)
    {
      JsonNode *root = json_parser_get_root (parser);
      JsonObject *answer_error;

      g_assert (request->status == SOUP_STATUS_BAD_REQUEST
                || request->status == SOUP_STATUS_INTERNAL_SERVER_ERROR);
      g_assert (JSON_NODE_HOLDS_OBJECT (root));
      answer_error = json_object_get_object_member (json_node_get_object (root), "error");
      g_assert (answer_error != NULL && json_object_get_string_member (answer_error, "code") != NULL);
    }
}

/* A request as the server makes one: known to a server, which frees it. */
static Request *
redaksi_fuzz_request_new (const Route *route)
{
  static RedaksiServer server;
  Request *request = g_new0 (Request, 1);

  if (server.requests == NULL)
    server.requests = g_hash_table_new (NULL, NULL);
  if (server.analyzer == NULL)
    server.analyzer = redaksi_analyzer_get_default ();
  request->server = &server;
  request->route = route;
  g_hash_table_add (server.requests, request);
  return request;
}

#ifndef FUZZ_LT_CHECK
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const Route *route = &routes[ROUTE_ANALYZE + size % 4];
  Request *request = redaksi_fuzz_request_new (route);
  g_autoptr(GError) error = NULL;

  redaksi_fuzz_init ();
  g_assert (route->kind == ROUTE_ANALYZE);
  request->body = g_bytes_new (data, size);
  if (!redaksi_ops_resolve (route->op, &request->analyses, &error))
    g_error ("%s: %s", route->op, error->message);
  answer_analyze (request);
  redaksi_fuzz_check_answer (request);
  request_free (request);
  return 0;
}
#endif
