/* redaksi-tokenizer.c: paragraphs, sentences and tokens of Indonesian news
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-tokenizer-private.h"
#include "redaksi-memory-private.h"

typedef struct
{
  const char       *text;
  gsize             start;        /* paragraph start */
  gsize             end;          /* paragraph end */
  RedaksiTokenList *tokens;
  guint             first_token;  /* the paragraph's */
} Scanner;

/* What an ASCII byte is, looked up once instead of asked in turn. */
enum
{
  ASCII_WORD  = 1 << 0,   /* a letter or a digit */
  ASCII_UPPER = 1 << 1,
  ASCII_LOWER = 1 << 2,
  ASCII_SPACE = 1 << 3,
  ASCII_JOIN  = 1 << 4,   /* may join two parts of a word: see connector_joins() */
};

/* Bytes from 0x80 up are no ASCII character: class 0. */
static const guint8 ascii_class[256] = {
  ['0' ... '9'] = ASCII_WORD,
  ['A' ... 'Z'] = ASCII_WORD | ASCII_UPPER,
  ['a' ... 'z'] = ASCII_WORD | ASCII_LOWER,
  [' '] = ASCII_SPACE, ['\t'] = ASCII_SPACE, ['\n'] = ASCII_SPACE,
  ['\r'] = ASCII_SPACE, ['\f'] = ASCII_SPACE, ['\v'] = ASCII_SPACE,
  ['-'] = ASCII_JOIN, ['_'] = ASCII_JOIN, ['\''] = ASCII_JOIN, [','] = ASCII_JOIN,
  ['/'] = ASCII_JOIN, [':'] = ASCII_JOIN, ['.'] = ASCII_JOIN, ['@'] = ASCII_JOIN,
};

/* Domain labels that make `Bisnis.com` or `REPUBLIKA.CO.ID` one word. */
static const char *const domain_labels[] = {
  "com", "co", "id", "net", "org", "go", "ac", "or", "tv", "info", "biz",
  "news", "my", "sg", "sch", "web", "io", "uk", "au", NULL
};

static inline gunichar
char_at (const char *text,
         gsize       pos,
         gsize       end,
         guint      *len)
{
  const char *next;
  guchar c;

  if (pos >= end)
    {
      *len = 0;
      return 0;
    }
  c = (guchar) text[pos];
  if (c < 0x80)
    {
      *len = 1;
      return c;
    }
  next = g_utf8_next_char (text + pos);
  *len = (guint) (next - (text + pos));
  return g_utf8_get_char (text + pos);
}

static inline gunichar
char_before (const char *text,
             gsize       start,
             gsize       pos)
{
  const char *prev;

  if (pos <= start)
    return 0;
  if ((guchar) text[pos - 1] < 0x80)
    return (guchar) text[pos - 1];
  prev = g_utf8_find_prev_char (text + start, text + pos);
  return prev != NULL ? g_utf8_get_char (prev) : 0;
}

static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return (ascii_class[c] & ASCII_SPACE) != 0;
  return c == 0xA0 || c == 0x200B || c == 0xFEFF || c == 0x202F ||
         g_unichar_isspace (c);
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return (ascii_class[c] & ASCII_WORD) != 0;
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static inline gboolean
is_letter (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha (c);
  return g_unichar_isalpha (c);
}

static inline gboolean
is_digit (gunichar c)
{
  return c < 0x80 && g_ascii_isdigit (c);
}

static inline gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2212;
}

static RedaksiQuoteMark
quote_mark_for (gunichar c)
{
  switch (c)
    {
    case '"': return REDAKSI_QUOTE_MARK_STRAIGHT_DOUBLE;
    case 0x201C: return REDAKSI_QUOTE_MARK_LEFT_DOUBLE;
    case 0x201D: return REDAKSI_QUOTE_MARK_RIGHT_DOUBLE;
    case 0x201E: return REDAKSI_QUOTE_MARK_LOW_DOUBLE;
    case '\'': return REDAKSI_QUOTE_MARK_STRAIGHT_SINGLE;
    case 0x2018: return REDAKSI_QUOTE_MARK_LEFT_SINGLE;
    case 0x2019: return REDAKSI_QUOTE_MARK_RIGHT_SINGLE;
    case 0x00AB: return REDAKSI_QUOTE_MARK_LEFT_GUILLEMET;
    case 0x00BB: return REDAKSI_QUOTE_MARK_RIGHT_GUILLEMET;
    default: return REDAKSI_QUOTE_MARK_NONE;
    }
}

static gboolean
is_opening_context (gunichar c)
{
  return c == '(' || c == '[' || c == '{' || is_dash (c) ||
         quote_mark_for (c) != REDAKSI_QUOTE_MARK_NONE;
}

static gboolean
is_closing_context (gunichar c)
{
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '?' ||
         c == '!' || c == ')' || c == ']' || c == '}' || c == 0x2026 ||
         is_dash (c) || quote_mark_for (c) != REDAKSI_QUOTE_MARK_NONE;
}

