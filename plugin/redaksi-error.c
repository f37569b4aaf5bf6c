/* redaksi-error.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-error.h"

G_DEFINE_QUARK (redaksi-error-quark, redaksi_error)
