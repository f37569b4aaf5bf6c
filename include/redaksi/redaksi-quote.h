#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <glib-object.h>

#include "redaksi-quote-difference.h"
#include "redaksi-range.h"
#include "redaksi-version-macros.h"

G_BEGIN_DECLS

/**
 * RedaksiQuoteSourceStatus:
 * @REDAKSI_QUOTE_SOURCE_NONE: no source was given
 * @REDAKSI_QUOTE_SOURCE_VERIFIED: the source has the quote's words
 *   (ignoring case, punctuation and white space)
 * @REDAKSI_QUOTE_SOURCE_ALTERED: the closest passage of the source differs
 *   from the quote; see redaksi_quote_get_differences()
 * @REDAKSI_QUOTE_SOURCE_NOT_FOUND: no passage of the source matches
 *
 * What a source check found for a quote.
 */
typedef enum
{
  REDAKSI_QUOTE_SOURCE_NONE,
  REDAKSI_QUOTE_SOURCE_VERIFIED,
  REDAKSI_QUOTE_SOURCE_ALTERED,
  REDAKSI_QUOTE_SOURCE_NOT_FOUND,
} RedaksiQuoteSourceStatus;

#define REDAKSI_TYPE_QUOTE (redaksi_quote_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiQuote, redaksi_quote, REDAKSI, QUOTE, GObject)

REDAKSI_AVAILABLE_IN_ALL
const char               *redaksi_quote_get_text          (RedaksiQuote *self);
REDAKSI_AVAILABLE_IN_ALL
const RedaksiRange       *redaksi_quote_get_range         (RedaksiQuote *self);
REDAKSI_AVAILABLE_IN_ALL
GPtrArray                *redaksi_quote_get_parts         (RedaksiQuote *self);
REDAKSI_AVAILABLE_IN_ALL
const char               *redaksi_quote_get_speaker       (RedaksiQuote *self);
REDAKSI_AVAILABLE_IN_ALL
const char               *redaksi_quote_get_speaker_text  (RedaksiQuote *self);
REDAKSI_AVAILABLE_IN_ALL
const char               *redaksi_quote_get_cue           (RedaksiQuote *self);
REDAKSI_AVAILABLE_IN_ALL
RedaksiQuoteSourceStatus  redaksi_quote_get_source_status (RedaksiQuote *self);
REDAKSI_AVAILABLE_IN_ALL
double                    redaksi_quote_get_similarity    (RedaksiQuote *self);
REDAKSI_AVAILABLE_IN_ALL
GPtrArray                *redaksi_quote_get_differences   (RedaksiQuote *self);

G_END_DECLS
