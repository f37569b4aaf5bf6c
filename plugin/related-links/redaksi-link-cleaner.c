/* redaksi-link-cleaner.c: finding and removing related-article inserts
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "redaksi-document-private.h"
#include "redaksi-issue.h"
#include "redaksi-link-cleaner.h"
#include "redaksi-related-link-private.h"

/**
 * RedaksiLinkCleaner:
 *
 * Finds the related-article inserts Indonesian news sites put inside an
 * article (`Baca juga: …`, an orphan `Baca Juga` line, `(Baca juga: …)`,
 * `Lihat Juga :`, video teasers, HTML boxes such as `table.linksisip` or
 * `div.baca-juga`) and removes them byte-exactly: every byte that is not
 * part of an insert stays as it was, and HTML is never re-serialised.
 *
 * Prose that merely uses the words (`Warga dapat baca juga pengumuman…`,
 * `dibaca juga`, anything inside a quotation) is kept. An insert glued
 * into a paragraph whose end cannot be told is left in place and
 * reported as a `related-link-ambiguous` issue by the analyzer.
 *
 * A cleaner has no state: one cleaner may serve many threads at once.
 */

struct _RedaksiLinkCleaner
{
  GObject parent_instance;
};

G_DEFINE_FINAL_TYPE (RedaksiLinkCleaner, redaksi_link_cleaner, G_TYPE_OBJECT)

static void
redaksi_link_cleaner_class_init (RedaksiLinkCleanerClass *klass)
{
}

static void
redaksi_link_cleaner_init (RedaksiLinkCleaner *self)
{
}

/**
 * redaksi_link_cleaner_new:
 *
 * Creates a related-link cleaner. Most programs share the one from
 * redaksi_link_cleaner_get_default() instead.
 *
 * Returns: (transfer full): a new cleaner
 */
RedaksiLinkCleaner *
redaksi_link_cleaner_new (void)
{
  return g_object_new (REDAKSI_TYPE_LINK_CLEANER, NULL);
}

/**
 * redaksi_link_cleaner_get_default:
 *
 * Gets the process-wide related-link cleaner; it may be used from many
 * threads at once.
 *
 * Returns: (transfer none): the process-wide cleaner, made on first use
 */
RedaksiLinkCleaner *
redaksi_link_cleaner_get_default (void)
{
  static RedaksiLinkCleaner *cleaner;

  if (g_once_init_enter (&cleaner))
    g_once_init_leave (&cleaner, redaksi_link_cleaner_new ());
  return cleaner;
}

/**
 * redaksi_link_cleaner_find:
 * @self: a #RedaksiLinkCleaner
 * @document: an article
 *
 * Finds the related-article inserts of @document that the cleaner would
 * remove, in document order. Ambiguous inserts are not among them; the
 * analyzer reports those as issues.
 *
 * Returns: (transfer container) (element-type Redaksi.RelatedLink): the inserts
 */
GPtrArray *
redaksi_link_cleaner_find (RedaksiLinkCleaner *self,
                           RedaksiDocument    *document)
{
  g_autoptr(GArray) inserts = NULL;

  g_return_val_if_fail (REDAKSI_IS_LINK_CLEANER (self), NULL);
  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (document), NULL);

  inserts = _redaksi_inserts_find (document, NULL, NULL);
  return _redaksi_inserts_to_links (document, inserts, FALSE);
}

/* Copies @source without the removable inserts; nested or overlapping
 * ones are removed once. */
static void
remove_inserts (const char   *source,
                gsize         length,
                const GArray *inserts,
                GString      *out)
{
  gsize copied = 0;

  for (guint i = 0; i < inserts->len; i++)
    {
      const RedaksiInsert *insert = &g_array_index (inserts, RedaksiInsert, i);

      if (insert->ambiguous || insert->end <= copied)
        continue;
      if (insert->start > copied)
        g_string_append_len (out, source + copied, insert->start - copied);
      copied = MAX (copied, insert->end);
    }
  g_string_append_len (out, source + copied, length - copied);
}

static void
append_link_line (GString             *out,
                  const RedaksiInsert *insert,
                  guint                i)
{
  const char *title = insert->titles != NULL && i < insert->titles->len
                      ? g_ptr_array_index (insert->titles, i) : NULL;
  const char *url = insert->urls != NULL && i < insert->urls->len
                    ? g_ptr_array_index (insert->urls, i) : NULL;

  if (title != NULL && url != NULL)
    g_string_append_printf (out, "- %s (%s)\n", title, url);
  else if (title != NULL || url != NULL)
    g_string_append_printf (out, "- %s\n", title != NULL ? title : url);
}

