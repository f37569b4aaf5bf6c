/* redaksi-related-link-html.c: related-article inserts in an HTML page
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-document-private.h"
#include "redaksi-insert-markers-private.h"
#include "redaksi-related-link-private.h"

/* What the visible text of an element holds. */
typedef enum
{
  TEXT_MARKER = 1 << 0, /* a marker label, with or without a title */
  TEXT_LINK   = 1 << 1, /* text of a link */
  TEXT_OTHER  = 1 << 2, /* anything else: prose, headings, dates */
  TEXT_SEEN   = 1 << 3, /* the element was summarised */
} TextFlags;

typedef struct
{
  RedaksiDocument *document;
  const char      *source;
  gsize            length;
  GHashTable      *flags;    /* GumboNode → TextFlags */
  GArray          *inserts;
  GArray          *quoted;   /* SpanReach index of <blockquote> and <q> */
  GCancellable    *cancellable;
  guint            steps;
  gboolean         cancelled;
} HtmlScanner;

/* Loops over nodes and inserts look at the cancellable every 64 steps;
 * once it fired, every later loop ends at once. */
static gboolean
scanner_cancelled (HtmlScanner *self)
{
  if (!self->cancelled && (self->steps++ & 63) == 0)
    self->cancelled = g_cancellable_is_cancelled (self->cancellable);
  return self->cancelled;
}

/* Source spans sorted by start, each with the furthest end reached by
 * it or any span before it: whether one of them overlaps [start, end)
 * is then one binary search, where a walk over all of them for each
 * inline insert made a page with many inserts quadratic. */
typedef struct
{
  gsize start;
  gsize reach;
} SpanReach;

static GArray *
span_index_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (SpanReach));
}

static void
span_index_add (GArray *index,
                gsize   start,
                gsize   end)
{
  SpanReach span = { start, end };

  g_array_append_val (index, span);
}

static int
compare_span_starts (gconstpointer a,
                     gconstpointer b)
{
  const SpanReach *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

/* Sorts the spans added and turns each end into the reach so far. */
static void
span_index_seal (GArray *index)
{
  g_array_sort (index, compare_span_starts);
  for (guint i = 1; i < index->len; i++)
    {
      SpanReach *span = &g_array_index (index, SpanReach, i);

      span->reach = MAX (span->reach, g_array_index (index, SpanReach, i - 1).reach);
    }
}

/* Whether a span starts before @end and ends after @start. */
static gboolean
span_index_overlaps (GArray *index,
                     gsize   start,
                     gsize   end)
{
  guint low = 0, high = index->len;

  /* The spans starting before @end are the first @low. */
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (index, SpanReach, middle).start < end)
        low = middle + 1;
      else
        high = middle;
    }
  return low > 0 && g_array_index (index, SpanReach, low - 1).reach > start;
}

/* The elements found so far, as spans to test inline inserts against. */
static GArray *
element_spans (HtmlScanner *self)
{
  GArray *index = span_index_new ();

  for (guint i = 0; i < self->inserts->len; i++)
    {
      const RedaksiInsert *found = &g_array_index (self->inserts, RedaksiInsert, i);

      span_index_add (index, found->start, found->end);
    }
  span_index_seal (index);
  return index;
}

