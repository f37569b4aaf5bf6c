/* test-tagger.c: entities, tags and the gazetteer on real articles
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "redaksi-resources-private.h"
#include "redaksi-tagger-private.h"
#include "redaksi-test-util.h"

typedef struct
{
  RedaksiDocument *document;
  GPtrArray       *entities;
  GPtrArray       *tags;
} Tagged;

static void
tagged_clear (Tagged *t)
{
  g_clear_object (&t->document);
  g_clear_pointer (&t->entities, g_ptr_array_unref);
  g_clear_pointer (&t->tags, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tagged, tagged_clear)

static void
tag_document (RedaksiTagger   *tagger,
              RedaksiDocument *document,
              Tagged          *out)
{
  g_autoptr(GError) error = NULL;

  g_autoptr(RedaksiTagging) tagging = NULL;

  out->document = g_object_ref (document);
  tagging = redaksi_tagger_tag (tagger, document, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (tagging);
  out->entities = g_ptr_array_ref (redaksi_tagging_get_entities (tagging));
  out->tags = g_ptr_array_ref (redaksi_tagging_get_tags (tagging));
}

static void
tag_text (const char *text,
          Tagged     *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, &error);

  g_assert_no_error (error);
  tag_document (redaksi_tagger_get_default (), document, out);
}

#define assert_mentions(t, text, canonical, type) \
  redaksi_test_assert_mentions ((t)->entities, text, canonical, type)

static RedaksiTag *
find_tag (Tagged     *t,
          const char *name)
{
  for (guint i = 0; i < t->tags->len; i++)
    if (g_str_equal (redaksi_tag_get_name (t->tags->pdata[i]), name))
      return t->tags->pdata[i];
  return NULL;
}

/* Each entity's range must hold exactly its text in the source. */
static void
assert_ranges_match (Tagged *t)
{
  const char *source = redaksi_document_get_source (t->document, NULL);

  for (guint i = 0; i < t->entities->len; i++)
    {
      RedaksiEntity *e = t->entities->pdata[i];
      const RedaksiRange *r = redaksi_entity_get_range (e);
      g_autofree char *slice = g_strndup (source + r->start, r->end - r->start);

      g_assert_cmpstr (slice, ==, redaksi_entity_get_text (e));
      g_assert_cmpuint (r->char_end - r->char_start, ==, g_utf8_strlen (slice, -1));
    }
}

/* No entity may start inside the line that starts with @marker. */
static void
assert_nothing_in_line (Tagged     *t,
                        const char *marker)
{
  const char *source = redaksi_document_get_source (t->document, NULL);
  const char *line = strstr (source, marker);
  const char *line_end;

  g_assert_nonnull (line);
  line_end = strchr (line, '\n');
  for (guint i = 0; i < t->entities->len; i++)
    {
      const RedaksiRange *r = redaksi_entity_get_range (t->entities->pdata[i]);

      g_assert_false (r->start >= (guint64) (line - source)
                      && (line_end == NULL || r->start < (guint64) (line_end - source)));
    }
}

/* The words that open a sentence or a quotation in @t's document. */
static GPtrArray *
clause_openers (Tagged *t)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  guint n = redaksi_document_get_n_tokens (t->document);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RedaksiToken) token = redaksi_document_get_token (t->document, i);
      g_autoptr(RedaksiToken) previous = i > 0 ? redaksi_document_get_token (t->document, i - 1) : NULL;

      if ((token->flags & REDAKSI_TOKEN_FLAGS_SENTENCE_START)
          || (previous && previous->kind == REDAKSI_TOKEN_QUOTE
              && previous->quote_role == REDAKSI_QUOTE_ROLE_OPENING))
        g_ptr_array_add (words, redaksi_document_get_token_text (t->document, i));
    }
  return words;
}

/* A capitalised word opening a sentence or quotation ("Sebelumnya",
 * "Saya", "Sayangnya") is no entity unless it is one of @names. */
static void
assert_no_common_openers (Tagged             *t,
                          const char * const *names)
{
  g_autoptr(GPtrArray) openers = clause_openers (t);

  g_assert_cmpuint (openers->len, >, 5);
  for (guint i = 0; i < t->entities->len; i++)
    {
      const char *text = redaksi_entity_get_text (t->entities->pdata[i]);

      if (g_strv_contains (names, text))
        continue;
      for (guint k = 0; k < openers->len; k++)
        g_assert_cmpstr (text, !=, openers->pdata[k]);
    }
}

