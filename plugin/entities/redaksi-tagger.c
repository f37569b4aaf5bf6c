/* redaksi-tagger.c: entities and tags of an article
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-document-private.h"
#include "redaksi-entity-private.h"
#include "redaksi-gazetteer-private.h"
#include "redaksi-memory-private.h"
#include "redaksi-name-variants-private.h"
#include "redaksi-org-units-private.h"
#include "redaksi-quote-lexicon-private.h"
#include "redaksi-related-link-private.h"
#include "redaksi-resources-private.h"
#include "redaksi-tagger-private.h"
#include "redaksi-word-table-private.h"
#include "ner/redaksi-ner-features.h"
#include "ner/redaksi-ner-hash-private.h"

/**
 * RedaksiTagger:
 *
 * Finds the people, organisations, places, events and other named
 * things of an article, joins their mentions into entities and ranks
 * them as tags.
 *
 * Mentions come from a sequence labeller (an averaged perceptron
 * trained on Indonesian news, compiled into the library) helped by a
 * [class@Gazetteer]; EVENT and MISC mentions come from the gazetteer
 * alone. A short name ("Antony", "Blinken") joins the full name the
 * article introduced, an acronym defined in parentheses joins its long
 * form, and a person keeps the role the article gives them ("Menlu AS").
 * Related-link inserts ("Baca juga: …") name other articles' subjects
 * and give no entity.
 *
 * A tagger is immutable: one can serve every thread of a process.
 */

struct _RedaksiTagger
{
  GObject           parent_instance;

  RedaksiGazetteer *gazetteer;
  const NerModel   *model;
};

G_DEFINE_FINAL_TYPE (RedaksiTagger, redaksi_tagger, G_TYPE_OBJECT)

static void
redaksi_tagger_finalize (GObject *object)
{
  RedaksiTagger *self = REDAKSI_TAGGER (object);

  g_clear_object (&self->gazetteer);
  G_OBJECT_CLASS (redaksi_tagger_parent_class)->finalize (object);
}

static void
redaksi_tagger_class_init (RedaksiTaggerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = redaksi_tagger_finalize;
}

static void
redaksi_tagger_init (RedaksiTagger *self)
{
}

/* The model is shared by every tagger and never freed. */
static const NerModel *
default_model (GError **error)
{
  static NerModel *model;
  static GError *load_error;

  if (g_once_init_enter (&model))
    {
      NerModel *loaded = _redaksi_ner_model_load_default (&load_error);

      if (loaded == NULL)
        {
          /* An empty model still tags with the gazetteer's EVENT/MISC. */
          g_autoptr(NerTrainer) trainer = ner_trainer_new (8);

          loaded = ner_trainer_average (trainer);
        }
      g_once_init_leave (&model, loaded);
    }
  if (load_error)
    {
      g_propagate_error (error, g_error_copy (load_error));
      return NULL;
    }
  return model;
}

/**
 * redaksi_tagger_new:
 * @gazetteer: (nullable): the gazetteer to use, or %NULL for the default
 * @error: return location for a #GError
 *
 * Makes a tagger with the built-in model and @gazetteer.
 *
 * Returns: (transfer full): a new tagger, or %NULL if the built-in
 *   model could not be loaded
 */
RedaksiTagger *
redaksi_tagger_new (RedaksiGazetteer  *gazetteer,
                    GError           **error)
{
  RedaksiTagger *self;
  const NerModel *model;

  g_return_val_if_fail (gazetteer == NULL || REDAKSI_IS_GAZETTEER (gazetteer), NULL);

  if (!(model = default_model (error)))
    return NULL;
  self = g_object_new (REDAKSI_TYPE_TAGGER, NULL);
  self->model = model;
  self->gazetteer = g_object_ref (gazetteer ? gazetteer : redaksi_gazetteer_get_default ());
  return self;
}

/**
 * redaksi_tagger_new_from_file:
 * @path: (type filename): a newsroom's gazetteer, JSON in the format
 *   described at [class@Gazetteer]
 * @error: return location for a #GError
 *
 * Makes a tagger with the built-in model and the built-in gazetteer
 * with the entries of @path loaded over it: a newsroom's names and
 * their `id`s win over the built-in ones.
 *
 * Returns: (transfer full): a new tagger, or %NULL with @error set:
 *   %REDAKSI_ERROR_INVALID_DATA with the file and line when @path is
 *   not a gazetteer, a #GFileError when it cannot be read
 */
RedaksiTagger *
redaksi_tagger_new_from_file (const char  *path,
                              GError     **error)
{
  g_autoptr(RedaksiGazetteer) gazetteer = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(gazetteer = redaksi_gazetteer_new_from_file (path, TRUE, error)))
    return NULL;
  return redaksi_tagger_new (gazetteer, error);
}

/**
 * redaksi_tagger_get_default:
 *
 * The tagger with the built-in model and gazetteer, made on first use.
 *
 * Returns: (transfer none): the default tagger
 */
RedaksiTagger *
redaksi_tagger_get_default (void)
{
  static RedaksiTagger *instance;

  if (g_once_init_enter (&instance))
    {
      g_autoptr(GError) error = NULL;
      RedaksiTagger *tagger = redaksi_tagger_new (NULL, &error);

      if (tagger == NULL)
        g_error ("The built-in entity model is broken: %s", error->message);
      g_once_init_leave (&instance, tagger);
    }
  return instance;
}

/**
 * redaksi_tagger_get_gazetteer:
 * @self: a tagger
 *
 * Gets the gazetteer the tagger looks names up in.
 *
 * Returns: (transfer none): the tagger's gazetteer
 */
RedaksiGazetteer *
redaksi_tagger_get_gazetteer (RedaksiTagger *self)
{
  g_return_val_if_fail (REDAKSI_IS_TAGGER (self), NULL);
  return self->gazetteer;
}

/* One run over one document */

typedef struct
{
  guint              first;   /* document token indices, end exclusive */
  guint              end;
  RedaksiEntityType  type;
  gint64             entry;   /* gazetteer entry, or -1 */
  int                entity;  /* index into Run.entities */
  gboolean           speaker;
  guint8             cut;     /* MentionCut: ends inside a token */
} Mention;

/* "Prabowo Subianto-Sandiaga Uno" is two names that share the token
 * "Subianto-Sandiaga": one mention ends at its hyphen, the other
 * starts after it. */
typedef enum
{
  MENTION_CUT_HEAD = 1 << 0,  /* starts after the first token's hyphen */
  MENTION_CUT_TAIL = 1 << 1,  /* ends at the last token's hyphen */
} MentionCut;

typedef struct
{
  char              *canonical;
  RedaksiEntityType  type;
  const char        *id;
  char              *role;
  guint              mentions;
  guint              speaker;
  gsize              first_offset;
  /* The labeller's type for each of its mentions the gazetteer does not
   * know, by RedaksiEntityType; known: one mention it knows. */
  guint              votes[REDAKSI_ENTITY_MISC + 1];
  gboolean           known;
} Entity;

/* Names told apart in ASCII lower case, as g_ascii_strcasecmp() does,
 * without a lower-case copy of each: open addressing over the hash of
 * the folded bytes. A key is not copied: it stays where it is (the
 * document's text, an entity's name) as long as the table does. */
typedef struct
{
  guint64     hash;  /* 0: empty */
  const char *key;
  guint       len;   /* a token's text or an entity's name, < 4 GB as offsets are */
  guint       value;
} CaselessSlot;
/* Made zeroed, for an article's mentions at once: 24 bytes a slot. */
G_STATIC_ASSERT (sizeof (CaselessSlot) == 24);
G_STATIC_ASSERT (G_STRUCT_OFFSET (CaselessSlot, hash) == 0); /* ner_hash_slots_resize() */

typedef struct
{
  CaselessSlot *slots;
  gsize         mask;
  gsize         used;
} CaselessTable;

/* Tables are made at once for the most keys an article can bring: a
 * long document's grow as its keys come, so that their size follows
 * the keys there are, not the most there could be. */
#define PRESIZE_MAX_KEYS 4096

/* g_ascii_tolower(), inlined. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
}

/* g_ascii_strncasecmp (a, b, len) == 0, inlined: a name found again is
 * mostly written the same way, so the bytes are first compared as they
 * are, a word at a time; the call and its byte loop only for the rest. */
static inline gboolean
ascii_caseless_equal (const char *a,
                      const char *b,
                      gsize       len)
{
  return memcmp (a, b, len) == 0 || g_ascii_strncasecmp (a, b, len) == 0;
}

static guint64
caseless_hash (const char *key,
               gsize       len)
{
  guint64 h = 0xcbf29ce484222325ULL;

  for (gsize i = 0; i < len; i++)
    h = (h ^ _redaksi_ascii_lower_byte ((guchar) key[i])) * 0x100000001b3ULL;
  h = ner_mix (h ^ len);
  return h ? h : 1;
}

static CaselessSlot *
caseless_slot (const CaselessTable *table,
               guint64              hash,
               const char          *key,
               gsize                len)
{
  gsize k = ner_hash_slot_first (hash, table->mask);

  while (table->slots[k].hash != 0
         && !(table->slots[k].hash == hash && table->slots[k].len == len
              && ascii_caseless_equal (table->slots[k].key, key, len)))
    k = (k + 1) & table->mask;
  return &table->slots[k];
}

/* The slots of a table made for @n keys, at least @smallest: at most
 * half full, so that it never grows unless @n is past PRESIZE_MAX_KEYS. */
static gsize
presized_slots (gsize n,
                gsize smallest)
{
  gsize size = smallest;

  n = MIN (n, PRESIZE_MAX_KEYS);
  while (size < 2 * n + 2)
    size *= 2;
  return size;
}

/* A table for about @n keys. */
static void
caseless_init (CaselessTable *table,
               gsize          n)
{
  gsize size = presized_slots (n, 32);

  table->mask = size - 1;
  table->used = 0;
  table->slots = g_new0 (CaselessSlot, size);
}

static void
caseless_clear (CaselessTable *table)
{
  g_clear_pointer (&table->slots, g_free);
}

/* The value of @key (@len bytes), or 0. */
static guint
caseless_get (const CaselessTable *table,
              const char          *key,
              gsize                len)
{
  return caseless_slot (table, caseless_hash (key, len), key, len)->value;
}

/* Fills the empty @slot; the table may move. */
static void
caseless_fill (CaselessTable *table,
               CaselessSlot  *slot,
               guint64        hash,
               const char    *key,
               gsize          len,
               guint          value)
{
  *slot = (CaselessSlot) { hash, key, (guint) len, value };
  if (++table->used * 2 > table->mask + 1)
    {
      table->slots = ner_hash_slots_resize (table->slots, table->mask + 1, 2 * (table->mask + 1),
                                            sizeof *table->slots);
      table->mask = 2 * table->mask + 1;
    }
}

static void
caseless_set (CaselessTable *table,
              const char    *key,
              gsize          len,
              guint          value)
{
  guint64 hash = caseless_hash (key, len);
  CaselessSlot *slot = caseless_slot (table, hash, key, len);

  if (slot->hash != 0)
    slot->value = value;
  else
    caseless_fill (table, slot, hash, key, len, value);
}

/* Adds one to the value of @key: one hash and one probe. */
static void
caseless_add_one (CaselessTable *table,
                  const char    *key,
                  gsize          len)
{
  guint64 hash = caseless_hash (key, len);
  CaselessSlot *slot = caseless_slot (table, hash, key, len);

  if (slot->hash != 0)
    slot->value++;
  else
    caseless_fill (table, slot, hash, key, len, 1);
}

/* A set of word hashes (never 0), open addressing: see lowercase_words(). */
typedef struct
{
  guint64 *slots;  /* 0 is empty */
  gsize    mask;
  gsize    used;
} WordSet;

typedef struct
{
  RedaksiTagger      *tagger;
  RedaksiDocument    *document;
  const char         *text;
  gsize               text_len;
  const RedaksiToken *tokens;
  guint               n_tokens;
  const RedaksiSpan  *sentences;
  guint               n_sentences;
  guint8             *labels;     /* NerLabel per token */
  guint8             *excluded;   /* TRUE inside related-link inserts */
  GArray             *matches;    /* RedaksiGazetteerMatch, document indices */
  GArray             *mentions;   /* Mention */
  GArray             *entities;   /* Entity */
  GHashTable         *acronyms;   /* acronym → its long form, a Mention */
  guint64             acronym_keys; /* see acronym_key_bit() */
  gboolean            nicknamed;    /* a person's nickname was defined: "Erick Thohir (Etho)" */
  CaselessTable       entity_index; /* canonical, ASCII lower case → entity + 1; keys are
                                     * the entities' canonical names, see retired */
  GPtrArray          *retired;    /* canonical names an entity gave up, kept for entity_index */
  GHashTable         *unit_names; /* _redaksi_unit_key() → the unit's first name */
  GHashTable         *dated_events; /* generic event's name → its dated entry + 1 */
  RedaksiVariants    *variants;   /* entities' canonical names → entity + 1 */
  CaselessTable       written;    /* mention text, ASCII lower case → times written: see count_written() */
  WordSet            *lowercase;  /* see lowercase_words(), built once */
  guint64            *lower;      /* per token: _redaksi_word_hash_lower(), see hash_words() */
  guint64            *lower_words; /* lower of the words written in lower case, in order */
  guint               n_lower_words;
  gint8              *common;     /* per token: -1 not known yet, else is_common_word() */
  gint8              *dictionary; /* per token: -1 not known yet, else is_dictionary_word() */
  gint8              *cues;       /* per token: -1 not known yet, else token_cue() */
  gint8              *headlines;  /* per sentence: -1 not known yet, else in_headline() */
  guint              *line_openers; /* see line_opener(), made when first asked */
  guint               n_line_openers;
  guint               last_sentence; /* sentence_holding()'s last answer */
  guint               match_cursor;  /* match_lower_bound()'s last answer */
  guint              *owners;     /* while acronyms are read, see own_tokens() */
  GCancellable       *cancellable;
  gboolean            cancelled;
} Run;

/* Long loops look at the cancellable every 64 steps: a timeout stops
 * the work within milliseconds. The steps between cost a loop one test
 * of its counter, not a read of the run: some twenty loops pass every
 * token. Once it fires, every later loop stops at its next 64th step,
 * and one from step 0 runs none at all. */
static inline gboolean
run_cancelled (Run   *run,
               guint  step)
{
  if (G_LIKELY ((step & 63) != 0))
    return FALSE;
  if (!run->cancelled && run->cancellable != NULL)
    run->cancelled = g_cancellable_is_cancelled (run->cancellable);
  return run->cancelled;
}

static inline const char *
token_text (Run   *run,
            guint  i,
            gsize *len)
{
  *len = run->tokens[i].end - run->tokens[i].start;
  return run->text + run->tokens[i].start;
}

/* Inlined: most calls end at the first byte, cheaper than the call. */
G_ALWAYS_INLINE static inline gboolean
token_is (Run        *run,
          guint       i,
          const char *word)
{
  gsize len;
  const char *text = token_text (run, i, &len);

  /* Most words differ at once: no strlen for them. */
  if (len == 0 || ((text[0] ^ word[0]) & ~0x20) != 0)
    return FALSE;
  return len == strlen (word) && g_ascii_strncasecmp (text, word, len) == 0;
}

static guint64
word_hash (Run   *run,
           guint  i)
{
  gsize len;
  const char *text = token_text (run, i, &len);

  return ner_hash_bytes (text, len);
}

/* Is token @i one of @list's words, in any case (as token_is())? */
static inline gboolean
token_in (Run             *run,
          guint            i,
          RedaksiWordList *list)
{
  gsize len;
  const char *text = token_text (run, i, &len);

  return _redaksi_word_list_has (list, run->lower[i], text, len);
}

static gboolean
is_capitalised (Run   *run,
                guint  i)
{
  return (run->tokens[i].flags & (REDAKSI_TOKEN_FLAGS_CAPITALIZED | REDAKSI_TOKEN_FLAGS_UPPERCASE)) != 0;
}

/* ner_cue_of() of token @i. It folds and hashes the word, hundreds of
 * instructions, and the rules ask it of the same tokens again and
 * again: asked once each. */
static NerCue
token_cue (Run   *run,
           guint  i)
{
  if (run->cues[i] < 0)
    {
      gsize len;
      const char *text = token_text (run, i, &len);

      run->cues[i] = (gint8) ner_cue_of (text, len);
    }
  return (NerCue) run->cues[i];
}

/* The text of tokens [first, end). Every mention holds a token, so an
 * empty or inverted span is a bug; it must not become a length below
 * zero, which reads as a few gigabytes. */
static char *
text_between (Run   *run,
              guint  first,
              guint  end)
{
  g_return_val_if_fail (first < end && end <= run->n_tokens, g_strdup (""));
  g_return_val_if_fail (run->tokens[first].start <= run->tokens[end - 1].end, g_strdup (""));

  return g_strndup (run->text + run->tokens[first].start,
                    run->tokens[end - 1].end - run->tokens[first].start);
}

