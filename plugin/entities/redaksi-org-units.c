/* redaksi-org-units.c: units of state bodies named after their region
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-org-units-private.h"
#include "redaksi-word-table-private.h"
#include "ner/redaksi-ner-features.h"

/* data/lexicon/units.tsv as tables made at build time
 * (data/make-unit-forms.c): UnitForm, unit_form_array (the forms, those
 * of a first word together, longest first), unit_first_words (a first
 * word in ASCII lower case gives the index + 1 of its first form) and
 * unit_first_lengths (per first byte, bit n set when some first word
 * starting with it has n bytes, n < 32: most tokens are no unit's first
 * word, and need no lookup). */
#include "redaksi-unit-forms-table.h"

static inline const char *
unit_word (const UnitForm *form,
           guint           k)
{
  return unit_strings + form->words[k];
}

static const char *
token_text (const RedaksiUnitContext *ctx,
            guint                     i,
            gsize                    *len)
{
  *len = ctx->tokens[i].end - ctx->tokens[i].start;
  return ctx->text + ctx->tokens[i].start;
}

static gboolean
token_is (const RedaksiUnitContext *ctx,
          guint                     i,
          const char               *word)
{
  gsize len;
  const char *text = token_text (ctx, i, &len);

  /* Most words differ at once: no strlen for them (a letter's two
   * cases differ only in 0x20). */
  if (len == 0)
    return word[0] == '\0';
  if (((text[0] ^ word[0]) & ~0x20) != 0)
    return FALSE;
  return len == strlen (word) && g_ascii_strncasecmp (text, word, len) == 0;
}

/* Is token @i one of @list's words, in any case (as token_is())? */
static gboolean
is_word_in (const RedaksiUnitContext *ctx,
            guint                     i,
            RedaksiWordList          *list)
{
  gsize len;
  const char *text = token_text (ctx, i, &len);

  return _redaksi_word_list_has (list, ctx->lower[i], text, len);
}

static gboolean
capitalised (const RedaksiUnitContext *ctx,
             guint                     i)
{
  return ctx->tokens[i].kind == REDAKSI_TOKEN_WORD
         && (ctx->tokens[i].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED) != 0;
}

/* The gazetteer's match starting at token @i, or NULL. */
static const RedaksiGazetteerMatch *
match_at (const RedaksiUnitContext *ctx,
          guint                     i)
{
  return _redaksi_gazetteer_match_at (ctx->matches, i);
}

/* The unit form whose words, written capitalised, start at @i. */
static const UnitForm *
form_at (const RedaksiUnitContext *ctx,
         guint                     i)
{
  gsize len;
  const char *text = token_text (ctx, i, &len);
  const UnitForm *run;
  guint run_index;

  /* The words are ASCII: a token that is not has no hash, and is none. */
  if (ctx->tokens[i].kind != REDAKSI_TOKEN_WORD || len >= 32
      || !(unit_first_lengths[(guchar) (len > 0 ? g_ascii_tolower (text[0]) : '\0')] & (1u << len))
      || !(run_index = _redaksi_word_const_table_lookup (&unit_first_words, ctx->lower[i], text, len)))
    return NULL;
  run = &unit_form_array[run_index - 1];
  for (guint f = 0; f < run->n_same_first; f++)
    {
      const UnitForm *form = &run[f];
      guint k = 1;

      /* "dan" of "Kamar Dagang dan Industri" is written in lower case. */
      while (k < form->n_words && i + k < ctx->n_tokens && token_is (ctx, i + k, unit_word (form, k))
             && (capitalised (ctx, i + k) || g_str_equal (unit_word (form, k), "dan")))
        k++;
      /* "tragedi Kanjuruhan": news writes an event's head in lower case. */
      if (k == form->n_words && (capitalised (ctx, i) || form->event))
        return form;
    }
  return NULL;
}

/* "(Kajati)" between the unit and its place. */
static guint
skip_abbreviation (const RedaksiUnitContext *ctx,
                   guint                     j)
{
  if (j + 2 < ctx->n_tokens && token_is (ctx, j, "(") && capitalised (ctx, j + 1)
      && token_is (ctx, j + 2, ")"))
    return j + 3;
  return j;
}

