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

/* Fetches a source by URL under the library's fetch policy (see
 * redaksi-fetch-private.h): no private addresses unless @allow_private,
 * every redirect judged again, at most 5 of them, 30 s in all and 16 MiB.
 * Errors are G_IO_ERROR errors; @is_html says whether the server called
 * the answer HTML. */
GBytes             *_redaksi_quote_source_fetch   (const char               *uri,
                                                   gboolean                  allow_private,
                                                   gboolean                 *is_html,
                                                   GCancellable             *cancellable,
                                                   GError                  **error);
/* Tests only: other limits for _redaksi_quote_source_fetch(); 0 keeps one. */
void                _redaksi_quote_source_set_fetch_limits_for_testing (guint timeout_ms,
                                                                        gsize max_bytes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiQuoteSource, _redaksi_quote_source_free)

G_END_DECLS