static void
append_link_item (GString             *out,
                  const RedaksiInsert *insert,
                  guint                i)
{
  const char *title = insert->titles != NULL && i < insert->titles->len
                      ? g_ptr_array_index (insert->titles, i) : NULL;
  const char *url = insert->urls != NULL && i < insert->urls->len
                    ? g_ptr_array_index (insert->urls, i) : NULL;
  g_autofree char *text = g_markup_escape_text (title != NULL ? title : url, -1);
  g_autofree char *href = url != NULL ? g_markup_escape_text (url, -1) : NULL;

  if (title == NULL && url == NULL)
    return;
  if (href != NULL)
    g_string_append_printf (out, "<li><a href=\"%s\">%s</a></li>", href, text);
  else
    g_string_append_printf (out, "<li>%s</li>", text);
}

static guint
n_links (const RedaksiInsert *insert)
{
  return MAX (insert->titles != NULL ? insert->titles->len : 0,
              insert->urls != NULL ? insert->urls->len : 0);
}

static void
build_list (const GArray *inserts,
            gboolean      html,
            GString      *list)
{
  for (guint i = 0; i < inserts->len; i++)
    {
      const RedaksiInsert *insert = &g_array_index (inserts, RedaksiInsert, i);

      for (guint k = 0; !insert->ambiguous && k < n_links (insert); k++)
        {
          if (html)
            append_link_item (list, insert, k);
          else
            append_link_line (list, insert, k);
        }
    }
}

static gssize
find_body_end (const GString *out)
{
  for (gsize i = out->len; i >= 7; i--)
    if (g_ascii_strncasecmp (out->str + i - 7, "</body>", 7) == 0)
      return (gssize) (i - 7);
  return -1;
}

/* Gathers the removed links into one list at the end of the article, in
 * the markup documented at %REDAKSI_CLEAN_FLAGS_NORMALIZE. */
static void
append_normalized (GString      *out,
                   const GArray *inserts,
                   gboolean      html)
{
  g_autoptr(GString) list = g_string_new (NULL);
  gssize body_end;

  build_list (inserts, html, list);
  if (list->len == 0)
    return;
  if (!html)
    {
      if (out->len > 0 && out->str[out->len - 1] != '\n')
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "\nBaca juga:\n%s", list->str);
      return;
    }
  g_string_prepend (list, "<aside class=\"redaksi-baca-juga\"><p>Baca juga:</p><ul>");
  g_string_append (list, "</ul></aside>\n");
  body_end = find_body_end (out);
  if (body_end < 0)
    g_string_append (out, list->str);
  else
    g_string_insert (out, body_end, list->str);
}

static GBytes *
clean_document (RedaksiDocument   *document,
                RedaksiCleanFlags  flags,
                GArray            *inserts)
{
  gsize length;
  const char *source = redaksi_document_get_source (document, &length);
  GString *out = g_string_sized_new (length + 1);

  if (flags & REDAKSI_CLEAN_FLAGS_KEEP)
    {
      g_string_append_len (out, source, length);
      return g_string_free_to_bytes (out);
    }
  remove_inserts (source, length, inserts, out);
  if (flags & REDAKSI_CLEAN_FLAGS_NORMALIZE)
    append_normalized (out, inserts, redaksi_document_is_html (document));
  return g_string_free_to_bytes (out);
}

/**
 * redaksi_link_cleaner_clean:
 * @self: a #RedaksiLinkCleaner
 * @document: an article
 * @flags: how to treat the inserts
 * @removed: (out) (optional) (transfer container) (element-type Redaksi.RelatedLink):
 *   the inserts found, removed unless @flags has %REDAKSI_CLEAN_FLAGS_KEEP
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Removes the related-article inserts of @document. Every other byte of
 * the input (the HTML source for HTML) stays as it was.
 *
 * Returns: (transfer full): the cleaned document, or %NULL with @error
 *   set when @cancellable was cancelled
 */
GBytes *
redaksi_link_cleaner_clean (RedaksiLinkCleaner  *self,
                            RedaksiDocument     *document,
                            RedaksiCleanFlags    flags,
                            GPtrArray          **removed,
                            GCancellable        *cancellable,
                            GError             **error)
{
  g_autoptr(GArray) inserts = NULL;

  g_return_val_if_fail (REDAKSI_IS_LINK_CLEANER (self), NULL);
  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  inserts = _redaksi_inserts_find (document, NULL, NULL);
  if (removed != NULL)
    *removed = _redaksi_inserts_to_links (document, inserts, FALSE);
  return clean_document (document, flags, inserts);
}

typedef struct
{
  RedaksiDocument   *document;
  RedaksiCleanFlags  flags;
} CleanData;

static void
clean_data_free (gpointer data)
{
  CleanData *clean = data;

  g_object_unref (clean->document);
  g_free (clean);
}

