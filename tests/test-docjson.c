/* test-docjson.c: the cheap paths of the document and the JSON give what
 * the long ways give
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The JSON writer formats doubles and escapes strings itself, without
 * printf and without a GString call per piece; these tests compare its
 * text with what json-glib's layout and printf's `%.17g` give, on values
 * chosen to reach every branch (powers of ten, roundings that carry,
 * ties, the ends of the range the fast path takes).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "redaksi.h"
#include "redaksi-json-writer-private.h"
#include "redaksi-test-util.h"

/* What json-glib 1.6 writes for a finite double. */
static char *
reference_double (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);
  if (strpbrk (buffer, ".eE") == NULL)
    return g_strconcat (buffer, ".0", NULL);
  return g_strdup (buffer);
}

static char *
written_double (double value)
{
  GString *out = g_string_new (NULL);
  g_autoptr(RedaksiJsonWriter) writer = _redaksi_json_writer_new (out, FALSE);

  _redaksi_json_writer_double (writer, value);
  return g_string_free (out, FALSE);
}

static guint
check_double (double value)
{
  g_autofree char *expected = reference_double (value);
  g_autofree char *got = written_double (value);

  if (g_strcmp0 (expected, got) == 0)
    return 0;
  g_test_message ("%a: expected %s, written %s", value, expected, got);
  return 1;
}

/* Around every power of ten the fast path's range touches, the values
 * next to it on both sides, and values whose 17 digits round up to the
 * next power of ten. */
static guint
check_powers_of_ten (void)
{
  guint failures = 0;

  for (int e = -6; e <= 17; e++)
    {
      double p = pow (10, e);
      double v = p;

      for (int i = 0; i < 40; i++)
        v = nextafter (v, 0);
      for (int i = 0; i < 80; i++, v = nextafter (v, INFINITY))
        failures += check_double (v);
      failures += check_double (p * 0.99999999999999999);
      failures += check_double (p * 9.9999999999999999);
    }
  return failures;
}

static void
test_double_matches_printf (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  guint failures = 0;
  const double fixed[] = {
    0, -0.0, 1, 2, 0.5, 0.1, 0.21, 0.35607675906183367, 1.0 / 3, 2.0 / 3, 123456789,
    1e-4, 1e-5, 2.5e-5, 1e15, 1e16, 1e17, 1e21, 0.97, 0.0001, 0.00011, 4503599627370496.5,
    999999999999999.9, 99999999999999.99, -0.21, -1, 5e-324, 1.7976931348623157e308,
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    failures += check_double (fixed[i]);
  failures += check_powers_of_ten ();
  /* Saliences and similarities: ratios of small counts. */
  for (guint n = 1; n <= 400; n++)
    for (guint k = 0; k <= n; k++)
      failures += check_double ((double) k / n);
  /* Any bits, over the whole fast range and beyond it. */
  for (guint i = 0; i < 300000; i++)
    {
      double v = pow (10, g_rand_double_range (rand, -7, 18));

      failures += check_double (v);
    }
  /* Few significant bits: ties at the 18th digit are most likely. */
  for (guint i = 0; i < 100000; i++)
    {
      double v = ldexp ((double) g_rand_int_range (rand, 1, 1 << 20), g_rand_int_range (rand, -60, 50));

      failures += check_double (v);
    }
  g_assert_cmpuint (failures, ==, 0);
}

/* A string of @length pieces, each a byte that needs an escape, an
 * ASCII letter or a multi-byte character. */
static char *
random_string (GRand *rand,
               guint  length)
{
  static const char *const pieces[] = {
    "a", "Z", " ", "\"", "\\", "\n", "\t", "\x01", "\x1e", "\x7f", "/", "é", "“", "😀", "\u2028",
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < length; i++)
    {
      /* Mostly letters, as in names and words. */
      guint at = g_rand_int_range (rand, 0, 4) != 0 ? 0 : (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces));

      g_string_append (out, pieces[at]);
    }
  return g_string_free (out, FALSE);
}

static char *
write_members (GPtrArray *names,
               GPtrArray *values,
               gboolean   pretty)
{
  GString *out = g_string_new (NULL);
  g_autoptr(RedaksiJsonWriter) writer = _redaksi_json_writer_new (out, pretty);

  _redaksi_json_writer_begin_object (writer);
  for (guint i = 0; i < names->len; i++)
    _redaksi_json_writer_string_member (writer, names->pdata[i], values->pdata[i]);
  _redaksi_json_writer_end_object (writer);
  return g_string_free (out, FALSE);
}

/* Member names and values of every length, escaped as json-glib does,
 * through the member shorthands. */
