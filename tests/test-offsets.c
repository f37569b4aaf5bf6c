/* test-offsets.c: byte, code point and UTF-16 offsets
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-offsets-private.h"
#include "redaksi-test-util.h"

/* The slow, obviously right answer for one offset. */
static void
reference_offsets (const char *text,
                   gsize       byte,
                   gsize      *chars,
                   gsize      *utf16)
{
  *chars = 0;
  *utf16 = 0;
  for (const char *p = text; p < text + byte; p = g_utf8_next_char (p))
    {
      *chars += 1;
      *utf16 += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
    }
}

static void
assert_all_offsets (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, &error);

  g_assert_no_error (error);
  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gsize byte = (gsize) (p - text), chars, utf16;

      reference_offsets (text, byte, &chars, &utf16);
      g_assert_cmpuint (redaksi_document_get_char_offset (document, byte), ==, chars);
      g_assert_cmpuint (redaksi_document_get_utf16_offset (document, byte), ==, utf16);
      if (*p == '\0')
        break;
    }
}

static void
test_emoji_and_curly_quotes (void)
{
  const char *text = "“Banjir 😀 datang,” kata Ma’ruf 🇮🇩.";
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, NULL);
  /* "kata": after “ (3 bytes), 😀 (4 bytes, 2 UTF-16 units) and ” (3). */
  const char *kata = strstr (text, "kata");
  g_autoptr(RedaksiRange) range =
    redaksi_document_make_range (document, kata - text, kata - text + 4);

  g_assert_cmpuint (range->start, ==, 26);
  g_assert_cmpuint (range->char_start, ==, 19);
  g_assert_cmpuint (range->utf16_start, ==, 20);
  g_assert_cmpuint (range->char_end - range->char_start, ==, 4);
  assert_all_offsets (text);
}

/* Long text across many checkpoints, mixing 1- to 4-byte characters. */
static void
test_long_mixed_text (void)
{
  static const char *const pieces[] = { "a", "é", "—", "😀", " ", "“", "”", "\n", "Rp" };
  g_autoptr(GString) text = g_string_new (NULL);
  GRand *rand = g_rand_new_with_seed (20250105);

  for (guint i = 0; i < 5000; i++)
    g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
  g_rand_free (rand);
  assert_all_offsets (text->str);
}

/* Ranges of every length up to past two checkpoints, from every
 * character of a mixed text: a range's end is counted on from its
 * start or from its own checkpoint, whichever is nearer, and both must
 * agree with the slow count. */
static void
test_range_ends (void)
{
  static const char *const pieces[] = { "a", "é", "—", "😀", " ", "“", "”", "\n", "Rp", "kata" };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(RedaksiDocument) document = NULL;
  GRand *rand = g_rand_new_with_seed (20261130);

  for (guint i = 0; i < 400; i++)
    g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
  g_rand_free (rand);
  document = redaksi_document_new_from_text (text->str, -1, NULL);
  for (const char *p = text->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize start = (gsize) (p - text->str), chars, utf16;

      reference_offsets (text->str, start, &chars, &utf16);
      for (gsize end = start; end <= MIN (text->len, start + 160); end++)
        {
          g_autoptr(RedaksiRange) range = NULL;
          gsize end_chars, end_utf16;

          if ((text->str[end] & 0xC0) == 0x80)
            continue;
          range = redaksi_document_make_range (document, start, end);
          reference_offsets (text->str, end, &end_chars, &end_utf16);
          g_assert_cmpuint (range->char_start, ==, chars);
          g_assert_cmpuint (range->utf16_start, ==, utf16);
          g_assert_cmpuint (range->char_end, ==, end_chars);
          g_assert_cmpuint (range->utf16_end, ==, end_utf16);
        }
    }
}

static void
test_line_column (void)
{
  const char *text = "Baris satu\n“Baris” dua\n\nempat 😀 x";
  g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, NULL);
  guint line, column;

  redaksi_document_get_line_column (document, 0, &line, &column);
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, 1);
  redaksi_document_get_line_column (document, strstr (text, "dua") - text, &line, &column);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 9);
  redaksi_document_get_line_column (document, strstr (text, "x") - text, &line, &column);
  g_assert_cmpuint (line, ==, 4);
  g_assert_cmpuint (column, ==, 9);
}

typedef struct
{
  RedaksiOffsetIndex *index;
  const char         *text;
  guint               wrong;
} LineAsker;

/* Every character's line and column, counted from the start. */
static gpointer
ask_lines (gpointer data)
{
  LineAsker *asker = data;
  guint expected_line = 1, expected_column = 1;

  for (const char *p = asker->text; *p != '\0'; p = g_utf8_next_char (p))
    {
      guint line, column;

      _redaksi_offset_index_line_column (asker->index, p - asker->text, &line, &column);
      asker->wrong += line != expected_line || column != expected_column;
      if (*p == '\n')
        expected_line++, expected_column = 1;
      else
        expected_column++;
    }
  return NULL;
}

/* The line starts are found at the first question, not when the index
 * is made (analyses and JSON never ask); threads that ask at once all
 * get them right. */
static void
test_line_starts_made_at_first_question (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  RedaksiOffsetIndex index;
  LineAsker askers[4];
  GThread *threads[G_N_ELEMENTS (askers)];

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (text, "Baris %u “kutipan” 😀%s", i, i % 3 == 0 ? "\n\n" : "\n");
  _redaksi_offset_index_init (&index, text->str, text->len);
  g_assert_null (index.line_starts);
  for (guint i = 0; i < G_N_ELEMENTS (askers); i++)
    {
      askers[i] = (LineAsker) { &index, text->str, 0 };
      threads[i] = g_thread_new ("lines", ask_lines, &askers[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (askers); i++)
    {
      g_thread_join (threads[i]);
      g_assert_cmpuint (askers[i].wrong, ==, 0);
    }
  g_assert_nonnull (index.line_starts);
  _redaksi_offset_index_clear (&index);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/offsets/emoji-and-curly-quotes", test_emoji_and_curly_quotes);
  g_test_add_func ("/redaksi/offsets/long-mixed-text", test_long_mixed_text);
  g_test_add_func ("/redaksi/offsets/line-column", test_line_column);
  g_test_add_func ("/redaksi/offsets/range-ends", test_range_ends);
  g_test_add_func ("/redaksi/offsets/line-starts-made-at-first-question",
                   test_line_starts_made_at_first_question);

  return g_test_run ();
}