static gboolean
is_double_mark (Run   *run,
                guint  i)
{
  switch (run->tokens[i].quote_mark)
    {
    case REDAKSI_QUOTE_MARK_STRAIGHT_DOUBLE:
    case REDAKSI_QUOTE_MARK_LEFT_DOUBLE:
    case REDAKSI_QUOTE_MARK_RIGHT_DOUBLE:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Joko "Jokowi" Widodo in double marks (single ones also quote titles
 * in headlines): the closing mark's token, or 0. */
static guint
nickname_close (Run   *run,
                guint  open)
{
  guint close = _redaksi_token_nickname_close (run->tokens, run->n_tokens, open);

  return close != 0 && is_double_mark (run, open) && is_double_mark (run, close) ? close : 0;
}

/* Related-link inserts: the related-links analysis (or, for a tagger
 * used alone, its scanner) finds them; a token inside one gives no
 * mention. Only the insert's own range goes, never its paragraph. The
 * tokens come in text order: one walk over the inserts marks them all,
 * too quick to need a look at the cancellable. */
static void
exclude_inserts (Run                      *run,
                 const RedaksiInsertTable *inserts)
{
  _redaksi_inserts_mark (inserts, run->tokens, run->n_tokens, run->excluded);
}

/* Labelling, sentence by sentence */

static void
label_sentence (Run      *run,
                NerToken *scratch,
                GArray   *matches,
                guint     first,
                guint     end)
{
  guint n = end - first;

  for (guint i = 0; i < n; i++)
    {
      gsize len;

      scratch[i].text = token_text (run, first + i, &len);
      scratch[i].len = (guint) len;
    }
  /* Unlike idner's annotators, a newsroom wants every country and body
   * the gazetteer knows as a tag: the gazetteer's names fill in. */
  _redaksi_ner_label_hashed (run->tagger->model, run->tagger->gazetteer, scratch, run->lower + first, n,
                             run->labels + first, matches, TRUE);

  /* Appended at once, then moved to the document's token indices. */
  if (matches->len > 0)
    {
      guint added = run->matches->len;

      g_array_append_vals (run->matches, matches->data, matches->len);
      for (guint m = added; m < run->matches->len; m++)
        {
          RedaksiGazetteerMatch *match = &g_array_index (run->matches, RedaksiGazetteerMatch, m);

          match->start += first;
          match->end += first;
        }
    }
}

static gboolean
is_cue (Run   *run,
        guint  i)
{
  return token_cue (run, i) != NER_CUE_NONE;
}

static gboolean is_company_form (Run   *run,
                                 guint  i);

/* "Direktur Utama PT PLN Sofyan Basir": no bracket or "Tbk" closes
 * the name, but the labeller saw a person begin after the company's
 * own name; the name of a company ends there. */
static gboolean
officer_starts (Run   *run,
                guint  i,
                guint  k)
{
  return k >= i + 2 && run->labels[k] == NER_LABEL_B_PER && !is_company_form (run, k);
}

/* The end of a company's name that began at @i: it runs over the
 * capitalised words after the form, and closes with "Tbk" or a bracket
 * ("(Persero)") unless "Tbk" follows the bracket. */
static gboolean
is_legal_form (Run   *run,
               guint  i)
{
  return token_is (run, i, "Persero") || token_is (run, i, "Tbk") || token_is (run, i, "Tbk.");
}

/* Only a bracket holding the legal form ("(Persero)") belongs to the
 * name: "PT Bank Maju (BM)", "PT Bank Maju (PT BM)" give the short name
 * after the name, which ends before it. */
static guint
company_end (Run      *run,
             guint     i,
             guint     end,
             gboolean *closed)
{
  guint k = i + 1;
  gboolean open = FALSE;

  *closed = FALSE;
  /* A bracket belongs to the name only around its form, "(Persero)"
   * or "(persero)"; "(PT BA)" is the short name the article gives it. */
  while (k < end && k - i <= 8 && !*closed
         && !officer_starts (run, i, k)
         && (is_capitalised (run, k) || token_is (run, k, "&") || (open && is_legal_form (run, k))
             || (token_is (run, k, "(") && k + 1 < end && is_legal_form (run, k + 1))
             || (token_is (run, k, ")") && open)))
    {
      open = open || token_is (run, k, "(");
      *closed = token_is (run, k, "Tbk") || token_is (run, k, "Tbk.")
                || (token_is (run, k, ")") && !(k + 1 < end && token_is (run, k + 1, "Tbk")));
      k++;
    }
  /* A bracket or "&" that opens nothing of the name stays out. */
  while (k > i + 1 && (token_is (run, k - 1, "(") || token_is (run, k - 1, "&")))
    k--;
  return k;
}

/* "Direktur Utama PT Sinar Laut (Persero) Budi Hartono": capitalised
 * words right after a closed company name are its officer's name,
 * unless the labeller saw a place there. */
static void
label_officer (Run   *run,
               guint  k,
               guint  end)
{
  guint j = k;

  while (j < end && j - k < 4 && run->tokens[j].kind == REDAKSI_TOKEN_WORD
         && (run->tokens[j].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED) && !is_cue (run, j)
         && ner_label_type (run->labels[j]) != ner_label_type (NER_LABEL_B_LOC))
    j++;
  for (guint t = k; t < j; t++)
    run->labels[t] = t == k ? NER_LABEL_B_PER : NER_LABEL_I_PER;
}

/* "PT Brantas Abipraya (PT BA)": the short name in brackets after a
 * company's is that company again, not a second one. Its words lose
 * their labels; returns the token after the bracket, or @k. */
static guint
skip_company_alias (Run   *run,
                    guint  k,
                    guint  end)
{
  guint close = k + 2;

  if (k + 2 >= end || !token_is (run, k, "(")
      || !(token_is (run, k + 1, "PT") || token_is (run, k + 1, "PT.") || token_is (run, k + 1, "CV")))
    return k;
  while (close < end && close - k <= 4 && !token_is (run, close, ")"))
    close++;
  if (close >= end || !token_is (run, close, ")"))
    return k;
  memset (run->labels + k, NER_LABEL_O, close + 1 - k);
  return close + 1;
}

/* "PT Sinar Abadi Sejahtera Tbk": a company form opens a name that runs
 * over the capitalised words after it, whatever the labeller said. */
static void
label_companies (Run   *run,
                 guint  first,
                 guint  end)
{
  for (guint i = first; i + 1 < end; i++)
    {
      gboolean closed;
      guint k;

      /* Most tokens are in lower case: their flags tell at once. */
      if (!is_capitalised (run, i) || !is_capitalised (run, i + 1)
          || !(token_is (run, i, "PT") || token_is (run, i, "PT.") || token_is (run, i, "CV")))
        continue;
      k = company_end (run, i, end, &closed);
      for (guint j = i; j < k; j++)
        run->labels[j] = j == i ? NER_LABEL_B_ORG : NER_LABEL_I_ORG;
      if (closed || (k < end && officer_starts (run, i, k)))
        label_officer (run, k, end);
      else if (k < end && run->labels[k] == NER_LABEL_I_ORG)
        run->labels[k] = NER_LABEL_B_ORG;
      i = MAX (k, skip_company_alias (run, k, end)) - 1;
    }
}

static void
label_document (Run *run)
{
  guint longest = 1;
  g_autofree NerToken *scratch = NULL;
  /* One array for every sentence's matches: the labeller empties it. */
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (RedaksiGazetteerMatch));

  for (guint s = 0; s < run->n_sentences; s++)
    longest = MAX (longest, run->sentences[s].end_token - run->sentences[s].first_token);
  scratch = g_new0 (NerToken, longest);
  for (guint s = 0; s < run->n_sentences && !run_cancelled (run, s); s++)
    {
      label_sentence (run, scratch, matches, run->sentences[s].first_token,
                      run->sentences[s].end_token);
      label_companies (run, run->sentences[s].first_token, run->sentences[s].end_token);
    }
}

/* Mentions */

static const RedaksiEntityType label_types[] = {
  REDAKSI_ENTITY_MISC, REDAKSI_ENTITY_PERSON, REDAKSI_ENTITY_ORGANIZATION, REDAKSI_ENTITY_LOCATION,
};

/* The first gazetteer match starting at or after token @start, as
 * _redaksi_gazetteer_match_at() searches for it. The rules ask about
 * mentions in order, forwards or backwards: a few steps from the last
 * answer find most, without a search over a long document's thousands
 * of matches. */
static guint
match_lower_bound (Run   *run,
                   guint  start)
{
  const RedaksiGazetteerMatch *matches = (const RedaksiGazetteerMatch *) (gpointer) run->matches->data;
  guint n = run->matches->len;
  guint k = MIN (run->match_cursor, n);
  guint lo = 0, hi = n;

  for (guint step = 0; step < 4; step++)
    {
      gboolean after_previous = k == 0 || matches[k - 1].start < start;

      if (after_previous && (k == n || matches[k].start >= start))
        return run->match_cursor = k;
      k = after_previous ? k + 1 : k - 1;
    }
  /* Matches are in token order. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (matches[mid].start < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return run->match_cursor = lo;
}

static gint64
exact_match (Run   *run,
             guint  first,
             guint  end)
{
  guint k = match_lower_bound (run, first);
  const RedaksiGazetteerMatch *match;

  if (k >= run->matches->len)
    return -1;
  match = &g_array_index (run->matches, RedaksiGazetteerMatch, k);
  return match->start == first && match->end == end ? (gint64) match->entry : -1;
}

static gboolean
is_company_form (Run   *run,
                 guint  i)
{
  static const char * const forms[] = { "PT", "PT.", "CV", "Tbk", "Tbk.", "Persero", "(", ")", NULL };
  static RedaksiWordList list = REDAKSI_WORD_LIST (forms);
  gsize len;
  const char *text = token_text (run, i, &len);
  char first = (char) (len > 0 ? text[0] | 0x20 : 0);

  /* Asked of every mention's first and last words: the forms' first
   * bytes, in any case, tell most words apart without a lookup. */
  if (!(first == 'p' || first == 'c' || first == 't' || first == '(' || first == ')'))
    return FALSE;
  return token_in (run, i, &list);
}

/* The gazetteer entry of the whole mention, or of the name inside
 * "PT … (Persero) Tbk.". */
static gint64
entry_of (Run   *run,
          guint  first,
          guint  end)
{
  gint64 entry = exact_match (run, first, end);
  guint inner_first = first, inner_end = end;

  if (entry >= 0)
    return entry;
  while (inner_first < end && is_company_form (run, inner_first))
    inner_first++;
  while (inner_end > inner_first && is_company_form (run, inner_end - 1))
    inner_end--;
  if (entry < 0 && inner_end > inner_first)
    entry = exact_match (run, first, inner_end);
  if (entry < 0 && inner_end > inner_first)
    entry = exact_match (run, inner_first, inner_end);
  return entry;
}

static gboolean
span_excluded (Run   *run,
               guint  first,
               guint  end)
{
  for (guint i = first; i < end; i++)
    if (run->excluded[i])
      return TRUE;
  return FALSE;
}

static void own_tokens (Run   *run,
                        guint  k);

static gboolean
add_mention (Run               *run,
             guint              first,
             guint              end,
             RedaksiEntityType  type,
             gint64             entry)
{
  Mention m = { first, end, type, entry, -1, FALSE };

  /* Later steps take lengths and ranges from it: never an empty one. */
  if (first >= end || end > run->n_tokens || span_excluded (run, first, end))
    return FALSE;
  if (entry >= 0)
    m.type = _redaksi_gazetteer_entry_type (run->tagger->gazetteer, (guint32) entry);
  g_array_append_val (run->mentions, m);
  if (run->owners != NULL)
    own_tokens (run, run->mentions->len - 1);
  return TRUE;
}

static void
collect_labelled (Run *run)
{
  for (guint i = 0; i < run->n_tokens && !run_cancelled (run, i);)
    {
      int type;
      guint end = i + 1;

      /* Most tokens are outside any name: no call for their type. */
      if (run->labels[i] == NER_LABEL_O)
        {
          i++;
          continue;
        }
      type = ner_label_type (run->labels[i]);
      while (end < run->n_tokens && !ner_label_is_begin (run->labels[end])
             && ner_label_type (run->labels[end]) == type)
        end++;
      add_mention (run, i, end, label_types[type], entry_of (run, i, end));
      i = end;
    }
}

static gboolean
labelled_any (Run   *run,
              guint  first,
              guint  end)
{
  for (guint i = first; i < end; i++)
    if (run->labels[i] != NER_LABEL_O)
      return TRUE;
  return FALSE;
}

/* The model knows no EVENT or MISC: those come from the gazetteer. */
static void
collect_gazetteer_only (Run *run)
{
  for (guint m = 0; m < run->matches->len && !run_cancelled (run, m); m++)
    {
      RedaksiGazetteerMatch *match = &g_array_index (run->matches, RedaksiGazetteerMatch, m);
      RedaksiEntityType type = _redaksi_gazetteer_entry_type (run->tagger->gazetteer, match->entry);

      if ((type == REDAKSI_ENTITY_EVENT || type == REDAKSI_ENTITY_MISC)
          && !labelled_any (run, match->start, match->end))
        add_mention (run, match->start, match->end, type, match->entry);
    }
}

static int
compare_mentions (gconstpointer a,
                  gconstpointer b,
                  gpointer      unused)
{
  const Mention *ma = a, *mb = b;

  return (ma->first > mb->first) - (ma->first < mb->first);
}

/* Merges the sorted runs [0, @mid) and [@mid, len) of @mentions; on a
 * tie the earlier run's mention comes first, as a stable sort keeps it.
 * The later run is the few mentions a step added: it alone is copied,
 * and the merge fills the array from its end. */
static void
merge_mentions (GArray *mentions,
                guint   mid)
{
  Mention *all = (Mention *) (gpointer) mentions->data;
  guint a = mid, b = mentions->len - mid, out = mentions->len;
  g_autofree Mention *tail = g_memdup2 (all + mid, b * sizeof *tail);

  while (a > 0 && b > 0)
    all[--out] = tail[b - 1].first < all[a - 1].first ? all[--a] : tail[--b];
  while (b > 0)
    all[--out] = tail[--b];
}

/* Mentions in text order, those that start together as they came (a
 * stable sort). Most steps leave them in order or add a few at the end,
 * each lot in order: a sorted array is left as it is, at the cost of
 * one look, and one whose sorted part ends before the additions gets
 * only them sorted and merged in. */
static void
sort_mentions (GArray *mentions)
{
  guint sorted = 1;

  while (sorted < mentions->len
         && g_array_index (mentions, Mention, sorted - 1).first <= g_array_index (mentions, Mention, sorted).first)
    sorted++;
  if (sorted >= mentions->len)
    return;
  g_qsort_with_data (&g_array_index (mentions, Mention, sorted), (gint) (mentions->len - sorted), sizeof (Mention),
                     compare_mentions, NULL);
  merge_mentions (mentions, sorted);
}

/* Common words capitalised only because they open a sentence. */

/* The hashes of the document's lowercase words: built once per run
 * (the tokens do not change), owned by the run. */
static inline gsize
word_set_slot (const WordSet *set,
               guint64        h)
{
  gsize k = ner_hash_slot_first (h, set->mask);

  while (set->slots[k] != 0 && set->slots[k] != h)
    k = (k + 1) & set->mask;
  return k;
}

static gboolean
word_set_has (const WordSet *set,
              guint64        h)
{
  return set->slots[word_set_slot (set, h)] == h;
}

static void
word_set_free (WordSet *set)
{
  if (set == NULL)
    return;
  g_free (set->slots);
  g_free (set);
}

/* A set for @n words, of which an article's text repeats about half
 * ("yang", "dan"): made for @n / 2 at most half full, so that there is
 * half as much to clear, it grows if more of them differ. */
static WordSet *
word_set_new (gsize n)
{
  WordSet *words = g_new (WordSet, 1);
  gsize size = 16;

  while (size < n)
    size *= 2;
  words->slots = _redaksi_new0_large (guint64, size);
  words->mask = size - 1;
  words->used = 0;
  return words;
}

static G_GNUC_NO_INLINE void
word_set_grow (WordSet *set)
{
  set->slots = ner_hash_slots_resize (set->slots, set->mask + 1, 2 * (set->mask + 1), sizeof *set->slots);
  set->mask = 2 * set->mask + 1;
}

/* Inlined into the loops that fill a set: a call a word costs more
 * than the probe. */
G_ALWAYS_INLINE static inline void
word_set_add (WordSet *set,
              guint64  h)
{
  gsize k = word_set_slot (set, h);

  if (set->slots[k] != 0)
    return;
  set->slots[k] = h;
  if (++set->used * 2 > set->mask + 1)
    word_set_grow (set);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WordSet, word_set_free)

static const WordSet *
lowercase_words (Run *run)
{
  WordSet *words;

  if (run->lowercase != NULL)
    return run->lowercase;
  /* hash_words() gathered them, so the set is no larger than they need. */
  words = word_set_new (run->n_lower_words);
  for (guint k = 0; k < run->n_lower_words && !run_cancelled (run, k); k++)
    word_set_add (words, run->lower_words[k]);
  run->lowercase = words;
  return words;
}

static gboolean
starts_sentence (Run   *run,
                 guint  i)
{
  return (run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_SENTENCE_START) != 0;
}

static gboolean starts_line (Run   *run,
                             guint  i);

/* An outlet's domain, one token or words glued to full stops:
 * "jpnn.com - …". */
static gboolean
in_domain (Run   *run,
           guint  k)
{
  gsize len;
  const char *text = token_text (run, k, &len);
  const char *dot = len > 2 ? memchr (text + 1, '.', len - 2) : NULL;

  if (dot != NULL && run->tokens[k].kind == REDAKSI_TOKEN_WORD)
    return TRUE;
  return (k + 1 < run->n_tokens && run->tokens[k].end == run->tokens[k + 1].start && token_is (run, k + 1, "."))
         || (k > 0 && run->tokens[k - 1].end == run->tokens[k].start && token_is (run, k - 1, "."));
}

/* "KOMPAS.com - Ratusan korban …", "jpnn.com - LAMA tak …", "Metro
 * Merauke – Kapolres …": a
 * second dateline, after the one the document found, is a few
 * capitalised words at the start of a line and a dash. */
static gboolean
after_line_prefix (Run   *run,
                   guint  i)
{
  guint k = i - 1;
  guchar dash;

  if (i < 2 || run->tokens[k].end == run->tokens[k].start)
    return FALSE;
  /* Most tokens before a capital are no dash: one byte tells. */
  dash = (guchar) run->text[run->tokens[k].start];
  if ((dash != '-' && dash != 0xE2)
      || !(token_is (run, k, "-") || token_is (run, k, "\u2013") || token_is (run, k, "\u2014")))
    return FALSE;
  while (k-- > 0 && i - k <= 6)
    {
      if (!(is_capitalised (run, k) || token_is (run, k, ",") || token_is (run, k, ".") || in_domain (run, k)))
        return FALSE;
      if (starts_line (run, k))
        return TRUE;
    }
  return FALSE;
}

/* First word of a sentence, or of a quotation. */
static gboolean
opens_clause (Run   *run,
              guint  i)
{
  if (starts_sentence (run, i))
    return TRUE;
  if (i == 0 || (run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_DATELINE))
    return FALSE;
  /* After an opening quote mark, or after the dateline "KOTA - ". */
  return (run->tokens[i - 1].kind == REDAKSI_TOKEN_QUOTE
          && run->tokens[i - 1].quote_role != REDAKSI_QUOTE_ROLE_CLOSING)
         || (run->tokens[i - 1].flags & REDAKSI_TOKEN_FLAGS_DATELINE)
         || after_line_prefix (run, i);
}

/* data/model/common-words.txt and data/lexicon/roles.tsv as word
 * tables made at build time (data/make-word-table.c). */
#include "redaksi-common-words-table.h"
#include "redaksi-role-words-table.h"

/* The kinds of data/lexicon/roles.tsv, as bits: a word may take
 * several ("kantor" heads a body's name and locates a place). */
typedef enum
{
  ROLE_WORD_OFFICE   = 1 << 0,
  ROLE_WORD_ROLE     = 1 << 1,
  ROLE_WORD_BODY     = 1 << 2,
  ROLE_WORD_PLACE    = 1 << 3,
  ROLE_WORD_RANK     = 1 << 4,
  ROLE_WORD_TITLE    = 1 << 5,
  ROLE_WORD_UNIT     = 1 << 6,
  ROLE_WORD_LOCATOR  = 1 << 7,
  ROLE_WORD_GREETING = 1 << 8,
} RoleWord;

static guint
role_word (Run   *run,
           guint  i)
{
  gsize len;
  const char *text = token_text (run, i, &len);

  if (run->tokens[i].kind != REDAKSI_TOKEN_WORD)
    return 0;
  return _redaksi_word_const_table_lookup (&role_words_table, run->lower[i], text, len);
}

/* A word that is no name: a cue, a common word, a word the article
 * also writes in lower case, or one with the "-nya" suffix. */
static gboolean
common_word_of (Run           *run,
                guint          i,
                const WordSet *lowercase)
{
  gsize len;
  const char *text = token_text (run, i, &len);
  guint64 lower = run->lower[i];

  if (token_cue (run, i) != NER_CUE_NONE)
    return TRUE;
  /* An empty token folds, but is no word of either set. */
  if (lower == 0)
    return len == 0 && word_set_has (lowercase, ner_hash_bytes ("", 0));
  if (_redaksi_word_const_table_lookup (&common_words_table, lower, text, len)
      || (len > 5 && g_ascii_strncasecmp (text + len - 3, "nya", 3) == 0))
    return TRUE;
  return word_set_has (lowercase, lower);
}

/* The rules ask again and again of the same tokens: asked once each. */
static gboolean
is_common_word (Run           *run,
                guint          i,
                const WordSet *lowercase)
{
  g_assert (lowercase == run->lowercase);
  if (run->common[i] < 0)
    run->common[i] = common_word_of (run, i, lowercase);
  return run->common[i];
}

static G_GNUC_NO_INLINE gboolean
sentence_is_headline (Run               *run,
                      const RedaksiSpan *span)
{
  guint words = 0, capitalised = 0;

  for (guint k = span->first_token; k < span->end_token; k++)
    if (run->tokens[k].kind == REDAKSI_TOKEN_WORD)
      {
        words++;
        capitalised += is_capitalised (run, k);
      }
  return words >= 4 && capitalised * 10 >= words * 7;
}

/* In Title Case Headlines every word is capitalised: capitals say
 * nothing there. */
static inline gboolean
sentence_holds (Run   *run,
                guint  s,
                guint  i)
{
  return s < run->n_sentences && run->sentences[s].first_token <= i && i < run->sentences[s].end_token;
}

/* The index of the sentence holding token @i, or n_sentences. */
static guint
sentence_holding (Run   *run,
                  guint  i)
{
  guint lo = 0, hi = run->n_sentences;

  /* The rules mostly walk the tokens in order: the last answer's
   * sentence, or the next, holds most tokens asked about, without a
   * search over a long document's thousands of sentences. */
  if (sentence_holds (run, run->last_sentence, i))
    return run->last_sentence;
  if (sentence_holds (run, run->last_sentence + 1, i))
    return ++run->last_sentence;

  /* Sentences are in token order. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (run->sentences[mid].end_token <= i)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < run->n_sentences && run->sentences[lo].first_token <= i)
    return run->last_sentence = lo;
  return run->n_sentences;
}

/* Counted once per sentence, not once per mention in it. Inlined: it
 * is asked of every capitalised word, and mostly known. */
static inline gboolean
sentence_headline (Run   *run,
                   guint  s)
{
  if (G_UNLIKELY (run->headlines[s] < 0))
    run->headlines[s] = sentence_is_headline (run, &run->sentences[s]);
  return run->headlines[s];
}

static gboolean
in_headline (Run   *run,
             guint  i)
{
  guint s = sentence_holding (run, i);

  return s < run->n_sentences && sentence_headline (run, s);
}

static gboolean is_dictionary_word (Run   *run,
                                    guint  i);

/* "Bangun Jateng" trimmed to "Jateng" (a verb opened a quote): what is
 * left may be a name the gazetteer knows, a place or a body, which
 * the labeller's type for the longer words does not say. */
static void
rematch_trimmed (Run     *run,
                 Mention *m,
                 guint    labelled_first)
{
  gint64 entry;
  RedaksiEntityType type;

  if (m->entry >= 0 || m->first == labelled_first || m->cut != 0 || m->end <= m->first
      || (entry = exact_match (run, m->first, m->end)) < 0)
    return;
  type = _redaksi_gazetteer_entry_type (run->tagger->gazetteer, (guint32) entry);
  if (type != REDAKSI_ENTITY_LOCATION && type != REDAKSI_ENTITY_ORGANIZATION)
    return;
  m->entry = entry;
  m->type = type;
}

/* "… membangun narasi. Narasi yang dibangun …": a name the gazetteer
 * knows ("Narasi", a broadcaster) opening a sentence is the common
 * word when the article writes it in lower case too and the dictionary
 * has it. */
static gboolean
is_common_entry_opener (Run           *run,
                        Mention       *m,
                        const WordSet *lowercase)
{
  gsize len;
  const char *text;
  char buf[64];

  if (m->entry < 0 || m->end != m->first + 1 || m->cut != 0 || !opens_clause (run, m->first)
      || (run->tokens[m->first].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE))
    return FALSE;
  text = token_text (run, m->first, &len);
  if (!ner_ascii_lower (text, len, buf, sizeof buf))
    return FALSE;
  return word_set_has (lowercase, ner_hash_bytes (buf, len)) && is_dictionary_word (run, m->first);
}

static gboolean
is_common_opener (Run           *run,
                  Mention       *m,
                  const WordSet *lowercase)
{
  if (is_common_entry_opener (run, m, lowercase))
    return TRUE;
  if (m->entry >= 0 || m->end != m->first + 1
      || !(opens_clause (run, m->first) || in_headline (run, m->first)))
    return FALSE;
  return is_common_word (run, m->first, lowercase);
}

/* A common word at either end of a person's span is no part of the
 * name ("Ahok Diperiksa"), unless it is a given name that the article
 * never writes in lower case: "Putri Ayuningtyas", "Yoyon Tony Surya
 * Putra". A kin word opening the span is the kin's ("putra Presiden"),
 * ending it, the name's. */
static gboolean
is_trimmed_from_name (Run           *run,
                      guint          i,
                      gboolean       last,
                      const WordSet *lowercase)
{
  gsize len;
  const char *text = token_text (run, i, &len);

  if (!is_common_word (run, i, lowercase))
    return FALSE;
  return (!last && token_cue (run, i) != NER_CUE_NONE) || !ner_is_given_name (text, len)
         || word_set_has (lowercase, run->lower[i]);
}

/* Title-case headlines glue common words to names: "Dipakai Brandon
 * Salim", "Salim Makin". A person's name loses them. */
static void
trim_person (Run           *run,
             Mention       *m,
             const WordSet *lowercase)
{
  gint64 entry;

  if (m->type != REDAKSI_ENTITY_PERSON || m->entry >= 0)
    return;
  while (m->end - m->first > 1 && is_trimmed_from_name (run, m->first, FALSE, lowercase))
    m->first++;
  while (m->end - m->first > 1 && is_trimmed_from_name (run, m->end - 1, TRUE, lowercase))
    m->end--;
  /* "Ahok Diperiksa" trimmed to "Ahok" is the gazetteer's person
   * again: it keeps the entry, or it would be a second entity. A place
   * of that name ("Bima" of "Bima Putra") does not make it one. */
  entry = exact_match (run, m->first, m->end);
  if (entry >= 0 && _redaksi_gazetteer_entry_type (run->tagger->gazetteer, (guint32) entry)
                      == REDAKSI_ENTITY_PERSON)
    m->entry = entry;
}

/* "Direktur PT Astra Otoparts Tbk Yusak Kristian": a listed company's
 * name ends at "Tbk"; the person after it is a mention of their own. */
static void
split_after_tbk (Run   *run,
                 guint  index)
{
  Mention *m = &g_array_index (run->mentions, Mention, index);

  if (m->type != REDAKSI_ENTITY_ORGANIZATION || m->entry >= 0)
    return;
  for (guint i = m->first + 1; i + 1 < m->end; i++)
    if (token_is (run, i, "Tbk") || token_is (run, i, "Tbk."))
      {
        Mention person = *m;

        person.first = i + 1;
        person.type = REDAKSI_ENTITY_PERSON;
        m->end = i + 1;
        g_array_append_val (run->mentions, person);
        return;
      }
}

/* "Tol Batang-Semarang Km 370": a road's kilometre post, no place. */
static gboolean
is_kilometre_post (Run     *run,
                   Mention *m)
{
  return m->end == m->first + 1 && m->end < run->n_tokens && token_is (run, m->first, "km")
         && run->tokens[m->end].kind == REDAKSI_TOKEN_NUMBER;
}

/* "…, I Gusti Ngurah Sudiana, Ahad (12/3)": a day's name alone. */
static gboolean
is_day_alone (Run     *run,
              Mention *m)
{
  static const char * const days[] = {
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (days);

  return m->end == m->first + 1 && token_in (run, m->first, &list);
}

/* "KPU Denpasar Pada Para Paslon" in a title-case headline: a word
 * of the grammar ("pada", "dan", "untuk") alone is no name. */
static gboolean
is_function_word_alone (Run     *run,
                        Mention *m)
{
  static const char * const words[] = {
    "pada", "dan", "untuk", "dengan", "kepada", "oleh", "yang", "atau", "serta", "dari", "ke", "di",
    "bagi", "para", "agar", "saat", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  return m->end == m->first + 1 && token_in (run, m->first, &list);
}

/* "bersaksi di Pengadilan.": a body's head word alone names no body. */
static gboolean
is_body_head_alone (Run     *run,
                    Mention *m)
{
  return m->end == m->first + 1 && (role_word (run, m->first) & ROLE_WORD_BODY)
         && !(run->tokens[m->first].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE) && is_dictionary_word (run, m->first);
}

/* "di Warkopnya": one word with the possessive "-nya" is a thing of
 * someone's, no name. */
static gboolean
is_possessed_word (Run     *run,
                   Mention *m)
{
  gsize len;
  const char *text = token_text (run, m->first, &len);

  return m->end == m->first + 1 && len > 5 && memcmp (text + len - 3, "nya", 3) == 0;
}

/* "Peringatan Hari Jadi ke-22 Kabupaten Murung Raya", "Hari Ulang
 * Tahun": "Hari" of an anniversary, no Hari's name. */
static gboolean
is_anniversary_day (Run     *run,
                    Mention *m)
{
  return m->end == m->first + 1 && m->end < run->n_tokens && token_is (run, m->first, "Hari")
         && (token_is (run, m->end, "Jadi") || token_is (run, m->end, "Ulang"));
}

/* A one-letter word, a company's legal form alone ("(persero)"), a
 * kilometre post, a day, a word with "-nya", a body's head or a word
 * of the grammar alone, the day of an anniversary. */
static gboolean
is_noise (Run     *run,
          Mention *m)
{
  gsize len;
  gboolean forms = TRUE;

  token_text (run, m->first, &len);
  for (guint i = m->first; i < m->end && forms; i++)
    forms = is_company_form (run, i);
  return m->entry < 0
         && ((m->end == m->first + 1 && len < 2) || forms || is_kilometre_post (run, m) || is_day_alone (run, m)
             || is_possessed_word (run, m) || is_body_head_alone (run, m) || is_function_word_alone (run, m)
             || is_anniversary_day (run, m));
}

static gboolean is_dictionary_word (Run   *run,
                                    guint  i);

/* "perguruan tinggi, kementerian, legislatif": words all in lower case
 * that the dictionary holds, which the labeller took for a name, are
 * none; an outlet written in lower case ("detikcom") is no dictionary
 * word and stays. */
static gboolean
is_lowercase_wording (Run     *run,
                      Mention *m)
{
  if (m->entry >= 0)
    return FALSE;
  for (guint i = m->first; i < m->end; i++)
    if (run->tokens[i].kind != REDAKSI_TOKEN_WORD || (run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
        || !is_dictionary_word (run, i))
      return FALSE;
  return TRUE;
}

/* Words after which a capitalised word is a person: speech verbs
 * ("…," ujar Karyoto) and ranks or honorifics (Irjen Karyoto). */
static gboolean
announces_person (Run   *run,
                  guint  i)
{
  static const char * const words[] = {
    "kata", "ujar", "ucap", "tutur", "ungkap", "imbuh", "tegas", "papar", "terang", "ujat",
    "irjen", "brigjen", "kombes", "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "bripka",
    "briptu", "jenderal", "letjen", "mayjen", "laksamana", "laksda", "marsekal", "kolonel",
    "letkol", "pak", "bu", "bapak", "ibu", "hj", "prof", "dr", "kh", "ustaz", "ustadz", "habib",
    "almarhum", "mendiang", "saudara", "sdr", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);
  guint len = run->tokens[i].end - run->tokens[i].start;

  /* Asked of every token before a capital, often a comma or a full
   * stop: the words are 2 to 9 letters long. */
  return len >= 2 && len <= 9 && token_in (run, i, &list);
}

/* Marks the tokens of every mention in @covered, one byte a token. */
static void
mark_mentions (Run    *run,
               guint8 *covered)
{
  for (guint k = 0; k < run->mentions->len; k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);

      memset (covered + m->first, 1, m->end - m->first);
    }
}

static guint8 *
mention_coverage (Run *run)
{
  guint8 *covered = _redaksi_new0_large (guint8, MAX (run->n_tokens, 1));

  mark_mentions (run, covered);
  return covered;
}

static gboolean
could_be_name (Run          *run,
               const guint8 *covered,
               guint         i)
{
  return run->tokens[i].kind == REDAKSI_TOKEN_WORD && (run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
         && !run->excluded[i] && !covered[i] && token_cue (run, i) == NER_CUE_NONE;
}

/* Of the first @n_found mentions, the one that starts at token @i,
 * or NULL; @starting indexes them by first token, made at the first
 * call. */
static Mention *
mention_starting_at (Run    *run,
                     guint **starting,
                     guint   n_found,
                     guint   i)
{
  if (*starting == NULL)
    {
      *starting = _redaksi_new0_large (guint, MAX (run->n_tokens, 1));
      for (guint k = n_found; k-- > 0;)
        (*starting)[g_array_index (run->mentions, Mention, k).first] = k + 1;
    }
  return (*starting)[i] != 0 ? &g_array_index (run->mentions, Mention, (*starting)[i] - 1) : NULL;
}

/* @covered: mention_coverage(), kept up to date with the mentions
 * added. */
static void
collect_announced_people (Run           *run,
                          const WordSet *lowercase,
                          guint8        *covered)
{
  g_autofree guint *starting = NULL;
  guint n_found = run->mentions->len;

  for (guint i = 0; i + 1 < run->n_tokens && !run_cancelled (run, i); i++)
    {
      guint end = i + 1;
      Mention *next;

      if (!(run->tokens[end].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
          || !announces_person (run, i) || !could_be_name (run, covered, end)
          || is_common_word (run, end, lowercase))
        continue;
      while (end < run->n_tokens && end - i <= 4 && could_be_name (run, covered, end)
             && !is_common_word (run, end, lowercase) && !starts_sentence (run, end))
        end++;
      /* "ujar" ending a paragraph announces nobody in the next one. */
      if (end == i + 1)
        continue;
      /* "Kombes Yoyon Tony Surya Putra", the labeller seeing the name
       * from "Tony" on: the words before it begin the name. */
      if (end < run->n_tokens && covered[end] && !starts_sentence (run, end)
          && (next = mention_starting_at (run, &starting, n_found, end)) != NULL
          && next->type == REDAKSI_ENTITY_PERSON && next->entry < 0 && next->cut == 0)
        {
          next->first = i + 1;
          next->entry = exact_match (run, next->first, next->end);
          memset (covered + i + 1, 1, end - (i + 1));
          continue;
        }
      if (add_mention (run, i + 1, end, REDAKSI_ENTITY_PERSON, exact_match (run, i + 1, end)))
        memset (covered + i + 1, 1, end - (i + 1));
    }
}

/* A number of at most @digits digits, no leading zero, at @k. */
static gboolean
is_age_number (Run   *run,
               guint  k,
               guint  digits)
{
  return k < run->n_tokens && run->tokens[k].kind == REDAKSI_TOKEN_NUMBER
         && run->tokens[k].end - run->tokens[k].start <= digits && run->text[run->tokens[k].start] != '0';
}

/* Does a lower-case word, or with @comma a comma, stand at @k? */
static gboolean
sentence_goes_on (Run      *run,
                  guint     k,
                  gboolean  comma)
{
  gsize len;
  const char *text;

  if (k >= run->n_tokens || starts_sentence (run, k))
    return FALSE;
  text = token_text (run, k, &len);
  return (comma && token_is (run, k, ",")) || (run->tokens[k].kind == REDAKSI_TOKEN_WORD && g_ascii_islower (text[0]));
}

/* "(30)" or "(30 tahun)" at @i, the sentence going on after it with a
 * comma or a lower-case word: an age, as news gives it after a name; or
 * ", 46," before a lower-case word, as some papers write it ("Seorang
 * nelayan Samirin, 46, mengungkapkan"). A count on a page's button
 * ("Like (0)", "Credits (2)") ends its line. */
static gboolean
is_age_at (Run   *run,
           guint  i)
{
  guint k = i + 1;

  /* given_as_initials() asks past the last token too. */
  if (i >= run->n_tokens)
    return FALSE;
  if (token_is (run, i, ","))
    return is_age_number (run, k, 2) && k + 1 < run->n_tokens && token_is (run, k + 1, ",")
           && sentence_goes_on (run, k + 2, FALSE);
  if (!token_is (run, i, "(") || !is_age_number (run, k, 3))
    return FALSE;
  if (k + 1 < run->n_tokens && token_is (run, k + 1, "tahun"))
    k++;
  return k + 1 < run->n_tokens && token_is (run, k + 1, ")") && sentence_goes_on (run, k + 2, TRUE);
}

/* Of the first @n_sorted mentions, sorted by their first token, the
 * one that ends right before token @i, or NULL. */
static Mention *
mention_ending_at (Run   *run,
                   guint  n_sorted,
                   guint  i)
{
  guint lo = 0, hi = n_sorted;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (run->mentions, Mention, mid).first < i)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo > 0 && g_array_index (run->mentions, Mention, lo - 1).end == i)
    return &g_array_index (run->mentions, Mention, lo - 1);
  return NULL;
}

/* "Wulan (30)", "Sutarjo Wiraguna (50), warga Cilincing": the words
 * before an age are a person, whatever the labeller made of them. */
static void
collect_aged_people (Run           *run,
                     const WordSet *lowercase,
                     guint8        *covered)
{
  guint n_found = run->mentions->len;

  for (guint i = 1; i < run->n_tokens && !run_cancelled (run, i); i++)
    {
      Mention *m;
      guint first = i;

      /* Asked of every token: the bracket or comma first, without a call. */
      if ((run->text[run->tokens[i].start] != '(' && run->text[run->tokens[i].start] != ',')
          || !is_age_at (run, i))
        continue;
      if (covered[i - 1])
        {
          if ((m = mention_ending_at (run, n_found, i)) && m->entry < 0)
            m->type = REDAKSI_ENTITY_PERSON;
          continue;
        }
      while (first > 0 && i - first < 4 && could_be_name (run, covered, first - 1)
             && !is_common_word (run, first - 1, lowercase))
        if (starts_sentence (run, --first))
          break;
      if (first < i && add_mention (run, first, i, REDAKSI_ENTITY_PERSON, exact_match (run, first, i)))
        memset (covered + first, 1, i - first);
    }
}

static gboolean has_given_name (Run     *run,
                                Mention *m);

/* "Zakiyatul Azzahra asal Genuk menilai": the capitalised words before
 * "asal" and a place are a person, when they are two or more or hold a
 * given name ("Warga asal Bekasi", "Pemain asal Papua" are no one). */
static void
collect_people_by_origin (Run           *run,
                          const WordSet *lowercase,
                          guint8        *covered)
{
  for (guint i = 1; i + 1 < run->n_tokens && !run_cancelled (run, i); i++)
    {
      guint first = i;
      Mention span;

      if (!token_is (run, i, "asal") || !is_capitalised (run, i + 1) || covered[i - 1])
        continue;
      while (first > 0 && i - first < 3 && could_be_name (run, covered, first - 1)
             && !is_common_word (run, first - 1, lowercase))
        if (starts_sentence (run, --first))
          break;
      span = (Mention) { first, i, REDAKSI_ENTITY_PERSON, -1, -1, FALSE };
      if (first < i && (i - first >= 2 || has_given_name (run, &span))
          && add_mention (run, first, i, REDAKSI_ENTITY_PERSON, exact_match (run, first, i)))
        memset (covered + first, 1, i - first);
    }
}

static gboolean has_outlet_word (Run           *run,
                                 const Mention *m);
static gboolean is_domain_word (Run   *run,
                                guint  i);

/* "SURYAMALANG.COM, KEDUNGKANDANG - …": a run of capitals in the
 * dateline that the labeller left, no outlet's domain or word, is where
 * the story was written: a place. */
static void
collect_dateline_places (Run     *run,
                         guint8  *covered)
{
  const guint flags = REDAKSI_TOKEN_FLAGS_DATELINE | REDAKSI_TOKEN_FLAGS_UPPERCASE;
  gboolean seen = FALSE;

  /* One dateline a document: the walk ends after it. */
  for (guint i = 0; i < run->n_tokens && !run_cancelled (run, i); i++)
    {
      Mention place = { i, i, REDAKSI_ENTITY_LOCATION, -1, -1, FALSE };

      if (!(run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_DATELINE))
        {
          if (seen)
            break;
          continue;
        }
      seen = TRUE;

      while (place.end < run->n_tokens && run->tokens[place.end].kind == REDAKSI_TOKEN_WORD
             && (run->tokens[place.end].flags & flags) == flags && !covered[place.end]
             && !is_domain_word (run, place.end))
        place.end++;
      if (place.end == i)
        continue;
      if (!has_outlet_word (run, &place)
          && add_mention (run, i, place.end, REDAKSI_ENTITY_LOCATION, exact_match (run, i, place.end)))
        memset (covered + i, 1, place.end - i);
      i = place.end - 1;
    }
}

static gboolean is_named_speaker (Run           *run,
                                  const Mention *m);

/* "Tarmizi menuturkan, …": one capitalised word opening a sentence,
 * before a verb of speech, that no list, role or dictionary knows, is
 * a person the labeller did not see, named only there. Acronyms
 * ("KPK menyatakan") and words ("Warga mengatakan") are left as they
 * are. */
static void
collect_named_speakers (Run           *run,
                        const WordSet *lowercase,
                        guint8        *covered)
{
  for (guint i = 0; i + 1 < run->n_tokens && !run_cancelled (run, i); i++)
    {
      Mention speaker = { i, i + 1, REDAKSI_ENTITY_PERSON, -1, -1, FALSE };

      if (!could_be_name (run, covered, i) || (run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE)
          || !opens_clause (run, i) || !is_named_speaker (run, &speaker)
          || is_common_word (run, i, lowercase) || role_word (run, i) != 0)
        continue;
      if (add_mention (run, i, i + 1, REDAKSI_ENTITY_PERSON, exact_match (run, i, i + 1)))
        covered[i] = 1;
    }
}

static gboolean is_speech_word (Run   *run,
                                guint  i);

/* "kata Kepala Seksi Pencegahan dan Pengendalian Penyakit Menular Dinkes
 * Kabupaten Sleman Dulzaini di Sleman": after a cue, an office and its
 * unit, the one word no list or dictionary knows that ends the
 * capitalised run is the holder's name, which the labeller took for
 * more of the unit's place or left out. */
static void
collect_office_holders (Run           *run,
                        const WordSet *lowercase,
                        guint8        *covered)
{
  for (guint i = 3; i < run->n_tokens && !run_cancelled (run, i); i++)
    {
      guint k = i, steps = 0;

      /* "… Indonesia Political Review (IPR) Ujang Komarudin": the word
       * before a body's acronym ends the body's name. */
      if (!could_be_name (run, covered, i) || !is_capitalised (run, i - 1)
          || (i + 1 < run->n_tokens && (is_capitalised (run, i + 1) || token_is (run, i + 1, "(")))
          || (run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE) || is_common_word (run, i, lowercase)
          || role_word (run, i) != 0 || is_dictionary_word (run, i))
        continue;
      while (k > 1 && steps++ < 12 && (is_capitalised (run, k - 1) || token_is (run, k - 1, "dan")))
        k--;
      /* "kata Menko Polhukam": an office and its field, no name. */
      if (i - k >= 2 && is_speech_word (run, k - 1) && (role_word (run, k) & (ROLE_WORD_OFFICE | ROLE_WORD_ROLE))
          && add_mention (run, i, i + 1, REDAKSI_ENTITY_PERSON, exact_match (run, i, i + 1)))
        covered[i] = 1;
    }
}

/* Is the text from @start to @end a line of its own? */
static gboolean
fills_line (Run   *run,
            gsize  start,
            gsize  end)
{
  while (start > 0 && (run->text[start - 1] == ' ' || run->text[start - 1] == '\t'))
    start--;
  while (end < run->text_len && (run->text[end] == ' ' || run->text[end] == '\t' || run->text[end] == '\r'))
    end++;
  return (start == 0 || run->text[start - 1] == '\n') && (end == run->text_len || run->text[end] == '\n');
}

/* "BREAKING NEWS--Lagi Kecelakaan …", "VIDEO:", "FOTO:": a label
 * that sites put in capitals before a headline is no name. */
static gboolean
is_news_label (Run     *run,
               Mention *m)
{
  static const char * const words[] = {
    "breaking", "news", "hot", "video", "foto", "berita", "terkini", "update", "eksklusif",
    "infografis", "headline", "trending", "viral", "live", "populer", "terpopuler", "pilihan",
    "editor", "advertorial", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  if (m->entry >= 0)
    return FALSE;
  for (guint i = m->first; i < m->end; i++)
    if (!(run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE) || !token_in (run, i, &list))
      return FALSE;
  return TRUE;
}

/* A line of a web page that is no prose: "SCROLL TO CONTINUE WITH
 * CONTENT", "ADVERTISEMENT", "Advertisement". Such a line is a name only
 * when the gazetteer says so. */
static gboolean
is_page_leftover (Run     *run,
                  Mention *m)
{
  gboolean capitals = TRUE, given = FALSE;

  if (m->entry >= 0 || !fills_line (run, run->tokens[m->first].start, run->tokens[m->end - 1].end))
    return FALSE;
  /* A line break inside a sentence ("mengukuhkan\nTri\nsebagai", where
   * a page's link was) leaves a name on a line of its own. */
  if (!opens_clause (run, m->first) || (m->end < run->n_tokens && !starts_sentence (run, m->end)))
    return FALSE;
  for (guint i = m->first; i < m->end; i++)
    {
      gsize len;
      const char *text = token_text (run, i, &len);

      capitals = capitals && (run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE) != 0;
      given = given || ner_is_given_name (text, len);
    }
  /* A byline in capitals ("DINI TEJA") has a given name in it. */
  return (capitals && !given) || m->end == m->first + 1;
}

/* Does token @i open its line? */
static gboolean
starts_line (Run   *run,
             guint  i)
{
  gsize start = run->tokens[i].start;

  while (start > 0 && (run->text[start - 1] == ' ' || run->text[start - 1] == '\t'))
    start--;
  return start == 0 || run->text[start - 1] == '\n';
}

/* Does token @i end its line? */
static gboolean
ends_line (Run   *run,
           guint  i)
{
  gsize end = run->tokens[i].end;

  while (end < run->text_len && (run->text[end] == ' ' || run->text[end] == '\t' || run->text[end] == '\r'))
    end++;
  return end == run->text_len || run->text[end] == '\n';
}

/* The tokens that open a line, in order: those after a line break or
 * the text's start with nothing but spaces and tabs before them (as
 * starts_line() says of each). Found from the text's few line breaks
 * in one pass over the tokens, not by a walk back from each token
 * asked about. */
static void
find_line_openers (Run *run)
{
  const char *end = run->text + run->text_len;
  const char *line = run->text;
  guint k = 0;

  run->line_openers = _redaksi_new_large (guint, run->n_tokens + 1);
  run->n_line_openers = 0;
  while (line != NULL)
    {
      gsize blank = (gsize) (line - run->text);

      while (k < run->n_tokens && run->tokens[k].start < blank)
        k++;
      while (blank < run->text_len && (run->text[blank] == ' ' || run->text[blank] == '\t'))
        blank++;
      /* An empty token may share its start with the next one. */
      for (; k < run->n_tokens && run->tokens[k].start <= blank; k++)
        run->line_openers[run->n_line_openers++] = k;
      line = memchr (line, '\n', (gsize) (end - line));
      if (line != NULL)
        line++;
    }
}

/* The token that opens the line of token @i, if at most @most tokens
 * before it; G_MAXUINT if none does. */
static guint
line_opener (Run   *run,
             guint  i,
             guint  most)
{
  const guint *openers;
  guint lo = 0, hi;

  if (run->line_openers == NULL)
    find_line_openers (run);
  openers = run->line_openers;
  hi = run->n_line_openers;
  /* The first opener after @i; the one before it is @i's. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (openers[mid] <= i)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0 || i - openers[lo - 1] > most)
    return G_MAXUINT;
  return openers[lo - 1];
}

/* Words that open a page's call to follow the outlet elsewhere:
 * "Cek Berita dan Artikel yang lain di Google News", "Klik WhatsApp
 * Channel & Google News". */
static gboolean
is_call_to_action (Run   *run,
                   guint  i)
{
  static const char * const words[] = {
    "cek", "klik", "follow", "ikuti", "simak", "silakan", "silahkan", "download", "unduh",
    "gabung", "bergabung", "yuk", "dapatkan", "kunjungi", "subscribe", "like", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  return token_in (run, i, &list);
}

#define CALL_LINE_MAX_TOKENS 24

/* "… di Google News": the names that close a short line opened by a
 * call to action are where to follow the outlet, not what the article
 * is about. Only names, "&", "dan" and commas may stand between the
 * mention and the line's end. */
static gboolean
is_follow_us_line (Run     *run,
                   Mention *m)
{
  guint first = line_opener (run, m->first, CALL_LINE_MAX_TOKENS), last = m->end - 1;

  if (first == G_MAXUINT || !is_call_to_action (run, first))
    return FALSE;
  while (!ends_line (run, last))
    {
      if (++last >= run->n_tokens || last - m->end >= CALL_LINE_MAX_TOKENS
          || !(is_capitalised (run, last) || token_is (run, last, "&") || token_is (run, last, "dan")
               || token_is (run, last, ",") || token_is (run, last, ".")))
        return FALSE;
    }
  return TRUE;
}

/* The capitalised words the article writes inside a sentence, where a
 * capital says something: a word seen only where every word has one
 * (a sentence's first word, a headline) is no name on that ground. */
static WordSet *
words_capitalised_inside (Run *run)
{
  g_autofree guint64 *hashes = _redaksi_new_large (guint64, MAX (run->n_tokens, 1));
  WordSet *words;
  gsize n = 0;

  guint s = 0;

  /* Gathered first, so the set is no larger than they need. The
   * sentences are passed in step with the tokens (in_headline() would
   * search for each token's), and the headline, known once a sentence,
   * is asked before opens_clause(). */
  for (guint i = 0; i < run->n_tokens && !run_cancelled (run, i); i++)
    {
      if (run->tokens[i].kind != REDAKSI_TOKEN_WORD || !is_capitalised (run, i))
        continue;
      while (s < run->n_sentences && run->sentences[s].end_token <= i)
        s++;
      if ((s < run->n_sentences && run->sentences[s].first_token <= i && sentence_headline (run, s))
          || opens_clause (run, i))
        continue;
      hashes[n++] = word_hash (run, i);
    }
  words = word_set_new (n);
  for (gsize k = 0; k < n; k++)
    word_set_add (words, hashes[k]);
  return words;
}

/* A title-case headline on a line of its own; a long sentence full of
 * ranks and places ("Kasat Reskrim Polres Labuhanbatu, AKP …") has as
 * many capitals but goes on after its full stop. */
static gboolean
in_headline_line (Run   *run,
                  guint  i)
{
  guint s;

  if (!in_headline (run, i))
    return FALSE;
  s = sentence_holding (run, i);
  return starts_line (run, run->sentences[s].first_token)
         && ends_line (run, run->sentences[s].end_token - 1);
}

static gboolean is_speech_verb_after (Run *run, guint i);

/* The token after "salah satu pedagang beras" or "seorang warga" at @i,
 * an apposition without commas between a name and its verb; @i when
 * there is none. */
static guint
skip_apposition (Run   *run,
                 guint  i)
{
  guint k = i;

  if (k + 1 < run->n_tokens && token_is (run, k, "salah") && token_is (run, k + 1, "satu"))
    k += 2;
  else if (k < run->n_tokens && (token_is (run, k, "seorang") || token_is (run, k, "selaku")))
    k++;
  else
    return i;
  for (guint words = 0; k < run->n_tokens && words < 4 && run->tokens[k].kind == REDAKSI_TOKEN_WORD
                        && !is_capitalised (run, k) && !is_speech_verb_after (run, k); words++)
    k++;
  return k;
}

/* "Mukhtarudin mengatakan, …", "Atin salah satu pedagang beras
 * mengatakan …": a word no dictionary knows, opening the sentence before
 * a verb of speech, is someone's name, though the article names them
 * only there. "Ekonom menilai" stays a word. */
static gboolean
is_named_speaker (Run           *run,
                  const Mention *m)
{
  guint verb = skip_apposition (run, m->end);

  return verb < run->n_tokens && is_speech_verb_after (run, verb) && !is_dictionary_word (run, m->first);
}

/* "Macet panjang terjadi …", "Ekonom menilai …": one word opening a
 * sentence, or standing in a title-case headline ("… Bicara Volume
 * Azan"), that the article never capitalises elsewhere, that no
 * gazetteer knows and that is no common given name. */
static gboolean
is_lone_opener (Run           *run,
                Mention       *m,
                const WordSet *inside)
{
  gsize len;
  const char *text;

  /* An acronym ("BPPT") or the dateline's place or outlet is no
   * common word. */
  if (m->entry >= 0 || m->end != m->first + 1
      || !(opens_clause (run, m->first) || in_headline_line (run, m->first))
      || (run->tokens[m->first].flags & (REDAKSI_TOKEN_FLAGS_UPPERCASE | REDAKSI_TOKEN_FLAGS_DATELINE))
      || word_set_has (inside, word_hash (run, m->first)))
    return FALSE;
  text = token_text (run, m->first, &len);
  return !ner_is_given_name (text, len) && !is_named_speaker (run, m);
}

/* "kata Jaksa Ardito Muwardi", "Brigjen Trunoyudo Wisnu Andiko": the
 * labeller, unsure of a rare first name, starts the person one word
 * late. A capitalised word between a title and the name, that no other
 * mention holds and that is no common word, is the name's first word. */
/* "rekaman CCTV", "KTP elektronik": acronyms of things and documents
 * that news writes in capitals like a body's name. */
static gboolean
is_thing_acronym (Run   *run,
                  guint  i)
{
  static const char * const words[] = {
    "CCTV", "KTP", "e-KTP", "SIM", "STNK", "BPKB", "NIK", "HP", "ATM", "GPS", "SMS", "PDF",
    "LPG", "SPBU", "TKP", "DPO", "BAP", "OTT", "WIB", "WITA", "WIT", "UMKM", "PIN", "OTP", "USB",
    NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);
  gsize len;
  const char *text = token_text (run, i, &len);

  /* The words in any case first, one lookup: most tokens are none of
   * them. Only the case written here counts. */
  if (!token_in (run, i, &list))
    return FALSE;
  for (guint k = 0; words[k]; k++)
    if (len == strlen (words[k]) && memcmp (text, words[k], len) == 0)
      return TRUE;
  return FALSE;
}

/* Such an acronym is no name, and no first word of one: "rekaman CCTV
 * Dimas ditarik" names Dimas. */
static gboolean
drop_thing_acronym (Run     *run,
                    Mention *m)
{
  if (m->entry >= 0 || m->cut != 0 || !is_thing_acronym (run, m->first))
    return FALSE;
  if (m->end == m->first + 1)
    return TRUE;
  m->first++;
  m->entry = exact_match (run, m->first, m->end);
  return FALSE;
}

/* "Dua Kali Mangkir", "beberapa Kali": "kali" after a count is how
 * many times, not a river. */
static gboolean
is_counted_kali (Run   *run,
                 guint  i)
{
  static const char * const counts[] = {
    "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "belas", "puluh", "ratusan", "puluhan", "beberapa", "berapa", "banyak", "sekian", "sekali",
    "berkali", "kesekian", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (counts);

  if (!token_is (run, i, "kali") || i == 0)
    return FALSE;
  return run->tokens[i - 1].kind == REDAKSI_TOKEN_NUMBER || token_in (run, i - 1, &list);
}

/* Words that open a place's own name: "Tanjung Pasir", "Kuala
 * Beringin", "Nagari Malampah", "Kali Angke" (a river, as Jakarta
 * names them), "Pantai Kuta", "Waduk Jatiluhur". */
static gboolean
is_place_head (Run   *run,
               guint  i)
{
  static const char * const words[] = {
    "tanjung", "kuala", "muara", "teluk", "nagari", "bukit", "pulau", "gunung", "selat",
    "danau", "sungai", "kali", "pantai", "waduk", "bendungan", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  return token_in (run, i, &list) && !is_counted_kali (run, i);
}

/* "warga Tanjung Pasir", "di Kuala Beringin": a place head and the
 * capitalised words after it are one place. The words may have been
 * taken for a person ("Malampah"), which becomes that place; a place
 * the labeller already saw whole, or a name the gazetteer knows,
 * stays as it is. */
static void
collect_headed_places (Run           *run,
                       const WordSet *lowercase,
                       guint8        *covered)
{
  g_autofree guint *starting = _redaksi_new0_large (guint, MAX (run->n_tokens, 1));
  guint n_found = run->mentions->len;

  for (guint k = 0; k < n_found; k++)
    starting[g_array_index (run->mentions, Mention, k).first] = k + 1;
  for (guint i = 0; i + 1 < run->n_tokens && !run_cancelled (run, i); i++)
    {
      guint end = i + 1;
      Mention *next;

      if (covered[i] || run->excluded[i] || !(run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
          || !is_place_head (run, i) || !(run->tokens[end].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED))
        continue;
      if (starting[end] != 0)
        {
          next = &g_array_index (run->mentions, Mention, starting[end] - 1);
          if (next->entry >= 0 || next->cut != 0 || next->type != REDAKSI_ENTITY_PERSON)
            continue;
          covered[i] = 1;
          if (next->end == end + 1)
            {
              next->first = i;
              next->type = REDAKSI_ENTITY_LOCATION;
              continue;
            }
          /* "Desa Kuala Beringin Labura": the place takes one word, the
           * rest stays what it was. */
          next->first = end + 1;
          add_mention (run, i, end + 1, REDAKSI_ENTITY_LOCATION, exact_match (run, i, end + 1));
          continue;
        }
      /* One word: "Kuala Beringin Labura" is a place and its regency. */
      if (could_be_name (run, covered, end) && !is_common_word (run, end, lowercase)
          && !starts_sentence (run, end))
        end++;
      if (end > i + 1 && add_mention (run, i, end, REDAKSI_ENTITY_LOCATION, exact_match (run, i, end)))
        memset (covered + i, 1, end - i);
    }
}

/* "Kemaritiman", "Perhubungan": a ministry's field, ke-…-an or pe-…-an,
 * which names of people do not take. */
static gboolean
is_field_noun (const char *text,
               gsize       len)
{
  return len >= 7 && (g_ascii_strncasecmp (text, "ke", 2) == 0 || g_ascii_strncasecmp (text, "pe", 2) == 0)
         && text[len - 2] == 'a' && text[len - 1] == 'n';
}

#define OFFICE_WORDS (ROLE_WORD_OFFICE | ROLE_WORD_ROLE | ROLE_WORD_RANK | ROLE_WORD_TITLE | ROLE_WORD_UNIT)

/* "Penjabat Gubernur Jawa Barat Bey Triadi Machmudin": a place or body
 * (named by a mention, up to four words) between a title and @word,
 * which is no rank or title itself ("Kapolda Metro Jaya Irjen Fadil"). */
static gboolean
place_after_title (Run          *run,
                   const guint8 *covered,
                   guint         word)
{
  guint k = word;

  if ((role_word (run, word) & OFFICE_WORDS) || token_cue (run, word) == NER_CUE_TITLE)
    return FALSE;
  while (k > 0 && word - k < 4 && covered[k - 1] && is_capitalised (run, k - 1))
    k--;
  return k < word && k > 0 && token_cue (run, k - 1) == NER_CUE_TITLE;
}

static void
widen_after_title (Run           *run,
                   Mention       *m,
                   const guint8  *covered,
                   const WordSet *lowercase)
{
  guint word = m->first - 1;
  gsize len;
  const char *text;

  if (m->type != REDAKSI_ENTITY_PERSON || m->entry >= 0 || m->cut != 0 || m->first < 2
      || starts_sentence (run, m->first))
    return;
  text = token_text (run, word, &len);
  if (is_field_noun (text, len))
    return;
  if (run->tokens[word].kind != REDAKSI_TOKEN_WORD
      || !(run->tokens[word].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
      || (run->tokens[word].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE) || covered[word]
      || run->excluded[word] || is_common_word (run, word, lowercase)
      || !(token_cue (run, word - 1) == NER_CUE_TITLE || place_after_title (run, covered, word)))
    return;
  m->first = word;
}

/* A word written all in lower-case ASCII letters: "kawasan", not
 * "iPhone" or "e-KTP". */
static gboolean
is_lowercase_word (Run   *run,
                   guint  i)
{
  gsize len;
  const char *text = token_text (run, i, &len);

  if (run->tokens[i].kind != REDAKSI_TOKEN_WORD || len == 0)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    if (!g_ascii_islower (text[k]))
      return FALSE;
  return TRUE;
}

/* "di kawasan Kemang", "di kompleks Istana Bogor": the labeller takes
 * the lower-case word that locates the place into the name. The name
 * is the capitalised part; a place head left alone ("kantor Nagari")
 * names no place. A lower-case word of the name itself stays ("masjid
 * Kauman", as some write "Masjid Kauman"). Returns whether nothing is
 * left. */
/* After a mention's span changed: the gazetteer's entry of the new
 * span, whose type it takes. */
static void
look_up_again (Run     *run,
               Mention *m)
{
  m->entry = entry_of (run, m->first, m->end);
  if (m->entry >= 0)
    m->type = _redaksi_gazetteer_entry_type (run->tagger->gazetteer, (guint32) m->entry);
}

static gboolean
trim_lowercase_head (Run     *run,
                     Mention *m)
{
  guint first = m->first;

  if (m->entry >= 0 || m->cut != 0)
    return FALSE;
  while (first < m->end && is_lowercase_word (run, first) && (role_word (run, first) & ROLE_WORD_LOCATOR))
    first++;
  /* A name in lower case throughout ("detikcom") stays as it is. */
  if (first == m->first || first == m->end || !is_capitalised (run, first))
    return FALSE;
  m->first = first;
  look_up_again (run, m);
  return m->entry < 0 && m->end == m->first + 1 && is_place_head (run, m->first);
}

/* "Sesampainya di Bandung nanti": a word of the dictionary in lower
 * case ends no name; the labeller ran on past the place. Words inside
 * ("Pekerjaan Umum dan Perumahan Rakyat") stay. */
static void
trim_lowercase_tail (Run     *run,
                     Mention *m)
{
  guint end = m->end;

  if (m->entry >= 0 || m->cut != 0)
    return;
  while (end - m->first > 1 && is_lowercase_word (run, end - 1) && is_dictionary_word (run, end - 1))
    end--;
  if (end == m->end)
    return;
  m->end = end;
  look_up_again (run, m);
}

static const char *joining_hyphen (Run   *run,
                                   guint  i);

/* "Capaian SPM Pendidikan se-Kalimantan Selatan", "se-Indonesia": the
 * prefix "se-" (throughout) is no part of the place's name, which is
 * the gazetteer's when it knows the rest. */
static void
trim_throughout_prefix (Run     *run,
                        Mention *m)
{
  NerToken tokens[8];
  guint n = m->end - m->first;
  g_autoptr(GArray) matches = NULL;
  gsize len;
  const char *text;

  if (m->cut != 0 || m->entry >= 0 || n > G_N_ELEMENTS (tokens))
    return;
  text = token_text (run, m->first, &len);
  if (len < 5 || g_ascii_strncasecmp (text, "se-", 3) != 0 || joining_hyphen (run, m->first) != text + 2)
    return;
  m->cut = MENTION_CUT_HEAD;
  for (guint k = 0; k < n; k++)
    {
      gsize l;
      const char *t = token_text (run, m->first + k, &l);

      tokens[k] = (NerToken) { k == 0 ? t + 3 : t, (guint) (k == 0 ? l - 3 : l), 0, 0, 0 };
    }
  matches = g_array_new (FALSE, FALSE, sizeof (RedaksiGazetteerMatch));
  _redaksi_gazetteer_annotate (run->tagger->gazetteer, tokens, n, matches);
  if (matches->len == 1 && g_array_index (matches, RedaksiGazetteerMatch, 0).start == 0
      && g_array_index (matches, RedaksiGazetteerMatch, 0).end == n)
    {
      m->entry = g_array_index (matches, RedaksiGazetteerMatch, 0).entry;
      m->type = _redaksi_gazetteer_entry_type (run->tagger->gazetteer, (guint32) m->entry);
    }
}

/* "Kepala Kepolisian Daerah (Kapolda) Jawa Tengah", "Ajun Komisaris
 * Besar Polisi (AKBP)", "Sekda", "Koordinator": words of offices, ranks
 * and generic units alone name no one: the office has many holders and
 * the unit one in every region, until a proper part follows. A body's
 * head counts among them, but alone it may be a body's short name
 * ("Polri"). A person named like an office word ("Hakim" of "Lukman
 * Hakim") is found again from the full name, later. */
static gboolean
is_office_phrase (Run     *run,
                  Mention *m)
{
  gboolean alone = m->end == m->first + 1;

  if (m->entry >= 0 || m->cut != 0)
    return FALSE;
  for (guint i = m->first; i < m->end; i++)
    {
      guint kinds = role_word (run, i);

      if (!(kinds & OFFICE_WORDS) && token_cue (run, i) != NER_CUE_TITLE
          && (alone || !(kinds & (ROLE_WORD_BODY | ROLE_WORD_PLACE))))
        return FALSE;
    }
  return TRUE;
}

/* "Menurut Sekda Depok, Hardiono, …": an office and the place it
 * serves, which the labeller took for a person, name no one. */
static gboolean
is_office_of_place (Run     *run,
                    Mention *m)
{
  gint64 place;

  if (m->type != REDAKSI_ENTITY_PERSON || m->entry >= 0 || m->cut != 0 || m->end - m->first < 2
      || !(role_word (run, m->first) & ROLE_WORD_OFFICE))
    return FALSE;
  place = exact_match (run, m->first + 1, m->end);
  return place >= 0 && _redaksi_gazetteer_entry_type (run->tagger->gazetteer, (guint32) place) == REDAKSI_ENTITY_LOCATION;
}

/* The word no gazetteer knows after such an office's comma is its
 * holder, a person, though the labeller took it for a place. @next is
 * the mention after @office, or NULL. */
static void
retype_office_holder (Run     *run,
                      Mention *office,
                      Mention *next)
{
  if (next != NULL && next->entry < 0 && next->cut == 0 && next->first == office->end + 1
      && token_is (run, office->end, ",") && next->type == REDAKSI_ENTITY_LOCATION)
    next->type = REDAKSI_ENTITY_PERSON;
}

/* "Alhamdulillah Sari sudah pulang", "Insyaallah Lebaran nanti": a
 * greeting or interjection opening a sentence is no part of the name
 * after it, and no name by itself. Returns whether nothing is left. */
static gboolean
trim_greeting (Run     *run,
               Mention *m)
{
  guint first = m->first;

  if (m->entry >= 0 || m->cut != 0)
    return FALSE;
  while (m->first < m->end && (role_word (run, m->first) & ROLE_WORD_GREETING))
    m->first++;
  if (m->first == m->end)
    return TRUE;
  if (m->first > first)
    look_up_again (run, m);
  return FALSE;
}

/* The word at @i, in lower case, is a word of the Indonesian
 * dictionary (hunspell-id, through its affixes: "ratusan", "kantornya")
 * and no common given name: "Indah" and "Bagus" are both. */
static gboolean heads_body (Run   *run,
                            guint  i);
static gboolean is_acronym_token (Run   *run,
                                  guint  i);

static gboolean
dictionary_word_of (Run   *run,
                    guint  i)
{
  gsize len;
  const char *text = token_text (run, i, &len);
  char buf[64];

  if (run->tokens[i].kind != REDAKSI_TOKEN_WORD || (run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE)
      || !ner_ascii_lower (text, len, buf, sizeof buf) || ner_is_given_name (text, len))
    return FALSE;
  return _redaksi_quote_is_ordinary_word (buf);
}

/* The dictionary's affix rules cost thousands of instructions a word,
 * and the rules ask of a token more than once. */
static gboolean
is_dictionary_word (Run   *run,
                    guint  i)
{
  if (run->dictionary[i] < 0)
    run->dictionary[i] = dictionary_word_of (run, i);
  return run->dictionary[i];
}

/* Does @i sit in the title of an office ("Deputi Bidang Usaha
 * Pertambangan, Industri Strategis, dan Media …")? Back over its
 * capitalised words, commas and "dan", which no mention holds, to an
 * office word. */
static gboolean
in_office_title (Run          *run,
                 const guint8 *covered,
                 guint         i)
{
  /* Right after a title or rank ("Kompol Mustakim") comes a name. */
  if (i == 0 || role_word (run, i - 1) & (OFFICE_WORDS & ~ROLE_WORD_UNIT))
    return FALSE;
  if (token_cue (run, i - 1) == NER_CUE_TITLE || (run->tokens[i - 1].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE))
    return FALSE;
  for (guint k = i; k-- > 0 && i - k <= 10;)
    {
      /* A name on the way ("di Jl.Sultan Iskandar, Banda Aceh") ends
       * any title before it. */
      if (covered[k])
        return FALSE;
      if (!(is_capitalised (run, k) || token_is (run, k, ",") || token_is (run, k, "dan")))
        return FALSE;
      if ((role_word (run, k) & (ROLE_WORD_OFFICE | ROLE_WORD_TITLE))
          || token_cue (run, k) == NER_CUE_TITLE)
        return TRUE;
      if (starts_sentence (run, k))
        return FALSE;
    }
  return FALSE;
}

/* A head that makes the common word after it a name: "Desa Makmur",
 * and for a body "Partai Demokrat". */
static gboolean
heads_name (Run     *run,
            guint    i,
            Mention *m)
{
  NerCue cue = token_cue (run, i);

  return (role_word (run, i) & ROLE_WORD_PLACE) || cue == NER_CUE_PLACE || is_place_head (run, i)
         || (m->type == REDAKSI_ENTITY_ORGANIZATION
             && ((role_word (run, i) & ROLE_WORD_BODY) || cue == NER_CUE_ORG));
}

/* One capitalised dictionary word that no gazetteer knows is no name
 * where any word has a capital: opening a clause ("KOMPAS.com - Ratusan
 * korban"), in a phrase of capitalised common words ("Tata Ruang",
 * "Adil Makmur") or in an office's title ("Industri Strategis"); nor
 * with "-nya" ("di Kantornya"), which names do not take. */
static gboolean
is_common_single (Run          *run,
                  Mention      *m,
                  guint         labelled_first,
                  const guint8 *covered)
{
  guint i = m->first;
  gsize len;
  const char *text;

  if (m->entry >= 0 || m->cut != 0 || m->end != i + 1 || !is_dictionary_word (run, i))
    return FALSE;
  text = token_text (run, i, &len);
  if (len > 5 && g_ascii_strncasecmp (text + len - 3, "nya", 3) == 0)
    return TRUE;
  if (opens_clause (run, i) || in_office_title (run, covered, i))
    return TRUE;
  /* The word before may be one trimmed off the labeller's mention
   * ("Media" of "Media Massa"). */
  return i > 0 && (!covered[i - 1] || labelled_first < i) && !starts_sentence (run, i)
         && is_capitalised (run, i - 1) && !opens_clause (run, i - 1)
         && is_dictionary_word (run, i - 1) && !heads_name (run, i - 1, m);
}

/* A sentence of prose ends with a full stop, a headline without one:
 * "di Rumah Makan Sari Sunda jalan Soekarno Hatta Bandung." has as
 * many capitals as a headline. */
static gboolean
ends_with_full_stop (Run   *run,
                     guint  i)
{
  guint s = sentence_holding (run, i);

  return s < run->n_sentences && token_is (run, run->sentences[s].end_token - 1, ".");
}

/* The service a rank is written with ("Irjen Pol.", "Mayjen TNI") and
 * a retired officer's "Purn": words of the rank before them. */
static gboolean
is_rank_service (Run   *run,
                 guint  i)
{
  static const char * const words[] = { "Pol", "Pol.", "Polisi", "TNI", "Purn", "Purn.", NULL };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  return token_in (run, i, &list);
}

/* "Kombes Pol. Hengki Haryadi", "Mayjen TNI Dudung Abdurachman": after
 * a rank, the labeller may take its service for the first word of the
 * name, or the name for a body's ("TNI …"); the name after the service
 * is a person's. Returns whether nothing is left: the service alone
 * ("Pol." of "Brigjen Pol. Ketut …", which the name beside it would
 * otherwise swallow again) is no name. */
static gboolean
trim_rank_service (Run     *run,
                   Mention *m)
{
  guint first = m->first, service;

  if (m->entry >= 0 || m->cut != 0)
    return FALSE;
  /* The rank before the mention, or at its head ("Brigjen Pol. …"). */
  while (first + 1 < m->end && (role_word (run, first) & ROLE_WORD_RANK))
    first++;
  if (first == 0 || !(role_word (run, first - 1) & ROLE_WORD_RANK))
    return FALSE;
  service = first;
  while (first < m->end && is_rank_service (run, first))
    first++;
  if (first == m->end)
    return first > service;
  if (first == service || !is_capitalised (run, first))
    return FALSE;
  m->first = first;
  m->type = REDAKSI_ENTITY_PERSON;
  look_up_again (run, m);
  return FALSE;
}

/* "AKBP Marjoko" taken for a body (the rank's capitals look like an
 * acronym's): a police or military rank, abbreviated as news writes
 * it, opens a person's name. A full word ("Jenderal", "Kolonel") may
 * also open a street's or a ship's. */
static void
person_after_rank (Run     *run,
                   Mention *m)
{
  guint first = m->first;

  if (m->entry >= 0 || m->cut != 0 || m->type == REDAKSI_ENTITY_PERSON)
    return;
  while (first < m->end && (role_word (run, first) & ROLE_WORD_RANK) && !is_dictionary_word (run, first))
    first++;
  if (first == m->first)
    return;
  while (first < m->end && is_rank_service (run, first))
    first++;
  if (first == m->end || !is_capitalised (run, first) || (role_word (run, first) & OFFICE_WORDS))
    return;
  m->first = first;
  m->type = REDAKSI_ENTITY_PERSON;
  look_up_again (run, m);
}

/* Does word @i end a police unit's word or office: "Polres",
 * "Kapolda", "Wakapolres", "Mapolsek"? */
static gboolean
ends_police_unit (Run   *run,
                  guint  i)
{
  static const char *const units[] = { "polda", "polres", "polsek" };
  gsize len;
  const char *text = token_text (run, i, &len);

  for (guint k = 0; k < G_N_ELEMENTS (units); k++)
    {
      gsize unit_len = strlen (units[k]);

      if (len >= unit_len && len <= unit_len + 4 && g_ascii_strncasecmp (text + len - unit_len, units[k], unit_len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "Kapolda Metro Jaya", "Kapolres Metro Jakarta Timur", "Wakapolres
 * Metro Bekasi Kota": in Greater Jakarta the police units carry "Metro"
 * before their region, so that word is the unit's name and no place
 * (Kota Metro in Lampung is a place only where no region follows:
 * "Kapolres Metro AKBP …"). Returns whether nothing is left. */
static gboolean
trim_metro_unit (Run     *run,
                 Mention *m)
{
  gsize len;
  const char *text;

  if (m->type != REDAKSI_ENTITY_LOCATION || m->first == 0 || !ends_police_unit (run, m->first - 1))
    return FALSE;
  text = token_text (run, m->first, &len);
  if (len != 5 || memcmp (text, "Metro", 5) != 0)
    return FALSE;
  if (m->end == m->first + 1)
    return m->end < run->n_tokens && is_capitalised (run, m->end) && !(role_word (run, m->end) & OFFICE_WORDS);
  text = token_text (run, m->first + 1, &len);
  if (m->end == m->first + 2 && len == 4 && memcmp (text, "Jaya", 4) == 0)
    return TRUE;
  m->first++;
  look_up_again (run, m);
  return FALSE;
}

/* "Corporate Secretary Tower …", "Head of Corporate …": a person's
 * mention that opens with the words of an office's title or unit (in
 * business news often English ones) holds the office, not the name. The
 * name is what follows them; when that is one word and a longer
 * capitalised name goes on past the mention ("Tower Bersama
 * Infrastruktur", a company's), the labeller cut that name and no
 * person is named. Returns whether nothing is left. */
static gboolean
trim_title_head (Run     *run,
                 Mention *m)
{
  guint first = m->first;

  if (m->type != REDAKSI_ENTITY_PERSON || m->entry >= 0 || m->cut != 0)
    return FALSE;
  while (first < m->end && (role_word (run, first) & (ROLE_WORD_TITLE | ROLE_WORD_UNIT)))
    first++;
  if (first == m->first || first == m->end)
    return FALSE;
  if (m->end - first == 1 && m->end < run->n_tokens && is_capitalised (run, m->end)
      && !starts_sentence (run, m->end))
    return TRUE;
  m->first = first;
  look_up_again (run, m);
  return FALSE;
}

/* Academic degrees as Indonesian news writes them after a name, its
 * full stops left out ("Wendry Purbyantoro SH", "H Haldun SH MH",
 * "Drs. Suparman M.Pd."): Sarjana, Magister and Doktor (Permendikbud
 * 154/2014 on degrees), the medical specialists' (Sp.PD, Sp.OG), and
 * the foreign ones in use. Sorted as strcmp orders, for bsearch. "MA"
 * is left out: it is the Mahkamah Agung far more often; so is "SpA",
 * an Italian company's "S.p.A.". */
static const char *const academic_degrees[] = {
  "LLM", "Lc", "MAP", "MARS", "MAg", "MBA", "MEng", "MEpid", "MH", "MHI", "MHum", "MIKom", "MKM",
  "MKes", "MKn", "MM", "MPH", "MPd", "MPsi", "MSc", "MSi", "MT", "PhD", "SAP", "SAg", "SE", "SH",
  "SHI", "SHut", "SIK", "SIKom", "SIP", "SKM", "SKed", "SKep", "SKom", "SPd", "SPdI", "SPsi", "SS",
  "SSTP", "SSi", "SSos", "ST", "STP", "SpAn", "SpB", "SpJP", "SpKK", "SpM", "SpOG", "SpOT", "SpPD",
};

static int
compare_degree (const void *key,
                const void *element)
{
  return strcmp (key, *(const char *const *) element);
}

/* Are the @n tokens from @i, written without a space ("M." "Epid",
 * "Sp" "." "PD"), one degree, its full stops left out (the tokenizer
 * cuts some at them)? */
static gboolean
is_split_degree (Run   *run,
                 guint  i,
                 guint  n)
{
  char letters[8];
  gsize k = 0;

  if (i + n > run->n_tokens || run->tokens[i + n - 1].kind != REDAKSI_TOKEN_WORD)
    return FALSE;
  for (guint t = i; t < i + n; t++)
    {
      gsize len;
      const char *text = token_text (run, t, &len);

      if (t > i && run->tokens[t - 1].end != run->tokens[t].start)
        return FALSE;
      for (gsize c = 0; c < len; c++)
        if (text[c] != '.')
          {
            if (k + 1 == sizeof letters || !g_ascii_isalpha (text[c]))
              return FALSE;
            letters[k++] = text[c];
          }
    }
  letters[k] = '\0';
  return bsearch (letters, academic_degrees, G_N_ELEMENTS (academic_degrees), sizeof academic_degrees[0],
                  compare_degree) != NULL;
}

/* Is word @i a degree: its letters, without the full stops, one of
 * academic_degrees? */
static gboolean
is_academic_degree (Run   *run,
                    guint  i)
{
  return is_split_degree (run, i, 1);
}

/* How many tokens before @end, down to @first, are a degree: 1, or 2 or
 * 3 for a degree cut at its full stops; 0 for none. */
static guint
degree_before (Run   *run,
               guint  first,
               guint  end)
{
  if (end > first && is_academic_degree (run, end - 1))
    return 1;
  for (guint n = 2; n <= 3; n++)
    if (end >= first + n && is_split_degree (run, end - n, n))
      return n;
  return 0;
}

/* Does a name or a degree, maybe then a comma ("S.H., M.H.", "Pelt,
 * SH"), stand right before word @i? An office's word does not: "Ketua
 * STP Bandung" is the tourism college's chair. */
static gboolean
follows_name_or_degree (Run           *run,
                        const Mention *before,
                        guint          i)
{
  guint word;

  if (i == 0 || run->tokens[i - 1].end + 1 != run->tokens[i].start)
    return FALSE;
  /* "S.H., M.H.", "Jeffry Edward Pelt, SH", "dr. Sukadiono, MM": the
   * same after a comma. */
  word = i - 1;
  if (i >= 2 && run->tokens[i - 1].kind == REDAKSI_TOKEN_PUNCTUATION && run->text[run->tokens[i - 1].start] == ',')
    word = i - 2;
  if (before != NULL && before->end == word + 1 && before->type == REDAKSI_ENTITY_PERSON)
    return TRUE;
  return is_academic_degree (run, word)
         || (is_capitalised (run, word) && !(role_word (run, word) & ~ROLE_WORD_GREETING)
             && !is_dictionary_word (run, word));
}

/* "Wendry Purbyantoro SH" was a body (the degree's capitals look like
 * an acronym's), "SH MH" another: degrees end a person's name and are
 * no part of it. Only people take degrees, so what is left is a person.
 * Returns whether nothing is left: degrees alone after a name ("Haldun
 * SH MH" cut after the name), not initials after a lower-case word
 * ("tersangka berinisial MM"). */
static gboolean
trim_degrees (Run           *run,
              Mention       *m,
              const Mention *before)
{
  guint end = m->end, n;

  if (m->entry >= 0)
    return FALSE;
  /* "Sp" "." "PD", where the labeller took only "PD". */
  if (m->end == m->first + 1 && degree_before (run, 0, m->end) > 1)
    return TRUE;
  while ((n = degree_before (run, m->first, end)) > 0)
    end -= n;
  if (end == m->end)
    return FALSE;
  if (end == m->first)
    return follows_name_or_degree (run, before, m->first);
  m->end = end;
  m->type = REDAKSI_ENTITY_PERSON;
  look_up_again (run, m);
  return FALSE;
}

/* "Kapolda Sumatra Utara Komjen Agung …": a rank opens the name after
 * it, never ends a place's or a body's. */
static void
trim_trailing_rank (Run     *run,
                    Mention *m)
{
  guint end = m->end;

  if (m->entry >= 0 || m->cut != 0 || m->type == REDAKSI_ENTITY_PERSON)
    return;
  while (end - m->first > 1 && (role_word (run, end - 1) & ROLE_WORD_RANK))
    end--;
  if (end == m->end)
    return;
  m->end = end;
  look_up_again (run, m);
}

/* "Dilantik", "Ditangkap": "di-" before a word of the word list, a
 * passive verb ("Dinas", "Diponegoro", "Dirgantara" are not). */
static gboolean
is_passive_verb (Run   *run,
                 guint  i)
{
  gsize len;
  const char *text = token_text (run, i, &len);
  char stem[32];

  if (run->tokens[i].kind != REDAKSI_TOKEN_WORD || len < 6 || len - 2 >= sizeof stem
      || g_ascii_strncasecmp (text, "di", 2) != 0)
    return FALSE;
  for (gsize k = 2; k < len; k++)
    stem[k - 2] = g_ascii_tolower (text[k]);
  stem[len - 2] = '\0';
  return _redaksi_quote_is_ordinary_word (stem);
}

/* "16 Pelaku Perusakan Polsek Bayah Ditangkap": in a title-case
 * headline the verb after a name is capitalised too, and is no part of
 * it. */
static void
trim_headline_verb (Run     *run,
                    Mention *m)
{
  if (m->cut != 0 || m->end - m->first < 2 || !in_headline_line (run, m->first) || !is_passive_verb (run, m->end - 1))
    return;
  m->end--;
  look_up_again (run, m);
}

static gboolean
is_roman_number (Run   *run,
                 guint  i)
{
  gsize len;
  const char *text = token_text (run, i, &len);

  for (gsize k = 0; k < len; k++)
    if (!strchr ("IVXLCDM", text[k]))
      return FALSE;
  return TRUE;
}

/* "Tempat Penimbunan Sementara TPK Koja", "Kantor BPN": words of the
 * dictionary that say what kind of thing it is, then the thing's own
 * name, opened by an acronym. The name is the acronym on; a body's
 * head ("Kementerian BUMN", "Bank BRI") is part of it. */
static void
trim_description (Run     *run,
                  Mention *m)
{
  guint k = m->first;

  if (m->entry >= 0 || m->cut != 0 || (heads_body (run, m->first)
                                       && !(role_word (run, m->first) & ROLE_WORD_LOCATOR)))
    return;
  /* The dictionary words before an acronym go. No word in capitals is
   * a dictionary word, so the walk over them can end no later than the
   * first one: that token is looked at first, and the dictionary, which
   * costs most, only when it is an acronym. */
  while (k < m->end && !(run->tokens[k].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE))
    k++;
  /* "Kabinet Indonesia Bersatu II": a number in Roman letters opens no
   * name. */
  if (k == m->first || k >= m->end || !is_acronym_token (run, k) || is_roman_number (run, k))
    return;
  for (guint i = m->first; i < k; i++)
    if (!is_dictionary_word (run, i))
      return;
  /* "Kantor Kementerian ESDM": the body's head before it stays. */
  while (k > m->first + 1 && heads_body (run, k - 1) && !(role_word (run, k - 1) & ROLE_WORD_LOCATOR))
    k--;
  m->first = k;
  look_up_again (run, m);
}

/* "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi": a
 * field listed in an office's title, in dictionary words, after a comma
 * or "dan", names no body of its own; a body's or a place's head opens
 * one ("… dan Partai Buruh", "Istana Wakil Presiden, Jalan Merdeka"). */
static gboolean
is_title_field (Run          *run,
                Mention      *m,
                const guint8 *covered)
{
  if (m->entry >= 0 || m->cut != 0 || m->end - m->first < 2 || m->first == 0
      || !(token_is (run, m->first - 1, ",") || token_is (run, m->first - 1, "dan"))
      || heads_body (run, m->first) || heads_name (run, m->first, m) || !in_office_title (run, covered, m->first))
    return FALSE;
  for (guint i = m->first; i < m->end; i++)
    if (!is_dictionary_word (run, i))
      return FALSE;
  return TRUE;
}

/* Words that open a page's credit line: "Penulis: …", "Rep: … / Red:
 * …", "Laporan Wartawan …". */
static gboolean
opens_credit (Run   *run,
              guint  i)
{
  static const char * const words[] = {
    "penulis", "editor", "reporter", "rep", "red", "redaktur", "pewarta", "sumber", "foto",
    "penyunting", "kontributor", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  if (i + 1 < run->n_tokens && token_is (run, i, "laporan") && token_is (run, i + 1, "wartawan"))
    return TRUE;
  if (i + 1 >= run->n_tokens || !token_is (run, i + 1, ":"))
    return FALSE;
  return token_in (run, i, &list);
}

#define CREDIT_LINE_MAX_TOKENS 24

/* The people of a credit line wrote or edited the article; it is not
 * about them. */
static gboolean
in_credit_line (Run     *run,
                Mention *m)
{
  guint first;

  if (m->type != REDAKSI_ENTITY_PERSON)
    return FALSE;
  first = line_opener (run, m->first, CREDIT_LINE_MAX_TOKENS);
  return first != G_MAXUINT && opens_credit (run, first);
}

/* "baik media cetak, elektronik, maupun Online": what "maupun" adds to
 * common nouns is one too. */
static gboolean
is_like_conjunct (Run     *run,
                  Mention *m)
{
  guint k = m->first;
  gsize len;
  const char *text = token_text (run, k, &len);

  if (m->entry >= 0 || m->cut != 0 || m->end != k + 1 || k < 2 || !token_is (run, k - 1, "maupun")
      || (run->tokens[k].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE) || ner_is_given_name (text, len))
    return FALSE;
  k -= 2;
  if (token_is (run, k, ",") && k > 0)
    k--;
  return is_lowercase_word (run, k);
}

static gboolean is_regional_unit (Run   *run,
                                  guint  i);
static gboolean has_given_name (Run     *run,
                                Mention *m);

/* "Desa Krinjing", "Kelurahan Karang Indah": a village's or district's
 * word opens a place's name, whatever the labeller took it for. */
static gboolean
is_division_head (Run   *run,
                  guint  i)
{
  static const char * const words[] = {
    "desa", "kelurahan", "kecamatan", "dusun", "kampung", "kabupaten", "provinsi", "nagari", "pekon",
    "gampong", "distrik", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  return token_in (run, i, &list);
}

/* "anak Kali Angke", "Pantai Kuta" taken for a person: a place's head
 * word opening the name makes it a place, before the head is trimmed
 * from the person's name as a common word. A division's word ("Nagari
 * Malampah") is left to the rules that drop it. */
static void
retype_place_headed (Run     *run,
                     Mention *m)
{
  if (m->type == REDAKSI_ENTITY_PERSON && m->entry < 0 && m->cut == 0 && m->end - m->first >= 2
      && is_capitalised (run, m->first) && is_place_head (run, m->first) && !is_division_head (run, m->first))
    m->type = REDAKSI_ENTITY_LOCATION;
}

/* Head words of buildings and sites ("Mako", a command's headquarters;
 * "Rusunawa", rented flats): "Hotel Alexis" is a place, whose
 * name the story may go on to use alone ("Alexis"). */
static gboolean
is_facility_head (Run   *run,
                  guint  i)
{
  static const char * const words[] = {
    "hotel", "stadion", "bandara", "stasiun", "pelabuhan", "terminal", "gedung", "pasar", "masjid",
    "gereja", "apartemen", "mal", "klinik", "mako", "rusunawa", "rusun", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  return token_in (run, i, &list);
}

/* A village's word makes a place ("Desa Krinjing" taken for a body),
 * and so does a building's ("Hotel Savana" taken for a person).
 * "di Polsek Tanah Abang", "di Dinas Pariwisata NTB": a regional
 * unit's or a body's head makes a body, though the labeller, after
 * "di", took it for a place ("Kantor Desa" stays where the office
 * stands); a body's head makes one of a person's name too, before words
 * that hold no given name ("Satgas Densus", not "Media Fajar Harry"). */
static void
retype_by_head (Run     *run,
                Mention *m)
{
  if (m->cut != 0)
    return;
  if (m->entry < 0 && m->end - m->first >= 2 && m->type != REDAKSI_ENTITY_LOCATION
      && is_capitalised (run, m->first) && is_division_head (run, m->first))
    {
      m->type = REDAKSI_ENTITY_LOCATION;
      return;
    }
  if (m->entry < 0 && m->end - m->first >= 2 && m->type == REDAKSI_ENTITY_PERSON
      && is_capitalised (run, m->first) && is_facility_head (run, m->first))
    {
      m->type = REDAKSI_ENTITY_LOCATION;
      return;
    }
  if (m->entry < 0 && m->end - m->first >= 2 && m->type != REDAKSI_ENTITY_ORGANIZATION
      && (is_regional_unit (run, m->first)
          || (m->type == REDAKSI_ENTITY_PERSON && heads_body (run, m->first)
              && !(role_word (run, m->first) & ROLE_WORD_LOCATOR) && !has_given_name (run, m))
          || (m->type == REDAKSI_ENTITY_LOCATION && heads_body (run, m->first)
              && !(role_word (run, m->first) & (ROLE_WORD_LOCATOR | ROLE_WORD_PLACE))
              && !token_is (run, m->first, "kantor"))))
    m->type = REDAKSI_ENTITY_ORGANIZATION;
}

/* "MANADO, Suluttoday.com – …": a name with a web domain's ending is an
 * outlet, a body, whatever its capitals made it look like. */
static void
retype_web_outlet (Run     *run,
                   Mention *m)
{
  static const char *const endings[] = { ".com", ".co.id", ".id", ".net", ".co", NULL };
  gsize len;
  const char *text;

  if (m->entry >= 0 || m->cut != 0 || m->type == REDAKSI_ENTITY_ORGANIZATION)
    return;
  text = token_text (run, m->end - 1, &len);
  for (guint k = 0; endings[k] != NULL; k++)
    {
      gsize n = strlen (endings[k]);

      if (len > n + 1 && g_ascii_strncasecmp (text + len - n, endings[k], n) == 0)
        {
          m->type = REDAKSI_ENTITY_ORGANIZATION;
          return;
        }
    }
}

/* "Kantor Kementerian Luar Negeri RI": a national body the gazetteer
 * knows, with "RI" after it, is that body. */
static void
adopt_body_before_ri (Run     *run,
                      Mention *m)
{
  gint64 entry;

  if (m->entry >= 0 || m->cut != 0 || m->end - m->first < 2 || !token_is (run, m->end - 1, "RI"))
    return;
  entry = exact_match (run, m->first, m->end - 1);
  if (entry >= 0 && _redaksi_gazetteer_entry_type (run->tagger->gazetteer, (guint32) entry)
                      == REDAKSI_ENTITY_ORGANIZATION)
    {
      m->entry = entry;
      m->type = REDAKSI_ENTITY_ORGANIZATION;
    }
}

/* Is token @i a word with a dot, an outlet's domain ("SURYA.CO.ID")? */
static gboolean
is_domain_word (Run   *run,
                guint  i)
{
  gsize len;
  const char *text = token_text (run, i, &len);

  return memchr (text, '.', len) != NULL;
}

/* "KABAR TEGAL -", "CE ONLINE -", "SUARA JAYAPURA -": an outlet's name
 * in the dateline, without a domain's dot, holds one of these words. */
static gboolean
has_outlet_word (Run           *run,
                 const Mention *m)
{
  static const char * const words[] = {
    "online", "news", "kabar", "suara", "pos", "post", "times", "tv", "radar", "tribun", "harian",
    "media", "warta", "berita", "daily", "ekspres", "express", "info", "channel", "jurnal",
    "journal", "today", "koran", "fm", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  for (guint i = m->first; i < m->end; i++)
    if (token_in (run, i, &list))
      return TRUE;
  return FALSE;
}

/* "TELUK KUANTAN - Pasca …", "SURYAMALANG.COM, KLOJEN - …": the
 * dateline opens with where the story is written from, in capitals,
 * first or after the outlet. A name there that the gazetteer does not
 * know is that place, not the body the capitals make it look like; an
 * outlet has its domain's dot ("TRIBUNJATENG.COM -") or an outlet's
 * word ("KABAR TEGAL -"). */
static void
retype_dateline_place (Run     *run,
                       Mention *m)
{
  const guint flags = REDAKSI_TOKEN_FLAGS_DATELINE | REDAKSI_TOKEN_FLAGS_UPPERCASE;
  gboolean after_outlet = m->first >= 2 && token_is (run, m->first - 1, ",")
                          && (run->tokens[m->first - 2].flags & REDAKSI_TOKEN_FLAGS_DATELINE)
                          && is_domain_word (run, m->first - 2);

  /* "Puruk Cahu, gemakalteng.co.id – …": the place in title case, the
   * outlet's domain after it. */
  gboolean before_outlet = m->end + 1 < run->n_tokens && token_is (run, m->end, ",")
                           && (run->tokens[m->end + 1].flags & REDAKSI_TOKEN_FLAGS_DATELINE)
                           && is_domain_word (run, m->end + 1);
  const guint needed = before_outlet ? REDAKSI_TOKEN_FLAGS_DATELINE : flags;

  if (m->entry >= 0 || m->cut != 0 || m->type == REDAKSI_ENTITY_LOCATION
      || (m->first > 0 && (run->tokens[m->first - 1].flags & REDAKSI_TOKEN_FLAGS_DATELINE) && !after_outlet))
    return;
  for (guint i = m->first; i < m->end; i++)
    if ((run->tokens[i].flags & needed) != needed || is_domain_word (run, i))
      return;
  if (!has_outlet_word (run, m))
    m->type = REDAKSI_ENTITY_LOCATION;
}

/* "Kantor RW 01 Cibedug Hilir", "warga RT 03 Sukamaju": after a
 * neighbourhood's number comes the name of its village, a place, not a
 * person. */
static void
retype_after_neighbourhood (Run     *run,
                            Mention *m)
{
  static const char * const words[] = { "rt", "rw", NULL };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  if (m->type != REDAKSI_ENTITY_PERSON || m->entry >= 0 || m->cut != 0 || m->first < 2
      || run->tokens[m->first - 1].kind != REDAKSI_TOKEN_NUMBER || !token_in (run, m->first - 2, &list))
    return;
  m->type = REDAKSI_ENTITY_LOCATION;
}

/* "Kantor Desa Minta Bantuan", "Pas Lagi Bobok Ciang": in a title-case
 * headline the labeller takes runs of capitalised words; one that is
 * half dictionary words or more, and that no gazetteer knows, is the
 * headline's wording. A name it also holds is found again from the
 * article's body. */
/* Are half the words of [@first, @end) or more dictionary words? The
 * dictionary costs thousands of instructions a word: the count stops
 * as soon as the rest cannot change the answer. */
static gboolean
half_dictionary_words (Run   *run,
                       guint  first,
                       guint  end)
{
  guint n = end - first, common = 0;

  for (guint i = first; i < end; i++)
    {
      common += is_dictionary_word (run, i);
      if (common * 2 >= n)
        return TRUE;
      if ((common + (end - 1 - i)) * 2 < n)
        return FALSE;
    }
  return common * 2 >= n;
}

static gboolean
is_headline_wording (Run     *run,
                     Mention *m)
{
  if (m->entry >= 0 || m->cut != 0 || m->end - m->first < 2 || !in_headline_line (run, m->first)
      || ends_with_full_stop (run, m->first))
    return FALSE;
  return half_dictionary_words (run, m->first, m->end);
}

/* The lower-case words of the people mentioned, for is_name_with_pun(). */
static GHashTable *
person_words (Run *run)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint k = 0; k < run->mentions->len; k++)
    {
      const Mention *m = &g_array_index (run->mentions, Mention, k);

      for (guint i = m->first; m->type == REDAKSI_ENTITY_PERSON && m->cut == 0 && i < m->end; i++)
        {
          gsize len;
          const char *text = token_text (run, i, &len);

          g_hash_table_add (words, g_ascii_strdown (text, (gssize) len));
        }
    }
  return words;
}

/* "Bahkan Arteriapun mengancam …": the particle "-pun" written onto a
 * name the story gives a person ("Arteria Dahlan") makes no new person;
 * the word is dropped, and a later "tandasnya" points back to him. The
 * words are gathered at the first such word. */
static gboolean
is_name_with_pun (Run         *run,
                  Mention     *m,
                  GHashTable **words)
{
  gsize len;
  const char *text = token_text (run, m->first, &len);
  g_autofree char *stem = NULL;

  if (m->type != REDAKSI_ENTITY_PERSON || m->entry >= 0 || m->cut != 0 || m->end != m->first + 1 || len < 6
      || g_ascii_strncasecmp (text + len - 3, "pun", 3) != 0)
    return FALSE;
  if (*words == NULL)
    *words = person_words (run);
  stem = g_ascii_strdown (text, (gssize) len - 3);
  return g_hash_table_contains (*words, stem);
}

static void
drop_common_openers (Run *run)
{
  const WordSet *lowercase = lowercase_words (run);
  g_autoptr(WordSet) inside = words_capitalised_inside (run);
  g_autoptr(GHashTable) with_pun = NULL;

  guint n_found, kept = 0;
  g_autofree guint8 *dropped = NULL;
  g_autofree guint8 *covered = NULL;

  /* The first two only add mentions, marking them as they go: the
   * marks they leave are the mentions' coverage. The third moves
   * mentions' first words, so the loop below marks them anew. */
  covered = mention_coverage (run);
  collect_aged_people (run, lowercase, covered);
  collect_people_by_origin (run, lowercase, covered);
  collect_named_speakers (run, lowercase, covered);
  collect_office_holders (run, lowercase, covered);
  collect_dateline_places (run, covered);
  collect_announced_people (run, lowercase, covered);
  collect_headed_places (run, lowercase, covered);
  n_found = run->mentions->len;
  memset (covered, 0, MAX (run->n_tokens, 1));
  mark_mentions (run, covered);
  dropped = g_new0 (guint8, MAX (n_found, 1));
  for (guint m = n_found; m-- > 0 && !run_cancelled (run, m);)
    {
      Mention *mention = &g_array_index (run->mentions, Mention, m);
      guint labelled_first = mention->first;
      gboolean gone;

      trim_trailing_rank (run, mention);
      trim_headline_verb (run, mention);
      person_after_rank (run, mention);
      trim_description (run, mention);
      gone = trim_degrees (run, mention, m > 0 ? mention - 1 : NULL) || trim_metro_unit (run, mention)
             || trim_rank_service (run, mention) || trim_title_head (run, mention)
             || drop_thing_acronym (run, mention) || trim_lowercase_head (run, mention)
             || trim_greeting (run, mention) || is_office_phrase (run, mention);

      trim_lowercase_tail (run, mention);
      trim_throughout_prefix (run, mention);
      retype_place_headed (run, mention);
      trim_person (run, mention, lowercase);
      widen_after_title (run, mention, covered, lowercase);
      retype_by_head (run, mention);
      retype_dateline_place (run, mention);
      retype_after_neighbourhood (run, mention);
      adopt_body_before_ri (run, mention);
      retype_web_outlet (run, mention);
      rematch_trimmed (run, mention, labelled_first);
      if (!gone && is_office_of_place (run, mention))
        {
          retype_office_holder (run, mention, m + 1 < n_found ? mention + 1 : NULL);
          gone = TRUE;
        }
      if (gone || is_common_opener (run, mention, lowercase) || is_noise (run, mention)
          || is_lowercase_wording (run, mention)
          || is_page_leftover (run, mention) || is_follow_us_line (run, mention) || is_news_label (run, mention)
          || is_lone_opener (run, mention, inside) || is_common_single (run, mention, labelled_first, covered)
          || is_headline_wording (run, mention) || is_title_field (run, mention, covered)
          || in_credit_line (run, mention) || is_like_conjunct (run, mention)
          || is_name_with_pun (run, mention, &with_pun))
        dropped[m] = TRUE;
      else
        split_after_tbk (run, m);
    }
  /* Removed at the end in one pass, in the same order as one by one. */
  for (guint m = 0; m < run->mentions->len; m++)
    if (m >= n_found || !dropped[m])
      g_array_index (run->mentions, Mention, kept++) = g_array_index (run->mentions, Mention, m);
  g_array_set_size (run->mentions, kept);
  sort_mentions (run->mentions);
}

/* Is mention @m a body's short name that is also a word, its name's
 * first: "Garuda" for Garuda Indonesia, "Indikator" for Indikator
 * Politik Indonesia, "Matahari"? */
static gboolean
is_worded_short_name (Run           *run,
                      const Mention *m)
{
  const char *name, *space;
  gsize len;
  const char *text;

  if (m->entry < 0 || m->end != m->first + 1 || m->type != REDAKSI_ENTITY_ORGANIZATION)
    return FALSE;
  name = _redaksi_gazetteer_entry_name (run->tagger->gazetteer, (guint32) m->entry);
  text = token_text (run, m->first, &len);
  space = strchr (name, ' ');
  return space != NULL && (gsize) (space - name) == len && g_ascii_strncasecmp (name, text, len) == 0
         && is_dictionary_word (run, m->first);
}

/* Such a short name means the body only where the story also names it
 * otherwise ("maskapai Garuda Indonesia … Garuda"); alone it is the word
 * or another thing the word names: "skuad Garuda" is the national
 * football team, "Indikator ekonomi" no pollster. */
static void
drop_unnamed_short_names (Run *run)
{
  g_autoptr(WordSet) named = NULL;
  guint kept = 0;

  /* The bodies named in more than one word, one pass: the short names
   * are then checked against them, however many there are. */
  for (guint k = 0; k < run->mentions->len; k++)
    {
      const Mention *m = &g_array_index (run->mentions, Mention, k);

      if (m->entry >= 0 && m->end - m->first > 1)
        {
          if (named == NULL)
            named = word_set_new (16);
          word_set_add (named, (guint64) m->entry + 1);
        }
    }
  for (guint k = 0; k < run->mentions->len; k++)
    {
      const Mention *m = &g_array_index (run->mentions, Mention, k);

      if (!is_worded_short_name (run, m) || (named != NULL && word_set_has (named, (guint64) m->entry + 1)))
        g_array_index (run->mentions, Mention, kept++) = *m;
    }
  g_array_set_size (run->mentions, kept);
}

/* One to three capital letters and nothing else: "AS", "YY", "J". */
static gboolean
is_initials_token (Run   *run,
                   guint  i)
{
  gsize len;
  const char *text = token_text (run, i, &len);

  if (run->tokens[i].kind != REDAKSI_TOKEN_WORD || len == 0 || len > 3)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    if (!g_ascii_isupper (text[k]))
      return FALSE;
  return TRUE;
}

/* "berinisial AS", "inisial YY", "AS (21),": where crime news gives a
 * suspect's or a victim's initials. */
static gboolean
given_as_initials (Run   *run,
                   guint  i)
{
  static const char * const words[] = { "berinisial", "inisial", "inisialnya", NULL };
  static const char * const roles[] = { "tersangka", "pelaku", "korban", "terdakwa", "terpidana", NULL };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);
  static RedaksiWordList crime_roles = REDAKSI_WORD_LIST (roles);

  /* "tersangka MM", "AM alias Tahdir": in crime news, letters after the
   * role or before an alias are a person's initials. */
  return (i > 0 && (token_in (run, i - 1, &list) || token_in (run, i - 1, &crime_roles)))
         || is_age_at (run, i + 1) || (i + 1 < run->n_tokens && token_is (run, i + 1, "alias"));
}

/* "Tersangka MM kami tangkap", "MM ditangkap": the initials where the
 * labeller left them out. The mentions are in text order, so one walk
 * beside the tokens tells which tokens they hold. */
static void
add_unlabelled_initials (Run           *run,
                         const WordSet *initials)
{
  guint n_found = run->mentions->len, k = 0, covered_end = 0;

  for (guint i = 0; i < run->n_tokens && !run_cancelled (run, i); i++)
    {
      while (k < n_found && g_array_index (run->mentions, Mention, k).first <= i)
        covered_end = MAX (covered_end, g_array_index (run->mentions, Mention, k++).end);
      if (i >= covered_end && is_initials_token (run, i) && word_set_has (initials, run->lower[i]))
        add_mention (run, i, i + 1, REDAKSI_ENTITY_PERSON, -1);
    }
  if (run->mentions->len > n_found)
    sort_mentions (run->mentions);
}

/* Letters the story gives as a person's initials name that person
 * wherever it writes them: "tersangka berinisial AS … meringkus AS" is
 * one suspect, not Amerika Serikat, though the gazetteer knows the
 * letters. A story that also means the country by them is rarer than
 * the many crime stories that would lose their suspect to it. */
static void
read_initials (Run *run)
{
  g_autoptr(WordSet) initials = NULL;

  for (guint m = 0; m < run->mentions->len; m++)
    {
      const Mention *mention = &g_array_index (run->mentions, Mention, m);

      if (mention->end != mention->first + 1 || !is_initials_token (run, mention->first)
          || !given_as_initials (run, mention->first))
        continue;
      if (initials == NULL)
        initials = word_set_new (8);
      word_set_add (initials, run->lower[mention->first]);
    }
  if (initials == NULL)
    return;
  for (guint m = 0; m < run->mentions->len; m++)
    {
      Mention *mention = &g_array_index (run->mentions, Mention, m);

      if (mention->end == mention->first + 1 && is_initials_token (run, mention->first)
          && word_set_has (initials, run->lower[mention->first]))
        {
          mention->type = REDAKSI_ENTITY_PERSON;
          mention->entry = -1;
        }
    }
  add_unlabelled_initials (run, initials);
}

static gboolean
all_capitals (Run     *run,
              Mention *m)
{
  for (guint i = m->first; i < m->end; i++)
    if (!(run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE))
      return FALSE;
  return TRUE;
}

/* "AKP Yayang Rizki Pratama" labelled as two people side by side: news
 * prose never writes two names without a comma or "dan" between them,
 * so outside a title-case headline they are one name. */
static void
join_adjacent_people (Run *run)
{
  guint kept = 0;

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      Mention *last = kept > 0 ? &g_array_index (run->mentions, Mention, kept - 1) : NULL;

      if (last != NULL && last->end == m->first && last->type == REDAKSI_ENTITY_PERSON
          && m->type == REDAKSI_ENTITY_PERSON && last->entry < 0 && m->entry < 0
          && last->cut == 0 && m->cut == 0 && !starts_sentence (run, m->first)
          && !in_headline (run, m->first) && !all_capitals (run, last) && !all_capitals (run, m)
          && m->end - last->first <= 6)
        {
          last->end = m->end;
          continue;
        }
      g_array_index (run->mentions, Mention, kept++) = *m;
    }
  g_array_set_size (run->mentions, kept);
}

/* A title-case headline without a full stop: "Alia Bhatt 'Kembar'
 * Dengan Aktor Korea" capitalises every word, so the words after marks
 * are no part of a name; a dateline sentence full of names ends with
 * its stop. */
static gboolean
in_stopless_headline (Run   *run,
                      guint  i)
{
  guint s = sentence_holding (run, i);
  guint last;

  if (s >= run->n_sentences || !sentence_headline (run, s))
    return FALSE;
  last = run->sentences[s].end_token - 1;
  return !(run->tokens[last].kind == REDAKSI_TOKEN_PUNCTUATION && run->text[run->tokens[last].start] == '.');
}

/* Joko "Jokowi" Widodo: a person's name, its nickname in quotation
 * marks, and the rest of the name are one mention, whatever the
 * labeller made of the nickname; the rest is the capitalised words
 * after the marks (two at most) where the labeller saw none. */
static void
join_nicknamed_people (Run *run)
{
  guint kept = 0, close;

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention m = g_array_index (run->mentions, Mention, k);
      guint next = k + 1, rest = 0;

      if (m.type == REDAKSI_ENTITY_PERSON && m.cut == 0 && (close = nickname_close (run, m.end)) != 0
          && close + 1 < run->n_tokens && !starts_sentence (run, close + 1) && !in_stopless_headline (run, m.first))
        {
          Mention *after;

          while (next < run->mentions->len && g_array_index (run->mentions, Mention, next).end <= close)
            next++;
          after = next < run->mentions->len ? &g_array_index (run->mentions, Mention, next) : NULL;
          if (after != NULL && after->first == close + 1 && after->cut == 0
              && (after->type == REDAKSI_ENTITY_PERSON || after->entry < 0))
            {
              rest = after->end;
              next++;
            }
          else
            for (guint t = close + 1; t < run->n_tokens && t - close <= 2 && (after == NULL || t < after->first)
                                      && run->tokens[t].kind == REDAKSI_TOKEN_WORD && is_capitalised (run, t); t++)
              rest = t + 1;
        }
      if (rest != 0)
        {
          m.end = rest;
          m.entry = -1;
          k = next - 1;
        }
      g_array_index (run->mentions, Mention, kept++) = m;
    }
  g_array_set_size (run->mentions, kept);
}

/* A name found once is a name wherever the article writes it again
 * the same way: the labeller may miss it in a harder sentence. */

static gboolean
same_words (Run   *run,
            guint  a,
            guint  b,
            guint  n)
{
  for (guint k = 0; k < n; k++)
    {
      gsize len_a, len_b;
      const char *text_a = token_text (run, a + k, &len_a);
      const char *text_b = token_text (run, b + k, &len_b);

      if (len_a != len_b || memcmp (text_a, text_b, len_a) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Text of the document told apart without copying it: (type, entry,
 * bytes) → value, open addressing. Two keys are one when their bytes
 * are, wherever in the text they stand. */
typedef struct
{
  guint64 hash;   /* 0: empty */
  guint   start;  /* the bytes, in run->text: offsets of tokens, as theirs */
  guint   len;
  gint64  entry;
  guint   type;
  guint   value;
} TextSlot;
/* The tables are made zeroed, for many keys at once: a slot of 32
 * bytes, not 48, is a third less to clear. */
G_STATIC_ASSERT (sizeof (TextSlot) == 32);
G_STATIC_ASSERT (G_STRUCT_OFFSET (TextSlot, hash) == 0); /* ner_hash_slots_resize() */

typedef struct
{
  TextSlot *slots;
  gsize     mask;
  gsize     used;
} TextTable;

/* A table for @n keys (see presized_slots()). */
static void
text_table_init (TextTable *table,
                 gsize      n)
{
  gsize size = presized_slots (n, 64);

  table->mask = size - 1;
  table->used = 0;
  table->slots = g_new0 (TextSlot, size);
}

static void
text_table_clear (TextTable *table)
{
  g_clear_pointer (&table->slots, g_free);
}

static guint64
text_key_hash (Run     *run,
               gsize    start,
               gsize    len,
               guint    type,
               gint64   entry)
{
  guint64 h = ner_mix (ner_hash_bytes (run->text + start, len) ^ ((guint64) type << 56)
                       ^ ((guint64) entry * 0x9e3779b97f4a7c15ULL));

  return h ? h : 1;
}

/* The slot of the key, or the empty one where it would go. */
static TextSlot *
text_table_slot (Run       *run,
                 TextTable *table,
                 guint64    hash,
                 gsize      start,
                 gsize      len,
                 guint      type,
                 gint64     entry)
{
  gsize k = ner_hash_slot_first (hash, table->mask);

  for (;; k = (k + 1) & table->mask)
    {
      TextSlot *slot = &table->slots[k];

      if (slot->hash == 0
          || (slot->hash == hash && slot->len == len && slot->type == type && slot->entry == entry
              && memcmp (run->text + slot->start, run->text + start, len) == 0))
        return slot;
    }
}

/* Fills the empty @slot; the table may move. */
static void
text_table_fill (TextTable *table,
                 TextSlot  *slot,
                 TextSlot   key)
{
  *slot = key;
  if (++table->used * 2 <= table->mask + 1)
    return;
  table->slots = ner_hash_slots_resize (table->slots, table->mask + 1, 2 * (table->mask + 1),
                                        sizeof *table->slots);
  table->mask = 2 * table->mask + 1;
}

/* The bytes of @m's tokens. */
static void
mention_range (Run     *run,
               Mention *m,
               gsize   *start,
               gsize   *len)
{
  if (!(m->first < m->end && m->end <= run->n_tokens
        && run->tokens[m->first].start <= run->tokens[m->end - 1].end))
    {
      /* text_between() warns of the bug. */
      g_free (text_between (run, m->first, m->end));
      *start = 0;
      *len = 0;
      return;
    }
  *start = run->tokens[m->first].start;
  *len = run->tokens[m->end - 1].end - *start;
}

/* Every later mention of the same words, type and entry would act as
 * the first one does, so only the first is kept: an archive that names
 * one person ten thousand times gives one model, not a list every
 * capitalised word has to walk. */
static gboolean
seen_before (Run       *run,
             TextTable *seen,
             Mention   *m)
{
  gsize start, len;
  guint64 hash;
  TextSlot *slot;

  mention_range (run, m, &start, &len);
  hash = text_key_hash (run, start, len, m->type, m->entry);
  slot = text_table_slot (run, seen, hash, start, len, m->type, m->entry);
  if (slot->hash != 0)
    return TRUE;
  text_table_fill (seen, slot, (TextSlot) { hash, (guint) start, (guint) len, m->entry, m->type, 0 });
  return FALSE;
}

/* Mentions by their first word, as written: the word's slot holds its
 * list's index + 1. The lists sit one after another in one array. */
typedef struct
{
  guint   list;  /* its first word's list */
  Mention m;
} Indexed;

/* A long list's mentions of one length: index->mentions[first, end). */
typedef struct
{
  guint n;      /* their length in words; 0 ends a list's lengths */
  guint first;
  guint end;
} LengthRun;

/* (list, length, words) → the first such mention in index->mentions. */
typedef struct
{
  guint64 key;  /* 0: empty */
  guint   model;
} WordsSlot;

typedef struct
{
  TextTable  words;
  GArray    *indexed;    /* Indexed, in the order indexed */
  Mention   *mentions;   /* each list's mentions, longest first */
  guint     *starts;     /* list l is mentions[starts[l], starts[l + 1]) */
  /* Long lists only (see long_list): */
  guint     *lengths_of; /* list l's first LengthRun in lengths, + 1; 0 for a short list */
  GArray    *lengths;    /* LengthRun */
  WordsSlot *by_words;
  gsize      by_words_mask;
} FirstWords;

static void
first_words_clear (FirstWords *index)
{
  text_table_clear (&index->words);
  g_clear_pointer (&index->indexed, g_array_unref);
  g_clear_pointer (&index->mentions, g_free);
  g_clear_pointer (&index->starts, g_free);
  g_clear_pointer (&index->lengths_of, g_free);
  g_clear_pointer (&index->lengths, g_array_unref);
  g_clear_pointer (&index->by_words, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FirstWords, first_words_clear)

/* Equal words have equal lower-case hashes, already made; a word
 * without one is hashed as written. */
static guint64
first_word_hash (Run   *run,
                 guint  i)
{
  gsize start = run->tokens[i].start, len = run->tokens[i].end - start;

  return run->lower[i] != 0 ? run->lower[i] : text_key_hash (run, start, len, 0, 0);
}

/* The slot of token @i's word in @index (empty when it opens no
 * mention). */
static TextSlot *
first_word_slot (Run        *run,
                 FirstWords *index,
                 guint       i)
{
  gsize start = run->tokens[i].start, len = run->tokens[i].end - start;

  return text_table_slot (run, &index->words, first_word_hash (run, i), start, len, 0, 0);
}

/* Adds @m to the list of its first word, unless the same words were
 * indexed before. */
static void
index_mention (Run        *run,
               FirstWords *index,
               TextTable  *seen,
               Mention    *m)
{
  Indexed entry = { 0, *m };
  TextSlot *slot;

  if (seen_before (run, seen, m))
    return;
  slot = first_word_slot (run, index, m->first);
  if (slot->hash != 0)
    entry.list = slot->value - 1;
  else
    {
      guint start = run->tokens[m->first].start;

      /* A new word opens the next list. */
      entry.list = (guint) index->words.used;
      text_table_fill (&index->words, slot,
                       (TextSlot) { first_word_hash (run, m->first), start, run->tokens[m->first].end - start,
                                    0, 0, entry.list + 1 });
    }
  g_array_append_val (index->indexed, entry);
}

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b,
                       gpointer      unused)
{
  const Mention *ma = a, *mb = b;

  return (int) (mb->end - mb->first) - (int) (ma->end - ma->first);
}

/* Is @m indexed with each of its words (see mentions_by_first_word())? */
static gboolean
indexes_words (Mention *m)
{
  return m->type == REDAKSI_ENTITY_PERSON && m->end - m->first >= 2 && m->entry < 0;
}

/* The most keys mentions_by_first_word() can make: the tables are
 * made that large at once. */
static gsize
most_indexed (Run *run)
{
  gsize n = 0;

  for (guint k = 0; k < run->mentions->len; k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);

      n += 1 + (indexes_words (m) ? m->end - m->first : 0);
    }
  return n;
}

/* The indexed mentions in lists one after another, each list's in the
 * order indexed and then longest first (a stable sort, as
 * g_array_sort() is). */
static void
group_by_first_word (FirstWords *index)
{
  guint n_lists = (guint) index->words.used, n = index->indexed->len;
  g_autofree guint *next = g_new0 (guint, n_lists + 1);

  index->starts = g_new0 (guint, n_lists + 1);
  index->mentions = g_new (Mention, MAX (n, 1));
  for (guint k = 0; k < n; k++)
    index->starts[g_array_index (index->indexed, Indexed, k).list + 1]++;
  for (guint l = 0; l < n_lists; l++)
    index->starts[l + 1] += index->starts[l];
  memcpy (next, index->starts, n_lists * sizeof *next);
  for (guint k = 0; k < n; k++)
    {
      Indexed *entry = &g_array_index (index->indexed, Indexed, k);

      index->mentions[next[entry->list]++] = entry->m;
    }
  for (guint l = 0; l < n_lists; l++)
    if (index->starts[l + 1] - index->starts[l] > 1)
      g_qsort_with_data (index->mentions + index->starts[l], (gint) (index->starts[l + 1] - index->starts[l]),
                         sizeof (Mention), compare_longest_first, NULL);
}

/* A list is walked mention by mention for every capitalised word that
 * opens it, which costs nothing in an article (a list holds a name or
 * two) but is quadratic in a document that names thousands of people
 * with one given name ("Ani …"). Past this many mentions a list is
 * looked up by its words, length by length, instead: the same mention
 * is found, the first of the list that fits. */
static guint long_list = 16;

void
_redaksi_tagger_set_long_list (guint n)
{
  long_list = n;
}

/* The words of tokens [@first, @first + @n) as a key of list @list:
 * equal words, equal keys (a word's hash is first_word_hash()'s). */
static guint64
list_words_key (Run   *run,
                guint  list,
                guint  first,
                guint  n)
{
  guint64 key = ner_mix (((guint64) list << 32) | n);

  for (guint k = 0; k < n; k++)
    key = ner_mix (key ^ first_word_hash (run, first + k));
  return key != 0 ? key : 1;
}

static WordsSlot *
words_slot (FirstWords *index,
            guint64     key)
{
  gsize k = ner_hash_slot_first (key, index->by_words_mask);

  while (index->by_words[k].key != 0 && index->by_words[k].key != key)
    k = (k + 1) & index->by_words_mask;
  return &index->by_words[k];
}

/* List @l's mentions, longest first, as runs of one length, each
 * mention's words keyed unless the same key came first. */
static void
index_long_list (Run        *run,
                 FirstWords *index,
                 guint       l)
{
  guint end = index->starts[l + 1];

  index->lengths_of[l] = index->lengths->len + 1;
  for (guint k = index->starts[l]; k < end;)
    {
      LengthRun length = { index->mentions[k].end - index->mentions[k].first, k, k };

      for (; length.end < end && index->mentions[length.end].end - index->mentions[length.end].first == length.n;
           length.end++)
        {
          guint64 key = list_words_key (run, l, index->mentions[length.end].first, length.n);
          WordsSlot *slot = words_slot (index, key);

          if (slot->key == 0)
            *slot = (WordsSlot) { key, length.end };
        }
      g_array_append_val (index->lengths, length);
      k = length.end;
    }
  g_array_append_val (index->lengths, ((LengthRun) { 0, 0, 0 }));
}

static void
index_long_lists (Run        *run,
                  FirstWords *index)
{
  guint n_lists = (guint) index->words.used;
  gsize in_long = 0, size = 64;

  for (guint l = 0; l < n_lists; l++)
    if (index->starts[l + 1] - index->starts[l] > long_list)
      in_long += index->starts[l + 1] - index->starts[l];
  if (in_long == 0)
    return;
  while (size < in_long * 2)
    size *= 2;
  index->by_words = g_new0 (WordsSlot, size);
  index->by_words_mask = size - 1;
  index->lengths_of = g_new0 (guint, n_lists);
  index->lengths = g_array_new (FALSE, FALSE, sizeof (LengthRun));
  for (guint l = 0; l < n_lists; l++)
    if (index->starts[l + 1] - index->starts[l] > long_list)
      index_long_list (run, index, l);
}

/* What may be found again: names of several words, the gazetteer's
 * names, and each word of a person's full name ("Antony", "Blinken").
 * A lone word or a name in capitals that only the labeller vouches for
 * ("Finance", "HEART BEAT" in a menu) is not spread further. */
/* "Kepala Staf Kepresidenan Moeldoko", "kata Parjan": a one-word
 * person whom an office, rank or verb of speech introduces is as sure
 * as a longer name, and the story's bare "Moeldoko" later is them. */
static gboolean
is_announced_one_word_person (Run           *run,
                              const Mention *m)
{
  if (m->type != REDAKSI_ENTITY_PERSON || m->end != m->first + 1 || m->first == 0
      || (run->tokens[m->first].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE))
    return FALSE;
  return announces_person (run, m->first - 1) || (role_word (run, m->first - 1) & OFFICE_WORDS);
}

static void
mentions_by_first_word (Run        *run,
                        FirstWords *index)
{
  gsize most = most_indexed (run);
  TextTable seen;

  text_table_init (&index->words, most);
  index->indexed = g_array_sized_new (FALSE, FALSE, sizeof (Indexed), (guint) MIN (most, PRESIZE_MAX_KEYS));
  text_table_init (&seen, most);
  for (guint k = 0; k < run->mentions->len; k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      gboolean trusted = m->entry >= 0 || (m->end - m->first >= 2 && !all_capitals (run, m))
                         || is_announced_one_word_person (run, m);

      if (trusted)
        index_mention (run, index, &seen, m);
      if (indexes_words (m))
        for (guint i = m->first; i < m->end; i++)
          {
            Mention word = { i, i + 1, REDAKSI_ENTITY_PERSON, -1, -1, FALSE };

            if (is_capitalised (run, i) && !(run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE))
              index_mention (run, index, &seen, &word);
          }
    }
  text_table_clear (&seen);
  group_by_first_word (index);
  index_long_lists (run, index);
}

static gboolean
span_free (Run          *run,
           const guint8 *covered,
           guint         first,
           guint         end)
{
  if (end > run->n_tokens)
    return FALSE;
  for (guint i = first; i < end; i++)
    if (covered[i] || run->excluded[i])
      return FALSE;
  return TRUE;
}

/* The first of list @l's mentions in index->mentions[@from, @end)
 * whose words tokens from @i repeat in free tokens, or NULL. */
static const Mention *
first_fitting_walked (Run          *run,
                      FirstWords   *index,
                      const guint8 *covered,
                      guint         from,
                      guint         end,
                      guint         i)
{
  for (guint k = from; k < end; k++)
    {
      const Mention *model = &index->mentions[k];
      guint n = model->end - model->first;

      if (span_free (run, covered, i, i + n) && same_words (run, model->first, i, n))
        return model;
    }
  return NULL;
}

/* first_fitting_walked() over list @l, a long list by its words: the
 * lengths longest first, and in each the first mention with the words
 * (two lists of words with one key, never met, walk that length). */
static const Mention *
first_fitting (Run          *run,
               FirstWords   *index,
               const guint8 *covered,
               guint         l,
               guint         i)
{
  if (index->lengths_of == NULL || index->lengths_of[l] == 0)
    return first_fitting_walked (run, index, covered, index->starts[l], index->starts[l + 1], i);
  for (const LengthRun *length = &g_array_index (index->lengths, LengthRun, index->lengths_of[l] - 1);
       length->n != 0; length++)
    {
      const WordsSlot *slot;
      const Mention *model;

      if (!span_free (run, covered, i, i + length->n))
        continue;
      slot = words_slot (index, list_words_key (run, l, i, length->n));
      if (slot->key == 0)
        continue;
      model = &index->mentions[slot->model];
      if (!same_words (run, model->first, i, length->n))
        model = first_fitting_walked (run, index, covered, length->first, length->end, i);
      if (model != NULL)
        return model;
    }
  return NULL;
}

static void
propagate_mentions (Run *run)
{
  g_auto(FirstWords) index = { { 0 }, NULL, NULL, NULL };
  g_autofree guint8 *covered = _redaksi_new0_large (guint8, MAX (run->n_tokens, 1));
  guint n_found;

  mentions_by_first_word (run, &index);
  n_found = run->mentions->len;

  for (guint k = 0; k < n_found; k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);

      memset (covered + m->first, 1, m->end - m->first);
    }
  for (guint i = 0; i < run->n_tokens && !run_cancelled (run, i); i++)
    {
      TextSlot *slot;
      const Mention *model;

      if (covered[i] || !is_capitalised (run, i) || (slot = first_word_slot (run, &index, i))->hash == 0)
        continue;
      model = first_fitting (run, &index, covered, slot->value - 1, i);
      if (model != NULL)
        {
          guint n = model->end - model->first;

          add_mention (run, i, i + n, model->type, model->entry);
          memset (covered + i, 1, n);
        }
    }
  sort_mentions (run->mentions);
}

/* Acronyms defined in parentheses: "Badan Nasional … (BNPB)" and
 * "BNPB (Badan Nasional …)". */

static gboolean
is_acronym_token (Run   *run,
                  guint  i)
{
  gsize len;
  const char *text = token_text (run, i, &len);
  guint upper = 0;

  for (gsize k = 0; k < len; k++)
    {
      if (g_ascii_islower (text[k]))
        return FALSE;
      upper += g_ascii_isupper (text[k]);
    }
  return upper >= 2 || (upper >= 1 && len >= 2);
}

/* Where the hyphen joining two names in token @i is, or NULL. */
static const char *
joining_hyphen (Run   *run,
                guint  i)
{
  gsize len;
  const char *text = token_text (run, i, &len);

  for (gsize k = 2; k + 2 < len; k++)
    if (text[k] == '-' && g_ascii_isalpha (text[k - 1]) && g_ascii_isalpha (text[k - 2])
        && g_ascii_isupper (text[k + 1]) && g_ascii_islower (text[k + 2]))
      return text + k;
  return NULL;
}

static void
mention_bytes (Run     *run,
               Mention *m,
               gsize   *start,
               gsize   *end)
{
  *start = run->tokens[m->first].start;
  *end = run->tokens[m->end - 1].end;
  if (m->cut & MENTION_CUT_HEAD)
    *start = (gsize) (joining_hyphen (run, m->first) + 1 - run->text);
  if (m->cut & MENTION_CUT_TAIL)
    *end = (gsize) (joining_hyphen (run, m->end - 1) - run->text);
}

/* The mention as written; a person's name without the nickname it
 * holds ("Joko Widodo" of Joko "Jokowi" Widodo). */
static char *
mention_text (Run     *run,
              Mention *m)
{
  gsize start, end;
  guint close;

  if (m->type == REDAKSI_ENTITY_PERSON && m->cut == 0)
    for (guint i = m->first + 1; i + 2 < m->end; i++)
      if ((close = nickname_close (run, i)) != 0 && close + 1 < m->end)
        {
          g_autofree char *before = text_between (run, m->first, i);
          g_autofree char *after = text_between (run, close + 1, m->end);

          return g_strconcat (before, " ", after, NULL);
        }
  if (m->cut == 0)
    return text_between (run, m->first, m->end);
  mention_bytes (run, m, &start, &end);
  return g_strndup (run->text + start, end - start);
}

static char *
mention_canonical (Run     *run,
                   Mention *m)
{
  if (m->entry >= 0)
    return g_strdup (_redaksi_gazetteer_entry_name (run->tagger->gazetteer, (guint32) m->entry));
  return mention_text (run, m);
}

/* Where the long form of the acronym at @inner starts, matching its
 * letters to the initials of the capitalised words before @open
 * ("Badan Penanggulangan Bencana Daerah (BPBD)"); -1 if they differ. */
static int
long_form_start (Run   *run,
                 guint  open,
                 guint  inner)
{
  gsize len;
  const char *acronym = token_text (run, inner, &len);
  int letter = (int) len - 1;

  for (guint i = open; i-- > 0 && open - i <= 10 && !starts_sentence (run, i + 1);)
    {
      gsize word_len;
      const char *word = token_text (run, i, &word_len);

      if (!is_capitalised (run, i))
        return -1;
      while (letter >= 0 && !g_ascii_isalpha (acronym[letter]))
        letter--;
      if (letter < 0 || g_ascii_tolower (word[0]) != g_ascii_tolower (acronym[letter]))
        return -1;
      /* "Polri" stands for "Kepolisian RI": a word may give more letters. */
      for (letter--; letter >= 0 && word_len > 1 && g_ascii_isupper (word[1])
           && g_ascii_tolower (acronym[letter]) == g_ascii_tolower (word[1]); letter--)
        ;
      if (letter < 0)
        return (int) i;
    }
  return -1;
}

/* Words that open a body's name: "Tim", "Komisi", "Badan". */
static gboolean
is_org_head (Run   *run,
             guint  i)
{
  return token_cue (run, i) == NER_CUE_ORG;
}

#define NO_MENTION G_MAXUINT

/* While acronyms are read, mentions keep their indices and only grow:
 * for each token, the first mention that covers it is kept up to date,
 * so the first mention overlapping a few tokens is found at once. */
static void
own_tokens (Run   *run,
            guint  k)
{
  Mention *m = &g_array_index (run->mentions, Mention, k);

  for (guint t = m->first; t < m->end; t++)
    run->owners[t] = MIN (run->owners[t], k);
}

/* The first mention, in array order, that overlaps [@first, @end). */
static Mention *
mention_overlapping (Run   *run,
                     guint  first,
                     guint  end)
{
  guint best = NO_MENTION;

  g_assert (run->owners != NULL);
  for (guint t = first; t < end && t < run->n_tokens; t++)
    best = MIN (best, run->owners[t]);
  return best != NO_MENTION ? &g_array_index (run->mentions, Mention, best) : NULL;
}

/* Makes the long form one mention, widening what the labeller found;
 * when it found neither form, "Bahan Bakar Minyak (BBM)" is no name. */
static void
widen_long_form (Run   *run,
                 guint  first,
                 guint  end)
{
  Mention *m = mention_overlapping (run, first, end);
  Mention *acronym = mention_overlapping (run, end + 1, end + 2);

  if (m == NULL && acronym != NULL)
    add_mention (run, first, end, acronym->type, exact_match (run, first, end));
  else if (m != NULL && m->end <= end && m->first >= first && m->entry < 0)
    {
      m->first = first;
      m->end = end;
      own_tokens (run, (guint) (m - &g_array_index (run->mentions, Mention, 0)));
    }
}

/* "(PN Tipikor)", "(PT BA)", "(Kemenko Polhukam)": a body's short name
 * of two words, an acronym or a capitalised word first. Returns the
 * index of its closing bracket, or 0. */
static guint
short_name_close (Run   *run,
                  guint  inner)
{
  if (inner + 2 >= run->n_tokens || !token_is (run, inner + 2, ")")
      || !(is_acronym_token (run, inner) || is_capitalised (run, inner))
      || !is_capitalised (run, inner + 1) || run->excluded[inner] || run->excluded[inner + 1])
    return 0;
  return inner + 2;
}

/* One bit of Run.acronym_keys for a key of @len bytes from @key: set
 * for each acronym defined, so that most mentions are told at once
 * that their text is none, without a copy of it and a lookup. A
 * document's text holds no NUL byte: a key's length is its bytes'. */
static guint64
acronym_key_bit (const char *key,
                 gsize       len)
{
  return G_GUINT64_CONSTANT (1) << ((len * 7 + (len > 0 ? (guchar) key[0] : 0)) & 63);
}

/* Whether the letters of token @nick come, in order, from @name's:
 * "Etho" from Erick Thohir, "Jokowi" from Joko Widodo; a club or a
 * party after a name ("Bambang Pamungkas (Persija)") does not. */
static gboolean
made_from_name (Run           *run,
                guint          nick,
                const Mention *name)
{
  gsize nick_len, name_len, at = 0;
  const char *letters = token_text (run, nick, &nick_len);
  const char *from = run->text + run->tokens[name->first].start;

  name_len = run->tokens[name->end - 1].end - run->tokens[name->first].start;
  for (gsize i = 0; i < name_len && at < nick_len; i++)
    if (g_ascii_tolower (from[i]) == g_ascii_tolower (letters[at]))
      at++;
  return at == nick_len;
}

static void
define_acronym (Run   *run,
                guint  open)
{
  char *key;

  guint inner = open + 1, close = inner + 1;
  int start = -1;
  Mention *long_form, *acronym;

  if (inner + 1 >= run->n_tokens || run->excluded[inner])
    return;
  gboolean nickname = FALSE;

  if (!(token_is (run, close, ")") && is_acronym_token (run, inner)))
    {
      /* "Erick Thohir (Etho)": a person's nickname, checked below. */
      nickname = token_is (run, close, ")") && is_capitalised (run, inner)
                 && run->tokens[inner].kind == REDAKSI_TOKEN_WORD && exact_match (run, inner, close) < 0;
      if (!nickname && !(close = short_name_close (run, inner)))
        return;
    }
  if (close == inner + 1 && (start = long_form_start (run, open, inner)) >= 0)
    widen_long_form (run, (guint) start, open);
  long_form = mention_overlapping (run, open - 1, open);
  /* "Tim Kampanye Nasional (TKN)": seen by no one, but its letters
   * and its first word say it is a body ("Bahan Bakar Minyak (BBM)"
   * is none). */
  if (long_form == NULL && start >= 0 && is_org_head (run, (guint) start)
      && add_mention (run, (guint) start, open, REDAKSI_ENTITY_ORGANIZATION, exact_match (run, (guint) start, open)))
    long_form = mention_overlapping (run, open - 1, open);
  if (long_form == NULL || long_form->end != open || long_form->end - long_form->first < 2
      || (close > inner + 1 && long_form->type != REDAKSI_ENTITY_ORGANIZATION)
      || (nickname && (long_form->type != REDAKSI_ENTITY_PERSON || !made_from_name (run, inner, long_form))))
    return;
  if (!(acronym = mention_overlapping (run, inner, close)))
    add_mention (run, inner, close, long_form->type, -1);
  else if (close > inner + 1 && (acronym->first != inner || acronym->end != close))
    return;
  /* The long form, copied: mentions move when they are sorted. */
  key = text_between (run, inner, close);
  run->acronym_keys |= acronym_key_bit (key, strlen (key));
  run->nicknamed |= nickname;
  g_hash_table_insert (run->acronyms, key, g_memdup2 (mention_overlapping (run, open - 1, open), sizeof (Mention)));
}

/* The person whose nickname token @i is ("Etho" after "Erick Thohir
 * (Etho)"), or NULL. */
static const Mention *
nicknamed_person (Run   *run,
                  guint  i)
{
  char key[64];
  gsize len;
  const char *text = token_text (run, i, &len);
  const Mention *long_form;

  if (len >= sizeof key || !(run->acronym_keys & acronym_key_bit (text, len)))
    return NULL;
  memcpy (key, text, len);
  key[len] = '\0';
  long_form = g_hash_table_lookup (run->acronyms, key);
  return long_form != NULL && long_form->type == REDAKSI_ENTITY_PERSON ? long_form : NULL;
}

/* "kata Menteri Etho" after "Erick Thohir (Etho)": the nickname is a
 * mention wherever the story writes it, though the labeller, not
 * knowing the word, saw no name there. */
static void
tag_nicknames (Run *run)
{
  g_autofree guint8 *covered = mention_coverage (run);

  for (guint i = 0; i < run->n_tokens && !run_cancelled (run, i); i++)
    if (!covered[i] && !run->excluded[i] && run->tokens[i].kind == REDAKSI_TOKEN_WORD && is_capitalised (run, i)
        && nicknamed_person (run, i) != NULL)
      add_mention (run, i, i + 1, REDAKSI_ENTITY_PERSON, -1);
  sort_mentions (run->mentions);
}

static void
find_acronyms (Run *run)
{
  run->owners = _redaksi_new_large (guint, MAX (run->n_tokens, 1));
  memset (run->owners, 0xFF, MAX (run->n_tokens, 1) * sizeof (guint));
  for (guint k = 0; k < run->mentions->len; k++)
    own_tokens (run, k);
  for (guint i = 1; i < run->n_tokens && !run_cancelled (run, i); i++)
    if (token_is (run, i, "("))
      define_acronym (run, i);
  g_clear_pointer (&run->owners, g_free);
  sort_mentions (run->mentions);
}

/* "menuju Makassar New Port": a place the gazetteer knows, followed
 * right away by words the labeller took for a person, is one longer
 * place, unless a title opens the chain ("Wali Kota Surabaya Eri
 * Cahyadi") or a given name is among the words. */

static char *role_before (Run   *run,
                          guint  first,
                          guint  k);
static gboolean is_street_head (Run   *run,
                                guint  i);
static gboolean heads_name (Run     *run,
                            guint    i,
                            Mention *m);

static gboolean
has_given_name (Run     *run,
                Mention *m)
{
  for (guint i = m->first; i < m->end; i++)
    {
      gsize len;
      const char *text = token_text (run, i, &len);

      if (ner_is_given_name (text, len))
        return TRUE;
    }
  return FALSE;
}

static gboolean
continues_place (Run     *run,
                 Mention *place,
                 Mention *next)
{
  g_autofree char *role = NULL;

  if (place->type != REDAKSI_ENTITY_LOCATION || place->entry < 0 || next->type != REDAKSI_ENTITY_PERSON
      || next->first != place->end || next->entry >= 0 || starts_sentence (run, next->first)
      || has_given_name (run, next))
    return FALSE;
  role = role_before (run, place->first, G_MAXUINT);
  return role == NULL;
}

/* Kinds of place that news names by clipped words the dictionary
 * lacks: "Posko Pengungsian Pondok Gede", "Puskesmas Cikarang". */
static gboolean
is_facility_word (Run   *run,
                  guint  i)
{
  static const char * const words[] = {
    "posko", "posyandu", "puskesmas", "pustu", "rusun", "rusunawa", "rutan", "lapas", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  return token_in (run, i, &list);
}

/* "di Jl.Sultan Abdullah Raya", "Jalan Ahmad Yani": a street is named
 * after a person, whom the labeller sees in the words after its head.
 * So are shops and halls. */
static gboolean
continues_street (Run     *run,
                  Mention *place,
                  Mention *next)
{
  gsize len;
  const char *text = token_text (run, place->first, &len);

  if (place->type != REDAKSI_ENTITY_LOCATION || next->type != REDAKSI_ENTITY_PERSON
      || next->first != place->end || place->cut != 0 || next->cut != 0 || next->entry >= 0
      || starts_sentence (run, next->first))
    return FALSE;
  if (is_street_head (run, place->first) || (len > 3 && g_ascii_strncasecmp (text, "Jl.", 3) == 0))
    return TRUE;
  /* "di Rumah Makan Sari Sunda": a kind of place in common words, then
   * the name it goes by. */
  if (place->entry >= 0 || place->end - place->first < 2 || heads_name (run, place->first, place))
    return FALSE;
  for (guint i = place->first; i < place->end; i++)
    if (!is_dictionary_word (run, i) && !is_facility_word (run, i))
      return FALSE;
  return TRUE;
}

static void
join_place_names (Run *run)
{
  guint kept = 0;

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      Mention *last = kept > 0 ? &g_array_index (run->mentions, Mention, kept - 1) : NULL;

      if (last != NULL && (continues_place (run, last, m) || continues_street (run, last, m)))
        {
          last->end = m->end;
          last->entry = exact_match (run, last->first, last->end);
          continue;
        }
      g_array_index (run->mentions, Mention, kept++) = *m;
    }
  g_array_set_size (run->mentions, kept);
}

static gboolean is_regional_unit (Run   *run,
                                  guint  i);
static gboolean is_facility_head (Run   *run,
                                  guint  i);

/* "Kapten", "Sultan", "Jenderal": a title that a building's name may
 * keep from the person it is named after. */
static gboolean
is_honorific (Run   *run,
              guint  i)
{
  return (role_word (run, i) & (ROLE_WORD_OFFICE | ROLE_WORD_RANK | ROLE_WORD_TITLE))
         || token_cue (run, i) == NER_CUE_TITLE;
}

/* "An Nur", "Al Akbar": the article of an Arabic name, as mosques and
 * schools have. */
static gboolean
is_arabic_article (Run   *run,
                   guint  i)
{
  static const char * const words[] = { "al", "an", "ar", "as", "at", "ad", "asy", "ash", NULL };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  return token_in (run, i, &list);
}

/* Whether person @m names the building before it: "Stadion Kapten" then
 * "I Wayan Dipta", "Masjid An" then "Nur", or a head word alone then
 * "Sultan Hasanuddin" ("di Bandara Sultan Hasanuddin"), with no office
 * before the head ("Kepala Pasar Budi Santoso" is a person); or the last
 * word of a river's or a cape's name ("Sungai Air" then "Hitam"). */
static gboolean
names_facility (Run           *run,
                const Mention *last,
                const Mention *m)
{
  guint head;

  if (m->type != REDAKSI_ENTITY_PERSON || m->cut != 0 || m->first == 0 || starts_sentence (run, m->first))
    return FALSE;
  if (last != NULL && last->end == m->first)
    {
      head = last->first;
      if (last->cut != 0 || !is_capitalised (run, head)
          || (last->type != REDAKSI_ENTITY_LOCATION && last->type != REDAKSI_ENTITY_ORGANIZATION))
        return FALSE;
      /* "Sungai Air" and "Hitam": a river's, a cape's or a hill's name
       * goes on. */
      if (is_place_head (run, head))
        return m->end == m->first + 1;
      if (last->end != head + 2 || !(is_honorific (run, head + 1) || is_arabic_article (run, head + 1)))
        return FALSE;
    }
  else
    {
      head = m->first - 1;
      if (last != NULL && last->end > head)
        return FALSE;
    }
  return is_capitalised (run, head) && is_facility_head (run, head)
         && (head == 0 || !(role_word (run, head - 1) & OFFICE_WORDS));
}

/* "Stadion Kapten I Wayan Dipta", "Bandara Sultan Hasanuddin": a
 * building named after a person is one place, the name in it. */
static void
join_named_facilities (Run *run)
{
  guint kept = 0;

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      Mention *last = kept > 0 ? &g_array_index (run->mentions, Mention, kept - 1) : NULL;

      if (!names_facility (run, last, m))
        {
          g_array_index (run->mentions, Mention, kept++) = *m;
          continue;
        }
      if (last != NULL && last->end == m->first)
        {
          last->end = m->end;
          last->type = REDAKSI_ENTITY_LOCATION;
          last->entry = exact_match (run, last->first, last->end);
          continue;
        }
      m->first--;
      m->type = REDAKSI_ENTITY_LOCATION;
      m->entry = exact_match (run, m->first, m->end);
      g_array_index (run->mentions, Mention, kept++) = *m;
    }
  g_array_set_size (run->mentions, kept);
}

/* One item of a list of places: one or two capitalised words from @i
 * that open no sentence. Returns its end, or @i when there is none. */
static guint
place_item_end (Run   *run,
                guint  i)
{
  guint end = i;

  while (end < run->n_tokens && end - i < 2 && run->tokens[end].kind == REDAKSI_TOKEN_WORD
         && is_capitalised (run, end) && !starts_sentence (run, end) && !run->excluded[end]
         && !is_division_head (run, end))
    end++;
  return end;
}

/* The items after division-headed mention @k, as [first, end) pairs
 * into @items, when they make a list that "dan" closes: "Kecamatan
 * Tambelangan, Jrengik dan Torjun". An office's apposition ("Kepala
 * Desa Sukamaju, Asep Saepudin, mengatakan") has no "dan" and is left. */
static gboolean
division_list (Run    *run,
               guint   k,
               GArray *items)
{
  const Mention *m = &g_array_index (run->mentions, Mention, k);
  guint pos = m->end;
  gboolean closed = FALSE;

  g_array_set_size (items, 0);
  while (!closed && pos + 1 < run->n_tokens && items->len < 32)
    {
      guint end;

      if (token_is (run, pos, ","))
        pos++;
      else if (!token_is (run, pos, "dan"))
        break;
      if (pos < run->n_tokens && token_is (run, pos, "dan"))
        {
          pos++;
          closed = TRUE;
        }
      if ((end = place_item_end (run, pos)) == pos)
        return FALSE;
      g_array_append_val (items, pos);
      g_array_append_val (items, end);
      pos = end;
    }
  return closed;
}

/* "Kecamatan Tambelangan, Jrengik dan Torjun": the other items of a
 * list that a division's head opens are places of the same kind, a
 * name the labeller took for a person among them, or missed. */
static void
collect_division_lists (Run *run)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) added = NULL;
  guint n_found = run->mentions->len;

  for (guint k = 0; k < n_found && !run_cancelled (run, k); k++)
    {
      const Mention *m = &g_array_index (run->mentions, Mention, k);
      guint next = k + 1;

      if (m->type != REDAKSI_ENTITY_LOCATION || m->cut != 0
          || !(is_division_head (run, m->first) || (m->first > 0 && is_division_head (run, m->first - 1)))
          || m->end >= run->n_tokens || !(token_is (run, m->end, ",") || token_is (run, m->end, "dan"))
          || !division_list (run, k, items))
        continue;
      for (guint t = 0; t < items->len; t += 2)
        {
          guint first = g_array_index (items, guint, t), end = g_array_index (items, guint, t + 1);
          Mention span = { first, end, REDAKSI_ENTITY_LOCATION, -1, -1, FALSE };
          Mention *item;

          /* "Kecamatan Cibeber dan Budi Santoso": a given name is a person's. */
          if (has_given_name (run, &span))
            continue;
          while (next < n_found && g_array_index (run->mentions, Mention, next).end <= first)
            next++;
          item = next < n_found ? &g_array_index (run->mentions, Mention, next) : NULL;
          if (item != NULL && item->first < end)
            {
              if (item->first == first && item->end == end && item->entry < 0 && item->cut == 0)
                item->type = REDAKSI_ENTITY_LOCATION;
              continue;
            }
          if (added == NULL)
            added = g_array_new (FALSE, FALSE, sizeof (guint));
          g_array_append_val (added, first);
          g_array_append_val (added, end);
        }
    }
  for (guint t = 0; added != NULL && t < added->len; t += 2)
    {
      guint first = g_array_index (added, guint, t), end = g_array_index (added, guint, t + 1);

      add_mention (run, first, end, REDAKSI_ENTITY_LOCATION, exact_match (run, first, end));
    }
  if (added != NULL)
    sort_mentions (run->mentions);
}

/* A word of a body's field: capitalised, a word of the dictionary, no
 * body's head and no name the gazetteer knows ("Informatika",
 * "Pencatatan Sipil"; not "Polres", "Kodim", "Jakarta"). */
static gboolean
is_field_word (Run   *run,
               guint  i)
{
  return i < run->n_tokens && run->tokens[i].kind == REDAKSI_TOKEN_WORD && is_capitalised (run, i)
         && !(run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE) && !heads_body (run, i)
         && _redaksi_gazetteer_match_at (run->matches, i) == NULL && is_dictionary_word (run, i);
}

/* Where the fields listed after a body's first one end: ", Informatika,
 * dan Statistik" after "Dinas Komunikasi" at @i; 0 when no list that
 * "dan" closes follows. At most six fields of up to three words. */
static guint
field_words_end (Run   *run,
                 guint  i)
{
  for (guint words = 0; words < 3 && is_field_word (run, i); words++)
    i++;
  return i;
}

/* Is an acronym in brackets at @i: "(Wanjakti)"? */
static gboolean
bracketed_acronym_at (Run   *run,
                      guint  i)
{
  return i + 2 < run->n_tokens && token_is (run, i, "(") && token_is (run, i + 2, ")")
         && run->tokens[i + 1].kind == REDAKSI_TOKEN_WORD && is_capitalised (run, i + 1);
}

static guint
field_list_end (Run   *run,
                guint  i)
{
  /* "Dewan Kepangkatan dan Jabatan Tinggi (Wanjakti)": two fields and
   * no comma, whose acronym in brackets says they are one name. */
  if (i < run->n_tokens && token_is (run, i, "dan"))
    {
      guint end = field_words_end (run, i + 1);

      return end > i + 1 && bracketed_acronym_at (run, end) ? end : 0;
    }
  for (guint fields = 0; fields < 6 && i < run->n_tokens && token_is (run, i, ","); fields++)
    {
      guint end;
      gboolean last;

      i++;
      last = i < run->n_tokens && token_is (run, i, "dan");
      i += last;
      if ((end = field_words_end (run, i)) == i)
        return 0;
      if (last)
        return end;
      /* "Pariwisata, Pemuda dan Olahraga": no comma before "dan". */
      if (end < run->n_tokens && token_is (run, end, "dan"))
        return (i = field_words_end (run, end + 1)) > end + 1 ? i : 0;
      i = end;
    }
  return 0;
}

/* "Kepala Dinas Komunikasi, Informatika, dan Statistik DKI Jakarta":
 * a body's name may list its fields, commas between them and "dan"
 * before the last, then the place it serves; two fields and an
 * acronym in brackets ("Dewan Kepangkatan dan Jabatan Tinggi
 * (Wanjakti)") name one body too. The labeller cut it at
 * the first comma and took the fields for places; the whole is one
 * body. */
static void
join_field_lists (Run *run)
{
  g_autofree guint8 *held = NULL;
  guint kept = 0;

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      guint end, next = k + 1;

      /* A body the gazetteer knows is whole: "Kementerian Pertanian,
       * Perdagangan, dan Perindustrian" lists three. */
      if (m->type != REDAKSI_ENTITY_ORGANIZATION || m->entry >= 0 || m->cut != 0 || !heads_body (run, m->first)
          || (end = field_list_end (run, m->end)) == 0)
        continue;
      while (next < run->mentions->len && g_array_index (run->mentions, Mention, next).first < end)
        next++;
      if (next < run->mentions->len && g_array_index (run->mentions, Mention, next).first == end
          && g_array_index (run->mentions, Mention, next).type == REDAKSI_ENTITY_LOCATION)
        end = g_array_index (run->mentions, Mention, next++).end;
      m->end = end;
      m->entry = exact_match (run, m->first, end);
      if (held == NULL)
        held = g_new0 (guint8, run->mentions->len);
      /* The mentions the body now holds go. */
      memset (held + k + 1, 1, next - (k + 1));
      k = next - 1;
    }
  if (held == NULL)
    return;
  for (guint k = 0; k < run->mentions->len; k++)
    if (!held[k])
      g_array_index (run->mentions, Mention, kept++) = g_array_index (run->mentions, Mention, k);
  g_array_set_size (run->mentions, kept);
}

/* "Kadin Jateng", "DPRD Jawa Timur": a regional body and the place it
 * serves, labelled as a body and a place side by side, are one body. */
static void
join_regional_units (Run *run)
{
  guint kept = 0;

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      Mention *last = kept > 0 ? &g_array_index (run->mentions, Mention, kept - 1) : NULL;

      if (last != NULL && last->type == REDAKSI_ENTITY_ORGANIZATION && last->end == last->first + 1
          && last->cut == 0 && is_regional_unit (run, last->first) && m->first == last->end
          && m->type == REDAKSI_ENTITY_LOCATION && m->cut == 0 && !starts_sentence (run, m->first))
        {
          last->end = m->end;
          last->entry = exact_match (run, last->first, last->end);
          last->type = REDAKSI_ENTITY_ORGANIZATION;
          continue;
        }
      g_array_index (run->mentions, Mention, kept++) = *m;
    }
  g_array_set_size (run->mentions, kept);
}

/* "Limited", "Inc.": the legal form of a foreign company ends its name. */
static gboolean
ends_company (Run     *run,
              Mention *m)
{
  static const char * const forms[] = {
    "Limited", "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "LLC", "Plc", "GmbH",
    "Pte", "Pte.", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (forms);

  return token_in (run, m->end - 1, &list) && m->end - m->first >= 2 && m->cut == 0;
}

/* "Pertamina Energy Trading Limited", labelled as a body and a person
 * side by side: words that end with a company's legal form are a
 * company, and one with the body's name right before them. */
static void
join_company_names (Run *run)
{
  guint kept = 0;

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      Mention *last = kept > 0 ? &g_array_index (run->mentions, Mention, kept - 1) : NULL;

      if (!ends_company (run, m) || m->entry >= 0)
        {
          g_array_index (run->mentions, Mention, kept++) = *m;
          continue;
        }
      m->type = REDAKSI_ENTITY_ORGANIZATION;
      if (last != NULL && last->end == m->first && last->type == REDAKSI_ENTITY_ORGANIZATION
          && last->cut == 0 && !starts_sentence (run, m->first))
        {
          last->end = m->end;
          last->entry = exact_match (run, last->first, last->end);
          continue;
        }
      g_array_index (run->mentions, Mention, kept++) = *m;
    }
  g_array_set_size (run->mentions, kept);
}

/* The acronyms' long forms were copied before places were joined:
 * "Makassar New Port (MNP)" was then "Makassar" and a person "New
 * Port". Each copy becomes the mention now holding its last token. */
static void
refresh_acronyms (Run *run)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, run->acronyms);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Mention *copy = value;
      guint last = copy->end - 1, lo = 0, hi = run->mentions->len;

      /* The last mention that starts at or before @last. */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (g_array_index (run->mentions, Mention, mid).first <= last)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (lo > 0 && g_array_index (run->mentions, Mention, lo - 1).end > last)
        *copy = g_array_index (run->mentions, Mention, lo - 1);
    }
}

/* Splits a person mention at a token like "Subianto-Sandiaga" when a
 * name of two words or more stands on each side; the words before
 * the hyphen join the person mention right before them. A lone
 * "Jean-Pierre" stays whole. */
static gboolean
split_joined_name (Run     *run,
                   Mention *m,
                   GArray  *out)
{
  Mention *last = out->len > 0 ? &g_array_index (out, Mention, out->len - 1) : NULL;
  guint h;
  gboolean after_last;
  Mention left, right;

  if (m->type != REDAKSI_ENTITY_PERSON || m->entry >= 0 || m->cut != 0)
    return FALSE;
  for (h = m->first; h + 1 < m->end && !joining_hyphen (run, h); h++)
    ;
  if (h + 1 >= m->end)
    return FALSE;
  after_last = h == m->first && last != NULL && last->end == h && last->type == REDAKSI_ENTITY_PERSON
               && last->cut == 0;
  if (h == m->first && !after_last)
    return FALSE;
  left = after_last ? *last : *m;
  left.end = h + 1;
  left.entry = -1;
  left.cut = MENTION_CUT_TAIL;
  right = *m;
  right.first = h;
  right.cut = MENTION_CUT_HEAD;
  if (after_last)
    *last = left;
  else
    g_array_append_val (out, left);
  g_array_append_val (out, right);
  return TRUE;
}

/* The gazetteer's person or place named exactly @len bytes at @text,
 * or -1. */
static gint64
person_or_place_named (Run               *run,
                       const char        *text,
                       gsize              len,
                       RedaksiEntityType *type)
{
  NerToken token = { text, (guint) len, 0, 0, 0 };
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (RedaksiGazetteerMatch));
  guint32 entry;

  _redaksi_gazetteer_annotate (run->tagger->gazetteer, &token, 1, matches);
  if (matches->len != 1)
    return -1;
  entry = g_array_index (matches, RedaksiGazetteerMatch, 0).entry;
  *type = _redaksi_gazetteer_entry_type (run->tagger->gazetteer, entry);
  return *type == REDAKSI_ENTITY_PERSON || *type == REDAKSI_ENTITY_LOCATION ? (gint64) entry : -1;
}

/* "kubu Prabowo-Sandiaga", "relawan Prabowo-Sandi": a ticket of two
 * people the gazetteer knows, written as one word, is those two
 * people, never a third one named "Prabowo-Sandi"; "perang
 * Rusia-Ukraina" is two countries. */
static gboolean
split_known_pair (Run     *run,
                   Mention *m,
                   GArray  *out)
{
  gsize len;
  const char *text, *hyphen;
  gint64 left_entry, right_entry;
  RedaksiEntityType left_type, right_type;
  Mention left, right;

  if (m->end != m->first + 1 || m->entry >= 0 || m->cut != 0
      || !(hyphen = joining_hyphen (run, m->first)))
    return FALSE;
  text = token_text (run, m->first, &len);
  if ((left_entry = person_or_place_named (run, text, (gsize) (hyphen - text), &left_type)) < 0
      || (right_entry = person_or_place_named (run, hyphen + 1, len - (gsize) (hyphen + 1 - text), &right_type)) < 0
      || left_type != right_type)
    return FALSE;
  left = right = *m;
  left.type = right.type = left_type;
  left.entry = left_entry;
  left.cut = MENTION_CUT_TAIL;
  right.entry = right_entry;
  right.cut = MENTION_CUT_HEAD;
  g_array_append_val (out, left);
  g_array_append_val (out, right);
  return TRUE;
}

/* The same pairs where the labeller saw no name at all: "kubu
 * Prabowo-Sandiaga", "kereta cepat Jakarta-Bandung" become one mention
 * here, two when it is split (which gives each half its type). */
static void
collect_known_pairs (Run *run)
{
  g_autofree guint8 *covered = mention_coverage (run);
  guint n_found = run->mentions->len;

  for (guint i = 0; i < run->n_tokens && !run_cancelled (run, i); i++)
    {
      Mention m;
      g_autoptr(GArray) pair = NULL;

      if (covered[i] || run->excluded[i] || !(run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
          || !joining_hyphen (run, i))
        continue;
      /* Made only for the few tokens that get here. */
      m = (Mention) { i, i + 1, REDAKSI_ENTITY_PERSON, -1, -1, FALSE, 0 };
      pair = g_array_new (FALSE, FALSE, sizeof (Mention));
      if (split_known_pair (run, &m, pair))
        add_mention (run, i, i + 1, REDAKSI_ENTITY_PERSON, -1);
    }
  if (run->mentions->len > n_found)
    sort_mentions (run->mentions);
}

/* A word that opens a body's own name: "Polsek", "Kementerian". */
static gboolean
heads_body (Run   *run,
            guint  i)
{
  return is_capitalised (run, i) && (is_regional_unit (run, i) || (role_word (run, i) & ROLE_WORD_BODY));
}

/* "tim gabungan Polresta Bogor dan Polsek Cibinong": two bodies joined
 * by "dan" or "serta", each opened by a body's head, are two names;
 * "Kamar Dagang dan Industri" is one. */
static gboolean
split_coordinated_bodies (Run     *run,
                          Mention *m,
                          GArray  *out)
{
  Mention left, right;
  guint k;

  if (m->type != REDAKSI_ENTITY_ORGANIZATION || m->entry >= 0 || m->cut != 0
      || !heads_body (run, m->first))
    return FALSE;
  for (k = m->first + 2; k + 2 < m->end; k++)
    if ((token_is (run, k, "dan") || token_is (run, k, "serta")) && heads_body (run, k + 1))
      break;
  if (k + 2 >= m->end)
    return FALSE;
  left = right = *m;
  left.end = k;
  left.entry = exact_match (run, left.first, left.end);
  right.first = k + 1;
  right.entry = exact_match (run, right.first, right.end);
  g_array_append_val (out, left);
  g_array_append_val (out, right);
  return TRUE;
}

static gboolean
is_street_head (Run   *run,
                guint  i)
{
  return token_is (run, i, "Jalan") || token_is (run, i, "Jl") || token_is (run, i, "Jl.")
         || token_is (run, i, "Jln") || token_is (run, i, "Jln.");
}

/* Heads of the regions a place lies in: "Kecamatan Tallo". */
static gboolean
is_region_head (Run   *run,
                guint  i)
{
  return token_is (run, i, "Kecamatan") || token_is (run, i, "Kelurahan") || token_is (run, i, "Desa")
         || token_is (run, i, "Dusun") || token_is (run, i, "Kabupaten") || token_is (run, i, "Provinsi");
}

/* "di Kantor BPN Jalan Kertanegara Nomor 6", "Jalan Sudirman Kecamatan
 * Tanah Abang": a street opens a place of its own, after the name of
 * what stands there; a region's head opens the region a place lies
 * in. */
static gboolean
split_at_street (Run     *run,
                 Mention *m,
                 GArray  *out)
{
  Mention left, right;
  guint k;

  if (m->type == REDAKSI_ENTITY_PERSON || m->entry >= 0 || m->cut != 0)
    return FALSE;
  for (k = m->first + 1; k + 1 < m->end; k++)
    if ((is_street_head (run, k) || (m->type == REDAKSI_ENTITY_LOCATION && is_region_head (run, k)))
        && is_capitalised (run, k + 1))
      break;
  if (k + 1 >= m->end)
    return FALSE;
  left = right = *m;
  left.end = k;
  look_up_again (run, &left);
  right.first = k;
  right.type = REDAKSI_ENTITY_LOCATION;
  look_up_again (run, &right);
  /* "di Kantor Desa Sukamaju": a word of the dictionary alone before
   * the place names nothing of its own. */
  if (!(left.end == left.first + 1 && left.entry < 0 && is_dictionary_word (run, left.first)))
    g_array_append_val (out, left);
  g_array_append_val (out, right);
  return TRUE;
}

static gboolean is_speaker (Run     *run,
                            Mention *m);

/* "Kepala Dinas Kesehatan Tanjungpinang Rustam menyatakan": after an
 * office, a body and the place it serves, a name of up to three words
 * that no dictionary holds, then a speech verb or a comma, is the
 * office holder, a person; the body ends at its place. */
static gboolean
split_office_holder (Run     *run,
                     Mention *m,
                     GArray  *out)
{
  const RedaksiGazetteerMatch *match = NULL;
  Mention body, holder;
  guint k;

  if (m->type != REDAKSI_ENTITY_ORGANIZATION || m->entry >= 0 || m->cut != 0 || m->end - m->first < 3
      || m->first == 0 || !(role_word (run, m->first - 1) & ROLE_WORD_OFFICE))
    return FALSE;
  for (k = m->first + 1; k < m->end; k++)
    if ((match = _redaksi_gazetteer_match_at (run->matches, k)) != NULL && match->end < m->end
        && match->end + 3 >= m->end
        && _redaksi_gazetteer_entry_type (run->tagger->gazetteer, match->entry) == REDAKSI_ENTITY_LOCATION)
      break;
  if (k == m->end)
    return FALSE;
  holder = *m;
  holder.first = match->end;
  for (guint i = holder.first; i < holder.end; i++)
    if (!is_capitalised (run, i) || is_dictionary_word (run, i) || (role_word (run, i) & OFFICE_WORDS))
      return FALSE;
  if (!(m->end < run->n_tokens && token_is (run, m->end, ",")) && !is_speaker (run, &holder))
    return FALSE;
  body = *m;
  body.end = match->end;
  look_up_again (run, &body);
  holder.type = REDAKSI_ENTITY_PERSON;
  look_up_again (run, &holder);
  g_array_append_val (out, body);
  g_array_append_val (out, holder);
  return TRUE;
}

/* The words from @first to @end in any case, as one hash; 0 when one
 * has no hash (non-ASCII or too long). */
static guint64
words_hash (Run   *run,
            guint  first,
            guint  end)
{
  guint64 h = 0xcbf29ce484222325ULL;

  for (guint t = first; t < end; t++)
    {
      if (run->lower[t] == 0)
        return 0;
      h = (h ^ run->lower[t]) * 0x100000001b3ULL;
    }
  return h ? h : 1;
}

/* The names of two words or more that the story gives as people, or
 * with @first_words their first words. */
static WordSet *
person_names_of (Run      *run,
                 gboolean  first_words)
{
  WordSet *names = word_set_new (64);

  for (guint k = 0; k < run->mentions->len; k++)
    {
      const Mention *m = &g_array_index (run->mentions, Mention, k);
      guint64 h;

      if (m->type == REDAKSI_ENTITY_PERSON && m->cut == 0 && m->end - m->first >= 2
          && (h = words_hash (run, m->first, first_words ? m->first + 1 : m->end)) != 0)
        word_set_add (names, h);
    }
  return names;
}

static WordSet *
person_names (Run *run)
{
  return person_names_of (run, FALSE);
}

/* Is [@first, @end) a place's head and nothing else ("Kecamatan",
 * "Desa", "Teluk"), which names no place by itself? */
static gboolean
is_place_head_alone (Run   *run,
                     guint  first,
                     guint  end)
{
  return end == first + 1 && (is_place_head (run, first) || (role_word (run, first) & ROLE_WORD_PLACE));
}

/* "Sekda Kota Bandung Ema Sumarna membenarkan": a place or body whose
 * last words are a person the story names elsewhere ends before them,
 * and they are that person; "Kecamatan Hulu Kuantan" stays one place
 * though the labeller took "Hulu Kuantan" elsewhere for a person. */
static gboolean
split_at_known_person (Run           *run,
                       Mention       *m,
                       const WordSet *people,
                       GArray        *out)
{
  Mention place, person;

  if (m->type == REDAKSI_ENTITY_PERSON || m->entry >= 0 || m->cut != 0 || m->end - m->first < 3)
    return FALSE;
  for (guint k = m->first + 1; k + 2 <= m->end; k++)
    {
      guint64 h = words_hash (run, k, m->end);

      if (h == 0 || !word_set_has (people, h) || !is_capitalised (run, k) || is_place_head_alone (run, m->first, k))
        continue;
      place = *m;
      place.end = k;
      place.entry = exact_match (run, m->first, k);
      if (place.entry >= 0)
        place.type = _redaksi_gazetteer_entry_type (run->tagger->gazetteer, (guint32) place.entry);
      person = *m;
      person.first = k;
      person.type = REDAKSI_ENTITY_PERSON;
      g_array_append_val (out, place);
      g_array_append_val (out, person);
      return TRUE;
    }
  return FALSE;
}

/* Is the gazetteer's place at token @k one of Indonesia's provinces? */
static gboolean
is_province_at (Run   *run,
                guint  k)
{
  const RedaksiGazetteerMatch *match = _redaksi_gazetteer_match_at (run->matches, k);
  const char *id = match ? _redaksi_gazetteer_entry_id (run->tagger->gazetteer, match->entry) : NULL;

  return id != NULL && g_str_has_prefix (id, "iso3166-2:ID-");
}

/* Where the gazetteer's places run from @k to @end exactly, one after
 * another, the start of each; 0 places when they do not. */
static guint
known_places_to (Run    *run,
                 guint   k,
                 guint   end,
                 guint  *starts,
                 guint   max)
{
  guint n = 0;

  while (k < end && n < max)
    {
      const RedaksiGazetteerMatch *match = _redaksi_gazetteer_match_at (run->matches, k);

      if (match == NULL || match->end > end
          || _redaksi_gazetteer_entry_type (run->tagger->gazetteer, match->entry) != REDAKSI_ENTITY_LOCATION)
        return 0;
      starts[n++] = k;
      k = match->end;
    }
  return k == end ? n : 0;
}

/* "di Situbondo Jawa Timur", "di Stadion Dipta Gianyar Bali": places
 * the story writes one after another without a comma are each a
 * place, when the first is one the gazetteer knows or a name of two
 * words or more. "Hotel Indonesia" stays whole, and so do a street or a
 * region named after places ("Jalan Raya Cilincing", "Kabupaten Toba
 * Samosir"). */
static gboolean
split_at_known_places (Run     *run,
                       Mention *m,
                       GArray  *out)
{
  guint starts[4], n = 0, k;

  if (m->type != REDAKSI_ENTITY_LOCATION || m->entry >= 0 || m->cut != 0 || m->end - m->first < 2
      || is_street_head (run, m->first) || is_division_head (run, m->first) || token_is (run, m->first, "Kota"))
    return FALSE;
  for (k = m->first + 1; k < m->end; k++)
    if ((n = known_places_to (run, k, m->end, starts, G_N_ELEMENTS (starts))) > 0)
      break;
  if (n == 0)
    return FALSE;
  /* A known place, then its province: not "Medan Johor", a district
   * of Medan. A longer name: not one that a unit ends ("Mako Polda
   * Kalsel", the headquarters of Polda Kalsel). */
  if (exact_match (run, m->first, k) >= 0 ? !is_province_at (run, starts[n - 1])
                                          : k - m->first < 2 || heads_body (run, k - 1))
    return FALSE;
  for (guint p = 0; p <= n; p++)
    {
      Mention piece = *m;

      piece.first = p == 0 ? m->first : starts[p - 1];
      piece.end = p == 0 ? k : (p < n ? starts[p] : m->end);
      look_up_again (run, &piece);
      g_array_append_val (out, piece);
    }
  return TRUE;
}

static void
split_joined_names (Run *run)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (Mention), run->mentions->len);
  g_autoptr(WordSet) people = person_names (run);

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);

      if (!split_known_pair (run, m, out) && !split_joined_name (run, m, out)
          && !split_coordinated_bodies (run, m, out) && !split_at_street (run, m, out)
          && !split_office_holder (run, m, out) && !split_at_known_places (run, m, out)
          && !split_at_known_person (run, m, people, out))
        g_array_append_val (out, *m);
    }
  g_array_unref (run->mentions);
  run->mentions = out;
}

#include "redaksi-tagger-recall.c"

/* Entities */

/* Entities are told apart by their names in ASCII lower case, as
 * g_ascii_strcasecmp() compares them. */
static int
find_entity (Run               *run,
             const char        *canonical)
{
  return (int) caseless_get (&run->entity_index, canonical, strlen (canonical)) - 1;
}

static int
add_entity (Run               *run,
            char              *canonical,
            RedaksiEntityType  type,
            const char        *id)
{
  Entity e = { canonical, type, id, NULL, 0, 0, G_MAXSIZE, { 0 }, FALSE };

  g_array_append_val (run->entities, e);
  caseless_set (&run->entity_index, canonical, strlen (canonical), run->entities->len);
  return (int) run->entities->len - 1;
}

/* Does every word of @m occur in the multi-word mention @full? */
static gboolean
words_within (Run     *run,
              Mention *m,
              Mention *full)
{
  if (full->end - full->first < 2 || full->end - full->first <= m->end - m->first)
    return FALSE;
  for (guint i = m->first; i < m->end; i++)
    {
      gsize len, full_len;
      const char *word = token_text (run, i, &len);
      gboolean found = FALSE;

      for (guint j = full->first; j < full->end && !found; j++)
        {
          const char *full_word = token_text (run, j, &full_len);

          found = len == full_len && memcmp (word, full_word, len) == 0;
        }
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* A short name stands for the earliest person mention of more words
 * that holds its words in the same order ("Dian", "Puspita" and "Dian
 * Puspita" for "Dian Puspita Sari"). Every such word sequence of every
 * person mention is a key of one hash table, so a short name costs one
 * lookup however many names the article holds. */
#define FULL_NAME_MAX_WORDS 6

/* The key of the words of [@first, @end) that the bits of @subset
 * pick. A rare collision only loses a link, since words_within()
 * checks every link found. */
static guint64
words_key (Run   *run,
           guint  first,
           guint  end,
           guint  subset)
{
  guint64 key = (guint64) __builtin_popcount (subset);

  for (guint i = first; i < end; i++)
    if (subset & (1u << (i - first)))
      key = (key ^ word_hash (run, i)) * G_GUINT64_CONSTANT (0x100000001b3) + 0x9e3779b97f4a7c15;
  return key;
}

/* Word keys → the first mention that holds them + 1, open addressing:
 * a few dozen keys an article, which a GHashTable took a call and an
 * allocation each to hold. */
typedef struct
{
  guint64 key;
  guint   value;  /* 0: empty */
} FullNameSlot;

typedef struct
{
  FullNameSlot *slots;
  gsize         mask;
  gsize         used;
} FullNames;

static void
full_names_clear (FullNames *index)
{
  g_clear_pointer (&index->slots, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FullNames, full_names_clear)

static FullNameSlot *
full_names_slot (const FullNames *index,
                 guint64          key)
{
  gsize k = ner_hash_slot_first (key, index->mask);

  while (index->slots[k].value != 0 && index->slots[k].key != key)
    k = (k + 1) & index->mask;
  return &index->slots[k];
}

static G_GNUC_NO_INLINE void
full_names_grow (FullNames *index)
{
  FullNames grown = { g_new0 (FullNameSlot, 2 * (index->mask + 1)), 2 * index->mask + 1, index->used };

  for (gsize k = 0; k <= index->mask; k++)
    if (index->slots[k].value != 0)
      *full_names_slot (&grown, index->slots[k].key) = index->slots[k];
  g_free (index->slots);
  *index = grown;
}

static void
index_key (FullNames *index,
           guint64    key,
           guint      k)
{
  FullNameSlot *slot = full_names_slot (index, key);

  /* Mentions come in text order: the first one to claim a key is the
   * earliest full name. */
  if (slot->value != 0)
    return;
  *slot = (FullNameSlot) { key, k + 1 };
  if (++index->used * 2 > index->mask + 1)
    full_names_grow (index);
}

/* "Alex" for Alexander Marwata: the beginnings of a full name's first
 * word, from SHORTENED_MIN letters to two short of the word, are keys
 * of their own (salted apart from the words'), to the first such name,
 * or to AMBIGUOUS_PREFIX where two first words begin alike. */
#define SHORTENED_MIN 4
#define SHORTENED_MAX 24
#define AMBIGUOUS_PREFIX G_MAXUINT
#define PREFIX_SALT G_GUINT64_CONSTANT (0x5bd1e9955bd1e995)

static guint
n_prefixes (Run           *run,
            const Mention *m)
{
  guint len = run->tokens[m->first].end - run->tokens[m->first].start;

  /* A first name is short: a "word" of a thousand letters would give a
   * thousand keys, each hashed over its length. */
  return len >= SHORTENED_MIN + 2 && len <= SHORTENED_MAX ? len - SHORTENED_MIN - 1 : 0;
}

static guint64
prefix_key (const char *text,
            gsize       n)
{
  return _redaksi_word_hash_lower (text, n) ^ PREFIX_SALT;
}

static void
index_prefixes (Run       *run,
                FullNames *index,
                guint      k)
{
  const Mention *m = &g_array_index (run->mentions, Mention, k);
  const char *text = run->text + run->tokens[m->first].start;
  guint n = n_prefixes (run, m);

  for (guint i = 0; i < n; i++)
    {
      FullNameSlot *slot = full_names_slot (index, prefix_key (text, SHORTENED_MIN + i));
      const Mention *other;

      if (slot->value == 0)
        {
          *slot = (FullNameSlot) { prefix_key (text, SHORTENED_MIN + i), k + 1 };
          if (++index->used * 2 > index->mask + 1)
            full_names_grow (index);
          continue;
        }
      if (slot->value == AMBIGUOUS_PREFIX)
        continue;
      other = &g_array_index (run->mentions, Mention, slot->value - 1);
      if (run->lower[other->first] != run->lower[m->first])
        slot->value = AMBIGUOUS_PREFIX;
    }
}

/* "Harta Djaya" for PT Harta Djaya Karya Tbk: the first one to three
 * words of a company's name after "PT" are keys of their own (salted
 * apart from the people's), to the company's mention. */
#define COMPANY_SALT G_GUINT64_CONSTANT (0xc2b2ae3d27d4eb4f)
#define COMPANY_SHORT_WORDS 3

static guint
n_company_keys (Run           *run,
                const Mention *m)
{
  if (m->type != REDAKSI_ENTITY_ORGANIZATION || m->cut != 0 || m->end - m->first < 3
      || !token_is (run, m->first, "PT"))
    return 0;
  return MIN (COMPANY_SHORT_WORDS, m->end - m->first - 2);
}

static guint64
company_key (Run   *run,
             guint  first,
             guint  n)
{
  return words_key (run, first, first + n, (1u << n) - 1) ^ COMPANY_SALT;
}

static void
index_company (Run       *run,
               FullNames *index,
               guint      k)
{
  const Mention *m = &g_array_index (run->mentions, Mention, k);
  guint n = n_company_keys (run, m);

  for (guint j = 1; j <= n; j++)
    index_key (index, company_key (run, m->first + 1, j), k);
}

/* The keys index_full_names() may make: the table is made for them. */
static gsize
full_name_keys (Run *run)
{
  gsize n_keys = 0;

  for (guint k = 0; k < run->mentions->len; k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      guint n = m->end - m->first;

      if (m->type == REDAKSI_ENTITY_PERSON && n >= 2)
        n_keys += (n > FULL_NAME_MAX_WORDS ? n : (1u << n) - 2) + n_prefixes (run, m);
      n_keys += n_company_keys (run, m);
    }
  return n_keys;
}

/* A name of more words than FULL_NAME_MAX_WORDS gives its single words
 * only: the keys of a mention stay few. */
static void
index_full_names (Run       *run,
                  FullNames *index)
{
  gsize size = presized_slots (full_name_keys (run), 16);

  *index = (FullNames) { g_new0 (FullNameSlot, size), size - 1, 0 };
  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      guint n = m->end - m->first;

      if (n_company_keys (run, m) > 0)
        index_company (run, index, k);
      if (m->type != REDAKSI_ENTITY_PERSON || n < 2)
        continue;
      if (n > FULL_NAME_MAX_WORDS)
        for (guint i = m->first; i < m->end; i++)
          index_key (index, words_key (run, i, i + 1, 1), k);
      else
        for (guint subset = 1; subset + 1 < (1u << n); subset++)
          index_key (index, words_key (run, m->first, m->end, subset), k);
      if (m->cut == 0)
        index_prefixes (run, index, k);
    }
}

/* The full name whose first word one-word person @m shortens ("Alex"
 * for Alexander Marwata), or NULL. */
static Mention *
shortened_name_of (Run             *run,
                   const FullNames *index,
                   const Mention   *m)
{
  guint len = run->tokens[m->first].end - run->tokens[m->first].start, found;

  if (m->type != REDAKSI_ENTITY_PERSON || m->end != m->first + 1 || m->entry >= 0 || m->cut != 0
      || len < SHORTENED_MIN)
    return NULL;
  found = full_names_slot (index, prefix_key (run->text + run->tokens[m->first].start, len))->value;
  return found != 0 && found != AMBIGUOUS_PREFIX ? &g_array_index (run->mentions, Mention, found - 1) : NULL;
}

/* The company whose name, after "PT", mention @m begins ("Harta Djaya"
 * after "PT Harta Djaya Karya Tbk"), or NULL; a given name in it says
 * a person. */
static Mention *
company_named (Run             *run,
               const FullNames *index,
               Mention         *m)
{
  guint n = m->end - m->first, found;

  if (m->entry >= 0 || m->cut != 0 || n > COMPANY_SHORT_WORDS || token_is (run, m->first, "PT")
      || (m->type != REDAKSI_ENTITY_PERSON && m->type != REDAKSI_ENTITY_ORGANIZATION) || has_given_name (run, m))
    return NULL;
  found = full_names_slot (index, company_key (run, m->first, n))->value;
  return found != 0 && found != AMBIGUOUS_PREFIX ? &g_array_index (run->mentions, Mention, found - 1) : NULL;
}

/* "warga bernama Ahmad", "Salah satunya Ahmad, yang …": a name the
 * story introduces is a new person, not one it named in full before. */
static gboolean
introduced_here (Run           *run,
                 const Mention *m,
                 const Mention *full)
{
  static const char * const words[] = { "bernama", "satunya", NULL };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  return full->first < m->first && m->first > 0 && token_in (run, m->first - 1, &list);
}

/* The full name a short mention refers to, or NULL. */
static Mention *
full_name_of (Run             *run,
              const FullNames *index,
              guint            k)
{
  Mention *m = &g_array_index (run->mentions, Mention, k);
  guint n = m->end - m->first;
  guint full;
  Mention *candidate;

  if (n >= FULL_NAME_MAX_WORDS)
    return NULL;
  full = full_names_slot (index, words_key (run, m->first, m->end, (1u << n) - 1))->value;
  if (full == 0 || full - 1 == k)
    return NULL;
  candidate = &g_array_index (run->mentions, Mention, full - 1);
  return words_within (run, m, candidate) && !introduced_here (run, m, candidate) ? candidate : NULL;
}

static void assign_mention (Run             *run,
                            const FullNames *index,
                            guint            k);

/* Bodies named after the region they serve: "Polda Kalsel" is "Polda
 * Kalimantan Selatan", the region's short form being only a spelling. */
static gboolean
is_regional_unit (Run   *run,
                  guint  i)
{
  static const char * const words[] = {
    "polda", "polres", "polresta", "polrestabes", "polsek", "kejati", "kejari", "pemprov",
    "pemkab", "pemkot", "pemko", "dprd", "kodam", "korem", "kodim", "kanwil", "bpbd", "kpud", "bawaslu",
    "kadin", "pn", "ptun", "propam", "densus", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  return token_in (run, i, &list);
}

/* The name of a regional unit with its region spelt as the gazetteer's
 * canonical name, or NULL when @m is no such unit. */
static char *
regional_canonical (Run     *run,
                    Mention *m)
{
  gint64 place;
  g_autofree char *unit = NULL;
  char *name;

  if (m->cut != 0 || m->end - m->first < 2)
    return NULL;
  if ((name = unit_canonical (run, m)))
    return name;
  if (m->type != REDAKSI_ENTITY_ORGANIZATION || !is_regional_unit (run, m->first))
    return NULL;
  place = exact_match (run, m->first + 1, m->end);
  if (place < 0 || _redaksi_gazetteer_entry_type (run->tagger->gazetteer, (guint32) place)
                     != REDAKSI_ENTITY_LOCATION)
    return NULL;
  unit = text_between (run, m->first, m->first + 1);
  return g_strconcat (unit, " ", _redaksi_gazetteer_entry_name (run->tagger->gazetteer, (guint32) place),
                      NULL);
}

static gboolean is_speech_word (Run   *run,
                                guint  i);

/* A place's name in one word where a speaker stands: opening a clause,
 * or after a speech verb. */
static gboolean
names_speaker (Run     *run,
               Mention *m)
{
  return m->type == REDAKSI_ENTITY_LOCATION && m->entry >= 0 && m->end == m->first + 1 && m->cut == 0
         && (opens_clause (run, m->first) || (m->first > 0 && is_speech_word (run, m->first - 1)));
}

/* "Denpomal Banjarmasin" after "… Angkatan Laut (Denpomal)": a name
 * opened by an acronym the article defined for a body is that body's
 * unit, not a person. */
static gboolean
acronym_of_body (Run     *run,
                 Mention *m)
{
  g_autofree char *first = NULL;
  Mention *long_form;

  gsize len;
  const char *text;

  if (m->type != REDAKSI_ENTITY_PERSON || m->entry >= 0 || m->cut != 0 || m->end - m->first < 2)
    return FALSE;
  text = token_text (run, m->first, &len);
  if (!(run->acronym_keys & acronym_key_bit (text, len)))
    return FALSE;
  first = text_between (run, m->first, m->first + 1);
  long_form = g_hash_table_lookup (run->acronyms, first);
  return long_form != NULL && long_form->type == REDAKSI_ENTITY_ORGANIZATION;
}

/* The long form of the acronym @m is, when the article defines one.
 * The mention's text is the key, copied on the stack when it is short:
 * most mentions are no acronym, and most names have no copy to keep. */
static Mention *
acronym_long_form (Run     *run,
                   Mention *m)
{
  g_autofree char *heap = NULL;
  char buf[128], *key = buf;
  gsize start, end;

  mention_bytes (run, m, &start, &end);
  if (!(run->acronym_keys & acronym_key_bit (run->text + start, end - start)))
    return NULL;
  if (end - start >= sizeof buf)
    key = heap = g_malloc (end - start + 1);
  memcpy (key, run->text + start, end - start);
  key[end - start] = '\0';
  return g_hash_table_lookup (run->acronyms, key);
}

/* Does a word of the gazetteer's name for @entry stand in @full? "Yasonna
 * H Laoly" is the gazetteer's Yasonna Laoly, "Nana Sumarna" not its
 * Najwa Shihab. */
static gboolean
shares_entry_word (Run           *run,
                   const Mention *full,
                   gint64         entry)
{
  const char *name = _redaksi_gazetteer_entry_name (run->tagger->gazetteer, (guint32) entry);

  for (guint i = full->first; i < full->end; i++)
    {
      gsize len;
      const char *text = token_text (run, i, &len);

      for (const char *w = name; *w != '\0';)
        {
          gsize n = strcspn (w, " ");

          if (n == len && g_ascii_strncasecmp (w, text, len) == 0)
            return TRUE;
          w += n + (w[n] == ' ');
        }
    }
  return FALSE;
}

static char *
resolve_canonical (Run                *run,
                   const FullNames    *index,
                   guint               k,
                   RedaksiEntityType  *type,
                   const char        **id)
{
  Mention *m = &g_array_index (run->mentions, Mention, k);
  g_autofree char *regional = NULL;
  Mention *full;
  gint64 dated;

  /* An acronym the article defines means its long form there, even
   * when the gazetteer knows another body with the same letters
   * ("Badan Pemenangan Nasional (BPN)", not Badan Pertanahan). */
  if ((full = acronym_long_form (run, m)))
    m = full;
  else if (names_speaker (run, m) && (full = full_name_of (run, index, k)))
    {
      /* "Sudirman memaparkan …" after "Sudirman Said": a place the
       * gazetteer knows by that word, where a speaker stands, is the
       * person the article introduced. */
      m->entry = -1;
      m->type = REDAKSI_ENTITY_PERSON;
    }
  if (acronym_of_body (run, m))
    m->type = REDAKSI_ENTITY_ORGANIZATION;
  *type = m->type;
  *id = m->entry >= 0 ? _redaksi_gazetteer_entry_id (run->tagger->gazetteer, (guint32) m->entry) : NULL;
  if ((dated = dated_event (run, m)) >= 0)
    {
      *id = _redaksi_gazetteer_entry_id (run->tagger->gazetteer, (guint32) dated);
      return g_strdup (_redaksi_gazetteer_entry_name (run->tagger->gazetteer, (guint32) dated));
    }
  /* "kata Nana" after "Nana Sumarna (62)": a one-word name that is the
   * gazetteer's for someone else (Najwa Shihab's "Nana") is the person
   * the article names in full. */
  if (m->entry >= 0 && m != full && m->type == REDAKSI_ENTITY_PERSON && m->end == m->first + 1
      && (full = full_name_of (run, index, k)) && full->entry != m->entry && !shares_entry_word (run, full, m->entry))
    m->entry = -1;
  if (m->entry >= 0 || m == full)
    return mention_canonical (run, m);
  if ((regional = regional_canonical (run, m)))
    return g_steal_pointer (&regional);
  if (m->type != REDAKSI_ENTITY_EVENT && m->type != REDAKSI_ENTITY_MISC
      && ((full = full_name_of (run, index, k)) || (full = shortened_name_of (run, index, m))
          || (full = company_named (run, index, m))))
    {
      Entity *e;

      /* A company's short name votes for a body, not for the person
       * the labeller took it for. */
      if (full->type == REDAKSI_ENTITY_ORGANIZATION && m->type == REDAKSI_ENTITY_PERSON)
        m->type = REDAKSI_ENTITY_ORGANIZATION;
      /* "Salim" after "Brandon Salim" after "Brandon Nicholas Salim":
       * the full name is resolved first, wherever it is. */
      assign_mention (run, index, (guint) (full - &g_array_index (run->mentions, Mention, 0)));
      e = &g_array_index (run->entities, Entity, full->entity);
      *type = e->type;
      *id = e->id;
      return g_strdup (e->canonical);
    }
  /* m is mention k still: the long form of an acronym returned above. */
  return mention_text (run, m);
}

static void
vote_type (Entity        *e,
           const Mention *m)
{
  if (m->entry >= 0)
    e->known = TRUE;
  else if ((guint) m->type <= REDAKSI_ENTITY_MISC)
    e->votes[m->type]++;
}

/* "Direktur Utama PT Bukit Asam Tbk, Sukrisno, mengatakan" where the
 * labeller saw a place, and a person in each of the four later
 * "Sukrisno": a name no gazetteer knows is a person, or no person, as
 * most of its mentions were given, not as the first one was. */
static void
settle_entity_types (Run *run)
{
  for (guint k = 0; k < run->entities->len; k++)
    {
      Entity *e = &g_array_index (run->entities, Entity, k);
      RedaksiEntityType best = e->type;

      if (e->known)
        continue;
      for (guint t = 0; t <= REDAKSI_ENTITY_MISC; t++)
        if (e->votes[t] > e->votes[best])
          best = (RedaksiEntityType) t;
      /* Whether a name is a person's is what the votes tell well; a
       * port or a stadium is a place to some, a body to others. */
      if (best == REDAKSI_ENTITY_PERSON || e->type == REDAKSI_ENTITY_PERSON)
        e->type = best;
    }
  for (guint k = 0; k < run->mentions->len; k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);

      if (m->entity >= 0)
        m->type = g_array_index (run->entities, Entity, m->entity).type;
    }
}

/* Each step goes to a mention of more words: the recursion is as deep
 * as FULL_NAME_MAX_WORDS at most. */
static void
assign_mention (Run             *run,
                const FullNames *index,
                guint            k)
{
  Mention *m = &g_array_index (run->mentions, Mention, k);
  RedaksiEntityType type;
  const char *id;
  char *canonical;
  int e;

  if (m->entity >= 0)
    return;
  canonical = resolve_canonical (run, index, k, &type, &id);
  /* resolve_canonical() may have grown run->entities, never mentions. */
  if ((e = find_entity (run, canonical)) < 0 && (e = spelling_of (run, m, canonical, type)) < 0)
    {
      e = add_entity (run, canonical, type, id);
      _redaksi_variants_add (run->variants, canonical, (guint) e + 1);
    }
  else
    g_free (canonical);
  m->entity = e;
  vote_type (&g_array_index (run->entities, Entity, e), m);
  m->type = g_array_index (run->entities, Entity, e).type;
}

/* "BPBD", "Kadin", "DPRD" alone: a regional unit's word without its
 * region. */
static gboolean
is_bare_unit (Run           *run,
              const Mention *m)
{
  return m->type == REDAKSI_ENTITY_ORGANIZATION && m->cut == 0 && m->end == m->first + 1
         && is_regional_unit (run, m->first);
}

/* The units of one kind the story names with their region: the kind's
 * word (as run->lower hashes it) and its one entity, or -1 for several.
 * The kinds are is_regional_unit()'s few words. */
typedef struct
{
  guint64 word;
  int     entity;
} UnitKind;

#define N_UNIT_KINDS 32

static UnitKind *
unit_kind (UnitKind *kinds,
           guint    *n_kinds,
           guint64   word)
{
  for (guint i = 0; i < *n_kinds; i++)
    if (kinds[i].word == word)
      return &kinds[i];
  if (*n_kinds == N_UNIT_KINDS)
    return NULL;
  kinds[*n_kinds] = (UnitKind) { word, G_MININT };
  return &kinds[(*n_kinds)++];
}

/* "BPBD juga mengingatkan" after "Kepala Pelaksana BPBD Pacitan": a
 * unit's word alone is the one unit of its kind the story names with
 * its region; with none, or several ("Kadin Indonesia" and "Kadin
 * Jateng"), it is what the word names alone. Asked after every other
 * mention has its entity. */
static void
assign_bare_units (Run             *run,
                   const FullNames *index)
{
  UnitKind kinds[N_UNIT_KINDS], *kind;
  guint n_kinds = 0;

  for (guint k = 0; k < run->mentions->len; k++)
    {
      const Mention *m = &g_array_index (run->mentions, Mention, k);

      if (m->entity < 0 || m->type != REDAKSI_ENTITY_ORGANIZATION || m->cut != 0 || m->end - m->first < 2
          || !is_regional_unit (run, m->first) || !(kind = unit_kind (kinds, &n_kinds, run->lower[m->first])))
        continue;
      kind->entity = kind->entity == G_MININT || kind->entity == m->entity ? m->entity : -1;
    }
  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);

      if (m->entity >= 0)
        continue;
      kind = unit_kind (kinds, &n_kinds, run->lower[m->first]);
      if (kind == NULL || kind->entity < 0)
        {
          assign_mention (run, index, k);
          continue;
        }
      m->entity = kind->entity;
      m->type = g_array_index (run->entities, Entity, m->entity).type;
    }
}

/* Two-word facilities ("Hotel Alexis", a place or a body) by their
 * second word's hash (run->lower), to the first such mention; NULL when
 * the story names none. */
static GHashTable *
index_facilities (Run *run)
{
  GHashTable *facilities = NULL;

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      const Mention *m = &g_array_index (run->mentions, Mention, k);

      if (m->end - m->first != 2 || m->cut != 0 || !is_facility_head (run, m->first)
          || (m->type != REDAKSI_ENTITY_LOCATION && m->type != REDAKSI_ENTITY_ORGANIZATION))
        continue;
      if (facilities == NULL)
        facilities = g_hash_table_new (g_int64_hash, g_int64_equal);
      if (!g_hash_table_contains (facilities, &run->lower[m->first + 1]))
        g_hash_table_insert (facilities, &run->lower[m->first + 1], GUINT_TO_POINTER (k + 1));
    }
  return facilities;
}

/* The facility mention @m names without its head word ("Alexis" after
 * "Hotel Alexis"), or NULL: a word the gazetteer does not know, that no
 * fuller person's name holds. */
static const Mention *
facility_named (Run             *run,
                GHashTable      *facilities,
                const FullNames *index,
                guint            k)
{
  const Mention *m = &g_array_index (run->mentions, Mention, k);
  guint facility;

  if (facilities == NULL || m->end - m->first != 1 || m->entry >= 0 || m->cut != 0
      || (facility = GPOINTER_TO_UINT (g_hash_table_lookup (facilities, &run->lower[m->first]))) == 0
      || full_name_of (run, index, k) != NULL)
    return NULL;
  return &g_array_index (run->mentions, Mention, facility - 1);
}

static void
assign_entities (Run *run)
{
  g_auto(FullNames) index = { NULL, 0, 0 };
  g_autoptr(GHashTable) facilities = NULL;
  gboolean bare_units = FALSE, short_facilities = FALSE;

  index_full_names (run, &index);
  facilities = index_facilities (run);
  /* No more entities than mentions, and mostly fewer: an article names
   * its people and places more than once. The table grows for more. */
  caseless_init (&run->entity_index, run->mentions->len / 2);
  count_written (run);

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      if (is_bare_unit (run, &g_array_index (run->mentions, Mention, k)))
        bare_units = TRUE;
      else if (facility_named (run, facilities, &index, k) != NULL)
        short_facilities = TRUE;
      else
        assign_mention (run, &index, k);
    }
  /* After the facilities themselves have their entities. */
  for (guint k = 0; short_facilities && k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      const Mention *facility = m->entity < 0 ? facility_named (run, facilities, &index, k) : NULL;

      if (facility != NULL && facility->entity >= 0)
        {
          m->entity = facility->entity;
          m->type = g_array_index (run->entities, Entity, m->entity).type;
        }
      else if (m->entity < 0 && !is_bare_unit (run, m))
        assign_mention (run, &index, k);
    }
  if (bare_units)
    assign_bare_units (run, &index);
  settle_entity_types (run);
}

/* Roles and speakers */

/* What may stand between the capitalised words of a role or a name:
 * brackets and short connectors ("Center of Reform on Economics"). */
static gboolean
is_name_joiner (Run   *run,
                guint  i)
{
  static const char * const words[] = { "(", ")", "of", "on", "the", "for", "de", "van", "bin", NULL };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  return token_in (run, i, &list);
}

/* "Kamar Dagang dan Industri": "dan" inside a body's name in a role. */
static gboolean
joins_capitalised (Run   *run,
                   guint  i)
{
  return i > 0 && i + 1 < run->n_tokens && (token_is (run, i, "dan") || token_is (run, i, "&"))
         && is_capitalised (run, i - 1) && is_capitalised (run, i + 1);
}

/* Words that open a role, beside the labeller's title cues. */
static gboolean
is_role_word (Run   *run,
              guint  i)
{
  static const char * const words[] = {
    "ekonom", "analis", "pakar", "dosen", "guru", "pemerhati", "praktisi", "koordinator",
    "founder", "co-founder", "chief", "head", "kuasa", "wakil", "plt", "pj", "penjabat", "bos",
    "pemilik", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  if (token_cue (run, i) == NER_CUE_TITLE)
    return TRUE;
  return token_in (run, i, &list);
}

/* The nearest person named from @role_start to @end, within the
 * mentions before mention @k (in text order), or NULL. */
static const Mention *
person_within (Run   *run,
               guint  k,
               guint  role_start,
               guint  end)
{
  while (k-- > 0)
    {
      const Mention *before = &g_array_index (run->mentions, Mention, k);

      if (before->end <= role_start)
        return NULL;
      if (before->type == REDAKSI_ENTITY_PERSON && before->first >= role_start && before->end <= end)
        return before;
    }
  return NULL;
}

/* Where the role before a name starts once another person inside it is
 * taken out, or -1 for none. "Menteri ESDM Sudirman Said dan Menko
 * Kemaritiman Rizal Ramli": Rizal Ramli's role starts after Sudirman
 * Said, at the next role word. "Juru bicara Presiden Joko Widodo, Johan
 * Budi": what is left is the other person's own title, not his. A body
 * named after people stays: "Direktur Relawan BPN Prabowo-Sandi, Ferry". */
static int
role_past_person (Run            *run,
                  const Mention  *person,
                  int             role_start,
                  guint           end)
{
  guint i;

  for (i = person->end; i < end; i++)
    if (is_role_word (run, i))
      return (int) i;
  for (i = (guint) role_start; i < person->first; i++)
    if (!is_role_word (run, i) && !(role_word (run, i) & OFFICE_WORDS))
      return role_start;
  return -1;
}

/* The first title among the capitalised words that end at @end, or -1;
 * an office of data/lexicon/roles.tsv is one too ("Kanit Reskrim
 * Polsek Kembangan AKP …"). */
static int
title_start_before (Run   *run,
                    guint  end)
{
  int role_start = -1;

  for (guint i = end; i-- > 0 && end - i <= 12;)
    {
      if (run->excluded[i] || !(is_capitalised (run, i) || is_name_joiner (run, i)
                                || joins_capitalised (run, i)))
        break;
      if (is_role_word (run, i) || (role_word (run, i) & ROLE_WORD_OFFICE))
        role_start = (int) i;
      if (starts_sentence (run, i))
        break;
    }
  return role_start;
}

/* Are [@first, @end) a rank and its service only ("Kombes Pol")? */
static gboolean
only_rank (Run   *run,
           guint  first,
           guint  end)
{
  for (guint i = first; i < end; i++)
    if (!(role_word (run, i) & ROLE_WORD_RANK) && !is_rank_service (run, i))
      return FALSE;
  return TRUE;
}

/* "Menteri Luar Negeri (Menlu) AS Antony Blinken": the words before a
 * name, back to the first title, when they are all capitalised; also
 * in apposition, "Kepala BPBD Kota Bekasi, Ahmad Suryadi". @k is the
 * name's mention, whose earlier ones may hold another person in the
 * words (see role_past_person()), or G_MAXUINT. */
static char *
role_before (Run   *run,
             guint  first,
             guint  k)
{
  int role_start, office_start;
  guint end = first;
  const Mention *other;

  if (first > 1 && token_is (run, first - 1, ","))
    end = first - 1;
  role_start = title_start_before (run, end);
  /* "Kapolrestabes Makassar, Kombes Pol Arya Perdana": the office set
   * off by a comma before the rank is the role's too. */
  if (role_start >= 2 && token_is (run, (guint) role_start - 1, ",") && only_rank (run, (guint) role_start, end)
      && (office_start = title_start_before (run, (guint) role_start - 1)) >= 0
      && (role_word (run, (guint) office_start) & ROLE_WORD_OFFICE))
    role_start = office_start;
  if (role_start >= 0 && k != G_MAXUINT && (other = person_within (run, k, (guint) role_start, end)) != NULL)
    role_start = role_past_person (run, other, role_start, end);
  /* "ARTIS TERKAIT" over a list of links is a menu, not a role. */
  if (role_start >= 0 && (run->tokens[role_start].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE))
    return NULL;
  return role_start >= 0 ? text_between (run, (guint) role_start, end) : NULL;
}

static gboolean
is_speech_word (Run   *run,
                guint  i)
{
  static const char * const before[] = {
    "kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "tegas", "imbuh", "tambah",
    "terang", "papar", "sebut", "menurut", "ujat", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (before);

  return token_in (run, i, &list);
}

/* "Bima mengatakan": a verb of speech after its doer. */
static gboolean
is_speech_verb_after (Run   *run,
                      guint  i)
{
  static const char * const after[] = {
    "mengatakan", "menjelaskan", "menyatakan", "menegaskan", "mengungkapkan", "menuturkan",
    "berkata", "menambahkan", "menyebut", "menilai", NULL
  };
  static RedaksiWordList list = REDAKSI_WORD_LIST (after);

  return token_in (run, i, &list);
}

static gboolean
is_speaker (Run     *run,
            Mention *m)
{
  guint i = m->first;

  /* Back over a role: "tutur Menlu Jerman Annalena Baerbock". */
  while (i > 0 && is_capitalised (run, i - 1) && !starts_sentence (run, i))
    i--;
  if (i > 0 && is_speech_word (run, i - 1))
    return TRUE;
  return m->end < run->n_tokens && is_speech_verb_after (run, m->end);
}

/* "dikatakan Bima", "diutarakan Bima": a passive of speech, whose doer
 * follows it, as the quote checker's cues list them. */
static gboolean
is_passive_speech_word (Run   *run,
                        guint  i)
{
  gsize len;
  const char *text = token_text (run, i, &len);
  char buf[32];

  return run->tokens[i].kind == REDAKSI_TOKEN_WORD && ner_ascii_lower (text, len, buf, sizeof buf)
         && _redaksi_quote_cue_kind (buf) == REDAKSI_CUE_PASSIVE;
}

/* Does the one-word mention @m speak: "diutarakan Bima", "kata Bima",
 * "Bima mengatakan"; not "Warga Bima mengatakan" or "Bupati Bima
 * mengatakan", whose word before makes it a place? */
static gboolean
speaks_alone (Run     *run,
              Mention *m)
{
  if (m->first > 0 && (is_speech_word (run, m->first - 1) || is_passive_speech_word (run, m->first - 1)))
    return TRUE;
  return is_speaker (run, m) && (m->first == 0 || run->tokens[m->first - 1].kind != REDAKSI_TOKEN_WORD);
}

/* "Inilah, diutarakan Bima, …" after "Pelatih timnas Bima Sakti": a
 * one-word place the gazetteer knows (Bima, a city in NTB) that is the
 * first name of a person the story names in full, where it speaks, is
 * that person. The names are gathered only when such a place speaks. */
static void
retype_speaking_first_names (Run *run)
{
  g_autoptr(WordSet) first_names = NULL;

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);

      if (m->type != REDAKSI_ENTITY_LOCATION || m->entry < 0 || m->cut != 0 || m->end != m->first + 1
          || !speaks_alone (run, m))
        continue;
      if (first_names == NULL)
        first_names = person_names_of (run, TRUE);
      if (word_set_has (first_names, words_hash (run, m->first, m->end)))
        {
          m->type = REDAKSI_ENTITY_PERSON;
          m->entry = -1;
        }
    }
}

/* Is the one-word mention @m said to speak: "kata Sudirman", "Sudirman
 * (yang) mengatakan", "Pelatih Persija, Sudirman"? */
static gboolean
speaks_as_person (Run     *run,
                  Mention *m)
{
  guint k, after = m->end;

  if (m->first > 0 && is_speech_word (run, m->first - 1))
    return TRUE;
  if (after < run->n_tokens && token_is (run, after, "yang"))
    after++;
  if (after < run->n_tokens && is_speech_verb_after (run, after))
    return TRUE;
  if (m->first < 3 || !token_is (run, m->first - 1, ","))
    return FALSE;
  for (k = m->first - 1; k > 0 && m->first - k <= 4 && is_capitalised (run, k - 1); k--)
    ;
  return k < m->first - 1 && (role_word (run, k) & (ROLE_WORD_OFFICE | ROLE_WORD_ROLE));
}

/* "di Sudirman", "Jalan Sudirman": the word written as a place. */
static gboolean
placed_at (Run     *run,
           Mention *m)
{
  static const char * const words[] = { "di", "ke", "dari", "jalan", "jl", "jln", "kawasan", "daerah", NULL };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  return m->first > 0 && token_in (run, m->first - 1, &list);
}

static gboolean
is_one_word_known_place (Run     *run,
                         Mention *m)
{
  const char *id;

  if (m->type != REDAKSI_ENTITY_LOCATION || m->entry < 0 || m->cut != 0 || m->end != m->first + 1)
    return FALSE;
  id = _redaksi_gazetteer_entry_id (run->tagger->gazetteer, (guint32) m->entry);
  return id == NULL;
}

/* A city or regency: "Kota Bekasi" or "Kabupaten Bekasi" is the
 * gazetteer's name for the same entry. */
static gboolean
is_region (Run     *run,
           Mention *m)
{
  static const char * const heads[] = { "Kota ", "Kabupaten ", NULL };
  const char *name = _redaksi_gazetteer_entry_name (run->tagger->gazetteer, (guint32) m->entry);

  for (guint i = 0; heads[i] != NULL; i++)
    {
      g_autofree char *region = g_strconcat (heads[i], name, NULL);
      const char *found;

      if (redaksi_gazetteer_lookup (run->tagger->gazetteer, region, NULL, &found, NULL) && g_str_equal (found, name))
        return TRUE;
    }
  return FALSE;
}

/* "Pelatih Persija, Sudirman yang menyebut …", "kata Sudirman": many
 * Indonesians go by one name, and a place the gazetteer knows by it
 * (an area of Jakarta) that the story has speak twice, and never names
 * as a place, is that person. One cue is not enough: a city may speak
 * for its government ("kata Bekasi"). Countries and provinces (the
 * entries with ids), cities and regencies stay places. */
static void
retype_speaking_mononyms (Run *run)
{
  g_autoptr(WordSet) once = NULL, twice = NULL, placed = NULL;

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      WordSet **set;
      guint64 h;

      if (!is_one_word_known_place (run, m) || !speaks_as_person (run, m))
        continue;
      h = words_hash (run, m->first, m->end);
      set = once != NULL && word_set_has (once, h) ? &twice : &once;
      if (*set == NULL)
        *set = word_set_new (16);
      word_set_add (*set, h);
    }
  if (twice == NULL)
    return;
  placed = word_set_new (16);
  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);

      if (is_one_word_known_place (run, m) && placed_at (run, m))
        word_set_add (placed, words_hash (run, m->first, m->end));
    }
  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      guint64 h;

      if (!is_one_word_known_place (run, m))
        continue;
      h = words_hash (run, m->first, m->end);
      if (word_set_has (twice, h) && !word_set_has (placed, h) && !is_region (run, m))
        {
          m->type = REDAKSI_ENTITY_PERSON;
          m->entry = -1;
        }
    }
}

