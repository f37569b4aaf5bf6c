/* redaksi-batch-command.c: `redaksi batch`, JSON Lines in, JSON Lines out
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "redaksi-record.h"
#include "redaksi-tool.h"

/* Records in flight per worker thread, and their input bytes: enough
 * that a worker goes on while the record at the head of the window takes
 * long (a long article, or its worker kept off its core on a busy
 * machine), few enough that memory is bounded by the window and not by
 * the file. Small records fill the window by count, large ones by bytes;
 * every worker always gets one record. */
#define RECORDS_PER_JOB 64
#define WINDOW_BYTES_PER_JOB (4 * 1024 * 1024)
/* The output's stdio buffer: a record is a few kilobytes, and stdio's
 * own buffer of a block would write the output 4 KB a system call. */
#define OUTPUT_BUFFER_SIZE (256 * 1024)
#define PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 4)
/* Written output after which the kernel is asked to start writing it
 * back: the fsync before the rename then waits for the last few
 * megabytes, not for the whole output (hundreds of MB for an archive)
 * while every core sits idle. */
#define WRITE_BACK_BYTES (8 * 1024 * 1024)

typedef struct
{
  char     *line;
  gsize     length;
  char     *output;
  guint     maker;      /* the worker that took and analysed the record */
  gboolean  too_large;  /* the line passed --max-input and was not kept */
  gboolean  failed;
  gboolean  done;
} Slot;

/* Lines read in blocks, each kept only up to --max-input bytes, so one
 * endless line cannot take the memory that getline() would give it. */
typedef struct
{
  FILE    *in;
  char     buffer[65536];
  gsize    start;
  gsize    end;
  guint64  max;
} LineReader;

