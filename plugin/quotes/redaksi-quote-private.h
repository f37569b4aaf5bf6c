#pragma once

#include "redaksi-quote.h"

G_BEGIN_DECLS

/* @parts: (element-type RedaksiRange) (transfer full), at least one. */
RedaksiQuote *_redaksi_quote_new        (const char               *text,
                                         GPtrArray                *parts,
                                         const char               *speaker,
                                         const char               *speaker_text,
                                         const char               *cue);
/* Only while the quote is being built, before anyone else sees it.
 * @differences: (element-type RedaksiQuoteDifference) (transfer full) (nullable) */
void          _redaksi_quote_set_source (RedaksiQuote             *self,
                                         RedaksiQuoteSourceStatus  status,
                                         double                    similarity,
                                         GPtrArray                *differences);

G_END_DECLS