static void
test_strings_match_generator (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint round = 0; round < 400; round++)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) tree = NULL;
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
      guint longest = round % 10 == 0 ? 5000 : 24;

      json_builder_begin_object (builder);
      for (guint i = 0; i < 8; i++)
        {
          g_autofree char *name = random_string (rand, g_rand_int_range (rand, 0, longest));

          /* Distinct names: json-glib keeps one member of a name. */
          g_ptr_array_add (names, g_strdup_printf ("%s%u", name, i));
          g_ptr_array_add (values, random_string (rand, g_rand_int_range (rand, 0, longest)));
          json_builder_set_member_name (builder, names->pdata[i]);
          json_builder_add_string_value (builder, values->pdata[i]);
        }
      json_builder_end_object (builder);
      tree = json_builder_get_root (builder);
      for (int pretty = 0; pretty <= 1; pretty++)
        {
          g_autofree char *expected = redaksi_test_json_generate (tree, pretty);
          g_autofree char *written = write_members (names, values, pretty);

          g_assert_cmpstr (written, ==, expected);
        }
    }
}

/* Values of every length after keys (the one-piece path of compact
 * text), first in their object or after another member, escaped as
 * json-glib does; a null value too. */
static void
test_string_keys_match_generator (void)
{
  static const RedaksiJsonKey keys[] = {
    REDAKSI_JSON_KEY ("id"), REDAKSI_JSON_KEY ("text"), REDAKSI_JSON_KEY ("canonical"),
    REDAKSI_JSON_KEY ("speaker_text"),
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);

  for (guint round = 0; round < 400; round++)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) tree = NULL;
      g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);

      json_builder_begin_object (builder);
      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        {
          /* One value in seven null. */
          char *value = g_rand_int_range (rand, 0, 7) == 0 ? NULL
                        : random_string (rand, g_rand_int_range (rand, 0, round % 10 == 0 ? 3000 : 30));

          g_ptr_array_add (values, value);
          json_builder_set_member_name (builder, keys[i].name);
          if (value != NULL)
            json_builder_add_string_value (builder, value);
          else
            json_builder_add_null_value (builder);
        }
      json_builder_end_object (builder);
      tree = json_builder_get_root (builder);
      for (int pretty = 0; pretty <= 1; pretty++)
        {
          g_autofree char *expected = redaksi_test_json_generate (tree, pretty);
          GString *out = g_string_new (NULL);
          g_autoptr(RedaksiJsonWriter) writer = _redaksi_json_writer_new (out, pretty);
          g_autofree char *written = NULL;

          _redaksi_json_writer_begin_object (writer);
          for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
            _redaksi_json_writer_string_key (writer, &keys[i], values->pdata[i]);
          _redaksi_json_writer_end_object (writer);
          g_clear_pointer (&writer, _redaksi_json_writer_free);
          written = g_string_free (out, FALSE);
          g_assert_cmpstr (written, ==, expected);
        }
    }
}

/* Every length of number, both signs, both ends of gint64, as single
 * values and as the members of a range, compact and pretty. */
static void
test_ints_match_generator (void)
{
  static const char *const names[] = { "start", "end", "char_start", "char_end", "x\"y", "" };
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 edge[] = { 0, G_MININT64, G_MAXINT64, G_MININT64 + 1 };

  g_array_append_vals (values, edge, G_N_ELEMENTS (edge));
  for (gint64 p = 1; p <= G_MAXINT64 / 10; p *= 10)
    for (gint64 d = -1; d <= 1; d++)
      {
        gint64 v[] = { p * 10 + d, -(p * 10 + d), p + d, -(p + d) };

        g_array_append_vals (values, v, G_N_ELEMENTS (v));
      }

  for (guint first = 0; first + G_N_ELEMENTS (names) <= values->len; first++)
    for (int pretty = 0; pretty <= 1; pretty++)
      {
        const gint64 *v = &g_array_index (values, gint64, first);
        g_autoptr(JsonBuilder) builder = json_builder_new ();
        g_autoptr(JsonNode) tree = NULL;
        g_autofree char *expected = NULL;
        GString *out = g_string_new (NULL);
        g_autoptr(RedaksiJsonWriter) writer = _redaksi_json_writer_new (out, pretty);
        g_autofree char *written = NULL;

        json_builder_begin_object (builder);
        json_builder_set_member_name (builder, "before");
        json_builder_add_int_value (builder, v[0]);
        for (guint i = 0; i < G_N_ELEMENTS (names); i++)
          {
            json_builder_set_member_name (builder, names[i]);
            json_builder_add_int_value (builder, v[i]);
          }
        json_builder_end_object (builder);
        tree = json_builder_get_root (builder);
        expected = redaksi_test_json_generate (tree, pretty);

        _redaksi_json_writer_begin_object (writer);
        _redaksi_json_writer_member (writer, "before");
        _redaksi_json_writer_int (writer, v[0]);
        _redaksi_json_writer_int_members (writer, names, v, G_N_ELEMENTS (names));
        _redaksi_json_writer_end_object (writer);
        written = g_string_free (g_steal_pointer (&out), FALSE);
        g_assert_cmpstr (written, ==, expected);
      }
}