/* What the worker hands back: the same two things clean() gives. */
typedef struct
{
  GBytes    *cleaned;
  GPtrArray *removed;
} CleanOutcome;

static void
clean_outcome_free (gpointer data)
{
  CleanOutcome *outcome = data;

  g_clear_pointer (&outcome->cleaned, g_bytes_unref);
  g_clear_pointer (&outcome->removed, g_ptr_array_unref);
  g_free (outcome);
}

static void
clean_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  CleanData *data = task_data;
  CleanOutcome *outcome = g_new0 (CleanOutcome, 1);
  GError *error = NULL;

  outcome->cleaned = redaksi_link_cleaner_clean (source_object, data->document, data->flags,
                                                 &outcome->removed, cancellable, &error);
  if (outcome->cleaned == NULL)
    {
      clean_outcome_free (outcome);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, outcome, clean_outcome_free);
}

/**
 * redaksi_link_cleaner_clean_async:
 * @self: a #RedaksiLinkCleaner
 * @document: an article
 * @flags: how to treat the inserts
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the document is clean
 * @user_data: data for @callback
 *
 * Cleans @document in a worker thread; see redaksi_link_cleaner_clean().
 */
void
redaksi_link_cleaner_clean_async (RedaksiLinkCleaner  *self,
                                  RedaksiDocument     *document,
                                  RedaksiCleanFlags    flags,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CleanData *data;

  g_return_if_fail (REDAKSI_IS_LINK_CLEANER (self));
  g_return_if_fail (REDAKSI_IS_DOCUMENT (document));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, redaksi_link_cleaner_clean_async);
  /* Documents are immutable, so the worker reads this one safely. */
  data = g_new0 (CleanData, 1);
  data->document = g_object_ref (document);
  data->flags = flags;
  g_task_set_task_data (task, data, clean_data_free);
  g_task_run_in_thread (task, clean_in_thread);
}

/**
 * redaksi_link_cleaner_clean_finish:
 * @self: a #RedaksiLinkCleaner
 * @result: the #GAsyncResult given to the callback
 * @removed: (out) (optional) (transfer container) (element-type Redaksi.RelatedLink):
 *   the inserts found, removed unless the flags had
 *   %REDAKSI_CLEAN_FLAGS_KEEP; the same list redaksi_link_cleaner_clean()
 *   gives
 * @error: return location for a #GError
 *
 * Finishes redaksi_link_cleaner_clean_async(); call it from the callback.
 *
 * Returns: (transfer full): the cleaned document, or %NULL with @error set
 */
GBytes *
redaksi_link_cleaner_clean_finish (RedaksiLinkCleaner  *self,
                                   GAsyncResult        *result,
                                   GPtrArray          **removed,
                                   GError             **error)
{
  CleanOutcome *outcome;
  GBytes *cleaned;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == redaksi_link_cleaner_clean_async,
                        NULL);

  outcome = g_task_propagate_pointer (G_TASK (result), error);
  if (outcome == NULL)
    return NULL;
  cleaned = g_steal_pointer (&outcome->cleaned);
  if (removed != NULL)
    *removed = g_steal_pointer (&outcome->removed);
  clean_outcome_free (outcome);
  return cleaned;
}

/**
 * redaksi_link_cleaner_clean_text:
 * @self: a #RedaksiLinkCleaner
 * @text: plain text, one paragraph a line
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 * @out_length: (out) (optional): the length of the result in bytes
 *
 * The fast path for plain text: removes the inserts without building a
 * [class@Redaksi.Document]. The text is not validated; a document built
 * from it would be cleaned the same way.
 *
 * Returns: (transfer full): the cleaned text, nul-terminated
 */