static gboolean
is_domain_label (const char *text,
                 gsize       pos,
                 gsize       end)
{
  for (guint i = 0; domain_labels[i] != NULL; i++)
    {
      gsize n = strlen (domain_labels[i]);

      if (pos + n <= end &&
          g_ascii_strncasecmp (text + pos, domain_labels[i], n) == 0 &&
          (pos + n == end || !g_ascii_isalnum (text[pos + n])))
        return TRUE;
    }
  return FALSE;
}

static gsize
count_letters (const char *text,
               gsize       pos,
               gsize       end)
{
  gsize n = 0;

  while (pos < end && g_ascii_isalpha (text[pos]))
    pos++, n++;
  return n;
}

/* Twice the room: the token list is sized from the text's length and
 * grows only for text denser in tokens than news is. There are fewer
 * tokens than bytes, and a text has less than 4 GiB. */
static gpointer
list_grow (gpointer  items,
           guint    *size,
           gsize     item_size)
{
  *size = MAX (16, *size < G_MAXUINT / 2 ? *size * 2 : G_MAXUINT);
  return _redaksi_realloc_large (items, *size, item_size);
}

/* Whether a token at @start touches the paragraph's last token so
 * far. The bytes between two tokens are white space and nothing else,
 * as scan_token() skips only those; a NUL byte, a token of its own,
 * counts as a space to the tokens beside it. */
static inline gboolean
touches_last_token (const Scanner *s,
                    gsize          start)
{
  const RedaksiTokenList *list = s->tokens;

  return list->len > s->first_token && list->items[list->len - 1].end == start &&
         s->text[start - 1] != '\0';
}

/* A new token, spaced from the last one unless they touch. */
G_ALWAYS_INLINE static inline RedaksiToken *
push_token (Scanner          *s,
            RedaksiTokenKind  kind,
            gsize             start,
            gsize             end)
{
  RedaksiTokenList *list = s->tokens;
  RedaksiTokenFlags spacing = REDAKSI_TOKEN_FLAGS_NONE;
  RedaksiToken *slot;

  if (!touches_last_token (s, start))
    {
      spacing = REDAKSI_TOKEN_FLAGS_SPACE_BEFORE;
      if (list->len > s->first_token)
        list->items[list->len - 1].flags |= REDAKSI_TOKEN_FLAGS_SPACE_AFTER;
    }
  if (G_UNLIKELY (list->len == list->size))
    list->items = list_grow (list->items, &list->size, sizeof (RedaksiToken));
  slot = &list->items[list->len++];
  *slot = (RedaksiToken) { kind, REDAKSI_QUOTE_MARK_NONE, REDAKSI_QUOTE_ROLE_NONE,
                           spacing, (guint) start, (guint) end };
  return slot;
}

static void
push_span (RedaksiSpanList   *list,
           const RedaksiSpan *span)
{
  if (G_UNLIKELY (list->len == list->size))
    list->items = list_grow (list->items, &list->size, sizeof (RedaksiSpan));
  list->items[list->len++] = *span;
}

/* A full stop joins letters when it writes an abbreviation (`S.H.`,
 * `M.Si.`) or a domain (`Bisnis.com`), never across words glued by a
 * missing space (`dia.Baca`). */
static gboolean
dot_joins_letters (Scanner *s,
                   gsize    segment_start,
                   gsize    dot)
{
  gsize before = dot - segment_start;
  gsize after = count_letters (s->text, dot + 1, s->end);

  if (is_domain_label (s->text, dot + 1, s->end))
    return TRUE;
  return before <= 2 && after >= 1 && after <= 3 &&
         dot + 1 + after < s->end && s->text[dot + 1 + after] == '.';
}

static gboolean
connector_joins (Scanner  *s,
                 gunichar  connector,
                 gsize     pos,
                 gsize     segment_start,
                 gboolean  seen_at)
{
  guint len;
  gunichar prev = char_before (s->text, s->start, pos);
  gunichar next = char_at (s->text, pos + (connector == 0x2019 ? 3 : 1), s->end, &len);

  switch (connector)
    {
    case '-':
    case '_':
      return is_word_char (prev) && is_word_char (next);
    case '\'':
    case 0x2019:
      return is_letter (prev) && is_letter (next);
    case ',':
    case '/':
    case ':':
      return is_digit (prev) && is_digit (next);
    case '.':
      if (is_digit (prev) && is_digit (next))
        return TRUE;
      if (seen_at)
        return is_word_char (next);
      return is_letter (next) && dot_joins_letters (s, segment_start, pos);
    case '@':
      return !seen_at && is_word_char (prev) && is_word_char (next);
    default:
      return FALSE;
    }
}

