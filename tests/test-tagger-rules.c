/* test-tagger-rules.c: the entity tagger's rule structures (issue #11,
 * tagrules) against plain models of what they must answer
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-entity.h"
#include "redaksi-gazetteer-private.h"
#include "redaksi-name-variants-private.h"
#include "redaksi-org-units-private.h"
#include "redaksi-tagger-private.h"
#include "redaksi-inserts-private.h"
#include "redaksi-word-table-private.h"
#include "ner/redaksi-ner-private.h"

/* Name variants: a model that scans every name held */

#define MODEL_MIN_LETTERS 8

typedef struct
{
  GString    *letters;
  GByteArray *initial;  /* 1 where a letter opens a word */
  guint       value;
} ModelName;

static void
model_name_clear (gpointer data)
{
  ModelName *n = data;

  g_string_free (n->letters, TRUE);
  g_byte_array_unref (n->initial);
}

static ModelName
model_name (const char *name,
            guint       value)
{
  ModelName n = { g_string_new (NULL), g_byte_array_new (), value };
  gboolean start = TRUE;

  for (const char *p = name; *p; p++)
    {
      guint8 flag;

      if (!(g_ascii_isalnum (*p) || (guchar) *p >= 0x80))
        {
          start = TRUE;
          continue;
        }
      flag = start ? 1 : 0;
      g_string_append_c (n.letters, g_ascii_tolower (*p));
      g_byte_array_append (n.initial, &flag, 1);
      start = FALSE;
    }
  return n;
}

/* @n's letters with letter @i left out, or NULL when @i opens a word. */
static char *
deletion (const ModelName *n,
          gsize            i)
{
  GString *out;

  if (n->initial->data[i])
    return NULL;
  out = g_string_new_len (n->letters->str, (gssize) i);
  g_string_append (out, n->letters->str + i + 1);
  return g_string_free (out, FALSE);
}

/* The first name held (in the order added) whose letters are @letters. */
static guint
model_exact (GArray     *held,
             const char *letters)
{
  for (guint k = 0; k < held->len; k++)
    if (g_str_equal (g_array_index (held, ModelName, k).letters->str, letters))
      return g_array_index (held, ModelName, k).value;
  return 0;
}

/* The first long name held with a deletion equal to @letters. */
static guint
model_deleted (GArray     *held,
               const char *letters)
{
  for (guint k = 0; k < held->len; k++)
    {
      const ModelName *n = &g_array_index (held, ModelName, k);

      if (n->letters->len < MODEL_MIN_LETTERS)
        continue;
      for (gsize i = 0; i < n->letters->len; i++)
        {
          g_autofree char *less = deletion (n, i);

          if (less && g_str_equal (less, letters))
            return n->value;
        }
    }
  return 0;
}

static guint
model_find (GArray     *held,
            const char *name)
{
  ModelName n = model_name (name, 1);
  guint value = model_exact (held, n.letters->str);

  if (value == 0 && n.letters->len >= MODEL_MIN_LETTERS)
    value = model_deleted (held, n.letters->str);
  for (gsize i = 0; value == 0 && n.letters->len >= MODEL_MIN_LETTERS && i < n.letters->len; i++)
    {
      g_autofree char *less = deletion (&n, i);

      if (less && !(value = model_exact (held, less)))
        value = model_deleted (held, less);
    }
  model_name_clear (&n);
  return value;
}

/* Names of few letters, so that many are one edit apart. */
static char *
random_name (GRand *rand)
{
  static const char letters[] = "aabAB";
  static const char gaps[] = " - .";
  GString *name = g_string_new (NULL);
  guint words = (guint) g_rand_int_range (rand, 1, 4);

  for (guint w = 0; w < words; w++)
    {
      guint len = (guint) g_rand_int_range (rand, 1, 8);

      if (w > 0)
        g_string_append_c (name, gaps[g_rand_int_range (rand, 0, sizeof gaps - 1)]);
      for (guint i = 0; i < len; i++)
        g_string_append_c (name, letters[g_rand_int_range (rand, 0, sizeof letters - 1)]);
    }
  return g_string_free (name, FALSE);
}

