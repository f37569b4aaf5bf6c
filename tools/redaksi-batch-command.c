/* redaksi-batch-command.c: `redaksi batch`, JSON Lines in, JSON Lines out
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "redaksi-record.h"
#include "redaksi-tool.h"

/* Records in flight per worker thread: enough to keep the workers busy
 * while the writer waits for a slow record, few enough that memory is
 * bounded by the window and not by the file. */
#define RECORDS_PER_JOB 16
#define PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 4)

typedef struct
{
  char     *line;
  gsize     length;
  char     *output;
  gboolean  failed;
  gboolean  done;
} Slot;

typedef struct
{
  GMutex                lock;
  GCond                 done;
  Slot                 *slots;
  guint                 window;
  guint64               next_read;
  guint64               next_write;
  GThreadPool          *pool;
  RedaksiAnalysisFlags  analyses;

  FILE                 *out;
  guint64               n_failed;
  guint64               n_resumed;
  guint64               bytes_read;
  guint64               bytes_resumed; /* read past, already in the output */
  guint64               bytes_total;  /* 0 when unknown (a pipe) */
  gint64                started;
  gint64                last_progress;
  gboolean              progress;
  guint                 jobs;
} Batch;

static void
process_slot (gpointer data,
              gpointer user_data)
{
  Slot *slot = data;
  Batch *batch = user_data;
  gboolean failed;
  char *output = redaksi_record_process_line (slot->line, slot->length, batch->analyses, &failed);

  g_mutex_lock (&batch->lock);
  slot->output = output;
  slot->failed = failed;
  slot->done = TRUE;
  g_cond_broadcast (&batch->done);
  g_mutex_unlock (&batch->lock);
}

static char *
format_eta (Batch  *batch,
            double  bytes_per_second)
{
  guint64 left;
  guint seconds;

  if (batch->bytes_total == 0 || bytes_per_second <= 0 || batch->bytes_read > batch->bytes_total)
    return g_strdup ("?");
  left = batch->bytes_total - batch->bytes_read;
  seconds = (guint) (left / bytes_per_second);
  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}

static void
show_progress (Batch    *batch,
               gboolean  force)
{
  gint64 now = g_get_monotonic_time ();
  double seconds = MAX (now - batch->started, 1) / (double) G_USEC_PER_SEC;
  guint64 records = batch->next_write - batch->n_resumed;
  guint64 bytes = batch->bytes_read - batch->bytes_resumed;
  g_autofree char *eta = NULL;

  if (!batch->progress || (!force && now - batch->last_progress < PROGRESS_INTERVAL_US))
    return;
  batch->last_progress = now;
  eta = format_eta (batch, bytes / seconds);
  g_printerr ("\r\033[K%" G_GUINT64_FORMAT " records, %.0f records/s, %.1f MB/s, ETA %s",
              batch->next_write, records / seconds, bytes / seconds / 1e6, eta);
}

static void
write_slot (Batch *batch,
            Slot  *slot)
{
  fputs (slot->output, batch->out);
  fputc ('\n', batch->out);
  batch->n_failed += slot->failed;
  g_clear_pointer (&slot->output, g_free);
  g_clear_pointer (&slot->line, g_free);
  slot->done = FALSE;
  batch->next_write++;
  show_progress (batch, FALSE);
}

/* Writes the next record in input order, waiting for it when @wait. */
static gboolean
write_next (Batch    *batch,
            gboolean  wait)
{
  Slot *slot = &batch->slots[batch->next_write % batch->window];
  gboolean done;

  if (batch->next_write == batch->next_read)
    return FALSE;
  g_mutex_lock (&batch->lock);
  while (wait && !slot->done)
    g_cond_wait (&batch->done, &batch->lock);
  done = slot->done;
  g_mutex_unlock (&batch->lock);
  if (done)
    write_slot (batch, slot);
  return done;
}

