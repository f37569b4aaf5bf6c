/* redaksi-server-static.c: the editor page of `redaksi serve`
 *
 * GET / is the folder's index.html; GET /redaksi.js and the page's other
 * files are the folder's files of the same name. The folder is the one
 * given with --web-root, else $REDAKSI_WEB_ROOT (a build tree points it
 * at the source folder web/), else the installed <datadir>/redaksi/web.
 *
 * Nothing outside the folder is served: the path libsoup decoded is not
 * decoded again, every segment must be a plain name (no "..", ".",
 * hidden file, backslash or empty segment), and the file's real path,
 * symbolic links resolved, must still be inside the folder's.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "redaksi-record.h"
#include "redaksi-server-static.h"

/* No inline script or style, no other origin: redaksi.js talks to this
 * server only, and the page can be framed by nobody. */
#define CONTENT_SECURITY_POLICY \
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; " \
  "img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; " \
  "frame-ancestors 'none'"

struct _RedaksiStatic
{
  char *root;   /* real path, no trailing slash; NULL: nothing to serve */
};

typedef struct
{
  const char *suffix;
  const char *type;
} MediaType;

/* Only these are served: a stray file of another kind in the folder is
 * not published by accident. */
static const MediaType media_types[] = {
  { ".html", "text/html; charset=utf-8" },
  { ".js",   "text/javascript; charset=utf-8" },
  { ".mjs",  "text/javascript; charset=utf-8" },
  { ".css",  "text/css; charset=utf-8" },
  { ".json", "application/json" },
  { ".svg",  "image/svg+xml" },
  { ".png",  "image/png" },
  { ".ico",  "image/x-icon" },
  { ".txt",  "text/plain; charset=utf-8" },
  { ".woff2", "font/woff2" },
};

static const char *
media_type (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (media_types); i++)
    if (g_str_has_suffix (name, media_types[i].suffix))
      return media_types[i].type;
  return NULL;
}

static char *
default_root (void)
{
  const char *env = g_getenv ("REDAKSI_WEB_ROOT");

  return g_strdup (env != NULL && *env != '\0' ? env : REDAKSI_WEB_DIR);
}

/* @root: --web-root, or NULL for the default. A folder that does not
 * exist serves nothing: the API still works without the page. */
RedaksiStatic *
redaksi_static_new (const char *root)
{
  RedaksiStatic *self = g_new0 (RedaksiStatic, 1);
  g_autofree char *wanted = root != NULL ? g_strdup (root) : default_root ();
  char *real = realpath (wanted, NULL);

  if (real != NULL && g_file_test (real, G_FILE_TEST_IS_DIR))
    self->root = g_strdup (real);
  free (real);
  return self;
}

const char *
redaksi_static_get_root (RedaksiStatic *self)
{
  return self->root;
}

void
redaksi_static_free (RedaksiStatic *self)
{
  g_free (self->root);
  g_free (self);
}

static gboolean
plain_segments (const char *relative)
{
  g_auto(GStrv) segments = g_strsplit (relative, "/", -1);

  for (guint i = 0; segments[i] != NULL; i++)
    if (segments[i][0] == '\0' || segments[i][0] == '.' || strchr (segments[i], '\\') != NULL)
      return FALSE;
  return TRUE;
}

/* The real path of the file @path names inside the folder, or NULL;
 * @type: the media type its name gives. */
static char *
resolve (RedaksiStatic  *self,
         const char     *path,
         const char    **type)
{
  const char *relative = g_str_equal (path, "/") ? "index.html" : path + 1;
  g_autofree char *joined = NULL;
  char *real;
  gsize root_length = strlen (self->root);

  /* libsoup has decoded the path once (and refused an encoded slash);
   * it is never decoded again, so "%252e" stays a name. */
  if (path[0] != '/' || !plain_segments (relative) || (*type = media_type (relative)) == NULL)
    return NULL;
  joined = g_build_filename (self->root, relative, NULL);
  real = realpath (joined, NULL);
  if (real != NULL && strncmp (real, self->root, root_length) == 0 && real[root_length] == '/')
    {
      char *copy = g_strdup (real);

      free (real);
      return copy;
    }
  free (real);
  return NULL;
}

