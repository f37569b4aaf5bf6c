#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A hunspell word list (`count` line, then `stem[/flags]` a line) as a
 * set of stems, indexed once per user and per version of the file, not
 * once per process: the index is kept in the user's cache folder
 * (`redaksi/words-*.cache`, keyed by the file's path, size, times and
 * inode, written atomically) and mapped by later processes, which check
 * its header and sizes when they open it and each slot when a lookup
 * reaches it. A cache that is stale or truncated is rebuilt at open, one
 * whose table is damaged at the first lookup that finds the damage; one
 * that cannot be written is done without (the index then lives in
 * memory). Lookups may come from many threads at once. */
typedef struct _RedaksiWordList RedaksiWordList;

/* Never %NULL: a missing or unusable file gives a list without words.
 * @cache_dir: the folder for the index, or %NULL for the user's cache
 * folder's `redaksi`. */
RedaksiWordList *_redaksi_word_list_open          (const char            *path,
                                                   const char            *cache_dir);
void             _redaksi_word_list_free          (RedaksiWordList       *self);
gboolean         _redaksi_word_list_contains      (const RedaksiWordList *self,
                                                   const char            *word,
                                                   gsize                  length);
guint            _redaksi_word_list_get_n_words   (const RedaksiWordList *self);
/* The index file this list is mapped from, or %NULL when it is in memory. */
const char      *_redaksi_word_list_get_cache     (const RedaksiWordList *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiWordList, _redaksi_word_list_free)

G_END_DECLS
