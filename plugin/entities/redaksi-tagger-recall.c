/* redaksi-tagger-recall.c: the tagger's steps for names the labeller
 * misses or splits: units of state bodies and places named after their
 * kind, ministries in ministers' titles, events named after their kind,
 * a person's rare first or last word, places after "di", and one entity
 * for a name's spellings.
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Included by redaksi-tagger.c, whose run, mentions and helpers it works
 * on; it is not compiled on its own.
 */

/* Units of state bodies: "Polda DIY", "Polsek Tanah Abang", "Kejaksaan
 * Tinggi (Kajati) DKI Jakarta" (redaksi-org-units.c). */

static void
unit_context (Run                *run,
              RedaksiUnitContext *ctx)
{
  *ctx = (RedaksiUnitContext) { run->text, run->tokens, run->n_tokens, run->labels,
                                run->tagger->gazetteer, run->matches, run->lower, _redaksi_unit_heads () };
}

/* "Humas", "Kabag Humas", "Ketua": words of an office or its title
 * that open a mention before a unit name the post of someone in that
 * body, not a longer body: "Humas Pengadilan Negeri Surabaya" is the
 * court. */
static gboolean
is_office_word (Run   *run,
                guint  i)
{
  return (role_word (run, i) & (ROLE_WORD_OFFICE | ROLE_WORD_TITLE | ROLE_WORD_UNIT)) != 0;
}

static gboolean
only_office_words (Run   *run,
                   guint  first,
                   guint  end)
{
  for (guint i = first; i < end; i++)
    if (!is_office_word (run, i))
      return FALSE;
  return first < end;
}

/* A mention the labeller made over a unit's or a place's words keeps
 * its first run of words outside them, from a capital to a capital,
 * the word for the place's kind aside: "Polresta Depok dan Polsek
 * Sawangan" keeps nothing, "Desa Kuala Beringin Labura" keeps
 * "Labura". FALSE when nothing is left. */
static gboolean
trim_outside_units (Run                      *run,
                    const RedaksiUnitContext *ctx,
                    Mention                  *m,
                    const guint8             *in_unit)
{
  guint first = m->first, end;

  if (!memchr (in_unit + m->first, 1, m->end - m->first))
    return TRUE;
  while (first < m->end && (in_unit[first] || !is_capitalised (run, first)
                            || _redaksi_is_place_kind (ctx, first) || is_office_word (run, first)))
    first++;
  for (end = first; end < m->end && !in_unit[end]; end++)
    ;
  while (end > first && !is_capitalised (run, end - 1))
    end--;
  /* "KPU Denpasar Pada Para Paslon" in a headline leaves "Pada", a word
   * of the dictionary, no name. */
  if (end <= first || (end == first + 1 && is_dictionary_word (run, first)))
    return FALSE;
  if (first != m->first || end != m->end)
    {
      m->first = first;
      m->end = end;
      m->cut = 0;
      m->entry = exact_match (run, first, end);
    }
  return TRUE;
}

/* "Murdian Humas Pengadilan Negeri (PN) Kota Agung": an office's words
 * between a name and the unit right after it end no body's name; the
 * name before them is the office holder's, a person unless the
 * gazetteer knows it. FALSE when nothing is left. */
static gboolean
trim_office_before_unit (Run          *run,
                         Mention      *m,
                         const guint8 *in_unit)
{
  guint end = m->end;

  if (m->entry >= 0 || m->end >= run->n_tokens || !in_unit[m->end]
      || memchr (in_unit + m->first, 1, m->end - m->first))
    return TRUE;
  while (end > m->first && is_office_word (run, end - 1))
    end--;
  if (end == m->end)
    return TRUE;
  if (end == m->first)
    return FALSE;
  m->end = end;
  m->cut = 0;
  m->type = REDAKSI_ENTITY_PERSON;
  look_up_again (run, m);
  return TRUE;
}

typedef struct
{
  guint             first;
  guint             end;    /* first when taken by a longer mention */
  RedaksiEntityType type;
  gint64            entry;  /* the gazetteer's, when the span's words alone do not say */
} NamedSpan;

/* Does a place the gazetteer knows start at token @i? "Desa Kuala
 * Beringin Labura" is a village and its regency, not one place. */
