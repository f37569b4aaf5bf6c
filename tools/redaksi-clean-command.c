/* redaksi-clean-command.c: `redaksi clean`, related-article inserts out
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "redaksi-clean-command.h"

typedef struct
{
  gboolean  html;
  gboolean  in_place;
  gboolean  keep;
  gboolean  normalize;
  gboolean  check_links;
  gboolean  allow_private;
  char     *output;
  char     *report;
} CleanOptions;

static void
clean_options_clear (CleanOptions *options)
{
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->report, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CleanOptions, clean_options_clear)

static gboolean
same_file (const char *a,
           const char *b)
{
  g_autoptr(GFile) file_a = g_file_new_for_commandline_arg (a);
  g_autoptr(GFile) file_b = g_file_new_for_commandline_arg (b);
  g_autoptr(GFileInfo) info_a = NULL;
  g_autoptr(GFileInfo) info_b = NULL;
  const char *attributes = G_FILE_ATTRIBUTE_ID_FILE;

  if (g_file_equal (file_a, file_b))
    return TRUE;
  info_a = g_file_query_info (file_a, attributes, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  info_b = g_file_query_info (file_b, attributes, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  return info_a != NULL && info_b != NULL &&
         g_strcmp0 (g_file_info_get_attribute_string (info_a, attributes),
                    g_file_info_get_attribute_string (info_b, attributes)) == 0;
}

/* Refused before any work: a path that is a directory, a hard link or a
 * loop of symbolic links (see redaksi_tool_resolve_output()). */
static int
check_writable (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *target = NULL;
  GStatBuf info;

  if (path == NULL)
    return REDAKSI_EXIT_OK;
  if ((target = redaksi_tool_resolve_output (path, &info, &error)) == NULL)
    return redaksi_tool_fail ("%s", error->message);
  return REDAKSI_EXIT_OK;
}

/* The command line must say where the result goes, and never over the
 * input unless --in-place says so. */
static int
check_destination (const CleanOptions *options,
                   const char         *input)
{
  gboolean from_stdin = input == NULL || g_str_equal (input, "-");
  int status;

  if (options->in_place && options->output != NULL)
    return redaksi_tool_fail (_("give either -o or --in-place, not both (try --help)"));
  if (options->in_place && from_stdin)
    return redaksi_tool_fail (_("--in-place needs an input file (try --help)"));
  if (options->output != NULL && !from_stdin && same_file (options->output, input))
    return redaksi_tool_fail (_("%s is the input; use --in-place to overwrite it"), options->output);
  if (options->report != NULL && !from_stdin && same_file (options->report, input))
    return redaksi_tool_fail (_("%s is the input; the report cannot go there"), options->report);
  if ((status = check_writable (options->in_place ? input : options->output)) != REDAKSI_EXIT_OK)
    return status;
  return check_writable (options->report);
}

static RedaksiCleanFlags
clean_flags (const CleanOptions *options)
{
  return (options->keep ? REDAKSI_CLEAN_FLAGS_KEEP : 0) |
         (options->normalize ? REDAKSI_CLEAN_FLAGS_NORMALIZE : 0);
}

static int
write_output (const CleanOptions *options,
              const char         *input_path,
              GArray             *pieces)
{
  g_autoptr(GError) error = NULL;
  const char *path = options->in_place ? input_path : options->output;
  const RedaksiToolPiece *piece = (const RedaksiToolPiece *) (gpointer) pieces->data;

  if (path != NULL)
    {
      if (!redaksi_tool_write_file_pieces (path, piece, pieces->len, &error))
        return redaksi_tool_fail (_("could not write the output: %s"), error->message);
      return REDAKSI_EXIT_OK;
    }
  redaksi_tool_write_stdout_pieces (piece, pieces->len);
  return REDAKSI_EXIT_OK;
}

static void
add_piece (GArray     *pieces,
           const char *data,
           gsize       length)
{
  RedaksiToolPiece piece = { data, length };

  if (length > 0)
    g_array_append_val (pieces, piece);
}

/* The source without the inserts the analysis found, as the cleaner
 * removes them (nested or overlapping ones once), but written from the
 * source itself: neither a second scan nor a copy of the article. */
