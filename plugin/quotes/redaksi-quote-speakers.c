/* redaksi-quote-speakers.c: names in the article, and who a speaker is
 *
 * The quote analysis needs the entity analysis: the names are its
 * entities (RedaksiEntity objects, read through their getters), PERSON
 * ones as speakers, with their canonical names. When it found none, the
 * names are the article's capitalised word runs with leading titles
 * dropped, and a short name is joined to the fullest earlier name that
 * has all its words ("Antony" → "Antony Blinken").
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "redaksi-quote-lexicon-private.h"
#include "redaksi-entity-private.h"
#include "redaksi-quote-scan-private.h"

typedef struct
{
  guint     start;      /* text offsets */
  guint     end;
  guint     paragraph;
  const char *text;     /* in the strings of its RedaksiQuoteSpeakers */
  const char *canonical;  /* the tagger's name (the entity's string), or NULL */
  guint     n_words;
  /* The text's words, cut at its spaces as g_strsplit() cuts: @n_pieces
   * strings one after another, each ended by its NUL. */
  const char *pieces;
  guint     n_pieces;
  gboolean  person;
  RedaksiEntityType type;      /* the tagger's, or PERSON/MISC by the fallback's guess */
  guint     token;             /* its first token */
  gboolean  candidate;         /* a person speaking or the subject of a clause */
} Mention;

/* Words of the article's names, each to a number other than 0: open
 * addressing over the words' own strings (kept in the speakers' string
 * chunk, not copied). An article has a few dozen such words; a
 * GHashTable's calls and its growth from eight slots cost more than
 * looking them up. */
typedef struct
{
  const char *word;   /* NULL: an empty slot */
  guint       hash;
  guint       value;
} WordSlot;

typedef struct
{
  WordSlot *slots;
  guint     mask;
  guint     used;
} WordIndex;

/* g_str_hash()'s function, inline. */
static guint
word_hash (const char *word)
{
  guint h = 5381;

  for (const guchar *p = (const guchar *) word; *p != '\0'; p++)
    h = (h << 5) + h + *p;
  return h;
}

/* Room for about @n words before the index grows. */
static void
word_index_init (WordIndex *index,
                 guint      n)
{
  guint size = 16;

  while (size < 2 * n && size < (1u << 30))
    size *= 2;
  index->slots = g_new0 (WordSlot, size);
  index->mask = size - 1;
  index->used = 0;
}

static WordSlot *
word_index_slot (const WordIndex *index,
                 const char      *word,
                 guint            hash)
{
  guint k = hash & index->mask;

  while (index->slots[k].word != NULL
         && !(index->slots[k].hash == hash && strcmp (index->slots[k].word, word) == 0))
    k = (k + 1) & index->mask;
  return &index->slots[k];
}

/* @word's number, or 0. */
static guint
word_index_lookup (const WordIndex *index,
                   const char      *word)
{
  return word_index_slot (index, word, word_hash (word))->value;
}

static void
word_index_grow (WordIndex *index)
{
  WordSlot *old = index->slots;
  guint size = index->mask + 1;

  index->slots = g_new0 (WordSlot, 2 * size);
  index->mask = 2 * size - 1;
  for (guint k = 0; k < size; k++)
    if (old[k].word != NULL)
      *word_index_slot (index, old[k].word, old[k].hash) = old[k];
  g_free (old);
}

/* Gives @word (which must outlive the index) the number @value unless
 * it has one; returns the number it has then. */
static guint
word_index_add (WordIndex  *index,
                const char *word,
                guint       value)
{
  guint hash = word_hash (word);
  WordSlot *slot = word_index_slot (index, word, hash);

  if (slot->word != NULL)
    return slot->value;
  *slot = (WordSlot) { word, hash, value };
  if (++index->used * 2 > index->mask + 1)
    word_index_grow (index);
  return value;
}

/* An office key and a person introduced with it. */
typedef struct
{
  guint key;
  guint mention;
} OfficeHolder;

/* One longer person name with a word, and the next name with it: a
 * word's names chained through one array rather than an array each. */
typedef struct
{
  guint mention;
  guint next;   /* the next Posting of the word, or NO_TOKEN */
  guint last;   /* in the word's first Posting: its last one */
} Posting;

struct _RedaksiQuoteSpeakers
{
  QuoteScan  *scan;
  /* The mentions' texts and words: one block freed at once, not a few
   * strings a mention. */
  GStringChunk *strings;
  GArray     *mentions;  /* Mention, in text order */
  WordIndex   by_word;   /* word → 1 + its first Posting */
  GArray     *postings;  /* Posting: the longer person names by word, chained */
  WordIndex   by_office; /* "kapolda jawa timur" → its number, from 1 */
  /* OfficeHolder: each office key with each person it introduced; once
   * the index is made, sorted by key and then text order, a key's
   * holders from office_first[key - 1] to office_first[key]. */
  GArray     *holders;
  guint      *office_first;
  WordIndex   first_person; /* word → index + 1 of the earliest tagged person name of two words or more with it */
  guint      *person;    /* per mention: the last candidate up to it, or NO_TOKEN */
};

/* A day's name ("kata wartawan pada Rabu") is when, never who. */
static gboolean
is_day_token (QuoteScan *scan,
              guint      t)
{
  static const char *const days[] = { "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu",
                                      "minggu", "ahad", NULL };

  return _redaksi_quote_token_lower_in (scan, t, days);
}

