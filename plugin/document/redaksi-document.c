/* redaksi-document.c: an article as text, paragraphs, sentences, tokens
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "redaksi-document-private.h"
#include "redaksi-enums.h"
#include "redaksi-error.h"
#include "redaksi-html-private.h"
#include "redaksi-i18n-private.h"
#include "redaksi-offsets-private.h"
#include "redaksi-tokenizer-private.h"

/**
 * RedaksiDocument:
 *
 * An article ready for analysis: its source (plain text or HTML), its
 * visible text, and that text cut into paragraphs, sentences and tokens.
 *
 * A document is immutable once built, so one document may be analysed
 * from several threads at once.
 *
 * Plain text is one paragraph a line (blank lines are ignored). For HTML
 * the visible text is extracted with every text offset mapped back to
 * the byte it came from, so findings are reported on the HTML source.
 */

/* Every block gumbo allocates for one parse, on a list, so that what
 * gumbo itself forgets is freed with the tree: gumbo 0.10 drops a
 * DOCTYPE token met inside a <noscript> in the head without freeing its
 * strings, and a page of such tokens would leak on every request in a
 * long-running host. */
typedef struct _HtmlBlock HtmlBlock;
struct _HtmlBlock
{
  HtmlBlock *prev;
  HtmlBlock *next;
};

typedef struct
{
  HtmlBlock blocks;  /* the list's ends: blocks.next is the newest */
} HtmlHeap;

G_STATIC_ASSERT (sizeof (HtmlBlock) % 16 == 0);  /* keeps malloc's alignment */

static void *
html_heap_alloc (void   *userdata,
                 size_t  size)
{
  HtmlHeap *heap = userdata;
  HtmlBlock *block = g_malloc (sizeof (HtmlBlock) + size);

  block->prev = &heap->blocks;
  block->next = heap->blocks.next;
  heap->blocks.next->prev = block;
  heap->blocks.next = block;
  return block + 1;
}

static void
html_heap_free (void *userdata,
                void *ptr)
{
  HtmlBlock *block;

  if (ptr == NULL)
    return;
  block = (HtmlBlock *) ptr - 1;
  block->prev->next = block->next;
  block->next->prev = block->prev;
  g_free (block);
}

static HtmlHeap *
html_heap_new (void)
{
  HtmlHeap *heap = g_new (HtmlHeap, 1);

  heap->blocks.prev = heap->blocks.next = &heap->blocks;
  return heap;
}

static GumboOptions
html_options (HtmlHeap *heap)
{
  GumboOptions options = kGumboDefaultOptions;

  options.allocator = html_heap_alloc;
  options.deallocator = html_heap_free;
  options.userdata = heap;
  /* gumbo's error list is not used, and without a limit every error
   * keeps a copy of the open-element stack: unclosed elements cost the
   * square of their number in memory. */
  options.max_errors = 0;
  return options;
}

/* Frees @html with the blocks gumbo left behind, then @heap. */
static void
html_heap_destroy (HtmlHeap    *heap,
                   GumboOutput *html)
{
  GumboOptions options = html_options (heap);

  if (html != NULL)
    gumbo_destroy_output (&options, html);
  while (heap->blocks.next != &heap->blocks)
    html_heap_free (heap, heap->blocks.next + 1);
  g_free (heap);
}

struct _RedaksiDocument
{
  GObject              parent_instance;

  char                *source;
  gsize                source_length;
  gboolean             is_html;

  /* For text input the text is the source; for HTML, an extraction. */
  char                *text;
  gsize                text_length;
  GArray              *segments;
  GumboOutput         *html;
  HtmlHeap            *html_heap;   /* what gumbo allocated for html */

  /* Cut on first use, once: cleaning needs only the text, so it never
   * pays for tokens and sentences. */
  GMutex               segment_lock;
  gint                 segmented;
  RedaksiSegmentation  segmentation;
  RedaksiOffsetIndex   offsets;
};

