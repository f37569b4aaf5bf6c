/* test-coldopen.c: what `redaksi check` does once per process
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Issue #11: the word list's mapped index is opened without reading its
 * table, its slots checked by the lookups that reach them; the default
 * gazetteer's entries and names are read where they lie in the library.
 * (The org units' tables: test-coldopen-units.c, since their header and
 * the word list's both name a RedaksiWordList.)
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "redaksi-gazetteer-private.h"
#include "redaksi-quote-words-private.h"
#include "redaksi-resources-private.h"

/* The index file's layout, as redaksi-quote-words.c writes it: a header
 * of 88 bytes whose fields n_slots, strings_size and path_size are at
 * 12, 20 and 24, then the slots, the list's path and the stems. */
#define HEADER_SIZE     88
#define N_SLOTS_AT      12
#define STRINGS_SIZE_AT 20
#define PATH_SIZE_AT    24
#define N_STEMS         2000

typedef struct
{
  char *folder;
  char *list;
  char *cache;  /* the folder for the index */
} WordsFixture;

static char *
stem (guint i)
{
  return g_strdup_printf ("kata%u", i);
}

static void
words_fixture_set_up (WordsFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GString) list = g_string_new ("2000\n");

  fixture->folder = g_dir_make_tmp ("redaksi-coldopen-XXXXXX", NULL);
  g_assert_nonnull (fixture->folder);
  fixture->list = g_build_filename (fixture->folder, "id_ID.dic", NULL);
  fixture->cache = g_build_filename (fixture->folder, "cache", NULL);
  for (guint i = 0; i < N_STEMS; i++)
    g_string_append_printf (list, "kata%u/DkMk\n", i);
  g_assert_true (g_file_set_contents (fixture->list, list->str, (gssize) list->len, NULL));
}

static void
words_fixture_tear_down (WordsFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->cache, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->cache, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->cache);
  g_unlink (fixture->list);
  g_rmdir (fixture->folder);
  g_free (fixture->folder);
  g_free (fixture->list);
  g_free (fixture->cache);
}

static guint32
read_u32 (const GByteArray *index,
          gsize             at)
{
  guint32 value;

  memcpy (&value, index->data + at, sizeof value);
  return value;
}

/* Writes the index once and returns its path and its sound bytes. */
static char *
make_index (WordsFixture  *fixture,
            GByteArray   **sound)
{
  g_autoptr(RedaksiWordList) words = _redaksi_word_list_open (fixture->list, fixture->cache);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_nonnull (_redaksi_word_list_get_cache (words));
  g_assert_true (g_file_get_contents (_redaksi_word_list_get_cache (words), &contents, &length, NULL));
  *sound = g_byte_array_new ();
  g_byte_array_append (*sound, (const guint8 *) contents, (guint) length);
  return g_strdup (_redaksi_word_list_get_cache (words));
}

/* The slot that holds @word's stem, found by its offset in the strings. */
static guint32
slot_of (const GByteArray *index,
         const char       *word)
{
  guint32 n_slots = read_u32 (index, N_SLOTS_AT);
  gsize strings = HEADER_SIZE + (gsize) n_slots * 4 + read_u32 (index, PATH_SIZE_AT);
  gsize length = strlen (word) + 1;

  for (gsize at = strings; at + length <= index->len; at += strlen ((const char *) index->data + at) + 1)
    if (memcmp (index->data + at, word, length) == 0)
      for (guint32 i = 0; i < n_slots; i++)
        if (read_u32 (index, HEADER_SIZE + (gsize) i * 4) == at - strings + 1)
          return i;
  g_assert_not_reached ();
}

static void
write_slot (GByteArray *index,
            guint32     slot,
            guint32     value)
{
  memcpy (index->data + HEADER_SIZE + (gsize) slot * 4, &value, sizeof value);
}

static void
write_index (const char       *cache,
             const GByteArray *index)
{
  g_assert_true (g_file_set_contents (cache, (const char *) index->data, index->len, NULL));
}

