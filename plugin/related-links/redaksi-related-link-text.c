/* redaksi-related-link-text.c: related-article inserts in plain text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "redaksi-insert-markers-private.h"
#include "redaksi-related-link-private.h"

/* A title line is short; an inline insert never spans more than this.
 * Both bounds keep every step of the scan constant-time, so the whole
 * scan stays linear on adversarial input (100 000 markers on one line,
 * unbalanced parentheses). */
#define MAX_TITLE_BYTES  200
#define MAX_TITLE_WORDS  25
#define MAX_TITLE_LINES  8
#define MAX_INLINE_BYTES 400

/* A marker of the lexicon (redaksi-insert-markers.c). */
typedef RedaksiMarker Label;

typedef struct
{
  const char *text;
  gsize       length;
  GArray     *inserts;
  GCancellable *cancellable;
  gboolean    bare;  /* where the inserts are, without their titles and links */
} Scanner;

static inline gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || (guchar) c >= 0x80;
}

static gsize
trim_end (const char *s,
          gsize       start,
          gsize       end)
{
  while (end > start && (is_blank (s[end - 1]) || (end - start >= 2 && is_nbsp (s, end - 2, end))))
    end -= is_blank (s[end - 1]) ? 1 : 2;
  return end;
}

/* Only the markers of inline inserts are seen glued (baca, lihat,
 * simak, tonton, yuk); other lines are not searched for a digit. */
static inline gboolean
is_glued_initial (char c)
{
  switch (ascii_lower (c))
    {
    case 'b': case 'l': case 's': case 't': case 'y':
      return TRUE;
    default:
      return FALSE;
    }
}

/* A marker glued to the number that starts its title (`BACA JUGA231
 * Pendemo …`): the marker ends where the first digit within reach is. */
static const Label *
match_glued_label (const char *s,
                   gsize       i,
                   gsize       end,
                   gsize      *label_end)
{
  gsize digit = i;

  if (i >= end || !is_glued_initial (s[i]) || !_redaksi_insert_marker_may_start (s, i, end))
    return NULL;
  while (digit < end && digit - i < 32 && !g_ascii_isdigit (s[digit]))
    digit++;
  if (digit == i || digit >= end || !g_ascii_isalpha (s[digit - 1]))
    return NULL;
  return _redaksi_insert_marker_at (s, i, digit, label_end);
}

static const Label *
match_label (const char *s,
             gsize       i,
             gsize       end,
             gsize      *label_end)
{
  gsize glued_end = 0;
  const Label *glued, *label;

  /* Most lines start with no marker's first letters: one test passes them. */
  if (!_redaksi_insert_marker_may_start (s, i, end))
    return NULL;
  glued = match_glued_label (s, i, end, &glued_end);
  label = _redaksi_insert_marker_at (s, i, end, label_end);

  /* `BACA JUGA231` is "baca juga" glued on, not the bare "baca". */
  if (glued != NULL && (label == NULL || glued_end > *label_end))
    {
      *label_end = glued_end;
      return glued;
    }
  return label;
}

/* Past a separator (`:`, `-`, `–`, `—`, `»`, `>>`, `|`) and the blanks
 * around it, or 0 when there is none. */
static gsize
skip_separator (const char *s,
                gsize       i,
                gsize       end)
{
  static const char *const separators[] = { ":", "-", "\xe2\x80\x93", "\xe2\x80\x94",
                                            "\xc2\xbb", ">>", "|", NULL };

  i = skip_blanks (s, i, end);
  for (guint k = 0; separators[k] != NULL; k++)
    {
      gsize n = strlen (separators[k]);

      if (i + n <= end && memcmp (s + i, separators[k], n) == 0)
        return skip_blanks (s, i + n, end);
    }
  return 0;
}

static inline gboolean
starts_with_ci (const char *s,
                gsize       i,
                gsize       end,
                const char *prefix)
{
  gsize n;

  /* The first byte alone tells most words apart, without a call. */
  if (i >= end || ascii_lower (s[i]) != prefix[0])
    return FALSE;
  n = strlen (prefix);
  return i + n <= end && g_ascii_strncasecmp (s + i, prefix, n) == 0;
}

static gboolean
is_url_start (const char *s,
              gsize       i,
              gsize       end)
{
  return starts_with_ci (s, i, end, "http://") || starts_with_ci (s, i, end, "https://") ||
         starts_with_ci (s, i, end, "www.");
}

/* A web address, bare or in angle brackets (`<http://…>`). */
static gboolean
is_url_at (const char *s,
           gsize       i,
           gsize       end)
{
  return is_url_start (s, i, end) || (s[i] == '<' && is_url_start (s, i + 1, end));
}

static gboolean
is_quote_at (const char *s,
             gsize       i,
             gsize       end)
{
  if (s[i] == '"' || s[i] == '\'')
    return TRUE;
  /* “ ” ‘ ’ */
  return i + 2 < end && (guchar) s[i] == 0xe2 && (guchar) s[i + 1] == 0x80 &&
         (guchar) s[i + 2] >= 0x98 && (guchar) s[i + 2] <= 0x9d;
}