static void
submit_line (Batch      *batch,
             const char *line,
             gsize       length)
{
  Slot *slot;

  while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r'))
    length--;
  while (batch->next_read - batch->next_write >= batch->window)
    write_next (batch, TRUE);
  slot = &batch->slots[batch->next_read % batch->window];
  slot->line = g_strndup (line, length);
  slot->length = length;
  batch->next_read++;
  g_thread_pool_push (batch->pool, slot, NULL);
  while (write_next (batch, FALSE))
    ;
}

static void
run_batch (Batch *batch,
           FILE  *in)
{
  g_autofree char *line = NULL;
  gsize capacity = 0;
  gssize length;

  while ((length = getline (&line, &capacity, in)) != -1)
    {
      batch->bytes_read += length;
      if (batch->next_read < batch->n_resumed)
        {
          batch->next_read = ++batch->next_write;
          batch->bytes_resumed += length;
        }
      else
        submit_line (batch, line, length);
    }
  while (write_next (batch, TRUE))
    ;
}

/* Cuts a partial output back to its last complete line and counts the
 * lines, so that a resumed batch appends exactly what is missing. */
static gboolean
truncate_to_last_line (FILE     *part,
                       guint64  *n_lines,
                       GError  **error)
{
  char buffer[65536];
  guint64 complete = 0, offset = 0;
  gsize n;

  *n_lines = 0;
  while ((n = fread (buffer, 1, sizeof buffer, part)) > 0)
    {
      for (const char *p = buffer; (p = memchr (p, '\n', buffer + n - p)) != NULL; p++)
        {
          (*n_lines)++;
          complete = offset + (p - buffer) + 1;
        }
      offset += n;
    }
  if (ferror (part) || ftruncate (fileno (part), complete) != 0 || fseeko (part, complete, SEEK_SET) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s", g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

static FILE *
open_part (const char  *part_path,
           gboolean     resume,
           guint64     *n_resumed,
           GError     **error)
{
  FILE *part = resume ? fopen (part_path, "r+") : NULL;

  *n_resumed = 0;
  if (part != NULL && !truncate_to_last_line (part, n_resumed, error))
    {
      fclose (part);
      return NULL;
    }
  if (part == NULL)
    part = fopen (part_path, "w");
  if (part == NULL)
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", part_path, g_strerror (errno));
  return part;
}

static FILE *
open_input (const char *path,
            guint64    *size)
{
  struct stat info;
  FILE *in = g_str_equal (path, "-") ? stdin : fopen (path, "r");

  *size = 0;
  if (in != NULL && fstat (fileno (in), &info) == 0 && S_ISREG (info.st_mode))
    *size = info.st_size;
  return in;
}

static void
print_summary (Batch *batch)
{
  double seconds = MAX (g_get_monotonic_time () - batch->started, 1) / (double) G_USEC_PER_SEC;
  guint64 records = batch->next_write - batch->n_resumed;

  show_progress (batch, TRUE);
  if (batch->progress)
    g_printerr ("\n");
  g_printerr (_("redaksi batch: %" G_GUINT64_FORMAT " records (%" G_GUINT64_FORMAT " resumed, %"
                G_GUINT64_FORMAT " error records) in %.3f s: %.0f records/s, %.2f MB/s, %u jobs\n"),
              batch->next_write, batch->n_resumed, batch->n_failed, seconds,
              records / seconds, (batch->bytes_read - batch->bytes_resumed) / seconds / 1e6, batch->jobs);
}

static void
batch_init (Batch                *batch,
            guint                 jobs,
            RedaksiAnalysisFlags  analyses)
{
  g_mutex_init (&batch->lock);
  g_cond_init (&batch->done);
  batch->jobs = jobs;
  batch->window = jobs * RECORDS_PER_JOB;
  batch->slots = g_new0 (Slot, batch->window);
  batch->analyses = analyses;
  batch->pool = g_thread_pool_new (process_slot, batch, jobs, TRUE, NULL);
  batch->progress = isatty (STDERR_FILENO);
  batch->started = g_get_monotonic_time ();
}

static void
batch_clear (Batch *batch)
{
  g_thread_pool_free (batch->pool, FALSE, TRUE);
  g_free (batch->slots);
  g_mutex_clear (&batch->lock);
  g_cond_clear (&batch->done);
}

/* Finishes the temporary file and puts it in place in one rename. */
static gboolean
commit_output (FILE       *part,
               const char *part_path,
               const char *output)
{
  gboolean ok = fflush (part) == 0 && !ferror (part) && fsync (fileno (part)) == 0;

  ok = (fclose (part) == 0) && ok;
  if (!ok || g_rename (part_path, output) != 0)
    {
      redaksi_tool_fail ("%s: %s", output, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

static int
batch_files (const char           *input,
             const char           *output,
             guint                 jobs,
             RedaksiAnalysisFlags  analyses,
             gboolean              resume)
{
  g_autofree char *part_path = g_strconcat (output, ".part", NULL);
  g_autoptr(GError) error = NULL;
  Batch batch = { 0 };
  gboolean read_failed;
  FILE *in, *part;

  if ((in = open_input (input, &batch.bytes_total)) == NULL)
    return redaksi_tool_fail ("%s: %s", input, g_strerror (errno));
  if ((part = open_part (part_path, resume, &batch.n_resumed, &error)) == NULL)
    {
      if (in != stdin)
        fclose (in);
      return redaksi_tool_fail ("%s", error->message);
    }
  batch_init (&batch, jobs, analyses);
  batch.out = part;
  run_batch (&batch, in);
  batch_clear (&batch);
  read_failed = ferror (in);
  if (in != stdin)
    fclose (in);
  /* The lines written so far stay in OUTPUT.part for --resume. */
  if (read_failed)
    {
      fclose (part);
      return redaksi_tool_fail (_("%s: could not read to the end"), input);
    }
  if (!commit_output (part, part_path, output))
    return REDAKSI_EXIT_USAGE;
  print_summary (&batch);
  return batch.n_failed > 0 ? REDAKSI_EXIT_FINDINGS : REDAKSI_EXIT_OK;
}

int
redaksi_batch_command (int    argc,
                       char **argv)
{
  g_autofree char *output = NULL, *op_list = NULL;
  gboolean resume = FALSE;
  int jobs = 0;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the records to OUTPUT (required)"), N_("OUTPUT") },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, N_("Worker threads (default: the number of cores)"), N_("N") },
    { "ops", 0, 0, G_OPTION_ARG_STRING, &op_list, N_("Analyses to run: tag, quotes, clean, document or check (default: check, all)"), N_("LIST") },
    { "resume", 0, 0, G_OPTION_ARG_NONE, &resume, N_("Continue an interrupted run from OUTPUT.part"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("INPUT.jsonl|- -o OUTPUT.jsonl — analyse JSON Lines"));
  g_autoptr(GError) error = NULL;
  RedaksiAnalysisFlags analyses;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Reads one JSON object a line ({\"id\": …, \"text\": …} or {\"id\": …, \"html\": …})\n"
                                  "and writes one line per input line, in input order: the input's members\n"
                                  "and the analysis results, or {\"id\": …, \"error\": {\"code\", \"message\"}}.\n"
                                  "The output goes to OUTPUT.part and is renamed to OUTPUT at the end; a run\n"
                                  "that is stopped leaves OUTPUT.part, and --resume with the same INPUT and\n"
                                  "--ops continues it from its last complete line.\n"
                                  "Exit status: 0 done; 1 done, with error records; 2 the input or the\n"
                                  "command line could not be used."));
  if (!redaksi_tool_parse (context, &argc, &argv))
    return REDAKSI_EXIT_USAGE;
  if (argc != 2 || output == NULL)
    return redaksi_tool_fail (_("give one INPUT and -o OUTPUT (try --help)"));
  if (jobs < 0 || jobs > 1024)
    return redaksi_tool_fail (_("--jobs must be between 1 and 1024"));
  if (!redaksi_ops_parse (op_list != NULL ? op_list : "check", &analyses, &error))
    return redaksi_tool_fail ("--ops: %s", error->message);
  return batch_files (argv[1], output, jobs > 0 ? (guint) jobs : g_get_num_processors (),
                      analyses, resume);
}