static gboolean
is_title (const RedaksiUnitContext *ctx,
          guint                     i)
{
  gsize len;
  const char *text = token_text (ctx, i, &len);

  return ner_cue_of (text, len) == NER_CUE_TITLE;
}

/* "Polres Jajaran", "Polsek Setempat" in a title-case headline: the
 * unit's subordinates, or the local one, not a place. */
static gboolean
is_unit_relative (const RedaksiUnitContext *ctx,
                  guint                     j)
{
  static const char * const words[] = { "jajaran", "setempat", NULL };
  static RedaksiWordList list = REDAKSI_WORD_LIST (words);

  return is_word_in (ctx, j, &list);
}

/* A capitalised word that may be a place the gazetteer does not know:
 * no title or rank ("Kompol"), no other unit, no person's first name
 * unless the labeller took the unit itself for a person ("Denpomal
 * Banjarmasin" as one name), no "Jajaran". */
static gboolean
could_be_place (const RedaksiUnitContext *ctx,
                guint                     unit,
                guint                     j)
{
  gsize len;
  const char *text = token_text (ctx, j, &len);
  NerCue cue = ner_cue_of (text, len);

  if (!capitalised (ctx, j) || (ctx->tokens[j].flags & REDAKSI_TOKEN_FLAGS_SENTENCE_START)
      || (cue != NER_CUE_NONE && cue != NER_CUE_PLACE) || form_at (ctx, j) != NULL
      || is_unit_relative (ctx, j))
    return FALSE;
  if (ctx->labels[j] == NER_LABEL_B_PER && ner_label_type (ctx->labels[unit]) != ner_label_type (NER_LABEL_B_PER))
    return FALSE;
  return !(match_at (ctx, j) && _redaksi_gazetteer_entry_type (ctx->gazetteer, match_at (ctx, j)->entry)
                                  != REDAKSI_ENTITY_LOCATION);
}

/* "Kota", "Kabupaten", "Provinsi" (and the older "Propinsi"): the head
 * of a region's name. */
static gboolean
is_region_head (const RedaksiUnitContext *ctx,
                guint                     j)
{
  static const char * const heads[] = { "kota", "kabupaten", "kab", "provinsi", "propinsi", NULL };
  static RedaksiWordList list = REDAKSI_WORD_LIST (heads);

  return is_word_in (ctx, j, &list);
}

/* The gazetteer's place starting at @j, or NULL. */
static const RedaksiGazetteerMatch *
place_at (const RedaksiUnitContext *ctx,
          guint                     j)
{
  const RedaksiGazetteerMatch *match = j < ctx->n_tokens ? match_at (ctx, j) : NULL;

  if (match && _redaksi_gazetteer_entry_type (ctx->gazetteer, match->entry) == REDAKSI_ENTITY_LOCATION)
    return match;
  return NULL;
}

/* Where the place after a unit ends, or @j when there is none. A place
 * the gazetteer does not know is one or two capitalised words ("Polsek
 * Sawangan", "Polsek Pulo Raja"); three or more are a longer name of
 * their own ("Pengadilan Negeri Tindak Pidana Korupsi"). */
static guint
place_end (const RedaksiUnitContext *ctx,
           guint                     unit,
           guint                     j,
           gint64                   *entry)
{
  const RedaksiGazetteerMatch *match;
  guint end = j;

  *entry = -1;
  if (j >= ctx->n_tokens)
    return j;
  /* "Densus 88", "Kodim 0501": a unit's number. */
  if (ctx->tokens[j].kind == REDAKSI_TOKEN_NUMBER && !(ctx->tokens[j].flags & REDAKSI_TOKEN_FLAGS_SENTENCE_START))
    return j + 1;
  while (end < ctx->n_tokens && end - j < 3 && could_be_place (ctx, unit, end))
    end++;
  /* Capitalised words going on after it ("Jateng Kukrit Suryo") are a
   * name the place only opens; a rank may follow ("… Kompol Mustakim"). */
  if (end - j > 2 || (end < ctx->n_tokens && capitalised (ctx, end) && !is_title (ctx, end)))
    end = j;
  /* The gazetteer's place, unless it is only the first word of a
   * longer one it does not know ("Pulo" of "Polsek Pulo Raja"). */
  if (((match = place_at (ctx, j)) || (is_region_head (ctx, j) && (match = place_at (ctx, j + 1))))
      && match->end >= end)
    {
      *entry = match->entry;
      return match->end;
    }
  return end;
}

