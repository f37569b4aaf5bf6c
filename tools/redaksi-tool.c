/* redaksi-tool.c: what the subcommands of `redaksi` share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gfiledescriptorbased.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#include <signal.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "redaksi-tool.h"

int
redaksi_tool_fail (const char *format,
                   ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("redaksi: %s\n", message);
  return REDAKSI_EXIT_USAGE;
}

gboolean
redaksi_tool_parse (GOptionContext   *context,
                    int              *argc,
                    char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      redaksi_tool_fail (_("%s (try --help)"), error->message);
      return FALSE;
    }
  return TRUE;
}

static guint64 max_input = REDAKSI_TOOL_DEFAULT_MAX_INPUT;

/* A byte count, with an optional binary suffix: 1048576, 512K, 64M, 1G,
 * 2GiB. */
gboolean
redaksi_tool_parse_size (const char *text,
                         guint64    *size)
{
  static const char units[] = "KMGT";
  const char *unit;
  guint64 value;
  char *end;
  guint shift = 0;

  if (!g_ascii_isdigit (*text))
    return FALSE;
  errno = 0;
  value = g_ascii_strtoull (text, &end, 10);
  if (errno != 0)
    return FALSE;
  if (*end != '\0')
    {
      if ((unit = strchr (units, g_ascii_toupper (*end))) == NULL)
        return FALSE;
      shift = 10 * (unit - units + 1);
      end++;
      if (*end != '\0' && g_ascii_strcasecmp (end, "iB") != 0 && g_ascii_strcasecmp (end, "B") != 0)
        return FALSE;
    }
  if (value > (G_MAXUINT64 >> shift))
    return FALSE;
  *size = value << shift;
  return TRUE;
}

static gboolean
parse_max_input (const char  *name,
                 const char  *value,
                 gpointer     data,
                 GError     **error)
{
  if (redaksi_tool_parse_size (value, &max_input))
    return TRUE;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s takes a size in bytes such as 1048576, 64M or 1G, not “%s”"), name, value);
  return FALSE;
}

