/* test-startup.c: what a process loads to start, and what it costs
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The built-in resources are used where they lie (the gazetteer's table,
 * the entity model's rows) or indexed without copying (the word list):
 * each test loads one of them in a fresh subprocess and bounds the heap
 * it adds, far below what a parsed copy takes.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <malloc.h>
#include <unistd.h>

#include "ner/redaksi-ner-private.h"
#include "redaksi-gazetteer-private.h"
#include "redaksi-quote-lexicon-private.h"
#include "redaksi-tagger-private.h"

static gsize
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

/* Under a sanitizer's allocator mallinfo2() sees nothing. */
static gboolean
heap_is_measurable (void)
{
  gsize before = heap_in_use ();
  g_autofree char *probe = g_malloc (1 << 20);
  gboolean seen;

  probe[0] = 1;
  seen = heap_in_use () >= before + (1 << 20);
  if (!seen)
    g_test_skip ("mallinfo2() does not see this allocator");
  return seen;
}

/* A child that skips would fail the trap: the parent skips instead. */
static void
run_in_subprocess (const char *why,
                   gboolean    measures_heap)
{
  if (measures_heap && !heap_is_measurable ())
    return;
  g_test_message ("%s", why);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_word_list_in_place (void)
{
  gsize before;

  if (!g_file_test ("/usr/share/hunspell/id_ID.dic", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("hunspell-id is not installed");
      return;
    }
  if (!g_test_subprocess ())
    {
      run_in_subprocess ("the word list, read on first use", TRUE);
      return;
    }
  g_unsetenv ("REDAKSI_WORD_LIST");
  /* Cues come from their own table: the word list stays unread. */
  before = heap_in_use ();
  g_assert_cmpint (_redaksi_quote_cue_kind ("ujar"), ==, REDAKSI_CUE_POST);
  g_assert_cmpuint (heap_in_use () - before, <, 64 * 1024);

  before = heap_in_use ();
  g_assert_true (_redaksi_quote_is_ordinary_word ("rumah"));
  g_assert_true (_redaksi_quote_is_ordinary_word ("memukul"));
  g_assert_false (_redaksi_quote_is_ordinary_word ("ujat"));
  /* 31,000 words: a copy of each took 1.8 MB; offsets take 512 KB. */
  g_test_message ("word list: %" G_GSIZE_FORMAT " bytes of heap", heap_in_use () - before);
  g_assert_cmpuint (heap_in_use () - before, <=, 600 * 1024);
}

/* A word list of one's own, with what hunspell files hold: flags, CRLF,
 * repeats, blank lines and an entry count that is too small. */
static void
test_word_list_file (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GString) list = g_string_new ("3\r\n");
  int fd;

  if (!g_test_subprocess ())
    {
      run_in_subprocess ("a word list given by REDAKSI_WORD_LIST", FALSE);
      return;
    }
  for (guint i = 0; i < 500; i++)
    g_string_append_printf (list, "kata%u/DkMk\r\n", i);
  g_string_append (list, "rumah\n\nrumah/Ab\nJerman\nmakan/xy");
  fd = g_file_open_tmp ("redaksi-words-XXXXXX", &path, NULL);
  g_assert_cmpint (fd, >=, 0);
  g_assert_true (g_file_set_contents (path, list->str, (gssize) list->len, NULL));
  close (fd);
  g_setenv ("REDAKSI_WORD_LIST", path, TRUE);

  g_assert_true (_redaksi_quote_have_word_list ());
  g_assert_true (_redaksi_quote_is_ordinary_word ("kata0"));
  g_assert_true (_redaksi_quote_is_ordinary_word ("kata499"));
  g_assert_true (_redaksi_quote_is_ordinary_word ("rumahnya"));
  g_assert_true (_redaksi_quote_is_ordinary_word ("dimakan"));
  g_assert_true (_redaksi_quote_is_proper_word ("Jerman"));
  g_assert_false (_redaksi_quote_is_proper_word ("3"));
  g_assert_false (_redaksi_quote_is_ordinary_word ("kata500"));
  g_assert_false (_redaksi_quote_is_ordinary_word ("kata0/DkMk"));
  g_assert_false (_redaksi_quote_is_ordinary_word (""));
  g_unlink (path);
}

/* The first line is a count that cannot be trusted: more entries than
 * the file could hold. */
static void
test_word_list_count_line (void)
{
  g_autofree char *huge = NULL;
  g_autofree char *huge_list = NULL;
  gsize before;
  int fd;

  if (!g_test_subprocess ())
    {
      run_in_subprocess ("a word list whose count line is wrong", TRUE);
      return;
    }
  huge = g_strdup ("99999999999999999999\nrumah\n");
  fd = g_file_open_tmp ("redaksi-words-XXXXXX", &huge_list, NULL);
  close (fd);
  g_assert_true (g_file_set_contents (huge_list, huge, -1, NULL));

  g_setenv ("REDAKSI_WORD_LIST", huge_list, TRUE);
  before = heap_in_use ();
  g_assert_true (_redaksi_quote_is_ordinary_word ("rumah"));
  g_assert_false (_redaksi_quote_is_ordinary_word ("7"));
  /* A table for what 27 bytes can hold, not for 10^20 entries. */
  g_assert_cmpuint (heap_in_use () - before, <, 64 * 1024);
  g_unlink (huge_list);
}

/* Only the count line, filling the mapping to its last byte. */
static void
test_word_list_only_count (void)
{
  g_autofree char *path = NULL;
  g_autofree char *digits = g_strnfill (4096, '7');
  int fd;

  if (!g_test_subprocess ())
    {
      run_in_subprocess ("a word list that is one page of digits", FALSE);
      return;
    }
  fd = g_file_open_tmp ("redaksi-words-XXXXXX", &path, NULL);
  close (fd);
  g_assert_true (g_file_set_contents (path, digits, 4096, NULL));
  g_setenv ("REDAKSI_WORD_LIST", path, TRUE);
  g_assert_false (_redaksi_quote_have_word_list ());
  g_assert_false (_redaksi_quote_is_ordinary_word ("rumah"));
  g_unlink (path);
}

static void
test_default_gazetteer_in_place (void)
{
  RedaksiGazetteer *gazetteer;
  RedaksiEntityType type;
  const char *name;
  gsize before;

  if (!g_test_subprocess ())
    {
      run_in_subprocess ("the default gazetteer, from its blob", TRUE);
      return;
    }
  before = heap_in_use ();
  gazetteer = redaksi_gazetteer_get_default ();
  g_assert_cmpuint (redaksi_gazetteer_get_n_entries (gazetteer), >, 1000);
  g_assert_true (redaksi_gazetteer_lookup (gazetteer, "Jawa Barat", &type, &name, NULL));
  g_assert_cmpint (type, ==, REDAKSI_ENTITY_LOCATION);
  /* Parsed from JSON it took 270 KB; its hash table is now the blob's,
   * and only the entries and names (140 KB) are copied. */
  g_test_message ("default gazetteer: %" G_GSIZE_FORMAT " bytes of heap", heap_in_use () - before);
  g_assert_cmpuint (heap_in_use () - before, <=, 192 * 1024);
}

/* The blob compiled in is what data/gazetteer's JSON gives now. */
static void
test_default_gazetteer_matches_sources (void)
{
  static const char *const files[] = { "bodies", "countries", "events", "indonesia", "people" };
  g_autoptr(RedaksiGazetteer) loaded = g_object_new (REDAKSI_TYPE_GAZETTEER, NULL);
  g_autoptr(GBytes) from_sources = NULL;
  g_autoptr(GBytes) built_in = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *name = g_strconcat (files[i], ".json", NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "gazetteer", name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (_redaksi_gazetteer_load_json (loaded, contents, length, name, &error));
      g_assert_no_error (error);
    }
  from_sources = _redaksi_gazetteer_to_blob (loaded);
  built_in = _redaksi_gazetteer_to_blob (redaksi_gazetteer_get_default ());
  g_assert_true (g_bytes_equal (from_sources, built_in));
}

static void
test_model_in_place (void)
{
  g_autoptr(GError) error = NULL;
  NerModel *model;
  gsize before;

  if (!g_test_subprocess ())
    {
      run_in_subprocess ("the entity model, from the resource", TRUE);
      return;
    }
  before = heap_in_use ();
  model = _redaksi_ner_model_load_default (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (ner_model_get_n_rows (model), ==, 1 << 17);
  /* Its table of 2^17 rows is 4 MB when filled in on the heap. */
  g_test_message ("entity model: %" G_GSIZE_FORMAT " bytes of heap", heap_in_use () - before);
  g_assert_cmpuint (heap_in_use () - before, <=, 64 * 1024);
  ner_model_free (model);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/redaksi/startup/word-list-in-place", test_word_list_in_place);
  g_test_add_func ("/redaksi/startup/word-list-file", test_word_list_file);
  g_test_add_func ("/redaksi/startup/word-list-count-line", test_word_list_count_line);
  g_test_add_func ("/redaksi/startup/word-list-only-count", test_word_list_only_count);
  g_test_add_func ("/redaksi/startup/default-gazetteer-in-place", test_default_gazetteer_in_place);
  g_test_add_func ("/redaksi/startup/default-gazetteer-matches-sources", test_default_gazetteer_matches_sources);
  g_test_add_func ("/redaksi/startup/model-in-place", test_model_in_place);
  return g_test_run ();
}
