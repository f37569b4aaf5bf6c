/* redaksi-quote-lexicon.c: cue words, titles and the Indonesian word list
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "redaksi-quote-lexicon-private.h"
#include "redaksi-quote-words-private.h"

/* Debian's hunspell-id (MPL-2.0, LibreOffice dictionaries), read at run
 * time so that no part of it is copied into redaksi. */
#define DEFAULT_WORD_LIST "/usr/share/hunspell/id_ID.dic"

/* The tables data/make-quote-lexicon.py makes of data/lexicon's cues,
 * roles and titles: strings are offsets + 1 into quote_lexicon_strings,
 * 0 meaning none. */
typedef struct
{
  guint32 word;
  guint32 alias;  /* the other form of an office ("menkeu" ↔ "menteri keuangan") */
  guint8  klass;  /* QUOTE_CLASS_* without QUOTE_CLASS_KNOWN */
} QuoteLexiconSlot;

typedef struct
{
  guint32 form;
  guint32 weight;  /* how often it follows a closing quote mark */
} QuoteLexiconPostCue;

#include "redaksi-quote-lexicon-table.h"

static const char *const pronouns[] = { "dia", "ia", "beliau", "mereka", NULL };

/* FNV-1a, as data/make-quote-lexicon.py hashes the words. */
static guint32
lexicon_hash (const char *word)
{
  guint32 h = 2166136261u;

  for (const char *p = word; *p != '\0'; p++)
    h = (h ^ (guchar) *p) * 16777619u;
  return h;
}

static const char *
lexicon_string (guint32 offset_plus_one)
{
  return offset_plus_one != 0 ? quote_lexicon_strings + offset_plus_one - 1 : NULL;
}

/* @word's slot, or NULL. The table is at most half full: a probe meets
 * an empty slot. */
static const QuoteLexiconSlot *
lexicon_slot (const char *word)
{
  const guint32 mask = QUOTE_LEXICON_N_SLOTS - 1;

  G_STATIC_ASSERT ((QUOTE_LEXICON_N_SLOTS & (QUOTE_LEXICON_N_SLOTS - 1)) == 0);
  for (guint32 i = lexicon_hash (word) & mask; quote_lexicon_slots[i].word != 0; i = (i + 1) & mask)
    if (strcmp (lexicon_string (quote_lexicon_slots[i].word), word) == 0)
      return &quote_lexicon_slots[i];
  return NULL;
}

static guint8
lexicon_class (const char *word)
{
  const QuoteLexiconSlot *slot = lexicon_slot (word);

  return slot != NULL ? slot->klass : 0;
}

/* Read on first use: many articles never need it. */
static RedaksiWordList *
get_words (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    {
      const char *path = g_getenv ("REDAKSI_WORD_LIST");

      g_once_init_leave (&once, (gsize) _redaksi_word_list_open (path != NULL ? path : DEFAULT_WORD_LIST,
                                                                 NULL));
    }
  return (RedaksiWordList *) once;
}

static gboolean
has_word_len (const char *word,
              gsize       length)
{
  return _redaksi_word_list_contains (get_words (), word, length);
}

static gboolean
has_word (const char *word)
{
  return has_word_len (word, strlen (word));
}

RedaksiCueKind
_redaksi_quote_cue_kind (const char *word)
{
  return (RedaksiCueKind) (lexicon_class (word) & QUOTE_CLASS_CUE_MASK);
}

RedaksiRoleKind
_redaksi_quote_role_kind (const char *word)
{
  return (RedaksiRoleKind) ((lexicon_class (word) >> QUOTE_CLASS_ROLE_SHIFT) & QUOTE_CLASS_ROLE_MASK);
}

const char *
_redaksi_quote_role_alias (const char *office)
{
  const QuoteLexiconSlot *slot = lexicon_slot (office);

  return slot != NULL ? lexicon_string (slot->alias) : NULL;
}

gboolean
_redaksi_quote_is_pronoun (const char *word)
{
  return g_strv_contains (pronouns, word);
}

guint8
_redaksi_quote_word_class (const char *word)
{
  return lexicon_class (word) | QUOTE_CLASS_KNOWN;
}

gboolean
_redaksi_quote_is_title (const char *word)
{
  char buf[64];
  g_autofree char *lower = NULL;
  gsize i;

  /* An ASCII word lowercases byte by byte, as g_utf8_strdown() would. */
  for (i = 0; word[i] != '\0' && i < sizeof buf - 1 && (guchar) word[i] < 0x80; i++)
    buf[i] = _redaksi_quote_ascii_lower (word[i]);
  buf[i] = '\0';
  if (word[i] != '\0')
    lower = g_utf8_strdown (word, -1);
  return (lexicon_class (lower != NULL ? lower : buf) & QUOTE_CLASS_TITLE) != 0;
}