static void
test_seed_article (void)
{
  g_autofree char *path = redaksi_test_shared_path ("seed", "bisnis-g20-2023.txt", NULL);
  g_autoptr(RedaksiDocument) document = NULL;
  g_auto(Tagged) t = { 0 };
  RedaksiTag *blinken, *us;

  if (path == NULL)
    return;
  document = redaksi_test_load_document (path, FALSE);
  tag_document (redaksi_tagger_get_default (), document, &t);

  assert_mentions (&t, "AS", "Amerika Serikat", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Amerika Serikat", "Amerika Serikat", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Antony", "Antony Blinken", REDAKSI_ENTITY_PERSON);
  assert_mentions (&t, "Antony Blinken", "Antony Blinken", REDAKSI_ENTITY_PERSON);
  assert_mentions (&t, "Lavrov", "Sergei Lavrov", REDAKSI_ENTITY_PERSON);
  assert_mentions (&t, "Sergei Lavrov", "Sergei Lavrov", REDAKSI_ENTITY_PERSON);
  assert_mentions (&t, "Annalena Baerbock", "Annalena Baerbock", REDAKSI_ENTITY_PERSON);
  assert_mentions (&t, "Rusia", "Rusia", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Ukraina", "Ukraina", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Moskow", "Moskow", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Jerman", "Jerman", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Belanda", "Belanda", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Perancis", "Prancis", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Uni Soviet", "Uni Soviet", REDAKSI_ENTITY_LOCATION);
  assert_mentions (&t, "Reuters", "Reuters", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "G20", "G20", REDAKSI_ENTITY_ORGANIZATION);
  assert_nothing_in_line (&t, "Baca Juga");
  assert_no_common_openers (&t, (const char *[]) { "Antony", "Rusia", "Bisnis.com", NULL });
  assert_ranges_match (&t);

  /* The article is about Blinken: he is the first tag, a speaker with
   * the role the article gives him. */
  blinken = t.tags->pdata[0];
  g_assert_cmpstr (redaksi_tag_get_name (blinken), ==, "Antony Blinken");
  g_assert_cmpuint (redaksi_tag_get_mentions (blinken), ==, 5);
  g_assert_nonnull (strstr (redaksi_tag_get_role (blinken), "Menlu"));
  us = find_tag (&t, "Amerika Serikat");
  g_assert_nonnull (us);
  g_assert_cmpstr (redaksi_tag_get_id (us), ==, "iso3166:US");
  /* The dateline's outlet and city come first but are not the subject. */
  g_assert_nonnull (find_tag (&t, "DKI Jakarta"));
  g_assert_cmpfloat (redaksi_tag_get_salience (find_tag (&t, "DKI Jakarta")), <,
                     redaksi_tag_get_salience (find_tag (&t, "Moskow")));
  g_assert_null (find_tag (&t, "Antony"));
  g_assert_null (find_tag (&t, "AS"));
}

/* Names no gazetteer knows: the short name and the acronym join the
 * full forms the article introduced. */
static void
test_short_names_and_acronyms (void)
{
  g_auto(Tagged) t = { 0 };
  double total = 0;

  tag_text ("Kepala Dinas Perhubungan Kabupaten Sukamara, Wiryawan Hadisaputro, mengatakan jalan itu "
            "ditutup sejak Senin.\n"
            "\"Kami sudah memasang rambu di dua titik,\" kata Wiryawan di Sukamara.\n"
            "Menurut Wiryawan, Lembaga Kajian Transportasi Daerah (LKTD) menyarankan penutupan itu.\n"
            "LKTD juga meminta warga melapor.\n", &t);

  assert_mentions (&t, "Wiryawan", "Wiryawan Hadisaputro", REDAKSI_ENTITY_PERSON);
  assert_mentions (&t, "LKTD", "Lembaga Kajian Transportasi Daerah", REDAKSI_ENTITY_ORGANIZATION);
  g_assert_cmpstr (redaksi_tag_get_name (t.tags->pdata[0]), ==, "Wiryawan Hadisaputro");
  g_assert_cmpuint (redaksi_tag_get_mentions (t.tags->pdata[0]), ==, 3);
  g_assert_nonnull (strstr (redaksi_tag_get_role (t.tags->pdata[0]), "Kepala Dinas Perhubungan"));
  for (guint i = 0; i < t.tags->len; i++)
    total += redaksi_tag_get_salience (t.tags->pdata[i]);
  g_assert_cmpfloat_with_epsilon (total, 1.0, 1e-9);
  assert_ranges_match (&t);
}

