/* test-hotpath.c: the per-article shortcuts give what the long way gives
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The labeller keeps a word's features and weights in a per-thread
 * cache, the quote analysis lowercases ASCII words itself and looks
 * titles up in a set. Each must answer exactly as before: these tests
 * compare them with the computation they replace, on the development
 * set's articles and on words chosen to reach the slow paths.
 */

#include "config.h"

#include <string.h>

#include "redaksi-document-private.h"
#include "redaksi-quote-lexicon-private.h"
#include "redaksi-quote-scan-private.h"
#include "redaksi-tagger-private.h"
#include "ner/redaksi-ner-features.h"
#include "redaksi-test-util.h"


/* One sentence as the labeller takes it. */
typedef struct
{
  NerToken  *tokens;
  guint      n;
  GPtrArray *words;     /* the tokens' text: they outlive the document */
} Sentence;

static void
sentence_free (gpointer data)
{
  Sentence *sentence = data;

  g_free (sentence->tokens);
  g_ptr_array_unref (sentence->words);
  g_free (sentence);
}

static void
add_sentences (GPtrArray  *sentences,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, &error);
  const RedaksiToken *tokens;
  const RedaksiSpan *spans;
  guint n_tokens, n_spans;
  const char *doc_text;

  g_assert_no_error (error);
  doc_text = redaksi_document_get_text (document, NULL);
  tokens = _redaksi_document_peek_tokens (document, &n_tokens);
  spans = _redaksi_document_peek_sentences (document, &n_spans);
  for (guint s = 0; s < n_spans; s++)
    {
      Sentence *sentence = g_new0 (Sentence, 1);

      sentence->n = spans[s].end_token - spans[s].first_token;
      sentence->tokens = g_new0 (NerToken, MAX (sentence->n, 1));
      sentence->words = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < sentence->n; i++)
        {
          const RedaksiToken *token = &tokens[spans[s].first_token + i];
          char *word = g_strndup (doc_text + token->start, token->end - token->start);

          g_ptr_array_add (sentence->words, word);
          sentence->tokens[i].text = word;
          sentence->tokens[i].len = token->end - token->start;
          sentence->tokens[i].gaz_class = (guint8) (i % NER_N_GAZ);
          sentence->tokens[i].gaz_begin = i % 3 == 0;
        }
      g_ptr_array_add (sentences, sentence);
    }
}

/* Every sentence of the development set, with a long word and a
 * non-ASCII one added so that the uncached paths are taken too. */
static GPtrArray *
devset_sentences (void)
{
  g_autoptr(GPtrArray) texts = redaksi_test_devset_texts ();
  GPtrArray *sentences = g_ptr_array_new_with_free_func (sentence_free);

  for (guint i = 0; i < texts->len; i++)
    add_sentences (sentences, texts->pdata[i]);
  add_sentences (sentences, "Menteri Kesejahteraan-Ketenagakerjaan-Pemberdayaan-Perempuan "
                            "Élodie Müller bertemu Presiden Joko Widodo di Jakarta.");
  g_assert_cmpuint (sentences->len, >, 500);
  return sentences;
}

static guint
model_bits (const NerModel *model)
{
  return g_bit_storage (ner_model_get_n_rows (model)) - 1;
}

static guint8 *
tag_all (const NerModel *model,
         GPtrArray      *sentences)
{
  gsize total = 0, at = 0;
  guint8 *labels;

  for (guint s = 0; s < sentences->len; s++)
    total += ((Sentence *) sentences->pdata[s])->n;
  labels = g_new0 (guint8, MAX (total, 1));
  for (guint s = 0; s < sentences->len; s++)
    {
      Sentence *sentence = sentences->pdata[s];

      ner_model_tag (model, sentence->tokens, sentence->n, labels + at);
      at += sentence->n;
    }
  return labels;
}

static gsize
count_tokens (GPtrArray *sentences)
{
  gsize total = 0;

  for (guint s = 0; s < sentences->len; s++)
    total += ((Sentence *) sentences->pdata[s])->n;
  return total;
}

/* A model whose weights change is not answered from what the cache kept
 * of its old weights. */