static gboolean
file_is (const char       *path,
         const GByteArray *bytes)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return length == bytes->len && memcmp (contents, bytes->data, length) == 0;
}

static void
assert_every_stem (const RedaksiWordList *words)
{
  for (guint i = 0; i < N_STEMS; i++)
    {
      g_autofree char *word = stem (i);
      g_autofree char *longer = g_strconcat (word, "nya", NULL);

      g_assert_true (_redaksi_word_list_contains (words, word, strlen (word)));
      g_assert_false (_redaksi_word_list_contains (words, longer, strlen (longer)));
    }
}

/* A slot damaged to point past the strings (by one byte, and far) is not
 * looked at by the open, which reads no slot, but by the lookup that
 * reaches it: that lookup still answers, from the list indexed again,
 * and the index file is written sound for the next process. */
static void
test_slot_damaged_at_lookup (WordsFixture  *fixture,
                             gconstpointer  data)
{
  g_autoptr(GByteArray) sound = NULL;
  g_autofree char *cache = make_index (fixture, &sound);
  const guint32 past[] = { read_u32 (sound, STRINGS_SIZE_AT) + 1, G_MAXUINT32 - 16 };

  for (guint k = 0; k < G_N_ELEMENTS (past); k++)
    {
      g_autoptr(GByteArray) damaged = g_byte_array_new ();
      g_autoptr(RedaksiWordList) words = NULL;

      g_byte_array_append (damaged, sound->data, sound->len);
      write_slot (damaged, slot_of (damaged, "kata1234"), past[k]);
      write_index (cache, damaged);
      words = _redaksi_word_list_open (fixture->list, fixture->cache);
      g_assert_cmpstr (_redaksi_word_list_get_cache (words), ==, cache);
      /* Opened as it is: the damage is not seen yet. */
      g_assert_true (file_is (cache, damaged));
      g_assert_true (_redaksi_word_list_contains (words, "kata1234", 8));
      g_assert_true (file_is (cache, sound));
      assert_every_stem (words);
      g_assert_cmpuint (_redaksi_word_list_get_n_words (words), ==, N_STEMS);
    }
}

/* Every slot pointing at the first stem: no lookup finds an empty slot.
 * Lookups stop after as many slots as the longest stored probe, have the
 * table checked, and answer from the list indexed again. */
static void
test_table_without_empty_slot (WordsFixture  *fixture,
                               gconstpointer  data)
{
  g_autoptr(GByteArray) sound = NULL;
  g_autofree char *cache = make_index (fixture, &sound);
  g_autoptr(GByteArray) damaged = g_byte_array_new ();
  g_autoptr(RedaksiWordList) words = NULL;
  guint32 n_slots = read_u32 (sound, N_SLOTS_AT);

  g_byte_array_append (damaged, sound->data, sound->len);
  for (guint32 i = 0; i < n_slots; i++)
    write_slot (damaged, i, 1);
  write_index (cache, damaged);
  words = _redaksi_word_list_open (fixture->list, fixture->cache);
  g_assert_true (file_is (cache, damaged));
  g_assert_false (_redaksi_word_list_contains (words, "rumah", 5));
  g_assert_true (file_is (cache, sound));
  assert_every_stem (words);
}

/* A sound index whose lookups run to their limit (the absent words whose
 * first slot is in the longest run) has its table checked once and
 * stays mapped; its file is not written again. */
static void
test_sound_index_kept (WordsFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(GByteArray) sound = NULL;
  g_autofree char *cache = make_index (fixture, &sound);
  g_autoptr(RedaksiWordList) words = _redaksi_word_list_open (fixture->list, fixture->cache);
  GStatBuf before, after;

  g_assert_cmpint (g_stat (cache, &before), ==, 0);
  for (guint i = 0; i < 20000; i++)
    {
      g_autofree char *absent = g_strdup_printf ("tidak%u", i);

      g_assert_false (_redaksi_word_list_contains (words, absent, strlen (absent)));
    }
  assert_every_stem (words);
  g_assert_cmpint (g_stat (cache, &after), ==, 0);
  g_assert_cmpuint (before.st_ino, ==, after.st_ino);
  g_assert_true (file_is (cache, sound));
}