static gboolean
gazetteer_place_at (Run   *run,
                    guint  i)
{
  guint lo = 0, hi = run->matches->len;
  RedaksiGazetteerMatch *match;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (run->matches, RedaksiGazetteerMatch, mid).start < i)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo >= run->matches->len)
    return FALSE;
  match = &g_array_index (run->matches, RedaksiGazetteerMatch, lo);
  return match->start == i
         && _redaksi_gazetteer_entry_type (run->tagger->gazetteer, match->entry) == REDAKSI_ENTITY_LOCATION;
}

/* "Mako Polda Kalsel": a longer name the labeller saw, ending with a
 * unit, is kept whole, unless an office's words are all it adds; the
 * unit then gives no mention of its own. So
 * is a place it saw whole ("Kecamatan Tigo Nagari", where "Nagari" is
 * also a place's head). */
static gboolean
holds_span (Run          *run,
            Mention      *m,
            const guint  *span_of,
            const guint8 *in_span,
            GArray       *spans)
{
  NamedSpan *span;
  guint t = m->first;

  while (t < m->end && !in_span[t])
    t++;
  if (t == m->end)
    return FALSE;
  span = &g_array_index (spans, NamedSpan, span_of[t] - 1);
  if (!(m->first < span->first && m->end == span->end && !only_office_words (run, m->first, span->first))
      && !(span->type == REDAKSI_ENTITY_LOCATION && m->type == REDAKSI_ENTITY_LOCATION
           && m->first <= span->first && m->end >= span->end
           && !(m->end > span->end && gazetteer_place_at (run, span->end))))
    return FALSE;
  span->end = span->first;  /* taken */
  return TRUE;
}

/* A unit at @i ("Polda DIY"), a minister's ministry ("BUMN" of
 * "Menteri BUMN") or a place named after its kind ("Desa Sukamaju");
 * FALSE when none starts there. */
/* "ke Kantor Desa Minta Bantuan" in a title-case headline: the words
 * after the place's kind are the headline's own when half of them or
 * more are dictionary words. */
static gboolean
headline_words_after_kind (Run   *run,
                           guint  first,
                           guint  end)
{
  return in_headline_line (run, first) && half_dictionary_words (run, first, end);
}

static gboolean
named_span_at (Run                      *run,
               const RedaksiUnitContext *ctx,
               guint                     i,
               NamedSpan                *span)
{
  RedaksiUnit unit;

  guint end;
  gint64 ministry;

  if (!_redaksi_unit_head_at (ctx, i))
    return FALSE;
  if (_redaksi_unit_at (ctx, i, &unit))
    *span = (NamedSpan) { unit.first, unit.end, unit.type, -1 };
  else if (_redaksi_ministry_at (ctx, i, &end, &ministry))
    *span = (NamedSpan) { i + 1, end, REDAKSI_ENTITY_ORGANIZATION, ministry };
  else if (_redaksi_headed_place_at (ctx, i, &span->first, &span->end)
           && !headline_words_after_kind (run, span->first, span->end))
    {
      span->type = REDAKSI_ENTITY_LOCATION;
      span->entry = -1;
    }
  else
    return FALSE;
  return !span_excluded (run, span->first, span->end);
}

static void
add_span_mentions (Run    *run,
                   GArray *spans)
{
  for (guint u = 0; u < spans->len; u++)
    {
      NamedSpan *span = &g_array_index (spans, NamedSpan, u);
      gint64 entry;

      if (span->end == span->first)
        continue;
      entry = span->entry >= 0 ? span->entry : exact_match (run, span->first, span->end);
      if (entry >= 0 && _redaksi_gazetteer_entry_type (run->tagger->gazetteer, (guint32) entry) != span->type)
        entry = -1;
      add_mention (run, span->first, span->end, span->type, entry);
    }
}