/* Containers nested deeper than the writer's first room for them. */
static void
test_deep_nesting_matches_generator (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) tree = NULL;

  for (guint i = 0; i < 100; i++)
    {
      if (i % 2 == 0)
        {
          json_builder_begin_array (builder);
          json_builder_add_int_value (builder, i);
        }
      else
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "n");
          json_builder_add_int_value (builder, i);
          json_builder_set_member_name (builder, "in");
        }
    }
  /* The innermost object's "in" holds a null. */
  json_builder_add_null_value (builder);
  for (guint i = 100; i-- > 0;)
    {
      if (i % 2 == 0)
        json_builder_end_array (builder);
      else
        json_builder_end_object (builder);
    }
  tree = json_builder_get_root (builder);
  for (int pretty = 0; pretty <= 1; pretty++)
    {
      g_autofree char *expected = redaksi_test_json_generate (tree, pretty);
      GString *out = g_string_new (NULL);
      g_autoptr(RedaksiJsonWriter) writer = _redaksi_json_writer_new (out, pretty);
      g_autofree char *written = NULL;

      _redaksi_json_writer_node (writer, tree);
      written = g_string_free (out, FALSE);
      g_assert_cmpstr (written, ==, expected);
    }
}

/* The tokenizer's notion of a space, the long way. */
static gboolean
reference_space (gunichar c)
{
  return c == 0xA0 || c == 0x200B || c == 0xFEFF || c == 0x202F || g_unichar_isspace (c);
}

/* A word's case flags, character by character through GLib. */
static RedaksiTokenFlags
reference_case (const char *text,
                gsize       start,
                gsize       end)
{
  guint upper = 0, lower = 0;
  gboolean first_upper = FALSE;

  for (const char *p = text + start; p < text + end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean is_upper = g_unichar_isupper (c) || g_unichar_istitle (c);
      gboolean is_lower = !is_upper && g_unichar_islower (c);

      first_upper |= is_upper && upper == 0 && lower == 0;
      upper += is_upper;
      lower += is_lower;
    }
  return (first_upper ? REDAKSI_TOKEN_FLAGS_CAPITALIZED : 0) |
         (upper >= 2 && lower == 0 ? REDAKSI_TOKEN_FLAGS_UPPERCASE : 0);
}

static void
check_token_flags (const char *line)
{
  const RedaksiTokenFlags spacing = REDAKSI_TOKEN_FLAGS_SPACE_BEFORE | REDAKSI_TOKEN_FLAGS_SPACE_AFTER;
  const RedaksiTokenFlags cases = REDAKSI_TOKEN_FLAGS_CAPITALIZED | REDAKSI_TOKEN_FLAGS_UPPERCASE;
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (line, -1, &error);
  gsize length = strlen (line);

  g_assert_no_error (error);
  for (guint i = 0; i < redaksi_document_get_n_tokens (document); i++)
    {
      g_autoptr(RedaksiToken) t = redaksi_document_get_token (document, i);
      const char *before = t->start > 0 ? g_utf8_find_prev_char (line, line + t->start) : NULL;
      RedaksiTokenFlags expected = 0;

      if (before == NULL || reference_space (g_utf8_get_char (before)))
        expected |= REDAKSI_TOKEN_FLAGS_SPACE_BEFORE;
      if (t->end >= length || reference_space (g_utf8_get_char (line + t->end)))
        expected |= REDAKSI_TOKEN_FLAGS_SPACE_AFTER;
      if (t->kind == REDAKSI_TOKEN_WORD)
        expected |= reference_case (line, t->start, t->end);
      if ((t->flags & (spacing | cases)) != expected)
        g_error ("token %u [%u, %u) of \"%s\": flags %x, expected %x", i, (guint) t->start,
                 (guint) t->end, line, t->flags & (spacing | cases), expected);
    }
}

/* Words of ASCII, of other letters and of both, glued by connectors,
 * spaces of every kind: the segmenter's ASCII shortcuts for a word's
 * case and a token's spacing agree with GLib's character tables. */