G_DEFINE_FINAL_TYPE (RedaksiDocument, redaksi_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_IS_HTML,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
redaksi_document_finalize (GObject *object)
{
  RedaksiDocument *self = (RedaksiDocument *) object;

  _redaksi_segmentation_clear (&self->segmentation);
  g_mutex_clear (&self->segment_lock);
  _redaksi_offset_index_clear (&self->offsets);
  if (self->html_heap != NULL)
    html_heap_destroy (self->html_heap, self->html);
  g_clear_pointer (&self->segments, g_array_unref);
  if (self->text != self->source)
    g_free (self->text);
  g_free (self->source);

  G_OBJECT_CLASS (redaksi_document_parent_class)->finalize (object);
}

static void
redaksi_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RedaksiDocument *self = REDAKSI_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_IS_HTML:
      g_value_set_boolean (value, self->is_html);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
redaksi_document_class_init (RedaksiDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = redaksi_document_finalize;
  object_class->get_property = redaksi_document_get_property;

  /**
   * RedaksiDocument:is-html:
   *
   * Whether the document was built from HTML.
   */
  properties[PROP_IS_HTML] =
    g_param_spec_boolean ("is-html", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * RedaksiDocument:text:
   *
   * The visible text of the document: the input itself for plain text,
   * the extracted text for HTML.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
redaksi_document_init (RedaksiDocument *self)
{
  g_mutex_init (&self->segment_lock);
}

/* Numbers are formatted apart so that translators see a plain "%s". */
static char *
format_size (gsize number)
{
  return g_strdup_printf ("%" G_GSIZE_FORMAT, number);
}

/* Past the ASCII bytes, eight at a time: news text is mostly ASCII, and
 * the byte-at-a-time g_utf8_validate() was the slowest step of cleaning. */
static const char *
skip_ascii (const char *p,
            const char *end)
{
  guint64 word;

  while (end - p >= 8)
    {
      memcpy (&word, p, sizeof word);
      if (word & G_GUINT64_CONSTANT (0x8080808080808080))
        break;
      p += 8;
    }
  while (p < end && (guchar) *p < 0x80)
    p++;
  return p;
}

/* The length of the two- or three-byte sequence at @p when it is one
 * g_utf8_get_char_validated() accepts (not overlong, no surrogate), or
 * 0 to ask it: news writes its curly quotes, dashes and accents in
 * these, and a call for each costs more than the test. */
static inline gsize
valid_short_sequence (const guchar *p,
                      const char   *end)
{
  gsize left = (gsize) ((const guchar *) end - p);

  if (p[0] >= 0xC2 && p[0] <= 0xDF)
    return left >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
  if (p[0] < 0xE0 || p[0] > 0xEF || left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
    return 0;
  if ((p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xED && p[1] >= 0xA0))
    return 0;
  return 3;
}

/* What g_utf8_validate_len() accepts, with @bad at the same byte: the
 * start of the first sequence that is invalid, overlong, a surrogate,
 * past U+10FFFF or cut off by the end. */
static gboolean
validate_utf8 (const char  *input,
               gsize        length,
               const char **bad)
{
  const char *end = input + length;
  const char *p = input;

  while ((p = skip_ascii (p, end)) < end)
    {
      gsize n = valid_short_sequence ((const guchar *) p, end);

      if (n > 0)
        {
          p += n;
          continue;
        }
      if (g_utf8_get_char_validated (p, end - p) >= 0x80000000u)
        {
          *bad = p;
          return FALSE;
        }
      p = g_utf8_next_char (p);
    }
  return TRUE;
}

/* A copy of validated input, which holds no NUL: what g_strndup()
 * gives, without its look for one in every byte. */
static char *
copy_input (const char *input,
            gsize       length)
{
  char *copy = g_malloc (length + 1);

  memcpy (copy, input, length);
  copy[length] = '\0';
  return copy;
}

static gboolean
validate_input (const char  *input,
                gsize        length,
                GError     **error)
{
  const char *nul = memchr (input, '\0', length);
  const char *bad = NULL;
  gsize valid_length = nul != NULL ? (gsize) (nul - input) : length;
  g_autofree char *number = NULL;

  _redaksi_i18n_init ();
  if (length >= G_MAXUINT32)
    {
      number = format_size (length);
      g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_TOO_LARGE,
                   _("The input is %s bytes; redaksi reads less than 4 GiB"), number);
      return FALSE;
    }
  /* Report whichever problem comes first in the input. */
  if (!validate_utf8 (input, valid_length, &bad))
    {
      number = format_size (bad - input);
      g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_UTF8,
                   _("Invalid UTF-8 at byte %s"), number);
      return FALSE;
    }
  if (nul != NULL)
    {
      number = format_size (nul - input);
      g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_EMBEDDED_NUL,
                   _("NUL byte at byte %s"), number);
      return FALSE;
    }
  return TRUE;
}

/* Takes @source, nul-terminated at @length. */
static RedaksiDocument *
document_new (char     *source,
              gsize     length,
              gboolean  is_html)
{
  RedaksiDocument *self = g_object_new (REDAKSI_TYPE_DOCUMENT, NULL);

  self->source = source;
  self->source_length = length;
  self->is_html = is_html;
  _redaksi_offset_index_init (&self->offsets, self->source, length);
  return self;
}

/* The document stays immutable to its readers: whichever thread asks
 * first cuts the text, the others wait for it. A cancelled cut leaves
 * nothing behind, and the next reader starts again. */
static gboolean
segment_once (RedaksiDocument *self,
              GCancellable    *cancellable)
{
  if (g_atomic_int_get (&self->segmented))
    return TRUE;
  g_mutex_lock (&self->segment_lock);
  if (!self->segmented &&
      _redaksi_segment_text (self->text, self->text_length, self->is_html, cancellable,
                             &self->segmentation))
    g_atomic_int_set (&self->segmented, 1);
  g_mutex_unlock (&self->segment_lock);
  return g_atomic_int_get (&self->segmented);
}

static const RedaksiSegmentation *
segmentation_of (RedaksiDocument *self)
{
  if (!segment_once (self, NULL))
    g_assert_not_reached ();
  return &self->segmentation;
}

gboolean
_redaksi_document_segment (RedaksiDocument  *self,
                           GCancellable     *cancellable,
                           GError          **error)
{
  if (segment_once (self, cancellable))
    return TRUE;
  g_cancellable_set_error_if_cancelled (cancellable, error);
  return FALSE;
}

static RedaksiDocument *
build_text (char  *source,
            gsize  length)
{
  RedaksiDocument *self = document_new (source, length, FALSE);

  self->text = self->source;
  self->text_length = length;
  return self;
}

/**
 * redaksi_document_new_from_text:
 * @text: UTF-8 text, one paragraph a line
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Builds a document from plain text.
 *
 * Returns: (transfer full): the document, or %NULL with @error set to
 *   %REDAKSI_ERROR_INVALID_UTF8, %REDAKSI_ERROR_EMBEDDED_NUL or
 *   %REDAKSI_ERROR_TOO_LARGE, its message naming the byte offset
 */
RedaksiDocument *
redaksi_document_new_from_text (const char  *text,
                                gssize       length,
                                GError     **error)
{
  gsize len;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  len = length < 0 ? strlen (text) : (gsize) length;
  if (!validate_input (text != NULL ? text : "", len, error))
    return NULL;
  return build_text (copy_input (text != NULL ? text : "", len), len);
}

static gboolean
check_html_limits (const char  *html,
                   gsize        length,
                   GError     **error)
{
  g_autofree char *number = NULL;
  gsize offset = 0;

  switch (_redaksi_html_check_limits (html, length, &offset))
    {
    case REDAKSI_HTML_TOO_DEEP:
      number = format_size (offset);
      g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_TOO_DEEP,
                   _("HTML elements nest more than %d deep at byte %s"),
                   REDAKSI_HTML_MAX_DEPTH, number);
      return FALSE;
    case REDAKSI_HTML_TOO_MANY_ATTRIBUTES:
      number = format_size (offset);
      g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_TOO_COMPLEX,
                   _("Too many HTML attributes (over %d on one element, or too many in all) at byte %s"),
                   REDAKSI_HTML_MAX_ATTRIBUTES, number);
      return FALSE;
    case REDAKSI_HTML_WITHIN_LIMITS:
    default:
      return TRUE;
    }
}