typedef struct
{
  GMutex                lock;
  GCond                 done;
  Slot                 *slots;
  guint                 window;
  guint64               window_bytes;    /* of the records in flight */
  guint64               window_bytes_max;
  guint64               next_read;
  guint64               next_write;
  LineReader           *reader;
  GString              *line;
  gboolean              ended;     /* the input is read to its end */
  RedaksiAnalysisFlags  analyses;
  /* Per worker: the strings it made that another worker wrote, for it
   * to free. malloc gives each thread its own arena, and a free into
   * another thread's arena waits for that thread's malloc calls. */
  GPtrArray           **made_and_written;

  FILE                 *out;
  gboolean              write_back;   /* out is a regular file, synced at the end */
  guint64               unsynced;     /* bytes written since write-back was last started */
  int                   write_errno;  /* the first failed write */
  gboolean              writing;      /* a worker is writing the head of the window */
  guint                 waiting;      /* workers waiting for a free slot */
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

static char *
too_large_record (void)
{
  g_autofree char *limit = g_strdup_printf ("%" G_GUINT64_FORMAT, redaksi_tool_get_max_input ());
  g_autofree char *message = g_strdup_printf (_("the record is larger than --max-input (%s bytes)"), limit);
  g_autoptr(JsonNode) node = redaksi_record_error_to_json (NULL, REDAKSI_RECORD_TOO_LARGE, message);

  return redaksi_json_to_string (node);
}

/* The record of @slot, made without the lock: the analysis. */
static void
analyse_slot (Batch *batch,
              Slot  *slot)
{
  gboolean failed = TRUE;

  slot->output = slot->too_large ? too_large_record () :
                 redaksi_record_process_line (redaksi_tool_get_analyzer (), slot->line, slot->length,
                                              batch->analyses, &failed);
  slot->failed = failed;
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

/* Writes one finished record; the lock is not held, and nobody else
 * touches the slot until next_write passes it. Returns the errno of a
 * failed write, or 0. */
static int
write_slot (Batch *batch,
            Slot  *slot,
            guint  worker)
{
  gsize length = strlen (slot->output);
  int saved_errno = 0;

  if (fwrite (slot->output, 1, length, batch->out) != length || fputc ('\n', batch->out) == EOF)
    saved_errno = errno != 0 ? errno : EIO;
  batch->unsynced += length + 1;
  if (slot->maker == worker)
    {
      g_clear_pointer (&slot->output, g_free);
      g_clear_pointer (&slot->line, g_free);
    }
  return saved_errno;
}

/* Starts the write-back of what is written so far, without waiting for
 * it; by the writing worker, with the lock let go. A failure here is
 * left to the fsync at the end, which reports it. */
static void
start_write_back (Batch *batch)
{
#ifdef HAVE_SYNC_FILE_RANGE
  if (!batch->write_back || batch->unsynced < WRITE_BACK_BYTES)
    return;
  batch->unsynced = 0;
  if (fflush (batch->out) == 0)
    sync_file_range (fileno (batch->out), 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
}

/* The finished records at the head of the window, in input order. */
static guint
count_ready (Batch *batch)
{
  guint n = 0;

  while (batch->next_write + n < batch->next_read
         && batch->slots[(batch->next_write + n) % batch->window].done)
    n++;
  return n;
}

/* What is left of a written @slot, another worker's strings, handed
 * to that worker to free; with the lock held. */
static void
release_slot (Batch *batch,
              Slot  *slot)
{
  if (slot->output != NULL)
    g_ptr_array_add (batch->made_and_written[slot->maker], g_steal_pointer (&slot->output));
  if (slot->line != NULL)
    g_ptr_array_add (batch->made_and_written[slot->maker], g_steal_pointer (&slot->line));
}

/* Writes @n records from the head of the window with the lock let go,
 * so that the other workers go on reading and analysing while a write
 * waits for the disk or for a slow reader of the output. */
static void
write_head (Batch *batch,
            guint  n,
            guint  worker)
{
  guint64 first = batch->next_write;
  guint64 failed = 0;
  int saved_errno = 0;

  g_mutex_unlock (&batch->lock);
  for (guint i = 0; i < n; i++)
    {
      Slot *slot = &batch->slots[(first + i) % batch->window];
      int write_errno = write_slot (batch, slot, worker);

      failed += slot->failed;
      if (saved_errno == 0)
        saved_errno = write_errno;
    }
  start_write_back (batch);
  g_mutex_lock (&batch->lock);
  for (guint i = 0; i < n; i++)
    {
      Slot *slot = &batch->slots[(first + i) % batch->window];

      release_slot (batch, slot);
      slot->done = FALSE;
      batch->window_bytes -= slot->length;
    }
  batch->n_failed += failed;
  batch->next_write += n;
  if (batch->write_errno == 0)
    batch->write_errno = saved_errno;
}

/* Writes the finished records at the head of the window, in input
 * order, until none is left; called with the lock held, by one worker
 * at a time. Records finished meanwhile by the others are written in
 * the same turn. */
static void
write_ready (Batch *batch,
             guint  worker)
{
  guint n;

  g_assert (!batch->writing);
  batch->writing = TRUE;
  while ((n = count_ready (batch)) > 0)
    {
      write_head (batch, n, worker);
      show_progress (batch, FALSE);
      /* GCond wakes with a system call even when nobody waits. */
      if (batch->waiting > 0)
        g_cond_broadcast (&batch->done);
    }
  batch->writing = FALSE;
}

static gboolean
fill_buffer (LineReader *reader)
{
  reader->start = 0;
  reader->end = fread (reader->buffer, 1, sizeof reader->buffer, reader->in);
  return reader->end > 0;
}

/* The next line with its newline into @line, or as much of it as
 * --max-input allows (then @too_large). @length counts every byte read.
 * Returns FALSE at the end of the input. */
static gboolean
read_line (LineReader *reader,
           GString    *line,
           guint64    *length,
           gboolean   *too_large)
{
  g_string_truncate (line, 0);
  *length = 0;
  *too_large = FALSE;
  while (reader->start < reader->end || fill_buffer (reader))
    {
      const char *start = reader->buffer + reader->start;
      gsize available = reader->end - reader->start;
      const char *newline = memchr (start, '\n', available);
      gsize n = newline != NULL ? (gsize) (newline - start) + 1 : available;

      *length += n;
      reader->start += n;
      if (*length - (newline != NULL) > reader->max)
        *too_large = TRUE;
      if (!*too_large)
        g_string_append_len (line, start, n);
      if (newline != NULL)
        return TRUE;
    }
  return *length > 0;
}

static gboolean
window_full (Batch *batch)
{
  guint64 in_flight = batch->next_read - batch->next_write;

  return in_flight >= batch->window
         || (in_flight >= batch->jobs && batch->window_bytes >= batch->window_bytes_max);
}

/* Takes the next record into a free slot, with the lock held: NULL at
 * the end of the input, after a failed write, or when the window holds
 * no free slot (then *@wait). Lines already in a resumed output are
 * read past. */
static Slot *
take_record (Batch    *batch,
             gboolean *wait)
{
  gboolean too_large;
  guint64 length;
  Slot *slot;

  *wait = FALSE;
  for (;;)
    {
      if (batch->ended || batch->write_errno != 0)
        return NULL;
      if (window_full (batch))
        {
          *wait = TRUE;
          return NULL;
        }
      if (!read_line (batch->reader, batch->line, &length, &too_large))
        {
          batch->ended = TRUE;
          return NULL;
        }
      batch->bytes_read += length;
      if (batch->next_read >= batch->n_resumed)
        break;
      batch->next_read = ++batch->next_write;
      batch->bytes_resumed += length;
    }
  length = batch->line->len;
  while (length > 0 && (batch->line->str[length - 1] == '\n' || batch->line->str[length - 1] == '\r'))
    length--;
  slot = &batch->slots[batch->next_read++ % batch->window];
  slot->line = too_large ? NULL : g_strndup (batch->line->str, length);
  slot->length = length;
  slot->too_large = too_large;
  batch->window_bytes += length;
  return slot;
}

typedef struct
{
  Batch     *batch;
  guint      id;
  GPtrArray *to_free;  /* taken from made_and_written[id], freed without the lock */
} Worker;

/* Takes what the others wrote of this worker's records; with the lock
 * held. */
static void
take_written (Worker *worker)
{
  GPtrArray **made = &worker->batch->made_and_written[worker->id];
  GPtrArray *taken = *made;

  if (taken->len == 0)
    return;
  *made = worker->to_free;
  worker->to_free = taken;
}

static void
free_written (Worker *worker)
{
  g_ptr_array_set_size (worker->to_free, 0);
}

/* Every worker reads the next line, analyses it and, when the record at
 * the head of the window is finished and nobody is writing, writes the
 * finished ones there. No thread hands records to another: a thread
 * that waits for a core (a loaded machine) holds up its own record
 * only, and one that waits for its write holds up nobody. */
static gpointer
run_worker (gpointer data)
{
  Worker *worker = data;
  Batch *batch = worker->batch;
  gboolean wait;
  Slot *slot;

  g_mutex_lock (&batch->lock);
  for (;;)
    {
      if ((slot = take_record (batch, &wait)) == NULL)
        {
          if (!wait)
            break;
          /* The window is full: its first record is still being made,
           * or written. */
          batch->waiting++;
          g_cond_wait (&batch->done, &batch->lock);
          batch->waiting--;
          continue;
        }
      slot->maker = worker->id;
      take_written (worker);
      g_mutex_unlock (&batch->lock);
      free_written (worker);
      analyse_slot (batch, slot);
      g_mutex_lock (&batch->lock);
      slot->done = TRUE;
      if (!batch->writing)
        write_ready (batch, worker->id);
    }
  g_mutex_unlock (&batch->lock);
  return NULL;
}

/* @jobs workers, this thread one of them. */
static void
run_batch (Batch *batch,
           FILE  *in)
{
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  g_autofree LineReader *reader = g_new0 (LineReader, 1);
  g_autofree Worker *workers = g_new0 (Worker, batch->jobs);

  reader->in = in;
  reader->max = redaksi_tool_get_max_input ();
  batch->reader = reader;
  batch->line = g_string_new (NULL);
  batch->made_and_written = g_new0 (GPtrArray *, batch->jobs);
  for (guint i = 0; i < batch->jobs; i++)
    {
      workers[i] = (Worker) { batch, i, g_ptr_array_new_with_free_func (g_free) };
      batch->made_and_written[i] = g_ptr_array_new_with_free_func (g_free);
    }
  for (guint i = 1; i < batch->jobs; i++)
    g_ptr_array_add (threads, g_thread_new ("redaksi-batch", run_worker, &workers[i]));
  run_worker (&workers[0]);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));
  /* What a worker that finished first made and the others wrote. */
  for (guint i = 0; i < batch->jobs; i++)
    {
      g_ptr_array_unref (workers[i].to_free);
      g_ptr_array_unref (batch->made_and_written[i]);
    }
  g_clear_pointer (&batch->made_and_written, g_free);
  g_string_free (batch->line, TRUE);
  batch->reader = NULL;
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

static gboolean
set_errno_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", path,
               g_strerror (saved_errno));
  return FALSE;
}

