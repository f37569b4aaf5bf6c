/* redaksi-resources.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-resources.h"
#include "redaksi-resources-private.h"

/* GLib 2.74 registers a static resource at its first use, and a second
 * thread asking while the first registers it is handed NULL
 * (g_static_resource_get_resource() finds the lazy list already taken
 * and the resource not yet set): two batch workers loading their first
 * lexicons at once crashed there. The first use is made once, and every
 * other thread waits for it. */
static GResource *
library_resource (void)
{
  static gsize resource;

  if (g_once_init_enter (&resource))
    g_once_init_leave (&resource, (gsize) _redaksi_get_resource ());
  return (GResource *) resource;
}

GBytes *
_redaksi_lookup_resource (const char  *path,
                          GError     **error)
{
  g_autofree char *full_path = g_strconcat ("/id/redaksi/", path, NULL);

  return g_resource_lookup_data (library_resource (), full_path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}