static GumboOutput *
parse_html (HtmlHeap   *heap,
            const char *html,
            gsize       length)
{
  GumboOptions options = html_options (heap);

  return gumbo_parse_with_options (&options, html, length);
}

static RedaksiDocument *build_html (char    *source,
                                    gsize    len,
                                    GError **error);

/**
 * redaksi_document_new_from_html:
 * @html: an HTML document or fragment in UTF-8
 * @length: the length of @html in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Builds a document from HTML. The visible text (without scripts, styles
 * and the head) is extracted, one paragraph per block element.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
RedaksiDocument *
redaksi_document_new_from_html (const char  *html,
                                gssize       length,
                                GError     **error)
{
  gsize len;

  g_return_val_if_fail (html != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  len = length < 0 ? strlen (html) : (gsize) length;
  if (!validate_input (html != NULL ? html : "", len, error)
      || !check_html_limits (html != NULL ? html : "", len, error))
    return NULL;
  return build_html (copy_input (html != NULL ? html : "", len), len, error);
}

/* Takes @source, already validated and within the HTML limits. */
static RedaksiDocument *
build_html (char    *source,
            gsize    len,
            GError **error)
{
  RedaksiDocument *self = document_new (source, len, TRUE);
  GString *text;

  self->html_heap = html_heap_new ();
  self->html = parse_html (self->html_heap, self->source, len);
  if (self->html == NULL || self->html->document == NULL)
    {
      g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_HTML,
                   _("The HTML input could not be parsed"));
      g_object_unref (self);
      return NULL;
    }
  text = g_string_sized_new (len / 2 + 1);
  self->segments = g_array_new (FALSE, FALSE, sizeof (RedaksiTextSegment));
  _redaksi_html_extract_text (self->html, self->source, text, self->segments);
  self->text_length = text->len;
  self->text = g_string_free (text, FALSE);
  return self;
}

