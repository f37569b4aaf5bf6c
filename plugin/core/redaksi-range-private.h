#pragma once

#include <json-glib/json-glib.h>

#include "redaksi-json-writer-private.h"
#include "redaksi-range.h"

G_BEGIN_DECLS

void _redaksi_range_write_members     (const RedaksiRange *self,
                                       RedaksiJsonWriter  *writer);

G_END_DECLS