/* "AS" is a country, "as" is not; case and diacritics otherwise fold. */
static void
test_gazetteer_case (void)
{
  RedaksiGazetteer *gazetteer = redaksi_gazetteer_get_default ();
  RedaksiEntityType type;
  const char *name = NULL, *id = NULL;
  g_auto(Tagged) t = { 0 };

  g_assert_true (redaksi_gazetteer_lookup (gazetteer, "AS", &type, &name, &id));
  g_assert_cmpstr (name, ==, "Amerika Serikat");
  g_assert_cmpint (type, ==, REDAKSI_ENTITY_LOCATION);
  g_assert_false (redaksi_gazetteer_lookup (gazetteer, "as", NULL, NULL, NULL));
  g_assert_true (redaksi_gazetteer_lookup (gazetteer, "Pérancis", NULL, &name, NULL));
  g_assert_cmpstr (name, ==, "Prancis");
  g_assert_true (redaksi_gazetteer_lookup (gazetteer, "Tiongkok", NULL, &name, NULL));
  g_assert_cmpstr (name, ==, "China");
  g_assert_true (redaksi_gazetteer_lookup (gazetteer, "Papua Barat Daya", &type, NULL, NULL));
  g_assert_cmpint (type, ==, REDAKSI_ENTITY_LOCATION);
  g_assert_cmpuint (redaksi_gazetteer_get_n_entries (gazetteer), >, 1000);

  tag_text ("Harga emas naik sama seperti kemarin, setinggi langit biru.\n", &t);
  for (guint i = 0; i < t.entities->len; i++)
    g_assert_cmpstr (redaksi_entity_get_text (t.entities->pdata[i]), !=, "as");
}