/**
 * redaksi_document_new_from_bytes:
 * @bytes: the input
 * @is_html: whether @bytes hold HTML rather than plain text
 * @error: return location for a #GError
 *
 * Builds a document from @bytes, as redaksi_document_new_from_text() or
 * redaksi_document_new_from_html() would.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
RedaksiDocument *
redaksi_document_new_from_bytes (GBytes    *bytes,
                                 gboolean   is_html,
                                 GError   **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";
  return is_html ? redaksi_document_new_from_html (data, (gssize) length, error)
                 : redaksi_document_new_from_text (data, (gssize) length, error);
}

/**
 * redaksi_document_new_take: (skip)
 * @data: (transfer full): the input, allocated with g_malloc(), with a nul
 *   byte at @data[@length] (not counted in @length)
 * @length: the length of the input in bytes
 * @is_html: whether @data holds HTML rather than plain text
 * @error: return location for a #GError
 *
 * Builds a document as redaksi_document_new_from_bytes() would, but on
 * @data itself instead of a copy of it: a program that read a large
 * article into memory does not need to hold it twice. The document owns
 * @data from now on; on error it is freed.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
RedaksiDocument *
redaksi_document_new_take (char      *data,
                           gsize      length,
                           gboolean   is_html,
                           GError   **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (data[length] == '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!validate_input (data, length, error)
      || (is_html && !check_html_limits (data, length, error)))
    {
      g_free (data);
      return NULL;
    }
  return is_html ? build_html (data, length, error) : build_text (data, length);
}

/**
 * redaksi_document_is_html:
 * @self: a #RedaksiDocument
 *
 * Tells whether the document was built from HTML.
 *
 * Returns: whether the document was built from HTML
 */
