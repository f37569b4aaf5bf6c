/* redaksi-error.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-error.h"

/**
 * redaksi_error_quark:
 *
 * Gets the error domain of redaksi, %REDAKSI_ERROR.
 *
 * Returns: the quark of the error domain
 */
G_DEFINE_QUARK (redaksi-error-quark, redaksi_error)
