/* bench-startup.c: one article in process, as a server or host sees it
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * bench-startup FILE [RUNS]
 *
 * Builds the document from FILE, runs every analysis and writes the
 * report's JSON, RUNS times (default 2,000) after a warm-up, and prints
 * one line:
 *
 *   ready-ms R analyze-p50-ms A json-p50-ms J p50-ms P p99-ms Q bytes B
 *
 * R is the first analyzer and report (resources loaded), P and Q the
 * whole per-article time (document, analyses, JSON). It links the shared
 * library through its public API only, so tests/bench_startup.py can run
 * it against another build's library with LD_LIBRARY_PATH and print
 * both in one run.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "redaksi.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The @q quantile of @values (sorted here), in milliseconds. */
static double
quantile_ms (GArray *values,
             double  q)
{
  guint at;

  g_array_sort (values, compare_doubles);
  at = (guint) (q * (values->len - 1) + 0.5);
  return g_array_index (values, double, at) * 1e3;
}

static double
seconds (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* One article: returns the JSON's length, adds the stage times. */
static gsize
run_once (RedaksiAnalyzer *analyzer,
          const char      *text,
          gsize            length,
          double          *analyze_s,
          double          *json_s)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(RedaksiReport) report = NULL;
  g_autofree char *json = NULL;
  double start = seconds (), analyzed;

  document = redaksi_document_new_from_text (text, (gssize) length, &error);
  if (document != NULL)
    report = redaksi_analyzer_analyze (analyzer, document, REDAKSI_ANALYSIS_ALL, NULL, NULL, &error);
  if (report == NULL)
    {
      fprintf (stderr, "bench-startup: %s\n", error->message);
      exit (1);
    }
  analyzed = seconds ();
  json = redaksi_report_to_json_string (report, FALSE);
  *analyze_s = analyzed - start;
  *json_s = seconds () - analyzed;
  return strlen (json);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) analyses = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) jsons = g_array_new (FALSE, FALSE, sizeof (double));
  guint runs = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 2000;
  double ready, a, j;
  gsize length, bytes = 0;
  RedaksiAnalyzer *analyzer;

  if (argc < 2 || !g_file_get_contents (argv[1], &text, &length, &error))
    {
      fprintf (stderr, "usage: bench-startup FILE [RUNS]%s%s\n",
               error ? ": " : "", error ? error->message : "");
      return 2;
    }
  runs = CLAMP (runs, 10, 100000);

  ready = seconds ();
  analyzer = redaksi_analyzer_get_default ();
  run_once (analyzer, text, length, &a, &j);
  ready = seconds () - ready;
  for (guint i = 0; i < runs / 10; i++)
    run_once (analyzer, text, length, &a, &j);

  for (guint i = 0; i < runs; i++)
    {
      double total;

      bytes = run_once (analyzer, text, length, &a, &j);
      total = a + j;
      g_array_append_val (analyses, a);
      g_array_append_val (jsons, j);
      g_array_append_val (totals, total);
    }
  printf ("ready-ms %.3f analyze-p50-ms %.3f json-p50-ms %.3f p50-ms %.3f p99-ms %.3f bytes %"
          G_GSIZE_FORMAT "\n", ready * 1e3, quantile_ms (analyses, 0.5), quantile_ms (jsons, 0.5),
          quantile_ms (totals, 0.5), quantile_ms (totals, 0.99), bytes);
  return 0;
}
