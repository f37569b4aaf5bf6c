/* redaksi-fetch.c: the one address policy for every request redaksi makes,
 * and the loading of the module that makes them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <dlfcn.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "redaksi-error.h"
#include "redaksi-fetch-module-private.h"

static GInetAddress *public_for_testing;

void
_redaksi_fetch_set_public_address_for_testing (const char *address)
{
  g_clear_object (&public_for_testing);
  if (address != NULL)
    public_for_testing = g_inet_address_new_from_string (address);
}

/* IPv4 ranges GInetAddress has no predicate for: 0.0.0.0/8 and the
 * carrier-grade NAT range 100.64.0.0/10. */
static gboolean
is_reserved_ipv4 (const guint8 *bytes)
{
  return bytes[0] == 0 || (bytes[0] == 100 && (bytes[1] & 0xc0) == 64);
}

gboolean
_redaksi_fetch_is_forbidden_address (GInetAddress *address)
{
  const guint8 *bytes = g_inet_address_to_bytes (address);

  if (public_for_testing != NULL && g_inet_address_equal (address, public_for_testing))
    return FALSE;
  if (g_inet_address_get_is_loopback (address) || g_inet_address_get_is_link_local (address) ||
      g_inet_address_get_is_site_local (address) || g_inet_address_get_is_any (address) ||
      g_inet_address_get_is_multicast (address))
    return TRUE;
  if (g_inet_address_get_family (address) == G_SOCKET_FAMILY_IPV4)
    return is_reserved_ipv4 (bytes);
  /* fc00::/7 unique-local; ::ffff:a.b.c.d carries an IPv4 address. */
  if ((bytes[0] & 0xfe) == 0xfc)
    return TRUE;
  if (bytes[10] == 0xff && bytes[11] == 0xff && memcmp (bytes, "\0\0\0\0\0\0\0\0\0\0", 10) == 0)
    {
      g_autoptr(GInetAddress) v4 = g_inet_address_new_from_bytes (bytes + 12, G_SOCKET_FAMILY_IPV4);

      return _redaksi_fetch_is_forbidden_address (v4);
    }
  return FALSE;
}

void
_redaksi_fetch_response_free (RedaksiFetchResponse *response)
{
  g_clear_pointer (&response->uri, g_uri_unref);
  g_free (response->status_phrase);
  g_free (response->content_type);
  g_clear_pointer (&response->body, g_bytes_unref);
  g_clear_error (&response->error);
  g_free (response);
}

static const RedaksiFetchHost host = {
  REDAKSI_FETCH_MODULE_VERSION,
  _redaksi_fetch_is_forbidden_address,
  _redaksi_fetch_response_free,
};

#define MODULE_NAME "redaksi-fetch-soup." G_MODULE_SUFFIX

/* The folder of the object this code was linked into: libredaksi, or a
 * program that linked it statically. */
static char *
own_folder (void)
{
  Dl_info info;

  if (dladdr ((const void *) _redaksi_fetch_module_path, &info) == 0 || info.dli_fname == NULL)
    return NULL;
  return g_path_get_dirname (info.dli_fname);
}

