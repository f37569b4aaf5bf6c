/* redaksi-html.c: the visible text of an HTML page, mapped to its source
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-html-private.h"

typedef struct
{
  const char *source;
  GString    *text;
  GArray     *segments;
  gboolean    pending_break;
  gboolean    pending_space;
  guint       space_start;
  guint       space_length;
} Extractor;

static gboolean
is_skipped (GumboTag tag)
{
  switch (tag)
    {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP: case GUMBO_TAG_TITLE:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_block (GumboTag tag)
{
  switch (tag)
    {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DD: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_UL: case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML: case GUMBO_TAG_CENTER: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_LEGEND: case GUMBO_TAG_BR:
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_html_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static void
add_segment (Extractor *self,
             guint      text_length,
             guint      source_start,
             guint      source_length)
{
  RedaksiTextSegment segment = { (guint) self->text->len - text_length, text_length,
                                 source_start, source_length };

  if (self->segments->len > 0)
    {
      RedaksiTextSegment *last = &g_array_index (self->segments, RedaksiTextSegment,
                                                 self->segments->len - 1);
      gboolean both_linear = last->text_length == last->source_length &&
                             text_length == source_length;

      if (both_linear && last->text_start + last->text_length == segment.text_start &&
          last->source_start + last->source_length == source_start)
        {
          last->text_length += text_length;
          last->source_length += source_length;
          return;
        }
    }
  g_array_append_val (self->segments, segment);
}

/* Paragraph breaks and collapsed spaces are written only once real text
 * follows them, so the text never starts or ends a paragraph with space. */
static void
flush_pending (Extractor *self,
               guint      source_start)
{
  gboolean at_line_start = self->text->len == 0 ||
                           self->text->str[self->text->len - 1] == '\n';

  if (self->pending_break && !at_line_start)
    {
      g_string_append_c (self->text, '\n');
      add_segment (self, 1, source_start, 0);
    }
  else if (self->pending_space && !at_line_start)
    {
      g_string_append_c (self->text, ' ');
      add_segment (self, 1, self->space_start, self->space_length);
    }
  self->pending_break = FALSE;
  self->pending_space = FALSE;
}

static void
emit (Extractor  *self,
      const char *decoded,
      gsize       decoded_length,
      guint       source_start,
      guint       source_length)
{
  if (decoded_length == 0)
    return;
  flush_pending (self, source_start);
  g_string_append_len (self->text, decoded, decoded_length);
  add_segment (self, (guint) decoded_length, source_start, source_length);
}

static void
note_space (Extractor *self,
            guint      source_start,
            guint      source_length)
{
  if (!self->pending_space)
    {
      self->pending_space = TRUE;
      self->space_start = source_start;
      self->space_length = 0;
    }
  self->space_length = source_start + source_length - self->space_start;
}

static gsize
entity_end (const char *raw,
            gsize       pos,
            gsize       length)
{
  gsize end = pos + 1;

  if (end < length && raw[end] == '#')
    {
      end++;
      if (end < length && (raw[end] == 'x' || raw[end] == 'X'))
        end++;
      while (end < length && g_ascii_isxdigit (raw[end]))
        end++;
    }
  else
    while (end < length && g_ascii_isalnum (raw[end]))
      end++;
  if (end < length && raw[end] == ';')
    end++;
  return end;
}

static gboolean
is_escaped_ampersand (const char *raw,
                      gsize       pos,
                      gsize       length)
{
  static const char *const forms[] = { "&amp;", "&AMP;", "&#38;", "&#x26;", "&#X26;", NULL };

  for (guint i = 0; forms[i] != NULL; i++)
    if (pos + strlen (forms[i]) <= length &&
        strncmp (raw + pos, forms[i], strlen (forms[i])) == 0)
      return TRUE;
  return FALSE;
}

/* The decoded characters one entity produced: usually one code point,
 * two for the few entities that decode to a pair. */
static gsize
entity_decoded_length (const char *decoded,
                       gsize       d,
                       gsize       decoded_length,
                       char        raw_after)
{
  gsize n = g_utf8_next_char (decoded + d) - (decoded + d);

  if (d + n < decoded_length && raw_after != '&' && !is_html_space (raw_after) &&
      decoded[d + n] != raw_after && (guchar) decoded[d + n] >= 0x80)
    n += g_utf8_next_char (decoded + d + n) - (decoded + d + n);
  return MIN (n, decoded_length - d);
}