typedef char *(*NameMaker) (GRand *rand);

/* One table: @steps adds and lookups interleaved as the tagger makes
 * them, every answer checked against the model; returns how many names
 * were found. */
static guint
variants_against_model (GRand     *rand,
                        guint      steps,
                        NameMaker  make_name)
{
  g_autoptr(RedaksiVariants) variants = _redaksi_variants_new ();
  g_autoptr(GArray) held = g_array_new (FALSE, FALSE, sizeof (ModelName));
  guint found = 0;

  g_array_set_clear_func (held, model_name_clear);
  for (guint step = 0; step < steps; step++)
    {
      g_autofree char *name = make_name (rand);
      guint want = model_find (held, name);

      g_assert_cmpuint (_redaksi_variants_find (variants, name), ==, want);
      found += want != 0;
      if (want == 0 || g_rand_boolean (rand))
        {
          ModelName n = model_name (name, step + 1);

          g_array_append_val (held, n);
          _redaksi_variants_add (variants, name, step + 1);
        }
    }
  return found;
}

/* Adds and lookups interleaved, the table growing many times over:
 * every answer is the model's. */
static void
test_variants_model (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  /* The names meet often enough to test the deletions. */
  for (guint round = 0; round < 20; round++)
    g_assert_cmpuint (variants_against_model (rand, 300, random_name), >, 30);
}

/* A name of @letters letters from @alphabet, its words split at random. */
static char *
random_name_of_length (GRand      *rand,
                       const char *alphabet,
                       guint       letters)
{
  GString *name = g_string_new (NULL);

  for (guint i = 0; i < letters; i++)
    {
      if (i > 0 && g_rand_int_range (rand, 0, 4) == 0)
        g_string_append_c (name, ' ');
      g_string_append_c (name, alphabet[g_rand_int_range (rand, 0, (gint32) strlen (alphabet))]);
    }
  return g_string_free (name, FALSE);
}

/* 9 to 11 letters of "aab": names of few lengths that meet often. */
static char *
random_name_of_few_lengths (GRand *rand)
{
  return random_name_of_length (rand, "aab", 9 + g_rand_int_range (rand, 0, 3));
}

/* Names all of one length, so many that a lookup stops reading them one
 * by one and holds their deletions: the answers stay the model's, on
 * either side of the change. */
static void
test_variants_one_length (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint round = 0; round < 10; round++)
    g_assert_cmpuint (variants_against_model (rand, 200, random_name_of_few_lengths), >, 30);
}

/* An archive's many names of one length: each lookup stays a few hash
 * lookups, not a walk over all of them (a generous safety bound). */
static void
test_variants_many_names (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(RedaksiVariants) variants = _redaksi_variants_new ();
  gint64 start = g_get_monotonic_time ();

  for (guint step = 0; step < 40000; step++)
    {
      g_autofree char *name = random_name_of_length (rand, "abcdefghijklmnop", 12);

      if (_redaksi_variants_find (variants, name) == 0)
        _redaksi_variants_add (variants, name, step + 1);
    }
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
}

/* The spellings news gives, and names that must stay apart. */
static void
test_variants_spellings (void)
{
  g_autoptr(RedaksiVariants) variants = _redaksi_variants_new ();
  g_autofree char *long_name = g_strnfill (3000, 'x');

  _redaksi_variants_add (variants, "Anindya Bakrie", 1);
  _redaksi_variants_add (variants, "Makassar New Port", 2);
  _redaksi_variants_add (variants, "Ali", 3);
  _redaksi_variants_add (variants, "Budi Jabababa", 4);
  _redaksi_variants_add (variants, long_name, 5);
  g_assert_cmpuint (_redaksi_variants_find (variants, "Anidya Bakrie"), ==, 1);
  g_assert_cmpuint (_redaksi_variants_find (variants, "Anindya  Bakriee"), ==, 1);
  g_assert_cmpuint (_redaksi_variants_find (variants, "Anindja Bakrie"), ==, 1);
  g_assert_cmpuint (_redaksi_variants_find (variants, "Makassar Newport"), ==, 2);
  g_assert_cmpuint (_redaksi_variants_find (variants, "ali"), ==, 3);
  g_assert_cmpuint (_redaksi_variants_find (variants, "Alim"), ==, 0);
  g_assert_cmpuint (_redaksi_variants_find (variants, "Budi Kabababa"), ==, 0);
  g_assert_cmpuint (_redaksi_variants_find (variants, "Budi Jababab"), ==, 4);
  g_assert_cmpuint (_redaksi_variants_find (variants, long_name + 1), ==, 5);
  g_assert_cmpuint (_redaksi_variants_find (variants, ""), ==, 0);
}