static gboolean
is_double_quote_at (const char *s,
                    gsize       i,
                    gsize       end)
{
  return s[i] == '"' ||
         (i + 2 < end && (guchar) s[i] == 0xe2 && (guchar) s[i + 1] == 0x80 &&
          ((guchar) s[i + 2] == 0x9c || (guchar) s[i + 2] == 0x9d));
}

static RedaksiInsert *
add_insert (Scanner    *self,
            gsize       start,
            gsize       end,
            gsize       marker_start,
            gsize       marker_end,
            gboolean    ambiguous)
{
  RedaksiInsert insert = { (guint) start, (guint) end, ambiguous,
                           g_strndup (self->text + marker_start, marker_end - marker_start),
                           NULL, NULL };

  g_array_append_val (self->inserts, insert);
  return &g_array_index (self->inserts, RedaksiInsert, self->inserts->len - 1);
}

/* Splits a title run into the title and the web addresses in it. */
static void
add_title_and_urls (const Scanner *self,
                    RedaksiInsert *insert,
                    const char    *s,
                    gsize          start,
                    gsize          end)
{
  gsize title_end = end;

  if (self->bare)
    return;
  for (gsize i = start; i < end; i++)
    if ((i == start || is_blank (s[i - 1])) && is_url_at (s, i, end))
      {
        gsize u = i + (s[i] == '<');
        gsize url = u;

        while (u < end && !is_blank (s[u]) && s[u] != '>')
          u++;
        _redaksi_insert_add_url (insert, s + url, u - url);
        title_end = MIN (title_end, i);
        i = u;
      }
  title_end = trim_end (s, start, title_end);
  while (title_end > start && strchr ("-|:", s[title_end - 1]) != NULL)
    title_end = trim_end (s, start, title_end - 1);
  if (title_end > start)
    _redaksi_insert_add_title (insert, s + start, title_end - start);
}

static gboolean
is_caption (const char *s,
            gsize       i,
            gsize       end)
{
  static const char *const prefixes[] = { "foto:", "foto :", "(foto", "dok.", "dok:",
                                          "dok :", "sumber:", "ilustrasi", "video:", NULL };

  for (guint k = 0; prefixes[k] != NULL; k++)
    if (starts_with_ci (s, i, end, prefixes[k]))
      return TRUE;
  return FALSE;
}

/* `SHUTTERSTOCK/GROUND PICTURE`, `KOMPAS.com/KRISTIANTO PURNOMO`: the
 * agency or site before a slash credits a photo. */
static gboolean
credits_photo (const char *s,
               gsize       start,
               gsize       slash)
{
  static const char *const agencies[] = { "shutterstock", "kompas.com", "antara", "afp", "reuters",
                                          "getty images", "istimewa", "dok", "liputan6.com",
                                          "tribunnews.com", "detikcom", NULL };
  gsize word = slash, letters = 0, upper = 0;

  while (word > start && !is_blank (s[word - 1]) && s[word - 1] != '(')
    {
      word--;
      letters += g_ascii_isalpha (s[word]) != 0;
      upper += g_ascii_isupper (s[word]) != 0;
    }
  for (guint k = 0; agencies[k] != NULL; k++)
    {
      gsize n = strlen (agencies[k]);

      if (slash - start >= n && g_ascii_strncasecmp (s + slash - n, agencies[k], n) == 0)
        return TRUE;
    }
  return letters >= 5 && upper == letters;
}

static gboolean
has_photo_credit (const char *s,
                  gsize       start,
                  gsize       end)
{
  for (gsize i = start + 1; i + 1 < end; i++)
    if (s[i] == '/' && g_ascii_isalpha (s[i - 1]) && g_ascii_isalpha (s[i + 1]) &&
        credits_photo (s, start, i))
      return TRUE;
  return FALSE;
}

/* `1. Gunakan Gamis …`, `2) …`, `• …`: an item of this article's list. */
static gboolean
is_list_item (const char *s,
              gsize       start,
              gsize       end)
{
  gsize i = start;

  while (i < end && g_ascii_isdigit (s[i]))
    i++;
  if (i > start && i < end && (s[i] == '.' || s[i] == ')'))
    return i + 1 == end || !g_ascii_isdigit (s[i + 1]);
  return starts_with_ci (s, start, end, "\xe2\x80\xa2") ||
         ((s[start] == '-' || s[start] == '*') && start + 1 < end && is_blank (s[start + 1]));
}

/* A line that may be the title of a related article: short, a few words,
 * no final full stop, not a quotation, a caption or a list item. */
static gboolean
is_title_line (const char *s,
               gsize       start,
               gsize       end)
{
  guint words = 1;
  char last;

  if (start >= end || end - start > MAX_TITLE_BYTES)
    return FALSE;
  last = s[end - 1];
  if (strchr (".,;:", last) != NULL || g_ascii_islower (s[start]))
    return FALSE;
  if (is_quote_at (s, start, end) || is_caption (s, start, end) || is_list_item (s, start, end) ||
      has_photo_credit (s, start, end))
    return FALSE;
  for (gsize i = start; i < end; i++)
    words += s[i] == ' ';
  return words >= 2 && words <= MAX_TITLE_WORDS;
}

