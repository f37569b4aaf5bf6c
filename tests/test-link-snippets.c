/* test-link-snippets.c: the cleaner on real snippets of Indonesian news
 *
 * tests/links/snippets/corpus.txt holds short excerpts of real articles
 * (sources in SOURCES.md), each with the cleaned text written by hand and
 * the number of inserts whose end cannot be told (kept and reported).
 * The cleaner is scored on them through the library and through
 * `redaksi clean`, as a user would run it; every miss is printed.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "redaksi-test-util.h"

/* At most one snippet in fifty may be wrong. */
#define PASS_PERCENT 98.0

/* A score says little on a small corpus, and the cleaner's hardest test is
 * prose that merely says "baca juga", "lihat juga" or "simak juga". */
#define MIN_SNIPPETS   100
#define MIN_PROSE_JUGA 20

typedef struct
{
  char     *name;
  char     *source;
  guint     ambiguous;
  gboolean  html;
  GString  *input;
  GString  *expected;
} Snippet;

static void
snippet_free (gpointer data)
{
  Snippet *snippet = data;

  g_free (snippet->name);
  g_free (snippet->source);
  g_string_free (snippet->input, TRUE);
  g_string_free (snippet->expected, TRUE);
  g_free (snippet);
}

static Snippet *
snippet_new (const char *name)
{
  Snippet *snippet = g_new0 (Snippet, 1);

  snippet->name = g_strdup (name);
  snippet->input = g_string_new (NULL);
  snippet->expected = g_string_new (NULL);
  return snippet;
}

/* A header line (`source:`, `ambiguous:`, `format:`) of @snippet. */
static void
parse_header (Snippet    *snippet,
              const char *line)
{
  if (g_str_has_prefix (line, "source: "))
    snippet->source = g_strdup (line + strlen ("source: "));
  else if (g_str_has_prefix (line, "ambiguous: "))
    snippet->ambiguous = (guint) g_ascii_strtoull (line + strlen ("ambiguous: "), NULL, 10);
  else if (g_str_equal (line, "format: html"))
    snippet->html = TRUE;
  else if (*line != '\0')
    g_error ("%s: unexpected line \"%s\"", snippet->name, line);
}

/* The empty line before the next snippet, or the end of the file. */
static gboolean
is_separator (const char *line,
              const char *next)
{
  return *line == '\0' && (next == NULL || g_str_has_prefix (next, "=== "));
}

static GPtrArray *
load_snippets (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "links", "snippets", "corpus.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *snippets = g_ptr_array_new_with_free_func (snippet_free);
  Snippet *snippet = NULL;
  GString *body = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "=== "))
        {
          snippet = snippet_new (line + 4);
          g_ptr_array_add (snippets, snippet);
          body = NULL;
        }
      else if (snippet == NULL)
        continue;
      else if (g_str_equal (line, "--- input"))
        body = snippet->input;
      else if (g_str_equal (line, "--- expected"))
        body = snippet->expected;
      else if (body == NULL)
        parse_header (snippet, line);
      else if (!is_separator (line, lines[i + 1]))
        g_string_append_printf (body, "%s\n", line);
    }
  return snippets;
}

static guint
count_ambiguous (RedaksiReport *report)
{
  GPtrArray *issues = redaksi_report_get_issues (report);
  guint n = 0;

  for (guint i = 0; i < issues->len; i++)
    n += g_str_equal (redaksi_issue_get_code (g_ptr_array_index (issues, i)),
                      "related-link-ambiguous");
  return n;
}

/* Cleaning the expected text again changes nothing. */
static gboolean
cleans_to_itself (const Snippet *snippet)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = snippet->html
    ? redaksi_document_new_from_html (snippet->expected->str, (gssize) snippet->expected->len, &error)
    : redaksi_document_new_from_text (snippet->expected->str, (gssize) snippet->expected->len, &error);
  g_autoptr(GBytes) cleaned = NULL;

  g_assert_no_error (error);
  cleaned = redaksi_link_cleaner_clean (redaksi_link_cleaner_get_default (), document,
                                        REDAKSI_CLEAN_FLAGS_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
  return g_bytes_get_size (cleaned) == snippet->expected->len &&
         memcmp (g_bytes_get_data (cleaned, NULL), snippet->expected->str, snippet->expected->len) == 0;
}

