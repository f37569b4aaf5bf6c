/* redaksi-quote-words.c: the Indonesian word list, indexed once per user
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Indexing hunspell-id's 31,000 unsorted entries took a quarter of the
 * life of a process checking one article. The index is now a file in the
 * user's cache folder, as fontconfig and GTK's icon cache do: made by the
 * first process, mapped by the others, and rebuilt whenever the word list
 * changes or the file is not what this code writes.
 *
 * The index: a header naming the word list it was made from, a table of
 * 2^k slots (open addressing, FNV-1a, at most half full), the list's path,
 * then the stems, each followed by a NUL. A slot holds a stem's offset
 * plus one; 0 is empty.
 *
 * Opening a mapped index checks only what is O(1) to check: the header,
 * the sizes, the key and the path. A slot is checked when a lookup
 * reaches it (its offset must lie inside the strings), and a lookup
 * probes no further than the longest probe the index was built with, so
 * a damaged table can neither send a lookup out of the file nor keep it
 * going. A lookup that finds a damaged slot, or runs to that limit
 * without an answer, has the whole table checked once; a damaged index is
 * then replaced by one made again from the list, in memory, and written
 * back to the cache for the next process.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "redaksi-quote-words-private.h"

#define CACHE_MAGIC   "RDKWORDS"
/* Read the other way round on a machine of the other byte order. */
#define CACHE_VERSION 2u
#define MIN_SLOTS     16u
#define MAX_SLOTS     (1u << 26)
#define MAX_PATH      4096u

/* What identifies one version of the word list. */
typedef struct
{
  guint64 size;
  guint64 device;
  guint64 inode;
  gint64  mtime_sec;
  gint64  mtime_nsec;
  gint64  ctime_sec;
  gint64  ctime_nsec;
} Key;

typedef struct
{
  char    magic[8];
  guint32 version;
  guint32 n_slots;       /* a power of two */
  guint32 n_words;
  guint32 strings_size;
  guint32 path_size;     /* with its NUL */
  guint32 max_probes;    /* the most slots a stored stem's lookup probes */
  Key     key;
} Header;

G_STATIC_ASSERT (sizeof (Header) % sizeof (guint32) == 0);

/* An index's table and strings, wherever they lie. */
typedef struct
{
  GBytes        *bytes;    /* the index, mapped or in memory */
  const guint32 *slots;
  const char    *strings;
  guint32        mask;
  guint32        strings_size;
  guint32        n_words;
  guint32        max_probes;
} Index;

struct _RedaksiWordList
{
  GMappedFile   *mapped;   /* the cache file, when the index is mapped */
  char          *cache;    /* the cache's path when mapped */
  Index          index;    /* as opened */
  /* What a damaged mapped index is made again from. */
  char          *path;
  char          *cache_to_write;
  /* Lookups run in many threads; these change at most once, under the lock. */
  GMutex         lock;
  gboolean       verified; /* the whole table was checked, or built here */
  Index         *repaired; /* read atomically; made from the list when damaged */
};

typedef enum
{
  PROBE_ABSENT,
  PROBE_FOUND,
  PROBE_DAMAGED,   /* a slot points outside the strings */
  PROBE_UNSETTLED  /* max_probes slots used, none the word: check the table */
} ProbeResult;

#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u

static inline guint32
hash_done (guint32 h)
{
  return h ^ (h >> 15);
}

static guint32
word_hash (const char *word,
           gsize       length)
{
  guint32 h = FNV_BASIS;

  for (gsize i = 0; i < length; i++)
    h = (h ^ (guchar) word[i]) * FNV_PRIME;
  return hash_done (h);
}

/* The stem of slot value @slot equals @word. The slot's offset lies
 * inside the strings (the callers see to it) and the strings end in a NUL
 * (checked when the index was opened), so the bounds test is enough. */
static inline gboolean
slot_is (const char *strings,
         guint32     strings_size,
         guint32     slot,
         const char *word,
         gsize       length)
{
  guint32 offset = slot - 1;

  return strings_size - offset > length && memcmp (strings + offset, word, length) == 0
         && strings[offset + length] == '\0';
}

