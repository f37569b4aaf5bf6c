/* redaksi-quote-checker.c: the quote checker's public face
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "redaksi-analyzer.h"
#include "redaksi-error.h"
#include "redaksi-quote-checker.h"

#define FETCH_TIMEOUT_SECONDS 20
#define FETCH_MAX_BYTES (16 * 1024 * 1024)
#define FETCH_CHUNK 65536

/**
 * RedaksiQuoteChecker:
 *
 * Finds every direct quote of an article, attributes it (cue and
 * speaker), checks its punctuation and cue, and, given a source (a
 * transcript, a press release, the original article), verifies its words
 * against it.
 *
 * The checker holds no state: one instance can serve many threads at once.
 * Its findings use the CONTRACT's codes, ranked as a copy desk would:
 *
 * - errors, to fix before publication: `quote-unclosed`, `quote-unopened`,
 *   `quote-unknown-cue` (`"…," ujat X` → `ujar`), and `quote-altered` when
 *   a number differs from the source;
 * - warnings, for an editor to look at: `quote-punctuation` (EYD V: the
 *   comma inside the closing mark before a cue, none after `?` or `!`, a
 *   comma after a preceding attribution), `quote-cue-capitalized`,
 *   `quote-no-attribution`, `quote-altered` for wording, and
 *   `quote-not-in-source`.
 *
 * Every finding but `quote-no-attribution` and the source findings has
 * one replacement for its exact range, which fixes it when applied. A
 * lone closing mark is fixed by opening the quote at its paragraph's
 * start or after the previous mark of the paragraph. Time and memory
 * grow linearly with the article; a document keeps at most 10,000 quote
 * findings (no article comes near; a line of lone marks would).
 * Speakers come from the report's `entities` when the entity tagger ran
 * first, else from the article's own capitalised names ("Antony" →
 * "Antony Blinken"). Cue words that no dictionary knows are only
 * corrected when the Indonesian word list (hunspell-id) can be read.
 */
struct _RedaksiQuoteChecker
{
  GObject parent_instance;
};

G_DEFINE_FINAL_TYPE (RedaksiQuoteChecker, redaksi_quote_checker, G_TYPE_OBJECT)

static void
redaksi_quote_checker_class_init (RedaksiQuoteCheckerClass *klass)
{
}

static void
redaksi_quote_checker_init (RedaksiQuoteChecker *self)
{
}

/**
 * redaksi_quote_checker_new:
 *
 * Creates a quote checker.
 *
 * Returns: (transfer full): a new quote checker
 */
RedaksiQuoteChecker *
redaksi_quote_checker_new (void)
{
  return g_object_new (REDAKSI_TYPE_QUOTE_CHECKER, NULL);
}

/**
 * redaksi_quote_checker_check:
 * @self: a #RedaksiQuoteChecker
 * @document: the article
 * @source: (nullable): the source to verify the quotes against, or %NULL
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Checks the quotes of @document. The report's `quotes` results are
 * [class@Redaksi.Quote]s and its issues the quote findings.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
RedaksiReport *
redaksi_quote_checker_check (RedaksiQuoteChecker  *self,
                             RedaksiDocument      *document,
                             RedaksiDocument      *source,
                             GCancellable         *cancellable,
                             GError              **error)
{
  g_return_val_if_fail (REDAKSI_IS_QUOTE_CHECKER (self), NULL);
  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (source == NULL || REDAKSI_IS_DOCUMENT (source), NULL);

  return redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                   REDAKSI_ANALYSIS_QUOTES, source, cancellable, error);
}

static gboolean
check_scheme (const char  *uri,
              GUri       **parsed,
              GError     **error)
{
  g_autoptr(GError) local = NULL;
  const char *scheme;

  *parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, &local);
  if (*parsed == NULL)
    {
      g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_FETCH, _("“%s” is not a valid URL: %s"),
                   uri, local->message);
      return FALSE;
    }
  scheme = g_uri_get_scheme (*parsed);
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    {
      g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_FETCH,
                   _("only http and https sources can be fetched, not “%s”"), scheme);
      g_clear_pointer (parsed, g_uri_unref);
      return FALSE;
    }
  return TRUE;
}

/* Anything but a cancellation becomes a REDAKSI_ERROR_FETCH. */
static void
fetch_error (GError     **error,
             GError      *cause,
             const char  *uri)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, cause);
  else
    {
      g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_FETCH, _("could not fetch %s: %s"),
                   uri, cause->message);
      g_error_free (cause);
    }
}

static GBytes *
read_limited (GInputStream  *stream,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GByteArray) body = g_byte_array_new ();

  for (;;)
    {
      g_autoptr(GBytes) chunk = g_input_stream_read_bytes (stream, FETCH_CHUNK, cancellable, error);

      if (chunk == NULL)
        return NULL;
      if (g_bytes_get_size (chunk) == 0)
        break;
      if (body->len + g_bytes_get_size (chunk) > FETCH_MAX_BYTES)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                       _("the source is larger than %d MiB"), FETCH_MAX_BYTES / (1024 * 1024));
          return NULL;
        }
      g_byte_array_append (body, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&body));
}

