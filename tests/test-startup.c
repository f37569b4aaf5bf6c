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
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ner/redaksi-ner-private.h"
#include "redaksi-gazetteer-private.h"
#include "redaksi-quote-lexicon-private.h"
#include "redaksi-quote-words-private.h"
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

/* The word list's index goes to a cache folder of the test's own, never
 * the user's; returns it, to be removed by the caller. */
static char *
private_cache_home (void)
{
  char *home = g_dir_make_tmp ("redaksi-cache-XXXXXX", NULL);

  g_assert_nonnull (home);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  return home;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* A child that skips would fail the trap: the parent skips instead. The
 * child inherits a cache folder of its own. */
static void
run_in_subprocess (const char *why,
                   gboolean    measures_heap)
{
  g_autofree char *home = NULL;

  if (measures_heap && !heap_is_measurable ())
    return;
  g_test_message ("%s", why);
  home = private_cache_home ();
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("XDG_CACHE_HOME");
  remove_tree (home);
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
  /* 31,000 words: a copy of each took 1.8 MB, a table of offsets 512 KB;
   * the index is now a file, mapped, made by this first use. */
  g_test_message ("word list: %" G_GSIZE_FORMAT " bytes of heap", heap_in_use () - before);
  g_assert_cmpuint (heap_in_use () - before, <=, 64 * 1024);
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

/* The word list's index in a cache folder (issue #11): made once, mapped
 * after, rebuilt when stale or not sound, done without when it cannot be
 * written. These call the word list directly, with a folder of their own. */

typedef struct
{
  char *folder;   /* removed at the end */
  char *list;     /* the word list */
  char *cache;    /* the folder for its index */
} CacheFixture;

/* What the word list below holds, and words it does not. */
static const char *const present[] = { "rumah", "makan", "Jerman", "kata0", "kata299", NULL };
static const char *const absent[] = { "rumahnya", "kata300", "Jer", "", "kata0/DkMk", NULL };

static void
write_list (const char *path,
            const char *extra)
{
  g_autoptr(GString) list = g_string_new ("4\n");

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (list, "kata%u/DkMk\n", i);
  g_string_append_printf (list, "rumah/Ab\nmakan\r\nJerman\n%s", extra);
  g_assert_true (g_file_set_contents (path, list->str, (gssize) list->len, NULL));
}

static void
cache_fixture_set_up (CacheFixture  *fixture,
                      gconstpointer  data)
{
  fixture->folder = g_dir_make_tmp ("redaksi-words-XXXXXX", NULL);
  g_assert_nonnull (fixture->folder);
  fixture->list = g_build_filename (fixture->folder, "id_ID.dic", NULL);
  fixture->cache = g_build_filename (fixture->folder, "cache", NULL);
  write_list (fixture->list, "");
}

static void
cache_fixture_tear_down (CacheFixture  *fixture,
                         gconstpointer  data)
{
  remove_tree (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->list);
  g_free (fixture->cache);
}

static void
assert_words (const RedaksiWordList *words)
{
  /* Every stem the list holds, so that each slot in use is reached: a
   * damaged slot is found by the lookup that reaches it, not at open. */
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *word = g_strdup_printf ("kata%u", i);

      g_assert_true (_redaksi_word_list_contains (words, word, strlen (word)));
    }
  for (guint i = 0; present[i] != NULL; i++)
    g_assert_true (_redaksi_word_list_contains (words, present[i], strlen (present[i])));
  for (guint i = 0; absent[i] != NULL; i++)
    g_assert_false (_redaksi_word_list_contains (words, absent[i], strlen (absent[i])));
  g_assert_cmpuint (_redaksi_word_list_get_n_words (words), ==, 303);
}

static ino_t
inode_of (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  return info.st_ino;
}

/* Opens the list, which must give its words from a mapped index; returns
 * the index file's path. */
static char *
open_mapped (CacheFixture *fixture)
{
  g_autoptr(RedaksiWordList) words = _redaksi_word_list_open (fixture->list, fixture->cache);

  assert_words (words);
  g_assert_nonnull (_redaksi_word_list_get_cache (words));
  return g_strdup (_redaksi_word_list_get_cache (words));
}

static void
test_word_list_cache_made_once (CacheFixture  *fixture,
                                gconstpointer  data)
{
  g_autofree char *cache = open_mapped (fixture);
  g_autofree char *again = NULL;
  ino_t inode = inode_of (cache);

  g_assert_true (g_str_has_prefix (cache, fixture->cache));
  /* The second process maps the same file: not written again. */
  again = open_mapped (fixture);
  g_assert_cmpstr (again, ==, cache);
  g_assert_cmpuint (inode_of (cache), ==, inode);
}

static void
test_word_list_cache_stale (CacheFixture  *fixture,
                            gconstpointer  data)
{
  g_autofree char *cache = open_mapped (fixture);
  g_autoptr(RedaksiWordList) words = NULL;

  /* The list changes: the index follows it. */
  write_list (fixture->list, "banjir\n");
  words = _redaksi_word_list_open (fixture->list, fixture->cache);
  g_assert_true (_redaksi_word_list_contains (words, "banjir", 6));
  g_assert_cmpuint (_redaksi_word_list_get_n_words (words), ==, 304);
  g_assert_cmpstr (_redaksi_word_list_get_cache (words), ==, cache);
}

/* Offsets into the index file, as redaksi-quote-words.c writes it: a
 * header of 88 bytes whose fields n_slots, n_words and strings_size are
 * at 12, 16 and 20, then the slots. */
#define HEADER_SIZE      88
#define N_SLOTS_AT       12
#define STRINGS_SIZE_AT  20

typedef void (*Damage) (GByteArray *index);

static void
damage_truncate (GByteArray *index)
{
  g_byte_array_set_size (index, index->len / 2);
}

static void
damage_slot_far (GByteArray *index)
{
  guint32 far = G_MAXUINT32 - 16;

  /* A slot that points past the end of the file. */
  for (guint i = HEADER_SIZE; i < index->len; i += 4)
    if (memcmp (index->data + i, "\0\0\0\0", 4) != 0)
      {
        memcpy (index->data + i, &far, 4);
        return;
      }
}

static void
damage_table_full (GByteArray *index)
{
  guint32 n_slots, one = 1;

  /* No empty slot left: a probe for an absent word would never end. */
  memcpy (&n_slots, index->data + N_SLOTS_AT, 4);
  for (guint32 i = 0; i < n_slots; i++)
    memcpy (index->data + HEADER_SIZE + i * 4, &one, 4);
}

static void
damage_unterminated (GByteArray *index)
{
  index->data[index->len - 1] = 'x';
}

static void
damage_huge_table (GByteArray *index)
{
  guint32 huge = 1u << 31;

  memcpy (index->data + N_SLOTS_AT, &huge, 4);
}

static void
damage_huge_strings (GByteArray *index)
{
  guint32 huge = G_MAXUINT32;

  memcpy (index->data + STRINGS_SIZE_AT, &huge, 4);
}

static void
damage_noise (GByteArray *index)
{
  GRand *rand = g_rand_new_with_seed (11);

  for (guint i = HEADER_SIZE; i < index->len; i++)
    index->data[i] = (guint8) g_rand_int (rand);
  g_rand_free (rand);
}

static void
test_word_list_cache_damaged (CacheFixture  *fixture,
                              gconstpointer  data)
{
  static const Damage damages[] = { damage_truncate, damage_slot_far, damage_table_full,
                                    damage_unterminated, damage_huge_table, damage_huge_strings,
                                    damage_noise };

  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      g_autofree char *cache = open_mapped (fixture);
      g_autofree char *sound = NULL;
      g_autofree char *repaired = NULL;
      g_autofree char *contents = NULL;
      g_autoptr(GByteArray) index = g_byte_array_new ();
      gsize sound_length, length;

      g_assert_true (g_file_get_contents (cache, &sound, &sound_length, NULL));
      g_byte_array_append (index, (const guint8 *) sound, (guint) sound_length);
      damages[i] (index);
      g_assert_true (g_file_set_contents (cache, (const char *) index->data, index->len, NULL));
      /* Seen (at open, or by the first lookup to reach a damaged slot),
       * rebuilt as it was, with the right words. */
      repaired = open_mapped (fixture);
      g_assert_cmpstr (repaired, ==, cache);
      g_assert_true (g_file_get_contents (cache, &contents, &length, NULL));
      g_assert_cmpmem (contents, length, sound, sound_length);
    }
}