/* Gazetteer matching: each token's folded and exact keys, computed in
 * one pass, are what redaksi_gazetteer_lookup() computes for a name
 * from its words one at a time. */
static void
test_gazetteer_token_keys (void)
{
  static const char json[] =
    "[{\"name\": \"Astra Otoparts Tbk\", \"type\": \"ORGANIZATION\"},"
    " {\"name\": \"Caf\u00e9 Kopi\", \"type\": \"LOCATION\"},"
    " {\"name\": \"BUMN\", \"type\": \"ORGANIZATION\"},"
    " {\"name\": \"Kota Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"type\": \"LOCATION\"}]";
  static const struct { const char *words; gboolean match; } cases[] = {
    { "Astra Otoparts Tbk", TRUE },
    { "ASTRA OTOPARTS TBK.", TRUE },
    { "Astra Otoparts Tbk.", TRUE },
    { "Astra Otoparts Tbk..", FALSE },
    { "Caf\xC3\xA9 Kopi", TRUE },
    { "CAF\xC3\x89 KOPI", TRUE },
    { "Cafe Kopi", TRUE },
    { "BUMN", TRUE },
    { "Kota AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", TRUE },
    { "Kota Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", FALSE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiGazetteer) gazetteer = redaksi_gazetteer_new_from_data (json, -1, "keys.json", FALSE, &error);

  g_assert_no_error (error);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_auto(GStrv) words = g_strsplit (cases[c].words, " ", -1);
      guint n = g_strv_length (words);
      g_autofree NerToken *tokens = g_new0 (NerToken, n);
      g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (RedaksiGazetteerMatch));
      gboolean whole;

      for (guint i = 0; i < n; i++)
        tokens[i] = (NerToken) { words[i], (guint) strlen (words[i]), 0, 0, 0 };
      _redaksi_gazetteer_annotate (gazetteer, tokens, n, matches);
      whole = matches->len == 1 && g_array_index (matches, RedaksiGazetteerMatch, 0).start == 0
              && g_array_index (matches, RedaksiGazetteerMatch, 0).end == n;
      if (whole != cases[c].match)
        g_error ("\"%s\": %s", cases[c].words, whole ? "matched" : "not matched");
      g_assert_cmpint (whole, ==, redaksi_gazetteer_lookup (gazetteer, cases[c].words, NULL, NULL, NULL));
    }
}

/* Gazetteer matching with the tagger's lower-case hashes: the same
 * matches as without them, and as a plain model gives: at each token
 * the longest run of tokens redaksi_gazetteer_lookup() knows as one
 * name. Tokens ending in a period, not ASCII, empty or too long for
 * the hash must take the long way; names long enough to fill the key
 * window and sentences longer than it reuse its keys. */
