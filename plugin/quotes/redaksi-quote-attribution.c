/* redaksi-quote-attribution.c: cues and speakers, and the checks at the
 * quote's boundaries (EYD V)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "redaksi-quote-attribution-private.h"
#include "redaksi-quote-lexicon-private.h"

static const RedaksiToken *
token_at (QuoteScan *scan,
          guint      t)
{
  return &scan->tokens[t];
}

static gboolean
is_word (QuoteScan *scan,
         guint      t)
{
  return token_at (scan, t)->kind == REDAKSI_TOKEN_WORD;
}

static gboolean
is_capitalized (QuoteScan *scan,
                guint      t)
{
  return (token_at (scan, t)->flags & REDAKSI_TOKEN_FLAGS_CAPITALIZED) != 0;
}

static RedaksiCueKind
cue_kind_at (QuoteScan *scan,
             guint      t)
{
  if (!is_word (scan, t))
    return REDAKSI_CUE_NONE;
  return _redaksi_quote_token_cue (scan, t);
}

static gboolean
is_pronoun_at (QuoteScan *scan,
               guint      t)
{
  char buf[QUOTE_LOWER_SIZE];
  g_autofree char *heap = NULL;

  if (!is_word (scan, t))
    return FALSE;
  return _redaksi_quote_is_pronoun (_redaksi_quote_token_lower_into (scan, t, buf, &heap));
}

/* An attribution stays in its paragraph and never reaches across a
 * related-link insert: `"…," kata Ahmad. Baca juga: …` ends at the insert. */
static guint
paragraph_end (QuoteScan *scan,
               guint      t)
{
  return _redaksi_quote_scan_stretch_end (scan, t);
}

static guint
paragraph_first (QuoteScan *scan,
                 guint      t)
{
  return _redaksi_quote_scan_stretch_first (scan, t);
}

static char *
token_text (QuoteScan *scan,
            guint      t)
{
  return g_strndup (scan->text + token_at (scan, t)->start,
                    token_at (scan, t)->end - token_at (scan, t)->start);
}

/* Words that end a speaker's description: "kata perseroan dalam
 * keterbukaan informasinya", "kata dia kepada wartawan". */
static gboolean
ends_description (QuoteScan *scan,
                  guint      t)
{
  static const char *const stops[] = { "kepada", "dalam", "di", "ke", "dari", "pada", "saat",
                                       "ketika", "usai", "seusai", "setelah", "sebelum", "seraya",
                                       "sambil", "menutup", "yang", "dan", "melalui", "lewat", NULL };

  if (!is_word (scan, t))
    return TRUE;
  return _redaksi_quote_token_lower_in (scan, t, stops);
}

/* "kata harian setempat", "jelas si juru bicara": a speaker without a
 * name, given as its description; an appositive name after a comma
 * ("kata sekretaris akademi, Dario Villanueva") wins. */
static gboolean
described_speaker (QuoteScan  *scan,
                   QuoteDraft *draft,
                   guint       t,
                   guint       end)
{
  guint stop = t;

  while (stop < end && stop < t + 5 && !ends_description (scan, stop))
    stop++;
  if (stop == t)
    return FALSE;
  if (stop + 1 < end && _redaksi_quote_token_is (scan, stop, ",")
      && _redaksi_quote_find_name (scan, stop + 1, end, TRUE, &draft->speaker_start, &draft->speaker_end))
    return TRUE;
  draft->speaker_start = t;
  draft->speaker_end = stop;
  return TRUE;
}

/* "ujar pria kelahiran Semarang", "kata mantan jubir KPK itu", "imbuh
 * mantan anggota Polri ini", "ujar mantan Direktur Utama PT Pindad
 * (persero) tersebut": a description of
 * someone already in the story, which points back like "dia". It opens
 * with a word for a person in lower case, or ends with a demonstrative
 * before the clause goes on; "bernama" would name a new person. */