static GArray *
kept_pieces (RedaksiToolInput *input,
             RedaksiReport    *report,
             gboolean          keep)
{
  GPtrArray *links = redaksi_report_get_related_links (report);
  GArray *pieces = g_array_new (FALSE, FALSE, sizeof (RedaksiToolPiece));
  gsize length, copied = 0;
  const char *source = redaksi_document_get_source (input->document, &length);

  for (guint i = 0; !keep && i < links->len; i++)
    {
      const RedaksiRange *range = redaksi_related_link_get_range (g_ptr_array_index (links, i));

      if (range->end <= copied)
        continue;
      if (range->start > copied)
        add_piece (pieces, source + copied, range->start - copied);
      copied = MAX (copied, range->end);
    }
  add_piece (pieces, source + copied, length - copied);
  return pieces;
}

/* --normalize adds a list the source does not hold: the cleaner builds it. */
static GArray *
cleaned_pieces (const CleanOptions  *options,
                RedaksiToolInput    *input,
                RedaksiReport       *report,
                GBytes             **normalized,
                GError             **error)
{
  GArray *pieces;
  gsize length;
  const char *data;

  if (!options->normalize)
    return kept_pieces (input, report, options->keep);
  *normalized = redaksi_link_cleaner_clean (redaksi_link_cleaner_get_default (), input->document,
                                            clean_flags (options), NULL, NULL, error);
  if (*normalized == NULL)
    return NULL;
  pieces = g_array_new (FALSE, FALSE, sizeof (RedaksiToolPiece));
  data = g_bytes_get_data (*normalized, &length);
  add_piece (pieces, data, length);
  return pieces;
}

static int
write_report (const CleanOptions *options,
              RedaksiReport      *report,
              JsonNode           *checks)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *text;

  /* The JSON of a large archive's inserts is not made unless asked for. */
  if (options->report == NULL)
    return REDAKSI_EXIT_OK;
  root = redaksi_report_to_json (report);
  generator = json_generator_new ();
  if (checks != NULL)
    json_object_set_member (json_node_get_object (root), "link_checks", json_node_ref (checks));
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  bytes = g_bytes_new_take (text, strlen (text));
  if (!redaksi_tool_write_file (options->report, bytes, &error))
    return redaksi_tool_fail (_("could not write the report: %s"), error->message);
  return REDAKSI_EXIT_OK;
}

/* Findings go to standard error: standard output carries the article. */
static void
print_issues (RedaksiToolInput *input,
              RedaksiReport    *report)
{
  GPtrArray *issues = redaksi_report_get_issues (report);

  for (guint i = 0; i < issues->len; i++)
    {
      RedaksiIssue *issue = g_ptr_array_index (issues, i);
      guint line, column;

      /* What clean removes needs no word; what it left does. */
      if (g_str_equal (redaksi_issue_get_code (issue), "related-link-insert"))
        continue;
      redaksi_document_get_line_column (input->document, redaksi_issue_get_range (issue)->start,
                                        &line, &column);
      g_printerr ("%s:%u:%u: %s: %s [%s]\n", input->display_name, line, column,
                  redaksi_issue_get_severity (issue) == REDAKSI_SEVERITY_ERROR ? _("error") : _("warning"),
                  redaksi_issue_get_message (issue), redaksi_issue_get_code (issue));
    }
}

static JsonNode *
check_links (const CleanOptions *options,
             RedaksiReport      *report,
             int                *status)
{
  g_autoptr(RedaksiLinkChecker) checker = NULL;
  g_autoptr(GPtrArray) urls = g_ptr_array_new ();
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *links = redaksi_report_get_related_links (report);

  if (!options->check_links)
    return NULL;
  for (guint i = 0; i < links->len; i++)
    {
      const char * const *link_urls = redaksi_related_link_get_urls (g_ptr_array_index (links, i));

      for (guint k = 0; link_urls[k] != NULL; k++)
        g_ptr_array_add (urls, (gpointer) link_urls[k]);
    }
  g_ptr_array_add (urls, NULL);
  checker = redaksi_link_checker_new ();
  redaksi_link_checker_set_allow_private (checker, options->allow_private);
  results = redaksi_link_checker_check (checker, (const char * const *) urls->pdata, NULL, &error);
  if (results == NULL)
    {
      *status = redaksi_tool_fail ("%s", error->message);
      return NULL;
    }
  return redaksi_link_checker_results_to_json (results);
}

