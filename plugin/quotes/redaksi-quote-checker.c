/* redaksi-quote-checker.c: the quote checker's public face
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "redaksi-analyzer.h"
#include "redaksi-error.h"
#include "redaksi-quote-checker.h"
#include "redaksi-quote-source-private.h"

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
 * The checker runs the analyzer's quote analysis, which runs the entity
 * tagger first: speakers get the tagger's canonical names, as in
 * [method@Redaksi.Analyzer.analyze] with every analysis, so the checker,
 * the command line, batch and the server give the same quotes. Only
 * when the tagger finds no name at all do the article's own capitalised
 * names serve ("Antony" → "Antony Blinken"). Cue words that no dictionary
 * knows are only corrected when the Indonesian word list (hunspell-id)
 * can be read.
 */
struct _RedaksiQuoteChecker
{
  GObject  parent_instance;

  gboolean allow_private;  /* read only when a source is fetched */
};

G_DEFINE_FINAL_TYPE (RedaksiQuoteChecker, redaksi_quote_checker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ALLOW_PRIVATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
redaksi_quote_checker_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RedaksiQuoteChecker *self = REDAKSI_QUOTE_CHECKER (object);

  if (prop_id == PROP_ALLOW_PRIVATE)
    g_value_set_boolean (value, self->allow_private);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
redaksi_quote_checker_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RedaksiQuoteChecker *self = REDAKSI_QUOTE_CHECKER (object);

  if (prop_id == PROP_ALLOW_PRIVATE)
    redaksi_quote_checker_set_allow_private (self, g_value_get_boolean (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
redaksi_quote_checker_class_init (RedaksiQuoteCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = redaksi_quote_checker_get_property;
  object_class->set_property = redaksi_quote_checker_set_property;

  /**
   * RedaksiQuoteChecker:allow-private:
   *
   * Whether a source may be fetched from loopback, private and link-local
   * addresses (a source on the newsroom's own network, on purpose).
   */
  properties[PROP_ALLOW_PRIVATE] =
    g_param_spec_boolean ("allow-private", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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
 * redaksi_quote_checker_set_allow_private:
 * @self: a #RedaksiQuoteChecker
 * @allow_private: whether sources on private addresses may be fetched
 *
 * Sets [property@Redaksi.QuoteChecker:allow-private].
 */
void
redaksi_quote_checker_set_allow_private (RedaksiQuoteChecker *self,
                                         gboolean             allow_private)
{
  g_return_if_fail (REDAKSI_IS_QUOTE_CHECKER (self));

  allow_private = !!allow_private;
  if (self->allow_private == allow_private)
    return;
  self->allow_private = allow_private;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOW_PRIVATE]);
}

/**
 * redaksi_quote_checker_get_allow_private:
 * @self: a #RedaksiQuoteChecker
 *
 * Whether sources may be fetched from loopback and private addresses.
 *
 * Returns: the value of [property@Redaksi.QuoteChecker:allow-private]
 */
gboolean
redaksi_quote_checker_get_allow_private (RedaksiQuoteChecker *self)
{
  g_return_val_if_fail (REDAKSI_IS_QUOTE_CHECKER (self), FALSE);
  return self->allow_private;
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

/**
 * redaksi_quote_checker_fetch_source:
 * @self: a #RedaksiQuoteChecker
 * @uri: an http or https URL
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Fetches a source for redaksi_quote_checker_check(): an HTML page becomes
 * an HTML document, anything else plain text. The fetch has a time limit
 * for the whole of it (30 s) and a size limit (16 MiB), follows at most 5
 * redirects, and, unless [property@Redaksi.QuoteChecker:allow-private] is
 * set, refuses hosts that are or resolve to loopback, private or
 * link-local addresses, at every redirect; other schemes than http and
 * https are refused. Failures are %REDAKSI_ERROR_FETCH errors.
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
  bytes = _redaksi_quote_source_fetch (uri, self->allow_private, &is_html, cancellable, &local);
  if (bytes == NULL)
    {
      fetch_error (error, local, uri);
      return NULL;
    }
  return redaksi_document_new_from_bytes (bytes, is_html, error);
}

static void
fetch_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;
  RedaksiDocument *source;

  source = redaksi_quote_checker_fetch_source (source_object, task_data, cancellable, &error);
  if (source == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, source, g_object_unref);
}

/**
 * redaksi_quote_checker_fetch_source_async:
 * @self: a #RedaksiQuoteChecker
 * @uri: an http or https URL
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the source is fetched
 * @user_data: (closure): data for @callback
 *
 * Fetches a source in a worker thread, with the limits and refusals of
 * redaksi_quote_checker_fetch_source() and the same errors. Pass the
 * result to redaksi_quote_checker_check_async().
 */
void
redaksi_quote_checker_fetch_source_async (RedaksiQuoteChecker *self,
                                          const char          *uri,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (REDAKSI_IS_QUOTE_CHECKER (self));
  g_return_if_fail (uri != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, redaksi_quote_checker_fetch_source_async);
  g_task_set_task_data (task, g_strdup (uri), g_free);
  g_task_run_in_thread (task, fetch_thread);
}

/**
 * redaksi_quote_checker_fetch_source_finish:
 * @self: a #RedaksiQuoteChecker
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes redaksi_quote_checker_fetch_source_async(); call it from the
 * callback.
 *
 * Returns: (transfer full): the source document, or %NULL with @error set
 */
RedaksiDocument *
redaksi_quote_checker_fetch_source_finish (RedaksiQuoteChecker  *self,
                                           GAsyncResult         *result,
                                           GError              **error)
{
  g_return_val_if_fail (REDAKSI_IS_QUOTE_CHECKER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == redaksi_quote_checker_fetch_source_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  RedaksiDocument *document;
  RedaksiDocument *source;
} CheckData;

static void
check_data_free (gpointer data)
{
  CheckData *check = data;

  g_object_unref (check->document);
  g_clear_object (&check->source);
  g_free (check);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CheckData *data = task_data;
  GError *error = NULL;
  RedaksiReport *report;

  report = redaksi_quote_checker_check (source_object, data->document, data->source, cancellable, &error);
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, g_object_unref);
}

/**
 * redaksi_quote_checker_check_async:
 * @self: a #RedaksiQuoteChecker
 * @document: the article
 * @source: (nullable): the source to verify the quotes against, or %NULL
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the check is done
 * @user_data: (closure): data for @callback
 *
 * Checks the quotes of @document in a worker thread; the asynchronous
 * form of redaksi_quote_checker_check(), with the same inputs and the
 * same report. A source on the web is fetched first with
 * redaksi_quote_checker_fetch_source_async().
 */
void
redaksi_quote_checker_check_async (RedaksiQuoteChecker *self,
                                   RedaksiDocument     *document,
                                   RedaksiDocument     *source,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CheckData *data;

  g_return_if_fail (REDAKSI_IS_QUOTE_CHECKER (self));
  g_return_if_fail (REDAKSI_IS_DOCUMENT (document));
  g_return_if_fail (source == NULL || REDAKSI_IS_DOCUMENT (source));

  data = g_new0 (CheckData, 1);
  data->document = g_object_ref (document);
  data->source = source != NULL ? g_object_ref (source) : NULL;
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