static char *
write_temp (const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("redaksi-gazetteer-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_gazetteer_bad_json (void)
{
  static const struct { const char *json; int code; const char *where; const char *problem; } cases[] = {
    { "{\"entries\": [\n  {\"name\": \"A\", \"type\": \"PERSON\"},\n  {\"name\": \"B\" \"type\": \"PERSON\"}\n]}\n",
      REDAKSI_ERROR_INVALID_DATA, ":3:", "expected '}'" },
    { "{\"entries\": [\n  {\"name\": \"A\",\n   \"type\": \"PLANET\"}\n]}\n",
      REDAKSI_ERROR_INVALID_DATA, ":3:", "unknown type \"PLANET\"" },
    { "[\n {\"type\": \"PERSON\"}\n]\n", REDAKSI_ERROR_INVALID_DATA, ":2:", "no \"name\"" },
    { "{\"entries\": [{\"name\": \"A\", \"type\": \"MISC\", \"aliases\": \"A\"}]}",
      REDAKSI_ERROR_INVALID_DATA, ":1:", "\"aliases\" must be an array" },
    { "{\"entries\": [{\"name\": \"unterminated}]}", REDAKSI_ERROR_INVALID_DATA, ":1:", "unterminated string" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = write_temp (cases[i].json);
      g_autofree char *basename = g_path_get_basename (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(RedaksiGazetteer) gazetteer = redaksi_gazetteer_new_from_file (path, TRUE, &error);

      g_assert_null (gazetteer);
      g_assert_error (error, REDAKSI_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, basename));
      g_assert_nonnull (strstr (error->message, cases[i].where));
      g_assert_nonnull (strstr (error->message, cases[i].problem));
      g_unlink (path);
    }

  /* The default is untouched by a failed load. */
  {
    g_auto(Tagged) t = { 0 };

    tag_text ("Presiden Joko Widodo tiba di Jakarta.\n", &t);
    assert_mentions (&t, "Joko Widodo", "Joko Widodo", REDAKSI_ENTITY_PERSON);
  }
}

/* An emoji as JSON writes it, a UTF-16 surrogate pair, is one
 * character; a broken escape is an error naming the file and line, even
 * at the very end of the data. */
static void
test_gazetteer_escapes (void)
{
  static const char json[] =
    "[{\"name\": \"Kedai \\ud83d\\ude00 Kopi \\u00e9\\uD834\\uDD1E\", \"type\": \"ORGANIZATION\",\n"
    "  \"aliases\": [\"Kedai Senyum\"]}]";
  static const struct { const char *json; const char *where; const char *problem; } bad[] = {
    { "[{\"name\": \"A\\ud83d\", \"type\": \"MISC\"}]", ":1:", "lone surrogate \\uD83D" },
    { "[\n{\"name\": \"A\\ude00\", \"type\": \"MISC\"}]", ":2:", "lone surrogate \\uDE00" },
    { "[{\"name\": \"A\\ud83d\\u0041\", \"type\": \"MISC\"}]", ":1:", "not by a" },
    { "[{\"name\": \"A\\ud83d\\ude0", ":1:", "truncated \\u escape" },
    { "[{\"name\": \"A\\ud83d\\ude00", ":1:", "unterminated string" },
    { "[{\"name\": \"A\\u12", ":1:", "truncated \\u escape" },
    { "[{\"name\": \"A\\u12G4\", \"type\": \"MISC\"}]", ":1:", "four hexadecimal digits" },
    { "[{\"name\": \"A\\u0000\", \"type\": \"MISC\"}]", ":1:", "\\u0000 is not allowed" },
    { "[{\"name\": \"A\\\xC3\xA9\", \"type\": \"MISC\"}]", ":1:", "unknown escape: backslash and byte 0xC3" },
    { "[{\"name\": \"A\", \"type\": \"MISC\", \"x\": \x01}]", ":1:", "unexpected byte 0x01" },
    { "[{\"name\": \"A\", \"type\": \"MISC\", \"x\": tr\0ue}]", ":1:", "expected '}', found byte 0x00" },
  };
  /* The last case holds a NUL byte: its length is counted past it. */
  static const gsize nul_case_length = sizeof "[{\"name\": \"A\", \"type\": \"MISC\", \"x\": tr\0ue}]" - 1;
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiGazetteer) gazetteer = redaksi_gazetteer_new_from_data (json, -1, "emoji.json", FALSE, &error);
  const char *name = NULL;

  g_assert_no_error (error);
  g_assert_true (redaksi_gazetteer_lookup (gazetteer, "Kedai Senyum", NULL, &name, NULL));
  g_assert_cmpstr (name, ==, "Kedai \xF0\x9F\x98\x80 Kopi \xC3\xA9\xF0\x9D\x84\x9E");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      /* Exactly as long as the text, on the heap: a read past the end
       * is caught by the address sanitizer. */
      gsize len = i + 1 == G_N_ELEMENTS (bad) ? nul_case_length : strlen (bad[i].json);
      g_autofree char *data = g_memdup2 (bad[i].json, len);
      g_autoptr(RedaksiGazetteer) broken = NULL;

      g_clear_error (&error);
      broken = redaksi_gazetteer_new_from_data (data, (gssize) len, "bad.json", FALSE, &error);
      g_assert_null (broken);
      g_assert_nonnull (error);
      g_assert_error (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_DATA);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      if (!g_str_has_prefix (error->message, "bad.json") || !strstr (error->message, bad[i].where)
          || !strstr (error->message, bad[i].problem))
        g_error ("case %u: unexpected message “%s”", i, error->message);
    }
}

static void
test_gazetteer_newsroom_file (void)
{
  g_autofree char *path = write_temp (
    "{\"version\": 1, \"entries\": [\n"
    "  {\"name\": \"Koperasi Nelayan Samudra Jaya\", \"type\": \"ORGANIZATION\",\n"
    "   \"aliases\": [\"KNSJ\"], \"id\": \"tag:4471\", \"description\": \"co-op\", \"extra\": [1, {\"x\": null}]},\n"
    "  {\"name\": \"Festival Bahari Lamalera\", \"type\": \"EVENT\", \"id\": null},\n"
    "  {\"name\": \"kabar88\", \"type\": \"ORGANIZATION\", \"case_sensitive\": true}\n"
    "]}\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiGazetteer) gazetteer = redaksi_gazetteer_new_from_file (path, TRUE, &error);
  g_autoptr(RedaksiTagger) tagger = NULL;
  g_autoptr(RedaksiDocument) document = NULL;
  g_auto(Tagged) t = { 0 };

  g_assert_no_error (error);
  g_assert_cmpuint (redaksi_gazetteer_get_n_entries (gazetteer), ==,
                    redaksi_gazetteer_get_n_entries (redaksi_gazetteer_get_default ()) + 3);
  g_assert_true (redaksi_gazetteer_lookup (gazetteer, "kabar88", NULL, NULL, NULL));
  g_assert_false (redaksi_gazetteer_lookup (gazetteer, "Kabar88", NULL, NULL, NULL));
  g_assert_true (redaksi_gazetteer_lookup (gazetteer, "knsj", NULL, NULL, NULL) == FALSE);
  tagger = redaksi_tagger_new (gazetteer, &error);
  g_assert_no_error (error);
  document = redaksi_document_new_from_text ("Ketua KNSJ menyambut Festival Bahari Lamalera di Lembata.\n", -1, &error);
  g_assert_no_error (error);
  tag_document (tagger, document, &t);

  assert_mentions (&t, "KNSJ", "Koperasi Nelayan Samudra Jaya", REDAKSI_ENTITY_ORGANIZATION);
  assert_mentions (&t, "Festival Bahari Lamalera", "Festival Bahari Lamalera", REDAKSI_ENTITY_EVENT);
  g_assert_cmpstr (redaksi_tag_get_id (find_tag (&t, "Koperasi Nelayan Samudra Jaya")), ==, "tag:4471");
  g_assert_null (redaksi_tag_get_id (find_tag (&t, "Festival Bahari Lamalera")));
  g_unlink (path);
}

static void
test_report_json (void)
{
  g_autofree char *path = redaksi_test_example_path ("banjir-bekasi.txt");
  g_autoptr(RedaksiDocument) document = redaksi_test_load_document (path, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiReport) report = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root, *first;
  JsonArray *entities, *tags;

  report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                     REDAKSI_ANALYSIS_ENTITIES, NULL, NULL, &error);
  g_assert_no_error (error);
  node = redaksi_report_to_json (report);
  root = json_node_get_object (node);
  entities = json_object_get_array_member (root, "entities");
  tags = json_object_get_array_member (root, "tags");
  g_assert_cmpuint (json_array_get_length (entities), >, 5);
  g_assert_cmpuint (json_array_get_length (tags), >, 3);
  first = json_array_get_object_element (entities, 0);
  for (guint i = 0; i < 10; i++)
    {
      static const char * const members[] = { "text", "type", "canonical", "start", "end", "char_start",
                                              "char_end", "utf16_start", "utf16_end", "id" };
      g_assert_true (json_object_has_member (first, members[i]));
    }
  first = json_array_get_object_element (tags, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "name"), ==, "Ahmad Suryadi");
  g_assert_cmpstr (json_object_get_string_member (first, "type"), ==, "PERSON");
  g_assert_cmpint (json_object_get_int_member (first, "mentions"), ==, 4);
  g_assert_true (json_object_has_member (first, "salience"));
  for (guint i = 0; i < json_array_get_length (entities); i++)
    {
      JsonObject *e = json_array_get_object_element (entities, i);

      /* Nothing from the "Baca juga:" insert. */
      g_assert_null (strstr (json_object_get_string_member (e, "text"), "Cikampek"));
    }
}