/* Created with the replaced output's permissions (or fewer), so that
 * records of a private output are never readable by more people while
 * the batch runs. */
static FILE *
open_part (const char      *part_path,
           const GStatBuf  *target,
           gboolean         resume,
           char            *buffer,
           guint64         *n_resumed,
           GError         **error)
{
  int mode = target->st_mode != 0 ? (int) (target->st_mode & 0777) : 0666;
  int fd = g_open (part_path, O_RDWR | O_CREAT | O_CLOEXEC | (resume ? 0 : O_TRUNC), mode);
  FILE *part = fd >= 0 ? fdopen (fd, "r+") : NULL;

  *n_resumed = 0;
  if (part == NULL)
    {
      set_errno_error (error, part_path, errno);
      if (fd >= 0)
        close (fd);
      return NULL;
    }
  /* Before the first read: setvbuf comes before any other use. */
  setvbuf (part, buffer, _IOFBF, OUTPUT_BUFFER_SIZE);
  if (resume && !truncate_to_last_line (part, n_resumed, error))
    {
      fclose (part);
      return NULL;
    }
  return part;
}

/* The input must be readable and no directory (which fopen() opens),
 * before the first record is read. */
static FILE *
open_input (const char  *path,
            guint64     *size,
            GError     **error)
{
  struct stat info;
  FILE *in = g_str_equal (path, "-") ? stdin : fopen (path, "r");
  int saved_errno = errno;

  *size = 0;
  if (in != NULL && fstat (fileno (in), &info) == 0)
    {
      if (S_ISREG (info.st_mode))
        *size = info.st_size;
      if (!S_ISDIR (info.st_mode))
        return in;
      fclose (in);
      in = NULL;
      saved_errno = EISDIR;
    }
  if (in == NULL)
    set_errno_error (error, path, saved_errno);
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
  batch->window_bytes_max = (guint64) jobs * WINDOW_BYTES_PER_JOB;
  batch->slots = g_new0 (Slot, batch->window);
  batch->analyses = analyses;
  batch->progress = isatty (STDERR_FILENO);
  batch->started = g_get_monotonic_time ();
}