/* Index of @word's slot, or of the empty slot where it would go. At most
 * one pass over the table, so that even a table without an empty slot
 * ends; G_MAXUINT32 then. */
static guint32
find_slot (const guint32 *slots,
           guint32        mask,
           const char    *strings,
           guint32        strings_size,
           const char    *word,
           gsize          length,
           guint32        hash)
{
  guint32 i = hash & mask;

  for (guint32 probes = 0; probes <= mask; probes++, i = (i + 1) & mask)
    if (slots[i] == 0 || slot_is (strings, strings_size, slots[i], word, length))
      return i;
  return G_MAXUINT32;
}

/* A lookup in an index that may be damaged: every slot it reaches is
 * checked against the strings' size before its stem is read, and it
 * stops after max_probes slots, as far as any stored stem lies from its
 * first slot. */
static ProbeResult
index_probe (const Index *index,
             const char  *word,
             gsize        length)
{
  guint32 i = word_hash (word, length) & index->mask;

  for (guint32 probes = 0; probes < index->max_probes; probes++, i = (i + 1) & index->mask)
    {
      guint32 slot = index->slots[i];

      if (slot == 0)
        return PROBE_ABSENT;
      if (slot - 1 >= index->strings_size)
        return PROBE_DAMAGED;
      if (slot_is (index->strings, index->strings_size, slot, word, length))
        return PROBE_FOUND;
    }
  return PROBE_UNSETTLED;
}

/* Building */

typedef struct
{
  GByteArray *strings;
  guint32    *slots;
  guint32     mask;
  guint32     n_words;
} Builder;

static void
builder_grow (Builder *builder)
{
  guint32 *old = builder->slots;
  guint32 old_size = builder->mask + 1;
  const char *strings = (const char *) builder->strings->data;

  builder->mask = old_size * 2 - 1;
  builder->slots = g_new0 (guint32, (gsize) old_size * 2);
  for (guint32 i = 0; i < old_size; i++)
    if (old[i] != 0)
      {
        const char *word = strings + old[i] - 1;
        gsize length = strlen (word);

        builder->slots[find_slot (builder->slots, builder->mask, strings, builder->strings->len,
                                  word, length, word_hash (word, length))] = old[i];
      }
  g_free (old);
}

static void
builder_add (Builder    *builder,
             const char *word,
             gsize       length,
             guint32     hash)
{
  guint32 i = find_slot (builder->slots, builder->mask, (const char *) builder->strings->data,
                         builder->strings->len, word, length, hash);

  /* At most half full: never without an empty slot. */
  g_assert (i != G_MAXUINT32);
  if (builder->slots[i] != 0)
    return;
  builder->slots[i] = builder->strings->len + 1;
  g_byte_array_append (builder->strings, (const guint8 *) word, (guint) length);
  g_byte_array_append (builder->strings, (const guint8 *) "", 1);
  if (++builder->n_words * 2 > builder->mask)
    builder_grow (builder);
}

/* The first line is the entry count, which says nothing reliable and is
 * skipped; each entry is `stem[/flags]`. One pass, hashing the stem as it
 * is read. */
static void
builder_read (Builder    *builder,
              const char *data,
              gsize       size)
{
  const char *p = data, *end = data + size;

  while (p < end && *p != '\n')
    p++;
  while (p < end)
    {
      const char *word = ++p;
      guint32 h = FNV_BASIS;

      while (p < end && *p != '\n' && *p != '/' && *p != '\r' && *p != '\0')
        h = (h ^ (guchar) *p++) * FNV_PRIME;
      if (p > word)
        builder_add (builder, word, (gsize) (p - word), hash_done (h));
      while (p < end && *p != '\n')
        p++;
    }
}

/* The most slots a lookup of a stored stem probes: one more than the
 * longest way from a stem's first slot to its own. At least 1, so that a
 * lookup always reads the first slot. */