/* Words a headline leaves in lower case in its Title Case. */
static gboolean
is_function_word (const char *s,
                  gsize       start,
                  gsize       end)
{
  static const char *const words[] = { "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada",
                                       "atau", "ini", "itu", "jadi", "ada", "sebagai", "dalam",
                                       "oleh", "bagi", "hingga", "karena", "saat", "usai", "jelang",
                                       "soal", "vs", "per", "para", "sang", "tak", "bisa", "akan",
                                       "sudah", "masih", "juga", "agar", "demi", "seperti", NULL };

  while (end > start && !g_ascii_isalnum (s[end - 1]))
    end--;
  for (guint k = 0; words[k] != NULL; k++)
    if (strlen (words[k]) == end - start && g_ascii_strncasecmp (s + start, words[k], end - start) == 0)
      return TRUE;
  return FALSE;
}

/* The evidence that a title line is the headline of another article:
 * at least four words in Title Case (a unit such as "mg" may stay small
 * in a longer one). A name alone, a subheading in sentence case or the
 * start of a paragraph is not. */
static gboolean
is_headline (const char *s,
             gsize       start,
             gsize       end)
{
  guint words = 0, lower = 0;

  for (gsize i = start; i < end;)
    {
      gsize word_end = i;

      while (word_end < end && !is_blank (s[word_end]))
        word_end++;
      words++;
      lower += g_ascii_islower (s[i]) && !is_function_word (s, i, word_end);
      i = skip_blanks (s, word_end, end);
    }
  return words >= 4 && lower <= words / 6;
}

/* A quote mark glued between two words (`Serdang"Kami`, `dia."Kami`)
 * starts the next sentence; one after a blank opens a quoted phrase. */
static gboolean
has_quote_boundary (const char *s,
                    gsize       start,
                    gsize       end)
{
  for (gsize i = start + 1; i < end; i++)
    if (is_double_quote_at (s, i, end) && !is_blank (s[i - 1]))
      {
        gsize after = i + (s[i] == '"' ? 1 : 3);

        if (after < end && is_word_char (s[after]))
          return TRUE;
      }
  return FALSE;
}

/* A title ends without a full stop, comma or semicolon; an ellipsis
 * cuts a title short rather than ending a sentence. */
static gboolean
ends_like_title (const char *s,
                 gsize       start,
                 gsize       end)
{
  if (end - start >= 3 && (memcmp (s + end - 3, "...", 3) == 0 ||
                           memcmp (s + end - 3, "\xe2\x80\xa6", 3) == 0))
    return TRUE;
  return end > start && strchr (".,;", s[end - 1]) == NULL;
}

/* Whether a title on the marker's own line is one headline and not a
 * headline run on into the article's next sentence. */
static gboolean
is_certain_title (const char *s,
                  gsize       start,
                  gsize       end)
{
  guint words = 1;

  if (start >= end || end - start > MAX_INLINE_BYTES || !ends_like_title (s, start, end) ||
      has_quote_boundary (s, start, end))
    return FALSE;
  for (gsize i = start; i + 1 < end; i++)
    {
      words += is_blank (s[i]) && !is_blank (s[i + 1]);
      if (s[i] == '.' && is_blank (s[i + 1]))
        {
          gsize next = skip_blanks (s, i + 1, end);

          if (next < end && g_ascii_isupper (s[next]))
            return FALSE;
        }
    }
  return words <= MAX_TITLE_WORDS;
}

static gboolean
is_url_line (const char *s,
             gsize       start,
             gsize       end)
{
  if (!is_url_start (s, start, end))
    return FALSE;
  for (gsize i = start; i < end; i++)
    if (is_blank (s[i]))
      return FALSE;
  return TRUE;
}

typedef struct
{
  gsize start;    /* first byte of the line */
  gsize end;      /* the newline, or the end of the text */
  gsize next;     /* first byte of the next line */
  gsize content;  /* first non-blank byte */
  gsize content_end;
} Line;

static void
read_line (Scanner *self,
           gsize    start,
           Line    *line)
{
  const char *nl = memchr (self->text + start, '\n', self->length - start);

  line->start = start;
  line->end = nl != NULL ? (gsize) (nl - self->text) : self->length;
  line->next = nl != NULL ? line->end + 1 : self->length;
  line->content = skip_blanks (self->text, start, line->end);
  line->content_end = trim_end (self->text, line->content, line->end);
}

static gboolean
is_blank_line (const Line *line)
{
  return line->content == line->content_end;
}

typedef struct
{
  const Label *label;        /* NULL for a `[Gambas:Video …]` line */
  gsize        marker_start;
  gsize        marker_end;
  gsize        title_start;  /* title_start == title_end: an orphan marker */
  gsize        title_end;
} MarkerLine;

/* What a line is: no marker, a marker line (an insert), or a marker with
 * a title whose end cannot be told (reported, kept). */
typedef enum
{
  LINE_PLAIN,
  LINE_MARKER,
  LINE_DOUBTFUL,
} LineKind;

static gboolean
is_word_at (const char *s,
            gsize       i,
            gsize       end,
            const char *word)
{
  gsize n = strlen (word);

  return starts_with_ci (s, i, end, word) && (i + n == end || !is_word_char (s[i + n]));
}