static void
batch_clear (Batch *batch)
{
  g_free (batch->slots);
  g_mutex_clear (&batch->lock);
  g_cond_clear (&batch->done);
}

/* Where the records go: OUTPUT.part beside the real output (symbolic
 * links followed), renamed over it at the end; or, for an output that
 * is not a regular file (a FIFO, a device), that file itself. */
typedef struct
{
  char     *target;
  GStatBuf  info;
  char     *part_path;   /* NULL when writing to target directly */
  FILE     *file;
  char     *buffer;      /* file's, until it is closed */
} BatchOutput;

static void
batch_output_clear (BatchOutput *output)
{
  g_clear_pointer (&output->target, g_free);
  g_clear_pointer (&output->part_path, g_free);
  g_clear_pointer (&output->buffer, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BatchOutput, batch_output_clear)

static gboolean
batch_output_open (BatchOutput  *output,
                   const char   *path,
                   gboolean      resume,
                   guint64      *n_resumed,
                   GError      **error)
{
  if ((output->target = redaksi_tool_resolve_output (path, &output->info, error)) == NULL)
    return FALSE;
  *n_resumed = 0;
  if (output->info.st_mode != 0 && !S_ISREG (output->info.st_mode))
    {
      if (resume)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                       _("%s is not a regular file; --resume needs one"), path);
          return FALSE;
        }
      /* stdio's own buffering: a reader of a pipe gets records as they come. */
      if ((output->file = fopen (output->target, "w")) == NULL)
        return set_errno_error (error, path, errno);
      return TRUE;
    }
  output->part_path = g_strconcat (output->target, ".part", NULL);
  output->buffer = g_malloc (OUTPUT_BUFFER_SIZE);
  output->file = open_part (output->part_path, &output->info, resume, output->buffer, n_resumed, error);
  return output->file != NULL;
}