/* The library's answer for @snippet: the document path and, for plain
 * text, the fast path must both give the expected text. */
static gboolean
library_cleans (const Snippet  *snippet,
                char          **why)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = snippet->html
    ? redaksi_document_new_from_html (snippet->input->str, (gssize) snippet->input->len, &error)
    : redaksi_document_new_from_text (snippet->input->str, (gssize) snippet->input->len, &error);
  g_autoptr(GBytes) cleaned = NULL;
  g_autoptr(RedaksiReport) report = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fast = NULL;
  const char *data;
  gsize length;
  guint ambiguous;

  g_assert_no_error (error);
  cleaned = redaksi_link_cleaner_clean (redaksi_link_cleaner_get_default (), document,
                                        REDAKSI_CLEAN_FLAGS_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (cleaned, &length);
  text = g_strndup (data, length);
  report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                     REDAKSI_ANALYSIS_RELATED_LINKS, NULL, NULL, &error);
  g_assert_no_error (error);
  ambiguous = count_ambiguous (report);
  if (!snippet->html)
    fast = redaksi_link_cleaner_clean_text (redaksi_link_cleaner_get_default (),
                                            snippet->input->str, (gssize) snippet->input->len, NULL);
  if (!g_str_equal (text, snippet->expected->str))
    *why = g_strdup_printf ("cleaned to:\n%s", text);
  else if (!cleans_to_itself (snippet))
    *why = g_strdup ("cleaning the cleaned text changed it again");
  else if (fast != NULL && !g_str_equal (fast, snippet->expected->str))
    *why = g_strdup_printf ("the text fast path cleaned to:\n%s", fast);
  else if (ambiguous != snippet->ambiguous)
    *why = g_strdup_printf ("%u ambiguous inserts reported, %u expected", ambiguous, snippet->ambiguous);
  return *why == NULL;
}