static gboolean
is_skipped (GumboTag tag)
{
  switch (tag)
    {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TITLE:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_inline (GumboTag tag)
{
  switch (tag)
    {
    case GUMBO_TAG_A: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
    case GUMBO_TAG_EM: case GUMBO_TAG_I: case GUMBO_TAG_SMALL: case GUMBO_TAG_U:
    case GUMBO_TAG_FONT:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Elements that may hold an orphan marker alone and go with it. */
static gboolean
may_be_orphan (GumboTag tag)
{
  switch (tag)
    {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_SECTION: case GUMBO_TAG_ASIDE:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_html_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Trims HTML white space and no-break spaces. */
static void
trim (const char **s,
      gsize       *length)
{
  while (*length > 0 && (is_html_space (**s) || (*length >= 2 && memcmp (*s, "\xc2\xa0", 2) == 0)))
    {
      gsize n = is_html_space (**s) ? 1 : 2;

      *s += n;
      *length -= n;
    }
  while (*length > 0 && (is_html_space ((*s)[*length - 1]) ||
                         (*length >= 2 && memcmp (*s + *length - 2, "\xc2\xa0", 2) == 0)))
    *length -= is_html_space ((*s)[*length - 1]) ? 1 : 2;
}

static gboolean
is_punctuation_only (const char *s,
                     gsize       length)
{
  for (const char *p = s; p < s + length; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static TextFlags
classify_text (const char *text,
               gboolean    in_link)
{
  gsize length = strlen (text), marker_start, marker_end;

  trim (&text, &length);
  if (length == 0)
    return 0;
  if (_redaksi_text_is_marker (text, length, &marker_start, &marker_end))
    return in_link ? TEXT_MARKER | TEXT_LINK : TEXT_MARKER;
  if (in_link)
    return TEXT_LINK;
  /* `<a>…</a> dan <a>…</a>` joins links; the word is not prose. */
  if ((length == 3 && g_ascii_strncasecmp (text, "dan", 3) == 0) ||
      (length == 4 && g_ascii_strncasecmp (text, "atau", 4) == 0))
    return 0;
  return is_punctuation_only (text, length) ? 0 : TEXT_OTHER;
}

static const GumboVector *
children_of (const GumboNode *node)
{
  return node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                           : &node->v.element.children;
}

static gboolean
is_element (const GumboNode *node)
{
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

static gboolean
is_text (const GumboNode *node)
{
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA;
}

typedef struct
{
  const GumboNode *node;
  guint            next_child;
  TextFlags        flags;
  gboolean         in_link;
} Frame;

static void
push_frame (GArray          *stack,
            const GumboNode *node,
            gboolean         in_link)
{
  Frame frame = { node, 0, 0, in_link };

  if (is_element (node) && node->v.element.tag == GUMBO_TAG_A)
    frame.in_link = TRUE;
  g_array_append_val (stack, frame);
}

static void
pop_frame (HtmlScanner *self,
           GArray      *stack)
{
  Frame *top = &g_array_index (stack, Frame, stack->len - 1);
  TextFlags flags = top->flags;

  g_hash_table_insert (self->flags, (gpointer) top->node, GUINT_TO_POINTER (flags | TEXT_SEEN));
  g_array_set_size (stack, stack->len - 1);
  if (stack->len > 0)
    g_array_index (stack, Frame, stack->len - 1).flags |= flags;
}

/* Gumbo's text of a text node, made valid UTF-8 when gumbo decoded an
 * overflowing numeric reference into a byte that is none (see
 * redaksi-html.c): then a copy in *@owned. */
static const char *
node_text (const GumboNode  *node,
           char            **owned)
{
  const char *text = node->v.text.text;

  *owned = NULL;
  if (g_utf8_validate (text, -1, NULL))
    return text;
  return *owned = g_utf8_make_valid (text, -1);
}

/* Summarises every element's visible text, children before parents,
 * with an explicit stack: pages nest deeper than a thread's stack. */
static void
summarise (HtmlScanner     *self,
           const GumboNode *root)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));

  push_frame (stack, root, FALSE);
  while (stack->len > 0 && !scanner_cancelled (self))
    {
      Frame *top = &g_array_index (stack, Frame, stack->len - 1);
      const GumboVector *children = children_of (top->node);
      const GumboNode *child;

      if (top->next_child >= children->length)
        {
          pop_frame (self, stack);
          continue;
        }
      child = children->data[top->next_child++];
      if (is_text (child))
        {
          g_autofree char *owned = NULL;

          top->flags |= classify_text (node_text (child, &owned), top->in_link);
        }
      else if (is_element (child) && !is_skipped (child->v.element.tag))
        push_frame (stack, child, top->in_link);
    }
}

static TextFlags
flags_of (HtmlScanner     *self,
          const GumboNode *node)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->flags, node));
}

/* The class or id that names an insert box, or NULL. */
static char *
matching_name (const GumboNode *node)
{
  static const char *const attributes[] = { "class", "id", NULL };

  for (guint a = 0; attributes[a] != NULL; a++)
    {
      GumboAttribute *attribute = gumbo_get_attribute (&node->v.element.attributes, attributes[a]);
      const char *p;

      if (attribute == NULL)
        continue;
      for (p = attribute->value; *p != '\0';)
        {
          gsize n = strcspn (p, " \t\n\r\f");

          if (n > 0 && _redaksi_insert_marker_is_box (p, n))
            return g_strndup (p, n);
          p += n;
          p += strspn (p, " \t\n\r\f");
        }
    }
  return NULL;
}

static gboolean
element_span (HtmlScanner     *self,
              const GumboNode *node,
              gsize           *start,
              gsize           *end)
{
  const GumboElement *element = &node->v.element;

  if (element->original_tag.length == 0)
    return FALSE;
  *start = element->start_pos.offset;
  if (element->original_end_tag.length > 0)
    *end = element->end_pos.offset + element->original_end_tag.length;
  else if (element->children.length == 0)
    *end = *start + element->original_tag.length;
  else
    *end = element->end_pos.offset;
  return *start < *end && *end <= self->length && self->source[*start] == '<';
}

/* One adjacent space goes with an inline insert, so no double space is
 * left in the paragraph around it. */
static void
take_adjacent_space (HtmlScanner *self,
                     gsize       *start,
                     gsize       *end)
{
  if (*start > 0 && self->source[*start - 1] == ' ')
    (*start)--;
  else if (*end < self->length && self->source[*end] == ' ')
    (*end)++;
}

static void
append_text (const GumboNode *node,
             GString         *out)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, (gpointer) node);
  while (stack->len > 0)
    {
      const GumboNode *top = g_ptr_array_steal_index (stack, stack->len - 1);
      const GumboVector *children;

      if (is_text (top))
        {
          g_autofree char *owned = NULL;

          if (out->len > 0 && !is_html_space (out->str[out->len - 1]))
            g_string_append_c (out, ' ');
          g_string_append (out, node_text (top, &owned));
          continue;
        }
      if (!is_element (top) || is_skipped (top->v.element.tag))
        continue;
      children = &top->v.element.children;
      for (guint i = children->length; i > 0; i--)
        g_ptr_array_add (stack, children->data[i - 1]);
    }
}

static char *
trimmed_text (const GumboNode *node)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *s;
  gsize length;

  append_text (node, text);
  s = text->str;
  length = text->len;
  trim (&s, &length);
  return g_strndup (s, length);
}

