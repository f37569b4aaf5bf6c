#pragma once

#include <glib/gstdio.h>
#include <redaksi/redaksi.h>

G_BEGIN_DECLS

/* Exit statuses of the CONTRACT. */
#define REDAKSI_EXIT_OK       0
#define REDAKSI_EXIT_FINDINGS 1
#define REDAKSI_EXIT_USAGE    2

/* --max-input: generous for any article, small enough that an endless
 * standard input is refused long before memory runs out. */
#define REDAKSI_TOOL_DEFAULT_MAX_INPUT (G_GUINT64_CONSTANT (256) * 1024 * 1024)

/* What every subcommand runs on: the input file (or standard input). */
typedef struct
{
  const char      *path;          /* NULL or "-" for standard input */
  const char      *display_name;  /* for messages: the path or "<stdin>" */
  RedaksiDocument *document;
} RedaksiToolInput;

typedef int (*RedaksiCommandFunc) (int    argc,
                                   char **argv);

int      redaksi_tool_fail          (const char *format,
                                     ...) G_GNUC_PRINTF (1, 2);
gboolean redaksi_tool_parse         (GOptionContext     *context,
                                     int                *argc,
                                     char             ***argv);
void     redaksi_tool_add_input_options (GOptionContext *context);
guint64  redaksi_tool_get_max_input (void);

/* --gazetteer FILE: the analyzer of check, tag, quotes, batch and serve,
 * made once after the options are parsed (exit status 2 when FILE is
 * not a gazetteer). Until then, and without the option, the default. */
void             redaksi_tool_add_analyzer_options (GOptionContext *context);
int              redaksi_tool_open_analyzer        (void);
RedaksiAnalyzer *redaksi_tool_get_analyzer         (void);
gboolean redaksi_tool_parse_size    (const char         *text,
                                     guint64            *size);
gboolean redaksi_tool_read_bytes    (const char         *path,
                                     GBytes            **bytes,
                                     GError            **error);

/* Standard output, with its first error kept for the exit status. */
gboolean redaksi_tool_write_stdout  (const char         *data,
                                     gsize               length);
int      redaksi_tool_close_stdout  (int                 status);

/* Files the command writes: see redaksi-tool.c for the rules. */
char    *redaksi_tool_resolve_output (const char        *path,
                                      GStatBuf          *info,
                                      GError           **error);
gboolean redaksi_tool_keep_metadata (int                 fd,
                                     const GStatBuf     *info,
                                     const char         *path,
                                     GError            **error);
gboolean redaksi_tool_write_file    (const char         *path,
                                     GBytes             *bytes,
                                     GError            **error);
/* A stretch of bytes to write, owned elsewhere. */
typedef struct
{
  const char *data;
  gsize       length;
} RedaksiToolPiece;

gboolean redaksi_tool_map_input      (const char         *path,
                                     GBytes            **bytes,
                                     GError            **error);
gboolean redaksi_tool_write_stdout_pieces (const RedaksiToolPiece *pieces,
                                           guint                   n_pieces);
gboolean redaksi_tool_write_file_pieces (const char             *path,
                                         const RedaksiToolPiece *pieces,
                                         guint                   n_pieces,
                                         GError                **error);
int      redaksi_tool_open_input    (int                 argc,
                                     char              **argv,
                                     gboolean            is_html,
                                     RedaksiToolInput   *input);
void     redaksi_tool_input_clear   (RedaksiToolInput   *input);
int      redaksi_tool_print_report  (RedaksiToolInput   *input,
                                     RedaksiReport      *report,
                                     gboolean            json);
RedaksiReport *redaksi_tool_analyze (RedaksiToolInput   *input,
                                     RedaksiAnalysisFlags analyses,
                                     RedaksiDocument    *source,
                                     int                *status);

/* redaksi-quotes-command.c: a source given by --source FILE|URL; a URL
 * on a private address only with --allow-private */
RedaksiDocument *redaksi_tool_load_source (const char       *source,
                                           gboolean          allow_private,
                                           GError          **error);
int              redaksi_tool_open_source (const char       *source,
                                           gboolean          allow_private,
                                           RedaksiDocument **document);

int redaksi_check_command (int argc, char **argv);
int redaksi_tag_command (int argc, char **argv);
int redaksi_quotes_command (int argc, char **argv);
int redaksi_batch_command (int argc, char **argv);
int redaksi_serve_command (int argc, char **argv);

G_END_DECLS