static guint
count_substrings (const char *haystack,
                  const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* `redaksi clean [--html] FILE`: the article on stdout, the findings on
 * stderr. */
static gboolean
command_cleans (const Snippet  *snippet,
                const char     *dir,
                char          **why)
{
  g_autofree char *path = g_build_filename (dir, snippet->html ? "snippet.html" : "snippet.txt", NULL);
  const char *tool = g_getenv ("REDAKSI_TOOL");
  const char *argv[] = { tool, "clean", path, NULL, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  guint ambiguous;

  if (snippet->html)
    {
      argv[2] = "--html";
      argv[3] = path;
    }
  g_file_set_contents (path, snippet->input->str, (gssize) snippet->input->len, &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  ambiguous = count_substrings (err, "[related-link-ambiguous]");
  /* Exit status 1 means findings of severity error; the text is out. */
  if (!g_spawn_check_wait_status (status, &error) && !g_error_matches (error, G_SPAWN_EXIT_ERROR, 1))
    *why = g_strdup_printf ("redaksi clean failed: %s", err);
  else if (!g_str_equal (out, snippet->expected->str))
    *why = g_strdup_printf ("redaksi clean printed:\n%s", out);
  else if (ambiguous != snippet->ambiguous)
    *why = g_strdup_printf ("redaksi clean reported %u ambiguous inserts, %u expected", ambiguous,
                            snippet->ambiguous);
  return *why == NULL;
}

/* What a newsroom script often does instead: drop every line that starts
 * with "baca juga". It reports nothing, so a snippet with an insert to
 * report is a miss for it. */
static gboolean
naive_filter_cleans (const Snippet *snippet)
{
  g_auto(GStrv) lines = g_strsplit (snippet->input->str, "\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *content = lines[i] + strspn (lines[i], " \t");

      if (g_ascii_strncasecmp (content, "baca juga", 9) == 0)
        continue;
      g_string_append (out, lines[i]);
      if (lines[i + 1] != NULL)
        g_string_append_c (out, '\n');
    }
  return snippet->ambiguous == 0 && g_str_equal (out->str, snippet->expected->str);
}

/* @text uses "baca juga", "lihat juga" or "simak juga" (any case), the
 * first word standing on its own: "kita lihat juga", not "melihat juga". */
static gboolean
says_juga (const char *text)
{
  static const char *const verbs[] = { "baca ", "lihat ", "simak " };

  for (const char *p = text; *p != '\0'; p++)
    {
      if (p > text && g_ascii_isalpha (p[-1]))
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
        {
          gsize n = strlen (verbs[i]);

          if (g_ascii_strncasecmp (p, verbs[i], n) == 0 && g_ascii_strncasecmp (p + n, "juga", 4) == 0 &&
              !g_ascii_isalpha (p[n + 4]))
            return TRUE;
        }
    }
  return FALSE;
}

/* One TAP comment a miss: the text's line breaks are shown as "\n". */
static void
note_miss (const Snippet *snippet,
           const char    *who,
           const char    *why)
{
  g_auto(GStrv) lines = g_strsplit (why, "\n", -1);
  g_autofree char *flat = g_strjoinv ("\\n", lines);

  g_test_message ("miss (%s) %s [%s]: %s", who, snippet->name, snippet->source, flat);
}

static void
remove_dir (const char *dir)
{
  g_autofree char *text = g_build_filename (dir, "snippet.txt", NULL);
  g_autofree char *html = g_build_filename (dir, "snippet.html", NULL);

  g_remove (text);
  g_remove (html);
  g_rmdir (dir);
}

static void
test_snippets (void)
{
  g_autoptr(GPtrArray) snippets = load_snippets ();
  g_autofree char *dir = g_dir_make_tmp ("redaksi-snippets-XXXXXX", NULL);
  guint library = 0, command = 0, naive = 0, prose = 0, prose_juga = 0;
  double n;

  g_assert_nonnull (dir);
  g_assert_nonnull (g_getenv ("REDAKSI_TOOL"));
  for (guint i = 0; i < snippets->len; i++)
    {
      const Snippet *snippet = g_ptr_array_index (snippets, i);
      g_autofree char *library_why = NULL;
      g_autofree char *command_why = NULL;
      gboolean kept;

      g_assert_nonnull (snippet->source);
      kept = snippet->ambiguous == 0 && g_str_equal (snippet->input->str, snippet->expected->str);
      prose += kept;
      prose_juga += kept && says_juga (snippet->input->str);
      if (library_cleans (snippet, &library_why))
        library++;
      else
        note_miss (snippet, "library", library_why);
      if (command_cleans (snippet, dir, &command_why))
        command++;
      else
        note_miss (snippet, "redaksi clean", command_why);
      naive += naive_filter_cleans (snippet);
    }
  n = snippets->len;
  g_test_message ("%u snippets (%u of them prose to keep as it is, %u of those saying "
                  "baca/lihat/simak juga): library %u (%.1f %%), redaksi clean %u (%.1f %%), "
                  "a naive ^baca juga line filter %u (%.1f %%)",
                  snippets->len, prose, prose_juga, library, 100 * library / n, command,
                  100 * command / n, naive, 100 * naive / n);
  remove_dir (dir);
  g_assert_cmpuint (snippets->len, >=, MIN_SNIPPETS);
  g_assert_cmpuint (prose_juga, >=, MIN_PROSE_JUGA);
  g_assert_cmpfloat (100 * library / n, >=, PASS_PERCENT);
  g_assert_cmpfloat (100 * command / n, >=, PASS_PERCENT);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/related-links/snippets", test_snippets);
  return g_test_run ();
}