static inline void
classify_case (gunichar  c,
               gboolean *upper,
               gboolean *lower)
{
  if (c < 0x80)
    {
      *upper = g_ascii_isupper (c);
      *lower = g_ascii_islower (c);
      return;
    }
  *upper = g_unichar_isupper (c) || g_unichar_istitle (c);
  *lower = !*upper && g_unichar_islower (c);
}

/* The cased letters of a word, counted as the word is scanned. */
typedef struct
{
  guint    upper;
  guint    lower;
  gboolean first_upper;   /* the first cased letter is a capital */
} CaseCount;

static inline void
count_case (CaseCount *count,
            gboolean   is_upper,
            gboolean   is_lower)
{
  count->first_upper |= is_upper && count->upper == 0 && count->lower == 0;
  count->upper += is_upper;
  count->lower += is_lower;
}

static inline void
count_char_case (CaseCount *count,
                 gunichar   c)
{
  gboolean is_upper, is_lower;

  classify_case (c, &is_upper, &is_lower);
  count_case (count, is_upper, is_lower);
}

static RedaksiTokenFlags
case_flags_of (const CaseCount *count)
{
  return (count->first_upper ? REDAKSI_TOKEN_FLAGS_CAPITALIZED : 0) |
         (count->upper >= 2 && count->lower == 0 ? REDAKSI_TOKEN_FLAGS_UPPERCASE : 0);
}

static RedaksiTokenFlags
case_flags (const char *text,
            gsize       start,
            gsize       end)
{
  CaseCount count = { 0, 0, FALSE };

  for (gsize pos = start; pos < end;)
    {
      guint len;

      count_char_case (&count, char_at (text, pos, end, &len));
      pos += len;
    }
  return case_flags_of (&count);
}

#define ONES G_GUINT64_CONSTANT (0x0101010101010101)

/* How many of the eight bytes of @v, in the order they lie in memory,
 * are ASCII letters or digits before the first that is not. The bytes'
 * low seven bits are compared with the ranges a byte at a time, in one
 * word: adding 0x80 - x sets a byte's top bit from x up, with no carry
 * into the next byte. */
static inline guint
ascii_word_bytes (guint64 v)
{
  guint64 low = v & ~(ONES * 0x80);
  guint64 folded = low | (ONES * 0x20);     /* letters in lower case; digits stay */
  guint64 digit = (low + ONES * (0x80 - '0')) & ~(low + ONES * (0x80 - '9' - 1));
  guint64 letter = (folded + ONES * (0x80 - 'a')) & ~(folded + ONES * (0x80 - 'z' - 1));
  guint64 other = ~(digit | letter) | v;    /* a byte beyond ASCII is no letter */

  other &= ONES * 0x80;
  return other != 0 ? (guint) __builtin_ctzll (other) / 8 : 8;
}

/* The end of the ASCII letters and digits from @pos: most of every
 * word. Eight bytes a step while eight are left before @end. */
static inline gsize
ascii_word_end (const guchar *text,
                gsize         pos,
                gsize         end)
{
  while (pos + 8 <= end)
    {
      guint64 v;
      guint n;

      memcpy (&v, text + pos, sizeof v);
      n = ascii_word_bytes (GUINT64_FROM_LE (v));
      pos += n;
      if (n < 8)
        return pos;
    }
  while (pos < end && (ascii_class[text[pos]] & ASCII_WORD))
    pos++;
  return pos;
}

/* Counts the case of the ASCII letters in [@pos, @end) up to the first
 * lower-case one: the word's case flags are known from there (its first
 * cased letter is behind, and it is not all capitals), so the rest of
 * the word need not be looked at. */
static inline void
count_ascii_case (const guchar *text,
                  gsize         pos,
                  gsize         end,
                  CaseCount    *cases)
{
  guint upper = cases->upper;
  gboolean first_upper = cases->first_upper;

  for (; pos < end; pos++)
    {
      guint8 class = ascii_class[text[pos]];

      if (class & ASCII_LOWER)
        {
          cases->lower++;
          break;
        }
      first_upper |= (class & ASCII_UPPER) && upper == 0;
      upper += (class & ASCII_UPPER) != 0;
    }
  cases->upper = upper;
  cases->first_upper = first_upper;
}

/* Whether @c may join two parts of one word (connector_joins() says
 * whether it does): asked first, as most words end at a space. */
static inline gboolean
may_connect (gunichar c)
{
  return c < 0x80 ? (ascii_class[c] & ASCII_JOIN) != 0 : c == 0x2019;
}

/* The end of a run of word characters and the connectors inside words,
 * with the case of every character up to there counted in @cases. */
