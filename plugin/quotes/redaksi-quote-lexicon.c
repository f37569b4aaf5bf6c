/* redaksi-quote-lexicon.c: cue words, titles and the Indonesian word list
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "redaksi-quote-lexicon-private.h"

/* Debian's hunspell-id (MPL-2.0, LibreOffice dictionaries), read at run
 * time so that no part of it is copied into redaksi. */
#define DEFAULT_WORD_LIST "/usr/share/hunspell/id_ID.dic"

typedef struct
{
  char           *form;
  RedaksiCueKind  kind;
  guint           weight;
} Cue;

typedef struct
{
  GHashTable *cues;   /* form → Cue */
  GPtrArray  *post;   /* Cue of kinds POST and POST_NYA, for corrections */
} Lexicon;

/* The word list is used where the file lies (mapped, not copied) through
 * an open-addressing table of its entries' offsets: no string is copied
 * and nothing is allocated per word, so that a process checking one
 * article does not spend most of its life filling a GHashTable. */
typedef struct
{
  guint32 offset;  /* of the entry in the file */
  guint32 length;  /* 0: an empty slot */
} WordSlot;

typedef struct
{
  GMappedFile *file;
  const char  *data;
  WordSlot    *slots;
  guint32      mask;
  guint32      n_words;
} WordList;

static const char *const titles[] = {
  "menteri", "menlu", "mendag", "menkeu", "menko", "presiden", "wapres", "wakil",
  "direktur", "dirut", "ketua", "kepala", "gubernur", "bupati", "wali", "walikota",
  "sekretaris", "sekjen", "jenderal", "juru", "bicara", "jubir", "kapolri", "kapolda",
  "kapolres", "panglima", "komisaris", "ekonom", "analis", "pengamat", "deputi",
  "asisten", "staf", "khusus", "duta", "besar", "dubes", "anggota", "senator",
  "perdana", "pm", "raja", "ratu", "pangeran", "kanselir", "ketum", "dr.", "prof.",
  "ir.", "h.", "hj.", "kh", "pak", "bu", "ibu", "bapak", "mantan", "calon", "capres",
  "cawapres", "kapten", "kolonel", "brigjen", "mayjen", "letjen", "jenderal", "irjen",
  "kombes", "ajun", "ustaz", "ustad", "habib", "kiai", "gus", "sekda", "ceo", "direksi",
  "kepala", "manajer", "pelatih", "penyidik", "pejabat", "plt", "plh", "dirjen", "kabag",
  "kasubdit", "kadis", "kapuspen", "kabareskrim", "presdir", "wamen", "wamenlu", "dewan",
  "pendiri", "pemimpin", "pimpinan", "kuasa", "hukum", "pengacara", "jaksa", "hakim",
  /* Regions and bodies that end a title: Wakil Ketua DPRD Jatim … */
  "jatim", "jateng", "jabar", "jakarta", "sumut", "sumbar", "sumsel", "sulsel", "sulut",
  "sulteng", "kaltim", "kalbar", "kalsel", "kalteng", "diy", "bali", "papua", "aceh",
  "banten", "riau", "lampung", "jambi", "bengkulu", "gorontalo", "maluku", "polri", "polda",
  "polres", "polsek", "kemenkes", "kemenkeu", "kemendag", "kemenlu", "bulog", "pertamina",
  "puskesmas",
  NULL
};

static const char *const pronouns[] = { "dia", "ia", "beliau", "mereka", NULL };

static RedaksiCueKind
parse_kind (const char *name)
{
  static const struct { const char *name; RedaksiCueKind kind; } kinds[] = {
    { "post_cue", REDAKSI_CUE_POST }, { "post_cue_nya", REDAKSI_CUE_POST_NYA },
    { "post_cue_pronoun", REDAKSI_CUE_POST }, { "reporting_verb", REDAKSI_CUE_VERB },
    { "passive_reporting", REDAKSI_CUE_PASSIVE }, { "according_to", REDAKSI_CUE_ACCORDING },
    { "source_attribution", REDAKSI_CUE_SOURCE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].name, name))
      return kinds[i].kind;
  return REDAKSI_CUE_NONE;
}