static gboolean
points_back (QuoteScan *scan,
             guint      t,
             guint      end,
             guint     *stop)
{
  static const char *const persons[] = { "pria", "wanita", "perempuan", "lelaki", "laki-laki", "sosok",
                                         "pemuda", "ibu", "bapak", "gadis", "remaja", NULL };
  char first_buf[QUOTE_LOWER_SIZE];
  g_autofree char *first_heap = NULL;
  const char *first;
  gboolean named = FALSE;
  guint first_comma = NO_TOKEN;

  if (t >= end || !is_word (scan, t) || is_capitalized (scan, t))
    return FALSE;
  first = _redaksi_quote_token_lower_into (scan, t, first_buf, &first_heap);
  for (guint k = t; k < end && k < t + 12; k++)
    {
      char buf[QUOTE_LOWER_SIZE];
      g_autofree char *heap = NULL;
      const char *lower = is_word (scan, k) ? _redaksi_quote_token_lower_into (scan, k, buf, &heap) : NULL;

      if (lower != NULL && g_str_equal (lower, "bernama"))
        return FALSE;
      if (lower != NULL && (g_str_equal (lower, "itu") || g_str_equal (lower, "tersebut") || g_str_equal (lower, "ini")))
        {
          *stop = k + 1;
          return k > t;
        }
      /* "ucap pelatih asal Manado, Sulawesi Utara, itu": commas may
       * stand inside a description that a demonstrative closes. */
      if (_redaksi_quote_token_is (scan, k, ",") && k > t)
        {
          first_comma = MIN (first_comma, k);
          continue;
        }
      if (lower == NULL && !_redaksi_quote_token_is (scan, k, "(") && !_redaksi_quote_token_is (scan, k, ")"))
        break;
      if (lower != NULL && !is_capitalized (scan, k) && k > t && ends_description (scan, k))
        break;
      named = named || (k == t + 1 && lower != NULL && is_capitalized (scan, k));
      *stop = k + 1;
    }
  /* "kata ibu Sari": a person word just before a name names her;
   * "pria kelahiran Semarang" names a place, not him. */
  *stop = MIN (*stop, first_comma);
  return !named && g_strv_contains (persons, first);
}

/* "…,” ujar da.": "dia" mistyped, one letter off, alone before the
 * sentence or clause goes on. No description of a speaker is that
 * short ("kata warga", "ujar sumber"), and a name would be capitalised. */
static gboolean
is_pronoun_slip (QuoteScan *scan,
                 guint      t,
                 guint      end)
{
  char buf[QUOTE_LOWER_SIZE];
  g_autofree char *heap = NULL;
  const char *word;

  if (!is_word (scan, t) || is_capitalized (scan, t) || token_at (scan, t)->end - token_at (scan, t)->start > 4
      || (t + 1 < end && is_word (scan, t + 1)))
    return FALSE;
  word = _redaksi_quote_token_lower_into (scan, t, buf, &heap);
  return !_redaksi_quote_is_pronoun (word) && _redaksi_quote_edit_distance (word, "dia", 1) == 1;
}

/* The speaker after a cue: a pronoun (kata dia), a name, or a description. */
static void
speaker_after_cue (QuoteScan  *scan,
                   QuoteDraft *draft,
                   guint       t,
                   guint       end)
{
  guint described_end = t;
  gboolean pronoun = t < end && (is_pronoun_at (scan, t) || is_pronoun_slip (scan, t, end));

  draft->after_end = t;
  if (pronoun || (t < end && points_back (scan, t, end, &described_end)))
    {
      draft->pronoun = TRUE;
      draft->described = !pronoun;
      draft->description_end = draft->described ? described_end : t + 1;
      draft->after_end = t + 1;
    }
  else if (_redaksi_quote_find_speaker (scan, t, end, &draft->speaker_start, &draft->speaker_end)
           || described_speaker (scan, draft, t, end))
    draft->after_end = draft->speaker_end;
}