static guint32
longest_probe (const Builder *builder)
{
  const char *strings = (const char *) builder->strings->data;
  guint32 longest = 1;

  for (guint32 i = 0; i <= builder->mask; i++)
    if (builder->slots[i] != 0)
      {
        const char *word = strings + builder->slots[i] - 1;
        guint32 home = word_hash (word, strlen (word)) & builder->mask;

        longest = MAX (longest, ((i - home) & builder->mask) + 1);
      }
  return longest;
}

/* The whole index file, ready to be written or used as it is. */
static GBytes *
build_index (const char *path,
             const char *data,
             gsize       size,
             const Key  *key)
{
  Builder builder = { g_byte_array_sized_new ((guint) MIN (size + 1, 1u << 24)),
                      g_new0 (guint32, MIN_SLOTS), MIN_SLOTS - 1, 0 };
  Header header = { CACHE_MAGIC, CACHE_VERSION, 0, 0, 0, 0, 0, *key };
  gsize path_size = strlen (path) + 1;
  GByteArray *index;

  /* The header's magic has no room for the string's NUL. */
  memcpy (header.magic, CACHE_MAGIC, sizeof header.magic);
  builder_read (&builder, data, size);
  header.n_slots = builder.mask + 1;
  header.n_words = builder.n_words;
  header.strings_size = builder.strings->len;
  header.path_size = (guint32) path_size;
  header.max_probes = longest_probe (&builder);
  index = g_byte_array_sized_new (sizeof header + header.n_slots * 4 + path_size + builder.strings->len);
  g_byte_array_append (index, (const guint8 *) &header, sizeof header);
  g_byte_array_append (index, (const guint8 *) builder.slots, header.n_slots * 4);
  g_byte_array_append (index, (const guint8 *) path, (guint) path_size);
  g_byte_array_append (index, builder.strings->data, builder.strings->len);
  g_free (builder.slots);
  g_byte_array_unref (builder.strings);
  return g_byte_array_free_to_bytes (index);
}

/* Opening */

static gboolean
is_power_of_two (guint32 n)
{
  return n != 0 && (n & (n - 1)) == 0;
}

/* Every slot is empty or the offset of a stem; at least one is empty,
 * and the count agrees. An empty slot's offset wraps to G_MAXUINT32,
 * past any strings, so two counts say it all, without a branch: 64k
 * slots in about 0.6 M instructions, which is why it is done only when a
 * lookup has reason to doubt the table, not at every open. */
static gboolean
slots_are_sound (const guint32 *slots,
                 guint32        n_slots,
                 guint32        strings_size,
                 guint32        n_words)
{
  guint32 used = 0, inside = 0;

  for (guint32 i = 0; i < n_slots; i++)
    {
      used += slots[i] != 0;
      inside += slots[i] - 1 < strings_size;
    }
  return inside == used && used == n_words && used < n_slots;
}

/* Whether @bytes is an index this code wrote for the word list @path as
 * @key describes it: its header, sizes and path. The slots are checked
 * by the lookups that reach them (index_probe()). */
static gboolean
index_is_sound (GBytes     *bytes,
                const char *path,
                const Key  *key)
{
  gsize size = g_bytes_get_size (bytes);
  const guint8 *data = g_bytes_get_data (bytes, NULL);
  Header header;
  guint64 expected;

  if (size < sizeof header)
    return FALSE;
  memcpy (&header, data, sizeof header);
  if (memcmp (header.magic, CACHE_MAGIC, sizeof header.magic) != 0 || header.version != CACHE_VERSION
      || memcmp (&header.key, key, sizeof *key) != 0 || !is_power_of_two (header.n_slots)
      || header.n_slots < MIN_SLOTS || header.n_slots > MAX_SLOTS
      || header.path_size != strlen (path) + 1 || header.strings_size == 0
      || header.n_words >= header.n_slots || header.max_probes == 0 || header.max_probes > header.n_slots)
    return FALSE;
  expected = sizeof header + (guint64) header.n_slots * 4 + header.path_size + header.strings_size;
  /* The strings come last: the file's last byte ends the last stem. */
  return expected == size && data[size - 1] == '\0'
         && memcmp (data + sizeof header + (gsize) header.n_slots * 4, path, header.path_size) == 0;
}

