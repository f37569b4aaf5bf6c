/* redaksi-test-util.c: what the C test suites share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "redaksi-test-util.h"

char *
redaksi_test_shared_path (const char *first_part,
                          ...)
{
  const char *base = g_getenv ("REDAKSI_SHARED_DIR");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *relative = NULL;
  char *path;
  va_list args;

  va_start (args, first_part);
  for (const char *part = first_part; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  relative = g_build_filenamev ((char **) parts->pdata);
  path = g_build_filename (base != NULL ? base : "", relative, NULL);
  if (base == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message = g_strdup_printf ("shared data not present: %s", relative);

      g_test_skip (message);
      g_free (path);
      return NULL;
    }
  return path;
}

char *
redaksi_test_example_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", name, NULL);
}

RedaksiDocument *
redaksi_test_load_document (const char *path,
                            gboolean    is_html)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  RedaksiDocument *document;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  document = is_html ? redaksi_document_new_from_html (contents, (gssize) length, &error)
                     : redaksi_document_new_from_text (contents, (gssize) length, &error);
  g_assert_no_error (error);
  return document;
}

char *
redaksi_test_token_text (RedaksiDocument *document,
                         guint            index)
{
  return redaksi_document_get_token_text (document, index);
}

void
redaksi_test_assert_mentions (GPtrArray         *entities,
                              const char        *text,
                              const char        *canonical,
                              RedaksiEntityType  type)
{
  guint seen = 0;

  for (guint i = 0; i < entities->len; i++)
    {
      RedaksiEntity *e = entities->pdata[i];

      if (!g_str_equal (redaksi_entity_get_text (e), text))
        continue;
      g_assert_cmpstr (redaksi_entity_get_canonical (e), ==, canonical);
      g_assert_cmpstr (redaksi_entity_type_to_string (redaksi_entity_get_entity_type (e)), ==,
                       redaksi_entity_type_to_string (type));
      seen++;
    }
  if (seen == 0)
    g_error ("no entity “%s” (→ %s)", text, canonical);
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
redaksi_test_devset_texts (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "devset", "articles", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, names->pdata[i], NULL);
      char *text = NULL;

      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_ptr_array_add (texts, text);
    }
  g_assert_cmpuint (texts->len, >, 0);
  return texts;
}

char *
redaksi_test_json_generate (JsonNode *node,
                            gboolean  pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, pretty);
  return json_generator_to_data (generator, NULL);
}
