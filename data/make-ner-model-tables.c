/* make-ner-model-tables.c: what the compiled-in entity model needs
 * computed before its first article
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   make-ner-model-tables MODEL.dense OUTPUT.h WORDS…
 *
 * Writes, as C arrays for plugin/entities/ner/redaksi-ner-model.c:
 * - the context templates' rows for every combination of their small
 *   values, which depend only on the model's size (a process filled
 *   them at every start), as the byte offsets the labeller reads;
 * - for the words news uses most, what the labeller's word cache keeps
 *   of each (redaksi-ner-words-private.h), computed by the library's
 *   own code with the model's rows: a process's first article then
 *   computes only its rarer words. The words are those of the WORDS
 *   lists (the common words, the lexicons, the given names), as written,
 *   in lower case and capitalised, with the cue words in capitals too,
 *   and punctuation and numbers; of them, the ones the model knows
 *   (their own word feature has weights).
 * The model's scores go with them: the library uses the words only with
 * the model they were computed with.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "redaksi-ner-cue-words-private.h"
#include "redaksi-ner-words-private.h"

#define DENSE_HEADER_SIZE 32
#define DENSE_SCORES_SIZE (sizeof (float) * NER_ROW * (NER_ROW + 1))
#define INDEX_BITS 15
#define MAX_WORDS ((1 << INDEX_BITS) / 2)

typedef struct
{
  const float *weights;
  guint        bits;
  GHashTable  *seen;       /* word → TRUE */
  GArray      *words;      /* NerKnownWord */
  guint16      index[1 << INDEX_BITS];
} Tables;

static void
index_add (Tables             *t,
           const NerKnownWord *known,
           guint16             position)
{
  guint mask = (1u << INDEX_BITS) - 1;
  guint slot = (guint) (ner_word_hash (&known->key, known->len) >> (64 - INDEX_BITS));

  while (t->index[slot] != 0)
    slot = (slot + 1) & mask;
  t->index[slot] = position;
}

static void
word_add (Tables     *t,
          const char *word,
          guint       len)
{
  NerKnownWord known;
  char copy[NER_WORD_KEY_MAX + 1];

  if (len == 0 || t->words->len >= MAX_WORDS)
    return;
  memset (&known, 0, sizeof known);  /* the padding too: the bytes are written */
  if (!ner_word_key (word, len, &known.key))
    return;
  memcpy (copy, word, len);
  copy[len] = '\0';
  if (g_hash_table_contains (t->seen, copy))
    return;
  g_hash_table_add (t->seen, g_strdup (copy));
  known.len = len;
  ner_word_info_compute (t->weights, t->bits, word, len, &known.info);
  g_array_append_val (t->words, known);
  index_add (t, &known, (guint16) t->words->len);
}

/* @word as written, in lower case and capitalised (ASCII letters). */
static void
word_add_forms (Tables     *t,
                const char *word,
                guint       len,
                gboolean    capitals)
{
  char buf[NER_WORD_KEY_MAX + 1];

  if (len > NER_WORD_KEY_MAX)
    return;
  word_add (t, word, len);
  for (guint i = 0; i < len; i++)
    buf[i] = g_ascii_tolower (word[i]);
  word_add (t, buf, len);
  buf[0] = g_ascii_toupper (buf[0]);
  word_add (t, buf, len);
  if (capitals)
    {
      for (guint i = 0; i < len; i++)
        buf[i] = g_ascii_toupper (word[i]);
      word_add (t, buf, len);
    }
}

static gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c >= 0x80;
}

/* The words of a list, lines starting with # left out. */
static void
words_from_text (Tables     *t,
                 const char *text,
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

            while (w_end < line_end && is_word_byte ((guchar) *w_end))
              w_end++;
            word_add_forms (t, w, (guint) (w_end - w), FALSE);
            w = w_end + 1;
          }
      p = line_end + 1;
    }
}

