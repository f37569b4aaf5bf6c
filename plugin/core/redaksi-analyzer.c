/* redaksi-analyzer.c: one entry point that runs the library's analyses
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-analysis-private.h"
#include "redaksi-document-private.h"
#include "redaksi-i18n-private.h"
#include "redaksi-tagger.h"

/**
 * RedaksiAnalyzer:
 *
 * Runs the analyses the library has (entity tagging, quote checking,
 * related-link finding, …) on a document and collects their results in
 * a [class@Redaksi.Report].
 *
 * The resources the analyses use are given when the analyzer is made,
 * as construct-only properties: [property@Analyzer:tagger] finds the
 * entities (and, through them, the quotes' speakers), so a newsroom's
 * own names and ids come from a tagger made with its gazetteer:
 *
 * ```python
 * analyzer = Redaksi.Analyzer.new_with_gazetteer("newsroom.json")
 * ```
 *
 * An analyzer is immutable: one analyzer may serve many threads at once.
 * Most programs use [func@Redaksi.Analyzer.get_default].
 */

struct _RedaksiAnalyzer
{
  GObject        parent_instance;

  RedaksiTagger *tagger;
};

G_DEFINE_FINAL_TYPE (RedaksiAnalyzer, redaksi_analyzer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TAGGER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
redaksi_analyzer_finalize (GObject *object)
{
  RedaksiAnalyzer *self = REDAKSI_ANALYZER (object);

  g_clear_object (&self->tagger);
  G_OBJECT_CLASS (redaksi_analyzer_parent_class)->finalize (object);
}

static void
redaksi_analyzer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RedaksiAnalyzer *self = REDAKSI_ANALYZER (object);

  switch (prop_id)
    {
    case PROP_TAGGER:
      g_value_set_object (value, redaksi_analyzer_get_tagger (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
redaksi_analyzer_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RedaksiAnalyzer *self = REDAKSI_ANALYZER (object);

  switch (prop_id)
    {
    case PROP_TAGGER:
      self->tagger = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
redaksi_analyzer_class_init (RedaksiAnalyzerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = redaksi_analyzer_finalize;
  object_class->get_property = redaksi_analyzer_get_property;
  object_class->set_property = redaksi_analyzer_set_property;

  /**
   * RedaksiAnalyzer:tagger:
   *
   * The tagger the entity analysis runs, and so the names and ids of
   * the `entities` and `tags` and the quotes' speakers. Unset (or
   * %NULL), it is [func@Redaksi.Tagger.get_default].
   */
  properties[PROP_TAGGER] =
    g_param_spec_object ("tagger", NULL, NULL,
                         REDAKSI_TYPE_TAGGER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Analyses write findings in the user's language. */
  _redaksi_i18n_init ();
}

static void
redaksi_analyzer_init (RedaksiAnalyzer *self)
{
}

/**
 * redaksi_analyzer_new:
 *
 * Creates an analyzer with the library's defaults. Most programs share
 * the one from redaksi_analyzer_get_default() instead.
 *
 * Returns: (transfer full): a new analyzer with the library's defaults
 */
RedaksiAnalyzer *
redaksi_analyzer_new (void)
{
  return g_object_new (REDAKSI_TYPE_ANALYZER, NULL);
}

/**
 * redaksi_analyzer_new_with_tagger:
 * @tagger: (nullable): the tagger for the entity analysis, or %NULL for
 *   the default one
 *
 * Creates an analyzer whose entity analysis runs @tagger, such as one
 * made with a newsroom's gazetteer.
 *
 * Returns: (transfer full): a new analyzer
 */
RedaksiAnalyzer *
redaksi_analyzer_new_with_tagger (RedaksiTagger *tagger)
{
  g_return_val_if_fail (tagger == NULL || REDAKSI_IS_TAGGER (tagger), NULL);

  return g_object_new (REDAKSI_TYPE_ANALYZER, "tagger", tagger, NULL);
}

/**
 * redaksi_analyzer_new_with_gazetteer:
 * @path: (type filename): a newsroom's gazetteer (JSON, see
 *   [class@Redaksi.Gazetteer])
 * @error: return location for a #GError
 *
 * Creates an analyzer whose tagger knows the names of @path on top of
 * the built-in gazetteer (see redaksi_tagger_new_from_file()), so their
 * `id`s appear in the entities, the tags and the quotes' speakers.
 *
 * Returns: (transfer full): a new analyzer, or %NULL with @error set:
 *   %REDAKSI_ERROR_INVALID_DATA naming the file and line when @path is
 *   not a gazetteer, a #GFileError when it cannot be read
 */
RedaksiAnalyzer *
redaksi_analyzer_new_with_gazetteer (const char  *path,
                                     GError     **error)
{
  g_autoptr(RedaksiTagger) tagger = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(tagger = redaksi_tagger_new_from_file (path, error)))
    return NULL;
  return redaksi_analyzer_new_with_tagger (tagger);
}

/**
 * redaksi_analyzer_get_tagger:
 * @self: a #RedaksiAnalyzer
 *
 * Gets the tagger the entity analysis runs.
 *
 * Returns: (transfer none): the analyzer's tagger
 */
RedaksiTagger *
redaksi_analyzer_get_tagger (RedaksiAnalyzer *self)
{
  g_return_val_if_fail (REDAKSI_IS_ANALYZER (self), NULL);
  /* Without a tagger of its own, the analyzer takes the default one when
   * it is first asked for: loading its model would be wasted on
   * `redaksi clean` and on the document analysis. */
  if (g_once_init_enter (&self->tagger))
    g_once_init_leave (&self->tagger, g_object_ref (redaksi_tagger_get_default ()));
  return self->tagger;
}

/**
 * redaksi_analyzer_get_default:
 *
 * Gets the process-wide analyzer. It is immutable, so every thread may
 * use it at once.
 *
 * Returns: (transfer none): the process-wide analyzer with the library's
 *   defaults, made on first use
 */
RedaksiAnalyzer *
redaksi_analyzer_get_default (void)
{
  static RedaksiAnalyzer *analyzer;

  if (g_once_init_enter (&analyzer))
    g_once_init_leave (&analyzer, redaksi_analyzer_new ());
  return analyzer;
}

/**
 * redaksi_analyzer_get_available:
 * @self: a #RedaksiAnalyzer
 *
 * Tells which analyses this build of the library has, so a host can
 * show only what will work.
 *
 * Returns: the analyses this build of the library can run
 */
RedaksiAnalysisFlags
redaksi_analyzer_get_available (RedaksiAnalyzer *self)
{
  RedaksiAnalysisFlags available = REDAKSI_ANALYSIS_NONE;

  g_return_val_if_fail (REDAKSI_IS_ANALYZER (self), REDAKSI_ANALYSIS_NONE);

  for (guint i = 0; _redaksi_analyses[i] != NULL; i++)
    available |= _redaksi_analyses[i]->flag;
  return available;
}

/* The requested analyses and, transitively, those they need. */
static RedaksiAnalysisFlags
close_over_needs (RedaksiAnalysisFlags requested)
{
  RedaksiAnalysisFlags closure = requested, previous;

  do
    {
      previous = closure;
      for (guint i = 0; _redaksi_analyses[i] != NULL; i++)
        if (closure & _redaksi_analyses[i]->flag)
          closure |= _redaksi_analyses[i]->needs;
    }
  while (closure != previous);
  return closure;
}

static gboolean
run_analyses (RedaksiAnalysisContext  *context,
              RedaksiAnalysisFlags     to_run,
              GError                 **error)
{
  for (guint i = 0; _redaksi_analyses[i] != NULL; i++)
    {
      const RedaksiAnalysis *analysis = _redaksi_analyses[i];

      if ((to_run & analysis->flag) == 0)
        continue;
      if (_redaksi_analysis_context_check_cancelled (context, error))
        return FALSE;
      _redaksi_report_set_owner (context->report, analysis->flag);
      if (!analysis->run (context, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * redaksi_analyzer_analyze:
 * @self: a #RedaksiAnalyzer
 * @document: the document to analyse
 * @analyses: the analyses to run, such as %REDAKSI_ANALYSIS_ALL
 * @source: (nullable): a source document (transcript, press release) to
 *   verify quotes against, or %NULL
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Runs the requested analyses, and those they need, on @document.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
RedaksiReport *
redaksi_analyzer_analyze (RedaksiAnalyzer       *self,
                          RedaksiDocument       *document,
                          RedaksiAnalysisFlags   analyses,
                          RedaksiDocument       *source,
                          GCancellable          *cancellable,
                          GError               **error)
{
  g_autoptr(RedaksiReport) report = NULL;
  RedaksiAnalysisContext context;
  RedaksiAnalysisFlags to_run;
  gboolean ok;

  g_return_val_if_fail (REDAKSI_IS_ANALYZER (self), NULL);
  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (source == NULL || REDAKSI_IS_DOCUMENT (source), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  analyses &= redaksi_analyzer_get_available (self);
  to_run = close_over_needs (analyses);
  /* Every analysis but the related links reads tokens: the document is
   * cut here, where a cancel can stop it. */
  if ((to_run & ~REDAKSI_ANALYSIS_RELATED_LINKS) != 0 &&
      !_redaksi_document_segment (document, cancellable, error))
    return NULL;
  report = _redaksi_report_new (document, analyses);
  context = (RedaksiAnalysisContext) { self, document, source, report, cancellable };
  ok = run_analyses (&context, to_run, error);
  _redaksi_analysis_context_clear (&context);
  if (!ok)
    return NULL;
  _redaksi_report_seal (report);
  return g_steal_pointer (&report);
}

typedef struct
{
  RedaksiDocument      *document;
  RedaksiDocument      *source;
  RedaksiAnalysisFlags  analyses;
} AnalyzeData;

static void
analyze_data_free (gpointer data)
{
  AnalyzeData *analyze = data;

  g_clear_object (&analyze->document);
  g_clear_object (&analyze->source);
  g_free (analyze);
}

static void
analyze_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  AnalyzeData *data = task_data;
  GError *error = NULL;
  RedaksiReport *report;

  report = redaksi_analyzer_analyze (source_object, data->document, data->analyses,
                                     data->source, cancellable, &error);
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, g_object_unref);
}

/**
 * redaksi_analyzer_analyze_async:
 * @self: a #RedaksiAnalyzer
 * @document: the document to analyse
 * @analyses: the analyses to run
 * @source: (nullable): a source document to verify quotes against
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the report is ready
 * @user_data: data for @callback
 *
 * Runs redaksi_analyzer_analyze() in a worker thread. Documents are
 * immutable, so nothing has to be copied.
 */
void
redaksi_analyzer_analyze_async (RedaksiAnalyzer      *self,
                                RedaksiDocument      *document,
                                RedaksiAnalysisFlags  analyses,
                                RedaksiDocument      *source,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  AnalyzeData *data;

  g_return_if_fail (REDAKSI_IS_ANALYZER (self));
  g_return_if_fail (REDAKSI_IS_DOCUMENT (document));
  g_return_if_fail (source == NULL || REDAKSI_IS_DOCUMENT (source));

  data = g_new0 (AnalyzeData, 1);
  data->document = g_object_ref (document);
  data->source = source != NULL ? g_object_ref (source) : NULL;
  data->analyses = analyses;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, redaksi_analyzer_analyze_async);
  g_task_set_task_data (task, data, analyze_data_free);
  g_task_run_in_thread (task, analyze_thread);
}

/**
 * redaksi_analyzer_analyze_finish:
 * @self: a #RedaksiAnalyzer
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes redaksi_analyzer_analyze_async(); call it from the callback.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
RedaksiReport *
redaksi_analyzer_analyze_finish (RedaksiAnalyzer  *self,
                                 GAsyncResult     *result,
                                 GError          **error)
{
  g_return_val_if_fail (REDAKSI_IS_ANALYZER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == redaksi_analyzer_analyze_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
