/* redaksi-ner-model.c: averaged structured perceptron with Viterbi
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/mman.h>

#include "redaksi-error.h"
#include "redaksi-ner-private.h"
#include "redaksi-ner-features.h"
#include "redaksi-ner-context-private.h"
#include "redaksi-ner-hash-private.h"
#include "redaksi-ner-words-private.h"

/* The compiled-in model's context tables and its most used words, made
 * at build time by data/make-ner-model-tables.c. */
#include "redaksi-ner-model-tables.h"

#define MODEL_MAGIC "RDKNER\x01\x00"
#define DENSE_MAGIC "RDKNER\x02\x00"
#define NEG_INF (-1e30f)

struct _NerModel
{
  guint   bits;
  guint64 serial;                         /* names these weights in the word cache */
  guint32 edges[2][NER_N_WORD_ROWS];      /* word rows before the first token, after the last,
                                           * as byte offsets */
  float  *weights;                        /* (1 << bits) rows of NER_ROW */
  GBytes *dense;                          /* when set, weights lie in it, read-only */
  float   trans[NER_ROW][NER_ROW];        /* previous label → label */
  float   start[NER_ROW];
  float   allowed[NER_ROW][NER_ROW];      /* trans, or -inf where BIO forbids */
  float   open_trans[NER_N_LABELS][4];    /* allowed[p][O, B-PER, B-ORG, B-LOC] */
  float   inside_begin[4];                /* allowed[B-X][I-X] for PER, ORG, LOC; 0 */
  float   inside_inside[4];               /* allowed[I-X][I-X] for PER, ORG, LOC; 0 */
  const NerContextTables *tables;         /* rows of the small-valued context templates,
                                           * as byte offsets */
  NerContextTables *own_tables;           /* tables, unless they are the compiled-in ones */
  gboolean knows_words;                   /* the compiled-in model: its known words apply */
};

struct _NerTrainer
{
  NerModel  model;
  double   *totals;                       /* Σ step × delta, for averaging */
  double    trans_totals[NER_ROW][NER_ROW];
  double    start_totals[NER_ROW];
  guint64   step;
  double    word_dropout;
  GRand    *rand;
};

static const char * const label_names[NER_N_LABELS] = {
  "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC",
};

const char *
ner_label_name (NerLabel label)
{
  g_assert (label < NER_N_LABELS);
  return label_names[label];
}

gboolean
ner_label_parse (const char *name,
                 NerLabel   *label)
{
  for (guint i = 0; i < NER_N_LABELS; i++)
    if (g_str_equal (name, label_names[i]))
      {
        *label = i;
        return TRUE;
      }
  return FALSE;
}

int
ner_label_type (NerLabel label)
{
  return label == NER_LABEL_O ? 0 : (int) (label + 1) / 2;
}

gboolean
ner_label_is_begin (NerLabel label)
{
  return label != NER_LABEL_O && (label % 2) == 1;
}

/* BIO: an I- label continues a span of its own type. */
static gboolean
transition_allowed (guint prev,
                    guint next)
{
  if (next == NER_LABEL_O || ner_label_is_begin (next))
    return TRUE;
  return prev != NER_LABEL_O && ner_label_type (prev) == ner_label_type (next);
}

/* The transition scores Viterbi adds, with BIO's rule built in. */
static void
update_allowed (NerModel *self)
{
  for (guint p = 0; p < NER_ROW; p++)
    for (guint l = 0; l < NER_ROW; l++)
      self->allowed[p][l] = transition_allowed (p, l) ? self->trans[p][l] : NEG_INF;
  for (guint p = 0; p < NER_N_LABELS; p++)
    {
      self->open_trans[p][0] = self->allowed[p][NER_LABEL_O];
      self->open_trans[p][1] = self->allowed[p][NER_LABEL_B_PER];
      self->open_trans[p][2] = self->allowed[p][NER_LABEL_B_ORG];
      self->open_trans[p][3] = self->allowed[p][NER_LABEL_B_LOC];
    }
  for (guint t = 0; t < 3; t++)
    {
      self->inside_begin[t] = self->allowed[2 * t + 1][2 * t + 2];
      self->inside_inside[t] = self->allowed[2 * t + 2][2 * t + 2];
    }
  self->inside_begin[3] = self->inside_inside[3] = 0;
}

/* The context tables depend only on the bits: a model of the
 * compiled-in model's size reads the tables made at build time. */
static void
model_tables_init (NerModel *self)
{
  if (self->bits == NER_DEFAULT_MODEL_BITS)
    self->tables = &ner_default_context_tables.tables;
  else
    {
      self->own_tables = g_new (NerContextTables, 1);
      ner_context_tables_init (self->own_tables, self->bits);
      ner_context_tables_shift (self->own_tables, NER_ROW_SHIFT);
      self->tables = self->own_tables;
    }
}

static void
model_edges_init (NerModel *self)
{
  ner_word_rows_boundaries (self->bits, self->edges[0], self->edges[1]);
  ner_word_rows_shift (self->edges[0], NER_ROW_SHIFT);
  ner_word_rows_shift (self->edges[1], NER_ROW_SHIFT);
}

/* Never 0: a word cache entry of serial 0 is empty. */
static guint64
next_serial (void)
{
  static gint serials = 0;

  return (guint64) (guint) g_atomic_int_add (&serials, 1) + 1;
}