/* ' ‘ ’ */
static gboolean
is_single_quote_at (const char *s,
                    gsize       i,
                    gsize       end)
{
  return s[i] == '\'' || (is_quote_at (s, i, end) && !is_double_quote_at (s, i, end));
}

static gsize
quote_length (const char *s,
              gsize       i)
{
  return (guchar) s[i] == 0xe2 ? 3 : 1;
}

/* The quote mark closing the one at @open, or 0; an apostrophe inside a
 * word (`Jum'at`) closes nothing. */
static gsize
find_closing_quote (const char *s,
                    gsize       open,
                    gsize       end)
{
  gboolean single = is_single_quote_at (s, open, end);

  for (gsize i = open + quote_length (s, open); i < end; i++)
    {
      gsize after = i + quote_length (s, i);

      if (!is_quote_at (s, i, end) || single != is_single_quote_at (s, i, end))
        continue;
      if (after >= end || !g_ascii_isalpha (s[after]))
        return i;
    }
  return 0;
}

/* A video teaser's quoted title (`Tonton juga "…" di sini:`, `Lihat juga
 * Video '…':`): only a colon or "di sini"/"berikut ini" may follow it. */
static gboolean
parse_teaser_title (const char *s,
                    gsize       open,
                    gsize       end,
                    MarkerLine *m)
{
  static const char *const tails[] = { "", ":", "di sini:", "di sini", "berikut:", "berikut ini:",
                                       "berikut ini", NULL };
  gsize close = find_closing_quote (s, open, end);
  gsize rest;

  if (close == 0)
    return FALSE;
  rest = skip_blanks (s, close + quote_length (s, close), end);
  for (guint k = 0; tails[k] != NULL; k++)
    if (end - rest == strlen (tails[k]) && g_ascii_strncasecmp (s + rest, tails[k], end - rest) == 0)
      {
        m->title_start = open + quote_length (s, open);
        m->title_end = close;
        return TRUE;
      }
  return FALSE;
}

/* After "video" of a teaser: a separator and a title, or a quoted title. */
static gboolean
parse_after_video (const char *s,
                   gsize       video_end,
                   gsize       end,
                   MarkerLine *m)
{
  gsize title = skip_separator (s, video_end, end);

  m->marker_end = video_end;
  if (title != 0)
    {
      m->title_start = title;
      return TRUE;
    }
  title = skip_blanks (s, video_end, end);
  if (title < end && is_quote_at (s, title, end))
    return parse_teaser_title (s, title, end, m);
  m->title_start = title;
  return title == end || is_headline (s, title, end);
}

/* What may follow a label: a separator and a title, the word "video" of
 * a teaser, a quoted teaser title, a number glued to it, a bare web
 * address, or nothing at all (an orphan marker). Anything else means the
 * label words were prose. */
static gboolean
parse_after_label (const char *s,
                   gsize       label_end,
                   gsize       end,
                   MarkerLine *m)
{
  RedaksiMarkerFlags flags = m->label->flags;
  gsize after = skip_blanks (s, label_end, end);
  gsize title = skip_separator (s, label_end, end);

  m->marker_end = label_end;
  m->title_end = end;
  if (after == end && (flags & REDAKSI_MARKER_LEAD))
    return FALSE;
  if ((flags & REDAKSI_MARKER_COLON) && (after == end || s[after] != ':'))
    return FALSE;
  if (after == end || title != 0)
    {
      m->title_start = after == end ? end : title;
      return TRUE;
    }
  if (g_ascii_isdigit (s[label_end]))
    {
      m->title_start = label_end;
      return TRUE;
    }
  if ((flags & REDAKSI_MARKER_VIDEO) && is_word_at (s, after, end, "video"))
    return parse_after_video (s, after + 5, end, m);
  if ((flags & REDAKSI_MARKER_VIDEO) && is_quote_at (s, after, end))
    return parse_teaser_title (s, after, end, m);
  m->title_start = after;
  return is_url_line (s, after, end);
}

/* Where the title text ends: before the first web address and the
 * separators and blanks in front of it. */
static gsize
title_text_end (const char *s,
                gsize       start,
                gsize       end)
{
  gsize title_end = end;

  for (gsize i = start; i < end; i++)
    if ((i == start || is_blank (s[i - 1])) && is_url_at (s, i, end))
      {
        title_end = i;
        break;
      }
  title_end = trim_end (s, start, title_end);
  while (title_end > start && strchr ("-|:(", s[title_end - 1]) != NULL)
    title_end = trim_end (s, start, title_end - 1);
  return title_end;
}

static LineKind
parse_marker_line (const char *s,
                   const Line *line,
                   MarkerLine *m)
{
  gsize i = line->content, end = line->content_end, label_end = 0;

  if (i == end)
    return LINE_PLAIN;
  if (starts_with_ci (s, i, end, "[gambas:") && s[end - 1] == ']')
    {
      *m = (MarkerLine) { NULL, i, end, end, end };
      return LINE_MARKER;
    }
  /* A whole line in parentheses: `(Baca juga: …)`. */
  if (s[i] == '(' && s[end - 1] == ')' && end - i > 2)
    {
      i++;
      end--;
    }
  m->label = match_label (s, i, end, &label_end);
  if (m->label == NULL)
    return LINE_PLAIN;
  m->marker_start = i;
  if (!parse_after_label (s, label_end, end, m))
    return LINE_PLAIN;
  if (m->title_start < m->title_end &&
      !is_certain_title (s, m->title_start, title_text_end (s, m->title_start, m->title_end)) &&
      !is_url_line (s, m->title_start, m->title_end))
    return LINE_DOUBTFUL;
  return LINE_MARKER;
}