static char *
entity_tag (const struct stat *info)
{
  return g_strdup_printf ("\"%" G_GINT64_MODIFIER "x-%" G_GINT64_MODIFIER "x-%lx\"",
                          (gint64) info->st_size, (gint64) info->st_mtim.tv_sec,
                          (unsigned long) info->st_mtim.tv_nsec);
}

/* If-None-Match wins over If-Modified-Since, as RFC 9110 says. */
static gboolean
not_modified (SoupMessageHeaders *request,
              const char         *etag,
              GDateTime          *modified)
{
  const char *match = soup_message_headers_get_one (request, "If-None-Match");
  const char *since = soup_message_headers_get_one (request, "If-Modified-Since");
  g_autoptr(GDateTime) since_time = NULL;

  if (match != NULL)
    return strstr (match, etag) != NULL || g_str_equal (match, "*");
  if (since == NULL)
    return FALSE;
  since_time = soup_date_time_new_from_http_string (since);
  return since_time != NULL && g_date_time_to_unix (modified) <= g_date_time_to_unix (since_time);
}

static void
set_headers (SoupMessageHeaders *headers,
             const char         *etag,
             GDateTime          *modified)
{
  g_autofree char *last_modified = soup_date_time_to_string (modified, SOUP_DATE_HTTP);

  soup_message_headers_replace (headers, "ETag", etag);
  soup_message_headers_replace (headers, "Last-Modified", last_modified);
  /* Revalidated on every load (a 304 when unchanged), so a new version of
   * the page or of redaksi.js is seen at once. */
  soup_message_headers_replace (headers, "Cache-Control", "no-cache");
  soup_message_headers_replace (headers, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
  soup_message_headers_replace (headers, "X-Content-Type-Options", "nosniff");
  soup_message_headers_replace (headers, "Referrer-Policy", "no-referrer");
  soup_message_headers_replace (headers, "X-Frame-Options", "DENY");
}

/* FALSE when the file cannot be read: the caller answers 404. */
static gboolean
serve_file (SoupServerMessage *msg,
            const char        *real,
            const char        *type)
{
  int fd = open (real, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  struct stat info;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autofree char *etag = NULL;
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  if (fd < 0)
    return FALSE;
  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode)
      || (mapped = g_mapped_file_new_from_fd (fd, FALSE, NULL)) == NULL)
    {
      close (fd);
      return FALSE;
    }
  close (fd);
  etag = entity_tag (&info);
  modified = g_date_time_new_from_unix_utc (info.st_mtim.tv_sec);
  set_headers (headers, etag, modified);
  if (not_modified (soup_server_message_get_request_headers (msg), etag, modified))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_MODIFIED, NULL);
      return TRUE;
    }
  bytes = g_mapped_file_get_bytes (mapped);
  soup_message_headers_set_content_type (headers, type, NULL);
  soup_message_body_append_bytes (soup_server_message_get_response_body (msg), bytes);
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  return TRUE;
}

static void
refuse_method (SoupServerMessage *msg)
{
  g_autoptr(JsonNode) node = redaksi_record_error_to_json (NULL, "method-not-allowed",
                                                           _("method not allowed here"));
  char *json;

  json_object_remove_member (json_node_get_object (node), "id");
  json = redaksi_json_to_string (node);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Allow",
                                "GET, HEAD, OPTIONS");
  soup_server_message_set_status (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, json, strlen (json));
}

/* TRUE when @msg is answered; FALSE leaves it to the API's 404. */
gboolean
redaksi_static_handle (RedaksiStatic     *self,
                       SoupServerMessage *msg,
                       const char        *path)
{
  const char *method = soup_server_message_get_method (msg);
  const char *type = NULL;
  g_autofree char *real = NULL;

  if (self->root == NULL || (real = resolve (self, path, &type)) == NULL)
    return FALSE;
  if (method == SOUP_METHOD_OPTIONS)
    soup_server_message_set_status (msg, SOUP_STATUS_NO_CONTENT, NULL);
  else if (method != SOUP_METHOD_GET && method != SOUP_METHOD_HEAD)
    refuse_method (msg);
  else
    return serve_file (msg, real, type);
  return TRUE;
}