/* Walks the raw source and gumbo's decoded text side by side, so every
 * run of text knows the source bytes it came from. Gumbo decodes some
 * numeric references that overflow ("&#8220231130") into a byte that is
 * no UTF-8: such text is made valid first, each bad byte a U+FFFD, the
 * character any reference to no character stands for. */
static void
extract_text_node (Extractor        *self,
                   const GumboText  *node)
{
  const char *raw = node->original_text.data;
  gsize raw_length = node->original_text.length;
  g_autofree char *valid = g_utf8_validate (node->text, -1, NULL) ? NULL : g_utf8_make_valid (node->text, -1);
  const char *decoded = valid != NULL ? valid : node->text;
  gsize decoded_length = strlen (decoded);
  guint offset = node->start_pos.offset;
  gsize r = 0, d = 0;

  while (r < raw_length && d <= decoded_length)
    {
      gsize run = r;

      if (is_html_space (raw[r]))
        {
          while (r < raw_length && is_html_space (raw[r]))
            r++;
          while (d < decoded_length && is_html_space (decoded[d]))
            d++;
          note_space (self, offset + (guint) run, (guint) (r - run));
          continue;
        }
      if (raw[r] == '&' && (decoded[d] != '&' || is_escaped_ampersand (raw, r, raw_length)))
        {
          gsize end = entity_end (raw, r, raw_length);
          gsize n = entity_decoded_length (decoded, d, decoded_length,
                                           end < raw_length ? raw[end] : '\0');

          emit (self, decoded + d, n, offset + (guint) r, (guint) (end - r));
          r = end;
          d += n;
          continue;
        }
      while (r < raw_length && !is_html_space (raw[r]) && (r == run || raw[r] != '&'))
        r++;
      if (d + (r - run) > decoded_length ||
          memcmp (raw + run, decoded + d, r - run) != 0)
        {
          /* gumbo changed something we cannot follow; keep the text right
           * and map the rest of the node as one span. */
          emit (self, decoded + d, decoded_length - d, offset + (guint) run,
                (guint) (raw_length - run));
          return;
        }
      emit (self, decoded + d, r - run, offset + (guint) run, (guint) (r - run));
      d += r - run;
    }
}

typedef struct
{
  const GumboNode *node;
  guint            next_child;
} Frame;

static void
enter_node (Extractor       *self,
            const GumboNode *node,
            GArray          *stack)
{
  Frame frame = { node, 0 };

  switch (node->type)
    {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
      extract_text_node (self, &node->v.text);
      return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      if (is_skipped (node->v.element.tag))
        return;
      self->pending_break |= is_block (node->v.element.tag);
      g_array_append_val (stack, frame);
      return;
    case GUMBO_NODE_DOCUMENT:
      g_array_append_val (stack, frame);
      return;
    case GUMBO_NODE_COMMENT:
    default:
      return;
    }
}

static const GumboVector *
children_of (const GumboNode *node)
{
  return node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                           : &node->v.element.children;
}

void
_redaksi_html_extract_text (const GumboOutput *output,
                            const char        *source,
                            GString           *text,
                            GArray            *segments)
{
  Extractor self = { source, text, segments, FALSE, FALSE, 0, 0 };
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));

  /* An explicit stack: pages nest deeply enough to exhaust a thread's. */
  enter_node (&self, output->document, stack);
  while (stack->len > 0)
    {
      Frame *top = &g_array_index (stack, Frame, stack->len - 1);
      const GumboVector *children = children_of (top->node);

      if (top->next_child < children->length)
        {
          enter_node (&self, children->data[top->next_child++], stack);
          continue;
        }
      if (top->node->type == GUMBO_NODE_ELEMENT && is_block (top->node->v.element.tag))
        self.pending_break = TRUE;
      g_array_set_size (stack, stack->len - 1);
    }
}

