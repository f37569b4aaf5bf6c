#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <glib-object.h>

#include "redaksi-version-macros.h"

G_BEGIN_DECLS

/**
 * RedaksiTokenKind:
 * @REDAKSI_TOKEN_WORD: a word, including reduplications (`negara-negara`),
 *   abbreviations with their full stops (`dll.`, `S.H.`), names with an
 *   apostrophe (`Ma’ruf`) and domain-like names (`Bisnis.com`)
 * @REDAKSI_TOKEN_NUMBER: a number such as `1.000`, `12,5` or `10`
 * @REDAKSI_TOKEN_DATE: a numeric date such as `2/3/2023`
 * @REDAKSI_TOKEN_URL: a web address
 * @REDAKSI_TOKEN_EMAIL: an e-mail address
 * @REDAKSI_TOKEN_PUNCTUATION: a punctuation mark or a run of dashes
 * @REDAKSI_TOKEN_QUOTE: a quotation mark; see #RedaksiQuoteMark
 * @REDAKSI_TOKEN_SYMBOL: anything else (currency signs, emoji, …)
 *
 * What a token is.
 */
typedef enum
{
  REDAKSI_TOKEN_WORD,
  REDAKSI_TOKEN_NUMBER,
  REDAKSI_TOKEN_DATE,
  REDAKSI_TOKEN_URL,
  REDAKSI_TOKEN_EMAIL,
  REDAKSI_TOKEN_PUNCTUATION,
  REDAKSI_TOKEN_QUOTE,
  REDAKSI_TOKEN_SYMBOL,
} RedaksiTokenKind;

/**
 * RedaksiQuoteMark:
 * @REDAKSI_QUOTE_MARK_NONE: not a quotation mark
 * @REDAKSI_QUOTE_MARK_STRAIGHT_DOUBLE: `"`
 * @REDAKSI_QUOTE_MARK_LEFT_DOUBLE: `“`
 * @REDAKSI_QUOTE_MARK_RIGHT_DOUBLE: `”`, also used to open a quote in the
 *   Kompas style `”…”`
 * @REDAKSI_QUOTE_MARK_LOW_DOUBLE: `„`
 * @REDAKSI_QUOTE_MARK_STRAIGHT_SINGLE: `'` standing alone (not an apostrophe
 *   inside a word)
 * @REDAKSI_QUOTE_MARK_LEFT_SINGLE: `‘`
 * @REDAKSI_QUOTE_MARK_RIGHT_SINGLE: `’` standing alone (not an apostrophe
 *   inside a word)
 * @REDAKSI_QUOTE_MARK_LEFT_GUILLEMET: `«`
 * @REDAKSI_QUOTE_MARK_RIGHT_GUILLEMET: `»`
 *
 * The character of a quotation mark token. Two single marks that some
 * newsrooms' systems write for one double mark, `‘’…’’` or `''…''`, are
 * one token of the double kind (left, right or straight) when they open
 * before a word or close after one.
 */
typedef enum
{
  REDAKSI_QUOTE_MARK_NONE,
  REDAKSI_QUOTE_MARK_STRAIGHT_DOUBLE,
  REDAKSI_QUOTE_MARK_LEFT_DOUBLE,
  REDAKSI_QUOTE_MARK_RIGHT_DOUBLE,
  REDAKSI_QUOTE_MARK_LOW_DOUBLE,
  REDAKSI_QUOTE_MARK_STRAIGHT_SINGLE,
  REDAKSI_QUOTE_MARK_LEFT_SINGLE,
  REDAKSI_QUOTE_MARK_RIGHT_SINGLE,
  REDAKSI_QUOTE_MARK_LEFT_GUILLEMET,
  REDAKSI_QUOTE_MARK_RIGHT_GUILLEMET,
} RedaksiQuoteMark;

/**
 * RedaksiQuoteRole:
 * @REDAKSI_QUOTE_ROLE_NONE: not a quotation mark
 * @REDAKSI_QUOTE_ROLE_OPENING: the mark opens a quotation: it is followed by
 *   text and preceded by a space, an opening bracket or the paragraph start
 * @REDAKSI_QUOTE_ROLE_CLOSING: the mark closes a quotation: it is preceded
 *   by text and followed by a space, punctuation or the paragraph end
 * @REDAKSI_QUOTE_ROLE_AMBIGUOUS: the surrounding characters do not tell
 *   (`a"b`, or a mark between two spaces)
 *
 * What the characters around a quotation mark say about its role, whatever
 * the mark's shape. Straight marks and the Kompas style `”…”` are told
 * apart only this way.
 */
