/* redaksi-report.c: what the analyses found, and its JSON
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-enums.h"
#include "redaksi-issue.h"
#include "redaksi-report-private.h"

/**
 * RedaksiReport:
 *
 * The results of one [method@Redaksi.Analyzer.analyze] call: the issues
 * found and, section by section (`entities`, `tags`, `quotes`,
 * `related_links`, …), the results of each analysis that was asked for.
 * [method@Redaksi.Report.to_json] gives them in the shape of the JSON
 * contract.
 *
 * A report is immutable once returned.
 */

/* The JSON contract's order; other sections follow in the order added. */
static const char *const section_order[] = {
  "entities", "tags", "quotes", "issues", "related_links", NULL
};

typedef struct
{
  char                 *name;
  GPtrArray            *all;      /* every result */
  GArray               *owners;   /* RedaksiAnalysisFlags per result */
  RedaksiAnalysisFlags  declared; /* analyses that declared the section */
  GPtrArray            *visible;  /* results of requested analyses, once sealed;
                                   * for records, once a host asks */

  /* Or the results as records, whose objects are made on demand. */
  const RedaksiRecordsClass *records;
  gpointer                   records_data;
  GDestroyNotify             records_destroy;
  RedaksiAnalysisFlags       records_owner;
} Section;

struct _RedaksiReport
{
  GObject               parent_instance;

  RedaksiDocument      *document;
  RedaksiAnalysisFlags  requested;
  RedaksiAnalysisFlags  owner;
  GPtrArray            *sections;  /* Section */
  GPtrArray            *members;   /* Member */
  gboolean              sealed;
};

/* A member of the JSON before the sections, written from data. */
typedef struct
{
  char                   *name;
  RedaksiReportWriteFunc  write;
  gpointer                data;
  GDestroyNotify          destroy;
} Member;

G_DEFINE_FINAL_TYPE (RedaksiReport, redaksi_report, G_TYPE_OBJECT)

static void
section_free (gpointer data)
{
  Section *section = data;

  g_free (section->name);
  g_ptr_array_unref (section->all);
  g_array_unref (section->owners);
  g_clear_pointer (&section->visible, g_ptr_array_unref);
  if (section->records_destroy != NULL)
    section->records_destroy (section->records_data);
  g_free (section);
}

static void
redaksi_report_finalize (GObject *object)
{
  RedaksiReport *self = (RedaksiReport *) object;

  g_clear_object (&self->document);
  g_ptr_array_unref (self->sections);
  g_ptr_array_unref (self->members);

  G_OBJECT_CLASS (redaksi_report_parent_class)->finalize (object);
}

static void
redaksi_report_class_init (RedaksiReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = redaksi_report_finalize;
}

static void
member_free (gpointer data)
{
  Member *member = data;

  g_free (member->name);
  if (member->destroy != NULL)
    member->destroy (member->data);
  g_free (member);
}

static void
redaksi_report_init (RedaksiReport *self)
{
  self->sections = g_ptr_array_new_with_free_func (section_free);
  self->members = g_ptr_array_new_with_free_func (member_free);
}

RedaksiReport *
_redaksi_report_new (RedaksiDocument      *document,
                     RedaksiAnalysisFlags  requested)
{
  RedaksiReport *self = g_object_new (REDAKSI_TYPE_REPORT, NULL);

  self->document = g_object_ref (document);
  self->requested = requested;
  return self;
}

void
_redaksi_report_set_owner (RedaksiReport        *self,
                           RedaksiAnalysisFlags  owner)
{
  g_assert (!self->sealed);
  self->owner = owner;
}

static Section *
find_section (RedaksiReport *self,
              const char    *name)
{
  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = g_ptr_array_index (self->sections, i);

      if (g_str_equal (section->name, name))
        return section;
    }
  return NULL;
}

#define SECTION_ROOM 128

static Section *
ensure_section (RedaksiReport *self,
                const char    *name)
{
  Section *section = find_section (self, name);

  if (section == NULL)
    {
      section = g_new0 (Section, 1);
      section->name = g_strdup (name);
      /* Room for an article's entities without growing again and again. */
      section->all = g_ptr_array_new_full (SECTION_ROOM, g_object_unref);
      section->owners = g_array_sized_new (FALSE, FALSE, sizeof (RedaksiAnalysisFlags), SECTION_ROOM);
      g_ptr_array_add (self->sections, section);
    }
  return section;
}