void
redaksi_tool_add_input_options (GOptionContext *context)
{
  const GOptionEntry entries[] = {
    { "max-input", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) parse_max_input,
      N_("Refuse an input larger than BYTES (suffixes K, M, G; default 256M)"), N_("BYTES") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
}

guint64
redaksi_tool_get_max_input (void)
{
  return max_input;
}

/* The command runs once per process: the analyzer stays until exit. */
static char *gazetteer_path;
static RedaksiAnalyzer *tool_analyzer;

void
redaksi_tool_add_analyzer_options (GOptionContext *context)
{
  const GOptionEntry entries[] = {
    { "gazetteer", 0, 0, G_OPTION_ARG_FILENAME, &gazetteer_path,
      N_("Load a newsroom gazetteer (JSON) over the built-in one; its ids appear in the output"),
      N_("FILE") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
}

int
redaksi_tool_open_analyzer (void)
{
  g_autoptr(GError) error = NULL;

  g_assert (tool_analyzer == NULL);
  if (gazetteer_path == NULL)
    tool_analyzer = g_object_ref (redaksi_analyzer_get_default ());
  else if (!(tool_analyzer = redaksi_analyzer_new_with_gazetteer (gazetteer_path, &error)))
    return redaksi_tool_fail ("--gazetteer: %s", error->message);
  return REDAKSI_EXIT_OK;
}

RedaksiAnalyzer *
redaksi_tool_get_analyzer (void)
{
  return tool_analyzer != NULL ? tool_analyzer : redaksi_analyzer_get_default ();
}

static gboolean
is_stdin (const char *path)
{
  return path == NULL || g_str_equal (path, "-");
}

static gboolean
set_too_large (GError **error)
{
  g_autofree char *limit = g_strdup_printf ("%" G_GUINT64_FORMAT, max_input);

  g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_TOO_LARGE,
               _("the input is larger than --max-input (%s bytes)"), limit);
  return FALSE;
}

static gboolean
set_too_large_for_redaksi (GError **error)
{
  g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_TOO_LARGE,
               _("the input is 4 GiB or more; redaksi reads less than 4 GiB"));
  return FALSE;
}

/* An open input: its descriptor, and the GIO stream that owns it when
 * GIO opened the input (a URI); a stream without a descriptor is read
 * through GIO. */
typedef struct
{
  int           fd;
  gboolean      owns_fd;
  GInputStream *stream;
  guint64       size;
  gboolean      is_stdin;
} Source;

static void
source_clear (Source *source)
{
  if (source->owns_fd && source->fd >= 0)
    close (source->fd);
  source->fd = -1;
  g_clear_object (&source->stream);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Source, source_clear)

/* What g_file_new_for_commandline_arg() takes for a URI rather than a
 * path: a scheme and a colon at the start of a relative name. */
static gboolean
has_uri_scheme (const char *path)
{
  const char *p = path;

  if (g_path_is_absolute (path) || !g_ascii_isalpha (*p))
    return FALSE;
  while (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  return *p == ':';
}

/* A plain path is opened here, with open(2): GFile would first set up
 * GVfs, which scans the GIO modules' folder and costs more than reading
 * an article. The name is canonicalised as GFile does it, so that
 * "a/../b" names the same file either way. Anything else (a URI, a file
 * that cannot be opened, a folder) is left to GIO, whose messages the
 * command has always given. */
static gboolean
open_plain (const char *path,
            Source     *source)
{
  g_autofree char *name = NULL;
  struct stat info;
  int fd;

  if (has_uri_scheme (path))
    return FALSE;
  name = g_canonicalize_filename (path, NULL);
  if ((fd = open (name, O_RDONLY | O_CLOEXEC)) < 0)
    return FALSE;
  if (fstat (fd, &info) != 0 || S_ISDIR (info.st_mode))
    {
      close (fd);
      return FALSE;
    }
  source->fd = fd;
  source->owns_fd = TRUE;
  source->size = (guint64) info.st_size;
  return TRUE;
}

static gboolean
open_with_gio (const char  *path,
               Source      *source,
               GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  GFileInputStream *stream = g_file_read (file, NULL, error);
  g_autoptr(GFileInfo) info = NULL;

  if (stream == NULL)
    return FALSE;
  source->stream = G_INPUT_STREAM (stream);
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    source->size = (guint64) g_file_info_get_size (info);
  if (G_IS_FILE_DESCRIPTOR_BASED (stream))
    source->fd = g_file_descriptor_based_get_fd (G_FILE_DESCRIPTOR_BASED (stream));
  return TRUE;
}

/* A regular file's size is known before reading, so it is refused at once. */
static gboolean
open_source (const char  *path,
             Source      *source,
             GError     **error)
{
  *source = (Source) { .fd = -1 };
  if (is_stdin (path))
    {
      source->fd = STDIN_FILENO;
      source->is_stdin = TRUE;
      return TRUE;
    }
  if (!open_plain (path, source) && !open_with_gio (path, source, error))
    return FALSE;
  if (source->size > max_input)
    return set_too_large (error);
  return TRUE;
}

static gssize
source_read (Source   *source,
             guint8   *buffer,
             gsize     count,
             GError  **error)
{
  gssize n;

  if (source->fd < 0)
    return g_input_stream_read (source->stream, buffer, count, NULL, error);
  do
    n = read (source->fd, buffer, count);
  while (n < 0 && errno == EINTR);
  if (n < 0)
    {
      int saved = errno;

      /* GIO's own words, in its translation, as before. */
      if (source->is_stdin)
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                     g_dgettext ("glib20", "Error reading from file descriptor: %s"),
                     g_strerror (saved));
      else
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                     g_dgettext ("glib20", "Error reading from file: %s"), g_strerror (saved));
    }
  return n;
}

/* The limit holds while reading: an endless input is refused once it
 * passes --max-input, not after it has filled the memory. The bytes are
 * read straight into the buffer that is kept (for a regular file, of
 * its size from the start), which ends with a nul byte. */
static gboolean
read_limited (Source      *source,
              GByteArray  *data,
              GError     **error)
{
  guint64 expected = source->size;
  gssize n;

  do
    {
      guint len = data->len;
      /* What is left of a regular file, then small reads up to its end. */
      guint64 chunk = MIN (expected > len ? expected - len + 1 : 65536, 16 * 1024 * 1024);

      /* GByteArray counts in guint; the library refuses 4 GiB anyway. */
      if ((guint64) len + chunk + 1 >= G_MAXUINT32)
        chunk = G_MAXUINT32 - 2 - (guint64) len;
      if (chunk == 0)
        return set_too_large_for_redaksi (error);
      g_byte_array_set_size (data, len + chunk);
      n = source_read (source, data->data + len, chunk, error);
      g_byte_array_set_size (data, len + MAX (n, 0));
      if ((guint64) data->len > max_input)
        return set_too_large (error);
    }
  while (n > 0);
  if (n < 0)
    return FALSE;
  g_byte_array_append (data, (const guint8 *) "", 1);
  return TRUE;
}

