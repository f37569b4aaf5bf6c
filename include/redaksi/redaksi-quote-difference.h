#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <glib-object.h>

#include "redaksi-version-macros.h"

G_BEGIN_DECLS

#define REDAKSI_TYPE_QUOTE_DIFFERENCE (redaksi_quote_difference_get_type ())

typedef struct _RedaksiQuoteDifference RedaksiQuoteDifference;

REDAKSI_AVAILABLE_IN_ALL
GType                   redaksi_quote_difference_get_type   (void) G_GNUC_CONST;
REDAKSI_AVAILABLE_IN_ALL
RedaksiQuoteDifference *redaksi_quote_difference_new        (const char             *quote_words,
                                                             const char             *source_words);
REDAKSI_AVAILABLE_IN_ALL
RedaksiQuoteDifference *redaksi_quote_difference_ref        (RedaksiQuoteDifference *self);
REDAKSI_AVAILABLE_IN_ALL
void                    redaksi_quote_difference_unref      (RedaksiQuoteDifference *self);
REDAKSI_AVAILABLE_IN_ALL
const char             *redaksi_quote_difference_get_quote  (RedaksiQuoteDifference *self);
REDAKSI_AVAILABLE_IN_ALL
const char             *redaksi_quote_difference_get_source (RedaksiQuoteDifference *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiQuoteDifference, redaksi_quote_difference_unref)

G_END_DECLS
