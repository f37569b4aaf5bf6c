#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <glib-object.h>

#include "redaksi-range.h"
#include "redaksi-version-macros.h"

G_BEGIN_DECLS

#define REDAKSI_TYPE_RELATED_LINK (redaksi_related_link_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiRelatedLink, redaksi_related_link, REDAKSI, RELATED_LINK, GObject)

REDAKSI_AVAILABLE_IN_ALL
const RedaksiRange *redaksi_related_link_get_range  (RedaksiRelatedLink *self);
REDAKSI_AVAILABLE_IN_ALL
const char         *redaksi_related_link_get_marker (RedaksiRelatedLink *self);
REDAKSI_AVAILABLE_IN_ALL
const char * const *redaksi_related_link_get_titles (RedaksiRelatedLink *self);
REDAKSI_AVAILABLE_IN_ALL
const char * const *redaksi_related_link_get_urls   (RedaksiRelatedLink *self);

G_END_DECLS