static void
test_word_list_cache_unwritable (CacheFixture  *fixture,
                                 gconstpointer  data)
{
  g_autoptr(RedaksiWordList) words = NULL;

  /* A file where the folder should be: the index stays in memory. */
  g_assert_true (g_file_set_contents (fixture->cache, "", 0, NULL));
  words = _redaksi_word_list_open (fixture->list, fixture->cache);
  assert_words (words);
  g_assert_null (_redaksi_word_list_get_cache (words));
}

static void
test_word_list_not_a_file (CacheFixture  *fixture,
                           gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (fixture->folder, "fifo.dic", NULL);
  g_autoptr(RedaksiWordList) from_fifo = NULL;
  g_autoptr(RedaksiWordList) from_folder = NULL;

  /* Neither blocks on a FIFO nor reads a folder. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  from_fifo = _redaksi_word_list_open (fifo, fixture->cache);
  g_assert_cmpuint (_redaksi_word_list_get_n_words (from_fifo), ==, 0);
  from_folder = _redaksi_word_list_open (fixture->folder, fixture->cache);
  g_assert_cmpuint (_redaksi_word_list_get_n_words (from_folder), ==, 0);
  g_assert_false (_redaksi_word_list_contains (from_folder, "rumah", 5));
}

/* The real list gives the same answers mapped from its index as indexed
 * in memory, for every entry and for every entry with a letter more. */
static void
test_word_list_cache_same_answers (CacheFixture  *fixture,
                                   gconstpointer  data)
{
  const char *path = "/usr/share/hunspell/id_ID.dic";
  g_autoptr(RedaksiWordList) mapped = NULL;
  g_autoptr(RedaksiWordList) in_memory = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint checked = 0;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_test_skip ("hunspell-id is not installed");
      return;
    }
  _redaksi_word_list_free (_redaksi_word_list_open (path, fixture->cache));
  mapped = _redaksi_word_list_open (path, fixture->cache);
  g_assert_nonnull (_redaksi_word_list_get_cache (mapped));
  in_memory = _redaksi_word_list_open (path, "/proc/redaksi-cannot-write-here");
  g_assert_null (_redaksi_word_list_get_cache (in_memory));
  g_assert_cmpuint (_redaksi_word_list_get_n_words (mapped), ==, _redaksi_word_list_get_n_words (in_memory));
  g_assert_cmpuint (_redaksi_word_list_get_n_words (mapped), >, 30000);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      gsize stem = strcspn (lines[i], "/\r");
      g_autofree char *longer = g_strdup_printf ("%.*sq", (int) stem, lines[i]);

      if (stem == 0)
        continue;
      g_assert_true (_redaksi_word_list_contains (mapped, lines[i], stem));
      g_assert_true (_redaksi_word_list_contains (in_memory, lines[i], stem));
      g_assert_cmpint (_redaksi_word_list_contains (mapped, longer, stem + 1), ==,
                       _redaksi_word_list_contains (in_memory, longer, stem + 1));
      checked++;
    }
  g_test_message ("%u entries checked", checked);
}