gboolean
redaksi_document_is_html (RedaksiDocument *self)
{
  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), FALSE);
  return self->is_html;
}

/**
 * redaksi_document_get_source:
 * @self: a #RedaksiDocument
 * @length: (out) (optional): the length in bytes
 *
 * Gets the input the document was built from, byte for byte; all the
 * ranges the library reports are offsets into it.
 *
 * Returns: (transfer none): the input exactly as given, nul-terminated
 */
const char *
redaksi_document_get_source (RedaksiDocument *self,
                             gsize           *length)
{
  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), NULL);
  if (length != NULL)
    *length = self->source_length;
  return self->source;
}

/**
 * redaksi_document_get_text:
 * @self: a #RedaksiDocument
 * @length: (out) (optional): the length in bytes
 *
 * The visible text that tokens and sentences are offsets into.
 *
 * Returns: (transfer none): the text, nul-terminated
 */
const char *
redaksi_document_get_text (RedaksiDocument *self,
                           gsize           *length)
{
  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), NULL);
  if (length != NULL)
    *length = self->text_length;
  return self->text;
}

static const RedaksiSpan *
span_at (const RedaksiSpanList *spans,
         guint                  index)
{
  g_return_val_if_fail (index < spans->len, NULL);
  return &spans->items[index];
}

/**
 * redaksi_document_get_n_paragraphs:
 * @self: a #RedaksiDocument
 *
 * Counts the paragraphs: in plain text each line with visible characters,
 * in HTML each block element with text.
 *
 * Returns: the number of paragraphs with visible text
 */
guint
redaksi_document_get_n_paragraphs (RedaksiDocument *self)
{
  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), 0);
  return segmentation_of (self)->paragraphs.len;
}

/**
 * redaksi_document_get_paragraph:
 * @self: a #RedaksiDocument
 * @index: a paragraph index, below redaksi_document_get_n_paragraphs()
 *
 * Gets where a paragraph is in the input.
 *
 * Returns: (transfer full): the paragraph's range in the input
 */
RedaksiRange *
redaksi_document_get_paragraph (RedaksiDocument *self,
                                guint            index)
{
  const RedaksiSpan *span;

  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), NULL);
  span = span_at (&segmentation_of (self)->paragraphs, index);
  g_return_val_if_fail (span != NULL, NULL);
  return redaksi_document_make_range (self, span->start, span->end);
}

/**
 * redaksi_document_get_n_sentences:
 * @self: a #RedaksiDocument
 *
 * Counts the sentences of the whole document.
 *
 * Returns: the number of sentences
 */
guint
redaksi_document_get_n_sentences (RedaksiDocument *self)
{
  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), 0);
  return segmentation_of (self)->sentences.len;
}

/**
 * redaksi_document_get_sentence:
 * @self: a #RedaksiDocument
 * @index: a sentence index, below redaksi_document_get_n_sentences()
 *
 * Gets where a sentence is in the input.
 *
 * Returns: (transfer full): the sentence's range in the input
 */
RedaksiRange *
redaksi_document_get_sentence (RedaksiDocument *self,
                               guint            index)
{
  const RedaksiSpan *span;

  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), NULL);
  span = span_at (&segmentation_of (self)->sentences, index);
  g_return_val_if_fail (span != NULL, NULL);
  return redaksi_document_make_range (self, span->start, span->end);
}

/**
 * redaksi_document_get_sentence_text:
 * @self: a #RedaksiDocument
 * @index: a sentence index, below redaksi_document_get_n_sentences()
 *
 * Gets a sentence's text as it stands in the document's text.
 *
 * Returns: (transfer full): the sentence as it stands in the text
 */
char *
redaksi_document_get_sentence_text (RedaksiDocument *self,
                                    guint            index)
{
  const RedaksiSpan *span;

  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), NULL);
  span = span_at (&segmentation_of (self)->sentences, index);
  g_return_val_if_fail (span != NULL, NULL);
  return g_strndup (self->text + span->start, span->end - span->start);
}