/* The first error of the writes and the flush, 0 when there was none. */
static int
flush_errno (FILE     *file,
             gboolean  sync,
             int       write_errno)
{
  if (write_errno != 0)
    return write_errno;
  if (fflush (file) != 0)
    return errno;
  if (ferror (file))
    return EIO;
  if (sync && fsync (fileno (file)) != 0)
    return errno;
  return 0;
}

/* Finishes the output and, for a regular file, puts it in place in one
 * rename with the replaced file's owner and permissions. On failure no
 * OUTPUT.part is left behind. */
static gboolean
batch_output_commit (BatchOutput  *output,
                     int           write_errno,
                     GError      **error)
{
  FILE *file = g_steal_pointer (&output->file);
  gboolean is_part = output->part_path != NULL;
  int saved_errno = flush_errno (file, is_part, write_errno);
  gboolean ok = saved_errno == 0 || set_errno_error (error, output->target, saved_errno);

  if (ok && is_part)
    ok = redaksi_tool_keep_metadata (fileno (file), &output->info, output->target, error);
  if (fclose (file) != 0 && ok)
    ok = set_errno_error (error, output->target, errno);
  if (ok && is_part && g_rename (output->part_path, output->target) != 0)
    ok = set_errno_error (error, output->target, errno);
  if (!ok && is_part)
    g_unlink (output->part_path);
  return ok;
}

static int
batch_files (const char           *input,
             const char           *output_path,
             guint                 jobs,
             RedaksiAnalysisFlags  analyses,
             gboolean              resume)
{
  g_auto(BatchOutput) output = { 0 };
  g_autoptr(GError) error = NULL;
  Batch batch = { 0 };
  gboolean read_failed;
  FILE *in;

  if ((in = open_input (input, &batch.bytes_total, &error)) == NULL)
    return redaksi_tool_fail ("%s", error->message);
  if (!batch_output_open (&output, output_path, resume, &batch.n_resumed, &error))
    {
      if (in != stdin)
        fclose (in);
      return redaksi_tool_fail ("%s", error->message);
    }
  batch_init (&batch, jobs, analyses);
  batch.out = output.file;
  batch.write_back = output.part_path != NULL;
  run_batch (&batch, in);
  batch_clear (&batch);
  read_failed = ferror (in);
  if (in != stdin)
    fclose (in);
  /* The lines written so far stay in OUTPUT.part for --resume. */
  if (read_failed && batch.write_errno == 0)
    {
      fclose (output.file);
      return redaksi_tool_fail (_("%s: could not read to the end"), input);
    }
  if (!batch_output_commit (&output, batch.write_errno, &error))
    return redaksi_tool_fail (_("could not write the output: %s"), error->message);
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
  redaksi_tool_add_input_options (context);
  redaksi_tool_add_analyzer_options (context);
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
  /* One analyzer for every record, made before the first is read. */
  if (redaksi_tool_open_analyzer () != REDAKSI_EXIT_OK)
    return REDAKSI_EXIT_USAGE;
  return batch_files (argv[1], output, jobs > 0 ? (guint) jobs : g_get_num_processors (),
                      analyses, resume);
}
