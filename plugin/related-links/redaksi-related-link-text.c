/* redaksi-related-link-text.c: related-article inserts in plain text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

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

static const Label *
match_label (const char *s,
             gsize       i,
             gsize       end,
             gsize      *label_end)
{
  return _redaksi_insert_marker_at (s, i, end, label_end);
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

static gboolean
starts_with_ci (const char *s,
                gsize       i,
                gsize       end,
                const char *prefix)
{
  gsize n = strlen (prefix);

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
add_title_and_urls (RedaksiInsert *insert,
                    const char    *s,
                    gsize          start,
                    gsize          end)
{
  gsize title_end = end;

  for (gsize i = start; i < end; i++)
    if ((i == start || is_blank (s[i - 1])) && is_url_start (s, i, end))
      {
        gsize u = i;

        while (u < end && !is_blank (s[u]))
          u++;
        _redaksi_insert_add_url (insert, s + i, u - i);
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

/* A line that may be the title of a related article: short, a few words,
 * no final full stop, not a quotation, not a photo caption. */
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
  if (is_quote_at (s, start, end) || is_caption (s, start, end))
    return FALSE;
  for (gsize i = start; i < end; i++)
    words += s[i] == ' ';
  return words >= 2 && words <= MAX_TITLE_WORDS;
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

static gboolean
is_word_at (const char *s,
            gsize       i,
            gsize       end,
            const char *word)
{
  gsize n = strlen (word);

  return starts_with_ci (s, i, end, word) && (i + n == end || !is_word_char (s[i + n]));
}

/* What may follow a label: a separator and a title, the word "video" of
 * a teaser, a bare web address, or nothing at all (an orphan marker).
 * Anything else means the label words were prose. */
static gboolean
parse_after_label (const char *s,
                   gsize       label_end,
                   gsize       end,
                   MarkerLine *m)
{
  gsize after = skip_blanks (s, label_end, end);
  gsize title = skip_separator (s, label_end, end);

  m->marker_end = label_end;
  m->title_end = end;
  if (after == end && (m->label->flags & REDAKSI_MARKER_LEAD))
    return FALSE;
  if (after == end || title != 0)
    {
      m->title_start = after == end ? end : title;
      return TRUE;
    }
  if ((m->label->flags & REDAKSI_MARKER_VIDEO) && is_word_at (s, after, end, "video"))
    {
      m->marker_end = after + 5;
      title = skip_separator (s, m->marker_end, end);
      m->title_start = title != 0 ? title : skip_blanks (s, m->marker_end, end);
      return TRUE;
    }
  m->title_start = after;
  return is_url_line (s, after, end);
}

static gboolean
parse_marker_line (const char *s,
                   const Line *line,
                   MarkerLine *m)
{
  gsize i = line->content, end = line->content_end, label_end = 0;

  if (i == end)
    return FALSE;
  if (starts_with_ci (s, i, end, "[gambas:") && s[end - 1] == ']')
    {
      *m = (MarkerLine) { NULL, i, end, end, end };
      return TRUE;
    }
  /* A whole line in parentheses: `(Baca juga: …)`. */
  if (s[i] == '(' && s[end - 1] == ')' && end - i > 2)
    {
      i++;
      end--;
    }
  m->label = match_label (s, i, end, &label_end);
  if (m->label == NULL)
    return FALSE;
  m->marker_start = i;
  return parse_after_label (s, label_end, end, m);
}