static gsize
scan_word_end (Scanner   *s,
               gsize      pos,
               gboolean  *has_at,
               CaseCount *cases)
{
  const guchar *text = (const guchar *) s->text;
  gsize segment_start = pos;
  guint len;

  *has_at = FALSE;
  for (;;)
    {
      gsize run_end = ascii_word_end (text, pos, s->end);
      gunichar c;

      if (cases->lower == 0)
        count_ascii_case (text, pos, run_end, cases);
      pos = run_end;
      c = char_at (s->text, pos, s->end, &len);

      if (len == 0)
        return pos;
      if (c >= 0x80 && is_word_char (c))
        {
          count_char_case (cases, c);
          pos += len;
          continue;
        }
      /* No connector has a case to count. */
      if (!may_connect (c) || !connector_joins (s, c, pos, segment_start, *has_at))
        return pos;
      *has_at |= c == '@';
      pos += len;
      segment_start = pos;
    }
}

static gboolean
looks_like_date (const char *text,
                 gsize       start,
                 gsize       end)
{
  guint parts = 1, digits = 0;

  for (gsize i = start; i < end; i++)
    {
      if (text[i] == '/' || text[i] == '-')
        {
          if (digits == 0 || digits > 4)
            return FALSE;
          parts++;
          digits = 0;
        }
      else if (g_ascii_isdigit (text[i]))
        digits++;
      else
        return FALSE;
    }
  return parts == 3 && digits >= 2 && digits <= 4;
}

static RedaksiTokenKind
classify_run (const char *text,
              gsize       start,
              gsize       end,
              gboolean    has_at)
{
  gboolean numeric = TRUE;

  if (has_at)
    return REDAKSI_TOKEN_EMAIL;
  for (gsize i = start; i < end && numeric; i++)
    numeric = g_ascii_isdigit (text[i]) || text[i] == '.' || text[i] == ',' ||
              text[i] == '/' || text[i] == ':' || text[i] == '-';
  if (!numeric)
    return REDAKSI_TOKEN_WORD;
  return looks_like_date (text, start, end) ? REDAKSI_TOKEN_DATE : REDAKSI_TOKEN_NUMBER;
}

/* `Rp2,1` is the currency and a number. */
static inline gsize
currency_prefix_length (const char *text,
                        gsize       start,
                        gsize       end)
{
  if (end - start > 2 && (text[start] == 'R') &&
      (text[start + 1] == 'p' || text[start + 1] == 'P') &&
      g_ascii_isdigit (text[start + 2]))
    return 2;
  return 0;
}

static gboolean
takes_abbreviation_stop (Scanner *s,
                         gsize    start,
                         gsize    end)
{
  gunichar first;
  guint len;

  if (end >= s->end || s->text[end] != '.')
    return FALSE;
  first = char_at (s->text, start, end, &len);
  if (start + len == end && g_unichar_isupper (first))
    return TRUE; /* an initial */
  if (memchr (s->text + start, '.', end - start) != NULL &&
      !is_domain_label (s->text, end - count_letters (s->text, start, end), end))
    return classify_run (s->text, start, end, FALSE) == REDAKSI_TOKEN_WORD;
  return _redaksi_abbreviation_lookup (s->text + start, end - start) != REDAKSI_ABBREVIATION_NONE;
}

static gsize
scan_word (Scanner *s,
           gsize    pos)
{
  gboolean has_at;
  CaseCount cases = { 0, 0, FALSE };
  gsize end = scan_word_end (s, pos, &has_at, &cases);
  gsize currency = currency_prefix_length (s->text, pos, end);
  RedaksiTokenKind kind;
  RedaksiToken *token;

  if (currency > 0)
    end = pos + currency;
  /* A cased letter makes it a word: no number or date has one. */
  if (!has_at && cases.upper + cases.lower > 0)
    kind = REDAKSI_TOKEN_WORD;
  else
    kind = classify_run (s->text, pos, end, has_at);
  if (kind == REDAKSI_TOKEN_EMAIL && memchr (s->text + pos, '.', end - pos) == NULL)
    kind = REDAKSI_TOKEN_WORD;
  token = push_token (s, kind, pos, end);
  if (kind == REDAKSI_TOKEN_WORD)
    {
      /* `Rp` of `Rp2,1` is a word of its own. */
      token->flags |= currency > 0 ? case_flags (s->text, pos, end) : case_flags_of (&cases);
      if (takes_abbreviation_stop (s, pos, end))
        {
          token->end = (guint) ++end;
          token->flags |= REDAKSI_TOKEN_FLAGS_ABBREVIATION;
        }
    }
  return end;
}

/* Whether the ASCII connector at @at joins nothing: every connector
 * joins only to a letter or a digit after it (see connector_joins()),
 * and the byte after this one is neither, or there is none. A byte
 * beyond ASCII may start a letter: that is left to the long way. */
static inline gboolean
connector_ends_word (const Scanner *s,
                     gsize          at)
{
  const guchar *text = (const guchar *) s->text;

  return at + 1 >= s->end || (text[at + 1] < 0x80 && !(ascii_class[text[at + 1]] & ASCII_WORD));
}

