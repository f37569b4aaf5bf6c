/* make-unit-forms.c: data/lexicon/units.tsv as constant C tables
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   make-unit-forms UNITS.tsv OUTPUT.h
 *
 * Writes what plugin/entities/redaksi-org-units.c used to make from the
 * file at its first use: the forms, those of a first word together and
 * longest first (otherwise in the file's order: "Kepolisian Resor Kota"
 * before "Kepolisian Resor"), a word table giving a first word the index
 * + 1 of its first form (filled by the library's own
 * _redaksi_word_table_add(), so its slots are those the library would
 * make), and per first byte the lengths of the first words. Every
 * string is an offset into one string, so that nothing is parsed,
 * allocated or relocated when a process starts.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "redaksi-word-table-private.h"

#define UNIT_MAX_WORDS 5

typedef struct
{
  char     *words[UNIT_MAX_WORDS];
  guint     n_words;
  guint     n_same_first;
  char     *short_form;
  gboolean  any_name;
  gboolean  event;
  gboolean  numbered;
  gboolean  school;
} Form;

/* Cuts @text in place at each @separator, into at most @max pieces
 * (the last keeps the rest), as g_strsplit() would. */
static guint
cut_in_place (char  *text,
              char   separator,
              char **pieces,
              guint  max)
{
  guint n = 0;

  pieces[n++] = text;
  for (char *p = text; *p != '\0' && n < max; p++)
    if (*p == separator)
      {
        *p = '\0';
        pieces[n++] = p + 1;
      }
  return n;
}

/* @line as a form; FALSE for a comment or a line without three fields.
 * A form's words are held in ASCII lower case. */
static gboolean
form_parse (char *line,
            Form *form)
{
  char *fields[4];

  if (line[0] == '#' || cut_in_place (line, '\t', fields, 4) != 3)
    return FALSE;
  form->n_words = cut_in_place (fields[0], ' ', form->words, UNIT_MAX_WORDS);
  for (guint k = 0; k < form->n_words; k++)
    for (char *p = form->words[k]; *p != '\0'; p++)
      {
        if ((guchar) *p >= 0x80)
          {
            fprintf (stderr, "make-unit-forms: a form's words must be ASCII: %s\n", form->words[k]);
            exit (1);
          }
        *p = g_ascii_tolower (*p);
      }
  form->short_form = fields[1];
  form->any_name = g_str_equal (fields[2], "name");
  form->event = g_str_equal (fields[2], "event");
  form->numbered = g_str_equal (fields[2], "numbered");
  form->school = g_str_equal (fields[2], "school");
  return TRUE;
}

static GArray *
forms_parse (char *text)
{
  GArray *forms = g_array_new (FALSE, TRUE, sizeof (Form));

  for (char *line = text, *next; *line != '\0'; line = next)
    {
      Form form = { { NULL } };

      next = strchr (line, '\n');
      next = next != NULL ? (*next = '\0', next + 1) : line + strlen (line);
      if (form_parse (line, &form))
        g_array_append_val (forms, form);
    }
  return forms;
}

/* Orders a first word's forms longest first, keeping the file's order
 * among forms of as many words (a stable sort). */
static gint
form_longer_first (gconstpointer a,
                   gconstpointer b)
{
  return (gint) ((const Form *) b)->n_words - (gint) ((const Form *) a)->n_words;
}

/* @parsed grouped by first word, in order of the first word's first
 * line; @table gives a first word its group's index + 1. */
static GArray *
forms_group (GArray           *parsed,
             RedaksiWordTable *table)
{
  GArray *grouped = g_array_new (FALSE, TRUE, sizeof (Form));

  for (guint f = 0; f < parsed->len; f++)
    {
      const char *first = g_array_index (parsed, Form, f).words[0];
      guint run = grouped->len;

      if (_redaksi_word_table_lookup (table, ner_hash_bytes (first, strlen (first)), first, strlen (first)))
        continue;
      for (guint g = f; g < parsed->len; g++)
        if (g_str_equal (g_array_index (parsed, Form, g).words[0], first))
          g_array_append_val (grouped, g_array_index (parsed, Form, g));
      /* g_array_sort() is not stable; insertion is, and the runs are short. */
      for (guint k = run + 1; k < grouped->len; k++)
        for (guint j = k; j > run && form_longer_first (&g_array_index (grouped, Form, j - 1),
                                                        &g_array_index (grouped, Form, j)) > 0; j--)
          {
            Form held = g_array_index (grouped, Form, j);

            g_array_index (grouped, Form, j) = g_array_index (grouped, Form, j - 1);
            g_array_index (grouped, Form, j - 1) = held;
          }
      g_array_index (grouped, Form, run).n_same_first = grouped->len - run;
      _redaksi_word_table_add (table, first, run + 1);
    }
  return grouped;
}

/* The offset of @word in @pool, added the first time it is asked for. */
static guint
pool_offset (GString    *pool,
             GHashTable *offsets,
             const char *word)
{
  gpointer held;

  if (g_hash_table_lookup_extended (offsets, word, NULL, &held))
    return GPOINTER_TO_UINT (held);
  g_hash_table_insert (offsets, (gpointer) word, GUINT_TO_POINTER (pool->len));
  g_string_append_len (pool, word, (gssize) strlen (word) + 1);
  return (guint) pool->len - (guint) strlen (word) - 1;
}