static gpointer
look_up_every_stem (gpointer data)
{
  assert_every_stem (data);
  return NULL;
}

/* Threads that find the damage at once get one index made again, and
 * every answer right. */
static void
test_damage_found_by_threads (WordsFixture  *fixture,
                              gconstpointer  data)
{
  g_autoptr(GByteArray) sound = NULL;
  g_autofree char *cache = make_index (fixture, &sound);
  g_autoptr(RedaksiWordList) words = NULL;
  GThread *threads[4];

  for (guint i = 0; i < N_STEMS; i += 7)
    {
      g_autofree char *word = stem (i);

      write_slot (sound, slot_of (sound, word), G_MAXUINT32);
    }
  write_index (cache, sound);
  words = _redaksi_word_list_open (fixture->list, fixture->cache);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("lookups", look_up_every_stem, words);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
  g_assert_cmpuint (_redaksi_word_list_get_n_words (words), ==, N_STEMS);
}

static gboolean
lies_in (gconstpointer  pointer,
         GBytes        *bytes)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  return (const guint8 *) pointer >= data && (const guint8 *) pointer < data + size;
}

/* The default gazetteer's names and identifiers are the compiled-in
 * blob's own, not copies; a gazetteer loaded over the default copies
 * them and answers the same. */
static void
test_default_gazetteer_names_in_place (void)
{
  static const char *const names[] = { "Jawa Barat", "Jakarta", "KPK", "Indonesia" };
  g_autoptr(GBytes) blob = _redaksi_lookup_resource ("gazetteer/default.gaz", NULL);
  RedaksiGazetteer *gazetteer = redaksi_gazetteer_get_default ();
  g_autoptr(RedaksiGazetteer) copy = redaksi_gazetteer_new_from_data ("[]", -1, NULL, TRUE, NULL);

  g_assert_nonnull (blob);
  g_assert_nonnull (copy);
  g_assert_cmpuint (redaksi_gazetteer_get_n_entries (copy), ==, redaksi_gazetteer_get_n_entries (gazetteer));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      RedaksiEntityType type, copy_type;
      const char *name, *copy_name, *id, *copy_id;

      g_assert_true (redaksi_gazetteer_lookup (gazetteer, names[i], &type, &name, &id));
      g_assert_true (redaksi_gazetteer_lookup (copy, names[i], &copy_type, &copy_name, &copy_id));
      g_assert_true (lies_in (name, blob));
      g_assert_false (lies_in (copy_name, blob));
      g_assert_cmpint (type, ==, copy_type);
      g_assert_cmpstr (name, ==, copy_name);
      g_assert_cmpstr (id, ==, copy_id);
      g_assert_true (id == NULL || lies_in (id, blob));
    }
}

/* What a process no longer checks at start: every index in the blob. */
static void
test_default_gazetteer_sound (void)
{
  g_assert_true (_redaksi_gazetteer_default_is_sound ());
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/redaksi/coldopen/word-list-slot-damaged-at-lookup", WordsFixture, NULL,
              words_fixture_set_up, test_slot_damaged_at_lookup, words_fixture_tear_down);
  g_test_add ("/redaksi/coldopen/word-list-table-without-empty-slot", WordsFixture, NULL,
              words_fixture_set_up, test_table_without_empty_slot, words_fixture_tear_down);
  g_test_add ("/redaksi/coldopen/word-list-sound-index-kept", WordsFixture, NULL,
              words_fixture_set_up, test_sound_index_kept, words_fixture_tear_down);
  g_test_add ("/redaksi/coldopen/word-list-damage-found-by-threads", WordsFixture, NULL,
              words_fixture_set_up, test_damage_found_by_threads, words_fixture_tear_down);
  g_test_add_func ("/redaksi/coldopen/default-gazetteer-names-in-place", test_default_gazetteer_names_in_place);
  g_test_add_func ("/redaksi/coldopen/default-gazetteer-sound", test_default_gazetteer_sound);
  return g_test_run ();
}