static gboolean
ends_with_nya (QuoteScan *scan,
               guint      t)
{
  char buf[QUOTE_LOWER_SIZE];
  g_autofree char *heap = NULL;

  return g_str_has_suffix (_redaksi_quote_token_lower_into (scan, t, buf, &heap), "nya");
}

/* A cue with "-nya" that ends its sentence ("Imbuhnya" then a full
 * stop or the paragraph's end) names no one after it: it can only be
 * the cue of the quote before it. */
static gboolean
nya_cue_alone (QuoteScan *scan,
               guint      t,
               guint      end)
{
  return ends_with_nya (scan, t) && (t + 1 >= end || _redaksi_quote_token_is (scan, t + 1, "."));
}

static void
check_cue_case (QuoteScan *scan,
                guint      cue)
{
  g_autofree char *word = token_text (scan, cue);
  g_autofree char *lower = g_utf8_strdown (word, -1);

  _redaksi_quote_add_issue (scan, "quote-cue-capitalized", REDAKSI_SEVERITY_WARNING,
                            _("The cue word after a quote is written in lower case."),
                            token_at (scan, cue)->start, token_at (scan, cue)->end, lower);
}

/* EYD V: "…," kata X — the comma inside the closing mark; after ? or !
 * no comma at all. */
/* The fix that puts a comma before the closing mark; a closing mark
 * typed as an opening one (`ini“ kata`) is written as the closing one,
 * so that this fix and the mark's own agree. */
static char *
comma_then_mark (QuoteScan *scan,
                 guint      close)
{
  g_autofree char *mark_text = NULL;

  if (token_at (scan, close)->quote_mark == REDAKSI_QUOTE_MARK_LEFT_DOUBLE)
    return g_strdup (",”");
  mark_text = token_text (scan, close);
  return g_strconcat (",", mark_text, NULL);
}

/* The strings of a finding are made only when there is one: most
 * quotes are punctuated right. */
static void
check_after_punctuation (QuoteScan *scan,
                         guint      close,
                         guint      comma)
{
  const RedaksiToken *mark = token_at (scan, close);
  g_autofree char *fix = NULL;
  guint end = comma != NO_TOKEN ? token_at (scan, comma)->end : mark->end;
  guint before = close - 1;

  /* A nested quote that ends the quote carries the punctuation:
   * "… 'apa kalian melihat ini?'" ujar X. */
  if (token_at (scan, before)->kind == REDAKSI_TOKEN_QUOTE && before > 0)
    before--;

  if (_redaksi_quote_token_is (scan, before, ",") || _redaksi_quote_token_is (scan, before, "?")
      || _redaksi_quote_token_is (scan, before, "!"))
    {
      if (comma == NO_TOKEN)
        return;
      fix = token_text (scan, close);
      _redaksi_quote_add_issue (scan, "quote-punctuation", REDAKSI_SEVERITY_WARNING,
                                _("There is no comma after the closing quotation mark."),
                                mark->start, end, fix);
      return;
    }
  fix = comma_then_mark (scan, close);
  if (_redaksi_quote_token_is (scan, before, "."))
    _redaksi_quote_add_issue (scan, "quote-punctuation", REDAKSI_SEVERITY_WARNING,
                              _("A quote followed by a cue ends with a comma, not a full stop."),
                              token_at (scan, before)->start, end, fix);
  else
    _redaksi_quote_add_issue (scan, "quote-punctuation", REDAKSI_SEVERITY_WARNING,
                              comma != NO_TOKEN ? _("The comma goes before the closing quotation mark, not after it.")
                                                : _("The comma before the closing quotation mark is missing."),
                              mark->start, end, fix);
}

static gboolean
is_post_cue (RedaksiCueKind kind)
{
  return kind == REDAKSI_CUE_POST || kind == REDAKSI_CUE_POST_NYA || kind == REDAKSI_CUE_ACCORDING;
}