/* The most common word: ASCII letters and digits, with a cased letter,
 * that end at a space, at the paragraph's end or at punctuation that
 * joins nothing (`kata,` `dia.`: nothing beyond ASCII, no connector
 * before a letter or a digit), scanned without the general scan's
 * questions; 0 when the word needs them. */
static inline gsize
scan_plain_word (Scanner *s,
                 gsize    pos)
{
  const guchar *text = (const guchar *) s->text;
  gsize end = ascii_word_end (text, pos, s->end);
  CaseCount cases = { 0, 0, FALSE };
  RedaksiToken *token;

  if (end < s->end &&
      (text[end] >= 0x80 || ((ascii_class[text[end]] & ASCII_JOIN) && !connector_ends_word (s, end))))
    return 0;
  if (currency_prefix_length (s->text, pos, end) > 0)
    return 0;
  count_ascii_case (text, pos, end, &cases);
  if (cases.upper + cases.lower == 0)
    return 0;
  token = push_token (s, REDAKSI_TOKEN_WORD, pos, end);
  token->flags |= case_flags_of (&cases);
  /* As scan_word() does it: `dr.` and an initial keep their stop. */
  if (end < s->end && text[end] == '.' && takes_abbreviation_stop (s, pos, end))
    {
      token->end = (guint) ++end;
      token->flags |= REDAKSI_TOKEN_FLAGS_ABBREVIATION;
    }
  return end;
}