static void
describe_link (RedaksiInsert   *insert,
               const GumboNode *node)
{
  GumboAttribute *href = gumbo_get_attribute (&node->v.element.attributes, "href");
  g_autofree char *title = trimmed_text (node);
  gsize marker_start, marker_end, skip;

  /* `<a>(Baca juga: Title)</a>`: the title follows the marker. */
  if (_redaksi_text_is_marker (title, strlen (title), &marker_start, &marker_end))
    {
      if (insert->marker == NULL)
        insert->marker = g_strndup (title + marker_start, marker_end - marker_start);
      skip = marker_end + strspn (title + marker_end, " :-");
      memmove (title, title + skip, strlen (title + skip) + 1);
      if (*title != '\0' && title[strlen (title) - 1] == ')')
        title[strlen (title) - 1] = '\0';
    }
  if (*title != '\0')
    _redaksi_insert_add_title (insert, title, strlen (title));
  if (href != NULL && *href->value != '\0')
    _redaksi_insert_add_url (insert, href->value, strlen (href->value));
}

static void
describe_text (RedaksiInsert   *insert,
               const GumboNode *node)
{
  g_autofree char *owned = NULL;
  const char *text = node_text (node, &owned);
  gsize length = strlen (text), marker_start, marker_end;

  trim (&text, &length);
  if (insert->marker == NULL && length > 0 &&
      _redaksi_text_is_marker (text, length, &marker_start, &marker_end))
    insert->marker = g_strndup (text + marker_start, marker_end - marker_start);
}

/* The marker, titles and addresses of an insert element. */
static void
describe_element (RedaksiInsert   *insert,
                  const GumboNode *node)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, (gpointer) node);
  while (stack->len > 0)
    {
      const GumboNode *top = g_ptr_array_steal_index (stack, stack->len - 1);
      const GumboVector *children;

      if (is_text (top))
        describe_text (insert, top);
      if (!is_element (top) || is_skipped (top->v.element.tag))
        continue;
      if (top->v.element.tag == GUMBO_TAG_A)
        {
          describe_link (insert, top);
          continue;
        }
      children = &top->v.element.children;
      for (guint i = children->length; i > 0; i--)
        g_ptr_array_add (stack, children->data[i - 1]);
    }
}

static void
add_element (HtmlScanner     *self,
             const GumboNode *node,
             const GumboNode *list,
             gsize            start,
             gsize            end,
             char            *name)
{
  RedaksiInsert insert = { 0, 0, FALSE, NULL, NULL, NULL };

  if (is_inline (node->v.element.tag) && list == NULL)
    take_adjacent_space (self, &start, &end);
  insert.start = (guint) start;
  insert.end = (guint) end;
  describe_element (&insert, node);
  if (list != NULL)
    describe_element (&insert, list);
  if (insert.marker == NULL)
    insert.marker = g_steal_pointer (&name);
  g_free (name);
  g_array_append_val (self->inserts, insert);
}