static gboolean
ends_with_stop (QuoteScan *scan,
                guint      close)
{
  return _redaksi_quote_token_is (scan, close - 1, ".");
}

/* "…" ujat Antony: a word in the cue position that is no cue and no
 * ordinary word, but one typo away from a cue. */
static const char *
misspelled_cue (QuoteScan *scan,
                guint      t,
                guint      close)
{
  g_autofree char *word = NULL;
  g_autofree char *lower = NULL;

  /* Without the word list a real word (kota) could be "corrected" (kata):
   * better no finding than a false one. A capital is a name's unless the
   * comma says a cue must follow. The questions that need no copy of
   * the word come first. */
  if (!is_word (scan, t) || (is_capitalized (scan, t) && !_redaksi_quote_token_is (scan, close - 1, ","))
      || !_redaksi_quote_have_word_list ())
    return NULL;
  word = token_text (scan, t);
  if (_redaksi_quote_is_ordinary_word (word))
    return NULL;
  lower = g_utf8_strdown (word, -1);
  return _redaksi_quote_nearest_cue (lower);
}

static void
report_unknown_cue (QuoteScan  *scan,
                    guint       t,
                    const char *cue)
{
  g_autofree char *message = g_strdup_printf (_("“%.*s” is not a quote cue; did you mean “%s”?"),
                                              (int) (token_at (scan, t)->end - token_at (scan, t)->start),
                                              scan->text + token_at (scan, t)->start, cue);

  _redaksi_quote_add_issue (scan, "quote-unknown-cue", REDAKSI_SEVERITY_ERROR, message,
                            token_at (scan, t)->start, token_at (scan, t)->end, cue);
}

/* "…," Antony menambahkan; "…," ia menegaskan, with the pronoun for
 * its speaker, as in "…," tegasnya. */
static gboolean
name_then_verb (QuoteScan  *scan,
                QuoteDraft *draft,
                guint       t,
                guint       end)
{
  guint name_start, name_end;

  if (is_pronoun_at (scan, t) && t + 1 < end && cue_kind_at (scan, t + 1) == REDAKSI_CUE_VERB)
    {
      draft->cue = t + 1;
      draft->pronoun = TRUE;
      draft->after_end = t + 2;
      return TRUE;
    }
  if (!_redaksi_quote_find_name (scan, t, end, TRUE, &name_start, &name_end)
      || name_end >= end || cue_kind_at (scan, name_end) != REDAKSI_CUE_VERB
      || !is_capitalized (scan, t))
    return FALSE;
  draft->cue = name_end;
  draft->speaker_start = name_start;
  draft->speaker_end = name_end;
  draft->after_end = name_end + 1;
  return TRUE;
}

/* "…," demikian kata X: "demikian" (thus) may stand before the cue word
 * itself. */
static guint
skip_demikian (QuoteScan *scan,
               guint      t,
               guint      end)
{
  RedaksiCueKind next;

  if (t + 1 >= end || !_redaksi_quote_token_is (scan, t, "demikian"))
    return t;
  next = cue_kind_at (scan, t + 1);
  return is_post_cue (next) || next == REDAKSI_CUE_PASSIVE ? t + 1 : t;
}

/* "…," disampaikan Kapolri Listyo Sigit Prabowo, "…," dikatakan oleh
 * Ketua KPU: a passive cue names its speaker after it; without a name
 * after it, it names none. */
static gboolean
passive_cue_after (QuoteScan  *scan,
                   QuoteDraft *draft,
                   guint       t,
                   guint       end)
{
  guint first = t + 1, name_start, name_end;

  if (first < end && _redaksi_quote_token_is (scan, first, "oleh"))
    first++;
  if (!_redaksi_quote_find_speaker (scan, first, end, &name_start, &name_end))
    return FALSE;
  /* Only titles before the name: "disampaikan dalam rapat bersama
   * Menteri X" names no speaker. */
  for (guint u = first; u < name_start; u++)
    if (!is_capitalized (scan, u))
      return FALSE;
  draft->cue = t;
  draft->speaker_start = name_start;
  draft->speaker_end = name_end;
  draft->after_end = name_end;
  return TRUE;
}