static gboolean
has_stem (const char *word,
          gsize       length)
{
  /* The stems looked up are short; a table of longer ones would be wasted. */
  if (length < 2 || length >= 64)
    return FALSE;
  return has_word_len (word, length);
}

typedef struct
{
  const char *text;
  gsize       length;
} Affix;

#define AFFIX(s) { s, sizeof s - 1 }

/* Whether @affix is at @text: a loop of a few bytes, which most words
 * leave at the first, where a call to memcmp() would cost more than the
 * comparison. */
static inline gboolean
affix_at (const char  *text,
          const Affix *affix)
{
  for (gsize i = 0; i < affix->length; i++)
    if (text[i] != affix->text[i])
      return FALSE;
  return TRUE;
}

/* The commonest clitics and affixes; enough to know a word is ordinary,
 * not a morphological analysis. */
static gboolean
has_stem_without_suffix (const char *word,
                         gsize       length)
{
  static const Affix suffixes[] = { AFFIX (""), AFFIX ("nya"), AFFIX ("lah"), AFFIX ("kah"), AFFIX ("pun"),
                                    AFFIX ("ku"), AFFIX ("mu"), AFFIX ("kan"), AFFIX ("an"), AFFIX ("i"),
                                    AFFIX ("kannya"), AFFIX ("annya") };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (length > suffixes[i].length
        && affix_at (word + length - suffixes[i].length, &suffixes[i])
        && has_stem (word, length - suffixes[i].length))
      return TRUE;
  return FALSE;
}

static gboolean
has_prefix (const char  *word,
            gsize        length,
            const Affix *prefix)
{
  return length >= prefix->length && affix_at (word, prefix);
}

gboolean
_redaksi_quote_have_word_list (void)
{
  return _redaksi_word_list_get_n_words (get_words ()) > 0;
}

gboolean
_redaksi_quote_is_proper_word (const char *word)
{
  return has_word (word);
}

/* meN-/peN- drop the first consonant of the stem: menutup ← tutup,
 * memukul ← pukul, menyapu ← sapu, mengirim ← kirim. The stem is made
 * on the stack: a longer one than fits is no word of the list. */
static gboolean
has_nasal_stem (const char *lower,
                gsize       length)
{
  static const struct { Affix prefix; char consonant; } nasals[] = {
    { AFFIX ("men"), 't' }, { AFFIX ("mem"), 'p' }, { AFFIX ("meny"), 's' }, { AFFIX ("meng"), 'k' },
    { AFFIX ("pen"), 't' }, { AFFIX ("pem"), 'p' }, { AFFIX ("peny"), 's' }, { AFFIX ("peng"), 'k' },
  };
  char stem[128];

  for (guint i = 0; i < G_N_ELEMENTS (nasals); i++)
    if (has_prefix (lower, length, &nasals[i].prefix))
      {
        gsize rest = length - nasals[i].prefix.length;

        if (rest + 1 >= sizeof stem)
          continue;
        stem[0] = nasals[i].consonant;
        memcpy (stem + 1, lower + nasals[i].prefix.length, rest);
        stem[rest + 1] = '\0';
        if (has_stem_without_suffix (stem, rest + 1))
          return TRUE;
      }
  return FALSE;
}

/* The lower-case form of @word as g_utf8_strdown() gives it: on the
 * stack for a short ASCII word without an I (which a Turkic locale
 * lowercases to ı), else in *@heap. */
static const char *
lower_word (const char *word,
            char        buf[64],
            char      **heap)
{
  gsize i;

  for (i = 0; word[i] != '\0' && i < 63 && (guchar) word[i] < 0x80 && word[i] != 'I'; i++)
    buf[i] = _redaksi_quote_ascii_lower (word[i]);
  if (word[i] != '\0')
    return *heap = g_utf8_strdown (word, -1);
  buf[i] = '\0';
  return buf;
}

gboolean
_redaksi_quote_is_ordinary_word (const char *word)
{
  static const Affix prefixes[] = { AFFIX (""), AFFIX ("di"), AFFIX ("ke"), AFFIX ("se"), AFFIX ("ter"),
                                    AFFIX ("ber"), AFFIX ("be"), AFFIX ("me"), AFFIX ("mem"), AFFIX ("men"),
                                    AFFIX ("meng"), AFFIX ("meny"), AFFIX ("pe"), AFFIX ("per"), AFFIX ("pen"),
                                    AFFIX ("pem"), AFFIX ("peng") };
  char buf[64];
  g_autofree char *heap = NULL;
  const char *lower;
  gsize length;

  if (has_word (word))
    return TRUE;
  lower = lower_word (word, buf, &heap);
  length = strlen (lower);
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (has_prefix (lower, length, &prefixes[i])
        && has_stem_without_suffix (lower + prefixes[i].length, length - prefixes[i].length))
      return TRUE;
  return has_nasal_stem (lower, length);
}