static void
test_token_flags_match_glib (void)
{
  static const char *const pieces[] = {
    "a", "b", "Z", "K", "7", "é", "É", "Ǆ", "ǅ", "ß", "Ω", "ω", "中", "-", "'", "’", ".", ",",
    "@", "Rp", " ", " ", "\t", "\u00a0", "\u202f", "\u2003", "\u200b", "“", "”", "!",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);

  for (guint round = 0; round < 20000; round++)
    {
      GString *line = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 16);
      g_autofree char *text = NULL;

      for (guint i = 0; i < n; i++)
        {
          /* Runs of letters, as words are. */
          guint at = g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces));
          guint repeat = at < 13 ? g_rand_int_range (rand, 1, 5) : 1;

          for (guint r = 0; r < repeat; r++)
            g_string_append (line, pieces[at]);
        }
      text = g_string_free (line, FALSE);
      check_token_flags (text);
    }
}

/* The tokens of @line, each as its text and, for an abbreviation, a
 * star, joined by bars. */
static char *
token_texts (const char *line)
{
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (line, -1, NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < redaksi_document_get_n_tokens (document); i++)
    {
      g_autoptr(RedaksiToken) t = redaksi_document_get_token (document, i);

      g_string_append_printf (out, "%s%.*s%s", i > 0 ? "|" : "", (int) (t->end - t->start),
                              line + t->start, t->flags & REDAKSI_TOKEN_FLAGS_ABBREVIATION ? "*" : "");
    }
  return g_string_free (out, FALSE);
}

/* A word of ASCII letters that ends at a connector is one token without
 * it when nothing a connector could join follows (a space, punctuation,
 * the end), and joins what follows otherwise; a full stop after an
 * abbreviation or an initial stays the word's. */
static void
test_words_at_connectors (void)
{
  static const struct { const char *line, *tokens; } cases[] = {
    { "kata, dia. Ya", "kata|,|dia|.|Ya" },
    { "kata,dia", "kata|,|dia" },
    { "1,5 kg.", "1,5|kg|." },
    { "e-mail e- mail e-", "e-mail|e|-|mail|e|-" },
    { "Bisnis.com, Jakarta.", "Bisnis.com|,|Jakarta|." },
    { "dr. Budi S.H. dan H. Agus.", "dr.*|Budi|S.H.*|dan|H.*|Agus|." },
    { "a@b.id a@ b_ c_d Ma'ruf x' 10:30 jam:", "a@b.id|a|@|b|_|c_d|Ma'ruf|x|'|10:30|jam|:" },
    { "kata.\"", "kata|.|\"" },
    { "dia.Baca kata-é kata.é", "dia|.|Baca|kata-é|kata|.|é" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *tokens = token_texts (cases[i].line);

      g_assert_cmpstr (tokens, ==, cases[i].tokens);
    }
}

/* The whole development set as one document: thousands of entities and
 * hundreds of names, past the room the results are made with and past
 * a block of their strings. Each entity keeps the text its range
 * covers, and each name its own copy. */
static void
test_many_entities_keep_their_text (void)
{
  g_autoptr(GPtrArray) texts = redaksi_test_devset_texts ();
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(RedaksiTagging) tagging = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *entities, *tags;

  for (guint i = 0; i < texts->len; i++)
    g_string_append_printf (all, "%s\n\n", (const char *) texts->pdata[i]);
  document = redaksi_document_new_from_text (all->str, (gssize) all->len, &error);
  g_assert_no_error (error);
  tagging = redaksi_tagger_tag (redaksi_tagger_get_default (), document, NULL, &error);
  g_assert_no_error (error);
  entities = redaksi_tagging_get_entities (tagging);
  tags = redaksi_tagging_get_tags (tagging);
  g_assert_cmpuint (entities->len, >, 4 * 128);
  g_assert_cmpuint (tags->len, >, 200);
  for (guint i = 0; i < entities->len; i++)
    {
      RedaksiEntity *entity = entities->pdata[i];
      const RedaksiRange *range = redaksi_entity_get_range (entity);
      g_autofree char *covered = g_strndup (all->str + range->start, range->end - range->start);

      g_assert_cmpstr (redaksi_entity_get_text (entity), ==, covered);
    }
  for (guint i = 0; i < tags->len; i++)
    g_assert_cmpuint (strlen (redaksi_tag_get_name (tags->pdata[i])), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/docjson/double-matches-printf", test_double_matches_printf);
  g_test_add_func ("/redaksi/docjson/words-at-connectors", test_words_at_connectors);
  g_test_add_func ("/redaksi/docjson/string-keys-match-generator", test_string_keys_match_generator);
  g_test_add_func ("/redaksi/docjson/many-entities-keep-their-text", test_many_entities_keep_their_text);
  g_test_add_func ("/redaksi/docjson/strings-match-generator", test_strings_match_generator);
  g_test_add_func ("/redaksi/docjson/ints-match-generator", test_ints_match_generator);
  g_test_add_func ("/redaksi/docjson/deep-nesting-matches-generator", test_deep_nesting_matches_generator);
  g_test_add_func ("/redaksi/docjson/token-flags-match-glib", test_token_flags_match_glib);
  return g_test_run ();
}