/* The element after @node among its siblings, white space skipped. */
static const GumboNode *
next_element (const GumboNode *node)
{
  const GumboVector *siblings;

  if (node->parent == NULL || !is_element (node->parent))
    return NULL;
  siblings = &node->parent->v.element.children;
  for (guint i = node->index_within_parent + 1; i < siblings->length; i++)
    {
      const GumboNode *sibling = siblings->data[i];

      if (is_element (sibling))
        return sibling;
      if (sibling->type != GUMBO_NODE_WHITESPACE && sibling->type != GUMBO_NODE_COMMENT)
        return NULL;
    }
  return NULL;
}

/* An orphan marker heading a list of links in the next element
 * (`<span>Berita Terkait</span><ul>…</ul>`) takes the list with it. */
static const GumboNode *
take_link_list (HtmlScanner     *self,
                const GumboNode *node,
                gsize           *end)
{
  const GumboNode *next = next_element (node);
  g_autofree char *name = NULL;
  gsize next_start, next_end;

  if (next == NULL || flags_of (self, next) != (TEXT_LINK | TEXT_SEEN) ||
      (name = matching_name (next)) != NULL || !element_span (self, next, &next_start, &next_end))
    return NULL;
  *end = next_end;
  return next;
}

/* An element is an insert when its class or id names one, or when its
 * visible text is a marker and links only (or an orphan marker). */
static gboolean
try_element (HtmlScanner     *self,
             const GumboNode *node)
{
  TextFlags flags = flags_of (self, node);
  GumboTag tag = node->v.element.tag;
  const GumboNode *list = NULL;
  char *name = NULL;
  gsize start, end;

  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || !element_span (self, node, &start, &end))
    return FALSE;
  if ((flags & TEXT_SEEN) == 0)
    return FALSE;
  name = matching_name (node);
  if (name == NULL && (!(flags & TEXT_MARKER) || (flags & TEXT_OTHER)))
    return FALSE;
  if (name == NULL && !(flags & TEXT_LINK))
    {
      list = take_link_list (self, node, &end);
      if (list == NULL && !may_be_orphan (tag))
        return FALSE;
    }
  add_element (self, node, list, start, end, name);
  return TRUE;
}

/* A quotation (an embedded post, a quoted statement) is someone's
 * words: its "Baca juga" stays. Notes its span for the inline pass. */
static gboolean
note_quotation (HtmlScanner     *self,
                const GumboNode *node)
{
  gsize span[2];

  if (node->v.element.tag != GUMBO_TAG_BLOCKQUOTE && node->v.element.tag != GUMBO_TAG_Q)
    return FALSE;
  if (element_span (self, node, &span[0], &span[1]))
    span_index_add (self->quoted, span[0], span[1]);
  return TRUE;
}

static void
find_elements (HtmlScanner     *self,
               const GumboNode *root)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, (gpointer) root);
  while (stack->len > 0 && !scanner_cancelled (self))
    {
      const GumboNode *top = g_ptr_array_steal_index (stack, stack->len - 1);
      const GumboVector *children;

      if (top->type != GUMBO_NODE_DOCUMENT &&
          (!is_element (top) || is_skipped (top->v.element.tag) || note_quotation (self, top) ||
           try_element (self, top)))
        continue;
      children = children_of (top);
      for (guint i = children->length; i > 0; i--)
        g_ptr_array_add (stack, children->data[i - 1]);
    }
}

static gsize
tag_name_end (const char *s,
              gsize       i,
              gsize       end)
{
  while (i < end && (g_ascii_isalnum (s[i]) || s[i] == '-'))
    i++;
  return i;
}

static gboolean
is_void (const char *name,
         gsize       length)
{
  static const char *const names[] = { "area", "base", "br", "col", "embed", "hr", "img",
                                       "input", "link", "meta", "source", "track", "wbr", NULL };

  for (guint k = 0; names[k] != NULL; k++)
    if (strlen (names[k]) == length && g_ascii_strncasecmp (name, names[k], length) == 0)
      return TRUE;
  return FALSE;
}

/* An end tag closes the innermost open element, or the span is not
 * well-nested. @open holds (name, name_end) pairs. */
