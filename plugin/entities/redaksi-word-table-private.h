/* redaksi-word-table-private.h: the tagger's word lists, looked up by
 * a token's lower-case hash
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <string.h>

#include <glib.h>

#include "redaksi-document-private.h"
#include "ner/redaksi-ner-hash-private.h"

G_BEGIN_DECLS

/* The rules ask many times over whether a token is one of a list's
 * words, in any case. Each token's text is folded to ASCII lower case
 * and hashed once per document (_redaksi_word_hashes()); a list is a
 * table of its words' hashes, so a question costs one probe, not one
 * comparison a word. A hit is checked against the word itself: the
 * answer is always what comparing the texts would give. */

typedef struct
{
  guint64     hash;   /* ner_hash_bytes() of the word; 0: empty slot */
  const char *word;   /* as held: matches a token whose lower case it is */
  guint       value;
} RedaksiWordSlot;
G_STATIC_ASSERT (G_STRUCT_OFFSET (RedaksiWordSlot, hash) == 0); /* ner_hash_slots_resize() */

typedef struct
{
  RedaksiWordSlot *slots;
  gsize            mask;
  gsize            used;
} RedaksiWordTable;

/* Per token, ner_hash_bytes() of its text in ASCII lower case, or 0
 * when ner_ascii_lower() cannot fold it into a 64-byte buffer (not
 * ASCII, too long) or it is empty: no word of a table is such a token.
 * Free with g_free(). */
/* ner_hash_bytes() of what ner_ascii_lower() would write into a
 * 64-byte buffer, folded on the way; 0 when it would fail, or when
 * @len is 0. */
#define REDAKSI_LOWER_1(c)   ((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c))
#define REDAKSI_LOWER_4(c)   REDAKSI_LOWER_1 (c), REDAKSI_LOWER_1 ((c) + 1), \
                             REDAKSI_LOWER_1 ((c) + 2), REDAKSI_LOWER_1 ((c) + 3)
#define REDAKSI_LOWER_16(c)  REDAKSI_LOWER_4 (c), REDAKSI_LOWER_4 ((c) + 4), \
                             REDAKSI_LOWER_4 ((c) + 8), REDAKSI_LOWER_4 ((c) + 12)
#define REDAKSI_LOWER_64(c)  REDAKSI_LOWER_16 (c), REDAKSI_LOWER_16 ((c) + 16), \
                             REDAKSI_LOWER_16 ((c) + 32), REDAKSI_LOWER_16 ((c) + 48)

/* g_ascii_tolower() of @c. Every byte of a document's text is lowered
 * to be hashed: read from a table, it is one load, not a compare, a
 * move and an add. */
static inline guchar
_redaksi_ascii_lower_byte (guchar c)
{
  static const guchar lower[256] = {
    REDAKSI_LOWER_64 (0), REDAKSI_LOWER_64 (64), REDAKSI_LOWER_64 (128), REDAKSI_LOWER_64 (192)
  };

  return lower[c];
}

static inline guint64
_redaksi_word_hash_lower (const char *text,
                          gsize       len)
{
  guint64 h = 0xcbf29ce484222325ULL;
  guchar bits = 0;

  if (len == 0 || len >= 64)
    return 0;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) text[i];

      bits |= c;
      h = (h ^ _redaksi_ascii_lower_byte (c)) * 0x100000001b3ULL;
    }
  if (bits & 0x80)
    return 0;
  h = ner_mix (h ^ len);
  return h ? h : 1;
}

static inline guint64 *
_redaksi_word_hashes (const char         *text,
                      const RedaksiToken *tokens,
                      guint               n_tokens)
{
  guint64 *hashes = g_new (guint64, MAX (n_tokens, 1));

  for (guint i = 0; i < n_tokens; i++)
    hashes[i] = _redaksi_word_hash_lower (text + tokens[i].start, tokens[i].end - tokens[i].start);
  return hashes;
}

static inline RedaksiWordTable *
_redaksi_word_table_new (void)
{
  RedaksiWordTable *table = g_new0 (RedaksiWordTable, 1);

  table->mask = 15;
  table->slots = g_new0 (RedaksiWordSlot, table->mask + 1);
  return table;
}

static inline RedaksiWordSlot *
_redaksi_word_table_slot (const RedaksiWordTable *table,
                          guint64                 hash,
                          const char             *word,
                          gsize                   len)
{
  gsize k = ner_hash_slot_first (hash, table->mask);

  while (table->slots[k].hash != 0
         && !(table->slots[k].hash == hash && strncmp (table->slots[k].word, word, len) == 0
              && table->slots[k].word[len] == '\0'))
    k = (k + 1) & table->mask;
  return &table->slots[k];
}