/* "SMAN 6 Kota Malang", "SMPN 2": a school's number, then the place it
 * serves when one follows; @j when no number does. */
static guint
school_end (const RedaksiUnitContext *ctx,
            guint                     unit,
            guint                     j,
            gint64                   *entry)
{
  guint end;

  *entry = -1;
  if (j >= ctx->n_tokens || ctx->tokens[j].kind != REDAKSI_TOKEN_NUMBER)
    return j;
  end = place_end (ctx, unit, j + 1, entry);
  return end > j + 1 ? end : j + 1;
}

/* "Satgas Pangan", "Satgas Densus": the capitalised words of a task,
 * whatever they name. */
static guint
name_end (const RedaksiUnitContext *ctx,
          guint                     j)
{
  guint end = j;

  while (end < ctx->n_tokens && end - j < 3 && capitalised (ctx, end)
         && !(ctx->tokens[end].flags & REDAKSI_TOKEN_FLAGS_SENTENCE_START))
    {
      gsize len;
      const char *text = token_text (ctx, end, &len);

      if (ner_cue_of (text, len) == NER_CUE_TITLE)
        break;
      end++;
    }
  return end;
}

guint
_redaksi_unit_words_at (const RedaksiUnitContext *ctx,
                        guint                     i)
{
  const UnitForm *form = i < ctx->n_tokens ? form_at (ctx, i) : NULL;

  return form ? form->n_words : 0;
}

/* "VIII", "ke-8", "8": the number of a congress. */
static gboolean
is_ordinal (const RedaksiUnitContext *ctx,
            guint                     j)
{
  gsize len;
  const char *text = token_text (ctx, j, &len);

  if (ctx->tokens[j].kind == REDAKSI_TOKEN_NUMBER || (len > 3 && g_ascii_strncasecmp (text, "ke-", 3) == 0))
    return TRUE;
  for (gsize k = 0; k < len; k++)
    if (!strchr ("IVXLC", text[k]))
      return FALSE;
  return len > 0 && len <= 6;
}

/* What an event's head is followed by: its number, then the body that
 * holds it or the place where it happened; one of them at least. */
static guint
event_end (const RedaksiUnitContext *ctx,
           guint                     unit,
           guint                     j,
           gint64                   *entry)
{
  const RedaksiGazetteerMatch *match;
  guint after;

  *entry = -1;
  if (j < ctx->n_tokens && is_ordinal (ctx, j))
    j++;
  if (j < ctx->n_tokens && (match = match_at (ctx, j))
      && _redaksi_gazetteer_entry_type (ctx->gazetteer, match->entry) == REDAKSI_ENTITY_ORGANIZATION)
    {
      *entry = match->entry;
      return match->end;
    }
  after = place_end (ctx, unit, j, entry);
  return after;
}

/* "Stasiun Meteorologi Kelas I Juanda": BMKG ranks its stations in
 * classes, named between the unit and its place. */
static guint
skip_station_class (const RedaksiUnitContext *ctx,
                    guint                     j)
{
  if (j + 2 < ctx->n_tokens && token_is (ctx, j, "Kelas") && is_ordinal (ctx, j + 1))
    return j + 2;
  return j;
}