static void
test_gazetteer_hashed_keys (void)
{
  static const char json[] =
    "[{\"name\": \"Astra Otoparts Tbk\", \"type\": \"ORGANIZATION\"},"
    " {\"name\": \"Caf\u00e9 Kopi\", \"type\": \"LOCATION\"},"
    " {\"name\": \"BUMN\", \"type\": \"ORGANIZATION\"},"
    " {\"name\": \"Bank Indonesia\", \"type\": \"ORGANIZATION\"},"
    " {\"name\": \"Bank Rakyat Indonesia\", \"type\": \"ORGANIZATION\", \"aliases\": [\"BRI\"]},"
    " {\"name\": \"kopi Tbk\", \"type\": \"MISC\", \"case_sensitive\": true},"
    " {\"name\": \"Kopi Kopi Kopi Kopi Kopi Kopi Kopi Kopi Kopi Kopi Kopi Kopi Kopi Kopi Kopi Kopi\","
    "  \"type\": \"EVENT\"},"
    " {\"name\": \"Kopi Kopi Kopi\", \"type\": \"PERSON\"},"
    " {\"name\": \"Kota Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"type\": \"LOCATION\"},"
    " {\"name\": \"Kota Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\", \"type\": \"LOCATION\"}]";
  static const char * const words[] = {
    "Astra", "ASTRA", "astra", "Otoparts", "OTOPARTS", "Tbk", "Tbk.", "TBK.", "tbk", "tbk.", "Tbk..",
    "Caf\xC3\xA9", "CAF\xC3\x89", "Cafe", "Kopi", "kopi", "KOPI", "Kopi.", "BUMN", "bumn", "Bumn.",
    "Bank", "bank", "Indonesia", "INDONESIA.", "Rakyat", "BRI", "bri", ".", "..", "", "dan", "Kota",
    "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
    "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB.",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiGazetteer) gazetteer = redaksi_gazetteer_new_from_data (json, -1, "hashed.json", FALSE, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  guint matched = 0, long_names = 0;

  g_assert_no_error (error);
  for (guint round = 0; round < 3000; round++)
    {
      guint n = (guint) g_rand_int_range (rand, 1, 48);
      /* Mostly one word over and over: long names and long runs. */
      gboolean kopi = g_rand_int_range (rand, 0, 4) == 0;
      g_autofree NerToken *plain = g_new0 (NerToken, n);
      g_autofree NerToken *hashed = g_new0 (NerToken, n);
      g_autofree guint64 *lower = g_new (guint64, n);
      g_autoptr(GArray) plain_matches = g_array_new (FALSE, FALSE, sizeof (RedaksiGazetteerMatch));
      g_autoptr(GArray) hashed_matches = g_array_new (FALSE, FALSE, sizeof (RedaksiGazetteerMatch));
      guint m = 0;

      for (guint i = 0; i < n; i++)
        {
          const char *word = kopi && g_rand_int_range (rand, 0, 8) != 0
                               ? "Kopi" : words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

          plain[i] = (NerToken) { word, (guint) strlen (word), 0, 0, 0 };
          lower[i] = _redaksi_word_hash_lower (word, strlen (word));
        }
      memcpy (hashed, plain, n * sizeof (NerToken));
      _redaksi_gazetteer_annotate (gazetteer, plain, n, plain_matches);
      _redaksi_gazetteer_annotate_hashed (gazetteer, hashed, lower, n, hashed_matches);
      g_assert_cmpmem (hashed, n * sizeof (NerToken), plain, n * sizeof (NerToken));
      g_assert_cmpmem (hashed_matches->data, hashed_matches->len * sizeof (RedaksiGazetteerMatch),
                       plain_matches->data, plain_matches->len * sizeof (RedaksiGazetteerMatch));

      /* The model: greedy, longest first, a name a whole lookup knows. */
      for (guint i = 0; i < n;)
        {
          guint len = 0;
          RedaksiEntityType type = 0;
          const char *name = NULL;

          for (guint l = MIN (16, n - i); l > 0 && len == 0; l--)
            {
              g_autoptr(GString) text = g_string_new (NULL);
              gboolean empty = FALSE;

              for (guint k = i; k < i + l; k++)
                {
                  empty |= plain[k].len == 0;
                  g_string_append_printf (text, "%s%s", k > i ? " " : "", plain[k].text);
                }
              /* An empty token or a lone period is no word of a lookup. */
              if (!empty && redaksi_gazetteer_lookup (gazetteer, text->str, &type, &name, NULL))
                len = l;
            }
          if (len == 0)
            {
              i++;
              continue;
            }
          g_assert_cmpuint (m, <, hashed_matches->len);
          g_assert_cmpuint (g_array_index (hashed_matches, RedaksiGazetteerMatch, m).start, ==, i);
          g_assert_cmpuint (g_array_index (hashed_matches, RedaksiGazetteerMatch, m).end, ==, i + len);
          g_assert_cmpstr (_redaksi_gazetteer_entry_name (gazetteer, g_array_index (hashed_matches, RedaksiGazetteerMatch, m).entry),
                           ==, name);
          long_names += len == 16;
          m++;
          i += len;
        }
      g_assert_cmpuint (m, ==, hashed_matches->len);
      matched += m;
    }
  /* The cases the rounds meant to reach were reached. */
  g_assert_cmpuint (matched, >, 1000);
  g_assert_cmpuint (long_names, >, 10);
}

/* Inserts: a token inside one gives no mention, whatever the number
 * of inserts and wherever they start and end (between tokens or inside
 * one), and the names outside them stay. The model of "inside" is
 * _redaksi_inserts_contain(), token by token. */
static void
test_tagger_inserts (void)
{
  static const char text[] =
    "Presiden Joko Widodo meninjau Kota Bekasi bersama Gubernur Ridwan Kamil.\n"
    "Prabowo Subianto meresmikan Jalan Tol Baru di Surabaya.\n"
    "Menteri BUMN Erick Thohir bertemu Sri Mulyani di Jakarta.\n"
    "Anies Baswedan dan Ganjar Pranowo hadir di Semarang.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  guint n_tokens, kept = 0, cut = 0;
  const RedaksiToken *tokens;

  g_assert_no_error (error);
  tokens = _redaksi_document_peek_tokens (document, &n_tokens);
  for (guint round = 0; round < 40; round++)
    {
      GArray *spans = g_array_new (FALSE, FALSE, sizeof (RedaksiTextSpan));
      g_autoptr(RedaksiInsertTable) inserts = NULL;
      g_autoptr(GPtrArray) entities = NULL;
      g_autoptr(GPtrArray) tags = NULL;
      guint n_spans = (guint) g_rand_int_range (rand, 1, 5);

      for (guint k = 0; k < n_spans; k++)
        {
          guint start = (guint) g_rand_int_range (rand, 0, sizeof text - 1);
          RedaksiTextSpan span = { start, MIN (start + (guint) g_rand_int_range (rand, 1, 40), sizeof text - 1) };

          g_array_append_val (spans, span);
        }
      inserts = _redaksi_insert_table_new (spans);
      g_assert_true (_redaksi_tagger_tag_excluding (redaksi_tagger_get_default (), document, inserts, NULL,
                                                    &entities, &tags, &error));
      g_assert_no_error (error);
      for (guint i = 0; i < entities->len; i++)
        {
          const RedaksiRange *r = redaksi_entity_get_range (entities->pdata[i]);

          for (guint t = 0; t < n_tokens; t++)
            if (tokens[t].start < r->end && r->start < tokens[t].end)
              g_assert_false (_redaksi_inserts_contain (inserts, tokens[t].start, tokens[t].end));
        }
      kept += entities->len;
      for (guint t = 0; t < n_tokens; t++)
        cut += _redaksi_inserts_contain (inserts, tokens[t].start, tokens[t].end);
    }
  g_assert_cmpuint (kept, >, 100);
  g_assert_cmpuint (cut, >, 100);
}

/* Units: a token _redaksi_unit_head_at() passes over starts no unit,
 * ministry or headed place, and the spans the tagger reads are found
 * behind it, whatever the case they are written in. */
static void
test_unit_heads (void)
{
  static const char text[] =
    "Kapolda Polda Metro Jaya dan Polsek Tanah Abang hadir. Menteri BUMN Erick Thohir dan "
    "MENTERI BUMN datang ke Desa Sukamaju, desa Hendra, KELURAHAN Karang Indah dan "
    "Pelabuhan Garongkong. Kejaksaan Tinggi (Kajati) DKI Jakarta dan Komisi VII DPR, "
    "tragedi Kanjuruhan, Munas VIII Kadin, kata Kepala Desa Hendra Gunawan di Kecamatan Tallo.";
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, &error);
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (RedaksiGazetteerMatch));
  g_autofree guint8 *labels = NULL;
  g_autofree guint64 *lower = NULL;
  RedaksiUnitContext ctx;
  guint n_tokens, heads = 0, found = 0;
  const RedaksiToken *tokens;

  g_assert_no_error (error);
  tokens = _redaksi_document_peek_tokens (document, &n_tokens);
  labels = g_new0 (guint8, n_tokens);
  lower = _redaksi_word_hashes (text, tokens, n_tokens);
  ctx = (RedaksiUnitContext) { text, tokens, n_tokens, labels, redaksi_gazetteer_get_default (), matches, lower };
  for (guint i = 0; i < n_tokens; i++)
    {
      RedaksiUnit unit;
      guint first, end;
      gint64 entry;
      gboolean any = _redaksi_unit_at (&ctx, i, &unit) || _redaksi_ministry_at (&ctx, i, &end, &entry)
                     || _redaksi_headed_place_at (&ctx, i, &first, &end);

      heads += _redaksi_unit_head_at (&ctx, i);
      found += any;
      if (any)
        g_assert_true (_redaksi_unit_head_at (&ctx, i));
    }
  /* Polda, Polsek, Menteri ×2, Desa ×2, Kelurahan, Pelabuhan, Kejaksaan
   * Tinggi, Komisi, tragedi, Munas, at least. */
  g_assert_cmpuint (found, >=, 12);
  g_assert_cmpuint (heads, <, n_tokens / 3);
}