static guint
find_segment (const GArray *segments,
              gsize         offset,
              gboolean      by_source)
{
  const RedaksiTextSegment *s = (const RedaksiTextSegment *) (gpointer) segments->data;
  guint lo = 0, hi = segments->len;

  /* The last segment starting at or before @offset. */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;
      gsize start = by_source ? s[mid].source_start : s[mid].text_start;

      if (start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

gsize
_redaksi_segments_text_to_source (const GArray *segments,
                                  gsize         text_offset,
                                  gboolean      is_end,
                                  gsize         source_length)
{
  const RedaksiTextSegment *s;
  gsize lookup = is_end && text_offset > 0 ? text_offset - 1 : text_offset;

  if (segments->len == 0)
    return 0;
  s = &g_array_index (segments, RedaksiTextSegment, find_segment (segments, lookup, FALSE));
  if (lookup >= (gsize) s->text_start + s->text_length)
    return MIN ((gsize) s->source_start + s->source_length, source_length);
  if (s->text_length == s->source_length)
    return s->source_start + (text_offset - s->text_start);
  return is_end ? s->source_start + s->source_length : s->source_start;
}

gsize
_redaksi_segments_source_to_text (const GArray *segments,
                                  gsize         source_offset,
                                  gsize         text_length)
{
  const RedaksiTextSegment *s;

  if (segments->len == 0)
    return 0;
  s = &g_array_index (segments, RedaksiTextSegment, find_segment (segments, source_offset, TRUE));
  if (source_offset < s->source_start)
    return s->text_start;
  if (source_offset >= (gsize) s->source_start + s->source_length)
    return MIN ((gsize) s->text_start + s->text_length, text_length);
  if (s->text_length == s->source_length)
    return s->text_start + (source_offset - s->source_start);
  return s->text_start;
}

/* The limits pre-scan: a linear walk over the source's tags that keeps
 * the open elements much as an HTML parser would, closing the ones with
 * optional end tags (p, li, td, …) and the ones an end tag closes, so
 * that real pages stay shallow and unclosed elements count in full. It
 * runs before gumbo, whose work grows with the nesting depth for every
 * tag and with the square of an element's attributes. */

typedef struct
{
  GumboTag    tag;
  const char *name;
  guint       length;
} OpenElement;

typedef struct
{
  const char *html;
  gsize       length;
  gsize       pos;
  GArray     *open;       /* OpenElement */
  guint       foreign;    /* open svg and math elements */
  guint64     attribute_work;
  guint64     attribute_budget;
} LimitScan;

static gboolean
is_void (GumboTag tag)
{
  switch (tag)
    {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BR: case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KEYGEN: case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR: case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND: case GUMBO_TAG_FRAME: case GUMBO_TAG_IMAGE:
    /* Merged into the one root element, never nested. */
    case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_BODY:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_raw_text (GumboTag tag)
{
  switch (tag)
    {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Where an open element stops the search for the element an end tag or
 * an implied end closes (the HTML "scope"). */
static gboolean
is_scope_barrier (GumboTag tag)
{
  switch (tag)
    {
    case GUMBO_TAG_APPLET: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_MARQUEE:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Phrasing elements: an end tag passes over them to close its element.
 * Everything else counts as HTML's "special" elements, which stop it. */
static gboolean
is_phrasing (GumboTag tag)
{
  switch (tag)
    {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO: case GUMBO_TAG_BIG: case GUMBO_TAG_CITE: case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA: case GUMBO_TAG_DEL: case GUMBO_TAG_DFN: case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_INS: case GUMBO_TAG_KBD:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_MARK: case GUMBO_TAG_NOBR: case GUMBO_TAG_Q:
    case GUMBO_TAG_S: case GUMBO_TAG_SAMP: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME: case GUMBO_TAG_TT: case GUMBO_TAG_U: case GUMBO_TAG_VAR:
    case GUMBO_TAG_UNKNOWN:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Start tags that close an open p. */
static gboolean
closes_p (GumboTag tag)
{
  switch (tag)
    {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_UL: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_FORM: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_HR: case GUMBO_TAG_XMP: case GUMBO_TAG_LI: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
same_element (const OpenElement *element,
              GumboTag           tag,
              const char        *name,
              guint              length)
{
  if (element->tag != tag)
    return FALSE;
  return tag != GUMBO_TAG_UNKNOWN
         || (element->length == length && g_ascii_strncasecmp (element->name, name, length) == 0);
}

typedef gboolean (*TagTest) (GumboTag tag);

static gboolean
is_not_phrasing (GumboTag tag)
{
  return !is_phrasing (tag);
}

/* li, dd and dt close their like across div, p and phrasing elements. */
static gboolean
stops_list_item (GumboTag tag)
{
  return !is_phrasing (tag) && tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_P
         && tag != GUMBO_TAG_ADDRESS;
}

static gboolean
stops_cell (GumboTag tag)
{
  return tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TEMPLATE;
}

/* Closes the nearest open element with one of the tags @a, @b (and the
 * ones above it), unless an element that @stops comes first. */
static void
close_nearest (LimitScan  *scan,
               GumboTag    a,
               GumboTag    b,
               const char *name,
               guint       length,
               TagTest     stops)
{
  for (guint i = scan->open->len; i > 0; i--)
    {
      const OpenElement *element = &g_array_index (scan->open, OpenElement, i - 1);

      if (same_element (element, a, name, length) || same_element (element, b, name, length))
        {
          for (guint k = i - 1; k < scan->open->len; k++)
            if (g_array_index (scan->open, OpenElement, k).tag == GUMBO_TAG_SVG
                || g_array_index (scan->open, OpenElement, k).tag == GUMBO_TAG_MATH)
              scan->foreign--;
          g_array_set_size (scan->open, i - 1);
          return;
        }
      if (stops (element->tag))
        return;
    }
}

static void
implied_ends (LimitScan *scan,
              GumboTag   tag)
{
  if (closes_p (tag))
    close_nearest (scan, GUMBO_TAG_P, GUMBO_TAG_P, NULL, 0, is_scope_barrier);
  if (tag == GUMBO_TAG_LI)
    close_nearest (scan, GUMBO_TAG_LI, GUMBO_TAG_LI, NULL, 0, stops_list_item);
  else if (tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT)
    close_nearest (scan, GUMBO_TAG_DD, GUMBO_TAG_DT, NULL, 0, stops_list_item);
  else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
    close_nearest (scan, GUMBO_TAG_TD, GUMBO_TAG_TH, NULL, 0, stops_cell);
  else if (tag == GUMBO_TAG_TR)
    close_nearest (scan, GUMBO_TAG_TR, GUMBO_TAG_TR, NULL, 0, stops_cell);
  else if (tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TFOOT)
    {
      close_nearest (scan, GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, NULL, 0, stops_cell);
      close_nearest (scan, GUMBO_TAG_TFOOT, GUMBO_TAG_TFOOT, NULL, 0, stops_cell);
    }
  else if (tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_OPTGROUP)
    close_nearest (scan, GUMBO_TAG_OPTION, tag, NULL, 0, is_not_phrasing);
}

static gsize
skip_space (LimitScan *scan,
            gsize      pos)
{
  while (pos < scan->length && (is_html_space (scan->html[pos]) || scan->html[pos] == '/'))
    pos++;
  return pos;
}

static gsize
name_end (LimitScan *scan,
          gsize      pos)
{
  while (pos < scan->length && !is_html_space (scan->html[pos]) && scan->html[pos] != '>'
         && scan->html[pos] != '/' && scan->html[pos] != '=')
    pos++;
  return pos;
}

static gsize
value_end (LimitScan *scan,
           gsize      pos)
{
  char quote;
  const char *close;

  while (pos < scan->length && is_html_space (scan->html[pos]))
    pos++;
  if (pos >= scan->length)
    return pos;
  quote = scan->html[pos];
  if (quote == '"' || quote == '\'')
    {
      close = memchr (scan->html + pos + 1, quote, scan->length - pos - 1);
      return close != NULL ? (gsize) (close - scan->html) + 1 : scan->length;
    }
  while (pos < scan->length && !is_html_space (scan->html[pos]) && scan->html[pos] != '>')
    pos++;
  return pos;
}

/* Walks the attributes up to the tag's `>`; returns how many there are. */
static guint
read_attributes (LimitScan *scan,
                 gboolean  *self_closing)
{
  guint count = 0;

  for (;;)
    {
      gsize pos = skip_space (scan, scan->pos);

      if (pos >= scan->length || scan->html[pos] == '>')
        {
          *self_closing = pos < scan->length && pos > 0 && scan->html[pos - 1] == '/';
          scan->pos = MIN (pos + 1, scan->length);
          return count;
        }
      /* An attribute name may start with `=`. */
      pos = name_end (scan, pos + 1);
      count++;
      while (pos < scan->length && is_html_space (scan->html[pos]))
        pos++;
      if (pos < scan->length && scan->html[pos] == '=')
        pos = value_end (scan, pos + 1);
      scan->pos = pos;
    }
}

/* Raw text runs to its own end tag; nothing inside is a tag. */
static void
skip_raw_text (LimitScan  *scan,
               const char *name,
               guint       length)
{
  while (scan->pos < scan->length)
    {
      const char *lt = memchr (scan->html + scan->pos, '<', scan->length - scan->pos);

      if (lt == NULL)
        break;
      scan->pos = (gsize) (lt - scan->html) + 1;
      if (scan->pos + 1 + length <= scan->length && *(lt + 1) == '/'
          && g_ascii_strncasecmp (lt + 2, name, length) == 0)
        {
          scan->pos--;
          return;
        }
    }
  scan->pos = scan->length;
}

static RedaksiHtmlLimit
start_tag (LimitScan *scan,
           gsize      start)
{
  const char *name = scan->html + start + 1;
  guint length = (guint) (name_end (scan, start + 1) - (start + 1));
  GumboTag tag = gumbo_tagn_enum (name, length);
  OpenElement element = { tag, name, length };
  gboolean self_closing = FALSE;
  guint count;

  scan->pos = start + 1 + length;
  count = read_attributes (scan, &self_closing);
  scan->attribute_work += (guint64) count * count;
  if (count > REDAKSI_HTML_MAX_ATTRIBUTES || scan->attribute_work > scan->attribute_budget)
    return REDAKSI_HTML_TOO_MANY_ATTRIBUTES;
  if (tag == GUMBO_TAG_PLAINTEXT)
    scan->pos = scan->length;
  if (is_raw_text (tag) && !self_closing)
    skip_raw_text (scan, name, length);
  if (scan->foreign == 0)
    implied_ends (scan, tag);
  if (is_void (tag) || (self_closing && scan->foreign > 0))
    return REDAKSI_HTML_WITHIN_LIMITS;
  g_array_append_val (scan->open, element);
  scan->foreign += tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH;
  return scan->open->len > REDAKSI_HTML_MAX_DEPTH ? REDAKSI_HTML_TOO_DEEP : REDAKSI_HTML_WITHIN_LIMITS;
}

static void
end_tag (LimitScan *scan,
         gsize      start)
{
  const char *name = scan->html + start + 2;
  guint length = (guint) (name_end (scan, start + 2) - (start + 2));
  GumboTag tag = gumbo_tagn_enum (name, length);
  const char *close = memchr (name, '>', scan->length - (start + 2));

  scan->pos = close != NULL ? (gsize) (close - scan->html) + 1 : scan->length;
  /* A phrasing end tag stops at any other element; a block's only at its scope. */
  close_nearest (scan, tag, tag, name, length, is_phrasing (tag) ? is_not_phrasing : is_scope_barrier);
}

/* Comments, doctypes and processing instructions hold no elements. */
static void
skip_markup (LimitScan *scan,
             gsize      start)
{
  const char *end;

  if (scan->length - start >= 4 && memcmp (scan->html + start, "<!--", 4) == 0)
    {
      end = g_strstr_len (scan->html + start + 4, scan->length - start - 4, "-->");
      scan->pos = end != NULL ? (gsize) (end - scan->html) + 3 : scan->length;
      return;
    }
  end = memchr (scan->html + start + 1, '>', scan->length - start - 1);
  scan->pos = end != NULL ? (gsize) (end - scan->html) + 1 : scan->length;
}

static RedaksiHtmlLimit
scan_tag (LimitScan *scan,
          gsize      start)
{
  char next = start + 1 < scan->length ? scan->html[start + 1] : '\0';

  if (g_ascii_isalpha (next))
    return start_tag (scan, start);
  if (next == '/' && start + 2 < scan->length && g_ascii_isalpha (scan->html[start + 2]))
    end_tag (scan, start);
  else if (next == '!' || next == '?' || next == '/')
    skip_markup (scan, start);
  else
    scan->pos = start + 1;
  return REDAKSI_HTML_WITHIN_LIMITS;
}

RedaksiHtmlLimit
_redaksi_html_check_limits (const char *html,
                            gsize       length,
                            gsize      *offset)
{
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (OpenElement));
  LimitScan scan = { html, length, 0, open, 0, 0,
                     REDAKSI_HTML_ATTRIBUTE_WORK + (guint64) length * REDAKSI_HTML_ATTRIBUTE_WORK_PER_BYTE };

  while (scan.pos < length)
    {
      const char *lt = memchr (html + scan.pos, '<', length - scan.pos);
      RedaksiHtmlLimit limit;

      if (lt == NULL)
        break;
      *offset = (gsize) (lt - html);
      limit = scan_tag (&scan, *offset);
      if (limit != REDAKSI_HTML_WITHIN_LIMITS)
        return limit;
    }
  return REDAKSI_HTML_WITHIN_LIMITS;
}
