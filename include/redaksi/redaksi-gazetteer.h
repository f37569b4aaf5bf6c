/* redaksi-gazetteer.h
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <gio/gio.h>

#include "redaksi-entity-type.h"
#include "redaksi-version-macros.h"

G_BEGIN_DECLS

/**
 * REDAKSI_GAZETTEER_ERROR:
 *
 * The former error domain of [class@Gazetteer]. A gazetteer that cannot
 * be read now fails with %REDAKSI_ERROR_INVALID_DATA, as every data file
 * does; this domain and [enum@GazetteerError] are no longer raised and
 * stay so that code naming them still builds.
 */
#define REDAKSI_GAZETTEER_ERROR (redaksi_gazetteer_error_quark ())

/**
 * RedaksiGazetteerError:
 * @REDAKSI_GAZETTEER_ERROR_SYNTAX: the file is not well-formed JSON
 * @REDAKSI_GAZETTEER_ERROR_INVALID: well-formed JSON, but not a gazetteer
 *   (a missing name, an unknown type, a member of the wrong kind)
 *
 * Why a gazetteer could not be loaded, in the former
 * %REDAKSI_GAZETTEER_ERROR domain. No longer raised: both cases are
 * %REDAKSI_ERROR_INVALID_DATA now, with the file and line in the message.
 */
typedef enum
{
  REDAKSI_GAZETTEER_ERROR_SYNTAX,
  REDAKSI_GAZETTEER_ERROR_INVALID,
} RedaksiGazetteerError;

#define REDAKSI_TYPE_GAZETTEER (redaksi_gazetteer_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiGazetteer, redaksi_gazetteer, REDAKSI, GAZETTEER, GObject)

REDAKSI_AVAILABLE_IN_ALL
GQuark            redaksi_gazetteer_error_quark     (void);
REDAKSI_AVAILABLE_IN_ALL
RedaksiGazetteer *redaksi_gazetteer_get_default     (void);
REDAKSI_AVAILABLE_IN_ALL
RedaksiGazetteer *redaksi_gazetteer_new_from_file   (const char         *path,
                                                     gboolean            with_default,
                                                     GError            **error);
REDAKSI_AVAILABLE_IN_ALL
RedaksiGazetteer *redaksi_gazetteer_new_from_data   (const char         *data,
                                                     gssize              length,
                                                     const char         *name,
                                                     gboolean            with_default,
                                                     GError            **error);
REDAKSI_AVAILABLE_IN_ALL
guint             redaksi_gazetteer_get_n_entries   (RedaksiGazetteer   *self);
REDAKSI_AVAILABLE_IN_ALL
gboolean          redaksi_gazetteer_lookup          (RedaksiGazetteer   *self,
                                                     const char         *text,
                                                     RedaksiEntityType  *type,
                                                     const char        **name,
                                                     const char        **id);

G_END_DECLS
