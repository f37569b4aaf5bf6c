#pragma once

#include "redaksi-document.h"
#include "redaksi-token.h"
#include "redaksi-quote.h"

G_BEGIN_DECLS

/* A source's words, indexed by word trigrams and by rare single words,
 * so that each quote is placed by voting on diagonals and aligned only
 * against a window of the source: time near-linear in source + quotes. */
typedef struct _RedaksiQuoteSource RedaksiQuoteSource;

RedaksiQuoteSource *_redaksi_quote_source_new    (RedaksiDocument           *source);
void                _redaksi_quote_source_free   (RedaksiQuoteSource        *self);
/* @words: the quote's words, normalised by _redaksi_quote_normalize_word().
 * @differences: (out) (element-type RedaksiQuoteDifference) */
void                _redaksi_quote_source_verify (RedaksiQuoteSource        *self,
                                                  GPtrArray                 *words,
                                                  RedaksiQuoteSourceStatus  *status,
                                                  double                    *similarity,
                                                  GPtrArray                **differences);
/* Words, numbers, dates and the percent sign take part in alignment. */
gboolean            _redaksi_quote_is_word_token (const char               *text,
                                                  const RedaksiToken       *token);
/* Lower case, only letters, digits and the marks inside words and numbers. */
char               *_redaksi_quote_normalize_word (const char               *word,
                                                   gssize                    length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiQuoteSource, _redaksi_quote_source_free)

G_END_DECLS