static void
cue_free (gpointer data)
{
  Cue *cue = data;

  g_free (cue->form);
  g_free (cue);
}

static void
add_cue_line (Lexicon    *lexicon,
              const char *line)
{
  g_auto(GStrv) fields = NULL;
  Cue *cue;

  if (line[0] == '#' || line[0] == '\0')
    return;
  fields = g_strsplit (line, "\t", 4);
  /* Two-word cues (kata dia) are found as a cue and a pronoun. */
  if (g_strv_length (fields) < 4 || strchr (fields[0], ' ') != NULL
      || g_hash_table_contains (lexicon->cues, fields[0]))
    return;
  cue = g_new0 (Cue, 1);
  cue->form = g_strdup (fields[0]);
  cue->kind = parse_kind (fields[1]);
  cue->weight = (guint) g_ascii_strtoull (fields[3], NULL, 10);
  g_hash_table_insert (lexicon->cues, cue->form, cue);
  if (cue->kind == REDAKSI_CUE_POST || cue->kind == REDAKSI_CUE_POST_NYA)
    g_ptr_array_add (lexicon->post, cue);
}

static void
load_cues (Lexicon *lexicon)
{
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;

  bytes = g_resources_lookup_data ("/id/redaksi/lexicon/quote-cues.tsv", 0, NULL);
  g_assert (bytes != NULL);
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    add_cue_line (lexicon, lines[i]);
}

#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u

static inline guint32
hash_done (guint32 h)
{
  return h ^ (h >> 15);
}

static guint32
word_hash (const char *word,
           gsize       length)
{
  guint32 h = FNV_BASIS;

  for (gsize i = 0; i < length; i++)
    h = (h ^ (guchar) word[i]) * FNV_PRIME;
  return hash_done (h);
}

static WordSlot *
word_slot (const WordList *list,
           const char     *word,
           gsize           length,
           guint32         hash)
{
  guint32 i = hash & list->mask;

  for (;; i = (i + 1) & list->mask)
    {
      WordSlot *slot = &list->slots[i];

      if (slot->length == 0
          || (slot->length == length && memcmp (list->data + slot->offset, word, length) == 0))
        return slot;
    }
}

static void
grow_words (WordList *list)
{
  WordSlot *old = list->slots;
  guint32 old_size = list->mask + 1;

  list->mask = old_size * 2 - 1;
  list->slots = g_new0 (WordSlot, (gsize) old_size * 2);
  for (guint32 i = 0; i < old_size; i++)
    if (old[i].length != 0)
      {
        const char *word = list->data + old[i].offset;

        *word_slot (list, word, old[i].length, word_hash (word, old[i].length)) = old[i];
      }
  g_free (old);
}

static void
add_word (WordList   *list,
          const char *word,
          gsize       length,
          guint32     hash)
{
  WordSlot *slot = word_slot (list, word, length, hash);

  if (slot->length != 0)
    return;
  slot->offset = (guint32) (word - list->data);
  slot->length = (guint32) length;
  /* At most half full, so that probes stay short. */
  if (++list->n_words * 2 > list->mask)
    grow_words (list);
}

/* The first line is the entry count (a hint for the table's size); each
 * entry is `stem[/flags]`. One pass, hashing the stem as it is read. */