static void
use_index (Index  *index,
           GBytes *bytes)
{
  const guint8 *data = g_bytes_get_data (bytes, NULL);
  Header header;

  memcpy (&header, data, sizeof header);
  index->bytes = bytes;
  index->slots = (const guint32 *) (data + sizeof header);
  index->mask = header.n_slots - 1;
  index->strings = (const char *) data + sizeof header + (gsize) header.n_slots * 4 + header.path_size;
  index->strings_size = header.strings_size;
  index->n_words = header.n_words;
  index->max_probes = header.max_probes;
}

static gboolean
read_key (int  fd,
          Key *key)
{
  struct stat info;

  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode))
    return FALSE;
  memset (key, 0, sizeof *key);
  key->size = (guint64) info.st_size;
  key->device = (guint64) info.st_dev;
  key->inode = (guint64) info.st_ino;
  key->mtime_sec = info.st_mtim.tv_sec;
  key->mtime_nsec = info.st_mtim.tv_nsec;
  key->ctime_sec = info.st_ctim.tv_sec;
  key->ctime_nsec = info.st_ctim.tv_nsec;
  return TRUE;
}

/* One index file per word list path and version of the format, so that
 * two versions of the library installed side by side do not rewrite each
 * other's index at every start. */
static char *
cache_path_for (const char *cache_dir,
                const char *path)
{
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, path, -1);
  g_autofree char *name = g_strdup_printf ("words-v%u-%.16s.cache", CACHE_VERSION, digest);

  if (cache_dir != NULL)
    return g_build_filename (cache_dir, name, NULL);
  return g_build_filename (g_get_user_cache_dir (), "redaksi", name, NULL);
}

static gboolean
map_cache (RedaksiWordList *self,
           const char      *cache,
           const char      *path,
           const Key       *key)
{
  GMappedFile *mapped = g_mapped_file_new (cache, FALSE, NULL);
  GBytes *bytes;

  if (mapped == NULL)
    return FALSE;
  bytes = g_mapped_file_get_bytes (mapped);
  if (!index_is_sound (bytes, path, key))
    {
      g_bytes_unref (bytes);
      g_mapped_file_unref (mapped);
      return FALSE;
    }
  self->mapped = mapped;
  self->cache = g_strdup (cache);
  use_index (&self->index, bytes);
  return TRUE;
}

/* Atomically, so that a reader sees the old index or the new one. A
 * failure only means the next process indexes the list again. */
static gboolean
write_cache (const char *cache,
             GBytes     *index)
{
  g_autofree char *folder = g_path_get_dirname (cache);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    return FALSE;
  return g_file_set_contents_full (cache, g_bytes_get_data (index, NULL), (gssize) g_bytes_get_size (index),
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0644, NULL);
}

/* The index of the list read from @fd, made in memory; %NULL when the
 * list cannot be read. */
static GBytes *
index_fd (int         fd,
          const char *path,
          const Key  *key)
{
  g_autoptr(GMappedFile) list = g_mapped_file_new_from_fd (fd, FALSE, NULL);

  if (list == NULL)
    return NULL;
  return build_index (path, g_mapped_file_get_contents (list), g_mapped_file_get_length (list), key);
}

/* Indexes the list read from @fd and keeps the index in the cache when it
 * can, in memory when it cannot. */
static void
index_list (RedaksiWordList *self,
            int              fd,
            const char      *path,
            const char      *cache,
            const Key       *key)
{
  GBytes *index = index_fd (fd, path, key);
  Index built = { NULL };

  if (index == NULL)
    return;
  use_index (&built, index);
  /* A list without words is not worth a file. Mapped, the index is the
   * page cache's, shared with every other process. */
  if (built.n_words > 0 && write_cache (cache, index) && map_cache (self, cache, path, key))
    {
      g_bytes_unref (index);
      return;
    }
  self->index = built;
  self->verified = TRUE;
}