typedef enum
{
  REDAKSI_QUOTE_ROLE_NONE,
  REDAKSI_QUOTE_ROLE_OPENING,
  REDAKSI_QUOTE_ROLE_CLOSING,
  REDAKSI_QUOTE_ROLE_AMBIGUOUS,
} RedaksiQuoteRole;

/**
 * RedaksiTokenFlags:
 * @REDAKSI_TOKEN_FLAGS_NONE: no flag
 * @REDAKSI_TOKEN_FLAGS_CAPITALIZED: the token starts with an upper-case letter
 * @REDAKSI_TOKEN_FLAGS_UPPERCASE: every letter of the token is upper case
 *   (and it has at least two)
 * @REDAKSI_TOKEN_FLAGS_ABBREVIATION: an abbreviation or initial whose full
 *   stop belongs to it (`dr.`, `No.`, `H.`, `S.H.`)
 * @REDAKSI_TOKEN_FLAGS_SENTENCE_START: the first token of a sentence
 * @REDAKSI_TOKEN_FLAGS_PARAGRAPH_START: the first token of a paragraph
 * @REDAKSI_TOKEN_FLAGS_SPACE_BEFORE: white space or the paragraph start
 *   comes right before the token
 * @REDAKSI_TOKEN_FLAGS_SPACE_AFTER: white space or the paragraph end comes
 *   right after the token
 * @REDAKSI_TOKEN_FLAGS_DATELINE: the token is part of the dateline
 *   (`Bisnis.com, JAKARTA -`)
 *
 * Facts about a token that analyses often need.
 */
typedef enum /*< flags >*/
{
  REDAKSI_TOKEN_FLAGS_NONE            = 0,
  REDAKSI_TOKEN_FLAGS_CAPITALIZED     = 1 << 0,
  REDAKSI_TOKEN_FLAGS_UPPERCASE       = 1 << 1,
  REDAKSI_TOKEN_FLAGS_ABBREVIATION    = 1 << 2,
  REDAKSI_TOKEN_FLAGS_SENTENCE_START  = 1 << 3,
  REDAKSI_TOKEN_FLAGS_PARAGRAPH_START = 1 << 4,
  REDAKSI_TOKEN_FLAGS_SPACE_BEFORE    = 1 << 5,
  REDAKSI_TOKEN_FLAGS_SPACE_AFTER     = 1 << 6,
  REDAKSI_TOKEN_FLAGS_DATELINE        = 1 << 7,
} RedaksiTokenFlags;

#define REDAKSI_TYPE_TOKEN (redaksi_token_get_type ())

typedef struct _RedaksiToken RedaksiToken;

/**
 * RedaksiToken:
 * @kind: what the token is
 * @quote_mark: the mark's shape, for %REDAKSI_TOKEN_QUOTE
 * @quote_role: the mark's role as its neighbours tell it
 * @flags: facts about the token
 * @start: byte offset of the token in the document's text
 *   (redaksi_document_get_text())
 * @end: byte offset just past the token in the document's text
 *
 * One token of a document. Its offsets are in the document's text, which
 * for HTML input is the extracted visible text; use
 * redaksi_document_make_range() to turn them into a range of the input.
 */
struct _RedaksiToken
{
  RedaksiTokenKind  kind;
  RedaksiQuoteMark  quote_mark;
  RedaksiQuoteRole  quote_role;
  RedaksiTokenFlags flags;
  guint             start;
  guint             end;
};

REDAKSI_AVAILABLE_IN_ALL
GType         redaksi_token_get_type (void) G_GNUC_CONST;
REDAKSI_AVAILABLE_IN_ALL
RedaksiToken *redaksi_token_copy     (const RedaksiToken *self);
REDAKSI_AVAILABLE_IN_ALL
void          redaksi_token_free     (RedaksiToken       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiToken, redaksi_token_free)

G_END_DECLS