static void
model_init (NerModel *self,
            guint     bits)
{
  self->bits = bits;
  self->serial = next_serial ();
  model_edges_init (self);
  self->weights = g_malloc0_n ((gsize) 1 << bits, NER_ROW * sizeof (float));
  model_tables_init (self);
  update_allowed (self);
}

void
ner_model_free (NerModel *self)
{
  if (self->dense != NULL)
    g_bytes_unref (self->dense);
  else
    g_free (self->weights);
  g_free (self->own_tables);
  g_free (self);
}

guint
ner_model_get_n_rows (const NerModel *self)
{
  return 1u << self->bits;
}

static void
emission_scores (const NerModel *self,
                 const guint32  *rows,
                 float          *scores)
{
  float acc[NER_ROW] = { 0 };

  for (guint f = 0; f < NER_N_FEATURES; f++)
    {
      const float *w = self->weights + (gsize) rows[f] * NER_ROW;

      for (guint l = 0; l < NER_ROW; l++)
        acc[l] += w[l];
    }
  memcpy (scores, acc, sizeof acc);
}

/* Four label scores as one vector (SSE on x86-64; GCC and Clang lower
 * it to what each target has). */
typedef float NerVec4 __attribute__ ((vector_size (4 * sizeof (float))));
typedef gint32 NerIVec4 __attribute__ ((vector_size (4 * sizeof (gint32))));
G_STATIC_ASSERT (NER_ROW == 8);
G_STATIC_ASSERT (NER_N_LABELS == 7);

/* The vector loops built twice: for processors with AVX2 and for the
 * rest. Both add the same floats in the same order. The sanitizer build
 * (REDAKSI_NO_VECTOR_CLONES) runs the version for the rest. */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__) \
    && !defined(REDAKSI_NO_VECTOR_CLONES)
#define NER_VECTOR_CLONES __attribute__ ((target_clones ("avx2", "default")))
#else
#define NER_VECTOR_CLONES
#endif

/* Viterbi keeps its scores, and takes the emission scores, in this
 * order of "slots": first the four labels any label may precede (O and
 * the B- labels), then the three I- labels, which only B- and I- of
 * their own type precede, and the row's unused place; four and four,
 * as two vectors. */
static const guint8 viterbi_slot[NER_ROW] = { 0, 1, 4, 2, 5, 3, 6, 7 };
static const guint8 viterbi_label[NER_ROW] = {
  NER_LABEL_O, NER_LABEL_B_PER, NER_LABEL_B_ORG, NER_LABEL_B_LOC,
  NER_LABEL_I_PER, NER_LABEL_I_ORG, NER_LABEL_I_LOC, 7,
};

/* A row of weights as one vector: two SSE adds, or one AVX add where
 * the processor has it (the same sums: one addition per label). */
typedef float NerVec8 __attribute__ ((vector_size (NER_ROW * sizeof (float))));
typedef gint32 NerIVec8 __attribute__ ((vector_size (NER_ROW * sizeof (gint32))));

/* The label of each slot, as viterbi_label[], for a vector shuffle. */
#define SLOT_LABELS \
  NER_LABEL_O, NER_LABEL_B_PER, NER_LABEL_B_ORG, NER_LABEL_B_LOC, \
  NER_LABEL_I_PER, NER_LABEL_I_ORG, NER_LABEL_I_LOC, 7

/* A token's scores, in label order, put in slot order. GCC and clang
 * spell the shuffle differently (the fuzzers are built with clang). */
G_ALWAYS_INLINE static inline void
to_slot_order (NerVec8 *scores)
{
#ifdef __clang__
  *scores = __builtin_shufflevector (*scores, *scores, SLOT_LABELS);
#else
  const NerIVec8 labels = { SLOT_LABELS };

  *scores = __builtin_shuffle (*scores, labels);
#endif
}

static void
emissions_to_slot_order (float *emissions,
                         guint  n)
{
  for (guint i = 0; i < n; i++)
    {
      NerVec8 scores;

      memcpy (&scores, emissions + (gsize) i * NER_ROW, sizeof scores);
      to_slot_order (&scores);
      memcpy (emissions + (gsize) i * NER_ROW, &scores, sizeof scores);
    }
}

/* One step for the open labels: each takes the first predecessor with
 * the best score, as a scalar loop over the predecessors in label
 * order does, so the labels come out the same. @arg_out gets the
 * predecessors' slots. */
static inline NerVec4
viterbi_open_step (const float    open_trans[NER_N_LABELS][4],
                   const float   *prev,
                   NerIVec4      *arg_out)
{
  NerVec4 best = { NEG_INF, NEG_INF, NEG_INF, NEG_INF };
  NerIVec4 arg = { 0, 0, 0, 0 };

#pragma GCC unroll 8
  for (guint p = 0; p < NER_N_LABELS; p++)
    {
      gint32 slot = viterbi_slot[p];
      NerVec4 row, s;
      NerIVec4 better, from = { slot, slot, slot, slot };

      memcpy (&row, open_trans[p], sizeof row);
      s = row + prev[slot];
      better = s > best;
      arg = (arg & ~better) | (from & better);
      best = (NerVec4) (((NerIVec4) s & better) | ((NerIVec4) best & ~better));
    }
  *arg_out = arg;
  return best;
}

/* The three I- labels at once, in slots 4 to 6 (the fourth lane, slot 7,
 * is the unused place). An I- label continues its type's B- or I-: the
 * other predecessors score NEG_INF plus a finite score, which never
 * beats these two, so they need no look. */
