/* redaksi-resources.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-resources.h"
#include "redaksi-resources-private.h"

GBytes *
_redaksi_lookup_resource (const char  *path,
                          GError     **error)
{
  g_autofree char *full_path = g_strconcat ("/id/redaksi/", path, NULL);

  return g_resource_lookup_data (_redaksi_get_resource (), full_path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}