static void
gather_entity_facts (Run *run)
{
  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      Entity *e = &g_array_index (run->entities, Entity, m->entity);

      e->mentions++;
      /* The dateline names the outlet and where it writes from, not
       * what the article is about: no bonus for coming first there. */
      if (!(run->tokens[m->first].flags & REDAKSI_TOKEN_FLAGS_DATELINE))
        e->first_offset = MIN (e->first_offset, run->tokens[m->first].start);
      if (e->type == REDAKSI_ENTITY_PERSON)
        {
          m->speaker = is_speaker (run, m);
          e->speaker += m->speaker;
          if (e->role == NULL)
            e->role = role_before (run, m->first, k);
        }
    }
}

/* Results */

/* Each entity's names, kept once in the results for its mentions and
 * its tag. */
typedef struct
{
  const char *canonical;
  const char *id;
  const char *role;
} KeptNames;

static KeptNames *
keep_names (Run                  *run,
            RedaksiTaggerResults *results)
{
  KeptNames *kept = g_new (KeptNames, MAX (run->entities->len, 1));

  for (guint k = 0; k < run->entities->len; k++)
    {
      Entity *e = &g_array_index (run->entities, Entity, k);

      kept[k].canonical = _redaksi_tagger_results_keep (results, e->canonical, -1);
      kept[k].id = _redaksi_tagger_results_keep (results, e->id, -1);
      kept[k].role = _redaksi_tagger_results_keep (results, e->role, -1);
    }
  return kept;
}

