/* redaksi-abbreviations.c: the abbreviation lexicon, from GResource
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "redaksi-resources-private.h"
#include "redaksi-tokenizer-private.h"

/* Longer words are never abbreviations. */
#define WORD_MAX 15

/* The segmenter asks for every word before a full stop: the words sit
 * in an open-addressing table of their own, looked up with the word's
 * bytes where they stand, with no copy to make a key of. */
typedef struct
{
  guint32 hash;   /* 0: an empty slot */
  guint8  length;
  guint8  kind;   /* RedaksiAbbreviationKind */
  char    word[WORD_MAX];
} Slot;

typedef struct
{
  Slot    *slots;
  guint32  mask;
} Lexicon;

static guint32
hash_word (const char *word,
           gsize       length)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < length; i++)
    h = (h ^ (guchar) word[i]) * 16777619u;
  return h != 0 ? h : 1;
}

/* The word's slot, or the empty slot where it would go. */
static Slot *
slot_of (const Lexicon *lexicon,
         const char    *word,
         gsize          length,
         guint32        hash)
{
  guint32 i = hash & lexicon->mask;

  while (lexicon->slots[i].hash != 0 &&
         !(lexicon->slots[i].hash == hash && lexicon->slots[i].length == length &&
           memcmp (lexicon->slots[i].word, word, length) == 0))
    i = (i + 1) & lexicon->mask;
  return &lexicon->slots[i];
}

/* `word<TAB>kind`; a later line for the same word wins. */
static void
add_line (Lexicon    *lexicon,
          const char *line,
          gsize       length)
{
  const char *tab = memchr (line, '\t', length);
  gsize word_length = tab != NULL ? (gsize) (tab - line) : 0;
  guint32 hash;
  Slot *slot;

  if (length == 0 || line[0] == '#' || tab == NULL || word_length == 0 || word_length > WORD_MAX)
    return;
  hash = hash_word (line, word_length);
  slot = slot_of (lexicon, line, word_length, hash);
  slot->hash = hash;
  slot->length = (guint8) word_length;
  memcpy (slot->word, line, word_length);
  slot->kind = length - word_length - 1 == strlen ("terminal") &&
               memcmp (tab + 1, "terminal", strlen ("terminal")) == 0
               ? REDAKSI_ABBREVIATION_TERMINAL : REDAKSI_ABBREVIATION_INNER;
}

static Lexicon *
load_lexicon (void)
{
  g_autoptr(GBytes) bytes = _redaksi_lookup_resource ("lexicon/abbreviations.tsv", NULL);
  Lexicon *lexicon = g_new0 (Lexicon, 1);
  const char *p, *end;
  gsize size, lines = 1, n_slots = 64;

  g_assert (bytes != NULL);
  p = g_bytes_get_data (bytes, &size);
  end = p + size;
  for (const char *q = p; (q = memchr (q, '\n', (gsize) (end - q))) != NULL; q++)
    lines++;
  /* A quarter full at most: a missing word ends its probe soon. */
  while (n_slots < 4 * lines)
    n_slots *= 2;
  lexicon->slots = g_new0 (Slot, n_slots);
  lexicon->mask = (guint32) n_slots - 1;
  while (p < end)
    {
      const char *line_end = memchr (p, '\n', (gsize) (end - p));

      if (line_end == NULL)
        line_end = end;
      add_line (lexicon, p, (gsize) (line_end - p));
      p = line_end + 1;
    }
  return lexicon;
}

RedaksiAbbreviationKind
_redaksi_abbreviation_lookup (const char *word,
                              gsize       length)
{
  static gsize lexicon_once;
  const Lexicon *lexicon;

  if (g_once_init_enter (&lexicon_once))
    g_once_init_leave (&lexicon_once, (gsize) load_lexicon ());
  lexicon = (const Lexicon *) lexicon_once;

  if (length == 0 || length > WORD_MAX)
    return REDAKSI_ABBREVIATION_NONE;
  return slot_of (lexicon, word, length, hash_word (word, length))->kind;
}
