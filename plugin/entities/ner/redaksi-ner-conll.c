/* redaksi-ner-conll.c: CoNLL reading and conlleval scoring
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-ner-conll-private.h"

void
ner_sentence_free (gpointer data)
{
  NerSentence *s = data;

  g_ptr_array_unref (s->words);
  g_array_unref (s->labels);
  g_free (s);
}

static NerSentence *
sentence_new (void)
{
  NerSentence *s = g_new0 (NerSentence, 1);

  s->words = g_ptr_array_new_with_free_func (g_free);
  s->labels = g_array_new (FALSE, FALSE, sizeof (guint8));
  return s;
}

static guint8
parse_label (const char *name)
{
  NerLabel label;

  if (ner_label_parse (name, &label))
    return label;
  return NER_LABEL_O;
}

static void
flush_sentence (GPtrArray    *sentences,
                NerSentence **current)
{
  if (*current != NULL && (*current)->words->len > 0)
    g_ptr_array_add (sentences, *current);
  else if (*current != NULL)
    ner_sentence_free (*current);
  *current = NULL;
}

GPtrArray *
ner_conll_read (const char  *path,
                GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func (ner_sentence_free);
  g_auto(GStrv) lines = NULL;
  NerSentence *current = NULL;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = g_strsplit_set (g_strstrip (lines[i]), " \t", -1);
      guint n = g_strv_length (cols);

      if (n == 0 || cols[0][0] == '\0')
        {
          flush_sentence (sentences, &current);
          continue;
        }
      if (current == NULL)
        current = sentence_new ();
      guint8 label = n >= 2 ? parse_label (cols[n - 1]) : NER_LABEL_O;
      g_ptr_array_add (current->words, g_strdup (cols[0]));
      g_array_append_val (current->labels, label);
    }
  flush_sentence (sentences, &current);
  return g_steal_pointer (&sentences);
}

typedef struct
{
  guint start, end, type;
} Span;

static GArray *
spans_of (const guint8 *labels,
          guint         n)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (Span));

  for (guint i = 0; i < n;)
    {
      guint type = ner_label_type (labels[i]);

      if (type == 0)
        {
          i++;
          continue;
        }
      /* conlleval: a stray I- also opens a span. */
      Span s = { i, i + 1, type };
      while (s.end < n && !ner_label_is_begin (labels[s.end])
             && (guint) ner_label_type (labels[s.end]) == type)
        s.end++;
      g_array_append_val (spans, s);
      i = s.end;
    }
  return spans;
}

void
ner_score_add (NerScore     *score,
               const guint8 *gold,
               const guint8 *guess,
               guint         n)
{
  g_autoptr(GArray) g = spans_of (gold, n);
  g_autoptr(GArray) p = spans_of (guess, n);

  for (guint i = 0; i < g->len; i++)
    {
      Span *a = &g_array_index (g, Span, i);

      score->gold[0]++;
      score->gold[a->type]++;
      for (guint j = 0; j < p->len; j++)
        {
          Span *b = &g_array_index (p, Span, j);

          if (a->start == b->start && a->end == b->end && a->type == b->type)
            {
              score->correct[0]++;
              score->correct[a->type]++;
            }
        }
    }
  for (guint j = 0; j < p->len; j++)
    {
      score->guessed[0]++;
      score->guessed[g_array_index (p, Span, j).type]++;
    }
}

static void
prf (const NerScore *score,
     guint           type,
     double         *p,
     double         *r,
     double         *f)
{
  *p = score->guessed[type] ? (double) score->correct[type] / score->guessed[type] : 0;
  *r = score->gold[type] ? (double) score->correct[type] / score->gold[type] : 0;
  *f = (*p + *r) > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

double
ner_score_f1 (const NerScore *score,
              guint           type)
{
  double p, r, f;

  prf (score, type, &p, &r, &f);
  return f;
}

void
ner_score_print (const NerScore *score,
                 GString        *out)
{
  static const char * const names[] = { "micro", "PER", "ORG", "LOC" };

  g_string_append_printf (out, "%-6s %9s %9s %9s %6s %6s %6s\n",
                          "type", "precision", "recall", "F1", "gold", "guess", "right");
  for (guint t = 1; t <= 4; t++)
    {
      guint type = t % 4;
      double p, r, f;

      prf (score, type, &p, &r, &f);
      g_string_append_printf (out, "%-6s %9.4f %9.4f %9.4f %6u %6u %6u\n",
                              names[type], p, r, f, score->gold[type],
                              score->guessed[type], score->correct[type]);
    }
}