/* The input, nul-terminated at *@length, to be freed with g_free(). */
static char *
read_owned (const char  *path,
            gsize       *length,
            GError     **error)
{
  g_auto(Source) source = { .fd = -1 };
  g_autoptr(GByteArray) data = NULL;

  if (!open_source (path, &source, error))
    return NULL;
  /* Refused before a buffer of its size is asked for. */
  if (source.size >= G_MAXUINT32 - 1)
    {
      set_too_large_for_redaksi (error);
      return NULL;
    }
  data = g_byte_array_sized_new ((guint) source.size + 1);
  if (!read_limited (&source, data, error))
    return NULL;
  *length = data->len - 1;
  return (char *) g_byte_array_steal (data, NULL);
}

gboolean
redaksi_tool_read_bytes (const char  *path,
                         GBytes     **bytes,
                         GError     **error)
{
  gsize length;
  char *data = read_owned (path, &length, error);

  if (data == NULL)
    return FALSE;
  *bytes = g_bytes_new_take (data, length);
  return TRUE;
}

typedef struct
{
  gpointer data;
  gsize    length;
} Mapping;

static void
unmap (gpointer data)
{
  Mapping *mapping = data;

  munmap (mapping->data, mapping->length);
  g_free (mapping);
}

/* What a mapped input's reader says when the file shrinks under it:
 * its pages past the new end raise SIGBUS. Made before the mapping, as
 * a signal handler may only write() it. */
static char *shrunk_message;
static gsize shrunk_length;

static void
on_input_shrunk (int signum)
{
  if (write (STDERR_FILENO, shrunk_message, shrunk_length) < 0)
    _exit (2);
  _exit (2);
}

static void
catch_input_shrinking (const char *path)
{
  struct sigaction action = { .sa_handler = on_input_shrunk };

  g_free (shrunk_message);
  shrunk_message = g_strdup_printf (_("redaksi: %s: the file shrank while it was read\n"),
                                    path);
  shrunk_length = strlen (shrunk_message);
  sigemptyset (&action.sa_mask);
  sigaction (SIGBUS, &action, NULL);
}

/* A regular file's pages, mapped where the page cache holds them: no
 * copy, no fresh pages to fault in and clear (a fifth of `clean`'s time
 * went to reading into a buffer). NULL when the file cannot be mapped. */
static GBytes *
map_file (int     fd,
          guint64 size)
{
  Mapping *mapping;
  struct stat info;

  if (fd < 0 || size == 0)
    return NULL;
  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode) || (guint64) info.st_size != size)
    return NULL;
  mapping = g_new (Mapping, 1);
  mapping->length = size;
  mapping->data = mmap (NULL, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  if (mapping->data == MAP_FAILED)
    {
      g_free (mapping);
      return NULL;
    }
  return g_bytes_new_with_free_func (mapping->data, size, unmap, mapping);
}

/* The input as redaksi_tool_read_bytes() gives it, a regular file
 * mapped rather than read; the bytes need not end with a nul byte. */
gboolean
redaksi_tool_map_input (const char  *path,
                        GBytes     **bytes,
                        GError     **error)
{
  g_auto(Source) source = { .fd = -1 };

  if (is_stdin (path))
    return redaksi_tool_read_bytes (path, bytes, error);
  if (!open_source (path, &source, error))
    return FALSE;
  if (source.size >= G_MAXUINT32 - 1)
    return set_too_large_for_redaksi (error);
  catch_input_shrinking (path);
  if ((*bytes = map_file (source.fd, source.size)) != NULL)
    return TRUE;
  return redaksi_tool_read_bytes (path, bytes, error);
}

static int stdout_errno;

/* At most this many pieces a writev() call (IOV_MAX is 1024 on Linux). */
#define PIECES_A_CALL 1024

/* Writes @pieces with a few writev() calls instead of one write() each:
 * a cleaned archive is a piece between every two inserts. Returns 0, or
 * the errno of the failed call. */