static int
run_clean (CleanOptions     *options,
           RedaksiToolInput *input)
{
  g_autoptr(RedaksiReport) report = NULL;
  g_autoptr(GBytes) normalized = NULL;
  g_autoptr(GArray) cleaned = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) checks = NULL;
  int status = REDAKSI_EXIT_OK;

  report = redaksi_tool_analyze (input, REDAKSI_ANALYSIS_RELATED_LINKS, NULL, &status);
  if (report == NULL)
    return status;
  cleaned = cleaned_pieces (options, input, report, &normalized, &error);
  if (cleaned == NULL)
    return redaksi_tool_fail ("%s: %s", input->display_name, error->message);
  checks = check_links (options, report, &status);
  if (status != REDAKSI_EXIT_OK)
    return status;
  if ((status = write_report (options, report, checks)) != REDAKSI_EXIT_OK ||
      (status = write_output (options, input->path, cleaned)) != REDAKSI_EXIT_OK)
    return status;
  print_issues (input, report);
  return redaksi_report_has_errors (report) ? REDAKSI_EXIT_FINDINGS : REDAKSI_EXIT_OK;
}

/* What is kept of @text around the removed @spans (start and end of
 * each in turn), as pieces of @text itself. */
static GArray *
pieces_between (const char   *text,
                gsize         length,
                const GArray *spans,
                gboolean      keep)
{
  GArray *pieces = g_array_sized_new (FALSE, FALSE, sizeof (RedaksiToolPiece), spans->len / 2 + 1);
  const guint64 *span = (const guint64 *) (gconstpointer) spans->data;
  gsize copied = 0;

  for (guint i = 0; !keep && i + 1 < spans->len; i += 2)
    {
      add_piece (pieces, text + copied, span[i] - copied);
      copied = span[i + 1];
    }
  add_piece (pieces, text + copied, length - copied);
  return pieces;
}

/* Line and column (in code points, from 1) of byte offsets given in
 * increasing order, found by one walk over the text. */
typedef struct
{
  const char *text;
  gsize       byte;        /* walked up to here */
  guint       line;
  guint       column;      /* of @byte */
} Position;

/* The newlines in [from, to) of @text, and where the last one is (or
 * @from when there is none): sixteen bytes a step, as an archive's
 * lines are short and a call a line cost more than the count. */
static guint
count_newlines (const char *text,
                gsize       from,
                gsize       to,
                gsize      *last)
{
  guint n = 0;
  gsize i = from;

  *last = G_MAXSIZE;
#ifdef __SSE2__
  for (; i + 16 <= to; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (text + i));
      guint found = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\n')));

      if (found != 0)
        {
          n += (guint) __builtin_popcount (found);
          *last = i + 31 - (gsize) __builtin_clz (found);
        }
    }
#endif
  for (; i < to; i++)
    if (text[i] == '\n')
      {
        n++;
        *last = i;
      }
  return n;
}

static void
position_to (Position *self,
             gsize     byte)
{
  gsize last;

  if (byte < self->byte)
    *self = (Position) { self->text, 0, 1, 1 };
  self->line += count_newlines (self->text, self->byte, byte, &last);
  if (last != G_MAXSIZE)
    {
      self->byte = last + 1;
      self->column = 1;
    }
  for (; self->byte < byte; self->byte++)
    self->column += ((guchar) self->text[self->byte] & 0xC0) != 0x80;
}

/* The findings clean leaves (the inserts whose end cannot be told), as
 * the other path prints them. */