/* Holds @word (kept, not copied) with the bits of @value added to what
 * it holds already. Only a word in lower case can match a token. */
static inline void
_redaksi_word_table_add (RedaksiWordTable *table,
                         const char       *word,
                         guint             value)
{
  gsize len = strlen (word);
  guint64 hash = ner_hash_bytes (word, len);
  RedaksiWordSlot *slot = _redaksi_word_table_slot (table, hash, word, len);

  if (slot->hash != 0)
    {
      slot->value |= value;
      return;
    }
  *slot = (RedaksiWordSlot) { hash, word, value };
  if (++table->used * 2 > table->mask + 1)
    {
      table->slots = ner_hash_slots_resize (table->slots, table->mask + 1, 2 * (table->mask + 1),
                                            sizeof *table->slots);
      table->mask = 2 * table->mask + 1;
    }
}

/* Is @word what @text (@len bytes) is in ASCII lower case? */
static inline gboolean
_redaksi_word_is_lower_of (const char *word,
                           const char *text,
                           gsize       len)
{
  gsize i;

  for (i = 0; i < len && word[i] != '\0'
                   && word[i] == (text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]); i++)
    ;
  return i == len && word[len] == '\0';
}

/* The value of the word @text (@len bytes, @hash from
 * _redaksi_word_hashes()) is in ASCII lower case, or 0. */
static inline guint
_redaksi_word_table_lookup (const RedaksiWordTable *table,
                            guint64                 hash,
                            const char             *text,
                            gsize                   len)
{
  if (hash == 0)
    return 0;
  for (gsize k = ner_hash_slot_first (hash, table->mask); table->slots[k].hash != 0; k = (k + 1) & table->mask)
    if (table->slots[k].hash == hash && _redaksi_word_is_lower_of (table->slots[k].word, text, len))
      return table->slots[k].value;
  return 0;
}

/* A word table made at build time by data/make-word-table.c from a
 * word list, with the same slots as _redaksi_word_table_add() gives at
 * run time; a word is an offset into one string, so that the table is
 * used where it lies in the library, with nothing to build, allocate or
 * relocate when a process starts. */
typedef struct
{
  guint64 hash;   /* 0: empty slot */
  guint32 word;   /* offset into the table's strings */
  guint32 value;
} RedaksiWordConstSlot;

typedef struct
{
  const RedaksiWordConstSlot *slots;
  const char                 *strings;
  gsize                       mask;
} RedaksiWordConstTable;

/* As _redaksi_word_table_lookup(). */
static inline guint
_redaksi_word_const_table_lookup (const RedaksiWordConstTable *table,
                                  guint64                      hash,
                                  const char                  *text,
                                  gsize                        len)
{
  if (hash == 0)
    return 0;
  for (gsize k = ner_hash_slot_first (hash, table->mask); table->slots[k].hash != 0; k = (k + 1) & table->mask)
    if (table->slots[k].hash == hash
        && _redaksi_word_is_lower_of (table->strings + table->slots[k].word, text, len))
      return table->slots[k].value;
  return 0;
}

/* A fixed list of ASCII words, matched in any case as
 * g_ascii_strncasecmp() does: its table is made on first use and kept
 * for the process. */
typedef struct
{
  const char * const *words;
  RedaksiWordTable   *table;
} RedaksiWordList;

#define REDAKSI_WORD_LIST(array) { (array), NULL }

static inline const RedaksiWordTable *
_redaksi_word_list_table (RedaksiWordList *list)
{
  if (g_once_init_enter (&list->table))
    {
      RedaksiWordTable *table = _redaksi_word_table_new ();

      for (guint k = 0; list->words[k]; k++)
        {
          /* A word that is not ASCII would need the token's own bytes. */
          for (const char *p = list->words[k]; *p; p++)
            g_assert ((guchar) *p < 0x80);
          _redaksi_word_table_add (table, g_ascii_strdown (list->words[k], -1), 1);
        }
      g_once_init_leave (&list->table, table);
    }
  return list->table;
}

/* Is the token of @text (@len bytes, lower-case @hash) one of @list's
 * words, in any case? */
static inline gboolean
_redaksi_word_list_has (RedaksiWordList *list,
                        guint64          hash,
                        const char      *text,
                        gsize            len)
{
  return hash != 0 && _redaksi_word_table_lookup (_redaksi_word_list_table (list), hash, text, len) != 0;
}

G_END_DECLS