/* The seam the related-links analysis uses: its inserts' spans. */
static void
test_excluded_spans (void)
{
  const char *text = "Presiden Joko Widodo meninjau Kota Bekasi.\n"
                     "Prabowo Subianto Resmikan Jalan Tol Baru di Surabaya\n"
                     "Joko Widodo meminta warga waspada.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, &error);
  const char *insert = strstr (text, "Prabowo");
  RedaksiTextSpan span = { (guint) (insert - text), (guint) (strchr (insert, '\n') - text) };
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (RedaksiTextSpan));
  g_autoptr(RedaksiInsertTable) inserts = NULL;
  g_autoptr(RedaksiInsertTable) none = _redaksi_insert_table_new (g_array_new (FALSE, FALSE, sizeof (RedaksiTextSpan)));
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  gboolean seen_widodo = FALSE;

  g_assert_no_error (error);
  g_array_append_val (spans, span);
  inserts = _redaksi_insert_table_new (spans);
  _redaksi_tagger_tag_excluding (redaksi_tagger_get_default (), document, inserts, NULL, &entities, &tags, NULL);
  for (guint i = 0; i < entities->len; i++)
    {
      const RedaksiRange *r = redaksi_entity_get_range (entities->pdata[i]);

      g_assert_false (r->start >= span.start && r->start < span.end);
      seen_widodo |= g_str_equal (redaksi_entity_get_canonical (entities->pdata[i]), "Joko Widodo");
    }
  g_assert_true (seen_widodo);
  for (guint i = 0; i < tags->len; i++)
    {
      g_assert_cmpstr (redaksi_tag_get_name (tags->pdata[i]), !=, "Prabowo Subianto");
      g_assert_cmpstr (redaksi_tag_get_name (tags->pdata[i]), !=, "Surabaya");
    }

  /* Without the span, the same line gives its names. */
  g_clear_pointer (&tags, g_ptr_array_unref);
  _redaksi_tagger_tag_excluding (redaksi_tagger_get_default (), document, none, NULL, NULL, &tags, NULL);
  g_assert_nonnull (tags);
  {
    gboolean seen_prabowo = FALSE;

    for (guint i = 0; i < tags->len; i++)
      seen_prabowo |= g_str_equal (redaksi_tag_get_name (tags->pdata[i]), "Prabowo Subianto");
    g_assert_true (seen_prabowo);
  }
}