static void
add_entities (Run                  *run,
              RedaksiTaggerResults *results,
              const KeptNames      *kept)
{
  _redaksi_tagger_results_reserve (results, run->mentions->len);
  for (guint k = 0; k < run->mentions->len; k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      const KeptNames *names = &kept[m->entity];
      RedaksiEntityRecord record;
      gsize start, end;

      mention_bytes (run, m, &start, &end);
      /* The mention as written (mention_text()), without a copy of its own. */
      record.text = _redaksi_tagger_results_keep (results, run->text + start, end > start ? end - start : 0);
      record.canonical = names->canonical;
      record.id = names->id;
      record.role = names->role;
      record.type = g_array_index (run->entities, Entity, m->entity).type;
      _redaksi_document_fill_range (run->document, start, end, &record.range);
      _redaksi_tagger_results_add_entity (results, &record);
    }
}

static double
raw_salience (Run    *run,
              Entity *e)
{
  double position = e->first_offset < run->text_len
                      ? 1.0 - (double) e->first_offset / (double) run->text_len : 0;

  return e->mentions + 2.0 * position + 1.5 * e->speaker;
}

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  const RedaksiTagRecord *ta = a, *tb = b;

  if (ta->salience != tb->salience)
    return ta->salience < tb->salience ? 1 : -1;
  return g_strcmp0 (ta->name, tb->name);
}