static int
write_pieces_fd (int                     fd,
                 const RedaksiToolPiece *pieces,
                 guint                   n_pieces)
{
  struct iovec iov[PIECES_A_CALL];
  guint next = 0, n = 0, done;

  while (next < n_pieces || n > 0)
    {
      gssize written;

      for (; n < PIECES_A_CALL && next < n_pieces; next++)
        if (pieces[next].length > 0)
          iov[n++] = (struct iovec) { (gpointer) pieces[next].data, pieces[next].length };
      if (n == 0)
        break;
      written = writev (fd, iov, (int) n);
      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        return errno;
      /* Drop what went out (all of it, but for a short write), keep
       * the rest in order. */
      done = 0;
      while (done < n && (gsize) written >= iov[done].iov_len)
        written -= iov[done++].iov_len;
      if (done < n)
        {
          iov[done].iov_base = (char *) iov[done].iov_base + written;
          iov[done].iov_len -= written;
        }
      n -= done;
      memmove (iov, iov + done, n * sizeof iov[0]);
    }
  return 0;
}

/* Standard output as pieces, after whatever stdio holds. */
gboolean
redaksi_tool_write_stdout_pieces (const RedaksiToolPiece *pieces,
                                  guint                   n_pieces)
{
  int saved;

  if (stdout_errno == 0 && fflush (stdout) != 0)
    stdout_errno = errno != 0 ? errno : EIO;
  if (stdout_errno == 0 && (saved = write_pieces_fd (fileno (stdout), pieces, n_pieces)) != 0)
    stdout_errno = saved;
  return stdout_errno == 0;
}

gboolean
redaksi_tool_write_stdout (const char *data,
                           gsize       length)
{
  if (length > 0 && fwrite (data, 1, length, stdout) != length && stdout_errno == 0)
    stdout_errno = errno != 0 ? errno : EIO;
  return stdout_errno == 0;
}

/* Called once, when the command is done: a full disk or a closed pipe
 * turns any status into 2, with the reason. A standard output that was
 * closed and never written to is no error. */
int
redaksi_tool_close_stdout (int status)
{
  int saved = stdout_errno;

  errno = 0;
  if (fflush (stdout) != 0 && saved == 0)
    saved = errno;
  if (ferror (stdout) && saved == 0)
    saved = errno != 0 ? errno : EIO;
  if (fclose (stdout) != 0 && saved == 0 && errno != EBADF)
    saved = errno;
  if (saved == 0)
    return status;
  return redaksi_tool_fail (_("could not write the output: %s"), g_strerror (saved));
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

/* Follows symbolic links by hand, so that a link to a file that does
 * not exist yet leads to where the file is to be created, as a shell
 * redirection does. */
static char *
follow_links (const char  *path,
              GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops < 40; hops++)
    {
      g_autofree char *target = NULL;
      g_autofree char *dir = NULL;
      GStatBuf info;

      if (g_lstat (current, &info) != 0 || !S_ISLNK (info.st_mode))
        return g_steal_pointer (&current);
      if ((target = g_file_read_link (current, error)) == NULL)
        return NULL;
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (target) ? g_steal_pointer (&target)
                                            : g_build_filename (dir, target, NULL);
    }
  set_errno_error (error, path, ELOOP);
  return NULL;
}

/**
 * redaksi_tool_resolve_output:
 * @info: (out): the file's status, all zero when it does not exist yet
 *
 * Where a file the command writes really is. An existing file that is
 * not regular (a device, a FIFO, /dev/stdout) is written to directly, at
 * the path given; a regular file behind symbolic links is replaced at
 * the links' target, which keeps the links. A regular file with more
 * than one hard link is refused: replacing it would break the links, and
 * rewriting it in place would give up the atomic replacement.
 *
 * Returns: the path to write to, or %NULL with @error set
 */
char *
redaksi_tool_resolve_output (const char  *path,
                             GStatBuf    *info,
                             GError     **error)
{
  g_autofree char *target = NULL;

  memset (info, 0, sizeof *info);
  /* stat() follows /proc's magic links (/dev/stdout) where readlink cannot. */
  if (g_stat (path, info) == 0 && !S_ISREG (info->st_mode) && !S_ISDIR (info->st_mode))
    return g_strdup (path);
  if ((target = follow_links (path, error)) == NULL)
    return NULL;
  if (g_stat (target, info) != 0)
    {
      memset (info, 0, sizeof *info);
      if (errno != ENOENT)
        {
          set_errno_error (error, path, errno);
          return NULL;
        }
    }
  else if (S_ISDIR (info->st_mode))
    {
      set_errno_error (error, path, EISDIR);
      return NULL;
    }
  else if (S_ISREG (info->st_mode) && info->st_nlink > 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s has %u hard links; replacing it would break them "
                     "(write to another file, then copy it over)"),
                   path, (guint) info->st_nlink);
      return NULL;
    }
  return g_steal_pointer (&target);
}