/* The cue table read in place (issue #11) holds what the TSV says, as
 * the split-and-copy reading did: every one-word form with its kind. */
static void
test_cues_match_table (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "lexicon", "quote-cues.tsv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = NULL;
  guint forms = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 4);
      RedaksiCueKind kind = REDAKSI_CUE_NONE;

      /* The first line of a form wins. */
      if (lines[i][0] == '#' || g_strv_length (fields) < 4 || strchr (fields[0], ' ') != NULL
          || !g_hash_table_add (seen, g_strdup (fields[0])))
        continue;
      if (g_str_equal (fields[1], "post_cue") || g_str_equal (fields[1], "post_cue_pronoun"))
        kind = REDAKSI_CUE_POST;
      else if (g_str_equal (fields[1], "post_cue_nya"))
        kind = REDAKSI_CUE_POST_NYA;
      else if (g_str_equal (fields[1], "reporting_verb"))
        kind = REDAKSI_CUE_VERB;
      else if (g_str_equal (fields[1], "passive_reporting"))
        kind = REDAKSI_CUE_PASSIVE;
      else if (g_str_equal (fields[1], "according_to"))
        kind = REDAKSI_CUE_ACCORDING;
      else if (g_str_equal (fields[1], "source_attribution"))
        kind = REDAKSI_CUE_SOURCE;
      g_assert_cmpint (_redaksi_quote_cue_kind (fields[0]), ==, kind);
      forms++;
    }
  g_assert_cmpuint (forms, >, 150);
  g_assert_cmpint (_redaksi_quote_cue_kind ("ujar"), ==, REDAKSI_CUE_POST);
  g_assert_cmpint (_redaksi_quote_cue_kind ("ujarnya"), ==, REDAKSI_CUE_POST_NYA);
  g_assert_cmpint (_redaksi_quote_cue_kind ("kata dia"), ==, REDAKSI_CUE_NONE);
  g_assert_cmpint (_redaksi_quote_cue_kind ("rumah"), ==, REDAKSI_CUE_NONE);
  g_assert_cmpstr (_redaksi_quote_nearest_cue ("ujat"), ==, "ujar");
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
  /* As data/make-gazetteer-blob.c writes it. */
  _redaksi_gazetteer_spread_slots (loaded);
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
  g_test_add ("/redaksi/startup/word-list-cache-made-once", CacheFixture, NULL,
              cache_fixture_set_up, test_word_list_cache_made_once, cache_fixture_tear_down);
  g_test_add ("/redaksi/startup/word-list-cache-stale", CacheFixture, NULL,
              cache_fixture_set_up, test_word_list_cache_stale, cache_fixture_tear_down);
  g_test_add ("/redaksi/startup/word-list-cache-damaged", CacheFixture, NULL,
              cache_fixture_set_up, test_word_list_cache_damaged, cache_fixture_tear_down);
  g_test_add ("/redaksi/startup/word-list-cache-unwritable", CacheFixture, NULL,
              cache_fixture_set_up, test_word_list_cache_unwritable, cache_fixture_tear_down);
  g_test_add ("/redaksi/startup/word-list-not-a-file", CacheFixture, NULL,
              cache_fixture_set_up, test_word_list_not_a_file, cache_fixture_tear_down);
  g_test_add ("/redaksi/startup/word-list-cache-same-answers", CacheFixture, NULL,
              cache_fixture_set_up, test_word_list_cache_same_answers, cache_fixture_tear_down);
  g_test_add_func ("/redaksi/startup/cues-match-table", test_cues_match_table);
  g_test_add_func ("/redaksi/startup/default-gazetteer-in-place", test_default_gazetteer_in_place);
  g_test_add_func ("/redaksi/startup/default-gazetteer-matches-sources", test_default_gazetteer_matches_sources);
  g_test_add_func ("/redaksi/startup/model-in-place", test_model_in_place);
  return g_test_run ();
}
