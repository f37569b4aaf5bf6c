#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <json-glib/json-glib.h>

#include "redaksi-version-macros.h"

G_BEGIN_DECLS

#define REDAKSI_TYPE_RESULT (redaksi_result_get_type ())

/* The interface structure is private: only the library's own result
 * types implement RedaksiResult. */
REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_INTERFACE (RedaksiResult, redaksi_result, REDAKSI, RESULT, GObject)

REDAKSI_AVAILABLE_IN_ALL
JsonNode *redaksi_result_to_json (RedaksiResult *self);

G_END_DECLS
