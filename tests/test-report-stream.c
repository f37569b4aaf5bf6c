/* test-report-stream.c: the report's JSON written to a stream in chunks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-test-util.h"

/* An output stream that keeps what it is given, counts the writes and,
 * past @limit bytes, fails as a full disk does. */
#define TEST_TYPE_SINK (test_sink_get_type ())
G_DECLARE_FINAL_TYPE (TestSink, test_sink, TEST, SINK, GOutputStream)

struct _TestSink
{
  GOutputStream  parent_instance;
  GString       *text;
  gsize          limit;
  guint          n_writes;
  gsize          largest_write;
};

G_DEFINE_FINAL_TYPE (TestSink, test_sink, G_TYPE_OUTPUT_STREAM)

static gssize
test_sink_write (GOutputStream  *stream,
                 const void     *buffer,
                 gsize           count,
                 GCancellable   *cancellable,
                 GError        **error)
{
  TestSink *self = TEST_SINK (stream);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;
  if (self->text->len + count > self->limit)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "no space left");
      return -1;
    }
  g_string_append_len (self->text, buffer, (gssize) count);
  self->n_writes++;
  self->largest_write = MAX (self->largest_write, count);
  return (gssize) count;
}

static void
test_sink_finalize (GObject *object)
{
  g_string_free (TEST_SINK (object)->text, TRUE);
  G_OBJECT_CLASS (test_sink_parent_class)->finalize (object);
}

static void
test_sink_class_init (TestSinkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_sink_finalize;
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = test_sink_write;
}

static void
test_sink_init (TestSink *self)
{
  self->text = g_string_new (NULL);
  self->limit = G_MAXSIZE;
}

/* The example article, many times over: a report whose JSON is some
 * megabytes, with every kind of result in it. */
static RedaksiReport *
large_report (guint copies)
{
  g_autofree char *path = redaksi_test_example_path ("banjir-bekasi.txt");
  g_autofree char *article = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  RedaksiReport *report;

  g_assert_true (g_file_get_contents (path, &article, NULL, &error));
  for (guint i = 0; i < copies; i++)
    {
      g_string_append (text, article);
      g_string_append (text, "\n\n");
    }
  document = redaksi_document_new_from_text (text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
  report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                     REDAKSI_ANALYSIS_ALL, NULL, NULL, &error);
  g_assert_no_error (error);
  return report;
}

/* The text is the same as redaksi_report_to_json_string()'s, byte for
 * byte, and it arrives in chunks, never as one write of the whole. */
static void
test_same_text_in_chunks (void)
{
  g_autoptr(RedaksiReport) report = large_report (400);

  for (int pretty = 0; pretty <= 1; pretty++)
    {
      g_autofree char *expected = redaksi_report_to_json_string (report, pretty);
      g_autoptr(TestSink) sink = g_object_new (TEST_TYPE_SINK, NULL);
      g_autoptr(GError) error = NULL;
      gsize length = strlen (expected);

      g_assert_true (redaksi_report_write_json (report, G_OUTPUT_STREAM (sink), pretty, NULL,
                                                &error));
      g_assert_no_error (error);
      g_assert_cmpuint (sink->text->len, ==, length);
      g_assert_cmpstr (sink->text->str, ==, expected);
      g_test_message ("%s: %zu bytes in %u writes, the largest %zu bytes",
                      pretty ? "pretty" : "compact", length, sink->n_writes, sink->largest_write);
      g_assert_cmpuint (length, >, 2 * 1024 * 1024);
      g_assert_cmpuint (sink->n_writes, >=, length / (256 * 1024));
      g_assert_cmpuint (sink->largest_write, <=, 256 * 1024);
    }
}

/* A small report is one write, and an empty analysis writes its empty
 * sections. */
static void
test_small_report (void)
{
  g_autoptr(RedaksiReport) report = large_report (1);
  g_autofree char *expected = redaksi_report_to_json_string (report, FALSE);
  g_autoptr(TestSink) sink = g_object_new (TEST_TYPE_SINK, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (redaksi_report_write_json (report, G_OUTPUT_STREAM (sink), FALSE, NULL, &error));
  g_assert_cmpstr (sink->text->str, ==, expected);
  g_assert_cmpuint (sink->n_writes, ==, 1);
}

/* A stream that fails half-way stops the writing with its error. */
static void
test_stream_error (void)
{
  g_autoptr(RedaksiReport) report = large_report (400);
  g_autoptr(TestSink) sink = g_object_new (TEST_TYPE_SINK, NULL);
  g_autoptr(GError) error = NULL;

  sink->limit = 300 * 1024;
  g_assert_false (redaksi_report_write_json (report, G_OUTPUT_STREAM (sink), TRUE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpuint (sink->text->len, <=, sink->limit);
  g_assert_cmpuint (sink->n_writes, >, 0);
}

static void
test_cancelled (void)
{
  g_autoptr(RedaksiReport) report = large_report (2);
  g_autoptr(TestSink) sink = g_object_new (TEST_TYPE_SINK, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (redaksi_report_write_json (report, G_OUTPUT_STREAM (sink), FALSE, cancellable,
                                             &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (sink->text->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-stream/same-text-in-chunks", test_same_text_in_chunks);
  g_test_add_func ("/report-stream/small-report", test_small_report);
  g_test_add_func ("/report-stream/stream-error", test_stream_error);
  g_test_add_func ("/report-stream/cancelled", test_cancelled);

  return g_test_run ();
}