/* The replacement gets the replaced file's owner and permissions, so a
 * draft kept private stays private. */
gboolean
redaksi_tool_keep_metadata (int             fd,
                            const GStatBuf *info,
                            const char     *path,
                            GError        **error)
{
  if (info->st_mode == 0)
    return TRUE;
  if (fchown (fd, info->st_uid, info->st_gid) != 0 || fchmod (fd, info->st_mode & 07777) != 0)
    return set_errno_error (error, path, errno);
  return TRUE;
}

static gboolean
write_all (int                      fd,
           const RedaksiToolPiece  *pieces,
           guint                    n_pieces,
           const char              *path,
           GError                 **error)
{
  int saved = write_pieces_fd (fd, pieces, n_pieces);

  return saved == 0 || set_errno_error (error, path, saved);
}

static gboolean
close_checked (int          fd,
               const char  *path,
               gboolean     ok,
               GError     **error)
{
  if (close (fd) != 0 && ok)
    return set_errno_error (error, path, errno);
  return ok;
}

static gboolean
write_directly (const char              *path,
                const RedaksiToolPiece  *pieces,
                guint                    n_pieces,
                GError                 **error)
{
  int fd = g_open (path, O_WRONLY | O_CLOEXEC | O_NOCTTY, 0);

  if (fd < 0)
    return set_errno_error (error, path, errno);
  return close_checked (fd, path, write_all (fd, pieces, n_pieces, path, error), error);
}

/* A temporary file beside @path, renamed over it: a reader sees the old
 * file or the new one, never half of one. It is created with the old
 * file's permissions (or fewer), so the text is never more readable
 * than before, even while it is being written. */
static gboolean
replace_file (const char              *path,
              const GStatBuf          *info,
              const RedaksiToolPiece  *pieces,
              guint                    n_pieces,
              GError                 **error)
{
  g_autofree char *temp = g_strconcat (path, ".XXXXXX", NULL);
  int mode = info->st_mode != 0 ? (int) (info->st_mode & 0777) : 0666;
  int fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, mode);
  gboolean ok;

  if (fd < 0)
    return set_errno_error (error, path, errno);
  ok = write_all (fd, pieces, n_pieces, path, error) &&
       redaksi_tool_keep_metadata (fd, info, path, error);
  if (ok && fsync (fd) != 0)
    ok = set_errno_error (error, path, errno);
  ok = close_checked (fd, path, ok, error);
  if (ok && g_rename (temp, path) != 0)
    ok = set_errno_error (error, path, errno);
  if (!ok)
    g_unlink (temp);
  return ok;
}

/* The file is the pieces one after the other: a command that keeps most
 * of its input writes it from there, without a copy of the whole. */
gboolean
redaksi_tool_write_file_pieces (const char              *path,
                                const RedaksiToolPiece  *pieces,
                                guint                    n_pieces,
                                GError                 **error)
{
  GStatBuf info;
  g_autofree char *target = redaksi_tool_resolve_output (path, &info, error);

  if (target == NULL)
    return FALSE;
  if (info.st_mode != 0 && !S_ISREG (info.st_mode))
    return write_directly (target, pieces, n_pieces, error);
  return replace_file (target, &info, pieces, n_pieces, error);
}

gboolean
redaksi_tool_write_file (const char  *path,
                         GBytes      *bytes,
                         GError     **error)
{
  RedaksiToolPiece piece;

  piece.data = g_bytes_get_data (bytes, &piece.length);
  return redaksi_tool_write_file_pieces (path, &piece, 1, error);
}

/* glibc raises its mmap threshold each time a large block is freed, up
 * to 32 MiB, and serves the next ones from the heap, which keeps the
 * pages of freed blocks: on an archive, the per-token arrays of one
 * analysis would still count when the next one runs. A fixed threshold
 * gives them back to the system as soon as they are freed. */
static void
release_large_blocks (void)
{
#ifdef __GLIBC__
  mallopt (M_MMAP_THRESHOLD, 1024 * 1024);
#endif
}