/* A line after an orphan marker that looks like a title but lacks the
 * evidence of a headline: kept, and reported. */
static void
add_doubtful_line (Scanner       *self,
                   const Line    *line,
                   RedaksiInsert *insert)
{
  RedaksiInsert doubtful = { (guint) line->content, (guint) line->content_end, TRUE,
                             g_strdup (insert->marker), NULL, NULL };

  g_array_append_val (self->inserts, doubtful);
}

/* "6 bulan lalu", "9 jam yang lalu": when a listed article came out. */
static gboolean
is_relative_time (const char *s,
                  gsize       start,
                  gsize       end)
{
  static const char *const units[] = { "detik", "menit", "jam", "hari", "minggu", "pekan", "bulan",
                                       "tahun", NULL };
  gsize i = start, unit_end;

  while (i < end && g_ascii_isdigit (s[i]))
    i++;
  if (i == start || i >= end || s[i] != ' ')
    return FALSE;
  i++;
  unit_end = i;
  while (unit_end < end && g_ascii_isalpha (s[unit_end]))
    unit_end++;
  for (guint u = 0; units[u] != NULL; u++)
    if (unit_end - i == strlen (units[u]) && g_ascii_strncasecmp (s + i, units[u], unit_end - i) == 0)
      {
        gsize rest = unit_end;

        if (starts_with_ci (s, rest, end, " yang"))
          rest += strlen (" yang");
        return rest + strlen (" lalu") == end && starts_with_ci (s, rest, end, " lalu");
      }
  return FALSE;
}

/* A listed article's section and age, on lines of their own above its
 * title ("Internasional" / "6 bulan lalu"): the age, or a one-word
 * section right above one. */
static gboolean
is_listing_detail (Scanner    *self,
                   const Line *line)
{
  const char *s = self->text;
  Line next;

  if (is_relative_time (s, line->content, line->content_end))
    return TRUE;
  if (!g_ascii_isupper (s[line->content]) || memchr (s + line->content, ' ', line->content_end - line->content))
    return FALSE;
  read_line (self, line->next, &next);
  return is_relative_time (s, next.content, next.content_end);
}

/* The title lines under an orphan marker. Returns where the insert ends;
 * *@doubtful is set to a title-like line that is no headline. */
static gsize
take_title_lines (Scanner       *self,
                  RedaksiInsert *insert,
                  gsize          from,
                  Line          *doubtful)
{
  const char *s = self->text;
  gsize end = from;
  MarkerLine m;
  Line line;

  doubtful->start = doubtful->end = 0;
  for (guint n = 0; n < MAX_TITLE_LINES && from < self->length;)
    {
      read_line (self, from, &line);
      from = line.next;
      if (is_blank_line (&line))
        continue;
      if (parse_marker_line (s, &line, &m) != LINE_PLAIN)
        break;
      /* The section and age of a listed article go with its title, and
       * count as none of the insert's lines. */
      if (!is_blank_line (&line) && is_listing_detail (self, &line))
        {
          end = line.next;
          continue;
        }
      if (is_url_line (s, line.content, line.content_end))
        {
          if (!self->bare)
            _redaksi_insert_add_url (insert, s + line.content, line.content_end - line.content);
        }
      else if (is_title_line (s, line.content, line.content_end) &&
               is_headline (s, line.content, line.content_end))
        {
          if (!self->bare)
            _redaksi_insert_add_title (insert, s + line.content, line.content_end - line.content);
        }
      else
        {
          if (is_title_line (s, line.content, line.content_end))
            *doubtful = line;
          break;
        }
      n++;
      end = line.next;
    }
  return end;
}

static gboolean
follows_blank_line (Scanner *self,
                    gsize    start)
{
  gsize i;

  if (start == 0)
    return TRUE;
  i = start - 1;
  while (i > 0 && is_blank (self->text[i - 1]))
    i--;
  return i == 0 || self->text[i - 1] == '\n';
}

/* Between blank lines the insert takes the blank lines after it too, so
 * the paragraphs around it stay one blank line apart. */
static gsize
take_blank_lines (Scanner *self,
                  gsize    start,
                  gsize    end)
{
  Line line;

  if (!follows_blank_line (self, start))
    return end;
  while (end < self->length)
    {
      read_line (self, end, &line);
      if (!is_blank_line (&line) || line.next == line.end)
        break;
      end = line.next;
    }
  return end;
}

/* A marker line whose title runs on into prose: reported, kept. */
static gsize
add_doubtful_marker_line (Scanner          *self,
                          const Line       *line,
                          const MarkerLine *m)
{
  RedaksiInsert *insert = add_insert (self, m->marker_start, line->content_end, m->marker_start,
                                      m->marker_end, TRUE);

  add_title_and_urls (self, insert, self->text, m->title_start, m->title_end);
  return line->next;
}

