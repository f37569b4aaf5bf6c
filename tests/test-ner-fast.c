/* test-ner-fast.c: the labeller's fast path labels as the long way does
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * ner_model_tag() keeps words in a per-thread cache, reads most context
 * features from tables and runs a Viterbi that knows BIO. These tests
 * label with the plain computation instead (every template hashed, the
 * weights summed feature by feature, Viterbi over every predecessor)
 * and require the same labels: with the shipped model, and with models
 * whose weights are small multiples of one half, so that scores tie
 * often and only the same tie-breaking gives the same labels.
 */

#include "config.h"

#include <string.h>

#include "redaksi-document-private.h"
#include "redaksi-resources-private.h"
#include "redaksi-tagger-private.h"
#include "ner/redaksi-ner-features.h"
#include "ner/redaksi-ner-context-private.h"
#include "ner/redaksi-ner-hash-private.h"
#include "redaksi-test-util.h"

/* ner_model_tag() labels long runs in windows of this many tokens. */
#define WINDOW 512
#define NEG_INF (-1e30f)

/* A model's numbers as the long way reads them. */
typedef struct
{
  guint  bits;
  float *weights;                  /* (1 << bits) × NER_ROW */
  float  trans[NER_ROW][NER_ROW];
  float  start[NER_ROW];
} Plain;

static void
plain_free (Plain *plain)
{
  g_free (plain->weights);
  g_free (plain);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Plain, plain_free)

typedef struct
{
  NerToken  *tokens;
  guint      n;
  GPtrArray *words;
} Sentence;

static void
sentence_free (gpointer data)
{
  Sentence *sentence = data;

  g_free (sentence->tokens);
  g_ptr_array_unref (sentence->words);
  g_free (sentence);
}

/* Gazetteer hints of every class, begin bit or not, from @seed. */
static Sentence *
sentence_new (GPtrArray *words,
              guint      seed)
{
  Sentence *sentence = g_new0 (Sentence, 1);

  sentence->n = words->len;
  sentence->words = words;
  sentence->tokens = g_new0 (NerToken, MAX (words->len, 1));
  for (guint i = 0; i < words->len; i++)
    {
      sentence->tokens[i].text = words->pdata[i];
      sentence->tokens[i].len = (guint) strlen (words->pdata[i]);
      sentence->tokens[i].gaz_class = (guint8) ((i * 7 + seed) % NER_N_GAZ);
      sentence->tokens[i].gaz_begin = (i + seed) % 3 == 0;
    }
  return sentence;
}

static void
add_text (GPtrArray  *sentences,
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
      GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

      for (guint t = spans[s].first_token; t < spans[s].end_token; t++)
        g_ptr_array_add (words, g_strndup (doc_text + tokens[t].start,
                                           tokens[t].end - tokens[t].start));
      g_ptr_array_add (sentences, sentence_new (words, sentences->len));
    }
}

/* One run longer than a window, of words that repeat. */
static void
add_long_run (GPtrArray *sentences)
{
  static const char * const vocabulary[] = {
    "Presiden", "Joko", "Widodo", "di", "Jakarta", "kata", "PT", "Bank", "Mandiri",
    "dan", ",", "Kota", "Bekasi", "yang", "2024", "Menteri", "Sri", "Mulyani", ".",
  };
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < 2 * WINDOW + 77; i++)
    g_ptr_array_add (words, g_strdup (vocabulary[(i * i + 3 * i) % G_N_ELEMENTS (vocabulary)]));
  g_ptr_array_add (sentences, sentence_new (words, 1));
}

/* The development set's sentences, and words that reach the rare
 * paths: long, not ASCII, of one letter, sentences of one token and
 * of none, a run longer than a window. */