static void
collect_units (Run *run)
{
  RedaksiUnitContext ctx;
  /* A token's span is read only where in_span marks one: the larger
   * array is left as it comes. */
  g_autofree guint *span_of = _redaksi_new_large (guint, MAX (run->n_tokens, 1));
  g_autofree guint8 *in_span = _redaksi_new0_large (guint8, MAX (run->n_tokens, 1));
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (NamedSpan));
  guint kept = 0;

  unit_context (run, &ctx);
  for (guint i = 0; i < run->n_tokens && !run_cancelled (run, i); i++)
    {
      NamedSpan span;

      if (run->excluded[i] || !named_span_at (run, &ctx, i, &span))
        continue;
      g_array_append_val (spans, span);
      for (guint t = span.first; t < span.end; t++)
        span_of[t] = spans->len;
      memset (in_span + span.first, 1, span.end - span.first);
      i = span.end - 1;
    }
  for (guint k = 0; k < run->mentions->len; k++)
    {
      Mention m = g_array_index (run->mentions, Mention, k);

      /* "penyidik dari Denpomal": a unit named without its place is
       * still the body. */
      if (m.entry < 0 && _redaksi_unit_words_at (&ctx, m.first) == m.end - m.first)
        m.type = REDAKSI_ENTITY_ORGANIZATION;
      if ((holds_span (run, &m, span_of, in_span, spans) || trim_outside_units (run, &ctx, &m, in_span))
          && trim_office_before_unit (run, &m, in_span))
        g_array_index (run->mentions, Mention, kept++) = m;
    }
  g_array_set_size (run->mentions, kept);
  add_span_mentions (run, spans);
  sort_mentions (run->mentions);
}

/* "jasad Nofriansyah Yosua Hutabarat", "AKBP Nuredy Irwansyah Putra,":
 * the labeller, unsure of a rare word, leaves a name's first or last
 * word out. A capitalised word right beside a person's name that no
 * mention holds, no gazetteer knows, that is no cue, no common word nor
 * one the article writes in lower case, and that no other capitalised
 * word follows, is part of the name. */
static gboolean
could_extend_name (Run           *run,
                   const guint8  *covered,
                   const guint8  *known,
                   const WordSet *lowercase,
                   guint          i)
{
  return run->tokens[i].kind == REDAKSI_TOKEN_WORD && (run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
         && !(run->tokens[i].flags & (REDAKSI_TOKEN_FLAGS_UPPERCASE | REDAKSI_TOKEN_FLAGS_DATELINE
                                      | REDAKSI_TOKEN_FLAGS_SENTENCE_START))
         && !covered[i] && !known[i] && !run->excluded[i] && !in_headline (run, i)
         && !is_common_word (run, i, lowercase);
}

/* A word the labeller may leave out before a surname: capitalised but
 * no acronym (CCTV), held by no mention, the gazetteer or the cue
 * lists, no office or rank, and either a given name (Putri, Dewi) or no
 * dictionary word (Widiyanti). */
static gboolean
could_be_given_name (Run          *run,
                     const guint8 *covered,
                     const guint8 *known,
                     guint         i)
{
  gsize len;
  const char *text = token_text (run, i, &len);
  gboolean given = ner_is_given_name (text, len);

  if (run->tokens[i].kind != REDAKSI_TOKEN_WORD || !(run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED)
      || (run->tokens[i].flags & REDAKSI_TOKEN_FLAGS_UPPERCASE))
    return FALSE;
  if (run->excluded[i] || covered[i] || known[i] || starts_sentence (run, i) || in_headline (run, i)
      || (role_word (run, i) & OFFICE_WORDS))
    return FALSE;
  /* "Putri" is also a word of address, a cue the labeller reads. */
  if (!(token_cue (run, i) == NER_CUE_NONE || (token_cue (run, i) == NER_CUE_KIN && given)))
    return FALSE;
  return given || !is_dictionary_word (run, i);
}

/* "Menteri Pariwisata Widiyanti Putri Wardhana" with only "Wardhana"
 * seen: up to two such words before a person of one or two words are
 * the rest of the name, when what comes before them is no capitalised
 * word of its own (a title's body is a mention: "Pariwisata"). */
static void
extend_surname_left (Run          *run,
                     Mention      *m,
                     guint8       *covered,
                     const guint8 *known)
{
  guint first = m->first;

  if (m->type != REDAKSI_ENTITY_PERSON || m->entry >= 0 || m->cut != 0 || m->end - m->first > 2
      || starts_sentence (run, m->first))
    return;
  while (first > 1 && m->first - first < 2 && could_be_given_name (run, covered, known, first - 1))
    first--;
  if (first == m->first || (is_capitalised (run, first - 1) && !covered[first - 1]))
    return;
  memset (covered + first, 1, m->first - first);
  m->first = first;
}

static void
extend_people (Run *run)
{
  const WordSet *lowercase = lowercase_words (run);
  g_autofree guint8 *covered = mention_coverage (run);
  g_autofree guint8 *known = _redaksi_new0_large (guint8, MAX (run->n_tokens, 1));

  for (guint k = 0; k < run->matches->len; k++)
    {
      RedaksiGazetteerMatch *match = &g_array_index (run->matches, RedaksiGazetteerMatch, k);

      memset (known + match->start, 1, match->end - match->start);
    }
  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      guint before = m->first - 1, after = m->end;

      if (m->type != REDAKSI_ENTITY_PERSON || m->entry >= 0 || m->cut != 0 || m->end - m->first < 2)
        continue;
      if (m->first >= 2 && !starts_sentence (run, m->first) && could_extend_name (run, covered, known, lowercase, before)
          && !is_capitalised (run, before - 1))
        covered[--m->first] = 1;
      if (after + 1 < run->n_tokens && could_extend_name (run, covered, known, lowercase, after)
          && !is_capitalised (run, after + 1))
        covered[m->end++] = 1;
    }
  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    extend_surname_left (run, &g_array_index (run->mentions, Mention, k), covered, known);
}