static gboolean
is_name_token (QuoteScan *scan,
               guint      t)
{
  const RedaksiToken *token = &scan->tokens[t];

  if (token->kind != REDAKSI_TOKEN_WORD
      || !(token->flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
      || (token->flags & REDAKSI_TOKEN_FLAGS_DATELINE) || is_day_token (scan, t))
    return FALSE;
  return _redaksi_quote_token_cue (scan, t) == REDAKSI_CUE_NONE;
}

static gboolean
token_is_ordinary (QuoteScan *scan,
                   guint      t)
{
  const RedaksiToken *token = &scan->tokens[t];
  g_autofree char *word = g_strndup (scan->text + token->start, token->end - token->start);

  return _redaksi_quote_is_ordinary_word (word);
}

static RedaksiRoleKind
role_kind (QuoteScan *scan,
           guint      t)
{
  if (scan->tokens[t].kind != REDAKSI_TOKEN_WORD)
    return REDAKSI_ROLE_NONE;
  return _redaksi_quote_token_role (scan, t);
}

static gboolean
token_is_title (QuoteScan *scan,
                guint      t)
{
  RedaksiRoleKind kind;

  if ((scan->tokens[t].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE) || _redaksi_quote_token_in_titles (scan, t))
    return TRUE;
  kind = role_kind (scan, t);
  return kind == REDAKSI_ROLE_OFFICE || kind == REDAKSI_ROLE_ROLE;
}

gboolean
_redaksi_quote_is_title_token (QuoteScan *scan,
                               guint      t)
{
  return scan->tokens[t].kind != REDAKSI_TOKEN_WORD || token_is_title (scan, t);
}

/* Drops the titles before a name: "Menlu Jerman Annalena Baerbock" →
 * "Annalena Baerbock", "Kepala Puskesmas Tambaksari dr. Retno Wulan" →
 * "Retno Wulan". Everything up to the last title goes; then ordinary
 * words of the title phrase, but two words stay unless one is a title,
 * so "Sri Mulyani" keeps "Sri". */
static guint
strip_titles (QuoteScan *scan,
              guint      start,
              guint      end)
{
  guint first = start;
  gboolean in_title = FALSE;

  for (guint t = end - 1; t > start; t--)
    if (token_is_title (scan, t - 1))
      {
        start = t;
        in_title = TRUE;
        break;
      }
  while (end - start > 1)
    {
      gboolean title = token_is_title (scan, start);

      /* PT Pertamina (Persero) Nicke Widyawati */
      if (end - start > 3 && _redaksi_quote_token_is (scan, start, "(")
          && _redaksi_quote_token_is (scan, start + 2, ")"))
        {
          start += 3;
          continue;
        }
      if (!title && !(in_title && token_is_ordinary (scan, start)))
        break;
      if (!title && end - start <= 2)
        break;
      in_title = TRUE;
      start++;
    }
  /* "… Review (IPR) Ujang Komarudin" after the title's last word: the
   * name starts at a word, past the aside's bracket. */
  while (end - start > 1 && scan->tokens[start].kind != REDAKSI_TOKEN_WORD)
    start++;
  /* Only a title is left ("Kapolri Jenderal"): the role is the speaker. */
  return end - start == 1 && token_is_title (scan, start) ? first : start;
}

/* Inside a run, a capitalised cue word is a name ("Gitadi Tegas") and a
 * lower-case title abbreviation belongs to it ("Puskesmas dr. Retno"). */
static gboolean
continues_name (QuoteScan *scan,
                guint      t)
{
  const RedaksiToken *token = &scan->tokens[t];

  if (token->kind != REDAKSI_TOKEN_WORD || (token->flags & REDAKSI_TOKEN_FLAGS_DATELINE))
    return FALSE;
  return (token->flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
         || ((token->flags & REDAKSI_TOKEN_FLAGS_ABBREVIATION) && token_is_title (scan, t));
}

/* "(Pol)", "(Persero)": a one-word aside inside a title and name. */
static gboolean
is_aside (QuoteScan *scan,
          guint      t,
          guint      end)
{
  return t + 3 < end && _redaksi_quote_token_is (scan, t, "(")
         && scan->tokens[t + 1].kind == REDAKSI_TOKEN_WORD
         && _redaksi_quote_token_is (scan, t + 2, ")") && continues_name (scan, t + 3);
}

static guint
run_forward (QuoteScan *scan,
             guint      t,
             guint      end)
{
  if (t < end && is_name_token (scan, t))
    t++;
  while (t < end && (continues_name (scan, t) || is_aside (scan, t, end)))
    t += continues_name (scan, t) ? 1 : 3;
  return t;
}

/* Lower-case role words may come before the name: "kata pengamat
 * ekonomi Faisal Basri". */
static guint
skip_role_words (QuoteScan *scan,
                 guint      t,
                 guint      end)
{
  for (guint skipped = 0; skipped < 4 && t < end; skipped++, t++)
    {
      const RedaksiToken *token = &scan->tokens[t];

      if (is_name_token (scan, t))
        return t;
      if (token->kind != REDAKSI_TOKEN_WORD
          || !(token_is_title (scan, t) || token_is_ordinary (scan, t)))
        break;
    }
  return t < end && is_name_token (scan, t) ? t : NO_TOKEN;
}

gboolean
_redaksi_quote_find_name (QuoteScan *scan,
                          guint      start,
                          guint      end,
                          gboolean   forward,
                          guint     *name_start,
                          guint     *name_end)
{
  guint first, last;

  if (start >= end)
    return FALSE;
  if (forward)
    {
      first = skip_role_words (scan, start, end);
      if (first == NO_TOKEN)
        return FALSE;
      last = run_forward (scan, first, end);
    }
  else
    {
      last = end;
      for (first = end; first > start && is_name_token (scan, first - 1); first--)
        ;
      if (first == last)
        return FALSE;
    }
  *name_start = strip_titles (scan, first, last);
  *name_end = last;
  return TRUE;
}

/* The text from @start to @end as the mention's text and words. */
static void
set_text (RedaksiQuoteSpeakers *self,
          Mention              *mention,
          guint                 start,
          guint                 end)
{
  const char *text = self->scan->text + start;
  char *pieces;

  mention->text = g_string_chunk_insert_len (self->strings, text, end - start);
  /* g_strsplit() gives no word at all for an empty text, and the text
   * itself for one without a space: most names are one word. */
  mention->n_pieces = end > start;
  mention->pieces = mention->text;
  if (strchr (mention->text, ' ') == NULL)
    return;
  pieces = g_string_chunk_insert_len (self->strings, text, end - start);
  for (char *p = pieces; *p != '\0'; p++)
    if (*p == ' ')
      {
        *p = '\0';
        mention->n_pieces++;
      }
  mention->pieces = pieces;
}

/* The word after @piece among a mention's pieces. */
static const char *
next_piece (const char *piece)
{
  return piece + strlen (piece) + 1;
}

static gboolean
has_piece (const Mention *mention,
           const char    *word)
{
  const char *piece = mention->pieces;

  for (guint w = 0; w < mention->n_pieces; w++, piece = next_piece (piece))
    if (g_str_equal (piece, word))
      return TRUE;
  return FALSE;
}

/* di Pasar Induk, ke Jawa Tengah, pada Hari Senin: places and times. */
static gboolean
after_place_word (QuoteScan *scan,
                  guint      first)
{
  static const char *const prepositions[] = { "di", "ke", "dari", "pada", "dalam", "menuju",
                                              "antara", "sejak", "hingga", "sampai", "wilayah",
                                              "kota", "provinsi", "kabupaten", "negara", NULL };

  if (first == 0 || first == _redaksi_quote_scan_stretch_first (scan, first))
    return FALSE;
  return _redaksi_quote_token_lower_in (scan, first - 1, prepositions);
}

/* A word with a capital that the word list has as written. An ASCII
 * word changes when lowercased exactly when it has a capital; only
 * others are lowercased to know. */
static gboolean
token_is_proper_word (QuoteScan *scan,
                      guint      t)
{
  const RedaksiToken *token = &scan->tokens[t];
  const char *text = scan->text + token->start;
  gsize length = token->end - token->start, i;
  gboolean capital = FALSE;
  g_autofree char *word = NULL, *lower = NULL;
  char buf[QUOTE_LOWER_SIZE];

  for (i = 0; i < length && (guchar) text[i] < 0x80; i++)
    capital |= g_ascii_isupper (text[i]);
  if (i == length && !capital)
    return FALSE;
  if (i == length && length < sizeof buf)
    {
      memcpy (buf, text, length);
      buf[length] = '\0';
      return _redaksi_quote_is_proper_word (buf);
    }
  word = g_strndup (text, length);
  lower = g_utf8_strdown (word, -1);
  return !g_str_equal (word, lower) && _redaksi_quote_is_proper_word (word);
}

/* Proper nouns of the word list (Jerman, Eropa, Kamis) name places,
 * peoples and days, not persons. */
static gboolean
has_proper_word (QuoteScan *scan,
                 guint      first,
                 guint      end)
{
  for (guint t = first; t < end; t++)
    if (token_is_proper_word (scan, t))
      return TRUE;
  return FALSE;
}

static gboolean
has_title (QuoteScan *scan,
           guint      start,
           guint      end)
{
  for (guint t = start; t < end; t++)
    if (token_is_title (scan, t))
      return TRUE;
  return FALSE;
}

/* The name after the comma in "kata pengacara Lisa, Andi Wibowo": it
 * follows the comma at once and is no day or place ("…, Senin"). After
 * a rank ("…, Kompol Muhammad Taufik") it is a person's, even with a
 * word the word list has as a proper noun (Muhammad). */
static gboolean
apposed_name (QuoteScan *scan,
              guint      t,
              guint      end,
              guint     *name_start,
              guint     *name_end)
{
  guint last, first;

  /* Days are no name token already (is_day_token()). */
  static const char *const months[] = { "januari", "februari", "maret", "april", "mei", "juni", "juli",
                                         "agustus", "september", "oktober", "november", "desember", NULL };

  if (t >= end || !is_name_token (scan, t) || _redaksi_quote_token_lower_in (scan, t, months))
    return FALSE;
  last = run_forward (scan, t, end);
  first = strip_titles (scan, t, last);
  if (has_title (scan, first, last) || (first == t && has_proper_word (scan, first, last)))
    return FALSE;
  *name_start = first;
  *name_end = last;
  return TRUE;
}

static gboolean
has_dan (QuoteScan *scan,
         guint      start,
         guint      end)
{
  for (guint t = start; t < end; t++)
    if (_redaksi_quote_token_is (scan, t, "dan"))
      return TRUE;
  return FALSE;
}

/* The comma that ends a title phrase running on past the name found
 * in it: "Direktur Teknologi dan Operasional Bank Mandiri, Sasmita",
 * "Pengamat Ekonomi dari Indef, Enny Sri Hartati" (the body a title
 * holder comes "dari"). */
static guint
title_comma (QuoteScan *scan,
             guint      start,
             guint      name_end,
             guint      end)
{
  if (!has_title (scan, start, name_end))
    return NO_TOKEN;
  for (guint t = name_end; t + 1 < end && t < name_end + 8; t++)
    {
      if (_redaksi_quote_token_is (scan, t, ","))
        return t;
      /* "…, kata Menkeu di Istana Negara, Selasa": a place and a time. */
      if (!(scan->tokens[t].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED) && !_redaksi_quote_token_is (scan, t, "dan")
          && !_redaksi_quote_token_is (scan, t, "dari")
          && !_redaksi_quote_token_is (scan, t, "(") && !_redaksi_quote_token_is (scan, t, ")"))
        break;
    }
  return NO_TOKEN;
}

/* "Kabag Pemberitaan dan Publikasi KPK Priharsa Nugraha", "Wakil Ketua
 * Bidang Organisasi, Keanggotaan, dan Pemberdayaan Daerah Kadin X": a
 * title names its fields in a list, and the name comes after the last.
 * The end of the list, or @name_end when the words are no such title. */
static guint
title_list_end (QuoteScan *scan,
                guint      start,
                guint      name_end,
                guint      end)
{
  guint t = name_end, last = name_end;
  gboolean closed = FALSE;

  if (!has_title (scan, start, name_end))
    return name_end;
  while (t < end)
    {
      guint next = t;

      /* "… Kedaruratan dan Logistik BPBD Kabupaten Bogor, Jalaludin": the
       * list is closed by its "dan"; a comma after that sets off the
       * name. */
      if (_redaksi_quote_token_is (scan, next, ","))
        {
          if (closed)
            break;
          next++;
        }
      if (next < end && _redaksi_quote_token_is (scan, next, "dan"))
        {
          next++;
          closed = TRUE;
        }
      if (next == t || next >= end || !is_name_token (scan, next))
        break;
      t = last = run_forward (scan, next, end);
    }
  return last;
}

/* "dr", "drg.", "ir.", "pak": a short title of the title list written in
 * lower case, right before a name. */
static gboolean
is_honorific (QuoteScan *scan,
              guint      t)
{
  const RedaksiToken *token = &scan->tokens[t];

  return token->kind == REDAKSI_TOKEN_WORD && !(token->flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
         && token->end - token->start <= 4 && _redaksi_quote_token_in_titles (scan, t);
}

/* "kata Direktur Keuangan BLTA, Kevin Wong di Jakarta", "kata pengacara
 * Lisa, Andi Wibowo": after a title and a comma comes the name itself;
 * the words before the comma were the title (Lisa's lawyer). */
gboolean
_redaksi_quote_find_speaker (QuoteScan *scan,
                             guint      start,
                             guint      end,
                             guint     *name_start,
                             guint     *name_end)
{
  guint comma, list_end;

  if (!_redaksi_quote_find_name (scan, start, end, TRUE, name_start, name_end))
    return FALSE;
  /* Only a list that "dan" closes: "kata Menteri X, Senin" is no list. */
  if ((list_end = title_list_end (scan, start, *name_end, end)) != *name_end
      && has_dan (scan, *name_end, list_end))
    {
      *name_start = strip_titles (scan, *name_start, list_end);
      *name_end = list_end;
      if (list_end + 1 < end && _redaksi_quote_token_is (scan, list_end, ","))
        apposed_name (scan, list_end + 1, end, name_start, name_end);
      return TRUE;
    }
  /* "ucap kadis kesehatan Provinsi Sumut dr Alwi": a title in lower
   * case after the capitalised words (a place) opens the name. */
  if (*name_end + 1 < end && is_honorific (scan, *name_end)
      && apposed_name (scan, *name_end + 1, end, name_start, name_end))
    return TRUE;
  if ((comma = title_comma (scan, start, *name_end, end)) != NO_TOKEN)
    apposed_name (scan, comma + 1, end, name_start, name_end);
  /* "ujar pencetak gol Indonesia, Amiruddin Bagus": after a description
   * in lower case, the capitalised word was part of it (a country, a
   * club), and the name comes after its comma. */
  else if (*name_end + 1 < end && _redaksi_quote_token_is (scan, *name_end, ",")
           && (has_proper_word (scan, *name_start, *name_end)
               || !(scan->tokens[start].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)))
    apposed_name (scan, *name_end + 1, end, name_start, name_end);
  return TRUE;
}

static void
add_mention (RedaksiQuoteSpeakers *self,
             guint                 first,
             guint                 end)
{
  QuoteScan *scan = self->scan;
  Mention mention = { 0 };

  mention.start = scan->tokens[first].start;
  mention.end = scan->tokens[end - 1].end;
  mention.paragraph = _redaksi_quote_scan_paragraph_of (scan, first);
  set_text (self, &mention, mention.start, mention.end);
  mention.n_words = end - first;
  /* "Desa Sukamaju", "Kementerian Sosial": a place or a body by its head. */
  mention.person = mention.n_words >= 2 && !after_place_word (scan, first) && !has_proper_word (scan, first, end)
                   && role_kind (scan, first) != REDAKSI_ROLE_PLACE && role_kind (scan, first) != REDAKSI_ROLE_BODY;
  mention.type = mention.person ? REDAKSI_ENTITY_PERSON : REDAKSI_ENTITY_MISC;
  g_array_append_val (self->mentions, mention);
}

static void
scan_paragraph (RedaksiQuoteSpeakers *self,
                guint                 p)
{
  QuoteScan *scan = self->scan;
  const RedaksiSpan *span = &scan->paragraphs[p];

  for (guint t = span->first_token; t < span->end_token && !_redaksi_quote_scan_cancelled (scan, t); t++)
    {
      guint end, first;

      if (scan->in_quote[t] || scan->in_insert[t] || !is_name_token (scan, t))
        continue;
      end = run_forward (scan, t, _redaksi_quote_scan_stretch_end (scan, t));
      first = strip_titles (scan, t, end);
      add_mention (self, first, end);
      t = end - 1;
    }
}

static Posting *
posting_at (RedaksiQuoteSpeakers *self,
            guint                 k)
{
  return &g_array_index (self->postings, Posting, k);
}

/* Chains mention @i to @word's names, once. */
static void
add_posting (RedaksiQuoteSpeakers *self,
             const char           *word,
             guint                 i)
{
  Posting posting = { i, NO_TOKEN, self->postings->len };
  guint first = word_index_add (&self->by_word, word, posting.last + 1) - 1;

  if (first == posting.last)
    {
      g_array_append_val (self->postings, posting);
      return;
    }
  if (posting_at (self, posting_at (self, first)->last)->mention == i)
    return;
  posting_at (self, posting_at (self, first)->last)->next = posting.last;
  posting_at (self, first)->last = posting.last;
  g_array_append_val (self->postings, posting);
}

/* Indexes the longer person names by each of their words, so that a
 * short name finds its fuller forms without a scan of every mention. */
static void
index_words (RedaksiQuoteSpeakers *self)
{
  for (guint i = 0; i < self->mentions->len; i++)
    {
      Mention *mention = &g_array_index (self->mentions, Mention, i);

      const char *word = mention->pieces;

      if (!mention->person || mention->n_words < 2 || mention->canonical != NULL)
        continue;
      for (guint w = 0; w < mention->n_pieces; w++, word = next_piece (word))
        add_posting (self, word, i);
    }
}

/* A one-word name counts as a person when a longer person name has it. */
static void
mark_short_persons (RedaksiQuoteSpeakers *self)
{
  for (guint i = 0; i < self->mentions->len; i++)
    {
      Mention *mention = &g_array_index (self->mentions, Mention, i);

      if (mention->n_words == 1 && !mention->person)
        mention->person = word_index_lookup (&self->by_word, mention->text) != 0;
      if (mention->person)
        mention->type = REDAKSI_ENTITY_PERSON;
    }
}

static guint
paragraph_of (QuoteScan *scan,
              guint      offset)
{
  guint lo = 0, hi = scan->n_paragraphs;

  /* The last paragraph starting at or before @offset. */
  while (lo + 1 < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (scan->paragraphs[mid].start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* paragraph_of() for entities in text order: a step on from the
 * paragraph of the one before (@hint), a search only when one is out
 * of order. */
static guint
paragraph_after (QuoteScan *scan,
                 guint      offset,
                 guint      hint)
{
  if (hint >= scan->n_paragraphs || scan->paragraphs[hint].start > offset)
    return paragraph_of (scan, offset);
  while (hint + 1 < scan->n_paragraphs && scan->paragraphs[hint + 1].start <= offset)
    hint++;
  return hint;
}

/* Fills @mention from @entity; @hint: the paragraph of the
 * entity before. The canonical name is the entity's own string: the
 * entities outlive the index. */
static void
set_entity (RedaksiQuoteSpeakers      *self,
            Mention                   *mention,
            const RedaksiEntityRecord *entity,
            guint                      hint)
{
  QuoteScan *scan = self->scan;
  const RedaksiRange *range = &entity->range;
  const char *canonical = entity->canonical;

  *mention = (Mention) { 0 };
  mention->start = (guint) redaksi_document_source_to_text (scan->document, range->start);
  mention->end = (guint) redaksi_document_source_to_text (scan->document, range->end);
  set_text (self, mention, mention->start, mention->end);
  mention->canonical = canonical != NULL ? canonical : mention->text;
  mention->type = entity->type;
  mention->person = mention->type == REDAKSI_ENTITY_PERSON;
  mention->n_words = mention->n_pieces;
  mention->paragraph = paragraph_after (scan, mention->start, hint);
}

static gint
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  const Mention *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

static gboolean
in_text_order (GArray *mentions)
{
  for (guint i = 1; i < mentions->len; i++)
    if (compare_mentions (&g_array_index (mentions, Mention, i - 1), &g_array_index (mentions, Mention, i)) > 0)
      return FALSE;
  return TRUE;
}

/* Each word of a tagged person's full name, to the earliest such name:
 * the article's "Susi Asih" is who a later "Susi" is, whatever other
 * Susi the gazetteer knows or however the tagger read the short form. */
static void
index_first_persons (RedaksiQuoteSpeakers *self)
{
  for (guint i = 0; i < self->mentions->len; i++)
    {
      Mention *mention = &g_array_index (self->mentions, Mention, i);

      const char *word = mention->pieces;

      if (mention->type != REDAKSI_ENTITY_PERSON || mention->n_words < 2)
        continue;
      for (guint w = 0; w < mention->n_pieces; w++, word = next_piece (word))
        if (word[0] != '\0')
          word_index_add (&self->first_person, word, i + 1);
    }
}

static gboolean
load_entities (RedaksiQuoteSpeakers      *self,
               const RedaksiEntityRecord *entities,
               guint                      n_entities)
{
  if (n_entities == 0)
    return FALSE;
  g_array_set_size (self->mentions, n_entities);
  for (guint i = 0; i < n_entities; i++)
    set_entity (self, &g_array_index (self->mentions, Mention, i), &entities[i],
                i > 0 ? g_array_index (self->mentions, Mention, i - 1).paragraph : 0);
  /* The tagger gives them in text order; sorting keeps a promise it
   * does not make in its signature. The sort is stable: already in
   * order, they need none. */
  if (!in_text_order (self->mentions))
    g_array_sort (self->mentions, compare_mentions);
  index_first_persons (self);
  return TRUE;
}

/* The first token from @t on, before @n, that ends after @offset, or
 * @n: a gallop over the tokens ends ahead, then a binary search. The
 * tokens' ends grow with their index. */
static guint
first_token_ending_after (const RedaksiToken *tokens,
                          guint               t,
                          guint               n,
                          guint               offset)
{
  guint step = 1, low = t, high;

  while (t < n && tokens[t].end <= offset)
    {
      low = t + 1;
      t += step;
      step *= 2;
    }
  high = MIN (t, n);
  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (tokens[mid].end <= offset)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

/* Each mention's first token, in one walk: both are in text order. */
static void
map_tokens (RedaksiQuoteSpeakers *self)
{
  QuoteScan *scan = self->scan;
  guint t = 0;

  for (guint i = 0; i < self->mentions->len; i++)
    {
      Mention *mention = &g_array_index (self->mentions, Mention, i);

      t = first_token_ending_after (scan->tokens, t, scan->n_tokens, mention->start);
      mention->token = t < scan->n_tokens ? t : NO_TOKEN;
    }
}

static gboolean
is_plain_word (QuoteScan *scan,
               guint      t)
{
  const RedaksiToken *token = &scan->tokens[t];

  if (token->kind != REDAKSI_TOKEN_WORD || (token->flags & REDAKSI_TOKEN_FLAGS_DATELINE))
    return FALSE;
  return _redaksi_quote_token_cue (scan, t) == REDAKSI_CUE_NONE;
}

/* The title phrase before a name: "Kepala Desa Sukamaju", "pengamat
 * politik", "Warga bernama". Lower-case words belong to it only when a
 * role comes before them, so "bantuan dari Presiden" starts at Presiden. */
static guint
title_phrase_start (QuoteScan *scan,
                    guint      first)
{
  guint phrase = first, pending = 0, limit = _redaksi_quote_scan_stretch_first (scan, first);

  for (guint t = first, steps = 0; t > limit && steps < 12; t--, steps++)
    {
      guint p = t - 1;

      if (scan->in_quote[p])
        break;
      if (_redaksi_quote_token_is (scan, p, "(") || _redaksi_quote_token_is (scan, p, ")"))
        continue;
      if (!is_plain_word (scan, p))
        break;
      if (token_is_title (scan, p) || ((scan->tokens[p].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED) && pending == 0))
        {
          phrase = p;
          pending = 0;
        }
      else if ((scan->tokens[p].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED) || ++pending > 2)
        break;
    }
  return phrase;
}

/* Passive verbs of what someone says about a topic: "juga disinggung
 * oleh X" makes X the one the next "-nya" most likely means; the doer
 * of other passives ("dijabat oleh X", held by X) is not. */
static gboolean
is_passive_of_speech (QuoteScan *scan,
                      guint      t)
{
  static const char *const verbs[] = {
    "disinggung", "disoroti", "ditanggapi", "dikritik", "dibantah", "diakui", "dijawab",
    "dipaparkan", "dibeberkan", "dikomentari", "dipertanyakan", "dikeluhkan", "diingatkan", NULL
  };

  return _redaksi_quote_token_lower_in (scan, t, verbs);
}

/* Is @p the comma after an age, "(50)," or "(50 tahun),"? The name
 * after it is the next of a list ("AS (50), F (27), J (20)"), as
 * news lists suspects and victims, not the subject of a clause. */
static gboolean
follows_listed_age (QuoteScan *scan,
                    guint      p)
{
  guint t = p;

  if (t < 3 || !_redaksi_quote_token_is (scan, t, ",") || !_redaksi_quote_token_is (scan, --t, ")"))
    return FALSE;
  if (_redaksi_quote_token_lower_is (scan, --t, "tahun") && t > 1)
    t--;
  return scan->tokens[t].kind == REDAKSI_TOKEN_NUMBER && _redaksi_quote_token_is (scan, t - 1, "(");
}

/* What comes before a name's title phrase says whether the name is a
 * subject: a sentence or clause start, a cue (kata X, menurut X,
 * disampaikan X), "Warga bernama X". After a preposition or a noun it is
 * an object or a possessor: "bantuan dari X", "pemerintahan X". */
static gboolean
opens_clause (QuoteScan *scan,
              guint      phrase)
{
  /* "Salah satunya Ahmad, yang datang …": the one picked out of a crowd
   * is the topic that follows ("di antaranya" opens a list instead). */
  static const char *const openers[] = { "sementara", "namun", "tetapi", "adapun", "kemudian", "lalu",
                                          "bernama", "yakni", "yaitu", "bahkan", "selain", "satunya", NULL };
  RedaksiCueKind kind;
  guint p;

  if (phrase == _redaksi_quote_scan_stretch_first (scan, phrase))
    return TRUE;
  p = phrase - 1;
  if (follows_listed_age (scan, p))
    return FALSE;
  if (scan->tokens[p].kind != REDAKSI_TOKEN_WORD || (scan->tokens[p].flags & REDAKSI_TOKEN_FLAGS_DATELINE))
    return TRUE;
  kind = _redaksi_quote_token_cue (scan, p);
  if (kind == REDAKSI_CUE_POST || kind == REDAKSI_CUE_ACCORDING || kind == REDAKSI_CUE_PASSIVE)
    return TRUE;
  /* disampaikan oleh X, disinggung oleh X */
  if (_redaksi_quote_token_lower_is (scan, p, "oleh") && p > _redaksi_quote_scan_stretch_first (scan, p))
    return _redaksi_quote_token_cue (scan, p - 1) == REDAKSI_CUE_PASSIVE || is_passive_of_speech (scan, p - 1);
  return _redaksi_quote_token_lower_in (scan, p, openers);
}

/* Adds a word to an office key: lower case, after a space. */
static void
append_lower (GString   *key,
              QuoteScan *scan,
              guint      t)
{
  char buf[QUOTE_LOWER_SIZE];
  g_autofree char *heap = NULL;

  if (key->len > 0)
    g_string_append_c (key, ' ');
  g_string_append (key, _redaksi_quote_token_lower_into (scan, t, buf, &heap));
}

static void
index_office_key (RedaksiQuoteSpeakers *self,
                  const char           *key,
                  guint                 index)
{
  OfficeHolder holder = { word_index_lookup (&self->by_office, key), index };

  if (holder.key == 0)
    holder.key = word_index_add (&self->by_office, g_string_chunk_insert (self->strings, key),
                                 self->by_office.used + 1);
  g_array_append_val (self->holders, holder);
}

static gint
compare_holders (gconstpointer a,
                 gconstpointer b)
{
  const OfficeHolder *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->mention < y->mention ? -1 : x->mention > y->mention;
}

/* Puts each key's holders together in text order, once each, and
 * notes where each key's begin. */
static void
group_holders (RedaksiQuoteSpeakers *self)
{
  guint n = 0, n_keys = self->by_office.used;

  g_array_sort (self->holders, compare_holders);
  self->office_first = g_new0 (guint, n_keys + 1);
  for (guint i = 0; i < self->holders->len; i++)
    {
      OfficeHolder *holder = &g_array_index (self->holders, OfficeHolder, i);

      if (n > 0 && compare_holders (holder, &g_array_index (self->holders, OfficeHolder, n - 1)) == 0)
        continue;
      g_array_index (self->holders, OfficeHolder, n++) = *holder;
      self->office_first[holder->key] = n;
    }
  g_array_set_size (self->holders, n);
  /* Each key has a holder; were one without, it would end where the one
   * before does. */
  for (guint k = 1; k <= n_keys; k++)
    self->office_first[k] = MAX (self->office_first[k], self->office_first[k - 1]);
}

/* Does title @t go on the office @key names, as "Presiden" does
 * "Wakil" ("Wakil Presiden", which "Wapres" abbreviates)? */
static gboolean
extends_office (QuoteScan     *scan,
                const GString *key,
                guint          t)
{
  g_autoptr(GString) longer = g_string_new_len (key->str, key->len);

  append_lower (longer, scan, t);
  return _redaksi_quote_role_alias (longer->str) != NULL;
}

/* Does title @t end the office @key names: a rank or another office
 * ("Kapolda Jawa Timur Irjen X"), not an acronym in capitals that is
 * no title word ("Wagub DKI Jakarta", "Kapolda NTB")? */
static gboolean
closes_office (QuoteScan     *scan,
               const GString *key,
               guint          t)
{
  RedaksiRoleKind kind;

  if (!token_is_title (scan, t) || extends_office (scan, key, t))
    return FALSE;
  kind = role_kind (scan, t);
  return !(scan->tokens[t].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE) || _redaksi_quote_token_in_titles (scan, t)
         || kind == REDAKSI_ROLE_OFFICE || kind == REDAKSI_ROLE_ROLE;
}

/* The office words a title phrase holds, as the keys a later "kata
 * Kapolda" or "ujar Menteri Keuangan" looks up: "kapolda", "kapolda
 * jawa", "kapolda jawa timur" for "Kapolda Jawa Timur Irjen X", and the
 * other form of an abbreviated office ("menkeu" for "menteri keuangan").
 * A former holder (mantan, eks) is not the holder. */
static void
index_office (RedaksiQuoteSpeakers *self,
              guint                 index,
              guint                 phrase,
              guint                 first)
{
  QuoteScan *scan = self->scan;
  g_autoptr(GString) key = NULL;
  guint head = phrase;

  while (head < first && role_kind (scan, head) != REDAKSI_ROLE_OFFICE)
    {
      if (_redaksi_quote_token_lower_is (scan, head, "mantan") || _redaksi_quote_token_lower_is (scan, head, "eks"))
        return;
      head++;
    }
  if (head >= first)
    return;
  key = g_string_new (NULL);
  for (guint t = head; t < first && (t == head || !closes_office (scan, key, t)); t++)
    {
      const char *alias;

      if (scan->tokens[t].kind != REDAKSI_TOKEN_WORD)
        continue;
      /* "Wakil Gubernur atau Wagub DKI Jakarta Ahmad Riza Patria": the
       * other form starts a key of its own ("kata Wagub DKI"). */
      if (_redaksi_quote_token_lower_is (scan, t, "atau") && t + 1 < first)
        {
          g_string_truncate (key, 0);
          head = t + 1;
          continue;
        }
      append_lower (key, scan, t);
      index_office_key (self, key->str, index);
      if ((alias = _redaksi_quote_role_alias (key->str)) != NULL)
        index_office_key (self, alias, index);
    }
}

/* Moves @t, the token after a name, past the name's age in brackets
 * ("Sari (41)"), and gives the end of its stretch. FALSE when the name
 * ends the document: nothing comes after it. */
static gboolean
skip_age (QuoteScan *scan,
          guint     *t,
          guint     *end)
{
  if (*t >= scan->n_tokens)
    return FALSE;
  *end = _redaksi_quote_scan_stretch_end (scan, *t);
  if (*t + 2 < *end && _redaksi_quote_token_is (scan, *t, "(") && _redaksi_quote_token_is (scan, *t + 2, ")"))
    *t += 3;
  return TRUE;
}

/* "Fajar Sentosa mengatakan", "Sari (41) mengaku", "Deni kemudian
 * menjelaskan": the name is the subject of a speech verb. */
static gboolean
speaks_after (QuoteScan *scan,
              guint      t)
{
  guint end;

  if (!skip_age (scan, &t, &end))
    return FALSE;
  for (guint skipped = 0; t < end && skipped <= 2; t++, skipped++)
    {
      RedaksiCueKind kind;

      if (scan->tokens[t].kind != REDAKSI_TOKEN_WORD || (scan->tokens[t].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED))
        return FALSE;
      kind = _redaksi_quote_token_cue (scan, t);
      if (kind == REDAKSI_CUE_VERB)
        return TRUE;
      if (kind != REDAKSI_CUE_NONE)
        return FALSE;
    }
  return FALSE;
}

/* "Abdul Wahid disebut menggunakan …", "Budi diduga menerima …": the
 * subject of what others say or do about them (a suspect, most often)
 * is no speaker a later "ujarnya" points back to. */
static gboolean
passive_subject (QuoteScan *scan,
                 guint      t)
{
  static const char *const verbs[] = {
    "disebut", "diduga", "dituding", "dituduh", "disangka", "dicurigai", "dikabarkan",
    "ditangkap", "ditahan", "diperiksa", "ditetapkan", "dijerat", "didakwa", "dituntut",
    "divonis", "dijatuhi", "dilaporkan", "dipanggil", "diamankan", "dibekuk", "diringkus",
    "dicopot", "dipecat", NULL
  };
  guint end;

  if (!skip_age (scan, &t, &end))
    return FALSE;
  return t < end && scan->tokens[t].kind == REDAKSI_TOKEN_WORD
         && !(scan->tokens[t].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
         && _redaksi_quote_token_lower_in (scan, t, verbs);
}

/* "Tiga tersangka BN, BS, dan OY berperan …", "Korban lain yaitu Salam
 * (95) yang meninggal …": a suspect or a victim the story is about,
 * named after the word that says so or said to have died, is no
 * speaker a later "ujarnya" points back to (one who speaks has a cue or
 * a speech verb of their own). @phrase is the name's first token with
 * its title, @first without; @t the token after it. */
static gboolean
is_suspect_or_victim (QuoteScan *scan,
                      guint      phrase,
                      guint      first,
                      guint      t)
{
  static const char *const before[] = { "tersangka", "pelaku", "penadah", "berinisial", "inisial",
                                        "korban", "almarhum", "almarhumah", "mendiang", NULL };
  static const char *const died[] = { "meninggal", "tewas", "wafat", "gugur", NULL };
  guint end;

  if ((phrase > _redaksi_quote_scan_stretch_first (scan, phrase)
       && _redaksi_quote_token_lower_in (scan, phrase - 1, before))
      || (first > phrase && _redaksi_quote_token_lower_in (scan, first - 1, before)))
    return TRUE;
  if (!skip_age (scan, &t, &end))
    return FALSE;
  if (t + 1 < end && _redaksi_quote_token_lower_is (scan, t, "yang"))
    t++;
  return t < end && _redaksi_quote_token_lower_in (scan, t, died);
}

/* "Teten Masduki merespons putra SBY, Edhie Baskoro Yudhoyono atau Ibas,
 * yang menyebut …": a name after a comma that a relative clause ("yang
 * …") describes, maybe after its other name ("atau Ibas"), is in
 * apposition to what the sentence's subject acts on, no subject itself
 * (asked when the sentence has a subject before it). @t is the token
 * after the name. */
static gboolean
described_after_comma (QuoteScan *scan,
                       guint      phrase,
                       guint      t)
{
  if (phrase == _redaksi_quote_scan_stretch_first (scan, phrase) || !_redaksi_quote_token_is (scan, phrase - 1, ","))
    return FALSE;
  if (t < scan->n_tokens && _redaksi_quote_token_lower_is (scan, t, "atau"))
    while (++t < scan->n_tokens && (scan->tokens[t].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED))
      ;
  if (t < scan->n_tokens && _redaksi_quote_token_is (scan, t, ","))
    t++;
  return t < scan->n_tokens && _redaksi_quote_token_lower_is (scan, t, "yang");
}

/* The comma before the capitalised words of a name and its title that
 * end before token @t ("…, Menteri ATR/BPN Sofyan"), or NO_TOKEN. */
static guint
comma_before_title (QuoteScan *scan,
                    guint      t)
{
  guint first = t;

  while (first > 0 && t - first < 10 && ((scan->tokens[first - 1].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
                                         || _redaksi_quote_token_is (scan, first - 1, "/")))
    first--;
  return first > 0 && _redaksi_quote_token_is (scan, first - 1, ",") ? first - 1 : NO_TOKEN;
}

/* Is the person at token @t the next of a list: a comma right after the
 * last person (@person_end is the token after it, maybe a word of the
 * name the tagger left out: "Budi Karya,"), then only the words of a
 * title ("Tito Karnavian, Menteri ATR/BPN Sofyan Djalil")? */
static gboolean
follows_listed_person (QuoteScan *scan,
                       guint      person_end,
                       guint      t)
{
  guint comma;

  if (person_end == NO_TOKEN || person_end >= t || t - person_end > 12
      || (comma = comma_before_title (scan, t)) == NO_TOKEN || comma < person_end)
    return FALSE;
  return comma - person_end <= 1
         && (comma == person_end || (scan->tokens[person_end].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED));
}

/* The token after a mention. */
static guint
mention_end_token (QuoteScan     *scan,
                   const Mention *mention)
{
  guint t = mention->token;

  while (t < scan->n_tokens && scan->tokens[t].start < mention->end)
    t++;
  return t;
}

/* The cue before a name: "kata X", "menurut X", "disampaikan X", or
 * REDAKSI_CUE_NONE. */
static RedaksiCueKind
cue_before (QuoteScan *scan,
            guint      phrase)
{
  RedaksiCueKind kind;

  if (phrase == _redaksi_quote_scan_stretch_first (scan, phrase) || scan->tokens[phrase - 1].kind != REDAKSI_TOKEN_WORD)
    return REDAKSI_CUE_NONE;
  kind = _redaksi_quote_token_cue (scan, phrase - 1);
  return kind == REDAKSI_CUE_POST || kind == REDAKSI_CUE_ACCORDING || kind == REDAKSI_CUE_PASSIVE
         ? kind : REDAKSI_CUE_NONE;
}

/* "Kapolres Sorong, AKBP Yosef Siregar": an office set off by a comma
 * before the rank and name; the start of that office's phrase, or
 * @phrase. After a cue the comma ends what was said by whom
 * ("Dikatakan Kapolres, tersangka AS ditangkap"): the name after it is
 * what the office spoke of, not the office's holder. */
static guint
office_before_comma (QuoteScan *scan,
                     guint      phrase)
{
  guint start;
  RedaksiCueKind cue;

  if (phrase < 2 || phrase - 1 <= _redaksi_quote_scan_stretch_first (scan, phrase) || !_redaksi_quote_token_is (scan, phrase - 1, ",")
      || !(scan->tokens[phrase - 2].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED))
    return phrase;
  start = title_phrase_start (scan, phrase - 1);
  cue = start > _redaksi_quote_scan_stretch_first (scan, start) ? _redaksi_quote_token_cue (scan, start - 1)
                                                                : REDAKSI_CUE_NONE;
  /* `"…," ungkap Kapolsek Anjongan, Iptu Roberd`: after a quote the
   * cue's office and its holder are one speaker. */
  if (cue != REDAKSI_CUE_NONE
      && !(cue == REDAKSI_CUE_POST && start >= 2 && scan->tokens[start - 2].kind == REDAKSI_TOKEN_QUOTE))
    return phrase;
  for (guint t = start; t < phrase - 1; t++)
    {
      if (_redaksi_quote_token_cue (scan, t) != REDAKSI_CUE_NONE)
        return phrase;
      if (role_kind (scan, t) == REDAKSI_ROLE_OFFICE)
        return start;
    }
  return phrase;
}

/* Outside quotes and inserts, a person name is a candidate speaker for
 * a later "-nya" or "kata dia" when it opens its clause, and is indexed
 * by the offices its title phrase gives it. Once someone speaks, the
 * people named without speaking in the rest of what is his are in what
 * he said, and no subjects of the story's own: the rest of the sentence
 * after "Deni mengatakan" ("pelaku bernama Eko melarikan diri"), the
 * rest of the paragraph after "Menurut Deni,". */
typedef struct
{
  guint sentence;   /* sentence starts seen up to the current mention */
  guint cursor;     /* the token counted up to */
  guint speaking;   /* the sentence of the last speaker's words, or NO_TOKEN */
  guint paragraph;  /*   and its paragraph */
  gboolean by_paragraph;  /* all the rest of the paragraph is his */
} Reported;

/* "Menurutnya,", "Menurut dia,": the one spoken of last goes on
 * speaking to the paragraph's end. */
static gboolean
according_to_pronoun (QuoteScan *scan,
                      guint      t)
{
  char buf[QUOTE_LOWER_SIZE];
  g_autofree char *heap = NULL;
  const char *next;

  /* Asked of every token: compared where it lies, not lowercased. */
  if (scan->tokens[t].kind != REDAKSI_TOKEN_WORD || scan->in_quote[t])
    return FALSE;
  if (_redaksi_quote_token_lower_is (scan, t, "menurutnya"))
    return TRUE;
  if (!_redaksi_quote_token_lower_is (scan, t, "menurut") || t + 1 >= _redaksi_quote_scan_stretch_end (scan, t))
    return FALSE;
  next = _redaksi_quote_token_lower_into (scan, t + 1, buf, &heap);
  return _redaksi_quote_is_pronoun (next) && !g_str_equal (next, "mereka");
}

/* Whether a token that starts with @first may begin with "menurut" in
 * lower case: 'M' | 0x20 is 'm', and no other ASCII byte is; a byte
 * beyond ASCII may start anything. The walk below asks it of every
 * token: it turns away nearly all. */
static inline gboolean
may_begin_m (guchar first)
{
  return (first | 0x20) == 'm' || first >= 0x80;
}

/* Whether the token's lower-case form may begin with "menurut": its
 * first seven bytes tell when they are ASCII. Asked of the few tokens
 * may_begin_m() lets by, and according_to_pronoun() only of those it
 * lets by; out of the walk's loop, which stays small. */
G_NO_INLINE static gboolean
may_begin_menurut (const char         *document_text,
                   const RedaksiToken *token)
{
  static const char prefix[] = "menurut";
  const char *text = document_text + token->start;
  gsize length = token->end - token->start;

  for (gsize i = 0; i < sizeof prefix - 1; i++)
    {
      if (i == length)
        return FALSE;
      if ((guchar) text[i] >= 0x80)
        return TRUE;
      if (_redaksi_quote_ascii_lower (text[i]) != prefix[i])
        return FALSE;
    }
  return TRUE;
}

/* Counts the sentence starts of the tokens from @t to @last into
 * *@sentence, up to the first token that may begin "menurut"; returns
 * it, or @last + 1. A loop without calls, whose every variable stays in
 * a register: it passes every token of the article. */
static guint
count_to_menurut (const RedaksiToken *tokens,
                  const char         *text,
                  guint               t,
                  guint               last,
                  guint              *sentence)
{
  guint n = *sentence;

  for (; t <= last; t++)
    {
      n += (tokens[t].flags & REDAKSI_TOKEN_FLAGS_SENTENCE_START) != 0;
      if (G_UNLIKELY (may_begin_m ((guchar) text[tokens[t].start])) &&
          may_begin_menurut (text, &tokens[t]))
        break;
    }
  *sentence = n;
  return t;
}

static gboolean
in_reported (QuoteScan     *scan,
             Reported      *reported,
             const Mention *mention)
{
  while (reported->cursor <= mention->token)
    {
      guint t = count_to_menurut (scan->tokens, scan->text, reported->cursor, mention->token, &reported->sentence);

      if (t <= mention->token && according_to_pronoun (scan, t))
        {
          reported->speaking = reported->sentence;
          reported->paragraph = _redaksi_quote_scan_paragraph_of (scan, t);
          reported->by_paragraph = TRUE;
        }
      reported->cursor = t + 1;
    }
  return reported->speaking != NO_TOKEN && reported->paragraph == mention->paragraph
         && (reported->by_paragraph || reported->speaking == reported->sentence);
}

static void
classify_mentions (RedaksiQuoteSpeakers *self)
{
  QuoteScan *scan = self->scan;
  Reported reported = { 0, 0, NO_TOKEN, NO_TOKEN, FALSE };
  guint subject_sentence = NO_TOKEN; /* the sentence of the last candidate */
  guint person_end = NO_TOKEN;       /* the token after the last person */
  guint list_sentence = NO_TOKEN;    /* the last sentence that lists people */

  map_tokens (self);
  for (guint i = 0; i < self->mentions->len && !_redaksi_quote_scan_cancelled (scan, i); i++)
    {
      Mention *mention = &g_array_index (self->mentions, Mention, i);
      RedaksiCueKind cue;
      guint phrase, end;
      gboolean speaking, reported_here, listed;

      if (!mention->person || mention->token == NO_TOKEN || scan->in_quote[mention->token]
          || scan->in_insert[mention->token])
        continue;
      phrase = office_before_comma (scan, title_phrase_start (scan, mention->token));
      end = mention_end_token (scan, mention);
      cue = cue_before (scan, phrase);
      speaking = cue != REDAKSI_CUE_NONE || speaks_after (scan, end);
      reported_here = in_reported (scan, &reported, mention);
      /* "Menteri Dalam Negeri Tito Karnavian, Menteri ATR/BPN Sofyan
       * Djalil, dan lainnya": the next of a list of people, no subject.
       * Once a sentence lists people, each after a comma is listed, also
       * past a name the tagger did not see. */
      listed = follows_listed_person (scan, person_end, mention->token)
               || (list_sentence == reported.sentence && comma_before_title (scan, mention->token) != NO_TOKEN);
      if (listed)
        list_sentence = reported.sentence;
      person_end = end;
      mention->candidate = speaking || (opens_clause (scan, phrase) && !reported_here && !listed
                                        && !passive_subject (scan, end)
                                        && !is_suspect_or_victim (scan, phrase, mention->token, end)
                                        && !(subject_sentence == reported.sentence
                                             && described_after_comma (scan, phrase, end)));
      /* in_reported() has counted the sentences up to the mention. */
      if (mention->candidate)
        subject_sentence = reported.sentence;
      if (speaking)
        {
          reported.by_paragraph = cue == REDAKSI_CUE_ACCORDING;
          reported.speaking = reported.sentence;
          reported.paragraph = mention->paragraph;
        }
      index_office (self, i, phrase, mention->token);
    }
}

/* Lets _redaksi_quote_speakers_recent() step from person to person
 * rather than over every capitalised word. */
static void
index_persons (RedaksiQuoteSpeakers *self)
{
  guint last = NO_TOKEN;

  self->person = g_new (guint, MAX (self->mentions->len, 1));
  for (guint i = 0; i < self->mentions->len; i++)
    {
      if (g_array_index (self->mentions, Mention, i).candidate)
        last = i;
      self->person[i] = last;
    }
}

RedaksiQuoteSpeakers *
_redaksi_quote_speakers_new_for_records (QuoteScan                 *scan,
                                         const RedaksiEntityRecord *entities,
                                         guint                      n_entities)
{
  RedaksiQuoteSpeakers *self = g_new0 (RedaksiQuoteSpeakers, 1);

  self->scan = scan;
  self->strings = g_string_chunk_new (4096);
  /* Not cleared: each mention is written whole. */
  self->mentions = g_array_sized_new (FALSE, FALSE, sizeof (Mention), n_entities);
  word_index_init (&self->by_word, n_entities > 0 ? 0 : scan->n_paragraphs);
  self->postings = g_array_new (FALSE, FALSE, sizeof (Posting));
  word_index_init (&self->by_office, 0);
  self->holders = g_array_new (FALSE, FALSE, sizeof (OfficeHolder));
  word_index_init (&self->first_person, n_entities);
  if (!load_entities (self, entities, n_entities))
    {
      for (guint p = 0; p < scan->n_paragraphs && !_redaksi_quote_scan_cancelled (scan, p); p++)
        if (!scan->insert[p])
          scan_paragraph (self, p);
      index_words (self);
      mark_short_persons (self);
    }
  classify_mentions (self);
  group_holders (self);
  index_persons (self);
  return self;
}

/* The same from entity objects, as hosts and tests hold them: the
 * records borrow the objects' strings. */
RedaksiQuoteSpeakers *
_redaksi_quote_speakers_new (QuoteScan *scan,
                             GPtrArray *entities)
{
  guint n = entities != NULL ? entities->len : 0;
  g_autofree RedaksiEntityRecord *records = g_new (RedaksiEntityRecord, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      RedaksiEntity *entity = g_ptr_array_index (entities, i);

      records[i] = (RedaksiEntityRecord) {
        .text = redaksi_entity_get_text (entity),
        .canonical = redaksi_entity_get_canonical (entity),
        .id = redaksi_entity_get_id (entity),
        .role = redaksi_entity_get_role (entity),
        .range = *redaksi_entity_get_range (entity),
        .type = redaksi_entity_get_entity_type (entity),
      };
    }
  return _redaksi_quote_speakers_new_for_records (scan, records, n);
}

void
_redaksi_quote_speakers_free (RedaksiQuoteSpeakers *self)
{
  g_free (self->by_word.slots);
  g_array_unref (self->postings);
  g_free (self->by_office.slots);
  g_array_unref (self->holders);
  g_free (self->office_first);
  g_free (self->first_person.slots);
  g_array_unref (self->mentions);
  g_string_chunk_free (self->strings);
  g_free (self->person);
  g_free (self);
}

/* The first mention starting at or after @offset. */
static guint
lower_bound (RedaksiQuoteSpeakers *self,
             guint                 offset)
{
  guint lo = 0, hi = self->mentions->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->mentions, Mention, mid).start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
has_all_words (const Mention      *fuller,
               const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && !has_piece (fuller, words[i]))
      return FALSE;
  return TRUE;
}

/* The fullest earlier person name with every word of @name; the run the
 * speaker was cut from does not count ("Ujat Budi Santoso"). */
static const char *
fullest_earlier (RedaksiQuoteSpeakers *self,
                 const char           *name,
                 guint                 start,
                 guint                 end)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint first = words[0] != NULL ? word_index_lookup (&self->by_word, words[0]) : 0;
  const Mention *best = NULL;

  for (guint k = first - 1; first != 0 && k != NO_TOKEN; k = posting_at (self, k)->next)
    {
      const Mention *mention = &g_array_index (self->mentions, Mention, posting_at (self, k)->mention);

      if (mention->start >= end)
        break;
      if (mention->end > start && !(mention->start == start && mention->end == end))
        continue;
      if ((best == NULL || mention->n_words > best->n_words)
          && has_all_words (mention, (const char * const *) words))
        best = mention;
    }
  return best != NULL ? best->text : NULL;
}

/* The mention the speaker's words start: entities are short, so only
 * the few starting just before can overlap. A mention that starts before
 * the speaker's words has taken in a title, a company or a cue ("PT
 * Pertamina (Persero) Nicke Widyawati", "Ujat Budi Santoso"): its name is
 * not the speaker's. */
static const Mention *
mention_at (RedaksiQuoteSpeakers *self,
            guint                 text_start,
            guint                 text_end,
            gboolean              tagged)
{
  guint first = lower_bound (self, text_start);

  for (guint i = first > 4 ? first - 4 : 0; i < self->mentions->len; i++)
    {
      const Mention *mention = &g_array_index (self->mentions, Mention, i);

      if (mention->start >= text_end)
        break;
      if ((!tagged || mention->canonical != NULL) && text_start < mention->end && mention->start >= text_start)
        return mention;
    }
  return NULL;
}

static const char *
name_of (const Mention *mention)
{
  return mention->canonical != NULL ? mention->canonical : mention->text;
}

/* The earlier full name in the article that a one-word mention is a
 * part of ("Sudirman" after "Sudirman Said", even where the tagger took
 * it for a place), or NULL. */
static const Mention *
earlier_full_name (RedaksiQuoteSpeakers *self,
                   const Mention        *mention)
{
  /* "warga bernama Ahmad", "Salah satunya Ahmad": a new person, as the
   * tagger has it. */
  static const char *const introducers[] = { "bernama", "satunya", NULL };
  guint index;
  const Mention *fuller;

  if (mention->n_words != 1
      || (mention->token != NO_TOKEN && mention->token > 0
          && _redaksi_quote_token_lower_in (self->scan, mention->token - 1, introducers))
      || (index = word_index_lookup (&self->first_person, mention->text)) == 0)
    return NULL;
  fuller = &g_array_index (self->mentions, Mention, index - 1);
  return fuller->start < mention->start ? fuller : NULL;
}

/* A tagged mention's name: its own, or the fuller one the article gave
 * before for a person or an untyped or place reading of one word. */
static const char *
article_name (RedaksiQuoteSpeakers *self,
              const Mention        *mention)
{
  const Mention *fuller;

  if ((mention->type == REDAKSI_ENTITY_PERSON || mention->type == REDAKSI_ENTITY_LOCATION
       || mention->type == REDAKSI_ENTITY_MISC)
      && (fuller = earlier_full_name (self, mention)) != NULL)
    return name_of (fuller);
  return mention->canonical;
}

char *
_redaksi_quote_speakers_canonical (RedaksiQuoteSpeakers *self,
                                   const char           *speaker_text,
                                   guint                 text_start,
                                   guint                 text_end)
{
  const Mention *mention = mention_at (self, text_start, text_end, TRUE);
  const char *fuller;

  if (mention != NULL)
    return g_strdup (mention->type == REDAKSI_ENTITY_PERSON ? article_name (self, mention) : mention->canonical);
  fuller = fullest_earlier (self, speaker_text, text_start, text_end);
  return g_strdup (fuller != NULL ? fuller : speaker_text);
}

/* A person's name has a word that is no title: "Presiden" alone is not one. */
static gboolean
names_person (RedaksiQuoteSpeakers *self,
              const Mention        *mention)
{
  QuoteScan *scan = self->scan;

  if (mention == NULL || !mention->person || mention->token == NO_TOKEN)
    return FALSE;
  for (guint t = mention->token; t < scan->n_tokens && scan->tokens[t].start < mention->end; t++)
    if (scan->tokens[t].kind == REDAKSI_TOKEN_WORD && !token_is_title (scan, t))
      return TRUE;
  return FALSE;
}

/* The last person named within the speaker's words. */
static const Mention *
person_within (RedaksiQuoteSpeakers *self,
               guint                 text_start,
               guint                 text_end)
{
  const Mention *person = NULL;

  for (guint i = lower_bound (self, text_start); i < self->mentions->len; i++)
    {
      const Mention *mention = &g_array_index (self->mentions, Mention, i);

      if (mention->start >= text_end)
        break;
      if (mention->end <= text_end && names_person (self, mention))
        person = mention;
    }
  return person;
}

/* A tagged person's name that holds the speaker's words and begins
 * before them ("Raden Prabowo Argo Yuwono" for "Prabowo Argo Yuwono"):
 * the article's one name for that person, or NULL. Not a name that
 * begins right after the quote: its first word is the cue the checker
 * read past ("…," Ujat Budi Santoso). */
static const Mention *
tagged_person_around (RedaksiQuoteSpeakers *self,
                      guint                 text_start,
                      guint                 text_end)
{
  QuoteScan *scan = self->scan;
  guint i = lower_bound (self, text_start), t;
  const Mention *mention;

  if (i == 0)
    return NULL;
  mention = &g_array_index (self->mentions, Mention, i - 1);
  if (mention->canonical == NULL || mention->end < text_end || mention->token == NO_TOKEN
      || !names_person (self, mention))
    return NULL;
  t = mention->token;
  if (t > 0 && _redaksi_quote_token_is (scan, t - 1, ","))
    t--;
  if (t > 0 && scan->tokens[t - 1].kind == REDAKSI_TOKEN_QUOTE)
    return NULL;
  return mention;
}

/* The office word in the title phrase of the speaker's words, or NO_TOKEN. */
static guint
office_of (QuoteScan *scan,
           guint      first,
           guint      end)
{
  for (guint t = title_phrase_start (scan, first); t < end; t++)
    if (role_kind (scan, t) == REDAKSI_ROLE_OFFICE)
      return t;
  return NO_TOKEN;
}

static char *
office_key (QuoteScan *scan,
            guint      office,
            guint      end)
{
  GString *key = g_string_new (NULL);

  for (guint t = office; t < end; t++)
    if (scan->tokens[t].kind == REDAKSI_TOKEN_WORD)
      append_lower (key, scan, t);
  return g_string_free (key, FALSE);
}

/* Untagged words after an office are its qualifier, not a name, when
 * the article used them as an office ("Menteri Keuangan") or they are
 * ordinary words. */
static gboolean
only_office (RedaksiQuoteSpeakers *self,
             guint                 office,
             guint                 end)
{
  QuoteScan *scan = self->scan;
  g_autofree char *key = office_key (scan, office, end);

  if (word_index_lookup (&self->by_office, key) != 0)
    return TRUE;
  for (guint t = office; t < end; t++)
    if (scan->tokens[t].kind == REDAKSI_TOKEN_WORD && !token_is_title (scan, t) && !token_is_ordinary (scan, t))
      return FALSE;
  return TRUE;
}

/* The person the article introduced with the office of the words
 * @office to @end before them ("Presiden Joko Widodo" for "kata
 * Presiden"): the latest, found by a binary search of the office's list. */
static const Mention *
office_holder (RedaksiQuoteSpeakers *self,
               guint                 office,
               guint                 end)
{
  QuoteScan *scan = self->scan;
  g_autofree char *key = office_key (scan, office, end);
  guint before = scan->tokens[office].start, k = word_index_lookup (&self->by_office, key), first, lo, hi;

  if (k == 0)
    return NULL;
  /* The first of the key's holders starting at or after @before. */
  first = lo = self->office_first[k - 1];
  for (hi = self->office_first[k]; lo < hi;)
    {
      guint mid = lo + (hi - lo) / 2;
      guint mention = g_array_index (self->holders, OfficeHolder, mid).mention;

      if (g_array_index (self->mentions, Mention, mention).start < before)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > first ? &g_array_index (self->mentions, Mention,
                                      g_array_index (self->holders, OfficeHolder, lo - 1).mention) : NULL;
}

static char *
office_speaker (RedaksiQuoteSpeakers *self,
                guint                 office,
                guint                 end)
{
  QuoteScan *scan = self->scan;
  const Mention *holder = office_holder (self, office, end);
  guint start = scan->tokens[office].start, stop = scan->tokens[end - 1].end;
  g_autofree char *message = NULL;

  if (holder != NULL)
    return g_strdup (name_of (holder));
  message = g_strdup_printf (_("The quote is given to “%.*s” only, and the article does not say who that is."),
                             (int) (stop - start), scan->text + start);
  _redaksi_quote_add_issue (scan, "quote-speaker-unnamed", REDAKSI_SEVERITY_WARNING, message, start, stop, NULL);
  return NULL;
}

/* An organisation, not a person the tagger took for one: a body's name
 * (Kementerian, PT), an acronym, or a name the gazetteer knows; or one
 * its description calls a body ("harian Kompas"). */
static gboolean
is_body (RedaksiQuoteSpeakers *self,
         const Mention        *mention)
{
  QuoteScan *scan = self->scan;
  guint first = mention->token;

  if (mention->canonical != NULL && !g_str_equal (mention->canonical, mention->text))
    return TRUE;
  if (first == NO_TOKEN)
    return FALSE;
  for (guint before = 0; before < 2 && first > _redaksi_quote_scan_stretch_first (scan, mention->token); before++)
    first--;
  for (guint t = first; t < scan->n_tokens && scan->tokens[t].start < mention->end; t++)
    if (role_kind (scan, t) == REDAKSI_ROLE_BODY || (scan->tokens[t].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE))
      return TRUE;
  return FALSE;
}

/* After an office, a place or a body qualifies it ("Kapolsek Medan
 * Johor"); anything else the tagger found may be a name it mislabelled. */
static gboolean
names_place_or_body (RedaksiQuoteSpeakers *self,
                     const Mention        *mention)
{
  return mention->type == REDAKSI_ENTITY_LOCATION || mention->type == REDAKSI_ENTITY_PERSON
         || (mention->type == REDAKSI_ENTITY_ORGANIZATION && is_body (self, mention));
}

/* "kata Polri dalam keterangannya", "ujar perseroan melalui siaran pers":
 * the text says the organisation itself spoke. */
static gboolean
speaks_through_statement (QuoteScan *scan,
                          guint      t)
{
  static const char *const ways[] = { "dalam", "melalui", "lewat", "via", NULL };
  static const char *const statements[] = { "keterangan", "pernyataan", "siaran", "rilis", "akun",
                                            "unggahan", "laman", "situs", "surat", "konferensi",
                                            "jumpa", "cuitan", "pengumuman", "keterbukaan", NULL };
  char buf[QUOTE_LOWER_SIZE];
  g_autofree char *heap = NULL;
  const char *statement;

  /* "Badan Pusat Statistik (BPS) dalam siaran persnya" */
  if (t + 2 < scan->n_tokens && _redaksi_quote_token_is (scan, t, "(") && _redaksi_quote_token_is (scan, t + 2, ")"))
    t += 3;
  if (t < scan->n_tokens && _redaksi_quote_token_is (scan, t, ","))
    t++;
  if (t + 1 >= scan->n_tokens || t + 1 >= _redaksi_quote_scan_stretch_end (scan, t))
    return FALSE;
  if (!_redaksi_quote_token_lower_in (scan, t, ways))
    return FALSE;
  statement = _redaksi_quote_token_lower_into (scan, t + 1, buf, &heap);
  for (guint i = 0; statements[i] != NULL; i++)
    if (g_str_has_prefix (statement, statements[i]))
      return TRUE;
  return FALSE;
}

/* A tagged speaker is a person, or an organisation that the text says
 * spoke; a place, an event or a body without a statement is none. */
static char *
tagged_speaker (RedaksiQuoteSpeakers *self,
                const Mention        *mention,
                guint                 end)
{
  switch (mention->type)
    {
    case REDAKSI_ENTITY_PERSON:
      return g_strdup (mention->canonical);
    case REDAKSI_ENTITY_ORGANIZATION:
      if (!is_body (self, mention) || speaks_through_statement (self->scan, end))
        return g_strdup (mention->canonical);
      return NULL;
    case REDAKSI_ENTITY_LOCATION:
    case REDAKSI_ENTITY_EVENT:
    case REDAKSI_ENTITY_MISC:
    default:
      return NULL;
    }
}

/* "kata Jaksa Ardito Muwardi" with only "Muwardi" tagged: the name
 * words before a one-word person, untagged and no title, place or
 * ordinary word, are the rest of that person's name. */
static gboolean
given_names_before (RedaksiQuoteSpeakers *self,
                    const Mention        *person,
                    guint                 first,
                    guint                 end)
{
  QuoteScan *scan = self->scan;

  if (person->n_words != 1 || person->end != scan->tokens[end - 1].end || person->token == NO_TOKEN || person->token <= first || person->token > first + 2
      || mention_at (self, scan->tokens[first].start, person->start, TRUE) != NULL
      || has_proper_word (scan, first, person->token))
    return FALSE;
  for (guint t = first; t < person->token; t++)
    if (!is_name_token (scan, t) || token_is_title (scan, t) || token_is_ordinary (scan, t))
      return FALSE;
  return TRUE;
}

char *
_redaksi_quote_speakers_named (RedaksiQuoteSpeakers *self,
                               guint                 first,
                               guint                 end)
{
  QuoteScan *scan = self->scan;
  guint start = scan->tokens[first].start, stop = scan->tokens[end - 1].end, office;
  g_autofree char *text = g_strndup (scan->text + start, stop - start);
  const Mention *person = person_within (self, start, stop);
  const Mention *tagged = mention_at (self, start, stop, TRUE);

  if (person == NULL)
    person = tagged_person_around (self, start, stop);

  /* ") Conference": a fragment, not a name. */
  if (!g_unichar_isalnum (g_utf8_get_char (text)))
    return NULL;
  /* "kata warga Desa Sukamaju": a place says nothing. */
  if (person == NULL && role_kind (scan, first) == REDAKSI_ROLE_PLACE)
    return NULL;
  if (person == NULL && (office = office_of (scan, first, end)) != NO_TOKEN
      && (tagged != NULL ? names_place_or_body (self, tagged) : only_office (self, office, end)))
    return office_speaker (self, office, end);
  /* "Kapolsek Cilincing Teguh Prasetyo": the person after the place. */
  if (person != NULL && person->canonical != NULL)
    return given_names_before (self, person, first, end) ? g_strdup (text) : g_strdup (article_name (self, person));
  if (tagged != NULL && tagged->type != REDAKSI_ENTITY_PERSON && earlier_full_name (self, tagged) != NULL)
    return g_strdup (article_name (self, tagged));
  if (tagged != NULL)
    return tagged_speaker (self, tagged, end);
  return _redaksi_quote_speakers_canonical (self, text, start, stop);
}

/* Mentions are in text order and so in paragraph order: the first
 * person name before @since ends the search. */
gboolean
_redaksi_quote_speakers_recent (RedaksiQuoteSpeakers *self,
                                guint                 before,
                                guint                 since,
                                guint                *start,
                                guint                *end)
{
  guint i = lower_bound (self, before);

  while (i > 0 && self->person[i - 1] != NO_TOKEN)
    {
      const Mention *mention = &g_array_index (self->mentions, Mention, self->person[i - 1]);

      if (mention->paragraph < since)
        return FALSE;
      i = self->person[i - 1];
      if (mention->end > before)
        continue;
      *start = mention->start;
      *end = mention->end;
      return TRUE;
    }
  return FALSE;
}
