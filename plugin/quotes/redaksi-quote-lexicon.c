/* redaksi-quote-lexicon.c: cue words, titles and the Indonesian word list
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "redaksi-quote-lexicon-private.h"
#include "redaksi-quote-words-private.h"

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
parse_kind (const char *name,
            gsize       length)
{
  static const struct { const char *name; RedaksiCueKind kind; } kinds[] = {
    { "post_cue", REDAKSI_CUE_POST }, { "post_cue_nya", REDAKSI_CUE_POST_NYA },
    { "post_cue_pronoun", REDAKSI_CUE_POST }, { "reporting_verb", REDAKSI_CUE_VERB },
    { "passive_reporting", REDAKSI_CUE_PASSIVE }, { "according_to", REDAKSI_CUE_ACCORDING },
    { "source_attribution", REDAKSI_CUE_SOURCE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (strlen (kinds[i].name) == length && memcmp (kinds[i].name, name, length) == 0)
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

/* The weight: digits after optional blanks, as g_ascii_strtoull() reads
 * them, but never past the line's end. */
static guint
parse_weight (const char *p,
              const char *end)
{
  guint64 weight = 0;

  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  for (; p < end && g_ascii_isdigit (*p); p++)
    weight = MIN (weight * 10 + (guint64) (*p - '0'), G_MAXUINT);
  return (guint) weight;
}

/* `form \t kind \t base \t weight`, read where it lies: this runs in
 * every process that looks at a quote, and splitting each line into
 * copies cost more than the rest of the lexicon. */
static void
add_cue_line (Lexicon    *lexicon,
              const char *line,
              const char *end)
{
  const char *tabs[3];
  const char *p = line;
  g_autofree char *form = NULL;
  Cue *cue;

  if (line == end || line[0] == '#')
    return;
  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++, p++)
    if ((p = tabs[i] = memchr (p, '\t', (gsize) (end - p))) == NULL)
      return;
  form = g_strndup (line, (gsize) (tabs[0] - line));
  /* Two-word cues (kata dia) are found as a cue and a pronoun. */
  if (strchr (form, ' ') != NULL || g_hash_table_contains (lexicon->cues, form))
    return;
  cue = g_new0 (Cue, 1);
  cue->form = g_steal_pointer (&form);
  cue->kind = parse_kind (tabs[0] + 1, (gsize) (tabs[1] - tabs[0] - 1));
  cue->weight = parse_weight (tabs[2] + 1, end);
  g_hash_table_insert (lexicon->cues, cue->form, cue);
  if (cue->kind == REDAKSI_CUE_POST || cue->kind == REDAKSI_CUE_POST_NYA)
    g_ptr_array_add (lexicon->post, cue);
}

static void
load_cues (Lexicon *lexicon)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *p, *end;

  bytes = g_resources_lookup_data ("/id/redaksi/lexicon/quote-cues.tsv", 0, NULL);
  g_assert (bytes != NULL);
  p = g_bytes_get_data (bytes, NULL);
  end = p + g_bytes_get_size (bytes);
  while (p < end)
    {
      const char *newline = memchr (p, '\n', (gsize) (end - p));
      const char *line_end = newline != NULL ? newline : end;

      add_cue_line (lexicon, p, line_end);
      p = line_end + 1;
    }
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

typedef struct
{
  GHashTable *kinds;    /* word → RedaksiRoleKind */
  GHashTable *aliases;  /* "menkeu" ↔ "menteri keuangan" */
} Roles;