static GPtrArray *
test_sentences (void)
{
  g_autoptr(GPtrArray) texts = redaksi_test_devset_texts ();
  GPtrArray *sentences = g_ptr_array_new_with_free_func (sentence_free);

  for (guint i = 0; i < texts->len; i++)
    add_text (sentences, texts->pdata[i]);
  add_text (sentences, "Menteri Kesejahteraan-Ketenagakerjaan-Pemberdayaan-Perempuan-Indonesia "
                       "Élodie Müller bertemu Presiden Joko Widodo di JAKARTA, ÇAĞLAYAN, Øresund "
                       "dan Jum’at pagi pukul 10.30 WIB (PT ABC Tbk.) a b c x y z 1 2 3.");
  add_text (sentences, "Ya.");
  /* A hint no gazetteer gives: labelled the long way. */
  add_text (sentences, "Gubernur Anies Baswedan meninjau banjir di Kampung Melayu.");
  ((Sentence *) g_ptr_array_index (sentences, sentences->len - 1))->tokens[2].gaz_class = NER_N_GAZ + 2;
  g_ptr_array_add (sentences, sentence_new (g_ptr_array_new_with_free_func (g_free), 2));
  add_long_run (sentences);
  g_assert_cmpuint (sentences->len, >, 500);
  return sentences;
}

/* BIO: an I- label continues a span of its own type. */
static gboolean
allowed (guint prev,
         guint next)
{
  if (next == NER_LABEL_O || ner_label_is_begin (next))
    return TRUE;
  return prev != NER_LABEL_O && ner_label_type (prev) == ner_label_type (next);
}

/* Every template hashed, the weights summed in template order. */
static void
plain_emissions (const Plain    *plain,
                 const NerToken *tokens,
                 guint           n,
                 float          *emissions)
{
  g_autofree NerTokenInfo *infos = g_new0 (NerTokenInfo, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    ner_token_info_compute (&tokens[i], &infos[i]);
  for (guint i = 0; i < n; i++)
    {
      guint32 rows[NER_N_FEATURES];
      float *e = emissions + (gsize) i * NER_ROW;

      ner_features_compute (infos, n, i, plain->bits, rows);
      memset (e, 0, NER_ROW * sizeof (float));
      for (guint f = 0; f < NER_N_FEATURES; f++)
        for (guint l = 0; l < NER_ROW; l++)
          e[l] += plain->weights[(gsize) rows[f] * NER_ROW + l];
    }
}

/* Viterbi over every predecessor, forbidden ones at NEG_INF; the first
 * best predecessor wins. */
static void
plain_viterbi (const Plain *plain,
               const float *emissions,
               guint        n,
               guint8      *labels)
{
  g_autofree guint8 *back = g_new0 (guint8, (gsize) MAX (n, 1) * NER_ROW);
  float prev[NER_ROW], cur[NER_ROW];
  guint last = 0;

  if (n == 0)
    return;
  for (guint l = 0; l < NER_N_LABELS; l++)
    prev[l] = allowed (NER_LABEL_O, l) ? plain->start[l] + emissions[l] : NEG_INF;
  for (guint i = 1; i < n; i++)
    {
      for (guint l = 0; l < NER_N_LABELS; l++)
        {
          float best = NEG_INF;
          guint arg = 0;

          for (guint p = 0; p < NER_N_LABELS; p++)
            {
              float s = (allowed (p, l) ? plain->trans[p][l] : NEG_INF) + prev[p];

              if (s > best)
                {
                  best = s;
                  arg = p;
                }
            }
          cur[l] = best + emissions[(gsize) i * NER_ROW + l];
          back[(gsize) i * NER_ROW + l] = (guint8) arg;
        }
      memcpy (prev, cur, sizeof prev);
    }
  for (guint l = 1; l < NER_N_LABELS; l++)
    if (prev[l] > prev[last])
      last = l;
  for (guint i = n; i-- > 0;)
    {
      labels[i] = (guint8) last;
      if (i > 0)
        last = back[(gsize) i * NER_ROW + last];
    }
}

static void
plain_tag (const Plain    *plain,
           const NerToken *tokens,
           guint           n,
           guint8         *labels)
{
  for (guint base = 0; base < n; base += WINDOW)
    {
      guint m = MIN (WINDOW, n - base);
      g_autofree float *emissions = g_new0 (float, (gsize) m * NER_ROW);

      plain_emissions (plain, tokens + base, m, emissions);
      plain_viterbi (plain, emissions, m, labels + base);
    }
}

/* Labels every sentence both ways; returns how many tokens got a name
 * label, so that a test can tell it compared more than Os. */
static gsize
compare_labels (const NerModel *model,
                const Plain    *plain,
                GPtrArray      *sentences)
{
  gsize named = 0;

  for (guint s = 0; s < sentences->len; s++)
    {
      Sentence *sentence = sentences->pdata[s];
      g_autofree guint8 *fast = g_new0 (guint8, MAX (sentence->n, 1));
      g_autofree guint8 *expected = g_new0 (guint8, MAX (sentence->n, 1));

      ner_model_tag (model, sentence->tokens, sentence->n, fast);
      plain_tag (plain, sentence->tokens, sentence->n, expected);
      g_assert_cmpmem (fast, sentence->n, expected, sentence->n);
      for (guint i = 0; i < sentence->n; i++)
        named += expected[i] != NER_LABEL_O;
    }
  return named;
}

/* The shipped model, read from its dense form in the resource. */
static Plain *
shipped_plain (void)
{
  g_autoptr(GBytes) bytes = _redaksi_lookup_resource (REDAKSI_NER_MODEL_RESOURCE, NULL);
  Plain *plain = g_new0 (Plain, 1);
  gsize size, at = 32;
  const guint8 *data;
  guint32 bits;

  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &size);
  g_assert_cmpmem (data, 6, "RDKNER", 6);
  memcpy (&bits, data + 12, sizeof bits);
  plain->bits = GUINT32_FROM_LE (bits);
  memcpy (plain->trans, data + at, sizeof plain->trans);
  at += sizeof plain->trans;
  memcpy (plain->start, data + at, sizeof plain->start);
  at += sizeof plain->start;
  g_assert_cmpuint (size, ==, at + ((gsize) 1 << plain->bits) * NER_ROW * sizeof (float));
  plain->weights = g_memdup2 (data + at, size - at);
  return plain;
}