gboolean
_redaksi_unit_at (const RedaksiUnitContext *ctx,
                  guint                     i,
                  RedaksiUnit              *unit)
{
  const UnitForm *form;
  const RedaksiGazetteerMatch *known;
  guint j;

  if (i >= ctx->n_tokens || !(form = form_at (ctx, i)))
    return FALSE;
  unit->first = i;
  unit->short_form = unit_strings + form->short_form;
  unit->words_end = i + form->n_words;
  unit->place_first = j = skip_station_class (ctx, skip_abbreviation (ctx, unit->words_end));
  unit->type = form->event ? REDAKSI_ENTITY_EVENT : REDAKSI_ENTITY_ORGANIZATION;
  if (form->event)
    unit->end = event_end (ctx, i, j, &unit->place_entry);
  else if (form->numbered)
    unit->end = j < ctx->n_tokens && is_ordinal (ctx, j) ? event_end (ctx, i, j, &unit->place_entry) : j;
  else if (form->school)
    unit->end = school_end (ctx, i, j, &unit->place_entry);
  else
    unit->end = form->any_name ? name_end (ctx, j) : place_end (ctx, i, j, &unit->place_entry);
  if (form->any_name)
    unit->place_entry = -1;
  if (unit->end == j)
    return FALSE;
  /* A body the gazetteer knows whole ("Polda Metro Jaya") stays its own. */
  known = match_at (ctx, i);
  return !(known && known->end >= unit->end
           && _redaksi_gazetteer_entry_type (ctx->gazetteer, known->entry) == REDAKSI_ENTITY_ORGANIZATION);
}

char *
_redaksi_unit_key (const RedaksiUnitContext *ctx,
                   const RedaksiUnit        *unit)
{
  g_autofree char *place = NULL;
  guint first = unit->place_first;

  /* "Komisi III DPR" and "Komisi VII DPR" are two commissions. */
  if (unit->place_entry >= 0 && unit->type == REDAKSI_ENTITY_ORGANIZATION && is_ordinal (ctx, first))
    return g_strdup_printf ("%s\x1f%.*s#%" G_GINT64_FORMAT, unit->short_form,
                            (int) (ctx->tokens[first].end - ctx->tokens[first].start),
                            ctx->text + ctx->tokens[first].start, unit->place_entry);
  if (unit->place_entry >= 0)
    return g_strdup_printf ("%s\x1f#%" G_GINT64_FORMAT, unit->short_form, unit->place_entry);
  /* "Munas VIII Kadin" and "Munas Kadin" are one congress. */
  if (unit->type == REDAKSI_ENTITY_EVENT && first + 1 < unit->end && is_ordinal (ctx, first))
    first++;
  place = g_strndup (ctx->text + ctx->tokens[first].start,
                     ctx->tokens[unit->end - 1].end - ctx->tokens[first].start);
  return g_strdup_printf ("%s\x1f%s", unit->short_form, place);
}

/* "Mapolsek" for "Polsek", "Mapolres Metro" for "Polres Metro": the
 * unit's headquarters (markas). */
static gboolean
is_headquarters_form (const RedaksiUnitContext *ctx,
                      const RedaksiUnit        *unit)
{
  const char *text = ctx->text + ctx->tokens[unit->first].start;
  gsize len = ctx->tokens[unit->first].end - ctx->tokens[unit->first].start;
  gsize first_word_len = strcspn (unit->short_form, " ");

  return len == first_word_len + 2 && g_ascii_strncasecmp (text, "ma", 2) == 0
         && g_ascii_strncasecmp (text + 2, unit->short_form, first_word_len) == 0;
}

/* The unit's own words: the short form when the article gives it in
 * brackets ("Kamar Dagang dan Industri (Kadin) Kota Semarang" is
 * "Kadin Kota Semarang"), else as written. */
static char *
unit_words (const RedaksiUnitContext *ctx,
            const RedaksiUnit        *unit)
{
  gsize start = ctx->tokens[unit->first].start;
  guint abbreviation = unit->words_end + 1;

  /* "Mapolsek Arjasa", the station's headquarters (markas), tags the
   * station: "Polsek Arjasa". */
  if (is_headquarters_form (ctx, unit))
    return g_strdup (unit->short_form);
  if (unit->place_first > unit->words_end && token_is (ctx, abbreviation, unit->short_form))
    return g_strndup (ctx->text + ctx->tokens[abbreviation].start,
                      ctx->tokens[abbreviation].end - ctx->tokens[abbreviation].start);
  /* "tragedi Kanjuruhan" as a tag is "Tragedi Kanjuruhan". */
  if (!capitalised (ctx, unit->first))
    return g_strdup (unit->short_form);
  return g_strndup (ctx->text + start, ctx->tokens[unit->words_end - 1].end - start);
}