/* Where the speaker after "demikian" begins: "…," demikian Jokowi, "…,"
 * demikian dia, and after the word for what was said, "…," demikian
 * penjelasan Kapolres X, "demikian keterangan tertulis X". NO_TOKEN
 * when @t is no such "demikian": before anything else ("demikian
 * tertulis dalam narasi video") it names no speaker. */
static guint
demikian_speaker (QuoteScan *scan,
                  guint      t,
                  guint      end)
{
  static const char *const statements[] = { "penjelasan", "keterangan", "pernyataan", "penuturan",
                                            "tanggapan", "jawaban", "ungkapan", NULL };
  guint s = t + 1;

  if (s >= end || !_redaksi_quote_token_is (scan, t, "demikian"))
    return NO_TOKEN;
  if (_redaksi_quote_token_lower_in (scan, s, statements) && !is_capitalized (scan, s))
    {
      s++;
      if (s < end && (_redaksi_quote_token_is (scan, s, "resmi") || _redaksi_quote_token_is (scan, s, "tertulis")))
        s++;
    }
  return s < end && (is_capitalized (scan, s) || is_pronoun_at (scan, s)) ? s : NO_TOKEN;
}

static gboolean
cue_after (QuoteScan  *scan,
           QuoteDraft *draft,
           guint       close,
           guint       t,
           guint       end,
           gboolean    comma)
{
  /* "demikian" before a speaker is a post-quote cue too. */
  guint demikian = demikian_speaker (scan, t, end);
  RedaksiCueKind kind = demikian != NO_TOKEN ? REDAKSI_CUE_POST : cue_kind_at (scan, t);
  const char *fix;

  if (is_post_cue (kind))
    {
      /* "…." Kata X, "…": a new sentence, not a cue after this quote;
       * "…." Imbuhnya, alone at the sentence's end, is its cue. */
      if (is_capitalized (scan, t) && ends_with_stop (scan, close) && !comma && !nya_cue_alone (scan, t, end))
        return FALSE;
      if (is_capitalized (scan, t))
        check_cue_case (scan, t);
      draft->cue = t;
      draft->pronoun = kind == REDAKSI_CUE_POST_NYA || (kind == REDAKSI_CUE_ACCORDING && ends_with_nya (scan, t));
      if (draft->pronoun)
        draft->after_end = t + 1;
      else
        speaker_after_cue (scan, draft, demikian != NO_TOKEN ? demikian : t + 1, end);
      return TRUE;
    }
  if (kind == REDAKSI_CUE_PASSIVE)
    return passive_cue_after (scan, draft, t, end);
  if (name_then_verb (scan, draft, t, end))
    return TRUE;
  if ((fix = misspelled_cue (scan, t, close)) == NULL)
    return FALSE;
  report_unknown_cue (scan, t, fix);
  draft->cue = t;
  draft->pronoun = g_str_has_suffix (fix, "nya");
  if (draft->pronoun)
    draft->after_end = t + 1;
  else
    speaker_after_cue (scan, draft, t + 1, end);
  return TRUE;
}

void
_redaksi_quote_attribute_after (QuoteScan  *scan,
                                QuoteDraft *draft)
{
  guint close = _redaksi_quote_draft_last_part (draft)->close;
  guint end = paragraph_end (scan, close), t = close + 1, comma = NO_TOKEN;

  if (t < end && _redaksi_quote_token_is (scan, t, ","))
    comma = t++;
  if (t >= end || !is_word (scan, t))
    return;
  t = skip_demikian (scan, t, end);
  if (cue_after (scan, draft, close, t, end, comma != NO_TOKEN)
      && !(draft->cue != t && ends_with_stop (scan, close)))
    check_after_punctuation (scan, close, comma);
}