static void
write_pool (FILE          *out,
            const GString *pool)
{
  fprintf (out, "static const char unit_strings[] =\n  \"");
  for (gsize i = 0; i < pool->len; i++)
    {
      guchar c = (guchar) pool->str[i];

      if (c == '\0')
        fprintf (out, i + 1 < pool->len ? "\\000\"\n  \"" : "\";\n\n");
      else
        fprintf (out, g_ascii_isalnum (c) || strchr (" -.'", c) ? "%c" : "\\%03o", c);
    }
  if (pool->len > G_MAXUINT16)
    {
      fprintf (stderr, "make-unit-forms: more strings than 16-bit offsets reach\n");
      exit (1);
    }
}

static void
write_forms (FILE       *out,
             GArray     *grouped,
             GString    *pool,
             GHashTable *offsets)
{
  fprintf (out, "static const UnitForm unit_form_array[%u] = {\n", grouped->len);
  for (guint f = 0; f < grouped->len; f++)
    {
      const Form *form = &g_array_index (grouped, Form, f);

      fprintf (out, "  { {");
      for (guint k = 0; k < UNIT_MAX_WORDS; k++)
        fprintf (out, " %u,", k < form->n_words ? pool_offset (pool, offsets, form->words[k]) : 0);
      fprintf (out, " }, %u, %u, %u, %d, %d, %d, %d },\n", form->n_words, form->n_same_first,
               pool_offset (pool, offsets, form->short_form), form->any_name, form->event, form->numbered,
               form->school);
    }
  fprintf (out, "};\n\n");
}

/* Per first byte, bit n set when a first word starting with it has n
 * bytes (n < 32). */
static void
write_first_lengths (FILE   *out,
                     GArray *grouped)
{
  guint32 lengths[256] = { 0 };

  for (guint f = 0; f < grouped->len; f++)
    {
      const char *first = g_array_index (grouped, Form, f).words[0];

      if (strlen (first) < 32)
        lengths[(guchar) first[0]] |= 1u << strlen (first);
    }
  fprintf (out, "static const guint32 unit_first_lengths[256] = {\n");
  for (guint c = 0; c < 256; c++)
    if (lengths[c] != 0)
      fprintf (out, "  ['%c'] = 0x%08x,\n", c, lengths[c]);
  fprintf (out, "};\n\n");
}

static void
write_first_words (FILE             *out,
                   RedaksiWordTable *table,
                   GString          *pool,
                   GHashTable       *offsets)
{
  fprintf (out, "static const RedaksiWordConstSlot unit_first_word_slots[%" G_GSIZE_FORMAT "] = {\n",
           table->mask + 1);
  for (gsize k = 0; k <= table->mask; k++)
    fprintf (out, "  { G_GUINT64_CONSTANT (0x%016" G_GINT64_MODIFIER "x), %u, %u },\n", table->slots[k].hash,
             table->slots[k].hash != 0 ? pool_offset (pool, offsets, table->slots[k].word) : 0,
             table->slots[k].value);
  fprintf (out, "};\n\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) parsed = NULL;
  g_autoptr(GArray) grouped = NULL;
  g_autoptr(GString) pool = g_string_new (NULL);
  g_autoptr(GHashTable) offsets = g_hash_table_new (g_str_hash, g_str_equal);
  RedaksiWordTable *table = _redaksi_word_table_new ();
  FILE *out;

  if (argc != 3)
    {
      fprintf (stderr, "usage: make-unit-forms UNITS.tsv OUTPUT.h\n");
      return 2;
    }
  if (!g_file_get_contents (argv[1], &text, NULL, &error))
    {
      fprintf (stderr, "make-unit-forms: %s\n", error->message);
      return 1;
    }
  parsed = forms_parse (text);
  grouped = forms_group (parsed, table);
  if (grouped->len == 0 || (out = fopen (argv[2], "w")) == NULL)
    {
      fprintf (stderr, "make-unit-forms: no forms in %s, or %s cannot be written\n", argv[1], argv[2]);
      return 1;
    }
  fprintf (out, "/* Made by data/make-unit-forms.c from units.tsv: do not edit. */\n\n"
                "#define UNIT_MAX_WORDS %d\n\n"
                "/* One line of units.tsv; its strings are offsets into unit_strings. */\n"
                "typedef struct\n{\n"
                "  guint16 words[UNIT_MAX_WORDS];  /* in ASCII lower case */\n"
                "  guint8  n_words;\n"
                "  guint8  n_same_first;  /* forms from this one on sharing its first word */\n"
                "  guint16 short_form;\n"
                "  guint8  any_name;  /* \"Satgas Pangan\": any capitalised words follow */\n"
                "  guint8  event;     /* \"Munas VIII Kadin\", \"tragedi Kanjuruhan\" */\n"
                "  guint8  numbered;  /* \"Komisi VII DPR\": a number, then maybe its body */\n"
                "  guint8  school;    /* \"SMAN 6 Kota Malang\": a number, then maybe its place */\n"
                "} UnitForm;\n\n", UNIT_MAX_WORDS);
  write_forms (out, grouped, pool, offsets);
  write_first_words (out, table, pool, offsets);
  write_first_lengths (out, grouped);
  write_pool (out, pool);
  fprintf (out, "static const RedaksiWordConstTable unit_first_words = "
                "{ unit_first_word_slots, unit_strings, %" G_GSIZE_FORMAT " };\n", table->mask);
  g_free (table->slots);
  g_free (table);
  return fclose (out) == 0 ? 0 : 1;
}