/* The name of the unit @m is, the same for every spelling of it in the
 * article, or NULL when @m is no unit. */
static char *
unit_canonical (Run     *run,
                Mention *m)
{
  RedaksiUnitContext ctx;
  RedaksiUnit unit;
  g_autofree char *key = NULL;
  const char *name;

  unit_context (run, &ctx);
  if (!_redaksi_unit_at (&ctx, m->first, &unit) || unit.end != m->end || unit.type != m->type)
    return NULL;
  key = _redaksi_unit_key (&ctx, &unit);
  if (!(name = g_hash_table_lookup (run->unit_names, key)))
    {
      name = _redaksi_unit_name (&ctx, &unit);
      g_hash_table_insert (run->unit_names, g_steal_pointer (&key), (char *) name);
    }
  return g_strdup (name);
}

static guint
count_words (const char *name)
{
  guint n = 1;

  for (const char *p = name; *p; p++)
    n += *p == ' ';
  return n;
}

static guint
times_written (Run        *run,
               const char *name)
{
  return caseless_get (&run->written, name, strlen (name));
}

/* Do @a and @b have the same letters and digits, whatever their case
 * and what stands between them? */
static gboolean
same_letters (const char *a,
              const char *b)
{
  for (;;)
    {
      while (*a && !g_ascii_isalnum (*a) && (guchar) *a < 0x80)
        a++;
      while (*b && !g_ascii_isalnum (*b) && (guchar) *b < 0x80)
        b++;
      if (!*a || !*b)
        return !*a && !*b;
      if (g_ascii_tolower (*a++) != g_ascii_tolower (*b++))
        return FALSE;
    }
}

/* "Anidya Bakrie" and "Anindya Bakrie", "Makassar Newport" and
 * "Makassar New Port": the same name spelt otherwise in one article is
 * one entity, named as the article writes it more often (two people a
 * letter apart, each named once, stay two). A name the gazetteer knows
 * is no misspelling, and a person's name keeps its number of words
 * ("Arif Budi" is not "Arifbudi"). */
static int
spelling_of (Run               *run,
             Mention           *m,
             const char        *canonical,
             RedaksiEntityType  type)
{
  guint found, held, now;
  Entity *e;

  if (m->entry >= 0 || type == REDAKSI_ENTITY_EVENT || type == REDAKSI_ENTITY_MISC
      || !(found = _redaksi_variants_find (run->variants, canonical)))
    return -1;
  e = &g_array_index (run->entities, Entity, found - 1);
  held = times_written (run, e->canonical);
  now = times_written (run, canonical);
  if (e->type != type || (type == REDAKSI_ENTITY_PERSON && count_words (e->canonical) != count_words (canonical)))
    return -1;
  /* The same letters hyphenated otherwise ("Shin Tae-yong", "Shin
   * Taeyong") are one name however often each is written. */
  if (!same_letters (e->canonical, canonical) && (MAX (held, now) < 2 || held == now))
    return -1;
  if (now > held && e->id == NULL)
    {
      /* The earlier spelling was the rare one: the entity takes this. */
      /* The table's key for the old spelling is that name: kept. */
      if (run->retired == NULL)
        run->retired = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (run->retired, e->canonical);
      e->canonical = g_strdup (canonical);
      caseless_set (&run->entity_index, e->canonical, strlen (e->canonical), found);
    }
  return (int) found - 1;
}