/* Row @i of the distance table; returns the row's least cell. */
static inline guint
distance_row (const char *a,
              const char *b,
              guint      *d,
              gsize       m,
              gsize       i)
{
#define D(i, j) d[(i) * (m + 1) + (j)]
  guint row_min = D (i, 0) = i;

  for (gsize j = 1; j <= m; j++)
    {
      guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
      guint best = MIN (MIN (D (i - 1, j) + 1, D (i, j - 1) + 1), D (i - 1, j - 1) + cost);

      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        best = MIN (best, D (i - 2, j - 2) + 1);
      D (i, j) = best;
      row_min = MIN (row_min, best);
    }
  return row_min;
#undef D
}

/* Most words compared are far from the cue: once two rows in turn are
 * past @limit (a transposition reaches back two), every later cell is
 * too, and the table stops there. */
static guint
edit_distance (const char *a,
               gsize       n,
               const char *b,
               guint       limit)
{
  gsize m = strlen (b);
  guint small[512];
  g_autofree guint *heap = NULL;
  guint *d;
  guint previous_min = 0;

  if ((n > m ? n - m : m - n) > limit)
    return limit + 1;
  /* Every cell is written before it is read: no need to clear it. The
   * words compared are short, and their table fits on the stack. */
  d = (n + 1) * (m + 1) <= G_N_ELEMENTS (small) ? small : (heap = g_new (guint, (n + 1) * (m + 1)));
  for (gsize j = 0; j <= m; j++)
    d[j] = j;
  for (gsize i = 1; i <= n; i++)
    {
      guint row_min = distance_row (a, b, d, m, i);

      if (row_min > limit && previous_min > limit)
        return limit + 1;
      previous_min = row_min;
    }
  return MIN (d[n * (m + 1) + m], limit + 1);
}

guint
_redaksi_quote_edit_distance (const char *a,
                              const char *b,
                              guint       limit)
{
  return edit_distance (a, strlen (a), b, limit);
}

/* The bytes a word has, each as one bit of 64 (bytes that share their
 * low six bits share one). */
static inline guint64
byte_set (const char *word)
{
  guint64 set = 0;

  for (const guchar *p = (const guchar *) word; *p != '\0'; p++)
    set |= G_GUINT64_CONSTANT (1) << (*p & 63);
  return set;
}

/* The byte sets of the post-quote cues, made once for the process:
 * every misspelled cue is measured against all of them. */
static const guint64 *
cue_byte_sets (void)
{
  static guint64 sets[G_N_ELEMENTS (quote_lexicon_post)];
  static gsize made = 0;

  if (g_once_init_enter (&made))
    {
      for (guint i = 0; i < G_N_ELEMENTS (quote_lexicon_post); i++)
        sets[i] = byte_set (lexicon_string (quote_lexicon_post[i].form));
      g_once_init_leave (&made, 1);
    }
  return sets;
}

/* A bound for the edit distance that costs a few steps: an edit takes
 * one byte from a word and puts in one at most, so it changes their
 * sets by two bits at most, and words whose sets differ in more than
 * 2 × @limit bits are more than @limit edits apart. Most cues are told
 * apart from the word here, without the table. */
static inline gboolean
too_far_apart (guint64 word_set,
               guint64 cue_set,
               guint   limit)
{
  return (guint) __builtin_popcountll (word_set ^ cue_set) > 2 * limit;
}

const char *
_redaksi_quote_nearest_cue (const char *word)
{
  /* Short words are one typo from many others: allow less. */
  guint limit = g_utf8_strlen (word, -1) <= 5 ? 1 : 2;
  const QuoteLexiconPostCue *best = NULL;
  guint best_distance = limit + 1;
  gsize length = strlen (word);
  guint64 word_set = byte_set (word);
  const guint64 *cue_sets = cue_byte_sets ();

  for (guint i = 0; i < G_N_ELEMENTS (quote_lexicon_post); i++)
    {
      const QuoteLexiconPostCue *cue = &quote_lexicon_post[i];
      const char *form = lexicon_string (cue->form);
      /* Only a cue as near as the best so far can change the answer:
       * the narrower limit turns more away and lets the table stop
       * sooner. */
      guint bound = MIN (limit, best_distance);
      guint distance;

      if (too_far_apart (word_set, cue_sets[i], bound))
        continue;
      distance = edit_distance (word, length, form, bound);

      if (distance < best_distance
          || (distance == best_distance && best != NULL && cue->weight > best->weight))
        {
          best = cue;
          best_distance = distance;
        }
    }
  return best_distance <= limit ? lexicon_string (best->form) : NULL;
}
