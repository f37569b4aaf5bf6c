/* redaksi-abbreviations.c: the abbreviation lexicon, compiled in
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-tokenizer-private.h"

/* data/lexicon/abbreviations.tsv as data/make-abbreviations.py writes
 * it: looked up where it lies, with nothing to parse or allocate at a
 * process's first full stop. */
typedef struct
{
  guint16 word;  /* offset + 1 into abbreviation_strings; 0: empty */
  guint8  kind;  /* RedaksiAbbreviationKind */
} AbbreviationSlot;

#include "redaksi-abbreviations-table.h"

/* FNV-1a, as data/make-abbreviations.py hashes the forms. */
static guint32
form_hash (const char *word,
           gsize       length)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < length; i++)
    h = (h ^ (guchar) word[i]) * 16777619u;
  return h;
}

RedaksiAbbreviationKind
_redaksi_abbreviation_lookup (const char *word,
                              gsize       length)
{
  const guint32 mask = ABBREVIATION_N_SLOTS - 1;

  G_STATIC_ASSERT ((ABBREVIATION_N_SLOTS & (ABBREVIATION_N_SLOTS - 1)) == 0);
  /* A NUL ends the word, as it ended the key. Most words asked about end
   * a sentence (`mengatakan.`) and are longer than any form, which says
   * they are none without hashing them. */
  if (length == 0)
    return REDAKSI_ABBREVIATION_NONE;
  length = strnlen (word, MIN (length, ABBREVIATION_LONGEST + 1));
  if (length > ABBREVIATION_LONGEST)
    return REDAKSI_ABBREVIATION_NONE;
  for (guint32 i = form_hash (word, length) & mask; abbreviation_slots[i].word != 0; i = (i + 1) & mask)
    {
      const char *form = abbreviation_strings + abbreviation_slots[i].word - 1;

      if (strncmp (form, word, length) == 0 && form[length] == '\0')
        return (RedaksiAbbreviationKind) abbreviation_slots[i].kind;
    }
  return REDAKSI_ABBREVIATION_NONE;
}