void
_redaksi_report_add_section (RedaksiReport *self,
                             const char    *name)
{
  g_assert (!self->sealed);
  ensure_section (self, name)->declared |= self->owner;
}

void
_redaksi_report_add_result (RedaksiReport *self,
                            const char    *name,
                            gpointer       result)
{
  Section *section;

  g_assert (!self->sealed);
  g_assert (REDAKSI_IS_RESULT (result));

  section = ensure_section (self, name);
  g_assert (section->records == NULL);
  section->declared |= self->owner;
  g_ptr_array_add (section->all, g_object_ref (result));
  g_array_append_val (section->owners, self->owner);
}

void
_redaksi_report_add_records (RedaksiReport             *self,
                             const char                *name,
                             const RedaksiRecordsClass *klass,
                             gpointer                   data,
                             GDestroyNotify             destroy)
{
  Section *section;

  g_assert (!self->sealed);

  section = ensure_section (self, name);
  g_assert (section->records == NULL && section->all->len == 0);
  section->declared |= self->owner;
  section->records = klass;
  section->records_data = data;
  section->records_destroy = destroy;
  section->records_owner = self->owner;
}

void
_redaksi_report_set_member_writer (RedaksiReport          *self,
                                   const char             *name,
                                   RedaksiReportWriteFunc  write,
                                   gpointer                data,
                                   GDestroyNotify          destroy)
{
  Member *member = g_new0 (Member, 1);

  g_assert (!self->sealed);
  member->name = g_strdup (name);
  member->write = write;
  member->data = data;
  member->destroy = destroy;
  g_ptr_array_add (self->members, member);
}

GPtrArray *
_redaksi_report_peek_results (RedaksiReport *self,
                              const char    *name)
{
  Section *section = find_section (self, name);

  return section != NULL ? section->all : NULL;
}

static gint
compare_issue_starts (gconstpointer a,
                      gconstpointer b)
{
  const RedaksiRange *x = redaksi_issue_get_range (*(RedaksiIssue **) a);
  const RedaksiRange *y = redaksi_issue_get_range (*(RedaksiIssue **) b);

  return x->start < y->start ? -1 : x->start > y->start;
}

static gboolean
all_requested (RedaksiReport *self,
               Section       *section)
{
  for (guint i = 0; i < section->owners->len; i++)
    if (!(g_array_index (section->owners, RedaksiAnalysisFlags, i) & self->requested))
      return FALSE;
  return TRUE;
}

static void
seal_section (RedaksiReport *self,
              Section       *section)
{
  gboolean issues = g_str_equal (section->name, "issues");

  /* Records become objects when a host asks for them. */
  if (section->records != NULL)
    return;
  /* Most often every result is shown: the same array serves. */
  if (!issues && all_requested (self, section))
    {
      section->visible = g_ptr_array_ref (section->all);
      return;
    }
  section->visible = g_ptr_array_new_full (section->all->len, g_object_unref);
  for (guint i = 0; i < section->all->len; i++)
    if (g_array_index (section->owners, RedaksiAnalysisFlags, i) & self->requested)
      g_ptr_array_add (section->visible, g_object_ref (g_ptr_array_index (section->all, i)));
  /* Each analysis adds its findings in the order of the text; findings
   * of several analyses are interleaved again (a stable sort, so that
   * findings at one offset keep the order their analysis gave them). */
  if (issues)
    g_ptr_array_sort (section->visible, compare_issue_starts);
}

static gint
section_rank (const Section *section)
{
  for (gint i = 0; section_order[i] != NULL; i++)
    if (g_str_equal (section_order[i], section->name))
      return i;
  return G_N_ELEMENTS (section_order);
}

static gint
compare_sections (gconstpointer a,
                  gconstpointer b)
{
  return section_rank (*(Section **) a) - section_rank (*(Section **) b);
}