/**
 * redaksi_document_get_n_tokens:
 * @self: a #RedaksiDocument
 *
 * Counts the tokens of the whole document.
 *
 * Returns: the number of tokens
 */
guint
redaksi_document_get_n_tokens (RedaksiDocument *self)
{
  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), 0);
  return segmentation_of (self)->tokens.len;
}

/**
 * redaksi_document_get_token:
 * @self: a #RedaksiDocument
 * @index: a token index, below redaksi_document_get_n_tokens()
 *
 * Gets one token, with its kind, flags and offsets in the document's text.
 *
 * Returns: (transfer full): a copy of the token
 */
RedaksiToken *
redaksi_document_get_token (RedaksiDocument *self,
                            guint            index)
{
  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < segmentation_of (self)->tokens.len, NULL);
  return redaksi_token_copy (&segmentation_of (self)->tokens.items[index]);
}

/**
 * redaksi_document_get_token_text:
 * @self: a #RedaksiDocument
 * @index: a token index, below redaksi_document_get_n_tokens()
 *
 * Gets a token's text.
 *
 * Returns: (transfer full): the token as it stands in the text
 */
char *
redaksi_document_get_token_text (RedaksiDocument *self,
                                 guint            index)
{
  const RedaksiToken *token;

  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < segmentation_of (self)->tokens.len, NULL);
  token = &segmentation_of (self)->tokens.items[index];
  return g_strndup (self->text + token->start, token->end - token->start);
}

/**
 * redaksi_document_get_dateline:
 * @self: a #RedaksiDocument
 *
 * The dateline that opens many Indonesian articles, such as
 * `Bisnis.com, JAKARTA -` or `JAKARTA, KOMPAS.com -`, dash included. In
 * plain text it opens the first paragraph; in HTML, whose pages put
 * menus before the article, the first paragraph that starts with one.
 *
 * Returns: (transfer full) (nullable): the dateline's range, or %NULL
 */
RedaksiRange *
redaksi_document_get_dateline (RedaksiDocument *self)
{
  const RedaksiSegmentation *segmentation;
  const RedaksiToken *tokens;
  gint end;

  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), NULL);

  segmentation = segmentation_of (self);
  end = segmentation->dateline_end_token;
  if (end < 0)
    return NULL;
  tokens = segmentation->tokens.items;
  return redaksi_document_make_range (self, tokens[segmentation->dateline_first_token].start,
                                      tokens[end - 1].end);
}

/**
 * redaksi_document_text_to_source:
 * @self: a #RedaksiDocument
 * @text_offset: a byte offset in the text
 *
 * Maps an offset in the document's text back to the input. For plain
 * text the two are the same; for HTML it finds the source byte the text
 * came from.
 *
 * Returns: the byte offset in the source where that text comes from
 */
gsize
redaksi_document_text_to_source (RedaksiDocument *self,
                                 gsize            text_offset)
{
  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), 0);

  text_offset = MIN (text_offset, self->text_length);
  if (self->segments == NULL)
    return text_offset;
  return _redaksi_segments_text_to_source (self->segments, text_offset, FALSE,
                                           self->source_length);
}

/**
 * redaksi_document_source_to_text:
 * @self: a #RedaksiDocument
 * @source_offset: a byte offset in the source
 *
 * For HTML, an offset inside markup maps to the text that follows it.
 *
 * Returns: the byte offset in the text for that source byte
 */
gsize
redaksi_document_source_to_text (RedaksiDocument *self,
                                 gsize            source_offset)
{
  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), 0);

  source_offset = MIN (source_offset, self->source_length);
  if (self->segments == NULL)
    return source_offset;
  return _redaksi_segments_source_to_text (self->segments, source_offset, self->text_length);
}

