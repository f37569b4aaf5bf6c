#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <json-glib/json-glib.h>

#include "redaksi-version-macros.h"

G_BEGIN_DECLS

#define REDAKSI_TYPE_RESULT (redaksi_result_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_INTERFACE (RedaksiResult, redaksi_result, REDAKSI, RESULT, GObject)

/**
 * RedaksiResultInterface:
 * @serialize: writes the result as one JSON object (begin and end included)
 *   in the shape of the redaksi JSON contract
 *
 * The interface every result of an analysis implements, so that a
 * [class@Redaksi.Report] can serialise results it knows nothing else about.
 */
struct _RedaksiResultInterface
{
  GTypeInterface parent_iface;

  void (*serialize) (RedaksiResult *self,
                     JsonBuilder   *builder);
};

REDAKSI_AVAILABLE_IN_ALL
void      redaksi_result_serialize (RedaksiResult *self,
                                    JsonBuilder   *builder);
REDAKSI_AVAILABLE_IN_ALL
JsonNode *redaksi_result_to_json   (RedaksiResult *self);

G_END_DECLS