static void
add_tags (Run                  *run,
          RedaksiTaggerResults *results,
          const KeptNames      *kept)
{
  double total = 0;

  for (guint e = 0; e < run->entities->len; e++)
    total += raw_salience (run, &g_array_index (run->entities, Entity, e));
  for (guint k = 0; k < run->entities->len; k++)
    {
      Entity *e = &g_array_index (run->entities, Entity, k);
      RedaksiTagRecord record = {
        kept[k].canonical, kept[k].id, kept[k].role,
        total > 0 ? raw_salience (run, e) / total : 0, e->mentions, e->type
      };

      _redaksi_tagger_results_add_tag (results, &record);
    }
  _redaksi_tagger_results_sort_tags (results, compare_tags);
}

static RedaksiTaggerResults *
make_results (Run *run)
{
  RedaksiTaggerResults *results = _redaksi_tagger_results_new ();
  g_autofree KeptNames *kept = keep_names (run, results);

  add_entities (run, results, kept);
  add_tags (run, results, kept);
  return results;
}

static void
entity_clear (gpointer data)
{
  Entity *e = data;

  g_free (e->canonical);
  g_free (e->role);
}

/* Each token's lower-case hash, as _redaksi_word_hashes() gives it;
 * in the same walk, those of the words written in lower case (their
 * first byte a lower-case letter), which lowercase_words() holds. */