static inline NerVec4
viterbi_inside_step (const NerModel *self,
                     const float    *prev,
                     NerIVec4       *arg_out)
{
  const NerVec4 none = { NEG_INF, NEG_INF, NEG_INF, NEG_INF };
  const NerIVec4 begin_slots = { 1, 2, 3, 0 }, inside_slots = { 4, 5, 6, 0 };
  NerVec4 from_begin, from_inside, best, trans_begin, trans_inside;
  NerIVec4 begun, longer;

  memcpy (&from_begin, prev + 1, sizeof from_begin);
  memcpy (&from_inside, prev + 4, sizeof from_inside);
  memcpy (&trans_begin, self->inside_begin, sizeof trans_begin);
  memcpy (&trans_inside, self->inside_inside, sizeof trans_inside);
  from_begin += trans_begin;
  from_inside += trans_inside;
  begun = from_begin > none;
  best = (NerVec4) (((NerIVec4) from_begin & begun) | ((NerIVec4) none & ~begun));
  longer = from_inside > best;
  *arg_out = (inside_slots & longer) | (begin_slots & begun & ~longer);
  return (NerVec4) (((NerIVec4) from_inside & longer) | ((NerIVec4) best & ~longer));
}

/* Adds the emission scores of one token (in slot order). */
static inline void
viterbi_advance (const NerModel *self,
                 const float    *emission,
                 float          *prev,
                 gint32         *back)
{
  NerIVec4 open_arg, inside_arg;
  NerVec4 open = viterbi_open_step (self->open_trans, prev, &open_arg);
  NerVec4 inside = viterbi_inside_step (self, prev, &inside_arg);
  NerVec4 e_open, e_inside;

  memcpy (&e_open, emission, sizeof e_open);
  memcpy (&e_inside, emission + 4, sizeof e_inside);
  open += e_open;
  inside += e_inside;
  memcpy (prev, &open, sizeof open);
  memcpy (prev + 4, &inside, sizeof inside);
  memcpy (back, &open_arg, sizeof open_arg);
  memcpy (back + 4, &inside_arg, sizeof inside_arg);
}

static void
viterbi_start (const NerModel *self,
               const float    *emission,
               float          *prev)
{
  for (guint k = 0; k < 4; k++)
    prev[k] = self->start[viterbi_label[k]] + emission[k];
  for (guint k = 4; k < NER_ROW; k++)
    prev[k] = NEG_INF;
}

/* The best final label, then back along the kept predecessors' slots. */
static void
viterbi_finish (const float  *prev,
                const gint32 *back,
                guint         n,
                guint8       *labels)
{
  guint last = 0;

  for (guint l = 1; l < NER_N_LABELS; l++)
    if (prev[viterbi_slot[l]] > prev[viterbi_slot[last]])
      last = l;
  last = viterbi_slot[last];
  for (guint i = n; i-- > 0;)
    {
      labels[i] = viterbi_label[last];
      if (i > 0)
        last = (guint) back[(gsize) i * NER_ROW + last];
    }
}

/* Viterbi over first-order transitions; @emissions is n × NER_ROW in
 * slot order, @back n × NER_ROW scratch. */
NER_VECTOR_CLONES static void
viterbi (const NerModel *self,
         const float    *emissions,
         guint           n,
         gint32         *back,
         guint8         *labels)
{
  float prev[NER_ROW];

  if (n == 0)
    return;
  viterbi_start (self, emissions, prev);
  for (guint i = 1; i < n; i++)
    viterbi_advance (self, emissions + (gsize) i * NER_ROW, prev, back + (gsize) i * NER_ROW);
  viterbi_finish (prev, back, n, labels);
}

static void
compute_rows (const NerModel *self,
              const NerToken *tokens,
              guint           n,
              NerTokenInfo   *infos,
              guint32        *rows)
{
  for (guint i = 0; i < n; i++)
    ner_token_info_compute (&tokens[i], &infos[i]);
  for (guint i = 0; i < n; i++)
    ner_features_compute (infos, n, i, self->bits, rows + (gsize) i * NER_N_FEATURES);
}

/* What a word brings to the labeller wherever it stands: what its
 * neighbours read of it, its rows for the templates that read it alone,
 * and the sum of its word-only features' weights, which begins the
 * emission sum (the same additions in the same order, so the same
 * floats). News repeats its words: an article has half as many word
 * forms as tokens, and a server's articles share most of theirs. The
 * cache is per thread, so one model serves many threads without locks.
 * Four ways keep an article's forms from pushing each other out, as
 * they did when each had one place. It starts at 512 sets and grows
 * to 1,024: each page of it costs a process a fault, and the 600 forms
 * of a 1,000-word article fit in half the full size. */
#define WORD_CACHE_FIRST_SET_BITS 9
#define WORD_CACHE_MAX_SET_BITS 10
#define WORD_CACHE_EVICTIONS_TO_GROW 8
#define WORD_CACHE_WAYS 4

typedef struct
{
  NerWordKey  key;
  guint64     serial;                     /* the model's; 0 when empty */
  guint32     len;
  NerWordInfo info;
} WordEntry;

typedef struct
{
  guint64    misses;
  guint64    computed;   /* misses that were no known word */
  guint      evictions;  /* of words in use, since the cache last grew */
  guint      set_bits;
  WordEntry *entries;
} WordCache;