/* The place as the gazetteer names it ("Polda Kalsel" is "Polda
 * Kalimantan Selatan", as the tagger's regional bodies are), keeping
 * "Kota" or "Kabupaten", which tell a city from the regency of the
 * same name; else as written. */
static char *
place_words (const RedaksiUnitContext *ctx,
             const RedaksiUnit        *unit)
{
  guint first = unit->place_first;
  gsize start = ctx->tokens[first].start;
  const char *name;
  int number_len = 0;

  /* An event keeps its number and its body as written: "Munas VIII
   * Kadin Indonesia"; so does a numbered unit ("Komisi VII DPR"). */
  if (unit->place_entry < 0 || unit->type == REDAKSI_ENTITY_EVENT
      || _redaksi_gazetteer_entry_type (ctx->gazetteer, (guint32) unit->place_entry) != REDAKSI_ENTITY_LOCATION)
    return g_strndup (ctx->text + start, ctx->tokens[unit->end - 1].end - start);
  name = _redaksi_gazetteer_entry_name (ctx->gazetteer, (guint32) unit->place_entry);
  /* A school keeps its number before its place: "SMAN 6 Malang". */
  if (ctx->tokens[first].kind == REDAKSI_TOKEN_NUMBER && first + 1 < unit->end)
    {
      number_len = (int) (ctx->tokens[first].end - start);
      first++;
    }
  if (unit->end - first > 1 && (token_is (ctx, first, "kota") || token_is (ctx, first, "kabupaten")))
    return g_strdup_printf ("%.*s%s%.*s %s", number_len, ctx->text + start, number_len ? " " : "",
                            (int) (ctx->tokens[first].end - ctx->tokens[first].start),
                            ctx->text + ctx->tokens[first].start, name);
  return g_strdup_printf ("%.*s%s%s", number_len, ctx->text + start, number_len ? " " : "", name);
}

char *
_redaksi_unit_name (const RedaksiUnitContext *ctx,
                    const RedaksiUnit        *unit)
{
  g_autofree char *words = unit_words (ctx, unit);
  g_autofree char *place = place_words (ctx, unit);
  g_autofree char *known = NULL;
  RedaksiEntityType type;
  const char *name;

  /* "Kepolisian Daerah Jawa Barat" is the gazetteer's "Polda Jawa Barat". */
  if (unit->place_entry >= 0 && unit->type == REDAKSI_ENTITY_ORGANIZATION
      && _redaksi_gazetteer_entry_type (ctx->gazetteer, (guint32) unit->place_entry) == REDAKSI_ENTITY_LOCATION)
    {
      known = g_strdup_printf ("%s %s", unit->short_form,
                               _redaksi_gazetteer_entry_name (ctx->gazetteer, (guint32) unit->place_entry));
      if (redaksi_gazetteer_lookup (ctx->gazetteer, known, &type, &name, NULL)
          && type == REDAKSI_ENTITY_ORGANIZATION)
        return g_strdup (name);
    }
  return g_strdup_printf ("%s %s", words, place);
}

/* Places named after their kind: "Desa Sukamaju", "Kelurahan Karang
 * Indah", "Nagari Malampah", "Pelabuhan Garongkong". */


/* Words that say what kind of place the name after them is. The name
 * is the place ("Kelurahan Karang Indah" is Karang Indah); a port's
 * head is part of its name ("Pelabuhan Garongkong"). */
static const char * const admin_head_words[] = {
  "desa", "kelurahan", "kecamatan", "kampung", "dusun", "nagari", "jorong", "gampong", "pekon",
  "distrik", "perumahan", "pelabuhan", NULL
};
static RedaksiWordList admin_heads = REDAKSI_WORD_LIST (admin_head_words);