/* The insert a marker line starts, or 0 when the line is no marker. */
static gsize
scan_marker_line (Scanner    *self,
                  const Line *line)
{
  RedaksiInsert *insert;
  MarkerLine m;
  Line doubtful = { 0 };
  LineKind kind = parse_marker_line (self->text, line, &m);
  gsize end;

  if (kind == LINE_PLAIN)
    return 0;
  if (kind == LINE_DOUBTFUL)
    return add_doubtful_marker_line (self, line, &m);
  insert = add_insert (self, line->start, line->next, m.marker_start, m.marker_end, FALSE);
  add_title_and_urls (self, insert, self->text, m.title_start, m.title_end);
  end = line->next;
  if (m.title_start == m.title_end && m.label != NULL && (m.label->flags & REDAKSI_MARKER_TITLES))
    end = take_title_lines (self, insert, end, &doubtful);
  end = take_blank_lines (self, line->start, end);
  insert->end = (guint) end;
  if (doubtful.end > doubtful.start)
    {
      add_doubtful_line (self, &doubtful, insert);
      return doubtful.next;
    }
  return end;
}

static gboolean
ends_sentence (const char *s,
               gsize       line_start,
               gsize       i)
{
  if (i == line_start)
    return FALSE;
  if (strchr (".!?\"", s[i - 1]) != NULL)
    return TRUE;
  /* ” or ’ */
  return i - line_start >= 3 && (guchar) s[i - 3] == 0xe2 && (guchar) s[i - 2] == 0x80 &&
         ((guchar) s[i - 1] == 0x9d || (guchar) s[i - 1] == 0x99);
}

/* Whether [start, end) reads as one title: no quotation mark and no
 * second sentence. Bounded, so checking costs constant time. */
static gboolean
is_single_title (const char *s,
                 gsize       start,
                 gsize       end)
{
  if (start >= end || end - start > MAX_INLINE_BYTES)
    return FALSE;
  if (has_quote_boundary (s, start, end))
    return FALSE;
  for (gsize i = start; i < end; i++)
    {
      if (strchr (".!?", s[i]) != NULL && i + 1 < end)
        {
          gsize next = skip_blanks (s, i + 1, end);

          if (next < end && g_ascii_isupper (s[next]))
            return FALSE;
        }
    }
  return TRUE;
}

static gsize
find_closing_parenthesis (const char *s,
                          gsize       from,
                          gsize       end)
{
  guint depth = 1;

  end = MIN (end, from + MAX_INLINE_BYTES);
  for (gsize i = from; i < end; i++)
    {
      if (s[i] == '(')
        depth++;
      else if (s[i] == ')' && --depth == 0)
        return i;
    }
  return 0;
}

typedef struct
{
  gsize line_start;
  gsize line_end;     /* trimmed */
  gsize start;        /* what a removal starts at: `(`, a space or the marker */
  gsize marker_start;
  gsize marker_end;
  gsize title;
  gboolean paren;
  gsize removed_start;  /* the last insert removed from this line */
  gsize removed_end;
} Inline;

static gsize
add_parenthesised (Scanner      *self,
                   const Inline *in,
                   gsize         close)
{
  const char *s = self->text;
  gsize start = in->start, end = close + 1;
  RedaksiInsert *insert;

  /* One adjacent space goes with it, so no double space is left. */
  if (start > in->line_start && is_blank (s[start - 1]))
    start--;
  else if (end < in->line_end && s[end] == ' ')
    end++;
  insert = add_insert (self, start, end, in->marker_start, in->marker_end, FALSE);
  add_title_and_urls (self, insert, s, in->title, close);
  return end;
}

/* An insert glued into a paragraph: removable when it runs to the end of
 * the line as one title; otherwise its end cannot be told. */
static gsize
add_glued (Scanner      *self,
           const Inline *in)
{
  const char *s = self->text;
  RedaksiInsert *insert;
  gsize end;

  if (is_single_title (s, in->title, in->line_end) &&
      is_certain_title (s, in->title, title_text_end (s, in->title, in->line_end)))
    {
      insert = add_insert (self, in->start, in->line_end, in->marker_start, in->marker_end, FALSE);
      add_title_and_urls (self, insert, s, in->title, in->line_end);
      return in->line_end;
    }
  end = MIN (in->line_end, in->title + MAX_TITLE_BYTES);
  for (gsize i = in->title; i < end; i++)
    if (is_double_quote_at (s, i, end) || (i > in->title && strchr (".!?", s[i - 1]) != NULL))
      {
        end = i;
        break;
      }
  add_insert (self, in->marker_start, MAX (end, in->marker_end), in->marker_start,
              in->marker_end, TRUE);
  return in->marker_end;
}

/* `Yuk, baca juga`: the invitation belongs to the marker. */
static gsize
extend_over_yuk (const char *s,
                 gsize       line_start,
                 gsize       w)
{
  gsize y = w;

  while (y > line_start && is_blank (s[y - 1]))
    y--;
  if (y > line_start && s[y - 1] == ',')
    y--;
  if (y == w || y - line_start < 3 || g_ascii_strncasecmp (s + y - 3, "yuk", 3) != 0 ||
      (y - 3 > line_start && is_word_char (s[y - 4])))
    return w;
  return y - 3;
}

