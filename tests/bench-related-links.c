/* bench-related-links.c: how fast plain text is cleaned, on a corpus of
 * real articles repeated (the seed and the fixture pages' body text from
 * ../shared), against a memchr line split measured in the same run
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-test-util.h"

#define CORPUS_BYTES (128 * 1024 * 1024)

static void
append_fixture_texts (GString    *articles,
                      const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (*lines[i] == '\0' || !json_parser_load_from_data (parser, lines[i], -1, NULL))
        continue;
      g_string_append (articles, json_object_get_string_member (
                                   json_node_get_object (json_parser_get_root (parser)), "text"));
      g_string_append_c (articles, '\n');
    }
}

static GString *
corpus (void)
{
  const char *shared = g_getenv ("REDAKSI_SHARED_DIR");
  g_autofree char *seed = g_build_filename (shared, "seed", "bisnis-g20-2023.txt", NULL);
  g_autofree char *fixtures = g_build_filename (shared, "data", "related-links",
                                                "anpandu-indonesian-news-scraper-fixtures",
                                                "articles.jsonl", NULL);
  g_autoptr(GString) articles = g_string_new (NULL);
  g_autofree char *text = NULL;
  GString *out;

  if (g_file_get_contents (seed, &text, NULL, NULL))
    g_string_append_printf (articles, "%s\n", text);
  append_fixture_texts (articles, fixtures);
  if (articles->len == 0)
    return NULL;
  out = g_string_sized_new (CORPUS_BYTES + articles->len);
  while (out->len < CORPUS_BYTES)
    g_string_append_len (out, articles->str, articles->len);
  return out;
}

static double
best_of_three (void (*run) (const GString *, gsize *), const GString *text, gsize *units)
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
run_lines (const GString *text, gsize *units)
{
  const char *p = text->str, *end = text->str + text->len;

  for (*units = 0; (p = memchr (p, '\n', end - p)) != NULL; p++)
    (*units)++;
}

static void
run_clean (const GString *text, gsize *units)
{
  g_autofree char *out = redaksi_link_cleaner_clean_text (redaksi_link_cleaner_get_default (),
                                                          text->str, (gssize) text->len, units);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GString) text = corpus ();
  gsize lines, cleaned;
  double t_lines, t_clean, mb;

  if (text == NULL)
    {
      g_print ("1..0 # SKIP shared articles not present (REDAKSI_SHARED_DIR)\n");
      return 0;
    }
  mb = text->len / 1e6;
  t_lines = best_of_three (run_lines, text, &lines);
  t_clean = best_of_three (run_clean, text, &cleaned);
  g_print ("corpus: %.1f MB, %" G_GSIZE_FORMAT " lines; cleaned to %.1f MB\n", mb, lines, cleaned / 1e6);
  g_print ("memchr line split: %8.1f MB/s\n", mb / t_lines);
  g_print ("clean_text:        %8.1f MB/s (%.3f s)\n", mb / t_clean, t_clean);
  return mb / t_clean >= 200 ? 0 : 1;
}