static void
hash_words (Run *run)
{
  run->lower = _redaksi_new_large (guint64, MAX (run->n_tokens, 1));
  run->lower_words = _redaksi_new_large (guint64, MAX (run->n_tokens, 1));
  run->n_lower_words = 0;
  for (guint i = 0; i < run->n_tokens; i++)
    {
      const char *text = run->text + run->tokens[i].start;
      guint64 hash = _redaksi_word_hash_lower (text, run->tokens[i].end - run->tokens[i].start);

      run->lower[i] = hash;
      /* g_ascii_islower(), without a read of GLib's table; a token of
       * no hash has no byte to read. */
      if (hash != 0 && text[0] >= 'a' && text[0] <= 'z')
        run->lower_words[run->n_lower_words++] = hash;
    }
}

static void
run_init (Run             *run,
          RedaksiTagger   *self,
          RedaksiDocument *document)
{
  run->tagger = self;
  run->document = document;
  run->text = redaksi_document_get_text (document, &run->text_len);
  run->tokens = _redaksi_document_peek_tokens (document, &run->n_tokens);
  run->sentences = _redaksi_document_peek_sentences (document, &run->n_sentences);
  run->labels = _redaksi_new0_large (guint8, MAX (run->n_tokens, 1));
  run->excluded = _redaksi_new0_large (guint8, MAX (run->n_tokens, 1));
  run->matches = g_array_new (FALSE, FALSE, sizeof (RedaksiGazetteerMatch));
  run->mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  run->entities = g_array_new (FALSE, FALSE, sizeof (Entity));
  g_array_set_clear_func (run->entities, entity_clear);
  run->acronyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  run->unit_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  run->dated_events = g_hash_table_new (g_str_hash, g_str_equal);
  run->variants = _redaksi_variants_new ();
  run->headlines = g_new (gint8, MAX (run->n_sentences, 1));
  memset (run->headlines, -1, MAX (run->n_sentences, 1));
  hash_words (run);
  run->common = _redaksi_new_large (gint8, MAX (run->n_tokens, 1));
  memset (run->common, -1, MAX (run->n_tokens, 1));
  run->dictionary = _redaksi_new_large (gint8, MAX (run->n_tokens, 1));
  memset (run->dictionary, -1, MAX (run->n_tokens, 1));
  run->cues = _redaksi_new_large (gint8, MAX (run->n_tokens, 1));
  memset (run->cues, -1, MAX (run->n_tokens, 1));
}