void
_redaksi_report_seal (RedaksiReport *self)
{
  g_assert (!self->sealed);

  /* A stable sort: sections of equal rank keep the order they came in. */
  g_ptr_array_sort (self->sections, compare_sections);
  for (guint i = 0; i < self->sections->len; i++)
    seal_section (self, g_ptr_array_index (self->sections, i));
  self->sealed = TRUE;
}

/**
 * redaksi_report_get_document:
 * @self: a #RedaksiReport
 *
 * Gets the document the report is about.
 *
 * Returns: (transfer none): the document the report is about
 */
RedaksiDocument *
redaksi_report_get_document (RedaksiReport *self)
{
  g_return_val_if_fail (REDAKSI_IS_REPORT (self), NULL);
  return self->document;
}

/**
 * redaksi_report_get_analyses:
 * @self: a #RedaksiReport
 *
 * Gets the analyses that were requested and run.
 *
 * Returns: the analyses that were asked for
 */
RedaksiAnalysisFlags
redaksi_report_get_analyses (RedaksiReport *self)
{
  g_return_val_if_fail (REDAKSI_IS_REPORT (self), REDAKSI_ANALYSIS_NONE);
  return self->requested;
}

static gboolean
records_requested (RedaksiReport *self,
                   Section       *section)
{
  return (section->records_owner & self->requested) != 0;
}

/* The objects of a section of records, made once: a report is read from
 * any thread, and every reader gets the same objects. */
static GPtrArray *
records_results (RedaksiReport *self,
                 Section       *section)
{
  if (g_once_init_enter (&section->visible))
    {
      GPtrArray *results = records_requested (self, section)
                             ? section->records->make_results (section->records_data)
                             : g_ptr_array_new_with_free_func (g_object_unref);

      g_once_init_leave (&section->visible, results);
    }
  return section->visible;
}

GPtrArray *
_redaksi_report_get_section (RedaksiReport *self,
                             const char    *name)
{
  Section *found;

  g_assert (self->sealed);

  found = find_section (self, name);
  if (found == NULL || (found->declared & self->requested) == 0)
    return NULL;
  if (found->records != NULL)
    return records_results (self, found);
  return found->visible;
}

static GPtrArray *
get_section_or_empty (RedaksiReport *self,
                      const char    *name)
{
  static GPtrArray *empty;
  GPtrArray *results = _redaksi_report_get_section (self, name);

  if (results != NULL)
    return results;
  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, g_ptr_array_new ());
  return empty;
}

/**
 * redaksi_report_get_entities:
 * @self: a #RedaksiReport
 *
 * Gets every entity mention the tagger found, in the order of the text.
 *
 * Like the `entities` member of the JSON, it holds results only when
 * %REDAKSI_ANALYSIS_ENTITIES was requested; otherwise it is empty.
 *
 * The report keeps its mentions as plain data until they are asked
 * for: the first call makes the objects, and every later call, from any
 * thread, returns the same array.
 *
 * Returns: (transfer none) (element-type Redaksi.Entity): the entities
 *   found; empty when none, or when the analysis was not requested
 */
GPtrArray *
redaksi_report_get_entities (RedaksiReport *self)
{
  g_return_val_if_fail (REDAKSI_IS_REPORT (self), NULL);
  g_return_val_if_fail (self->sealed, NULL);

  return get_section_or_empty (self, "entities");
}

/**
 * redaksi_report_get_tags:
 * @self: a #RedaksiReport
 *
 * Gets the article's tags, the entities with their mentions counted, most
 * salient first.
 *
 * Like the `tags` member of the JSON, it holds results only when
 * %REDAKSI_ANALYSIS_ENTITIES was requested; otherwise it is empty.
 *
 * As with redaksi_report_get_entities(), the first call makes the
 * objects and every later call returns the same array.
 *
 * Returns: (transfer none) (element-type Redaksi.Tag): the tags
 *   found; empty when none, or when the analysis was not requested
 */
GPtrArray *
redaksi_report_get_tags (RedaksiReport *self)
{
  g_return_val_if_fail (REDAKSI_IS_REPORT (self), NULL);
  g_return_val_if_fail (self->sealed, NULL);

  return get_section_or_empty (self, "tags");
}