static void
test_shipped_model (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NerModel) model = _redaksi_ner_model_load_default (&error);
  g_autoptr(Plain) plain = shipped_plain ();
  g_autoptr(GPtrArray) sentences = test_sentences ();

  g_assert_no_error (error);
  /* Twice: the second time the words come from the cache. */
  g_assert_cmpuint (compare_labels (model, plain, sentences), >, 1000);
  g_assert_cmpuint (compare_labels (model, plain, sentences), >, 1000);
}

/* A model in the serialised form whose every number is a multiple of
 * one half between -2 and 2: sums are exact and tie often. */
static GBytes *
tying_model (guint   bits,
             guint32 seed,
             Plain  *plain)
{
  static const guint32 header[3] = { NER_FEATURE_VERSION, 0, 0 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GByteArray *out = g_byte_array_new ();
  guint32 fields[3];
  guint32 n_rows = 1u << bits;

  memcpy (fields, header, sizeof fields);
  fields[1] = GUINT32_TO_LE (bits);
  fields[2] = GUINT32_TO_LE (n_rows);
  plain->bits = bits;
  plain->weights = g_new0 (float, (gsize) n_rows * NER_ROW);
  for (guint p = 0; p < NER_ROW; p++)
    {
      for (guint l = 0; l < NER_ROW; l++)
        plain->trans[p][l] = (float) g_rand_int_range (rand, -4, 5) / 2;
      plain->start[p] = (float) g_rand_int_range (rand, -4, 5) / 2;
    }
  g_byte_array_append (out, (const guint8 *) "RDKNER\x01\x00", 8);
  g_byte_array_append (out, (const guint8 *) fields, sizeof fields);
  g_byte_array_append (out, (const guint8 *) plain->trans, sizeof plain->trans);
  g_byte_array_append (out, (const guint8 *) plain->start, sizeof plain->start);
  for (guint32 r = 0; r < n_rows; r++)
    {
      float *w = plain->weights + (gsize) r * NER_ROW;
      guint32 index = GUINT32_TO_LE (r);

      for (guint l = 0; l < NER_N_LABELS; l++)
        w[l] = (float) g_rand_int_range (rand, -4, 5) / 2;
      g_byte_array_append (out, (const guint8 *) &index, sizeof index);
      g_byte_array_append (out, (const guint8 *) w, NER_N_LABELS * sizeof (float));
    }
  return g_byte_array_free_to_bytes (out);
}

static void
test_tying_models (void)
{
  g_autoptr(GPtrArray) sentences = test_sentences ();

  for (guint32 seed = 1; seed <= 3; seed++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(Plain) plain = g_new0 (Plain, 1);
      g_autoptr(GBytes) bytes = tying_model (8 + 2 * seed, seed, plain);
      g_autoptr(NerModel) model = ner_model_new_from_bytes (bytes, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (compare_labels (model, plain, sentences), >, 1000);
    }
}

/* The context rows read from tables and word rows are the rows the
 * templates give, at every position and for every hint. */
static void
test_context_tables (void)
{
  g_autoptr(GPtrArray) sentences = test_sentences ();
  const guint bits = 18;
  g_autofree NerContextTables *tables = g_new (NerContextTables, 1);

  ner_context_tables_init (tables, bits);
  for (guint s = 0; s < sentences->len; s++)
    {
      Sentence *sentence = sentences->pdata[s];
      guint n = sentence->n;
      g_autofree NerTokenInfo *infos = g_new0 (NerTokenInfo, MAX (n, 1));
      g_autofree NerContextInfo *contexts = g_new0 (NerContextInfo, n + 4);
      g_autofree guint32 *words = g_new0 (guint32, (gsize) (n + 4) * NER_N_WORD_ROWS);
      gboolean in_range = TRUE;

      ner_word_rows_boundaries (bits, words, words + (gsize) (n + 2) * NER_N_WORD_ROWS);
      memcpy (words + NER_N_WORD_ROWS, words, NER_N_WORD_ROWS * sizeof (guint32));
      memcpy (words + (gsize) (n + 3) * NER_N_WORD_ROWS, words + (gsize) (n + 2) * NER_N_WORD_ROWS,
              NER_N_WORD_ROWS * sizeof (guint32));
      ner_context_boundaries (&contexts[0], &contexts[n + 2]);
      ner_context_boundaries (&contexts[1], &contexts[n + 3]);
      for (guint i = 0; i < n; i++)
        {
          ner_token_info_compute (&sentence->tokens[i], &infos[i]);
          ner_word_rows_compute (&infos[i], bits, words + (gsize) (i + 2) * NER_N_WORD_ROWS);
          in_range &= ner_context_info_set (&infos[i], &contexts[i + 2]);
        }
      if (!in_range)
        continue;
      for (guint i = 0; i < n; i++)
        {
          guint32 expected[NER_N_FEATURES], rows[NER_N_FEATURES];

          ner_features_compute (infos, n, i, bits, expected);
          ner_context_rows (tables, &contexts[i + 2], words + (gsize) (i + 2) * NER_N_WORD_ROWS,
                            i == 0, bits, rows);
          g_assert_cmpmem (rows + NER_N_WORD_FEATURES, sizeof rows - NER_N_WORD_FEATURES * sizeof (guint32),
                           expected + NER_N_WORD_FEATURES,
                           sizeof expected - NER_N_WORD_FEATURES * sizeof (guint32));
        }
    }
}

typedef struct
{
  const NerModel *model;
  GPtrArray      *sentences;
  gsize           tokens;
  guint64         misses;
} CacheCase;

static gpointer
tag_twice (gpointer data)
{
  CacheCase *c = data;
  guint64 before;

  for (guint round = 0; round < 2; round++)
    {
      before = ner_word_cache_misses ();
      for (guint s = 0; s < c->sentences->len; s++)
        {
          Sentence *sentence = c->sentences->pdata[s];
          g_autofree guint8 *labels = g_new0 (guint8, MAX (sentence->n, 1));

          ner_model_tag (c->model, sentence->tokens, sentence->n, labels);
          if (round == 0)
            c->tokens += sentence->n;
        }
      c->misses = ner_word_cache_misses () - before;
    }
  return NULL;
}

/* An article of more than 1,500 tokens, labelled twice in a new thread: the
 * second time its words come from the cache, as a server labels what
 * an editor saves again and again. */
static void
test_cache_keeps_article (void)
{
  g_autoptr(GPtrArray) texts = redaksi_test_devset_texts ();
  g_autoptr(GString) article = g_string_new (NULL);
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func (sentence_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(NerModel) model = _redaksi_ner_model_load_default (&error);
  CacheCase c = { 0 };

  g_assert_no_error (error);
  for (guint i = 0; i < texts->len && article->len < 10000; i++)
    {
      g_string_append (article, texts->pdata[i]);
      g_string_append (article, "\n\n");
    }
  add_text (sentences, article->str);
  c = (CacheCase) { model, sentences, 0, 0 };
  g_thread_join (g_thread_new ("tag", tag_twice, &c));
  g_test_message ("%" G_GSIZE_FORMAT " tokens, %" G_GUINT64_FORMAT " missed the second time",
                  c.tokens, c.misses);
  g_assert_cmpuint (c.tokens, >, 1500);
  g_assert_cmpuint (c.misses * 100, <=, c.tokens);
}

/* ner_ascii_lower() and ner_hash_bytes() as they were written first,
 * a byte at a time. */
static gboolean
plain_ascii_lower (const char *text,
                   gsize       len,
                   char       *buf,
                   gsize       buf_size)
{
  if (len >= buf_size)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) text[i];

      if (c >= 0x80)
        return FALSE;
      buf[i] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : (char) c;
    }
  buf[len] = '\0';
  return TRUE;
}

static guint64
plain_hash (const char *data,
            gsize       len)
{
  guint64 h = 0xcbf29ce484222325ULL;

  for (gsize i = 0; i < len; i++)
    {
      h ^= (guchar) data[i];
      h *= 0x100000001b3ULL;
    }
  h = ner_mix (h ^ len);
  return h ? h : 1;
}

/* Every byte value at every place of words of every length up to past
 * the buffer, among letters of both cases and the bytes around them. */
static void
test_lower_and_hash (void)
{
  static const char around[] = "@AZ[`az{09 .-";
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (gsize len = 0; len <= 70; len++)
    for (guint byte = 0; byte < 256; byte++)
      {
        char text[72], buf[64], expected[64];
        gsize at = len ? g_rand_int_range (rand, 0, (gint32) len) : 0;
        gboolean ok, plain_ok;

        for (gsize i = 0; i < len; i++)
          text[i] = around[g_rand_int_range (rand, 0, sizeof around - 1)];
        if (len > 0)
          text[at] = (char) byte;
        memset (buf, 1, sizeof buf);
        memset (expected, 1, sizeof expected);
        ok = ner_ascii_lower (text, len, buf, sizeof buf);
        plain_ok = plain_ascii_lower (text, len, expected, sizeof expected);
        g_assert_cmpint (ok, ==, plain_ok);
        if (ok)
          g_assert_cmpstr (buf, ==, expected);
        g_assert_cmphex (ner_hash_bytes (text, len), ==, plain_hash (text, len));
      }
}

/* Nothing but ties: every label scores 0 everywhere. */
static void
test_empty_model (void)
{
  g_autoptr(GPtrArray) sentences = test_sentences ();
  g_autoptr(NerModel) model = ner_model_new_empty (10);
  g_autoptr(Plain) plain = g_new0 (Plain, 1);

  plain->bits = 10;
  plain->weights = g_new0 (float, (gsize) NER_ROW << 10);
  compare_labels (model, plain, sentences);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/ner-fast/lower-and-hash", test_lower_and_hash);
  g_test_add_func ("/redaksi/ner-fast/context-tables", test_context_tables);
  g_test_add_func ("/redaksi/ner-fast/shipped-model", test_shipped_model);
  g_test_add_func ("/redaksi/ner-fast/tying-models", test_tying_models);
  g_test_add_func ("/redaksi/ner-fast/cache-keeps-article", test_cache_keeps_article);
  g_test_add_func ("/redaksi/ner-fast/empty-model", test_empty_model);
  return g_test_run ();
}
