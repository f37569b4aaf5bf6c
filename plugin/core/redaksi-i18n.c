/* redaksi-i18n.c: where the library finds its translations
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "redaksi-i18n-private.h"

/* Binds the library's gettext domain once, before its first message.
 * REDAKSI_LOCALEDIR points an uninstalled build at its own catalogues
 * (build/po), as the tests do. */
void
_redaksi_i18n_init (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      const char *localedir = g_getenv ("REDAKSI_LOCALEDIR");

      bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&initialized, 1);
    }
}