static gboolean
close_element (const char *s,
               GArray     *open,
               gsize       name,
               gsize       name_end)
{
  gsize *top;

  if (open->len == 0)
    return FALSE;
  top = &g_array_index (open, gsize, (open->len - 1) * 2);
  if (top[1] - top[0] != name_end - name ||
      g_ascii_strncasecmp (s + top[0], s + name, name_end - name) != 0)
    return FALSE;
  g_array_set_size (open, open->len - 1);
  return TRUE;
}

/* Walks the tags of [start, *end); where elements opened inside are
 * closed right after it, extends *end over their end tags. */
static gboolean
balance_span (const char *s,
              gsize       length,
              gsize       start,
              gsize      *end)
{
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (gsize) * 2);
  gsize i = start;

  while (i < *end || (open->len > 0 && i + 1 < length && s[i] == '<' && s[i + 1] == '/'))
    {
      const char *gt;
      gsize name, name_end;

      if (s[i] != '<' || !(g_ascii_isalpha (s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!'))
        {
          if (i >= *end)
            break;
          i++;
          continue;
        }
      gt = memchr (s + i, '>', length - i);
      if (gt == NULL || strncmp (s + i, "<!--", 4) == 0)
        return FALSE;
      name = i + 1 + (s[i + 1] == '/');
      name_end = tag_name_end (s, name, length);
      if (s[i + 1] == '/')
        {
          if (!close_element (s, open, name, name_end))
            return FALSE;
        }
      else if (!is_void (s + name, name_end - name) && gt[-1] != '/')
        {
          gsize pair[2] = { name, name_end };

          g_array_append_vals (open, pair, 1);
        }
      i = (gsize) (gt - s) + 1;
      if (i > *end)
        *end = i;
    }
  return open->len == 0;
}

gboolean
_redaksi_html_span_balanced (const char *source,
                             gsize       start,
                             gsize       end)
{
  gsize extended = end;

  return balance_span (source, strlen (source), start, &extended) && extended == end;
}

#define MAX_WRAPPING_TAGS 8

/* The last '<' before @end, read backwards: g_strrstr_len() reads from
 * the start of the page for each call. */
static const char *
last_lt_before (HtmlScanner *self,
                gsize        end)
{
  while (end > 0)
    if (self->source[--end] == '<')
      return self->source + end;
  return NULL;
}

/* Start tags right before @start (blanks between them allowed), nearest
 * first: the elements an insert's text may be wrapped in. */
static guint
tags_before (HtmlScanner *self,
             gsize        start,
             gsize       *positions)
{
  guint n = 0;

  while (n < MAX_WRAPPING_TAGS)
    {
      gsize i = start;
      const char *lt;

      while (i > 0 && is_html_space (self->source[i - 1]))
        i--;
      if (i == 0 || self->source[i - 1] != '>' || (lt = last_lt_before (self, i)) == NULL ||
          lt[1] == '/' || lt[1] == '!' || !g_ascii_isalpha (lt[1]))
        break;
      start = (gsize) (lt - self->source);
      positions[n++] = start;
    }
  return n;
}

/* End tags right after @end, nearest first. */
static guint
tags_after (HtmlScanner *self,
            gsize        end,
            gsize       *positions)
{
  guint n = 0;

  while (n < MAX_WRAPPING_TAGS)
    {
      gsize i = end;
      const char *gt;

      while (i < self->length && is_html_space (self->source[i]))
        i++;
      if (i + 1 >= self->length || self->source[i] != '<' || self->source[i + 1] != '/' ||
          (gt = memchr (self->source + i, '>', self->length - i)) == NULL)
        break;
      end = (gsize) (gt - self->source) + 1;
      positions[n++] = end;
    }
  return n;
}

static gboolean
is_balanced (HtmlScanner *self,
             gsize        start,
             gsize        end)
{
  gsize extended = end;

  return balance_span (self->source, self->length, start, &extended) && extended == end;
}

/* The widest balanced span made of [start, end) and the tags wrapping
 * it, so `<p>Baca juga: <a>…</a></p>` goes whole rather than leaving an
 * empty paragraph; FALSE when even [start, end) is unbalanced. */
static gboolean
widen_to_markup (HtmlScanner *self,
                 gsize       *start,
                 gsize       *end)
{
  gsize before[MAX_WRAPPING_TAGS + 1], after[MAX_WRAPPING_TAGS + 1];
  guint n_before = tags_before (self, *start, before + 1);
  guint n_after = tags_after (self, *end, after + 1);

  before[0] = *start;
  after[0] = *end;
  for (guint b = n_before + 1; b > 0; b--)
    for (guint a = n_after + 1; a > 0; a--)
      if (is_balanced (self, before[b - 1], after[a - 1]))
        {
          *start = before[b - 1];
          *end = after[a - 1];
          return TRUE;
        }
  return FALSE;
}

/* Maps an insert the text scanner found in the visible text onto the
 * source. Its markup must stay balanced; otherwise it is only reported. */
static void
map_text_insert (HtmlScanner   *self,
                 RedaksiInsert *insert,
                 const char    *text)
{
  RedaksiRange range;
  gsize end = insert->end, start, source_end;

  while (end > insert->start && text[end - 1] == '\n')
    end--;
  _redaksi_document_fill_range (self->document, insert->start, end, &range);
  start = range.start;
  source_end = range.end;
  /* Close what the text's last element left open: `…Judul</a>`. */
  balance_span (self->source, self->length, start, &source_end);
  if (!insert->ambiguous && !widen_to_markup (self, &start, &source_end))
    {
      insert->ambiguous = TRUE;
      start = range.start;
      source_end = range.end;
    }
  insert->start = (guint) start;
  insert->end = (guint) source_end;
}

static void
find_inline (HtmlScanner *self)
{
  g_autoptr(GArray) found = _redaksi_inserts_new ();
  g_autoptr(GArray) elements = element_spans (self);
  gsize length;
  const char *text = redaksi_document_get_text (self->document, &length);

  if (!_redaksi_scan_text_cancellable (text, length, found, self->cancellable))
    self->cancelled = TRUE;
  for (guint i = 0; i < found->len && !scanner_cancelled (self); i++)
    {
      RedaksiInsert *insert = &g_array_index (found, RedaksiInsert, i);

      map_text_insert (self, insert, text);
      if (span_index_overlaps (elements, insert->start, insert->end) ||
          span_index_overlaps (self->quoted, insert->start, insert->end))
        continue;
      g_array_append_val (self->inserts, *insert);
      /* The copy owns the strings now. */
      memset (insert, 0, sizeof *insert);
    }
}

static gboolean
is_line_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\r';
}

/* An insert whose markup is the only thing on its source lines takes the
 * lines with it, as in plain text: no empty line is left where a block
 * stood. Between two spaces on a shared line it takes the one before. */
static void
widen_to_lines (HtmlScanner   *self,
                RedaksiInsert *insert)
{
  const char *s = self->source;
  gsize start = insert->start, end = insert->end;

  while (start > 0 && is_line_blank (s[start - 1]))
    start--;
  while (end < self->length && is_line_blank (s[end]))
    end++;
  if ((start == 0 || s[start - 1] == '\n') && (end == self->length || s[end] == '\n'))
    {
      insert->start = (guint) start;
      insert->end = (guint) (end < self->length ? end + 1 : end);
    }
  else if (insert->start > 0 && s[insert->start - 1] == ' ' && insert->end < self->length &&
           s[insert->end] == ' ')
    insert->start--;
}

static int
compare_inserts (gconstpointer a,
                 gconstpointer b)
{
  const RedaksiInsert *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

void
_redaksi_scan_html (RedaksiDocument *document,
                    GArray          *inserts)
{
  _redaksi_scan_html_cancellable (document, inserts, NULL);
}

gboolean
_redaksi_scan_html_cancellable (RedaksiDocument *document,
                                GArray          *inserts,
                                GCancellable    *cancellable)
{
  const GumboOutput *output = _redaksi_document_peek_html (document);
  HtmlScanner self = { document, NULL, 0, NULL, inserts, NULL, cancellable, 0, FALSE };

  g_return_val_if_fail (output != NULL, FALSE);
  self.source = redaksi_document_get_source (document, &self.length);
  self.flags = g_hash_table_new (NULL, NULL);
  self.quoted = span_index_new ();
  summarise (&self, output->document);
  find_elements (&self, output->document);
  span_index_seal (self.quoted);
  find_inline (&self);
  for (guint i = 0; i < inserts->len; i++)
    if (!g_array_index (inserts, RedaksiInsert, i).ambiguous)
      widen_to_lines (&self, &g_array_index (inserts, RedaksiInsert, i));
  g_array_sort (inserts, compare_inserts);
  g_hash_table_unref (self.flags);
  g_array_unref (self.quoted);
  return !self.cancelled;
}
