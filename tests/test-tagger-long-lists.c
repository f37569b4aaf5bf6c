/* test-tagger-long-lists.c: names found again among thousands that
 * open with one word (issue #11, linear everywhere)
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A document that names thousands of people with a handful of given
 * names ("Ani Rababadi", "Ani Kodima" …) makes long lists of mentions
 * opening with one word. Finding names again looks such a list up by its
 * words instead of walking it for every capitalised word, which was
 * quadratic. The lookup must find what the walk finds: the same
 * entities, each with the same type and tag, on such documents and on
 * real articles, whichever way every list is searched.
 */

#include "config.h"

#include <string.h>

#include "redaksi-tagger-private.h"
#include "redaksi-test-util.h"
#include "redaksi.h"

static const char *const given[] = { "Ani", "Budi", "Citra", "Dewi", "Hendra" };
static const char *const syllables[] = { "ba", "di", "ko", "ma", "ni", "ra", "su", "to", "wi", "ya" };

/* A distinct name for every @i: a given name and a surname spelled
 * from i's digits. */
static char *
name_of (guint i)
{
  g_autofree char *digits = g_strdup_printf ("%u", i);
  g_autoptr(GString) surname = g_string_new (NULL);

  for (const char *d = digits; *d; d++)
    g_string_append (surname, syllables[*d - '0']);
  surname->str[0] = g_ascii_toupper (surname->str[0]);
  return g_strdup_printf ("%s %s", given[i % G_N_ELEMENTS (given)], surname->str);
}

/* @lines lines, each naming two people and one of them again by
 * surname, as the scaling benchmark's adversarial input does. */
static char *
many_names (guint lines)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < lines; i++)
    {
      g_autofree char *first = name_of (i);
      g_autofree char *second = name_of (lines + i);

      g_string_append_printf (text, "Gubernur %s bertemu Menteri %s di Kota Bekasi. %s menilai banjir surut.\n",
                              first, second, strchr (first, ' ') + 1);
    }
  return g_string_free (text, FALSE);
}

/* Every entity of @text as a line: range, type, canonical name, tag. */
static char *
entities_of (const char *text)
{
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, NULL);
  g_autoptr(RedaksiTagging) tagging = NULL;
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);
  GPtrArray *entities;

  g_assert_nonnull (document);
  tagging = redaksi_tagger_tag (redaksi_tagger_get_default (), document, NULL, &error);
  g_assert_no_error (error);
  entities = redaksi_tagging_get_entities (tagging);
  for (guint i = 0; i < entities->len; i++)
    {
      RedaksiEntity *entity = g_ptr_array_index (entities, i);
      const RedaksiRange *range = redaksi_entity_get_range (entity);

      g_string_append_printf (out, "%" G_GUINT64_FORMAT "-%" G_GUINT64_FORMAT " %d %s %s\n",
                              range->start, range->end, redaksi_entity_get_entity_type (entity),
                              redaksi_entity_get_canonical (entity), redaksi_entity_get_id (entity));
    }
  return g_string_free (out, FALSE);
}

/* @text's entities with every list walked, and with every list looked
 * up by its words (and with the default between the two). */
static void
assert_lookup_finds_what_walk_finds (const char *text)
{
  g_autofree char *walked = NULL;
  g_autofree char *looked_up = NULL;
  g_autofree char *by_default = NULL;

  _redaksi_tagger_set_long_list (G_MAXUINT);
  walked = entities_of (text);
  _redaksi_tagger_set_long_list (0);
  looked_up = entities_of (text);
  _redaksi_tagger_set_long_list (16);
  by_default = entities_of (text);
  g_assert_cmpstr (looked_up, ==, walked);
  g_assert_cmpstr (by_default, ==, walked);
}

static void
test_many_names_one_given_name (void)
{
  g_autofree char *text = many_names (600);
  g_autofree char *entities = NULL;

  assert_lookup_finds_what_walk_finds (text);
  /* Lists long enough to be looked up, and names found again in them. */
  entities = entities_of (text);
  g_assert_cmpuint (strlen (entities), >, 600 * 10);
}

static void
test_articles (void)
{
  g_autoptr(GPtrArray) texts = redaksi_test_devset_texts ();

  g_assert_cmpuint (texts->len, >, 0);
  for (guint i = 0; i < texts->len; i++)
    assert_lookup_finds_what_walk_finds (g_ptr_array_index (texts, i));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tagger/long-lists/many-names-one-given-name", test_many_names_one_given_name);
  g_test_add_func ("/tagger/long-lists/articles", test_articles);
  return g_test_run ();
}