static gboolean
starts_url (Scanner *s,
            gsize    pos)
{
  static const char *const prefixes[] = { "https://", "http://", "www.", NULL };
  guchar first, second;

  /* Asked at every word: most start with neither "ht" nor "ww", and
   * every prefix has a byte after it. */
  if (pos + 4 >= s->end)
    return FALSE;
  first = (guchar) s->text[pos] | 0x20;
  second = (guchar) s->text[pos + 1] | 0x20;
  if (!(first == 'h' && second == 't') && !(first == 'w' && second == 'w'))
    return FALSE;
  for (guint i = 0; prefixes[i] != NULL; i++)
    {
      gsize n = strlen (prefixes[i]);

      if (pos + n < s->end && g_ascii_strncasecmp (s->text + pos, prefixes[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

static gsize
scan_url (Scanner *s,
          gsize    pos)
{
  gsize end = pos;
  guint len;
  gunichar c;

  while ((c = char_at (s->text, end, s->end, &len)) != 0 && !is_space (c) &&
         c != '<' && c != '>' && c != '"' && c != 0x201C && c != 0x201D)
    end += len;
  /* Trailing punctuation belongs to the sentence, not to the address. */
  while (end > pos && strchr (".,;:!?)]'", s->text[end - 1]) != NULL)
    {
      if (s->text[end - 1] == ')' && memchr (s->text + pos, '(', end - pos) != NULL)
        break;
      end--;
    }
  push_token (s, REDAKSI_TOKEN_URL, pos, end);
  return end;
}

static gsize
scan_quote (Scanner          *s,
            gsize             pos,
            guint             len,
            RedaksiQuoteMark  mark)
{
  gunichar prev = char_before (s->text, s->start, pos);
  guint next_len;
  gunichar next = char_at (s->text, pos + len, s->end, &next_len);
  gboolean space_before = prev == 0 || is_space (prev);
  gboolean space_after = next == 0 || is_space (next);
  RedaksiToken *token = push_token (s, REDAKSI_TOKEN_QUOTE, pos, pos + len);

  token->quote_mark = mark;
  if ((space_before || is_opening_context (prev)) && !space_after && !is_closing_context (next))
    token->quote_role = REDAKSI_QUOTE_ROLE_OPENING;
  else if (!space_before && (space_after || is_closing_context (next)))
    token->quote_role = REDAKSI_QUOTE_ROLE_CLOSING;
  else
    token->quote_role = REDAKSI_QUOTE_ROLE_AMBIGUOUS;
  return pos + len;
}

static gboolean
is_single_mark (RedaksiQuoteMark mark)
{
  return mark == REDAKSI_QUOTE_MARK_STRAIGHT_SINGLE || mark == REDAKSI_QUOTE_MARK_LEFT_SINGLE
         || mark == REDAKSI_QUOTE_MARK_RIGHT_SINGLE;
}

/* A doubled mark opens before a word or closes after a word or the end
 * of a sentence; anywhere else ("val() == ''" in a page's script) the
 * two marks are two. */
static gboolean
doubled_mark_touches_word (Scanner *s,
                           gsize    pos,
                           gsize    end)
{
  guint after_len;
  gunichar before = char_before (s->text, s->start, pos);
  gunichar after = char_at (s->text, end, s->end, &after_len);

  return (after != 0 && is_word_char (after))
         || (before != 0 && (is_word_char (before) || before == ',' || before == '.' || before == '!'
                             || before == '?' || before == 0x2026));
}

/* ‘’…’’ and ''…'': two single marks that some newsrooms' systems write
 * for one double mark. The pair at @pos (the first @len bytes long) is
 * one mark of the double kind: its length in *@len and its kind, or
 * @mark unchanged when no such pair starts here. */
static RedaksiQuoteMark
doubled_single_mark (Scanner          *s,
                     gsize             pos,
                     guint            *len,
                     RedaksiQuoteMark  mark)
{
  guint next_len;
  RedaksiQuoteMark next;

  if (!is_single_mark (mark))
    return mark;
  next = quote_mark_for (char_at (s->text, pos + *len, s->end, &next_len));
  if (!is_single_mark (next) || !doubled_mark_touches_word (s, pos, pos + *len + next_len))
    return mark;
  if (mark == REDAKSI_QUOTE_MARK_LEFT_SINGLE && next != REDAKSI_QUOTE_MARK_STRAIGHT_SINGLE)
    mark = REDAKSI_QUOTE_MARK_LEFT_DOUBLE;
  else if (mark == REDAKSI_QUOTE_MARK_RIGHT_SINGLE && next == REDAKSI_QUOTE_MARK_RIGHT_SINGLE)
    mark = REDAKSI_QUOTE_MARK_RIGHT_DOUBLE;
  else if (mark == REDAKSI_QUOTE_MARK_STRAIGHT_SINGLE && next == REDAKSI_QUOTE_MARK_STRAIGHT_SINGLE)
    mark = REDAKSI_QUOTE_MARK_STRAIGHT_DOUBLE;
  else
    return mark;
  *len += next_len;
  return mark;
}

static gsize
scan_punctuation (Scanner  *s,
                  gsize     pos,
                  gunichar  c,
                  guint     len)
{
  gsize end = pos + len;
  RedaksiTokenKind kind = REDAKSI_TOKEN_PUNCTUATION;

  if (c == '-' || c == '.')
    while (end < s->end && s->text[end] == (char) c)
      end++;
  else if (!(c < 0x80 ? g_ascii_ispunct (c) : g_unichar_ispunct (c)))
    kind = REDAKSI_TOKEN_SYMBOL;
  push_token (s, kind, pos, end);
  return end;
}

static gsize
scan_token (Scanner *s,
            gsize    pos)
{
  guchar byte = (guchar) s->text[pos];
  guint len;
  gunichar c;
  RedaksiQuoteMark mark;

  /* Most tokens and spaces are ASCII; an address starts with a letter. */
  if (byte < 0x80 && (ascii_class[byte] & ASCII_SPACE))
    return pos + 1;
  if (byte < 0x80 && (ascii_class[byte] & ASCII_WORD))
    {
      gsize end;

      if (starts_url (s, pos))
        return scan_url (s, pos);
      end = scan_plain_word (s, pos);
      return end > 0 ? end : scan_word (s, pos);
    }
  c = char_at (s->text, pos, s->end, &len);
  if (is_space (c))
    return pos + len;
  if (is_word_char (c))
    return scan_word (s, pos);
  if ((mark = quote_mark_for (c)) != REDAKSI_QUOTE_MARK_NONE)
    {
      mark = doubled_single_mark (s, pos, &len, mark);
      return scan_quote (s, pos, len, mark);
    }
  return scan_punctuation (s, pos, c, len);
}

/* The paragraph's tokens, each spaced from the one before unless they
 * touch; its end is a space after the last. */
static void
tokenize_paragraph (Scanner *s)
{
  s->first_token = s->tokens->len;
  for (gsize pos = s->start; pos < s->end;)
    {
      pos = scan_token (s, pos);
      /* Most tokens are followed by one space, which scan_token() would
       * only step over. */
      if (pos < s->end && s->text[pos] == ' ')
        pos++;
    }
  if (s->tokens->len > s->first_token)
    s->tokens->items[s->tokens->len - 1].flags |= REDAKSI_TOKEN_FLAGS_SPACE_AFTER;
}

/* Sentences ---------------------------------------------------------- */

static gboolean
token_is (const char         *text,
          const RedaksiToken *t,
          const char         *str)
{
  gsize n = strlen (str);

  return t->end - t->start == n && memcmp (text + t->start, str, n) == 0;
}

static gboolean
ends_sentence (const char         *text,
               const RedaksiToken *t)
{
  if (t->kind == REDAKSI_TOKEN_PUNCTUATION)
    return token_is (text, t, ".") || token_is (text, t, "?") ||
           token_is (text, t, "!") || token_is (text, t, "...") ||
           token_is (text, t, "\xe2\x80\xa6");
  if (t->flags & REDAKSI_TOKEN_FLAGS_ABBREVIATION)
    return _redaksi_abbreviation_lookup (text + t->start, t->end - t->start - 1) ==
           REDAKSI_ABBREVIATION_TERMINAL;
  return FALSE;
}

static gboolean
closes_sentence_end (const char         *text,
                     const RedaksiToken *t)
{
  if (t->kind == REDAKSI_TOKEN_QUOTE)
    return t->quote_role == REDAKSI_QUOTE_ROLE_CLOSING;
  return t->kind == REDAKSI_TOKEN_PUNCTUATION &&
         (token_is (text, t, ")") || token_is (text, t, "]"));
}

static gboolean
starts_sentence (const char         *text,
                 const RedaksiToken *end_token,
                 const RedaksiToken *t)
{
  gboolean after_abbreviation = (end_token->flags & REDAKSI_TOKEN_FLAGS_ABBREVIATION) != 0;

  if (t->kind == REDAKSI_TOKEN_WORD)
    return (t->flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED) != 0;
  if (after_abbreviation)
    return FALSE;
  if (t->kind == REDAKSI_TOKEN_QUOTE)
    return t->quote_role == REDAKSI_QUOTE_ROLE_OPENING;
  return t->kind == REDAKSI_TOKEN_NUMBER || t->kind == REDAKSI_TOKEN_DATE ||
         t->kind == REDAKSI_TOKEN_URL || token_is (text, t, "(");
}

static void
push_sentence (RedaksiSegmentation *out,
               guint                first,
               guint                end,
               guint                paragraph)
{
  RedaksiToken *tokens = out->tokens.items;
  RedaksiSpan span = { tokens[first].start, tokens[end - 1].end, first, end, paragraph };

  tokens[first].flags |= REDAKSI_TOKEN_FLAGS_SENTENCE_START;
  push_span (&out->sentences, &span);
}

static void
split_sentences (const char          *text,
                 RedaksiSegmentation *out,
                 guint                first,
                 guint                end,
                 guint                paragraph)
{
  const RedaksiToken *tokens = out->tokens.items;
  guint sentence_start = first;

  for (guint i = first; i < end; i++)
    {
      guint next = i + 1;

      if (!ends_sentence (text, &tokens[i]))
        continue;
      while (next < end && closes_sentence_end (text, &tokens[next]))
        next++;
      if (next < end && !starts_sentence (text, &tokens[i], &tokens[next]))
        continue;
      push_sentence (out, sentence_start, next, paragraph);
      sentence_start = next;
      i = next - 1;
    }
  if (sentence_start < end)
    push_sentence (out, sentence_start, end, paragraph);
}

/* Datelines ---------------------------------------------------------- */

static gboolean
is_dateline_dash (const char         *text,
                  const RedaksiToken *t)
{
  const RedaksiTokenFlags spaced = REDAKSI_TOKEN_FLAGS_SPACE_BEFORE | REDAKSI_TOKEN_FLAGS_SPACE_AFTER;

  return t->kind == REDAKSI_TOKEN_PUNCTUATION && (t->flags & spaced) == spaced &&
         (text[t->start] == '-' || token_is (text, t, "\xe2\x80\x93") ||
          token_is (text, t, "\xe2\x80\x94"));
}

/* `Bisnis.com, JAKARTA -`, `JAKARTA, KOMPAS.com -`, `Jakarta (ANTARA) -`:
 * a few capitalised words or domains, commas or parentheses, and a
 * spaced dash, at least one word in capitals or written as a domain. */
static gint
find_dateline_end (const char         *text,
                   const RedaksiToken *tokens,
                   guint               n_tokens)
{
  gboolean marked = FALSE;
  guint words = 0;

  for (guint i = 0; i < MIN (n_tokens, 10); i++)
    {
      const RedaksiToken *t = &tokens[i];

      if (i > 0 && is_dateline_dash (text, t))
        return marked && words > 0 ? (gint) i + 1 : -1;
      gboolean domain = t->kind == REDAKSI_TOKEN_WORD && memchr (text + t->start, '.', t->end - t->start) != NULL;

      /* `Puruk Cahu, gemakalteng.co.id –`: an outlet's domain in lower case. */
      if (t->kind == REDAKSI_TOKEN_WORD && ((t->flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED) || domain))
        {
          words += (t->flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED) != 0;
          marked |= (t->flags & REDAKSI_TOKEN_FLAGS_UPPERCASE) || domain;
        }
      else if (t->kind == REDAKSI_TOKEN_PUNCTUATION &&
               (token_is (text, t, ",") || token_is (text, t, "(") || token_is (text, t, ")")))
        marked |= text[t->start] == '(';
      else
        return -1;
    }
  return -1;
}

/* Paragraphs --------------------------------------------------------- */

static void
trim_span (const char *text,
           gsize      *start,
           gsize      *end)
{
  guint len;

  while (*start < *end && is_space (char_at (text, *start, *end, &len)))
    *start += len;
  while (*end > *start)
    {
      const char *prev = g_utf8_find_prev_char (text + *start, text + *end);

      if (prev == NULL || !is_space (g_utf8_get_char (prev)))
        break;
      *end = (gsize) (prev - text);
    }
}

static void
segment_paragraph (const char          *text,
                   gsize                start,
                   gsize                end,
                   RedaksiSegmentation *out)
{
  Scanner s = { text, start, end, &out->tokens, out->tokens.len };
  guint first_token = out->tokens.len;
  RedaksiSpan span = { (guint) start, (guint) end, first_token, 0, out->sentences.len };

  tokenize_paragraph (&s);
  span.end_token = out->tokens.len;
  if (span.end_token == first_token)
    return;
  out->tokens.items[first_token].flags |= REDAKSI_TOKEN_FLAGS_PARAGRAPH_START;
  split_sentences (text, out, first_token, span.end_token, out->paragraphs.len);
  push_span (&out->paragraphs, &span);
}

/* A headline above the story: one short line with no full stop at its
 * end, as an article copied from its page starts. */
static gboolean
is_headline_paragraph (const char          *text,
                       const RedaksiSpan   *paragraph,
                       const RedaksiToken  *tokens)
{
  guint n_tokens = paragraph->end_token - paragraph->first_token;

  return n_tokens <= 30 && !token_is (text, &tokens[paragraph->end_token - 1], ".")
         && memchr (text + paragraph->start, '\n', paragraph->end - paragraph->start) == NULL;
}

static void
mark_dateline (const char          *text,
               gboolean             anywhere,
               RedaksiSegmentation *out)
{
  const RedaksiToken *tokens = out->tokens.items;
  guint n_paragraphs = anywhere ? out->paragraphs.len : MIN (out->paragraphs.len, 1);

  /* In text, the dateline opens the first paragraph, or the second
   * under a headline. */
  if (!anywhere && out->paragraphs.len > 1 && is_headline_paragraph (text, &out->paragraphs.items[0], tokens))
    n_paragraphs = 2;

  out->dateline_end_token = -1;
  for (guint i = 0; i < n_paragraphs && out->dateline_end_token < 0; i++)
    {
      const RedaksiSpan *paragraph = &out->paragraphs.items[i];
      guint n_tokens = paragraph->end_token - paragraph->first_token;
      gint end = find_dateline_end (text, tokens + paragraph->first_token, n_tokens);

      /* On a page, menus and teasers have dashes too; a lead paragraph
       * goes on for a sentence at least. */
      if (end < 0 || ((anywhere || i > 0) && n_tokens - end < 12))
        continue;
      out->dateline_first_token = paragraph->first_token;
      out->dateline_end_token = (gint) paragraph->first_token + end;
    }
  for (gint i = out->dateline_first_token; i < out->dateline_end_token; i++)
    out->tokens.items[i].flags |= REDAKSI_TOKEN_FLAGS_DATELINE;
}

gboolean
_redaksi_segment_text (const char          *text,
                       gsize                length,
                       gboolean             dateline_anywhere,
                       GCancellable        *cancellable,
                       RedaksiSegmentation *out)
{
  gsize line_start = 0, checked = 0;

  /* News has a token for every five or six bytes and a sentence for
   * every hundred, a paragraph for one sentence at least: room made
   * once. */
  *out = (RedaksiSegmentation) {
    .tokens = { NULL, 0, length / 5 + 16 },
    .sentences = { NULL, 0, length / 50 + 16 },
    .paragraphs = { NULL, 0, length / 50 + 16 },
    .dateline_end_token = -1,
  };
  out->tokens.items = _redaksi_new_large (RedaksiToken, out->tokens.size);
  out->sentences.items = _redaksi_new_large (RedaksiSpan, out->sentences.size);
  out->paragraphs.items = _redaksi_new_large (RedaksiSpan, out->paragraphs.size);

  while (line_start < length)
    {
      const char *nl = memchr (text + line_start, '\n', length - line_start);
      gsize line_end = nl != NULL ? (gsize) (nl - text) : length;
      gsize start = line_start, end = line_end;

      trim_span (text, &start, &end);
      if (start < end)
        segment_paragraph (text, start, end, out);
      line_start = line_end + 1;
      /* Looked at every 256 KiB: a cancelled analysis stops within
       * milliseconds even on an archive of hundreds of MB. */
      if (line_start - checked > 256 * 1024)
        {
          checked = line_start;
          if (g_cancellable_is_cancelled (cancellable))
            {
              _redaksi_segmentation_clear (out);
              return FALSE;
            }
        }
    }
  mark_dateline (text, dateline_anywhere, out);
  return TRUE;
}

void
_redaksi_segmentation_clear (RedaksiSegmentation *self)
{
  g_clear_pointer (&self->tokens.items, g_free);
  g_clear_pointer (&self->sentences.items, g_free);
  g_clear_pointer (&self->paragraphs.items, g_free);
  self->tokens.len = self->sentences.len = self->paragraphs.len = 0;
  self->tokens.size = self->sentences.size = self->paragraphs.size = 0;
}