/* A name with a word that is no title: "Dedi Permana", not "Ketua RT". */
static gboolean
find_personal_name (QuoteScan  *scan,
                    QuoteDraft *draft,
                    guint       first,
                    guint       end)
{
  if (!_redaksi_quote_find_name (scan, first, end, FALSE, &draft->speaker_start, &draft->speaker_end))
    return FALSE;
  for (guint t = draft->speaker_start; t < draft->speaker_end; t++)
    if (!_redaksi_quote_is_title_token (scan, t))
      return TRUE;
  draft->speaker_start = draft->speaker_end = 0;
  return FALSE;
}

/* A subject with an apposition set off by commas, in either order:
 * "Budi Hartono, Ketua RT 05, mengatakan" and "Kepala BPBD Garut, Dedi
 * Permana, menyampaikan". */
static gboolean
name_before_apposition (QuoteScan  *scan,
                        QuoteDraft *draft,
                        guint       first,
                        guint       comma)
{
  for (guint t = comma; t > first && t + 10 > comma; t--)
    if (_redaksi_quote_token_is (scan, t - 1, ","))
      return find_personal_name (scan, draft, t, comma)
             || (t - 1 > first && find_personal_name (scan, draft, first, t - 1));
  return FALSE;
}

/* "Antony Blinken kemudian mengatakan": the subject may stand a few
 * lower-case words before the verb. */
static gboolean
name_before (QuoteScan  *scan,
             QuoteDraft *draft,
             guint       first,
             guint       verb)
{
  guint end = verb;

  if (verb > first && _redaksi_quote_token_is (scan, verb - 1, ",")
      && name_before_apposition (scan, draft, first, verb - 1))
    return TRUE;

  for (guint skipped = 0; skipped <= 3 && end > first; skipped++, end--)
    {
      if (is_pronoun_at (scan, end - 1))
        {
          draft->pronoun = TRUE;
          return TRUE;
        }
      if (_redaksi_quote_find_name (scan, first, end, FALSE, &draft->speaker_start, &draft->speaker_end))
        return TRUE;
      /* "Kepala kebijakan alam mereka, Jeff Knott, mengatakan" */
      if (!is_word (scan, end - 1) && !_redaksi_quote_token_is (scan, end - 1, ","))
        return FALSE;
    }
  return FALSE;
}

static void
report_missing_comma_before (QuoteScan *scan,
                             guint      word)
{
  g_autofree char *text = token_text (scan, word);
  g_autofree char *fix = g_strconcat (text, ",", NULL);

  _redaksi_quote_add_issue (scan, "quote-punctuation", REDAKSI_SEVERITY_WARNING,
                            _("The comma before the opening quotation mark is missing."),
                            token_at (scan, word)->start, token_at (scan, word)->end, fix);
}

/* Kata X, "…" / Menurut X, "…" */
static gboolean
cue_then_name (QuoteScan  *scan,
               QuoteDraft *draft,
               guint       first,
               guint       end)
{
  guint name_start, name_end;

  if (end > first && is_post_cue (cue_kind_at (scan, end - 1)))
    {
      draft->cue = end - 1;
      draft->pronoun = ends_with_nya (scan, end - 1);
      return draft->pronoun;
    }
  if (!_redaksi_quote_find_name (scan, first, end, FALSE, &name_start, &name_end))
    return FALSE;
  for (guint t = name_start; t > first && t + 3 > name_start; t--)
    if (is_post_cue (cue_kind_at (scan, t - 1)))
      {
        draft->cue = t - 1;
        draft->speaker_start = name_start;
        draft->speaker_end = name_end;
        return TRUE;
      }
  return FALSE;
}