static inline guint
word_set (const NerWordKey *key,
          guint             len,
          guint             set_bits)
{
  return (guint) (ner_word_hash (key, len) >> (64 - set_bits));
}

static gsize
word_cache_n_entries (const WordCache *cache)
{
  return ((gsize) 1 << cache->set_bits) * WORD_CACHE_WAYS;
}

/* Fresh anonymous pages read as zero, and MAP_POPULATE maps them all in
 * one call: calloc()ed memory faults once when a lookup reads a page
 * and again when the entry is written, and writing the zeros first
 * still faults once a page. Failing to map is running out of memory,
 * which g_malloc() makes fatal too. */
static WordEntry *
word_entries_new (gsize n_entries)
{
  gsize size = n_entries * sizeof (WordEntry);
  WordEntry *entries;

#ifdef MAP_POPULATE
  entries = mmap (NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
  if (entries == MAP_FAILED)
    g_error ("%s: failed to map %" G_GSIZE_FORMAT " bytes", G_STRLOC, size);
#else
  entries = g_malloc (size);
  memset (entries, 0, size);
#endif
  return entries;
}

static void
word_entries_free (WordEntry *entries,
                   gsize      n_entries)
{
#ifdef MAP_POPULATE
  munmap (entries, n_entries * sizeof (WordEntry));
#else
  g_free (entries);
#endif
}

/* Moves a set's words one place down, the oldest out, to make room
 * first. One entry at a time, from the last: the compiler copies each
 * with a few vector moves, where memmove() was a call through the PLT
 * at every word a thread meets for the first time. */
static inline void
word_set_shift (WordEntry *set)
{
  G_STATIC_ASSERT (WORD_CACHE_WAYS == 4);
  set[3] = set[2];
  set[2] = set[1];
  set[1] = set[0];
}

/* The newest word of a set comes first; the oldest leaves. */
static void
word_set_push (WordEntry       *set,
               const WordEntry *entry)
{
  word_set_shift (set);
  *set = *entry;
}

/* Moves the words it holds to their sets in a cache of 1 << @set_bits
 * sets, each set's oldest first so that the newest stay first. */
static void
word_cache_resize (WordCache *cache,
                   guint      set_bits)
{
  WordEntry *old = cache->entries;
  gsize n_old = word_cache_n_entries (cache);

  cache->set_bits = set_bits;
  cache->evictions = 0;
  cache->entries = word_entries_new (word_cache_n_entries (cache));
  for (gsize s = 0; s < n_old; s += WORD_CACHE_WAYS)
    for (guint w = WORD_CACHE_WAYS; w-- > 0;)
      if (old[s + w].serial != 0)
        word_set_push (cache->entries
                       + (gsize) word_set (&old[s + w].key, old[s + w].len, set_bits) * WORD_CACHE_WAYS,
                       &old[s + w]);
  word_entries_free (old, n_old);
}

/* Once a few of a thread's words have pushed others out, its forms do
 * not fit: the cache grows to the full size, before the words it lost
 * are many, so that labelling the same text again still finds nearly
 * all of them. */
static void
word_cache_grow_if_full (WordCache *cache)
{
  if (cache->set_bits < WORD_CACHE_MAX_SET_BITS && cache->evictions >= WORD_CACHE_EVICTIONS_TO_GROW)
    word_cache_resize (cache, WORD_CACHE_MAX_SET_BITS);
}

static void
word_cache_free (gpointer data)
{
  WordCache *cache = data;

  word_entries_free (cache->entries, word_cache_n_entries (cache));
  g_free (cache);
}

static GPrivate word_cache_key = G_PRIVATE_INIT (word_cache_free);

static WordCache *
word_cache (void)
{
  WordCache *cache = g_private_get (&word_cache_key);

  if (cache == NULL)
    {
      cache = g_new0 (WordCache, 1);
      cache->set_bits = WORD_CACHE_FIRST_SET_BITS;
      cache->entries = word_entries_new (word_cache_n_entries (cache));
      g_private_set (&word_cache_key, cache);
    }
  return cache;
}

guint64
ner_word_cache_misses (void)
{
  return word_cache ()->misses;
}

gsize
ner_word_cache_size (void)
{
  return word_cache_n_entries (word_cache ());
}

guint64
ner_word_cache_computed (void)
{
  return word_cache ()->computed;
}

static inline gboolean
word_entry_is (const WordEntry  *entry,
               const NerWordKey *key,
               guint             len,
               guint64           serial)
{
  return entry->len == len && ner_word_key_equal (&entry->key, key) && entry->serial == serial;
}

/* The compiled-in model's word computed at build time, if it is one of
 * the words news uses most; NULL for another model or another word. */
static const NerKnownWord *
known_word_find (const NerModel   *self,
                 const NerWordKey *key,
                 guint             len,
                 guint64           hash)
{
  guint mask = (1u << NER_KNOWN_WORD_INDEX_BITS) - 1;

  if (!self->knows_words)
    return NULL;
  for (guint slot = (guint) (hash >> (64 - NER_KNOWN_WORD_INDEX_BITS));
       ner_known_word_index[slot] != 0; slot = (slot + 1) & mask)
    {
      const NerKnownWord *known = &ner_known_words[ner_known_word_index[slot] - 1];

      if (known->len == len && ner_word_key_equal (&known->key, key))
        return known;
    }
  return NULL;
}

static gboolean
word_info_equal (const NerWordInfo *a,
                 const NerWordInfo *b)
{
  return a->context.lower == b->context.lower && a->context.shape == b->context.shape
         && a->context.cue == b->context.cue && a->context.caps == b->context.caps
         && a->context.gaz == b->context.gaz && a->context.given == b->context.given
         && memcmp (a->words, b->words, sizeof a->words) == 0
         && memcmp (a->head, b->head, sizeof a->head) == 0;
}

/* The bytes of the word @key was made from (ner_word_key() keeps each
 * of them at least once). */
static void
word_key_text (const NerWordKey *key,
               guint             len,
               char             *text)
{
  if (len >= 8)
    {
      memcpy (text, &key->w[0], 8);
      memcpy (text + len - 8, &key->w[1], 8);
      if (len > 16)
        {
          memcpy (text + 8, &key->w[2], 8);
          memcpy (text + len - 16, &key->w[3], 8);
        }
    }
  else if (len >= 4)
    {
      guint32 first = (guint32) key->w[0], last = (guint32) (key->w[0] >> 32);

      memcpy (text, &first, 4);
      memcpy (text + len - 4, &last, 4);
    }
  else if (len > 0)
    {
      text[0] = (char) (key->w[0] & 0xff);
      text[len / 2] = (char) ((key->w[0] >> 8) & 0xff);
      text[len - 1] = (char) ((key->w[0] >> 16) & 0xff);
    }
}

guint
ner_model_known_words_differing (const NerModel *self,
                                 guint          *n_words)
{
  guint differing = 0;

  *n_words = self->knows_words ? G_N_ELEMENTS (ner_known_words_table.words) : 0;
  for (guint i = 0; i < *n_words; i++)
    {
      const NerKnownWord *known = &ner_known_words[i];
      NerWordInfo computed;
      char text[NER_WORD_KEY_MAX];

      /* The key holds every byte of a word: its text back from it. */
      word_key_text (&known->key, known->len, text);
      ner_word_info_compute (self->weights, self->bits, text, known->len, &computed);
      differing += !word_info_equal (&computed, &known->info)
                   || known_word_find (self, &known->key, known->len,
                                       ner_word_hash (&known->key, known->len)) != known;
    }
  return differing;
}

static void
word_info_fill (const NerModel   *self,
                WordCache        *cache,
                const NerToken   *token,
                const NerWordKey *key,
                guint64           hash,
                NerWordInfo      *info)
{
  const NerKnownWord *known = known_word_find (self, key, token->len, hash);

  if (known != NULL)
    *info = known->info;
  else
    {
      cache->computed++;
      ner_word_info_compute (self->weights, self->bits, token->text, token->len, info);
    }
}

/* The entry of @token's word in @cache, found or made if it was not
 * there; NULL for a word too long to keep. The newest word of a set
 * comes first; the oldest leaves. */
static const WordEntry *
word_lookup (const NerModel *self,
             WordCache      *cache,
             const NerToken *token)
{
  NerWordKey key;
  WordEntry *set;
  guint64 hash;

  if (!ner_word_key (token->text, token->len, &key))
    return NULL;
  hash = ner_word_hash (&key, token->len);
  set = cache->entries + (gsize) (hash >> (64 - cache->set_bits)) * WORD_CACHE_WAYS;
  for (guint w = 0; w < WORD_CACHE_WAYS; w++)
    if (word_entry_is (&set[w], &key, token->len, self->serial))
      return &set[w];
  cache->misses++;
  if (set[WORD_CACHE_WAYS - 1].serial == self->serial)
    cache->evictions++;
  word_set_shift (set);
  word_info_fill (self, cache, token, &key, hash, &set->info);
  set->key = key;
  set->len = token->len;
  set->serial = self->serial;
  return set;
}

/* Fills @context, @head and @words for @token; FALSE when the token's
 * gazetteer hint is beyond the tables. */
static inline gboolean
word_fill (const NerModel *self,
           WordCache      *cache,
           const NerToken *token,
           NerContextInfo *context,
           float          *head,
           guint32        *words)
{
  const WordEntry *entry = word_lookup (self, cache, token);

  if (entry != NULL)
    {
      *context = entry->info.context;
      memcpy (head, entry->info.head, sizeof entry->info.head);
      memcpy (words, entry->info.words, sizeof entry->info.words);
    }
  else
    {
      NerWordInfo info;

      ner_word_info_compute (self->weights, self->bits, token->text, token->len, &info);
      *context = info.context;
      memcpy (head, info.head, sizeof info.head);
      memcpy (words, info.words, sizeof info.words);
    }
  context->gaz = (guint8) (2 * token->gaz_class + (token->gaz_begin != 0));
  return token->gaz_class < NER_N_GAZ;
}

/* Sentences are short; long token runs are cut into windows so the
 * scratch memory stays on the stack-sized heap block. */
#define CHUNK 512

typedef struct
{
  const float *weights;
  NerVec8      acc;
} RowSum;

/* @offset: a row's place in bytes. */
static inline void
row_sum_add (gpointer data,
             guint32  offset)
{
  RowSum *sum = data;
  NerVec8 w;

  memcpy (&w, (const char *) sum->weights + offset, sizeof w);
  sum->acc += w;
}

/* Adds the context features' weights to one token's emission scores,
 * which hold its word's. */
G_ALWAYS_INLINE static inline void
context_score (const NerModel       *self,
               const NerContextInfo *contexts,
               const guint32        *words,
               guint                 i,
               gboolean              first,
               float                *emissions)
{
  float *scores = emissions + (gsize) i * NER_ROW;
  RowSum sum = { self->weights };

  memcpy (&sum.acc, scores, sizeof sum.acc);
  ner_context_rows_each (self->tables, &contexts[i + 2], words + (gsize) (i + 2) * NER_N_WORD_ROWS,
                         first, self->bits, NER_ROW_SHIFT, row_sum_add, &sum);
  to_slot_order (&sum.acc);
  memcpy (scores, &sum.acc, sizeof sum.acc);
}

/* The first token apart, so that the loop over the others has no
 * branch for the templates that ask whether a token is the first. */
NER_VECTOR_CLONES static void
context_scores (const NerModel       *self,
                const NerContextInfo *contexts,
                const guint32        *words,
                guint                 n,
                float                *emissions)
{
  if (n == 0)
    return;
  context_score (self, contexts, words, 0, TRUE, emissions);
  for (guint i = 1; i < n; i++)
    context_score (self, contexts, words, i, FALSE, emissions);
}

/* The long way, for hints the tables have no row for. */
static void
tag_plain (const NerModel *self,
           const NerToken *tokens,
           guint           n,
           float          *emissions,
           gint32         *back,
           guint8         *labels)
{
  g_autofree NerTokenInfo *infos = g_new (NerTokenInfo, n);
  g_autofree guint32 *rows = g_new (guint32, (gsize) n * NER_N_FEATURES);

  compute_rows (self, tokens, n, infos, rows);
  for (guint i = 0; i < n; i++)
    emission_scores (self, rows + (gsize) i * NER_N_FEATURES, emissions + (gsize) i * NER_ROW);
  emissions_to_slot_order (emissions, n);
  viterbi (self, emissions, n, back, labels);
}

static void
tag_window (const NerModel *self,
            WordCache      *cache,
            const NerToken *tokens,
            guint           n,
            guint8         *labels)
{
  /* Two boundary positions on either side of the tokens' infos and rows. */
  NerContextInfo contexts[CHUNK + 4];
  guint32 words[(CHUNK + 4) * NER_N_WORD_ROWS];
  float emissions[CHUNK * NER_ROW];
  gint32 back[CHUNK * NER_ROW];

  g_assert (n <= CHUNK);
  for (guint e = 0; e < 2; e++)
    {
      ner_context_boundaries (&contexts[e], &contexts[n + 2 + e]);
      memcpy (words + (gsize) e * NER_N_WORD_ROWS, self->edges[0], sizeof self->edges[0]);
      memcpy (words + (gsize) (n + 2 + e) * NER_N_WORD_ROWS, self->edges[1], sizeof self->edges[1]);
    }
  for (guint i = 0; i < n; i++)
    if (!word_fill (self, cache, &tokens[i], &contexts[i + 2], emissions + (gsize) i * NER_ROW,
                    words + (gsize) (i + 2) * NER_N_WORD_ROWS))
      {
        tag_plain (self, tokens, n, emissions, back, labels);
        return;
      }
  context_scores (self, contexts, words, n, emissions);
  viterbi (self, emissions, n, back, labels);
}

void
ner_model_tag (const NerModel *self,
               const NerToken *tokens,
               guint           n_tokens,
               guint8         *labels)
{
  WordCache *cache = word_cache ();

  word_cache_grow_if_full (cache);
  for (guint base = 0; base < n_tokens; base += CHUNK)
    tag_window (self, cache, tokens + base, MIN (CHUNK, n_tokens - base), labels + base);
}

/* Serialised form: magic, feature version, bits, the transition and
 * start scores, then the non-zero rows as (index, NER_N_LABELS floats),
 * all little-endian. */
GBytes *
ner_model_serialize (const NerModel *self)
{
  GByteArray *out = g_byte_array_new ();
  guint32 header[3] = { GUINT32_TO_LE (NER_FEATURE_VERSION), GUINT32_TO_LE (self->bits), 0 };
  guint32 n_rows = 0;
  gsize count_at;

  g_byte_array_append (out, (const guint8 *) MODEL_MAGIC, 8);
  count_at = out->len + 8;
  g_byte_array_append (out, (const guint8 *) header, sizeof header);
  g_byte_array_append (out, (const guint8 *) self->trans, sizeof self->trans);
  g_byte_array_append (out, (const guint8 *) self->start, sizeof self->start);

  for (guint32 r = 0; r < (1u << self->bits); r++)
    {
      const float *w = self->weights + (gsize) r * NER_ROW;
      gboolean nonzero = FALSE;

      for (guint l = 0; l < NER_N_LABELS; l++)
        nonzero |= w[l] != 0.0f;
      if (!nonzero)
        continue;
      guint32 index = GUINT32_TO_LE (r);
      g_byte_array_append (out, (const guint8 *) &index, sizeof index);
      g_byte_array_append (out, (const guint8 *) w, NER_N_LABELS * sizeof (float));
      n_rows++;
    }

  n_rows = GUINT32_TO_LE (n_rows);
  memcpy (out->data + count_at, &n_rows, sizeof n_rows);
  return g_byte_array_free_to_bytes (out);
}

#define HEADER_SIZE (8 + 3 * sizeof (guint32) + sizeof (float) * NER_ROW * (NER_ROW + 1))
#define RECORD_SIZE (sizeof (guint32) + NER_N_LABELS * sizeof (float))

static gboolean
check_header (const guint8 *data,
              gsize         size,
              guint32      *bits,
              guint32      *n_rows,
              GError      **error)
{
  guint32 header[3];

  if (size < HEADER_SIZE || memcmp (data, MODEL_MAGIC, 8) != 0)
    {
      g_set_error_literal (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_DATA,
                           "Not a redaksi entity model");
      return FALSE;
    }
  memcpy (header, data + 8, sizeof header);
  *bits = GUINT32_FROM_LE (header[1]);
  *n_rows = GUINT32_FROM_LE (header[2]);
  if (GUINT32_FROM_LE (header[0]) != NER_FEATURE_VERSION || *bits < 8 || *bits > 24
      || size != HEADER_SIZE + (gsize) *n_rows * RECORD_SIZE)
    {
      g_set_error (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_DATA,
                   "Entity model of another version or damaged (features %u, expected %u)",
                   GUINT32_FROM_LE (header[0]), NER_FEATURE_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* The dense form data/make-dense-model.py writes at build time: a
 * 32-byte header (magic, feature version, bits, reserved), the scores
 * as in the serialised form, then every row. Its rows are used where
 * they lie, so the compiled-in model costs no copy and no zeroed 4 MB
 * at start-up, and only the pages the labeller reads are touched. */
#define DENSE_HEADER_SIZE 32
#define DENSE_SCORES_SIZE (sizeof (float) * NER_ROW * (NER_ROW + 1))

/* Whether @data, a dense model, is the one the known words were
 * computed with. Its scores are compared, not its 4 MB of rows: a
 * model trained again has other scores, and reading every page of
 * the rows would cost what the known words save. */
static gboolean
is_default_model (guint         bits,
                  const guint8 *data)
{
  return bits == NER_DEFAULT_MODEL_BITS
         && memcmp (data + DENSE_HEADER_SIZE, ner_default_model_scores,
                    sizeof ner_default_model_scores) == 0;
}

static NerModel *
new_dense (GBytes  *bytes,
           GError **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  gsize weights_at = DENSE_HEADER_SIZE + DENSE_SCORES_SIZE;
  guint32 header[2];
  NerModel *self;

  if (size >= DENSE_HEADER_SIZE)
    memcpy (header, data + 8, sizeof header);
  if (size < weights_at || GUINT32_FROM_LE (header[0]) != NER_FEATURE_VERSION
      || GUINT32_FROM_LE (header[1]) < 8 || GUINT32_FROM_LE (header[1]) > 24
      || size != weights_at + ((gsize) 1 << GUINT32_FROM_LE (header[1])) * NER_ROW * sizeof (float)
      || (guintptr) (data + weights_at) % G_ALIGNOF (float) != 0)
    {
      g_set_error_literal (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_DATA,
                           "Entity model of another version or damaged");
      return NULL;
    }
  self = g_new0 (NerModel, 1);
  self->bits = GUINT32_FROM_LE (header[1]);
  self->serial = next_serial ();
  model_edges_init (self);
  model_tables_init (self);
  memcpy (self->trans, data + DENSE_HEADER_SIZE, sizeof self->trans);
  memcpy (self->start, data + DENSE_HEADER_SIZE + sizeof self->trans, sizeof self->start);
  update_allowed (self);
  self->knows_words = is_default_model (self->bits, data);
  self->weights = (float *) (gpointer) (data + weights_at);  /* only read */
  self->dense = g_bytes_ref (bytes);
  return self;
}

NerModel *
ner_model_new_from_bytes (GBytes  *bytes,
                          GError **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  guint32 bits, n_rows;
  NerModel *self;
  const guint8 *p;

  if (size >= 8 && memcmp (data, DENSE_MAGIC, 8) == 0)
    return new_dense (bytes, error);
  if (!check_header (data, size, &bits, &n_rows, error))
    return NULL;

  self = g_new0 (NerModel, 1);
  model_init (self, bits);
  p = data + 8 + 3 * sizeof (guint32);
  memcpy (self->trans, p, sizeof self->trans);
  p += sizeof self->trans;
  memcpy (self->start, p, sizeof self->start);
  p += sizeof self->start;
  update_allowed (self);

  for (guint32 i = 0; i < n_rows; i++, p += RECORD_SIZE)
    {
      guint32 index;

      memcpy (&index, p, sizeof index);
      index = GUINT32_FROM_LE (index);
      if (index >= (1u << bits))
        {
          g_set_error_literal (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_DATA,
                               "Entity model damaged: row out of range");
          ner_model_free (self);
          return NULL;
        }
      memcpy (self->weights + (gsize) index * NER_ROW, p + sizeof index,
              NER_N_LABELS * sizeof (float));
    }
  return self;
}

NerModel *
ner_model_new_empty (guint bits)
{
  NerModel *self = g_new0 (NerModel, 1);

  model_init (self, bits);
  return self;
}

void
ner_model_accumulate (NerModel       *self,
                      const NerModel *other,
                      float           scale)
{
  gsize n = ((gsize) 1 << self->bits) * NER_ROW;

  g_return_if_fail (self->bits == other->bits);
  for (gsize i = 0; i < n; i++)
    self->weights[i] += scale * other->weights[i];
  for (guint p = 0; p < NER_ROW; p++)
    {
      for (guint l = 0; l < NER_ROW; l++)
        self->trans[p][l] += scale * other->trans[p][l];
      self->start[p] += scale * other->start[p];
    }
  update_allowed (self);
  self->serial = next_serial ();  /* what the word cache holds is stale */
  self->knows_words = FALSE;      /* and the known words are another model's */
}

/* Training */

NerTrainer *
ner_trainer_new (guint bits)
{
  NerTrainer *self = g_new0 (NerTrainer, 1);

  g_return_val_if_fail (bits >= 8 && bits <= 24, NULL);
  model_init (&self->model, bits);
  self->totals = g_malloc0_n ((gsize) 1 << bits, NER_ROW * sizeof (double));
  self->step = 1;
  self->rand = g_rand_new_with_seed (bits);
  return self;
}

void
ner_trainer_free (NerTrainer *self)
{
  g_free (self->model.weights);
  g_free (self->model.own_tables);
  g_free (self->totals);
  g_rand_free (self->rand);
  g_free (self);
}

static void
update_row (NerTrainer *self,
            guint32     row,
            guint       label,
            float       delta)
{
  gsize at = (gsize) row * NER_ROW + label;

  self->model.weights[at] += delta;
  self->totals[at] += (double) self->step * delta;
}

static void
update_position (NerTrainer    *self,
                 const guint32 *rows,
                 guint          gold,
                 guint          guess)
{
  for (guint f = 0; f < NER_N_FEATURES; f++)
    {
      update_row (self, rows[f], gold, 1.0f);
      update_row (self, rows[f], guess, -1.0f);
    }
}

static void
update_transition (NerTrainer *self,
                   int         prev,
                   guint       label,
                   float       delta)
{
  if (prev < 0)
    {
      self->model.start[label] += delta;
      self->start_totals[label] += (double) self->step * delta;
    }
  else
    {
      self->model.trans[prev][label] += delta;
      self->trans_totals[prev][label] += (double) self->step * delta;
    }
}

/* Word identity dropout: now and then the labeller must decide without
 * knowing the word itself, from its shape, affixes and neighbours, as
 * it must for names it never saw. The dropped features point at one
 * shared row that learns nothing useful. */
static void
drop_word_features (NerTrainer *self,
                    guint32    *rows,
                    guint       n)
{
  static const guint word_features[] = { 1, 15, 16 };

  if (self->word_dropout <= 0)
    return;
  for (guint i = 0; i < n; i++)
    if (g_rand_double (self->rand) < self->word_dropout)
      for (guint k = 0; k < G_N_ELEMENTS (word_features); k++)
        rows[(gsize) i * NER_N_FEATURES + word_features[k]] = 0;
}

guint
ner_trainer_learn (NerTrainer     *self,
                   const NerToken *tokens,
                   guint           n,
                   const guint8   *gold)
{
  g_autofree NerTokenInfo *infos = g_new (NerTokenInfo, n);
  g_autofree guint32 *rows = g_new (guint32, (gsize) n * NER_N_FEATURES);
  g_autofree float *emissions = g_new (float, (gsize) n * NER_ROW);
  g_autofree gint32 *back = g_new0 (gint32, (gsize) n * NER_ROW);
  g_autofree guint8 *guess = g_new (guint8, n);
  guint wrong = 0;

  if (n == 0)
    return 0;

  update_allowed (&self->model);
  compute_rows (&self->model, tokens, n, infos, rows);
  drop_word_features (self, rows, n);
  for (guint i = 0; i < n; i++)
    emission_scores (&self->model, rows + (gsize) i * NER_N_FEATURES,
                     emissions + (gsize) i * NER_ROW);
  emissions_to_slot_order (emissions, n);
  viterbi (&self->model, emissions, n, back, guess);

  for (guint i = 0; i < n; i++)
    {
      int prev_gold = i > 0 ? gold[i - 1] : -1;
      int prev_guess = i > 0 ? guess[i - 1] : -1;

      if (gold[i] != guess[i])
        {
          update_position (self, rows + (gsize) i * NER_N_FEATURES, gold[i], guess[i]);
          wrong++;
        }
      if (gold[i] != guess[i] || prev_gold != prev_guess)
        {
          update_transition (self, prev_gold, gold[i], 1.0f);
          update_transition (self, prev_guess, guess[i], -1.0f);
        }
    }
  self->step++;
  return wrong;
}

void
ner_trainer_set_word_dropout (NerTrainer *self,
                              double      probability,
                              guint32     seed)
{
  self->word_dropout = probability;
  g_rand_set_seed (self->rand, seed);
}

NerModel *
ner_trainer_average (NerTrainer *self)
{
  NerModel *avg = g_new0 (NerModel, 1);
  gsize n = ((gsize) 1 << self->model.bits) * NER_ROW;
  double step = (double) self->step;

  model_init (avg, self->model.bits);
  for (gsize i = 0; i < n; i++)
    avg->weights[i] = (float) (self->model.weights[i] - self->totals[i] / step);
  for (guint p = 0; p < NER_ROW; p++)
    {
      for (guint l = 0; l < NER_ROW; l++)
        avg->trans[p][l] = (float) (self->model.trans[p][l]
                                    - self->trans_totals[p][l] / step);
      avg->start[p] = (float) (self->model.start[p] - self->start_totals[p] / step);
    }
  update_allowed (avg);
  return avg;
}