static void
words_from_cues (Tables *t)
{
  static const struct
  {
    const char * const *words;
    gsize               n;
  } lists[] = {
    { title_cues, G_N_ELEMENTS (title_cues) }, { org_cues, G_N_ELEMENTS (org_cues) },
    { place_cues, G_N_ELEMENTS (place_cues) }, { prep_cues, G_N_ELEMENTS (prep_cues) },
    { speech_cues, G_N_ELEMENTS (speech_cues) }, { joining_cues, G_N_ELEMENTS (joining_cues) },
    { time_cues, G_N_ELEMENTS (time_cues) }, { kin_cues, G_N_ELEMENTS (kin_cues) },
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (gsize i = 0; i < lists[l].n; i++)
      word_add_forms (t, lists[l].words[i], (guint) strlen (lists[l].words[i]), TRUE);
}

static void
words_punctuation_and_numbers (Tables *t)
{
  static const char punctuation[] = ".,:;!?\"'()[]-/%&+=*";
  char buf[8];

  for (const char *p = punctuation; *p != '\0'; p++)
    word_add (t, p, 1);
  word_add (t, "\xe2\x80\x9c", 3);  /* “ ” – — … */
  word_add (t, "\xe2\x80\x9d", 3);
  word_add (t, "\xe2\x80\x93", 3);
  word_add (t, "\xe2\x80\x94", 3);
  word_add (t, "\xe2\x80\xa6", 3);
  for (guint n = 0; n <= 100; n++)
    word_add (t, buf, (guint) g_snprintf (buf, sizeof buf, "%u", n));
  for (guint n = 1945; n <= 2040; n++)
    word_add (t, buf, (guint) g_snprintf (buf, sizeof buf, "%u", n));
}

static void
write_words32 (FILE          *out,
               const guint32 *words,
               gsize          n)
{
  for (gsize i = 0; i < n; i++)
    fprintf (out, "%s0x%08x,%s", i % 8 == 0 ? "  " : " ", words[i], i % 8 == 7 || i == n - 1 ? "\n" : "");
}

static void
write_tables (FILE               *out,
              const Tables       *t,
              const guint8       *scores,
              const NerContextTables *context)
{
  fprintf (out, "#define NER_DEFAULT_MODEL_BITS %u\n\n", t->bits);
  fprintf (out, "static const guint8 ner_default_model_scores[%" G_GSIZE_FORMAT "] = {\n",
           DENSE_SCORES_SIZE);
  for (gsize i = 0; i < DENSE_SCORES_SIZE; i++)
    fprintf (out, "%s%u,%s", i % 16 == 0 ? "  " : " ", scores[i], i % 16 == 15 ? "\n" : "");
  fprintf (out, "};\n\n");

  fprintf (out, "G_STATIC_ASSERT (sizeof (NerContextTables) == %" G_GSIZE_FORMAT ");\n",
           sizeof (NerContextTables));
  fprintf (out, "static const union\n{\n  guint32 flat[%" G_GSIZE_FORMAT "];\n"
                "  NerContextTables tables;\n} ner_default_context_tables = { {\n",
           sizeof (NerContextTables) / 4);
  write_words32 (out, (const guint32 *) context, sizeof (NerContextTables) / 4);
  fprintf (out, "} };\n\n");

  fprintf (out, "#define NER_KNOWN_WORD_INDEX_BITS %d\n\n", INDEX_BITS);
  fprintf (out, "static const guint16 ner_known_word_index[%d] = {\n", 1 << INDEX_BITS);
  for (guint i = 0; i < (1u << INDEX_BITS); i++)
    fprintf (out, "%s%u,%s", i % 16 == 0 ? "  " : " ", t->index[i], i % 16 == 15 ? "\n" : "");
  fprintf (out, "};\n\n");

  fprintf (out, "G_STATIC_ASSERT (sizeof (NerKnownWord) == %" G_GSIZE_FORMAT ");\n",
           sizeof (NerKnownWord));
  fprintf (out, "static const union\n{\n  guint32 flat[%" G_GSIZE_FORMAT "];\n"
                "  NerKnownWord words[%u];\n} ner_known_words_table = { {\n",
           t->words->len * sizeof (NerKnownWord) / 4, t->words->len);
  write_words32 (out, (const guint32 *) (gpointer) t->words->data,
                 t->words->len * sizeof (NerKnownWord) / 4);
  fprintf (out, "} };\n#define ner_known_words (ner_known_words_table.words)\n");
}

static const guint8 *
read_model (const char *path,
            GBytes    **bytes,
            guint      *bits)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  guint32 header[2];
  gsize size;

  if (!g_file_get_contents (path, &contents, &size, &error))
    g_error ("%s", error->message);
  if (size < DENSE_HEADER_SIZE + DENSE_SCORES_SIZE || memcmp (contents, "RDKNER\x02\x00", 8) != 0)
    g_error ("%s: not a dense entity model", path);
  memcpy (header, contents + 8, sizeof header);
  *bits = GUINT32_FROM_LE (header[1]);
  if (GUINT32_FROM_LE (header[0]) != NER_FEATURE_VERSION || *bits < 8 || *bits > 24
      || size != DENSE_HEADER_SIZE + DENSE_SCORES_SIZE + ((gsize) 1 << *bits) * NER_ROW * sizeof (float))
    g_error ("%s: entity model of another version or damaged", path);
  *bytes = g_bytes_new_take (g_steal_pointer (&contents), size);
  return g_bytes_get_data (*bytes, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) model = NULL;
  static Tables t;
  NerContextTables context;
  const guint8 *data;
  FILE *out;

  if (argc < 3)
    {
      fprintf (stderr, "usage: %s MODEL.dense OUTPUT.h WORDS…\n", argv[0]);
      return 2;
    }
  data = read_model (argv[1], &model, &t.bits);
  t.weights = (const float *) (gconstpointer) (data + DENSE_HEADER_SIZE + DENSE_SCORES_SIZE);
  t.seen = g_hash_table_new (g_str_hash, g_str_equal);
  t.words = g_array_new (FALSE, FALSE, sizeof (NerKnownWord));
  ner_context_tables_init (&context, t.bits);
  ner_context_tables_shift (&context, NER_ROW_SHIFT);

  words_punctuation_and_numbers (&t);
  words_from_cues (&t);
  for (int i = 3; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      gsize size;

      if (!g_file_get_contents (argv[i], &text, &size, &error))
        g_error ("%s", error->message);
      words_from_text (&t, text, size);
    }

  out = fopen (argv[2], "w");
  if (out == NULL)
    {
      perror (argv[2]);
      return 1;
    }
  fprintf (out, "/* Made by data/make-ner-model-tables.c from %s and its word lists\n"
                " * (%u words): do not edit. */\n\n", argv[1], t.words->len);
  write_tables (out, &t, data + DENSE_HEADER_SIZE, &context);
  if (fclose (out) != 0)
    {
      perror (argv[2]);
      return 1;
    }
  return 0;
}