static void
index_words (WordList *list,
             gsize     size)
{
  const char *p = list->data, *end = list->data + size;
  guint64 hint = 0;
  guint32 table = 16;

  /* The mapping has no NUL after it: the count is read by hand, and
   * trusted no further than the file's size allows (an entry and its
   * newline take two bytes). */
  for (; p < end && g_ascii_isdigit (*p) && hint <= size; p++)
    hint = hint * 10 + (guint64) (*p - '0');
  hint = MIN (hint, size / 2);
  while (table < MIN (hint, 1u << 22) * 2)
    table *= 2;
  list->mask = table - 1;
  list->slots = g_new0 (WordSlot, table);
  while (p < end && *p != '\n')
    p++;
  while (p < end)
    {
      const char *word = ++p;
      guint32 h = FNV_BASIS;

      while (p < end && *p != '\n' && *p != '/' && *p != '\r' && *p != '\0')
        h = (h ^ (guchar) *p++) * FNV_PRIME;
      if (p > word)
        add_word (list, word, (gsize) (p - word), hash_done (h));
      while (p < end && *p != '\n')
        p++;
    }
}

static WordList *
load_words (void)
{
  const char *path = g_getenv ("REDAKSI_WORD_LIST");
  WordList *list = g_new0 (WordList, 1);
  gsize size;

  list->file = g_mapped_file_new (path != NULL ? path : DEFAULT_WORD_LIST, FALSE, NULL);
  size = list->file != NULL ? g_mapped_file_get_length (list->file) : 0;
  /* Offsets are 32-bit; no word list is that large. */
  if (size == 0 || size >= G_MAXUINT32)
    {
      g_clear_pointer (&list->file, g_mapped_file_unref);
      return list;
    }
  list->data = g_mapped_file_get_contents (list->file);
  index_words (list, size);
  return list;
}

/* Read on first use: many articles never need it. */
static WordList *
get_words (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    g_once_init_leave (&once, (gsize) load_words ());
  return (WordList *) once;
}

static gboolean
has_word_len (const char *word,
              gsize       length)
{
  const WordList *list = get_words ();

  return list->n_words > 0 && length > 0
         && word_slot (list, word, length, word_hash (word, length))->length != 0;
}

static gboolean
has_word (const char *word)
{
  return has_word_len (word, strlen (word));
}

static Lexicon *
get_lexicon (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    {
      Lexicon *lexicon = g_new0 (Lexicon, 1);

      lexicon->cues = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, cue_free);
      lexicon->post = g_ptr_array_new ();
      load_cues (lexicon);
      g_once_init_leave (&once, (gsize) lexicon);
    }
  return (Lexicon *) once;
}

RedaksiCueKind
_redaksi_quote_cue_kind (const char *word)
{
  Cue *cue = g_hash_table_lookup (get_lexicon ()->cues, word);

  return cue != NULL ? cue->kind : REDAKSI_CUE_NONE;
}

static gboolean
in_list (const char *const *list,
         const char        *word)
{
  return g_strv_contains (list, word);
}

gboolean
_redaksi_quote_is_pronoun (const char *word)
{
  return in_list (pronouns, word);
}

/* Asked for nearly every capitalised word near a quote: a set built
 * once, not a walk through the list each time. */
static GHashTable *
title_set (void)
{
  static gsize once = 0;
  static GHashTable *set = NULL;

  if (g_once_init_enter (&once))
    {
      set = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; titles[i] != NULL; i++)
        g_hash_table_add (set, (gpointer) titles[i]);
      g_once_init_leave (&once, 1);
    }
  return set;
}

gboolean
_redaksi_quote_is_title (const char *word)
{
  char buf[64];
  g_autofree char *lower = NULL;
  gsize i;

  /* An ASCII word lowercases byte by byte, as g_utf8_strdown() would. */
  for (i = 0; word[i] != '\0' && i < sizeof buf - 1 && (guchar) word[i] < 0x80; i++)
    buf[i] = g_ascii_tolower (word[i]);
  buf[i] = '\0';
  if (word[i] != '\0')
    lower = g_utf8_strdown (word, -1);
  return g_hash_table_contains (title_set (), lower != NULL ? lower : buf);
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

/* The commonest clitics and affixes; enough to know a word is ordinary,
 * not a morphological analysis. */
static gboolean
has_stem_without_suffix (const char *word)
{
  static const char *const suffixes[] = { "", "nya", "lah", "kah", "pun", "ku", "mu",
                                          "kan", "an", "i", "kannya", "annya", NULL };
  gsize length = strlen (word);

  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      gsize suffix = strlen (suffixes[i]);

      if (length > suffix && g_str_has_suffix (word, suffixes[i])
          && has_stem (word, length - suffix))
        return TRUE;
    }
  return FALSE;
}