char *
redaksi_link_cleaner_clean_text (RedaksiLinkCleaner *self,
                                 const char         *text,
                                 gssize              length,
                                 gsize              *out_length)
{
  g_autoptr(GArray) inserts = _redaksi_inserts_new ();
  gsize len;
  GString *out;

  g_return_val_if_fail (REDAKSI_IS_LINK_CLEANER (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  len = length < 0 ? strlen (text) : (gsize) length;
  out = g_string_sized_new (len + 1);
  _redaksi_scan_text_bare (text != NULL ? text : "", len, inserts, NULL);
  remove_inserts (text != NULL ? text : "", len, inserts, out);
  if (out_length != NULL)
    *out_length = out->len;
  return g_string_free (out, FALSE);
}

/* Code points and UTF-16 units from the start of a valid text, counted
 * forward as far as each finding asks: the whole scan reads every byte
 * at most once more. */
typedef struct
{
  gsize   byte;
  guint64 chars;
  guint64 utf16;
} Walk;

/* Adds the characters and UTF-16 units that start in the eight bytes at
 * @p: a continuation byte is 10xxxxxx, a 4-byte lead 11110xxx; bit 7 of
 * each byte of the masks says which. */
static inline void
walk_word (const char *p,
           Walk       *walk)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 w;
  guint starts;

  memcpy (&w, p, sizeof w);
  starts = 8 - (guint) __builtin_popcountll (w & ~(w << 1) & high);
  walk->chars += starts;
  walk->utf16 += starts + (guint) __builtin_popcountll (w & (w << 1) & (w << 2) & (w << 3) & high);
}

static void
walk_to (const char *text,
         Walk       *walk,
         gsize       to)
{
  gsize i = walk->byte;

  if (to < i)
    {
      *walk = (Walk) { 0, 0, 0 };
      i = 0;
    }
  /* Sixteen bytes a step, without counting where all are ASCII (most
   * of a news text). */
  for (; i + 16 <= to; i += 16)
    {
#ifdef __SSE2__
      if (_mm_movemask_epi8 (_mm_loadu_si128 ((const __m128i *) (gconstpointer) (text + i))) == 0)
        {
          walk->chars += 16;
          walk->utf16 += 16;
          continue;
        }
#endif
      walk_word (text + i, walk);
      walk_word (text + i + 8, walk);
    }
  for (; i < to; i++)
    {
      guchar c = (guchar) text[i];

      walk->chars += (c & 0xC0) != 0x80;
      walk->utf16 += ((c & 0xC0) != 0x80) + (c >= 0xF0);
    }
  walk->byte = to;
}

static RedaksiIssue *
ambiguous_text_issue (const char          *text,
                      const RedaksiInsert *insert,
                      Walk                *walk)
{
  RedaksiRange range = { insert->start, insert->end, 0, 0, 0, 0 };
  Walk end;

  walk_to (text, walk, insert->start);
  range.char_start = walk->chars;
  range.utf16_start = walk->utf16;
  end = *walk;
  walk_to (text, &end, insert->end);
  range.char_end = end.chars;
  range.utf16_end = end.utf16;
  return _redaksi_related_link_ambiguous_issue (insert->marker != NULL ? insert->marker : "", &range);
}

/* The removable inserts as [start, end) pairs, nested or overlapping
 * ones once, as remove_inserts() cuts them. */
static GArray *
removed_spans (const GArray *inserts)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (guint64));
  guint64 copied = 0;

  for (guint i = 0; i < inserts->len; i++)
    {
      const RedaksiInsert *insert = &g_array_index (inserts, RedaksiInsert, i);
      guint64 start = insert->start, end = insert->end;

      if (insert->ambiguous || end <= copied)
        continue;
      if (spans->len > 0 && start <= copied)
        g_array_index (spans, guint64, spans->len - 1) = end;
      else
        {
          g_array_append_val (spans, start);
          g_array_append_val (spans, end);
        }
      copied = end;
    }
  return spans;
}

/**
 * redaksi_link_cleaner_scan_text: (skip)
 * @self: a #RedaksiLinkCleaner
 * @text: plain text, one paragraph a line; it need not end with a nul byte
 * @length: the length of @text in bytes
 * @ambiguous: (out) (optional) (transfer container) (element-type Redaksi.Issue):
 *   the `related-link-ambiguous` findings, as the analyzer reports them
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Finds the inserts of a plain text without building a document: what
 * redaksi_link_cleaner_clean() removes from a document made of @text is
 * the text without the spans returned, and the analyzer's ambiguous
 * findings are those in @ambiguous. @text is checked as
 * redaksi_document_new_from_text() checks it, with the same errors.
 * For programs that clean large files: a mapped file need not be copied.
 *
 * Returns: (transfer full) (nullable): the removable inserts as byte
 *   offsets (#guint64), the start and end of each in turn, in text order
 *   and disjoint; or %NULL with @error set
 */
GArray *
redaksi_link_cleaner_scan_text (RedaksiLinkCleaner  *self,
                                const char          *text,
                                gsize                length,
                                GPtrArray          **ambiguous,
                                GCancellable        *cancellable,
                                GError             **error)
{
  g_autoptr(GArray) inserts = NULL;
  Walk walk = { 0, 0, 0 };

  g_return_val_if_fail (REDAKSI_IS_LINK_CLEANER (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = text != NULL ? text : "";
  if (!_redaksi_document_validate_input (text, length, error))
    return NULL;
  inserts = _redaksi_inserts_new ();
  if (!_redaksi_scan_text_bare (text, length, inserts, cancellable) &&
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (ambiguous != NULL)
    {
      *ambiguous = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < inserts->len; i++)
        {
          const RedaksiInsert *insert = &g_array_index (inserts, RedaksiInsert, i);

          if (insert->ambiguous)
            g_ptr_array_add (*ambiguous, ambiguous_text_issue (text, insert, &walk));
        }
    }
  return removed_spans (inserts);
}