/**
 * redaksi_report_get_quotes:
 * @self: a #RedaksiReport
 *
 * Gets the direct quotes the quote checker found, in the order of the
 * text, with their speakers and, when a source was given, how they
 * compare to it.
 *
 * Like the `quotes` member of the JSON, it holds results only when
 * %REDAKSI_ANALYSIS_QUOTES was requested; otherwise it is empty.
 *
 * Returns: (transfer none) (element-type Redaksi.Quote): the quotes
 *   found; empty when none, or when the analysis was not requested
 */
GPtrArray *
redaksi_report_get_quotes (RedaksiReport *self)
{
  g_return_val_if_fail (REDAKSI_IS_REPORT (self), NULL);
  g_return_val_if_fail (self->sealed, NULL);

  return get_section_or_empty (self, "quotes");
}

/**
 * redaksi_report_get_issues:
 * @self: a #RedaksiReport
 *
 * Gets every finding of every requested analysis, in the order of the
 * text.
 *
 * Like the `issues` member of the JSON, it holds the findings of the
 * requested analyses only, not of the analyses they needed first.
 *
 * Returns: (transfer none) (element-type Redaksi.Issue): the issues
 *   found; empty when none, or when the analysis was not requested
 */
GPtrArray *
redaksi_report_get_issues (RedaksiReport *self)
{
  g_return_val_if_fail (REDAKSI_IS_REPORT (self), NULL);
  g_return_val_if_fail (self->sealed, NULL);

  return get_section_or_empty (self, "issues");
}

/**
 * redaksi_report_get_related_links:
 * @self: a #RedaksiReport
 *
 * Gets the related-article inserts (`Baca juga: …` and the like) found,
 * in the order of the text.
 *
 * Like the `related_links` member of the JSON, it holds results only when
 * %REDAKSI_ANALYSIS_RELATED_LINKS was requested; otherwise it is empty.
 *
 * Returns: (transfer none) (element-type Redaksi.RelatedLink): the related links
 *   found; empty when none, or when the analysis was not requested
 */
GPtrArray *
redaksi_report_get_related_links (RedaksiReport *self)
{
  g_return_val_if_fail (REDAKSI_IS_REPORT (self), NULL);
  g_return_val_if_fail (self->sealed, NULL);

  return get_section_or_empty (self, "related_links");
}

/**
 * redaksi_report_has_errors:
 * @self: a #RedaksiReport
 *
 * Tells whether any finding has severity %REDAKSI_SEVERITY_ERROR, as the
 * `redaksi` command's exit status does.
 *
 * Returns: whether an issue of severity %REDAKSI_SEVERITY_ERROR was found
 */
gboolean
redaksi_report_has_errors (RedaksiReport *self)
{
  GPtrArray *issues;

  g_return_val_if_fail (REDAKSI_IS_REPORT (self), FALSE);

  issues = redaksi_report_get_issues (self);
  for (guint i = 0; i < issues->len; i++)
    if (redaksi_issue_get_severity (g_ptr_array_index (issues, i)) == REDAKSI_SEVERITY_ERROR)
      return TRUE;
  return FALSE;
}

static void
write_members (RedaksiReport     *self,
               RedaksiJsonWriter *writer)
{
  for (guint i = 0; i < self->members->len; i++)
    {
      Member *member = g_ptr_array_index (self->members, i);

      _redaksi_json_writer_member (writer, member->name);
      member->write (member->data, writer);
    }
}