static GBytes *
fetch_bytes (GUri          *uri,
             gboolean      *is_html,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", FETCH_TIMEOUT_SECONDS,
                                                                  "user-agent", "redaksi/" PACKAGE_VERSION,
                                                                  NULL);
  g_autoptr(SoupMessage) message = soup_message_new_from_uri (SOUP_METHOD_GET, uri);
  g_autoptr(GInputStream) stream = soup_session_send (session, message, cancellable, error);
  SoupMessageHeaders *headers;
  const char *type;
  guint status;

  if (stream == NULL)
    return NULL;
  status = soup_message_get_status (message);
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("the server answered %u %s"), status,
                   soup_message_get_reason_phrase (message));
      return NULL;
    }
  headers = soup_message_get_response_headers (message);
  /* Refused before reading when the server says how large it is. */
  if (soup_message_headers_get_content_length (headers) > FETCH_MAX_BYTES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("the source is larger than %d MiB"), FETCH_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  type = soup_message_headers_get_content_type (headers, NULL);
  *is_html = type != NULL && g_str_has_suffix (type, "html");
  return read_limited (stream, cancellable, error);
}

/**
 * redaksi_quote_checker_fetch_source:
 * @self: a #RedaksiQuoteChecker
 * @uri: an http or https URL
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Fetches a source for redaksi_quote_checker_check(): an HTML page becomes
 * an HTML document, anything else plain text. The fetch has a time limit
 * and a size limit (16 MiB); other schemes than http and https are
 * refused. Failures are %REDAKSI_ERROR_FETCH errors.
 *
 * Returns: (transfer full): the source document, or %NULL with @error set
 */
RedaksiDocument *
redaksi_quote_checker_fetch_source (RedaksiQuoteChecker  *self,
                                    const char           *uri,
                                    GCancellable         *cancellable,
                                    GError              **error)
{
  g_autoptr(GUri) parsed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *local = NULL;
  gboolean is_html = FALSE;

  g_return_val_if_fail (REDAKSI_IS_QUOTE_CHECKER (self), NULL);
  g_return_val_if_fail (uri != NULL, NULL);

  if (!check_scheme (uri, &parsed, error))
    return NULL;
  bytes = fetch_bytes (parsed, &is_html, cancellable, &local);
  if (bytes == NULL)
    {
      fetch_error (error, local, uri);
      return NULL;
    }
  return redaksi_document_new_from_bytes (bytes, is_html, error);
}

typedef struct
{
  RedaksiDocument *document;
  char            *source_uri;
} CheckData;

static void
check_data_free (gpointer data)
{
  CheckData *check = data;

  g_object_unref (check->document);
  g_free (check->source_uri);
  g_free (check);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CheckData *data = task_data;
  g_autoptr(RedaksiDocument) source = NULL;
  GError *error = NULL;
  RedaksiReport *report;

  if (data->source_uri != NULL)
    {
      source = redaksi_quote_checker_fetch_source (source_object, data->source_uri, cancellable, &error);
      if (source == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }
  report = redaksi_quote_checker_check (source_object, data->document, source, cancellable, &error);
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, g_object_unref);
}

/**
 * redaksi_quote_checker_check_async:
 * @self: a #RedaksiQuoteChecker
 * @document: the article
 * @source_uri: (nullable): an http or https URL of the source, or %NULL
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the check is done
 * @user_data: (closure): data for @callback
 *
 * Fetches the source (see redaksi_quote_checker_fetch_source()) and checks
 * the quotes of @document in a worker thread.
 */
void
redaksi_quote_checker_check_async (RedaksiQuoteChecker *self,
                                   RedaksiDocument     *document,
                                   const char          *source_uri,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CheckData *data;

  g_return_if_fail (REDAKSI_IS_QUOTE_CHECKER (self));
  g_return_if_fail (REDAKSI_IS_DOCUMENT (document));

  data = g_new0 (CheckData, 1);
  data->document = g_object_ref (document);
  data->source_uri = g_strdup (source_uri);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, redaksi_quote_checker_check_async);
  g_task_set_task_data (task, data, check_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, check_thread);
}

/**
 * redaksi_quote_checker_check_finish:
 * @self: a #RedaksiQuoteChecker
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes redaksi_quote_checker_check_async(); call it from the callback.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
RedaksiReport *
redaksi_quote_checker_check_finish (RedaksiQuoteChecker  *self,
                                    GAsyncResult         *result,
                                    GError              **error)
{
  g_return_val_if_fail (REDAKSI_IS_QUOTE_CHECKER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == redaksi_quote_checker_check_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