/* An open that cannot use @path gives a list without words. */
static gboolean
open_list (const char *path,
           int        *fd,
           Key        *key)
{
  /* Not blocked by a FIFO given as the list: it is refused below. */
  *fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  /* Offsets are 32-bit; no word list is that large. An empty file has
   * no words and no index. */
  if (*fd < 0 || !read_key (*fd, key) || key->size == 0 || key->size >= G_MAXUINT32
      || strlen (path) + 1 > MAX_PATH)
    {
      if (*fd >= 0)
        close (*fd);
      return FALSE;
    }
  return TRUE;
}

RedaksiWordList *
_redaksi_word_list_open (const char *path,
                         const char *cache_dir)
{
  RedaksiWordList *self = g_new0 (RedaksiWordList, 1);
  Key key;
  int fd;

  g_mutex_init (&self->lock);
  self->path = g_strdup (path);
  if (!open_list (path, &fd, &key))
    return self;
  self->cache_to_write = cache_path_for (cache_dir, path);
  if (!map_cache (self, self->cache_to_write, path, &key))
    index_list (self, fd, path, self->cache_to_write, &key);
  close (fd);
  return self;
}

/* The index made again from the list, in memory, for a mapped one found
 * damaged; written over the damaged file for the next process. */
static Index *
index_again (const RedaksiWordList *self)
{
  Index *index = g_new0 (Index, 1);
  GBytes *bytes;
  Key key;
  int fd;

  if (self->cache_to_write == NULL || !open_list (self->path, &fd, &key))
    return index;
  bytes = index_fd (fd, self->path, &key);
  close (fd);
  if (bytes == NULL)
    return index;
  use_index (index, bytes);
  if (index->n_words > 0)
    write_cache (self->cache_to_write, bytes);
  return index;
}

/* Whether the whole table as opened is sound; checked once. */
static gboolean
index_verified (RedaksiWordList *self)
{
  const Index *index = &self->index;

  if (!self->verified)
    self->verified = slots_are_sound (index->slots, index->mask + 1, index->strings_size, index->n_words);
  return self->verified;
}

/* After a lookup that could not answer from the index as opened: the
 * index to ask again, or %NULL when the table is sound and the word is
 * simply not in it. */
static const Index *
settle (RedaksiWordList *self,
        ProbeResult      result)
{
  Index *repaired;

  g_mutex_lock (&self->lock);
  repaired = self->repaired;
  if (repaired == NULL && (result == PROBE_DAMAGED || !index_verified (self)))
    {
      repaired = index_again (self);
      g_atomic_pointer_set (&self->repaired, repaired);
    }
  g_mutex_unlock (&self->lock);
  return repaired;
}

static inline const Index *
current_index (const RedaksiWordList *self)
{
  /* An atomic load reads the field as it may change, const or not. */
  const Index *repaired = g_atomic_pointer_get ((Index **) &self->repaired);

  return G_LIKELY (repaired == NULL) ? &self->index : repaired;
}

void
_redaksi_word_list_free (RedaksiWordList *self)
{
  if (self->repaired != NULL)
    {
      g_clear_pointer (&self->repaired->bytes, g_bytes_unref);
      g_free (self->repaired);
    }
  g_clear_pointer (&self->index.bytes, g_bytes_unref);
  g_clear_pointer (&self->mapped, g_mapped_file_unref);
  g_mutex_clear (&self->lock);
  g_free (self->cache);
  g_free (self->cache_to_write);
  g_free (self->path);
  g_free (self);
}

gboolean
_redaksi_word_list_contains (const RedaksiWordList *self,
                             const char            *word,
                             gsize                  length)
{
  const Index *index = current_index (self);
  ProbeResult result;

  if (index->n_words == 0 || length == 0)
    return FALSE;
  result = index_probe (index, word, length);
  if (G_LIKELY (result == PROBE_FOUND || result == PROBE_ABSENT))
    return result == PROBE_FOUND;
  /* The answers never change; only how they are found does, once. */
  index = settle ((RedaksiWordList *) self, result);
  return index != NULL && index->n_words > 0 && index_probe (index, word, length) == PROBE_FOUND;
}

guint
_redaksi_word_list_get_n_words (const RedaksiWordList *self)
{
  return current_index (self)->n_words;
}

const char *
_redaksi_word_list_get_cache (const RedaksiWordList *self)
{
  return self->cache;
}