/* Records are written from their data; their objects need not exist. */
static gboolean
write_records (RedaksiReport      *self,
               Section            *section,
               RedaksiJsonWriter  *writer,
               GError            **error)
{
  guint n = records_requested (self, section) ? section->records->count (section->records_data) : 0;

  for (guint i = 0; i < n; i++)
    {
      section->records->write (section->records_data, i, writer);
      if (!_redaksi_json_writer_flush_full (writer, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_objects (Section            *section,
               RedaksiJsonWriter  *writer,
               GError            **error)
{
  for (guint i = 0; i < section->visible->len; i++)
    {
      _redaksi_result_write (g_ptr_array_index (section->visible, i), writer);
      if (!_redaksi_json_writer_flush_full (writer, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_section (RedaksiReport      *self,
               Section            *section,
               RedaksiJsonWriter  *writer,
               GError            **error)
{
  gboolean written;

  _redaksi_json_writer_member (writer, section->name);
  _redaksi_json_writer_begin_array (writer);
  written = section->records != NULL ? write_records (self, section, writer, error)
                                     : write_objects (section, writer, error);
  if (!written)
    return FALSE;
  _redaksi_json_writer_end_array (writer);
  return TRUE;
}

static gboolean
write_report (RedaksiReport      *self,
              RedaksiJsonWriter  *writer,
              GError            **error)
{
  _redaksi_json_writer_begin_object (writer);
  _redaksi_json_writer_int_member (writer, "version", 1);
  write_members (self, writer);
  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = g_ptr_array_index (self->sections, i);

      if ((section->declared & self->requested) && !write_section (self, section, writer, error))
        return FALSE;
    }
  _redaksi_json_writer_end_object (writer);
  return _redaksi_json_writer_flush (writer, error);
}

/**
 * redaksi_report_to_json:
 * @self: a #RedaksiReport
 *
 * The report in the shape of the JSON contract: `version`, then a member
 * per requested analysis. Hosts read the same results, typed, through
 * redaksi_report_get_entities() and its siblings.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
redaksi_report_to_json (RedaksiReport *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  g_return_val_if_fail (REDAKSI_IS_REPORT (self), NULL);
  g_return_val_if_fail (self->sealed, NULL);

  /* One way to the JSON: the text is the reference, the tree is read
   * back from it. */
  text = redaksi_report_to_json_string (self, FALSE);
  node = json_from_string (text, &error);
  g_assert_no_error (error);
  return node;
}

/* Room for most reports' text at once, so that it is not copied again
 * and again as it grows: about 250 bytes a result when compact, twice
 * that when pretty; a very large report grows from a megabyte. */
static gsize
estimate_json_size (RedaksiReport *self,
                    gboolean       pretty)
{
  gsize results = 0;

  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = g_ptr_array_index (self->sections, i);

      if (!(section->declared & self->requested))
        continue;
      if (section->records != NULL)
        results += records_requested (self, section) ? section->records->count (section->records_data) : 0;
      else
        results += section->visible->len;
    }
  return MIN (1024 + results * (pretty ? 500 : 250), 1024 * 1024);
}

/**
 * redaksi_report_to_json_string:
 * @self: a #RedaksiReport
 * @pretty: whether to indent the output
 *
 * Serialises the report as the JSON text of the redaksi contract, the
 * same text json-glib's #JsonGenerator makes of redaksi_report_to_json(),
 * written without building the tree first.
 *
 * Returns: (transfer full): redaksi_report_to_json() as text
 */
char *
redaksi_report_to_json_string (RedaksiReport *self,
                               gboolean       pretty)
{
  GString *out;
  g_autoptr(RedaksiJsonWriter) writer = NULL;

  g_return_val_if_fail (REDAKSI_IS_REPORT (self), NULL);
  g_return_val_if_fail (self->sealed, NULL);

  out = g_string_sized_new (estimate_json_size (self, pretty));
  writer = _redaksi_json_writer_new (out, pretty);
  /* Into a GString, nothing can fail. */
  write_report (self, writer, NULL);
  return g_string_free (out, FALSE);
}

/**
 * redaksi_report_write_json:
 * @self: a #RedaksiReport
 * @stream: where to write the text
 * @pretty: whether to indent the output
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes to @stream the same text as redaksi_report_to_json_string(),
 * a chunk at a time as it is made: the JSON of a large report, several
 * times the size of its document, is never whole in memory. No newline
 * follows it. The stream is neither flushed nor closed.
 *
 * On failure, part of the text may have been written.
 *
 * Returns: %TRUE when all of the text was written; %FALSE with @error
 *   set (the stream's error) otherwise
 */
gboolean
redaksi_report_write_json (RedaksiReport  *self,
                           GOutputStream  *stream,
                           gboolean        pretty,
                           GCancellable   *cancellable,
                           GError        **error)
{
  g_autoptr(RedaksiJsonWriter) writer = NULL;

  g_return_val_if_fail (REDAKSI_IS_REPORT (self), FALSE);
  g_return_val_if_fail (self->sealed, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  writer = _redaksi_json_writer_new_for_stream (stream, pretty, cancellable);
  return write_report (self, writer, error);
}