static void
add_role_line (Roles      *roles,
               const char *line)
{
  static const char *const kinds[] = { "", "office", "role", "body", "place", NULL };
  g_auto(GStrv) fields = NULL;

  if (line[0] == '#' || line[0] == '\0')
    return;
  fields = g_strsplit (line, "\t", 3);
  if (g_strv_length (fields) < 2 || g_hash_table_contains (roles->kinds, fields[0]))
    return;
  for (guint k = REDAKSI_ROLE_OFFICE; kinds[k] != NULL; k++)
    if (g_str_equal (g_strstrip (fields[1]), kinds[k]))
      g_hash_table_insert (roles->kinds, g_strdup (fields[0]), GUINT_TO_POINTER (k));
  if (fields[2] != NULL && *g_strstrip (fields[2]) != '\0')
    {
      g_hash_table_insert (roles->aliases, g_strdup (fields[0]), g_strdup (fields[2]));
      g_hash_table_insert (roles->aliases, g_strdup (fields[2]), g_strdup (fields[0]));
    }
}

static Roles *
get_roles (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    {
      Roles *roles = g_new0 (Roles, 1);
      g_autoptr(GBytes) bytes = g_resources_lookup_data ("/id/redaksi/lexicon/roles.tsv", 0, NULL);
      g_auto(GStrv) lines = NULL;

      g_assert (bytes != NULL);
      roles->kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      roles->aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        add_role_line (roles, lines[i]);
      g_once_init_leave (&once, (gsize) roles);
    }
  return (Roles *) once;
}

RedaksiRoleKind
_redaksi_quote_role_kind (const char *word)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (get_roles ()->kinds, word));
}

const char *
_redaksi_quote_role_alias (const char *office)
{
  return g_hash_table_lookup (get_roles ()->aliases, office);
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

static void
add_class (GHashTable *classes,
           const char *word,
           guint8      klass)
{
  guint8 old = (guint8) GPOINTER_TO_UINT (g_hash_table_lookup (classes, word));

  g_hash_table_insert (classes, (gpointer) word, GUINT_TO_POINTER (old | klass | QUOTE_CLASS_KNOWN));
}

/* Every word of the three lexicons with its class; the keys are the
 * lexicons' own strings, which live as long as the process. */
static GHashTable *
class_table (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    {
      GHashTable *classes = g_hash_table_new (g_str_hash, g_str_equal);
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, get_lexicon ()->cues);
      while (g_hash_table_iter_next (&iter, &key, &value))
        add_class (classes, key, (guint8) ((Cue *) value)->kind);
      g_hash_table_iter_init (&iter, get_roles ()->kinds);
      while (g_hash_table_iter_next (&iter, &key, &value))
        add_class (classes, key, (guint8) (GPOINTER_TO_UINT (value) << QUOTE_CLASS_ROLE_SHIFT));
      for (guint i = 0; titles[i] != NULL; i++)
        add_class (classes, titles[i], QUOTE_CLASS_TITLE);
      g_once_init_leave (&once, (gsize) classes);
    }
  return (GHashTable *) once;
}

guint8
_redaksi_quote_word_class (const char *word)
{
  return (guint8) GPOINTER_TO_UINT (g_hash_table_lookup (class_table (), word)) | QUOTE_CLASS_KNOWN;
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

typedef struct
{
  const char *text;
  gsize       length;
} Affix;

#define AFFIX(s) { s, sizeof s - 1 }

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
        && memcmp (word + length - suffixes[i].length, suffixes[i].text, suffixes[i].length) == 0
        && has_stem (word, length - suffixes[i].length))
      return TRUE;
  return FALSE;
}

static gboolean
has_prefix (const char  *word,
            gsize        length,
            const Affix *prefix)
{
  return length >= prefix->length && memcmp (word, prefix->text, prefix->length) == 0;
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

guint
_redaksi_quote_edit_distance (const char *a,
                              const char *b,
                              guint       limit)
{
  gsize n = strlen (a), m = strlen (b);
  guint small[512];
  g_autofree guint *heap = NULL;
  guint *d;

  if ((n > m ? n - m : m - n) > limit)
    return limit + 1;
  /* Every cell is written before it is read: no need to clear it. The
   * words compared are short, and their table fits on the stack. */
  d = (n + 1) * (m + 1) <= G_N_ELEMENTS (small) ? small : (heap = g_new (guint, (n + 1) * (m + 1)));
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