static gsize
take_title_lines (Scanner       *self,
                  RedaksiInsert *insert,
                  gsize          from)
{
  const char *s = self->text;
  gsize end = from;
  MarkerLine m;
  Line line;

  for (guint n = 0; n < MAX_TITLE_LINES && from < self->length;)
    {
      read_line (self, from, &line);
      from = line.next;
      if (is_blank_line (&line))
        continue;
      if (parse_marker_line (s, &line, &m))
        break;
      if (is_url_line (s, line.content, line.content_end))
        _redaksi_insert_add_url (insert, s + line.content, line.content_end - line.content);
      else if (is_title_line (s, line.content, line.content_end))
        _redaksi_insert_add_title (insert, s + line.content, line.content_end - line.content);
      else
        break;
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

/* The insert a marker line starts, or 0 when the line is no marker. */
static gsize
scan_marker_line (Scanner    *self,
                  const Line *line)
{
  RedaksiInsert *insert;
  MarkerLine m;
  gsize end;

  if (!parse_marker_line (self->text, line, &m))
    return 0;
  insert = add_insert (self, line->start, line->next, m.marker_start, m.marker_end, FALSE);
  add_title_and_urls (insert, self->text, m.title_start, m.title_end);
  end = line->next;
  if (m.title_start == m.title_end && m.label != NULL && (m.label->flags & REDAKSI_MARKER_TITLES))
    end = take_title_lines (self, insert, end);
  end = take_blank_lines (self, line->start, end);
  insert->end = (guint) end;
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
  for (gsize i = start; i < end; i++)
    {
      if (is_double_quote_at (s, i, end))
        return FALSE;
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
  add_title_and_urls (insert, s, in->title, close);
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

  if (is_single_title (s, in->title, in->line_end))
    {
      insert = add_insert (self, in->start, in->line_end, in->marker_start, in->marker_end, FALSE);
      add_title_and_urls (insert, s, in->title, in->line_end);
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
  labels = _redaksi_insert_markers (&n_labels);
  for (guint k = 0; k < n_labels; k++)
    if ((labels[k].flags & REDAKSI_MARKER_INLINE) &&
        (*label_end = _redaksi_insert_marker_match (s, w, line_end, labels[k].text)) == j + 4)
      {
        *label_start = w;
        return &labels[k];
      }
  return NULL;
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
      if (q > in->line_start && is_blank (s[q - 1]))
        in->start = q - 1;
      if (!ends_sentence (s, in->line_start, in->start))
        return FALSE;
    }
  in->title = skip_separator (s, in->marker_end, in->line_end);
  if (in->title != 0)
    return TRUE;
  in->title = skip_blanks (s, in->marker_end, in->line_end);
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

/* Markers inside a paragraph: `(Baca juga: …)`, `…kata dia.Baca Juga:…`.
 * Inside a quotation they are the speaker's words and stay. */
static void
scan_inline (Scanner    *self,
             const Line *line)
{
  const char *s = self->text;
  gsize end = line->content_end, counted = line->start, quotes = 0;

  for (gsize i = line->content; i + 4 <= end; i++)
    {
      Inline in = { line->start, end, 0, 0, 0, 0, FALSE };
      const Label *label;
      gsize next;

      if ((s[i] | 0x20) != 'j' || g_ascii_strncasecmp (s + i + 1, "uga", 3) != 0)
        continue;
      label = find_inline_label (s, line->start, end, i, &in.marker_start, &in.marker_end);
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
      quotes += count_double_quotes (self, counted, next);
      counted = next;
      i = next > i ? next - 1 : i;
    }
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
  Scanner self = { text, length, inserts, cancellable };
  gsize pos = 0;

  for (guint lines = 0; pos < length; lines++)
    {
      Line line;
      gsize next;

      /* Every 64 lines: a timeout stops a long text soon. */
      if ((lines & 63) == 0 && g_cancellable_is_cancelled (self.cancellable))
        return FALSE;
      read_line (&self, pos, &line);
      next = scan_marker_line (&self, &line);
      if (next == 0)
        {
          scan_inline (&self, &line);
          next = line.next;
        }
      pos = next;
    }
  return TRUE;
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

  if (!parse_marker_line (s, &line, &m))
    return FALSE;
  *marker_start = m.marker_start;
  *marker_end = m.marker_end;
  return TRUE;
}
