#pragma once

#include "redaksi-quote-scan-private.h"

G_BEGIN_DECLS

/* Each sets the draft's cue and speaker tokens (or pronoun) and adds the
 * punctuation, cue-case and unknown-cue findings at that boundary. */
void _redaksi_quote_attribute_after  (QuoteScan  *scan,
                                      QuoteDraft *draft);
void _redaksi_quote_attribute_before (QuoteScan  *scan,
                                      QuoteDraft *draft);

G_END_DECLS