/* "Kepala Desa Hendra Gunawan" is the head of a village, not a place. */
static const char * const office_of_place_words[] = {
  "kepala", "kades", "lurah", "camat", "wakil", "sekretaris", "perangkat", "aparat", NULL
};
static RedaksiWordList office_of_place = REDAKSI_WORD_LIST (office_of_place_words);

/* "di Desa Suwidak Senin (14/11)", "Selasa malam": a day that its date
 * or time of day follows. */
static gboolean
is_dated_day (const RedaksiUnitContext *ctx,
              guint                     j)
{
  static const char * const days[] = {
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad", NULL
  };
  static const char * const times[] = {
    "pagi", "siang", "sore", "malam", "dini", "lalu", "kemarin", NULL
  };
  static RedaksiWordList day_list = REDAKSI_WORD_LIST (days);
  static RedaksiWordList time_list = REDAKSI_WORD_LIST (times);

  if (!is_word_in (ctx, j, &day_list) || j + 1 >= ctx->n_tokens)
    return FALSE;
  if (token_is (ctx, j + 1, "("))
    return j + 2 < ctx->n_tokens && g_ascii_isdigit (ctx->text[ctx->tokens[j + 2].start]);
  return is_word_in (ctx, j + 1, &time_list);
}

/* May token @j be a word of the place's own name? Not a region's head
 * ("Kota Makassar" after "Kecamatan Tallo"), an "RT" in capitals, a
 * title, a unit, a day with its date or a name the gazetteer gives
 * another kind. */
static gboolean
could_be_place_word (const RedaksiUnitContext *ctx,
                     guint                     j)
{
  const RedaksiGazetteerMatch *match;

  if (j >= ctx->n_tokens || !capitalised (ctx, j)
      || (ctx->tokens[j].flags & (REDAKSI_TOKEN_FLAGS_SENTENCE_START | REDAKSI_TOKEN_FLAGS_UPPERCASE))
      || is_title (ctx, j) || is_region_head (ctx, j) || is_word_in (ctx, j, &admin_heads)
      || form_at (ctx, j) != NULL || is_dated_day (ctx, j))
    return FALSE;
  match = match_at (ctx, j);
  return match == NULL || _redaksi_gazetteer_entry_type (ctx->gazetteer, match->entry) == REDAKSI_ENTITY_LOCATION;
}

/* Every word a unit's form, a ministry or a headed place opens with,
 * in lower case: the words of unit_first_words, "menteri" and the
 * admin_heads. Made once, kept for the process. form_at() looks the
 * word up in unit_first_words, _redaksi_ministry_at() wants "menteri" and
 * _redaksi_headed_place_at() one of admin_heads, all of them a word
 * token: a token in none of those lists starts none of them
 * (_redaksi_unit_head_at()). */
const RedaksiWordTable *
_redaksi_unit_heads (void)
{
  static RedaksiWordTable *heads;

  if (g_once_init_enter (&heads))
    {
      RedaksiWordTable *table = g_new0 (RedaksiWordTable, 1);

      /* Twice the first words' slots: they fill at most a quarter of
       * it, which leaves the eleven other heads room without a resize. */
      table->mask = 2 * unit_first_words.mask + 1;
      table->slots = g_new0 (RedaksiWordSlot, table->mask + 1);
      for (gsize k = 0; k <= unit_first_words.mask; k++)
        if (unit_first_words.slots[k].hash != 0)
          _redaksi_word_table_add (table, unit_first_words.strings + unit_first_words.slots[k].word, 1);
      _redaksi_word_table_add (table, "menteri", 1);
      for (guint k = 0; admin_head_words[k]; k++)
        _redaksi_word_table_add (table, admin_head_words[k], 1);
      g_once_init_leave (&heads, table);
    }
  return heads;
}

gboolean
_redaksi_is_place_kind (const RedaksiUnitContext *ctx,
                        guint                     i)
{
  return is_word_in (ctx, i, &admin_heads);
}