static gpointer
tag_in_thread (gpointer data)
{
  g_autoptr(RedaksiTagging) tagging = NULL;
  GPtrArray *tags;
  GString *names = g_string_new (NULL);

  for (guint round = 0; round < 20; round++)
    {
      g_clear_object (&tagging);
      tagging = redaksi_tagger_tag (redaksi_tagger_get_default (), data, NULL, NULL);
    }
  tags = redaksi_tagging_get_tags (tagging);
  for (guint i = 0; i < tags->len; i++)
    g_string_append_printf (names, "%s;", redaksi_tag_get_name (tags->pdata[i]));
  return g_string_free (names, FALSE);
}

static void
test_threads (void)
{
  g_autofree char *path = redaksi_test_example_path ("banjir-bekasi.txt");
  g_autoptr(RedaksiDocument) document = redaksi_test_load_document (path, FALSE);
  GThread *threads[4];
  g_autofree char *expected = tag_in_thread (document);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("tagger", tag_in_thread, document);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *names = g_thread_join (threads[i]);

      g_assert_cmpstr (names, ==, expected);
    }
}

/* A speech verb at the end of a paragraph announces nobody in the
 * next one: no mention of no words, whose length came out below zero. */
static void
test_cue_ends_paragraph (void)
{
  static const char * const texts[] = {
    "ujar\nPenonton\n",
    "\"Kami siap,\" ujar\n\nPenonton bersorak. Budi Santoso datang.\n",
    "Hal itu, kata\nPresiden Joko Widodo tiba di Jakarta.\n",
    "Pak\nBudi\n",
    "ujar",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_auto(Tagged) t = { 0 };

      tag_text (texts[i], &t);
      for (guint k = 0; k < t.entities->len; k++)
        {
          const RedaksiRange *r = redaksi_entity_get_range (t.entities->pdata[k]);

          g_assert_cmpuint (r->start, <, r->end);
          g_assert_cmpuint (r->end, <=, strlen (texts[i]));
        }
      assert_ranges_match (&t);
    }
}

/* Short names resolve through an index, not by reading every earlier
 * mention again: 50,000 sentences of them tag in well under the bound. */
static void
test_many_short_names (void)
{
  static const char * const sentences[] = {
    "Budi Santoso mengatakan banjir surut. ", "\"Kami siap,\" ujar Budi. ",
    "Menurut Santoso, warga aman. ", "Siti Lestari tiba di Bekasi. ", "Siti menambahkan hal itu. ",
  };
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(Tagged) t = { 0 };
  gint64 started;

  for (guint i = 0; i < 50000; i++)
    {
      g_string_append (text, sentences[i % G_N_ELEMENTS (sentences)]);
      if (i % 10 == 9)
        g_string_append_c (text, '\n');
    }
  started = g_get_monotonic_time ();
  tag_text (text->str, &t);
  /* A sanity bound, far above what it takes. */
  g_assert_cmpint (g_get_monotonic_time () - started, <, 60 * G_USEC_PER_SEC);
  g_assert_cmpuint (redaksi_tag_get_mentions (find_tag (&t, "Budi Santoso")), ==, 30000);
  g_assert_cmpuint (redaksi_tag_get_mentions (find_tag (&t, "Siti Lestari")), ==, 20000);
}

static gpointer
cancel_later (gpointer data)
{
  g_usleep (50 * 1000);
  g_cancellable_cancel (data);
  return NULL;
}