static void
test_cache_follows_weights (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NerModel) trained = _redaksi_ner_model_load_default (&error);
  g_autoptr(GPtrArray) sentences = devset_sentences ();
  g_autoptr(NerModel) model = NULL, empty = NULL;
  g_autofree guint8 *trained_labels = NULL, *again = NULL, *zeroed = NULL, *expected = NULL;
  gsize total = count_tokens (sentences), named = 0;

  g_assert_no_error (error);
  model = ner_model_new_empty (model_bits (trained));
  empty = ner_model_new_empty (model_bits (trained));
  ner_model_accumulate (model, trained, 1.0f);
  again = tag_all (trained, sentences);
  /* Last into the cache: @model's words. */
  trained_labels = tag_all (model, sentences);
  g_assert_cmpmem (trained_labels, total, again, total);
  for (gsize i = 0; i < total; i++)
    named += trained_labels[i] != NER_LABEL_O;
  g_assert_cmpuint (named, >, 1000);

  /* Every weight back to 0: the labels are those of an empty model. */
  ner_model_accumulate (model, trained, -1.0f);
  zeroed = tag_all (model, sentences);
  expected = tag_all (empty, sentences);
  g_assert_cmpmem (zeroed, total, expected, total);
}

typedef struct
{
  const NerModel *model;
  GPtrArray      *sentences;
  const guint8   *expected;
  gsize           total;
} ThreadCase;

static gpointer
tag_in_thread (gpointer data)
{
  ThreadCase *c = data;

  for (guint round = 0; round < 3; round++)
    {
      g_autofree guint8 *labels = tag_all (c->model, c->sentences);

      if (memcmp (labels, c->expected, c->total) != 0)
        return GINT_TO_POINTER (1);
    }
  return NULL;
}

/* One model from many threads at once: each has its own cache, and
 * each gets the labels one thread gets. */
static void
test_cache_threads (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NerModel) model = _redaksi_ner_model_load_default (&error);
  g_autoptr(GPtrArray) sentences = devset_sentences ();
  g_autofree guint8 *expected = NULL;
  ThreadCase c;
  GThread *threads[4];

  g_assert_no_error (error);
  expected = tag_all (model, sentences);
  c = (ThreadCase) { model, sentences, expected, count_tokens (sentences) };
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("tag", tag_in_thread, &c);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_null (g_thread_join (threads[i]));
}

/* The quote analysis's lowercase words are g_utf8_strdown()'s. */
static void
test_token_lower (void)
{
  static const char text[] =
    "MENTERI Élodie berkata: \"KAMİ SİAP\", ujar İbrahim dari ISTANBUL.\n"
    "Kata Sang Menlu, \"Ya.\" Pemerintah ÇAĞLAYAN dan Øresund menolak, tegasnya.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, &error);
  QuoteScan scan;
  guint non_ascii = 0;

  g_assert_no_error (error);
  _redaksi_quote_scan_init (&scan, document, NULL, NULL);
  for (guint t = 0; t < scan.n_tokens; t++)
    {
      const RedaksiToken *token = &scan.tokens[t];
      g_autofree char *lower = _redaksi_quote_token_lower (&scan, t);
      g_autofree char *expected = g_utf8_strdown (scan.text + token->start,
                                                  token->end - token->start);

      g_assert_cmpstr (lower, ==, expected);
      for (guint i = token->start; i < token->end; i++)
        non_ascii += (guchar) scan.text[i] >= 0x80;
    }
  g_assert_cmpuint (non_ascii, >, 5);
  _redaksi_quote_scan_clear (&scan);
}

/* Titles are found whatever their case; a word longer than the
 * lowercasing buffer or outside ASCII still goes the long way. */
static void
test_titles (void)
{
  g_autofree char *long_word = g_strnfill (100, 'A');
  g_autofree char *long_title = g_strconcat ("menteri", long_word, NULL);

  g_assert_true (_redaksi_quote_is_title ("Menteri"));
  g_assert_true (_redaksi_quote_is_title ("MENTERI"));
  g_assert_true (_redaksi_quote_is_title ("menteri"));
  g_assert_true (_redaksi_quote_is_title ("Dr."));
  g_assert_true (_redaksi_quote_is_title ("PROF."));
  g_assert_true (_redaksi_quote_is_title ("dr"));  /* "dr Robertus Pamuryanto", as news writes it */
  g_assert_false (_redaksi_quote_is_title ("Prof"));
  g_assert_false (_redaksi_quote_is_title ("Banjir"));
  g_assert_false (_redaksi_quote_is_title (""));
  g_assert_false (_redaksi_quote_is_title (long_word));
  g_assert_false (_redaksi_quote_is_title (long_title));
  g_assert_false (_redaksi_quote_is_title ("Ménteri"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/hotpath/ner/cache-follows-weights", test_cache_follows_weights);
  g_test_add_func ("/redaksi/hotpath/ner/cache-threads", test_cache_threads);
  g_test_add_func ("/redaksi/hotpath/quotes/token-lower", test_token_lower);
  g_test_add_func ("/redaksi/hotpath/quotes/titles", test_titles);
  return g_test_run ();
}