/* Events */

/* "Pilpres 2014" and "Pilpres" in one article: the generic event is the
 * dated one the article is about, when it names only one. */
static gboolean
ends_with_year (Run     *run,
                Mention *m)
{
  gsize len;
  const char *text = token_text (run, m->end - 1, &len);

  return m->end - m->first >= 2 && run->tokens[m->end - 1].kind == REDAKSI_TOKEN_NUMBER && len == 4
         && (g_str_has_prefix (text, "19") || g_str_has_prefix (text, "20"));
}

static void
find_dated_events (Run *run)
{
  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      g_autofree char *generic = NULL;
      const char *name;
      RedaksiEntityType type;
      gpointer seen;

      if (m->type != REDAKSI_ENTITY_EVENT || m->entry < 0 || !ends_with_year (run, m))
        continue;
      generic = text_between (run, m->first, m->end - 1);
      if (!redaksi_gazetteer_lookup (run->tagger->gazetteer, generic, &type, &name, NULL)
          || type != REDAKSI_ENTITY_EVENT)
        continue;
      /* Names are the gazetteer's, as long-lived as the tagger. */
      seen = g_hash_table_lookup (run->dated_events, name);
      /* Two dated events of one kind: "Pilpres" could be either. */
      if (seen != NULL && GPOINTER_TO_SIZE (seen) != (gsize) m->entry + 1)
        g_hash_table_insert (run->dated_events, (char *) name, GSIZE_TO_POINTER (G_MAXSIZE));
      else
        g_hash_table_insert (run->dated_events, (char *) name, GSIZE_TO_POINTER ((gsize) m->entry + 1));
    }
}

/* The dated event @m, a generic one, stands for, or -1. */
static gint64
dated_event (Run     *run,
             Mention *m)
{
  gsize dated;

  if (m->type != REDAKSI_ENTITY_EVENT || m->entry < 0 || g_hash_table_size (run->dated_events) == 0)
    return -1;
  dated = GPOINTER_TO_SIZE (g_hash_table_lookup (run->dated_events,
                                                 _redaksi_gazetteer_entry_name (run->tagger->gazetteer,
                                                                                (guint32) m->entry)));
  return dated == 0 || dated == G_MAXSIZE ? -1 : (gint64) dated - 1;
}

/* Does the mention after mention @k start at @end or later? */
static gboolean
span_free_of_mentions (Run   *run,
                       guint  k,
                       guint  end)
{
  return k + 1 >= run->mentions->len || g_array_index (run->mentions, Mention, k + 1).first >= end;
}

/* Does the mention before mention @k end at @start or earlier? */
static gboolean
free_of_mentions_before (Run   *run,
                         guint  k,
                         guint  start)
{
  return k == 0 || g_array_index (run->mentions, Mention, k - 1).end <= start;
}

/* "di Pilpres 2014" where the labeller saw a place in "Pilpres",
 * "menjelang Hari Raya Idul Fitri" where it saw a person in "Idul
 * Fitri": a name the gazetteer knows as an event that covers the
 * mention, starting where it does or earlier where no other mention
 * is, is that event. */
static void
adopt_events (Run *run)
{
  guint m = 0;

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *mention = &g_array_index (run->mentions, Mention, k);
      RedaksiGazetteerMatch *match;

      while (m < run->matches->len && g_array_index (run->matches, RedaksiGazetteerMatch, m).end <= mention->first)
        m++;
      if (m >= run->matches->len || mention->entry >= 0 || mention->cut != 0)
        continue;
      match = &g_array_index (run->matches, RedaksiGazetteerMatch, m);
      if (match->start <= mention->first && match->end >= mention->end
          && _redaksi_gazetteer_entry_type (run->tagger->gazetteer, match->entry) == REDAKSI_ENTITY_EVENT
          && span_free_of_mentions (run, k, match->end) && free_of_mentions_before (run, k, match->start))
        {
          mention->first = match->start;
          mention->end = match->end;
          mention->entry = match->entry;
          mention->type = REDAKSI_ENTITY_EVENT;
        }
    }
}