/* The tagger itself gives up soon after its cancellable fires. */
static void
test_cancel (void)
{
  g_autofree char *path = redaksi_test_example_path ("banjir-bekasi.txt");
  g_autofree char *article = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(RedaksiDocument) document = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GError) error = NULL;
  GThread *canceller;
  gint64 started;

  g_file_get_contents (path, &article, NULL, &error);
  g_assert_no_error (error);
  while (text->len < 10 * 1024 * 1024)
    g_string_append_printf (text, "%s\n", article);
  document = redaksi_document_new_from_text (text->str, (gssize) text->len, &error);
  g_assert_no_error (error);

  started = g_get_monotonic_time ();
  canceller = g_thread_new ("cancel", cancel_later, cancellable);
  g_assert_false (_redaksi_tagger_tag_excluding (redaksi_tagger_get_default (), document, NULL,
                                                 cancellable, &entities, NULL, &error));
  g_thread_join (canceller);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (entities);
  /* Cancelled after 50 ms; a whole run takes a minute. */
  g_assert_cmpint (g_get_monotonic_time () - started, <, 2 * G_USEC_PER_SEC);
}

static const char newsroom_json[] =
  "{\"entries\": [\n"
  "  {\"name\": \"Rina Lestari\", \"type\": \"PERSON\", \"id\": \"tokoh:rina-lestari\",\n"
  "   \"aliases\": [\"Rina\"]},\n"
  "  {\"name\": \"Lembaga Riset Pangan Nusantara\", \"type\": \"ORGANIZATION\",\n"
  "   \"id\": \"org:lrpn\", \"aliases\": [\"LRPN\"]}\n"
  "]}\n";

static const char newsroom_article[] =
  "Peneliti LRPN, Rina Lestari, mengatakan harga beras naik. "
  "\"Stok masih cukup,\" ujar Rina di Jakarta.\n";

/* The id of the first entity whose text is @text, or NULL. */
static const char *
report_entity_id (RedaksiReport *report,
                  const char    *text)
{
  GPtrArray *entities = redaksi_report_get_entities (report);

  for (guint i = 0; entities != NULL && i < entities->len; i++)
    if (g_str_equal (redaksi_entity_get_text (entities->pdata[i]), text))
      return redaksi_entity_get_id (entities->pdata[i]);
  return NULL;
}