void
_redaksi_document_fill_range (RedaksiDocument *self,
                              gsize            text_start,
                              gsize            text_end,
                              RedaksiRange    *range)
{
  text_start = MIN (text_start, self->text_length);
  text_end = CLAMP (text_end, text_start, self->text_length);
  range->start = redaksi_document_text_to_source (self, text_start);
  if (text_end == text_start)
    range->end = range->start;
  else if (self->segments == NULL)
    range->end = text_end;
  else
    range->end = MAX (range->start,
                      _redaksi_segments_text_to_source (self->segments, text_end, TRUE,
                                                        self->source_length));
  _redaksi_offset_index_lookup_span (&self->offsets, range->start, range->end,
                                     &range->char_start, &range->utf16_start,
                                     &range->char_end, &range->utf16_end);
}

/**
 * redaksi_document_make_range:
 * @self: a #RedaksiDocument
 * @text_start: byte offset of the start in the text
 * @text_end: byte offset of the end in the text (exclusive)
 *
 * Turns a span of the text into a range of the input, in bytes, code
 * points and UTF-16 units.
 *
 * Returns: (transfer full): the range
 */
RedaksiRange *
redaksi_document_make_range (RedaksiDocument *self,
                             gsize            text_start,
                             gsize            text_end)
{
  RedaksiRange range;

  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), NULL);

  _redaksi_document_fill_range (self, text_start, text_end, &range);
  return redaksi_range_copy (&range);
}

/**
 * redaksi_document_get_char_offset:
 * @self: a #RedaksiDocument
 * @source_offset: a byte offset in the source
 *
 * Runs in constant time, whatever the offset.
 *
 * Returns: the offset in Unicode code points
 */
gsize
redaksi_document_get_char_offset (RedaksiDocument *self,
                                  gsize            source_offset)
{
  guint64 chars, utf16;

  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), 0);
  _redaksi_offset_index_lookup (&self->offsets, source_offset, &chars, &utf16);
  return (gsize) chars;
}

/**
 * redaksi_document_get_utf16_offset:
 * @self: a #RedaksiDocument
 * @source_offset: a byte offset in the source
 *
 * Runs in constant time, whatever the offset.
 *
 * Returns: the offset in UTF-16 code units
 */
gsize
redaksi_document_get_utf16_offset (RedaksiDocument *self,
                                   gsize            source_offset)
{
  guint64 chars, utf16;

  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (self), 0);
  _redaksi_offset_index_lookup (&self->offsets, source_offset, &chars, &utf16);
  return (gsize) utf16;
}

/**
 * redaksi_document_get_line_column:
 * @self: a #RedaksiDocument
 * @source_offset: a byte offset in the source
 * @line: (out): the line, counted from 1
 * @column: (out): the column in code points, counted from 1
 *
 * Where a source byte is, as a compiler reports it.
 */
void
redaksi_document_get_line_column (RedaksiDocument *self,
                                  gsize            source_offset,
                                  guint           *line,
                                  guint           *column)
{
  g_return_if_fail (REDAKSI_IS_DOCUMENT (self));
  g_return_if_fail (line != NULL && column != NULL);
  _redaksi_offset_index_line_column (&self->offsets, source_offset, line, column);
}

const RedaksiToken *
_redaksi_document_peek_tokens (RedaksiDocument *self,
                               guint           *n_tokens)
{
  const RedaksiTokenList *tokens = &segmentation_of (self)->tokens;

  *n_tokens = tokens->len;
  return tokens->items;
}

const RedaksiSpan *
_redaksi_document_peek_sentences (RedaksiDocument *self,
                                  guint           *n_sentences)
{
  const RedaksiSpanList *sentences = &segmentation_of (self)->sentences;

  *n_sentences = sentences->len;
  return sentences->items;
}

const RedaksiSpan *
_redaksi_document_peek_paragraphs (RedaksiDocument *self,
                                   guint           *n_paragraphs)
{
  const RedaksiSpanList *paragraphs = &segmentation_of (self)->paragraphs;

  *n_paragraphs = paragraphs->len;
  return paragraphs->items;
}

const GumboOutput *
_redaksi_document_peek_html (RedaksiDocument *self)
{
  return self->html;
}

gboolean
_redaksi_document_validate_input (const char  *input,
                                  gsize        length,
                                  GError     **error)
{
  return validate_input (input, length, error);
}