/* "Stadion Madya Gelora Bung Karno": the labeller stopped before "Bung
 * Karno", a person's name, inside a place the gazetteer knows ("Gelora
 * Bung Karno") that began in its mention. The mention takes in the rest
 * of the known place where no other mention holds it. */
static void
extend_into_known_places (Run *run)
{
  guint m = 0;

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *mention = &g_array_index (run->mentions, Mention, k);

      while (m < run->matches->len && g_array_index (run->matches, RedaksiGazetteerMatch, m).start <= mention->first)
        m++;
      if (mention->type != REDAKSI_ENTITY_LOCATION || mention->entry >= 0 || mention->cut != 0)
        continue;
      for (guint j = m; j < run->matches->len; j++)
        {
          const RedaksiGazetteerMatch *match = &g_array_index (run->matches, RedaksiGazetteerMatch, j);

          if (match->start >= mention->end)
            break;
          if (match->end > mention->end && span_free_of_mentions (run, k, match->end)
              && _redaksi_gazetteer_entry_type (run->tagger->gazetteer, match->entry) == REDAKSI_ENTITY_LOCATION)
            {
              mention->end = match->end;
              break;
            }
        }
    }
}

/* "pos polisi di Siluwok": a name right after "di" is a place, and so
 * is every mention of it the labeller took for a person: news writes
 * where something happens with "di", never a person's name. A common
 * given name may still be a person ("di Budi" is rare, but costly). */
static gboolean
placed_by_di (Run     *run,
              Mention *m)
{
  return (m->type == REDAKSI_ENTITY_PERSON || m->type == REDAKSI_ENTITY_LOCATION)
         && m->entry < 0 && m->cut == 0 && m->end - m->first <= 2
         && m->first > 0 && token_is (run, m->first - 1, "di") && !has_given_name (run, m);
}

/* "Kecamatan Hulu Kuantan", "Desa Lubuk Ambacang": the name after an
 * administrative division's word is a place's, wherever else the story
 * writes it alone ("di Lubuk Ambacang, Hulu Kuantan"). Sets @name to
 * the words after the division's and returns TRUE, or returns FALSE. */
static gboolean
division_name (Run           *run,
               const Mention *m,
               Mention       *name)
{
  if (m->type != REDAKSI_ENTITY_LOCATION || m->entry >= 0 || m->cut != 0 || m->end - m->first < 2
      || !is_division_head (run, m->first))
    return FALSE;
  *name = *m;
  name->first++;
  return TRUE;
}

static void
retype_places (Run *run)
{
  g_autoptr(GHashTable) places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      Mention name;

      if (placed_by_di (run, m))
        g_hash_table_add (places, mention_text (run, m));
      else if (division_name (run, m, &name))
        g_hash_table_add (places, mention_text (run, &name));
    }
  if (g_hash_table_size (places) == 0)
    return;
  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      g_autofree char *text = NULL;

      if (m->type == REDAKSI_ENTITY_PERSON && m->entry < 0
          && g_hash_table_contains (places, (text = mention_text (run, m))))
        m->type = REDAKSI_ENTITY_LOCATION;
    }
}

/* The keys are the mentions' bytes, in the text, which outlives the
 * table. */
static void
count_written (Run *run)
{
  caseless_init (&run->written, run->mentions->len);
  for (guint k = 0; k < run->mentions->len && !run_cancelled (run, k); k++)
    {
      Mention *m = &g_array_index (run->mentions, Mention, k);
      gsize start, end;

      /* The bytes mention_text() copies, read in place. */
      if (m->cut == 0)
        {
          mention_range (run, m, &start, &end);
          end += start;
        }
      else
        mention_bytes (run, m, &start, &end);
      caseless_add_one (&run->written, run->text + start, end - start);
    }
}