static void
run_clear (Run *run)
{
  g_free (run->labels);
  g_free (run->excluded);
  g_array_unref (run->matches);
  g_array_unref (run->mentions);
  g_array_unref (run->entities);
  g_hash_table_unref (run->acronyms);
  caseless_clear (&run->entity_index);
  g_clear_pointer (&run->retired, g_ptr_array_unref);
  g_hash_table_unref (run->unit_names);
  g_hash_table_unref (run->dated_events);
  _redaksi_variants_free (run->variants);
  caseless_clear (&run->written);
  g_clear_pointer (&run->lowercase, word_set_free);
  g_free (run->line_openers);
  g_free (run->headlines);
  g_free (run->lower);
  g_free (run->lower_words);
  g_free (run->common);
  g_free (run->dictionary);
  g_free (run->cues);
}

RedaksiTaggerResults *
_redaksi_tagger_find (RedaksiTagger             *self,
                      RedaksiDocument           *document,
                      const RedaksiInsertTable  *inserts,
                      GCancellable              *cancellable,
                      GError                   **error)
{
  g_autoptr(RedaksiInsertTable) found = NULL;
  RedaksiTaggerResults *results = NULL;
  Run run = { 0 };
  gboolean cancelled;

  if (inserts == NULL)
    {
      inserts = found = _redaksi_insert_table_find (document, cancellable, error);
      if (found == NULL)
        return NULL;
    }
  run_init (&run, self, document);
  run.cancellable = cancellable;
  exclude_inserts (&run, inserts);
  label_document (&run);
  collect_labelled (&run);
  collect_gazetteer_only (&run);
  sort_mentions (run.mentions);
  drop_common_openers (&run);
  read_initials (&run);
  drop_unnamed_short_names (&run);
  collect_units (&run);
  extend_people (&run);
  join_adjacent_people (&run);
  join_nicknamed_people (&run);
  propagate_mentions (&run);
  find_acronyms (&run);
  if (run.nicknamed)
    tag_nicknames (&run);
  join_place_names (&run);
  join_regional_units (&run);
  join_named_facilities (&run);
  collect_division_lists (&run);
  join_field_lists (&run);
  join_company_names (&run);
  collect_known_pairs (&run);
  split_joined_names (&run);
  refresh_acronyms (&run);
  retype_places (&run);
  adopt_events (&run);
  extend_into_known_places (&run);
  find_dated_events (&run);
  retype_speaking_first_names (&run);
  retype_speaking_mononyms (&run);
  assign_entities (&run);
  gather_entity_facts (&run);
  /* A step cut short leaves mentions without entities: no results. */
  cancelled = run_cancelled (&run, 0);
  if (!cancelled)
    results = make_results (&run);
  run_clear (&run);
  if (cancelled)
    g_cancellable_set_error_if_cancelled (cancellable, error);
  return results;
}