/* The label of an inline marker whose "juga" is at @j, or NULL. */
static const Label *
find_inline_label (const char *s,
                   gsize       line_start,
                   gsize       line_end,
                   gsize       j,
                   gsize      *label_start,
                   gsize      *label_end)
{
  const Label *labels;
  guint n_labels;
  gsize w = j;

  if (w == line_start || !is_blank (s[w - 1]))
    return NULL;
  while (w > line_start && is_blank (s[w - 1]))
    w--;
  for (guint n = 0; n < 6 && w > line_start && g_ascii_isalpha (s[w - 1]); n++)
    w--;
  if (w > line_start && is_word_char (s[w - 1]))
    return NULL;
  /* `BACA JUGA231 Pendemo …`: the title's number is glued on. */
  if (j + 4 < line_end && g_ascii_isdigit (s[j + 4]))
    line_end = j + 4;
  labels = _redaksi_insert_markers (&n_labels);
  for (guint k = 0; k < n_labels; k++)
    if ((labels[k].flags & REDAKSI_MARKER_INLINE) &&
        (*label_end = _redaksi_insert_marker_match (s, w, line_end, labels[k].text)) == j + 4)
      {
        *label_start = extend_over_yuk (s, line_start, w);
        return &labels[k];
      }
  return NULL;
}

/* `(Baca: Title <http://…>)`: a marker that never stands in a paragraph
 * on its own may still open a parenthesis there. */
static const Label *
find_paren_label (const char *s,
                  gsize       i,
                  gsize       line_end,
                  gsize      *label_end)
{
  const Label *label;

  if (s[i] != '(')
    return NULL;
  label = _redaksi_insert_marker_at (s, i + 1, line_end, label_end);
  if (label == NULL || (label->flags & REDAKSI_MARKER_INLINE) ||
      skip_separator (s, *label_end, line_end) == 0)
    return NULL;
  return label;
}

/* The marker of an inline insert at @i, if one starts there. */
static const Label *
find_label_at (const char *s,
               const Line *line,
               gsize       i,
               Inline     *in)
{
  const Label *label = find_paren_label (s, i, line->content_end, &in->marker_end);

  if (label != NULL)
    {
      in->marker_start = i + 1;
      return label;
    }
  if ((s[i] | 0x20) != 'j' || g_ascii_strncasecmp (s + i + 1, "uga", 3) != 0)
    return NULL;
  return find_inline_label (s, line->start, line->content_end, i, &in->marker_start,
                            &in->marker_end);
}

static gboolean
parse_inline (const char  *s,
              const Label *label,
              Inline      *in)
{
  gsize q = in->marker_start;

  in->paren = q > in->line_start && s[q - 1] == '(';
  in->start = in->paren ? q - 1 : q;
  if (!in->paren)
    {
      gsize before = q;

      /* `…tinggi.  Baca Juga:`: flattened paragraphs keep two spaces. */
      while (before > in->line_start && is_blank (s[before - 1]))
        before--;
      if (before < q)
        in->start = q - 1;
      /* Right after a removed insert the text before that one counts, so
       * cleaning the cleaned text finds nothing more. */
      if (before == in->removed_end && in->removed_end > in->removed_start)
        before = in->removed_start;
      if (!ends_sentence (s, in->line_start, before))
        return FALSE;
    }
  in->title = skip_separator (s, in->marker_end, in->line_end);
  if (in->title != 0)
    return TRUE;
  in->title = skip_blanks (s, in->marker_end, in->line_end);
  if (in->title == in->marker_end && in->title < in->line_end && g_ascii_isdigit (s[in->title]))
    return TRUE;
  if ((label->flags & REDAKSI_MARKER_VIDEO) && is_word_at (s, in->title, in->line_end, "video"))
    {
      in->marker_end = in->title + 5;
      in->title = skip_blanks (s, in->marker_end, in->line_end);
      return TRUE;
    }
  return FALSE;
}

/* Quote marks that start in [from, to): a curly one may end past @to,
 * never past the text. */
static gsize
count_double_quotes (const Scanner *self,
                     gsize          from,
                     gsize          to)
{
  gsize limit = MIN (to + 2, self->length);
  gsize n = 0;

  for (gsize i = from; i < to; i++)
    n += is_double_quote_at (self->text, i, limit);
  return n;
}

/* Bit 7 of each byte of @w that is zero. Bits above the first zero
 * byte may be set wrongly (a borrow), the lowest one never is. */
static inline guint64
zero_bytes (guint64 w)
{
  return (w - G_GUINT64_CONSTANT (0x0101010101010101)) & ~w & G_GUINT64_CONSTANT (0x8080808080808080);
}

#ifdef __SSE2__
/* One bit for each of the sixteen bytes at @p that is 'j', 'J' or '('. */
static inline guint
candidates_in_16 (const char *p)
{
  __m128i v = _mm_loadu_si128 ((const __m128i *) (gconstpointer) p);
  /* 'j' | 0x20 and 'J' | 0x20 are 'j'; no other byte gives it. */
  __m128i j = _mm_cmpeq_epi8 (_mm_or_si128 (v, _mm_set1_epi8 (0x20)), _mm_set1_epi8 ('j'));

  return (guint) _mm_movemask_epi8 (_mm_or_si128 (j, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('('))));
}
#endif