static void
print_ambiguous (const char *display_name,
                 const char *text,
                 GPtrArray  *ambiguous)
{
  Position position = { text, 0, 1, 1 };

  for (guint i = 0; i < ambiguous->len; i++)
    {
      RedaksiIssue *issue = g_ptr_array_index (ambiguous, i);

      position_to (&position, redaksi_issue_get_range (issue)->start);
      g_printerr ("%s:%u:%u: %s: %s [%s]\n", display_name, position.line, position.column,
                  redaksi_issue_get_severity (issue) == REDAKSI_SEVERITY_ERROR ? _("error") : _("warning"),
                  redaksi_issue_get_message (issue), redaksi_issue_get_code (issue));
    }
}

/* Plain text with nothing to report or gather: the file is mapped, the
 * scanner runs on it without a document, and the kept stretches go out
 * a writev() at a time. The output is the other path's, byte for byte. */
static int
run_clean_text (const CleanOptions *options,
                const char         *path)
{
  g_autoptr(GBytes) input = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) pieces = NULL;
  g_autoptr(GPtrArray) ambiguous = NULL;
  g_autoptr(GError) error = NULL;
  const char *display_name = path == NULL || g_str_equal (path, "-") ? "<stdin>" : path;
  const char *text;
  gsize length;
  int status;

  if (!redaksi_tool_map_input (path, &input, &error))
    return redaksi_tool_fail ("%s: %s", display_name, error->message);
  text = g_bytes_get_data (input, &length);
  spans = redaksi_link_cleaner_scan_text (redaksi_link_cleaner_get_default (), text, length,
                                          &ambiguous, NULL, &error);
  if (spans == NULL)
    return redaksi_tool_fail ("%s: %s", display_name, error->message);
  pieces = pieces_between (text, length, spans, options->keep);
  if ((status = write_output (options, path, pieces)) != REDAKSI_EXIT_OK)
    return status;
  print_ambiguous (display_name, text, ambiguous);
  return REDAKSI_EXIT_OK;
}

static gboolean
needs_document (const CleanOptions *options)
{
  return options->html || options->report != NULL || options->check_links || options->normalize;
}

int
redaksi_clean_command (int    argc,
                       char **argv)
{
  g_auto(CleanOptions) options = { 0 };
  const GOptionEntry entries[] = {
    { "html", 0, 0, G_OPTION_ARG_NONE, &options.html, N_("The input is HTML"), NULL },
    { "report", 0, 0, G_OPTION_ARG_FILENAME, &options.report,
      N_("Write the inserts found (JSON) to FILE"), N_("FILE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output,
      N_("Write the cleaned article to OUT"), N_("OUT") },
    { "in-place", 0, 0, G_OPTION_ARG_NONE, &options.in_place,
      N_("Replace FILE with the cleaned article (atomically)"), NULL },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &options.keep,
      N_("Keep the inserts; only report them"), NULL },
    { "normalize", 0, 0, G_OPTION_ARG_NONE, &options.normalize,
      N_("Gather the removed links into one list at the end"), NULL },
    { "check-links", 0, 0, G_OPTION_ARG_NONE, &options.check_links,
      N_("Check every link found (HTTP HEAD, GET fallback); results go to the report"), NULL },
    { "allow-private", 0, 0, G_OPTION_ARG_NONE, &options.allow_private,
      N_("Let --check-links reach loopback and private addresses"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("[FILE|-] — remove related-article inserts"));
  RedaksiToolInput input = { 0 };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  redaksi_tool_add_input_options (context);
  g_option_context_set_summary (context,
                                _("Removes “Baca juga” lines, orphan markers and related-article boxes\n"
                                  "from an article; every other byte stays as it was."));
  if (!redaksi_tool_parse (context, &argc, &argv))
    return REDAKSI_EXIT_USAGE;
  if (argc > 2)
    return redaksi_tool_fail (_("give one input file at most (try --help)"));
  if ((status = check_destination (&options, argc == 2 ? argv[1] : NULL)) != REDAKSI_EXIT_OK)
    return status;
  if (!needs_document (&options))
    return run_clean_text (&options, argc == 2 ? argv[1] : NULL);
  if ((status = redaksi_tool_open_input (argc, argv, options.html, &input)) != REDAKSI_EXIT_OK)
    return status;
  status = run_clean (&options, &input);
  redaksi_tool_input_clear (&input);
  return status;
}