/* A token's lower-case hash, folded on the way, is the hash of what
 * ner_ascii_lower() writes, and 0 where it fails. */
static void
test_word_hashes (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  static const char bytes[] = "aZ.-9\xC3\xA9@[`{";

  for (guint round = 0; round < 20000; round++)
    {
      char text[80], buf[64];
      gsize len = (gsize) g_rand_int_range (rand, 0, 70);
      guint64 want;

      for (gsize i = 0; i < len; i++)
        text[i] = bytes[g_rand_int_range (rand, 0, sizeof bytes - 1)];
      want = len > 0 && ner_ascii_lower (text, len, buf, sizeof buf) ? ner_hash_bytes (buf, len) : 0;
      g_assert_cmpuint (_redaksi_word_hash_lower (text, len), ==, want);
    }
  /* ner_ascii_lower() folds 63 bytes into its buffer, not 64. */
  for (gsize len = 62; len <= 65; len++)
    {
      g_autofree char *text = g_strnfill (len, 'Q');
      char buf[64];
      guint64 want = ner_ascii_lower (text, len, buf, sizeof buf) ? ner_hash_bytes (buf, len) : 0;

      g_assert_cmpuint (_redaksi_word_hash_lower (text, len), ==, want);
      g_assert_cmpint (want != 0, ==, len < 64);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/redaksi/tagger-rules/variants-model", test_variants_model);
  g_test_add_func ("/redaksi/tagger-rules/variants-spellings", test_variants_spellings);
  g_test_add_func ("/redaksi/tagger-rules/variants-one-length", test_variants_one_length);
  g_test_add_func ("/redaksi/tagger-rules/variants-many-names", test_variants_many_names);
  g_test_add_func ("/redaksi/tagger-rules/gazetteer-token-keys", test_gazetteer_token_keys);
  g_test_add_func ("/redaksi/tagger-rules/gazetteer-hashed-keys", test_gazetteer_hashed_keys);
  g_test_add_func ("/redaksi/tagger-rules/tagger-inserts", test_tagger_inserts);
  g_test_add_func ("/redaksi/tagger-rules/unit-heads", test_unit_heads);
  g_test_add_func ("/redaksi/tagger-rules/word-hashes", test_word_hashes);
  return g_test_run ();
}