int
redaksi_tool_open_input (int               argc,
                         char            **argv,
                         gboolean          is_html,
                         RedaksiToolInput *input)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  char *data;

  if (argc > 2)
    return redaksi_tool_fail (_("give one input file at most (try --help)"));
  release_large_blocks ();
  input->path = argc == 2 ? argv[1] : NULL;
  input->display_name = is_stdin (input->path) ? "<stdin>" : input->path;
  if ((data = read_owned (input->path, &length, &error)) == NULL)
    return redaksi_tool_fail ("%s: %s", input->display_name, error->message);
  input->document = redaksi_document_new_take (data, length, is_html, &error);
  if (input->document == NULL)
    return redaksi_tool_fail ("%s: %s", input->display_name, error->message);
  return REDAKSI_EXIT_OK;
}

void
redaksi_tool_input_clear (RedaksiToolInput *input)
{
  g_clear_object (&input->document);
}

RedaksiReport *
redaksi_tool_analyze (RedaksiToolInput     *input,
                      RedaksiAnalysisFlags  analyses,
                      RedaksiDocument      *source,
                      int                  *status)
{
  g_autoptr(GError) error = NULL;
  RedaksiReport *report;

  report = redaksi_analyzer_analyze (redaksi_tool_get_analyzer (), input->document,
                                     analyses, source, NULL, &error);
  if (report == NULL)
    *status = redaksi_tool_fail ("%s: %s", input->display_name, error->message);
  return report;
}

static const char *
severity_name (RedaksiSeverity severity)
{
  switch (severity)
    {
    case REDAKSI_SEVERITY_ERROR:
      return _("error");
    case REDAKSI_SEVERITY_WARNING:
      return _("warning");
    case REDAKSI_SEVERITY_INFO:
    default:
      return _("info");
    }
}

static void
print_issue (RedaksiToolInput *input,
             RedaksiIssue     *issue,
             GString          *out)
{
  const RedaksiRange *range = redaksi_issue_get_range (issue);
  guint line, column;

  redaksi_document_get_line_column (input->document, range->start, &line, &column);
  g_string_append_printf (out, "%s:%u:%u: %s: %s [%s]\n", input->display_name, line, column,
                          severity_name (redaksi_issue_get_severity (issue)),
                          redaksi_issue_get_message (issue), redaksi_issue_get_code (issue));
}

static void
print_summary (RedaksiToolInput *input,
               RedaksiReport    *report)
{
  RedaksiDocument *document = input->document;
  guint n_issues = redaksi_report_get_issues (report)->len;

  g_printerr (_("%s: %u paragraphs, %u sentences, %u tokens; %u findings\n"),
              input->display_name, redaksi_document_get_n_paragraphs (document),
              redaksi_document_get_n_sentences (document),
              redaksi_document_get_n_tokens (document), n_issues);
}

/* The JSON of an archive is several times its size: it goes to the
 * standard output a chunk at a time as it is made, never whole. */
static int
print_json (RedaksiReport *report)
{
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;

  /* Whatever stdio holds goes first, and the stream then writes to the
   * same descriptor. */
  if (fflush (stdout) != 0 && stdout_errno == 0)
    stdout_errno = errno != 0 ? errno : EIO;
  if (stdout_errno != 0)
    return REDAKSI_EXIT_USAGE;
  out = g_unix_output_stream_new (fileno (stdout), FALSE);
  if (!redaksi_report_write_json (report, out, TRUE, NULL, &error) ||
      !g_output_stream_write_all (out, "\n", 1, NULL, NULL, &error))
    return redaksi_tool_fail (_("could not write the output: %s"), error->message);
  return redaksi_report_has_errors (report) ? REDAKSI_EXIT_FINDINGS : REDAKSI_EXIT_OK;
}

/* The report printed stays until exit, as the analyzer does: the
 * process ends right after printing it, and freeing it object by object
 * took 0.45 M of the 17.8 M instructions of `check --json` on a
 * 1,000-word article, for pages the system takes back at once. */
static RedaksiReport *printed_report;

int
redaksi_tool_print_report (RedaksiToolInput *input,
                           RedaksiReport    *report,
                           gboolean          json)
{
  g_autoptr(GString) out = NULL;
  GPtrArray *issues = redaksi_report_get_issues (report);

  g_set_object (&printed_report, report);
  if (json)
    return print_json (report);
  out = g_string_new (NULL);
  for (guint i = 0; i < issues->len; i++)
    print_issue (input, g_ptr_array_index (issues, i), out);
  redaksi_tool_write_stdout (out->str, out->len);
  print_summary (input, report);
  return redaksi_report_has_errors (report) ? REDAKSI_EXIT_FINDINGS : REDAKSI_EXIT_OK;
}