/* X mengatakan, "…" / X mengatakan bahwa "…" / X: "…" */
static gboolean
verb_before (QuoteScan  *scan,
             QuoteDraft *draft,
             guint       first,
             guint       k)
{
  if (_redaksi_quote_token_is (scan, k, "bahwa") && k > first)
    k--;
  if (cue_kind_at (scan, k) != REDAKSI_CUE_VERB && cue_kind_at (scan, k) != REDAKSI_CUE_PASSIVE)
    return FALSE;
  /* Without a subject the speaker comes from the quotes around. */
  draft->cue = k;
  name_before (scan, draft, first, k);
  return TRUE;
}

/* A capitalised sentence with its own end: "Kami siap." — what follows
 * a verb without a comma only when it is a quotation, not a term. */
static gboolean
is_sentence (QuoteScan  *scan,
             QuoteDraft *draft)
{
  const QuotePart *first = _redaksi_quote_draft_part (draft, 0);
  const QuotePart *last = _redaksi_quote_draft_last_part (draft);
  guint before = last->close - 1;

  if (last->close == NO_TOKEN || before <= first->open || !is_capitalized (scan, first->open + 1))
    return FALSE;
  return _redaksi_quote_token_is (scan, before, ".") || _redaksi_quote_token_is (scan, before, "?")
         || _redaksi_quote_token_is (scan, before, "!");
}

static gboolean
attribute_before_mark (QuoteScan  *scan,
                       QuoteDraft *draft,
                       guint       first,
                       guint       end)
{
  guint k;

  if (end <= first)
    return FALSE;
  k = end - 1;
  if (_redaksi_quote_token_is (scan, k, ":") || _redaksi_quote_token_is (scan, k, ","))
    {
      if (k > first && verb_before (scan, draft, first, k - 1))
        return TRUE;
      /* "Ia mengatakan kepada rekannya sesama anggota parlemen:" (the
       * colon may open the text: k - 1 must not wrap) */
      for (guint v = k - 1; k > first && _redaksi_quote_token_is (scan, k, ":") && v > first && v + 8 > k; v--)
        if (verb_before (scan, draft, first, v - 1))
          return TRUE;
      if (cue_then_name (scan, draft, first, k))
        return TRUE;
      return _redaksi_quote_token_is (scan, k, ":")
             && _redaksi_quote_find_name (scan, first, k, FALSE, &draft->speaker_start, &draft->speaker_end);
    }
  if (!is_sentence (scan, draft))
    return FALSE;
  if (verb_before (scan, draft, first, k))
    {
      if (!_redaksi_quote_token_is (scan, k, "bahwa"))
        report_missing_comma_before (scan, k);
      return TRUE;
    }
  if (cue_then_name (scan, draft, first, end))
    {
      report_missing_comma_before (scan, k);
      return TRUE;
    }
  return FALSE;
}

void
_redaksi_quote_attribute_before (QuoteScan  *scan,
                                 QuoteDraft *draft)
{
  guint open = _redaksi_quote_draft_part (draft, 0)->open;
  guint first = paragraph_first (scan, open), p;

  /* Only the words since the previous sentence end belong to this quote. */
  for (guint t = open; t > first; t--)
    if (scan->in_quote[t - 1] || _redaksi_quote_token_is (scan, t - 1, "."))
      {
        first = t;
        break;
      }
  if (open > first)
    {
      attribute_before_mark (scan, draft, first, open);
      return;
    }
  /* X mengatakan: ending the paragraph before. */
  p = scan->previous[_redaksi_quote_scan_paragraph_of (scan, open)];
  if (p != NO_TOKEN && scan->paragraphs[p].end_token > scan->paragraphs[p].first_token
      && _redaksi_quote_token_is (scan, scan->paragraphs[p].end_token - 1, ":"))
    attribute_before_mark (scan, draft, scan->paragraphs[p].first_token, scan->paragraphs[p].end_token);
}