static gpointer
analyze_in_thread (gpointer data)
{
  RedaksiAnalyzer *analyzer = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (newsroom_article, -1, &error);
  g_autoptr(RedaksiReport) report = NULL;

  g_assert_no_error (error);
  for (guint round = 0; round < 20; round++)
    {
      g_clear_object (&report);
      report = redaksi_analyzer_analyze (analyzer, document, REDAKSI_ANALYSIS_ALL, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  return g_strdup (report_entity_id (report, "LRPN"));
}

/* The entity analysis runs the analyzer's tagger, not the default one:
 * a newsroom's ids reach the report, and only that analyzer's. */
static void
test_analyzer_tagger (void)
{
  g_autofree char *path = write_temp (newsroom_json);
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiTagger) tagger = redaksi_tagger_new_from_file (path, &error);
  g_autoptr(RedaksiAnalyzer) analyzer = NULL;
  g_autoptr(RedaksiAnalyzer) from_file = NULL;
  g_autoptr(RedaksiTagger) read_back = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (newsroom_article, -1, &error);
  g_autoptr(RedaksiReport) report = NULL;
  g_autoptr(RedaksiReport) plain = NULL;
  GThread *threads[4];

  g_assert_no_error (error);
  analyzer = g_object_new (REDAKSI_TYPE_ANALYZER, "tagger", tagger, NULL);
  g_object_get (analyzer, "tagger", &read_back, NULL);
  g_assert_true (read_back == tagger);
  g_assert_true (redaksi_analyzer_get_tagger (analyzer) == tagger);
  g_assert_true (redaksi_analyzer_get_tagger (redaksi_analyzer_get_default ()) == redaksi_tagger_get_default ());
  g_clear_object (&from_file);
  from_file = redaksi_analyzer_new_with_tagger (NULL);
  g_assert_true (redaksi_analyzer_get_tagger (from_file) == redaksi_tagger_get_default ());
  g_clear_object (&from_file);

  report = redaksi_analyzer_analyze (analyzer, document, REDAKSI_ANALYSIS_ALL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (report_entity_id (report, "LRPN"), ==, "org:lrpn");
  g_assert_cmpstr (report_entity_id (report, "Rina Lestari"), ==, "tokoh:rina-lestari");
  /* Quote speakers follow the analyzer's tagger too. */
  g_assert_cmpstr (redaksi_quote_get_speaker (redaksi_report_get_quotes (report)->pdata[0]),
                   ==, "Rina Lestari");

  plain = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document, REDAKSI_ANALYSIS_ALL,
                                    NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (report_entity_id (plain, "Rina Lestari"));

  from_file = redaksi_analyzer_new_with_gazetteer (path, &error);
  g_assert_no_error (error);
  g_clear_object (&report);
  report = redaksi_analyzer_analyze (from_file, document, REDAKSI_ANALYSIS_ENTITIES, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (report_entity_id (report, "LRPN"), ==, "org:lrpn");

  /* Immutable: many threads share one analyzer. */
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("analyze", analyze_in_thread, analyzer);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *id = g_thread_join (threads[i]);

      g_assert_cmpstr (id, ==, "org:lrpn");
    }
  g_unlink (path);
}

/* The tagging object: entities and tags, and cancellation as an error. */
static void
test_tagging (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (newsroom_article, -1, &error);
  g_autoptr(RedaksiTagging) tagging = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_assert_no_error (error);
  tagging = redaksi_tagger_tag (redaksi_tagger_get_default (), document, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (redaksi_tagging_get_entities (tagging)->len, >, 0);
  g_assert_cmpuint (redaksi_tagging_get_tags (tagging)->len, >, 0);
  g_assert_true (REDAKSI_IS_TAG (redaksi_tagging_get_tags (tagging)->pdata[0]));

  g_cancellable_cancel (cancellable);
  g_clear_object (&tagging);
  tagging = redaksi_tagger_tag (redaksi_tagger_get_default (), document, cancellable, &error);
  g_assert_null (tagging);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Every broken data file is REDAKSI_ERROR_INVALID_DATA: a gazetteer
 * given to an analyzer (with its file and line), and model data. */
static void
test_invalid_data (void)
{
  static const char broken[] = "[\n {\"name\": \"A\", \"type\": \"PERSON\"},\n {\"name\": \"B\", \"type\": 3}\n]\n";
  static const guint8 not_a_model[] = "REDAKSI?not a model at all";
  g_autofree char *path = write_temp (broken);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *where = g_strconcat (basename, ":3:", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiAnalyzer) analyzer = redaksi_analyzer_new_with_gazetteer (path, &error);
  g_autoptr(GBytes) bytes = g_bytes_new_static (not_a_model, sizeof not_a_model);
  g_autoptr(GBytes) model = NULL;
  g_autoptr(GBytes) truncated = NULL;
  NerModel *loaded;

  g_assert_null (analyzer);
  g_assert_error (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, where));
  g_clear_error (&error);
  g_unlink (path);

  g_assert_null (ner_model_new_from_bytes (bytes, &error));
  g_assert_error (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_DATA);
  g_clear_error (&error);

  /* The built-in model, cut short: damaged, not another file kind. */
  model = _redaksi_lookup_resource (REDAKSI_NER_MODEL_RESOURCE, &error);
  g_assert_no_error (error);
  truncated = g_bytes_new_from_bytes (model, 0, g_bytes_get_size (model) - 3);
  loaded = ner_model_new_from_bytes (truncated, &error);
  g_assert_null (loaded);
  g_assert_error (error, REDAKSI_ERROR, REDAKSI_ERROR_INVALID_DATA);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/tagger/seed-article", test_seed_article);
  g_test_add_func ("/redaksi/tagger/short-names-and-acronyms", test_short_names_and_acronyms);
  g_test_add_func ("/redaksi/tagger/gazetteer-case", test_gazetteer_case);
  g_test_add_func ("/redaksi/tagger/gazetteer-bad-json", test_gazetteer_bad_json);
  g_test_add_func ("/redaksi/tagger/gazetteer-escapes", test_gazetteer_escapes);
  g_test_add_func ("/redaksi/tagger/gazetteer-newsroom-file", test_gazetteer_newsroom_file);
  g_test_add_func ("/redaksi/tagger/report-json", test_report_json);
  g_test_add_func ("/redaksi/tagger/excluded-spans", test_excluded_spans);
  g_test_add_func ("/redaksi/tagger/threads", test_threads);
  g_test_add_func ("/redaksi/tagger/cue-ends-paragraph", test_cue_ends_paragraph);
  g_test_add_func ("/redaksi/tagger/many-short-names", test_many_short_names);
  g_test_add_func ("/redaksi/tagger/cancel", test_cancel);
  g_test_add_func ("/redaksi/tagger/analyzer-tagger", test_analyzer_tagger);
  g_test_add_func ("/redaksi/tagger/tagging", test_tagging);
  g_test_add_func ("/redaksi/tagger/invalid-data", test_invalid_data);
  return g_test_run ();
}