gboolean
_redaksi_headed_place_at (const RedaksiUnitContext *ctx,
                          guint                     i,
                          guint                    *first,
                          guint                    *end)
{
  const RedaksiGazetteerMatch *known;
  guint j = i + 1;

  /* "PT Pelabuhan Indonesia" is a company the gazetteer knows. */
  if (ctx->tokens[i].kind != REDAKSI_TOKEN_WORD || !is_word_in (ctx, i, &admin_heads)
      || !could_be_place_word (ctx, j) || (i > 0 && is_word_in (ctx, i - 1, &office_of_place))
      || ((known = match_at (ctx, i))
          && _redaksi_gazetteer_entry_type (ctx->gazetteer, known->entry) != REDAKSI_ENTITY_LOCATION))
    return FALSE;
  /* "desa Hendra" written in lower case is more often a role phrase
   * than a village: the labeller's person wins there. */
  if (!capitalised (ctx, i) && ctx->labels[j] == NER_LABEL_B_PER)
    return FALSE;
  *first = capitalised (ctx, i) && token_is (ctx, i, "pelabuhan") ? i : j;
  if ((known = match_at (ctx, j)))
    {
      *end = known->end;
      return TRUE;
    }
  /* Up to three words, ending before a place the gazetteer knows:
   * "Desa Kuala Beringin Labura" is a village and its regency. */
  while (j < ctx->n_tokens && j - i <= 3 && could_be_place_word (ctx, j) && (j == i + 1 || !match_at (ctx, j)))
    j++;
  *end = j;
  return TRUE;
}

/* A minister's ministry: "Menteri BUMN" names "Kementerian BUMN". */

#define MINISTRY_MAX_WORDS 10

/* "Menteri Perdagangan AS": a minister of another country, whose
 * ministry is no Indonesian one the gazetteer knows. */
static gboolean
is_foreign_country_at (const RedaksiUnitContext *ctx,
                       guint                     j)
{
  const RedaksiGazetteerMatch *match = j < ctx->n_tokens ? match_at (ctx, j) : NULL;
  const char *id;

  if (match == NULL || (id = _redaksi_gazetteer_entry_id (ctx->gazetteer, match->entry)) == NULL)
    return FALSE;
  return g_str_has_prefix (id, "iso3166:") && !g_str_equal (id, "iso3166:ID");
}

/* The ministry the words after "Menteri" at @i name. */
static gboolean
ministry_after (const RedaksiUnitContext *ctx,
                guint                     i,
                guint                    *end,
                gint64                   *entry)
{
  NerToken tokens[MINISTRY_MAX_WORDS + 1] = { { "Kementerian", 11, 0, 0, 0 } };
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (RedaksiGazetteerMatch));
  RedaksiGazetteerMatch *match;
  guint n = 1;

  for (guint j = i + 1; j < ctx->n_tokens && n <= MINISTRY_MAX_WORDS; j++, n++)
    {
      gsize len;

      tokens[n].text = token_text (ctx, j, &len);
      tokens[n].len = (guint) len;
    }
  _redaksi_gazetteer_annotate (ctx->gazetteer, tokens, n, matches);
  if (matches->len == 0)
    return FALSE;
  match = &g_array_index (matches, RedaksiGazetteerMatch, 0);
  if (match->start != 0 || match->end < 2
      || _redaksi_gazetteer_entry_type (ctx->gazetteer, match->entry) != REDAKSI_ENTITY_ORGANIZATION)
    return FALSE;
  *end = i + match->end;
  *entry = match->entry;
  return !is_foreign_country_at (ctx, *end);
}

/* Most tokens are no "Menteri": they cost no token array. */
gboolean
_redaksi_ministry_at (const RedaksiUnitContext *ctx,
                      guint                     i,
                      guint                    *end,
                      gint64                   *entry)
{
  if (!capitalised (ctx, i) || !token_is (ctx, i, "menteri") || i + 1 >= ctx->n_tokens
      || !capitalised (ctx, i + 1))
    return FALSE;
  return ministry_after (ctx, i, end, entry);
}