/* The next byte at or after @from that may open an inline marker: the
 * "j" of "juga" or a parenthesis; @end when there is none. Many bytes
 * a step: most lines have neither, and three memchr() calls a line
 * were a third of the scan. */
static gsize
next_candidate (const char *s,
                gsize       from,
                gsize       end)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  gsize i = from;

#ifdef __SSE2__
  /* Sixteen bytes a step where every x86-64 has the instructions; the
   * last step overlaps bytes already seen, which held none. */
  if (end - from >= 16)
    {
      guint found;

      for (; i + 16 <= end; i += 16)
        if ((found = candidates_in_16 (s + i)) != 0)
          return i + (gsize) __builtin_ctz (found);
      if (i < end && (found = candidates_in_16 (s + end - 16)) != 0)
        return end - 16 + (gsize) __builtin_ctz (found);
      return end;
    }
#endif
  for (; i + 8 <= end; i += 8)
    {
      guint64 w, found;

      memcpy (&w, s + i, sizeof w);
      w = GUINT64_FROM_LE (w);
      found = zero_bytes ((w | ones * 0x20) ^ (ones * 'j')) | zero_bytes (w ^ (ones * '('));
      if (found != 0)
        return i + (gsize) (__builtin_ctzll (found) / 8);
    }
  for (; i < end; i++)
    if ((s[i] | 0x20) == 'j' || s[i] == '(')
      return i;
  return end;
}

/* Markers inside a paragraph: `(Baca juga: …)`, `…kata dia.Baca Juga:…`.
 * Inside a quotation they are the speaker's words and stay. */
static void
scan_inline (Scanner    *self,
             const Line *line)
{
  const char *s = self->text;
  gsize end = line->content_end, counted = line->start, quotes = 0;
  gsize removed_start = 0, removed_end = 0;

  for (gsize i = next_candidate (s, line->content, end); i + 4 <= end;
       i = next_candidate (s, i + 1, end))
    {
      Inline in = { line->start, end, 0, 0, 0, 0, FALSE, removed_start, removed_end };
      const RedaksiInsert *last;
      const Label *label;
      gsize next;

      label = find_label_at (s, line, i, &in);
      if (label == NULL)
        continue;
      quotes += count_double_quotes (self, counted, in.marker_start);
      counted = in.marker_start;
      if (quotes % 2 == 1 || !parse_inline (s, label, &in))
        continue;
      next = 0;
      if (in.paren)
        {
          gsize close = find_closing_parenthesis (s, in.title, end);

          if (close != 0)
            next = add_parenthesised (self, &in, close);
        }
      if (next == 0)
        next = add_glued (self, &in);
      last = &g_array_index (self->inserts, RedaksiInsert, self->inserts->len - 1);
      if (!last->ambiguous)
        {
          removed_start = last->start;
          removed_end = last->end;
        }
      quotes += count_double_quotes (self, counted, next);
      counted = next;
      i = next > i ? next - 1 : i;
    }
}

static gboolean
scan_lines (Scanner *self)
{
  gsize pos = 0;

  for (guint lines = 0; pos < self->length; lines++)
    {
      Line line;
      gsize next;

      /* Every 64 lines: a timeout stops a long text soon. */
      if ((lines & 63) == 0 && g_cancellable_is_cancelled (self->cancellable))
        return FALSE;
      read_line (self, pos, &line);
      next = scan_marker_line (self, &line);
      if (next == 0)
        {
          scan_inline (self, &line);
          next = line.next;
        }
      pos = next;
    }
  return TRUE;
}

void
_redaksi_scan_text (const char *text,
                    gsize       length,
                    GArray     *inserts)
{
  _redaksi_scan_text_cancellable (text, length, inserts, NULL);
}

gboolean
_redaksi_scan_text_cancellable (const char   *text,
                                gsize         length,
                                GArray       *inserts,
                                GCancellable *cancellable)
{
  Scanner self = { text, length, inserts, cancellable, FALSE };

  return scan_lines (&self);
}

gboolean
_redaksi_scan_text_bare (const char   *text,
                         gsize         length,
                         GArray       *inserts,
                         GCancellable *cancellable)
{
  Scanner self = { text, length, inserts, cancellable, TRUE };

  return scan_lines (&self);
}

/* Whether @s (already trimmed) is a marker label on its own, possibly
 * with a separator and a title after it, as a text node of an HTML
 * insert reads: `Baca juga: `, `Lihat Juga :`, `(Baca juga: Title)`. */
gboolean
_redaksi_text_is_marker (const char *s,
                         gsize       length,
                         gsize      *marker_start,
                         gsize      *marker_end)
{
  Line line = { 0, length, length, skip_blanks (s, 0, length), trim_end (s, 0, length) };
  MarkerLine m;

  if (parse_marker_line (s, &line, &m) != LINE_MARKER)
    return FALSE;
  *marker_start = m.marker_start;
  *marker_end = m.marker_end;
  return TRUE;
}
