/* bench-document.c: how fast a document is built, against baselines
 * measured in the same run (UTF-8 validation, a whitespace split)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-test-util.h"

#define REPEATS 3000

static GString *
corpus (void)
{
  g_autofree char *path = redaksi_test_example_path ("banjir-bekasi.txt");
  g_autofree char *article = NULL;
  GString *text = g_string_new (NULL);

  g_file_get_contents (path, &article, NULL, NULL);
  g_assert_nonnull (article);
  for (guint i = 0; i < REPEATS; i++)
    g_string_append_printf (text, "%s\n", article);
  return text;
}

static double
best_of_three (void (*run) (const GString *, guint *), const GString *text, guint *units)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < 3; i++)
    {
      gint64 start = g_get_monotonic_time ();

      run (text, units);
      best = MIN (best, (g_get_monotonic_time () - start) / 1e6);
    }
  return best;
}

static void
run_validate (const GString *text, guint *units)
{
  *units = g_utf8_validate_len (text->str, text->len, NULL);
}

static void
run_split (const GString *text, guint *units)
{
  g_auto(GStrv) words = g_strsplit_set (text->str, " \n", -1);

  *units = g_strv_length (words);
}

static void
run_document (const GString *text, guint *units)
{
  g_autoptr(RedaksiDocument) document =
    redaksi_document_new_from_text (text->str, (gssize) text->len, NULL);

  *units = redaksi_document_get_n_tokens (document);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GString) text = NULL;
  guint units;
  double validate, split, document;

  g_test_init (&argc, &argv, NULL);
  text = corpus ();
  validate = best_of_three (run_validate, text, &units);
  split = best_of_three (run_split, text, &units);
  document = best_of_three (run_document, text, &units);

  g_print ("corpus: %.1f MB, %u tokens\n", text->len / 1e6, units);
  g_print ("utf8-validate  %8.1f MB/s\n", text->len / validate / 1e6);
  g_print ("split-on-space %8.1f MB/s\n", text->len / split / 1e6);
  g_print ("document       %8.1f MB/s  %.2f M tokens/s  (speed %.2fx split, %.3fx validate)\n",
           text->len / document / 1e6, units / document / 1e6, split / document, validate / document);
  return 0;
}