gboolean
_redaksi_tagger_tag_excluding (RedaksiTagger             *self,
                               RedaksiDocument           *document,
                               const RedaksiInsertTable  *inserts,
                               GCancellable              *cancellable,
                               GPtrArray                **entities,
                               GPtrArray                **tags,
                               GError                   **error)
{
  g_autoptr(RedaksiTaggerResults) results = _redaksi_tagger_find (self, document, inserts,
                                                                  cancellable, error);

  if (results == NULL)
    return FALSE;
  if (entities)
    *entities = _redaksi_tagger_results_make_entities (results);
  if (tags)
    *tags = _redaksi_tagger_results_make_tags (results);
  return TRUE;
}

/**
 * redaksi_tagger_tag:
 * @self: a tagger
 * @document: the article
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Finds the entities of @document and ranks them as tags. Safe to call
 * from any thread; a long article stops soon after @cancellable fires.
 *
 * Returns: (transfer full): what the tagger found, or %NULL with @error
 *   set (%G_IO_ERROR_CANCELLED when @cancellable fired)
 */
RedaksiTagging *
redaksi_tagger_tag (RedaksiTagger    *self,
                    RedaksiDocument  *document,
                    GCancellable     *cancellable,
                    GError          **error)
{
  GPtrArray *entities = NULL, *tags = NULL;

  g_return_val_if_fail (REDAKSI_IS_TAGGER (self), NULL);
  g_return_val_if_fail (REDAKSI_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_redaksi_tagger_tag_excluding (self, document, NULL, cancellable, &entities, &tags, error))
    return NULL;
  return _redaksi_tagging_new (entities, tags);
}
