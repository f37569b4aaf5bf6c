/* redaksi-train-ner.c: trains the entity model shipped in data/model
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * redaksi-train-ner --train train.txt --dev dev.txt -o entity-model.bin
 *
 * Averaged structured perceptron; the epoch with the best dev F1 wins.
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "ner/redaksi-ner-conll-private.h"
#include "ner/redaksi-ner-private.h"
#include "redaksi-gazetteer-private.h"

static char **opt_train;
static char *opt_dev;
static char *opt_output;
static int opt_epochs = 15;
static int opt_bits = 18;
static int opt_seed = 7;
static gboolean opt_no_gazetteer;
static int opt_runs = 1;
static double opt_word_dropout = 0;

static GOptionEntry entries[] = {
  { "train", 't', 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_train, "CoNLL file to learn from (repeatable)", "FILE" },
  { "dev", 'd', 0, G_OPTION_ARG_FILENAME, &opt_dev, "CoNLL file that picks the epoch", "FILE" },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output, "Where to write the model", "FILE" },
  { "epochs", 'e', 0, G_OPTION_ARG_INT, &opt_epochs, "Most epochs (default 15)", "N" },
  { "bits", 'b', 0, G_OPTION_ARG_INT, &opt_bits, "log2 of the weight rows (default 18)", "N" },
  { "seed", 's', 0, G_OPTION_ARG_INT, &opt_seed, "Shuffle seed (default 7)", "N" },
  { "word-dropout", 'w', 0, G_OPTION_ARG_DOUBLE, &opt_word_dropout, "Hide a token's own word this often while learning (default 0)", "P" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &opt_runs, "Average the best models of N shuffles (default 1)", "N" },
  { "no-gazetteer", 0, 0, G_OPTION_ARG_NONE, &opt_no_gazetteer, "Learn without gazetteer hints", NULL },
  { NULL }
};

static GPtrArray *
read_all (char   **paths,
          GError **error)
{
  GPtrArray *all = g_ptr_array_new_with_free_func (ner_sentence_free);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      GPtrArray *part = ner_conll_read (paths[i], error);

      if (part == NULL)
        {
          g_ptr_array_unref (all);
          return NULL;
        }
      /* The sentences move to @all. */
      for (guint j = 0; j < part->len; j++)
        g_ptr_array_add (all, part->pdata[j]);
      g_ptr_array_set_free_func (part, NULL);
      g_ptr_array_unref (part);
    }
  return all;
}

static void
shuffle (GPtrArray *items,
         GRand     *rand)
{
  for (guint i = items->len; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, (gint32) i);
      gpointer tmp = items->pdata[i - 1];

      items->pdata[i - 1] = items->pdata[j];
      items->pdata[j] = tmp;
    }
}

/* One shuffle seed: the averaged model of the epoch with the best dev
 * F1 (or of the last epoch without dev sentences). */
static NerModel *
train_one (GPtrArray        *train,
           GPtrArray        *dev,
           RedaksiGazetteer *gazetteer,
           int               seed,
           double           *best_f1,
           int              *best_epoch)
{
  g_autoptr(NerTrainer) trainer = ner_trainer_new ((guint) opt_bits);
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) seed);
  NerModel *best = NULL;

  ner_trainer_set_word_dropout (trainer, opt_word_dropout, (guint32) seed);
  *best_f1 = -1;
  for (int epoch = 1; epoch <= opt_epochs; epoch++)
    {
      guint wrong = 0, total = 0;
      NerModel *model;
      double f1;

      shuffle (train, rand);
      for (guint i = 0; i < train->len; i++)
        {
          NerSentence *s = train->pdata[i];
          g_autofree NerToken *tokens = _redaksi_gazetteer_hint_words (gazetteer, s->words);

          wrong += ner_trainer_learn (trainer, tokens, s->words->len,
                                      (const guint8 *) s->labels->data);
          total += s->words->len;
        }
      model = ner_trainer_average (trainer);
      f1 = dev ? _redaksi_ner_evaluate (model, gazetteer, dev, NULL) : 0;
      g_print ("epoch %2d  train errors %5u/%u  dev F1 %.4f\n", epoch, wrong, total, f1);
      if (dev == NULL || f1 > *best_f1)
        {
          g_clear_pointer (&best, ner_model_free);
          best = model;
          *best_f1 = f1;
          *best_epoch = epoch;
        }
      else
        ner_model_free (model);
    }
  return best;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— train the redaksi entity model");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) train = NULL;
  g_autoptr(GPtrArray) dev = NULL;
  g_autoptr(NerModel) ensemble = NULL;
  g_autoptr(RedaksiGazetteer) gazetteer = NULL;
  g_autoptr(GBytes) best = NULL;
  double best_f1 = -1;
  int best_epoch = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error)
      || opt_train == NULL || opt_output == NULL)
    {
      g_printerr ("redaksi-train-ner: %s\n",
                  error ? error->message : "--train and --output are required");
      return 2;
    }

  if (!(train = read_all (opt_train, &error))
      || (opt_dev && !(dev = ner_conll_read (opt_dev, &error))))
    {
      g_printerr ("redaksi-train-ner: %s\n", error->message);
      return 2;
    }

  if (!opt_no_gazetteer)
    gazetteer = redaksi_gazetteer_get_default ();
  if (opt_runs > 1)
    ensemble = ner_model_new_empty ((guint) opt_bits);
  for (int run = 0; run < opt_runs; run++)
    {
      g_autoptr(NerModel) model = train_one (train, dev, gazetteer, opt_seed + run, &best_f1, &best_epoch);

      g_print ("run %d (seed %d): epoch %d, dev F1 %.4f\n", run + 1, opt_seed + run, best_epoch, best_f1);
      if (ensemble == NULL)
        best = ner_model_serialize (model);
      else
        ner_model_accumulate (ensemble, model, 1.0f / (float) opt_runs);
    }
  if (ensemble != NULL)
    {
      best_f1 = dev ? _redaksi_ner_evaluate (ensemble, gazetteer, dev, NULL) : 0;
      g_print ("average of %d runs: dev F1 %.4f\n", opt_runs, best_f1);
      best = ner_model_serialize (ensemble);
    }

  if (!g_file_set_contents (opt_output, g_bytes_get_data (best, NULL),
                            (gssize) g_bytes_get_size (best), &error))
    {
      g_printerr ("redaksi-train-ner: %s\n", error->message);
      return 2;
    }
  g_print ("wrote %s (dev F1 %.4f, %zu bytes)\n", opt_output, best_f1, g_bytes_get_size (best));
  return 0;
}
