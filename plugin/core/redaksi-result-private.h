#pragma once

#include "redaksi-json-writer-private.h"
#include "redaksi-result.h"

G_BEGIN_DECLS

/* @write: writes the result as one JSON object (begin and end included)
 *   in the shape of the redaksi JSON contract */
struct _RedaksiResultInterface
{
  GTypeInterface parent_iface;

  void (*write) (RedaksiResult     *self,
                 RedaksiJsonWriter *writer);
};

void   _redaksi_result_write   (RedaksiResult     *self,
                                RedaksiJsonWriter *writer);
/* The result alone as JSON text. */
char  *_redaksi_result_to_text (RedaksiResult     *self,
                                gboolean           pretty);

G_END_DECLS