gboolean
_redaksi_quote_have_word_list (void)
{
  return get_words ()->n_words > 0;
}

gboolean
_redaksi_quote_is_proper_word (const char *word)
{
  return has_word (word);
}

/* meN-/peN- drop the first consonant of the stem: menutup ← tutup,
 * memukul ← pukul, menyapu ← sapu, mengirim ← kirim. */
static gboolean
has_nasal_stem (const char *lower)
{
  static const struct { const char *prefix; const char *consonant; } nasals[] = {
    { "men", "t" }, { "mem", "p" }, { "meny", "s" }, { "meng", "k" },
    { "pen", "t" }, { "pem", "p" }, { "peny", "s" }, { "peng", "k" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (nasals); i++)
    if (g_str_has_prefix (lower, nasals[i].prefix))
      {
        g_autofree char *stem = g_strconcat (nasals[i].consonant, lower + strlen (nasals[i].prefix), NULL);

        if (has_stem_without_suffix (stem))
          return TRUE;
      }
  return FALSE;
}

gboolean
_redaksi_quote_is_ordinary_word (const char *word)
{
  static const char *const prefixes[] = { "", "di", "ke", "se", "ter", "ber", "be", "me",
                                          "mem", "men", "meng", "meny", "pe", "per", "pen",
                                          "pem", "peng", NULL };
  g_autofree char *lower = g_utf8_strdown (word, -1);

  if (has_word (word))
    return TRUE;
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (lower, prefixes[i])
        && has_stem_without_suffix (lower + strlen (prefixes[i])))
      return TRUE;
  return has_nasal_stem (lower);
}

guint
_redaksi_quote_edit_distance (const char *a,
                              const char *b,
                              guint       limit)
{
  gsize n = strlen (a), m = strlen (b);
  g_autofree guint *d = NULL;

  if ((n > m ? n - m : m - n) > limit)
    return limit + 1;
  d = g_new0 (guint, (n + 1) * (m + 1));
#define D(i, j) d[(i) * (m + 1) + (j)]
  for (gsize i = 0; i <= n; i++)
    D (i, 0) = i;
  for (gsize j = 0; j <= m; j++)
    D (0, j) = j;
  for (gsize i = 1; i <= n; i++)
    for (gsize j = 1; j <= m; j++)
      {
        guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
        guint best = MIN (MIN (D (i - 1, j) + 1, D (i, j - 1) + 1), D (i - 1, j - 1) + cost);

        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          best = MIN (best, D (i - 2, j - 2) + 1);
        D (i, j) = best;
      }
  return MIN (D (n, m), limit + 1);
#undef D
}

const char *
_redaksi_quote_nearest_cue (const char *word)
{
  GPtrArray *post = get_lexicon ()->post;
  /* Short words are one typo from many others: allow less. */
  guint limit = g_utf8_strlen (word, -1) <= 5 ? 1 : 2;
  const Cue *best = NULL;
  guint best_distance = limit + 1;

  for (guint i = 0; i < post->len; i++)
    {
      const Cue *cue = g_ptr_array_index (post, i);
      guint distance = _redaksi_quote_edit_distance (word, cue->form, limit);

      if (distance < best_distance
          || (distance == best_distance && best != NULL && cue->weight > best->weight))
        {
          best = cue;
          best_distance = distance;
        }
    }
  return best_distance <= limit ? best->form : NULL;
}