char *
_redaksi_fetch_module_path (void)
{
  const char *env = g_getenv ("REDAKSI_FETCH_MODULE");
  g_autofree char *folder = NULL;

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  /* Beside the library first, so that an uninstalled build or a copy
   * installed elsewhere never picks up another build's module. */
  folder = own_folder ();
  if (folder != NULL)
    {
      g_autofree char *installed = g_build_filename (folder, REDAKSI_MODULE_SUBDIR, MODULE_NAME, NULL);
      g_autofree char *built = g_build_filename (folder, MODULE_NAME, NULL);

      if (g_file_test (installed, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&installed);
      if (g_file_test (built, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&built);
    }
  return g_build_filename (REDAKSI_MODULEDIR, MODULE_NAME, NULL);
}

typedef struct
{
  const RedaksiFetchBackend *backend;
  GError                    *error;   /* why there is no backend */
} Loaded;

static const RedaksiFetchBackend *
open_module (const char  *path,
             GError     **error)
{
  GModule *module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  RedaksiFetchModuleInit init = NULL;
  const RedaksiFetchBackend *backend;

  if (module == NULL)
    {
      g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_FETCH,
                   _("the fetch module could not be loaded: %s"), g_module_error ());
      return NULL;
    }
  if (!g_module_symbol (module, REDAKSI_FETCH_MODULE_ENTRY, (gpointer *) &init) || init == NULL
      || (backend = init (&host)) == NULL)
    {
      g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_FETCH,
                   _("the fetch module %s is not one of this version of redaksi"), path);
      g_module_close (module);
      return NULL;
    }
  /* libsoup registers types, which can never be unloaded. */
  g_module_make_resident (module);
  return backend;
}

/* Once a process: a module that is missing stays missing. */
static const Loaded *
load_backend (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    {
      Loaded *loaded = g_new0 (Loaded, 1);
      g_autofree char *path = _redaksi_fetch_module_path ();

      loaded->backend = open_module (path, &loaded->error);
      g_once_init_leave (&once, (gsize) loaded);
    }
  return (const Loaded *) once;
}

struct _RedaksiFetchSession
{
  const RedaksiFetchBackend *backend;  /* NULL: every fetch fails with @error */
  gpointer                   session;
  GError                    *error;
};

RedaksiFetchSession *
_redaksi_fetch_session_new (guint max_connections,
                            guint max_per_host,
                            guint timeout_seconds)
{
  const Loaded *loaded = load_backend ();
  RedaksiFetchSession *self = g_new0 (RedaksiFetchSession, 1);

  self->backend = loaded->backend;
  if (self->backend != NULL)
    self->session = self->backend->session_new (max_connections, max_per_host, timeout_seconds);
  else
    self->error = g_error_copy (loaded->error);
  return self;
}

void
_redaksi_fetch_session_free (RedaksiFetchSession *self)
{
  if (self->session != NULL)
    self->backend->session_free (self->session);
  g_clear_error (&self->error);
  g_free (self);
}

void
_redaksi_fetch_async (RedaksiFetchSession      *session,
                      const RedaksiFetchPolicy *policy,
                      const char               *method,
                      GUri                     *uri,
                      GCancellable             *cancellable,
                      GAsyncReadyCallback       callback,
                      gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  RedaksiFetchResponse *response;

  if (session->backend != NULL)
    {
      session->backend->fetch_async (session->session, policy, method, uri, cancellable,
                                     callback, user_data);
      return;
    }
  task = g_task_new (NULL, NULL, callback, user_data);
  g_task_set_source_tag (task, _redaksi_fetch_async);
  response = g_new0 (RedaksiFetchResponse, 1);
  response->uri = g_uri_ref (uri);
  response->error = g_error_copy (session->error);
  g_task_return_pointer (task, response, (GDestroyNotify) _redaksi_fetch_response_free);
}

RedaksiFetchResponse *
_redaksi_fetch_finish (GAsyncResult *result)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), NULL);
}

static void
on_fetched (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  RedaksiFetchResponse **out = user_data;

  *out = _redaksi_fetch_finish (result);
}

RedaksiFetchResponse *
_redaksi_fetch (const RedaksiFetchPolicy *policy,
                const char               *method,
                GUri                     *uri,
                GCancellable             *cancellable)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  RedaksiFetchResponse *response = NULL;
  RedaksiFetchSession *session;

  g_main_context_push_thread_default (context);
  session = _redaksi_fetch_session_new (1, 1, (policy->timeout_ms + 999) / 1000);
  _redaksi_fetch_async (session, policy, method, uri, cancellable, on_fetched, &response);
  while (response == NULL)
    g_main_context_iteration (context, TRUE);
  _redaksi_fetch_session_free (session);
  g_main_context_pop_thread_default (context);
  return response;
}
