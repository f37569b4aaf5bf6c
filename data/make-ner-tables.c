/* make-ner-tables.c: the labeller's cue words and given names as
 * constant tables
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   make-ner-tables GIVEN-NAMES.txt OUTPUT.h
 *
 * Fills the open-addressing tables of word hashes that the labeller
 * (plugin/entities/ner/redaksi-ner-features.c) looks words up in, with
 * the labeller's own hashing and folding, and writes them as C arrays:
 * a process then reads them where they lie instead of hashing 2,000
 * words into 80 KB of zeroed memory before its first article.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "redaksi-ner-cue-words-private.h"
#include "redaksi-ner-hash-private.h"

#define CUE_TABLE_BITS 11
#define GIVEN_TABLE_BITS 13

static guint64 cue_keys[1 << CUE_TABLE_BITS];
static guint8  cue_values[1 << CUE_TABLE_BITS];
static guint64 given_keys[1 << GIVEN_TABLE_BITS];

/* The first list to name a word wins. */
static void
cue_table_add (const char * const *words,
               gsize               n_words,
               NerCue              cue)
{
  for (gsize i = 0; i < n_words; i++)
    {
      guint64 key = ner_hash_bytes (words[i], strlen (words[i]));
      guint slot = key & ((1 << CUE_TABLE_BITS) - 1);

      while (cue_keys[slot] != 0 && cue_keys[slot] != key)
        slot = (slot + 1) & ((1 << CUE_TABLE_BITS) - 1);
      if (cue_keys[slot] == 0)
        {
          cue_keys[slot] = key;
          cue_values[slot] = cue;
        }
    }
}

static void
cue_table_fill (void)
{
  cue_table_add (time_cues, G_N_ELEMENTS (time_cues), NER_CUE_TIME);
  cue_table_add (title_cues, G_N_ELEMENTS (title_cues), NER_CUE_TITLE);
  cue_table_add (kin_cues, G_N_ELEMENTS (kin_cues), NER_CUE_KIN);
  cue_table_add (org_cues, G_N_ELEMENTS (org_cues), NER_CUE_ORG);
  cue_table_add (place_cues, G_N_ELEMENTS (place_cues), NER_CUE_PLACE);
  cue_table_add (prep_cues, G_N_ELEMENTS (prep_cues), NER_CUE_PREP);
  cue_table_add (speech_cues, G_N_ELEMENTS (speech_cues), NER_CUE_SPEECH);
  cue_table_add (joining_cues, G_N_ELEMENTS (joining_cues), NER_CUE_JOIN);
}

/* Words that do not fold to ASCII in 64 bytes are no given names. */
static void
given_table_add (const char *word,
                 gsize       len)
{
  char buf[64];
  guint64 key;
  guint slot;

  if (!ner_ascii_lower (word, len, buf, sizeof buf))
    return;
  key = ner_hash_bytes (buf, len);
  slot = key & ((1 << GIVEN_TABLE_BITS) - 1);
  while (given_keys[slot] != 0 && given_keys[slot] != key)
    slot = (slot + 1) & ((1 << GIVEN_TABLE_BITS) - 1);
  given_keys[slot] = key;
}

/* Names are separated by spaces; lines starting with # are comments. */
static void
given_table_fill (const char *text,
                  gsize       size)
{
  const char *p = text, *end = text + size;

  while (p < end)
    {
      const char *line_end = memchr (p, '\n', (gsize) (end - p));

      if (line_end == NULL)
        line_end = end;
      if (*p != '#')
        for (const char *w = p; w < line_end;)
          {
            const char *w_end = w;

            while (w_end < line_end && *w_end != ' ')
              w_end++;
            if (w_end > w)
              given_table_add (w, (gsize) (w_end - w));
            w = w_end + 1;
          }
      p = line_end + 1;
    }
}

static void
write_keys (FILE          *out,
            const char    *name,
            const guint64 *keys,
            gsize          n)
{
  fprintf (out, "static const guint64 %s[%" G_GSIZE_FORMAT "] = {\n", name, n);
  for (gsize i = 0; i < n; i++)
    fprintf (out, "%s0x%016" G_GINT64_MODIFIER "xULL,%s", i % 4 == 0 ? "  " : " ", keys[i],
             i % 4 == 3 ? "\n" : "");
  fprintf (out, "};\n\n");
}

static void
write_values (FILE         *out,
              const char   *name,
              const guint8 *values,
              gsize         n)
{
  fprintf (out, "static const guint8 %s[%" G_GSIZE_FORMAT "] = {\n", name, n);
  for (gsize i = 0; i < n; i++)
    fprintf (out, "%s%u,%s", i % 16 == 0 ? "  " : " ", values[i], i % 16 == 15 ? "\n" : "");
  fprintf (out, "};\n\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *given = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  FILE *out;

  if (argc != 3)
    {
      fprintf (stderr, "usage: %s GIVEN-NAMES.txt OUTPUT.h\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[1], &given, &size, &error))
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return 1;
    }
  cue_table_fill ();
  given_table_fill (given, size);
  out = fopen (argv[2], "w");
  if (out == NULL)
    {
      perror (argv[2]);
      return 1;
    }
  fprintf (out, "/* Made by data/make-ner-tables.c from redaksi-ner-cue-words-private.h\n"
                " * and %s: do not edit. */\n\n", argv[1]);
  fprintf (out, "#define CUE_TABLE_BITS %d\n#define GIVEN_TABLE_BITS %d\n\n", CUE_TABLE_BITS,
           GIVEN_TABLE_BITS);
  write_keys (out, "cue_keys", cue_keys, G_N_ELEMENTS (cue_keys));
  write_values (out, "cue_values", cue_values, G_N_ELEMENTS (cue_values));
  write_keys (out, "given_keys", given_keys, G_N_ELEMENTS (given_keys));
  if (fclose (out) != 0)
    {
      perror (argv[2]);
      return 1;
    }
  return 0;
}
