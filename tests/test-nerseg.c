/* test-nerseg.c: what the segmenter and the entity labeller cost
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The segmenter's and the labeller's outputs are tested elsewhere
 * (test-document.c, test-docjson.c, test-ner-fast.c). These tests hold
 * what makes them cheap where it can be counted without a clock: the
 * memory blocks they ask for.
 */

#include "config.h"

#include <string.h>

#include "redaksi-document-private.h"
#include "redaksi-tokenizer-private.h"
#include "redaksi-test-util.h"
#include "redaksi-test-alloc.h"

#ifdef COUNT_ALLOCATIONS
/* The development set's articles one after the other, up to @size
 * bytes at least. */
static char *
news_text (gsize size)
{
  g_autoptr(GPtrArray) texts = redaksi_test_devset_texts ();
  GString *text = g_string_new (NULL);

  g_assert_cmpuint (texts->len, >, 0);
  for (guint i = 0; text->len < size; i = (i + 1) % texts->len)
    {
      g_string_append (text, texts->pdata[i]);
      g_string_append (text, "\n\n");
    }
  return g_string_free (text, FALSE);
}
#endif

/* News, from one article to a thousand: the tokens, sentences and
 * paragraphs go into one block each, made once from the text's length,
 * not grown a token or a span at a time. A document is cut into them
 * when it is first asked for them. */
static void
test_segment_allocations (void)
{
#ifdef COUNT_ALLOCATIONS
  static const gsize sizes[] = { 1500, 6500, 40000, 2000000 };
  g_autoptr(RedaksiDocument) warm = NULL;

  /* Whatever a first document makes once is made before counting. */
  warm = redaksi_document_new_from_text ("Oleh dr. A. Rahman.", -1, NULL);
  g_assert_cmpuint (redaksi_document_get_n_tokens (warm), ==, 5);
  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autofree char *text = news_text (sizes[k]);
      g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (text, -1, NULL);
      guint before = redaksi_test_allocations (), made, n_tokens;

      n_tokens = redaksi_document_get_n_tokens (document);
      made = redaksi_test_allocations () - before;
      g_test_message ("%" G_GSIZE_FORMAT " bytes: %u tokens, %u sentences, %u allocations",
                      strlen (text), n_tokens, redaksi_document_get_n_sentences (document), made);
      g_assert_cmpuint (n_tokens, >, strlen (text) / 8);
      g_assert_cmpuint (made, <=, 3);
    }
#else
  g_test_skip ("allocations are not counted under AddressSanitizer");
#endif
}

/* Text denser in tokens than news, whose tokens outgrow the room made
 * for news: every comma a token of its own, every line a paragraph. */
static void
test_dense_tokens_grow (void)
{
  GString *text = g_string_new (NULL);
  g_autofree char *str = NULL;
  g_autoptr(RedaksiDocument) document = NULL;
  const RedaksiToken *tokens;
  const RedaksiSpan *spans;
  guint n;

  for (guint line = 0; line < 2000; line++)
    {
      for (guint i = 0; i < 50; i++)
        g_string_append_c (text, ',');
      g_string_append_c (text, '\n');
    }
  str = g_string_free (text, FALSE);
  document = redaksi_document_new_from_text (str, -1, NULL);
  tokens = _redaksi_document_peek_tokens (document, &n);
  g_assert_cmpuint (n, ==, 2000 * 50);
  for (guint i = 0; i < n; i++)
    {
      guint at = (i / 50) * 51 + i % 50;

      g_assert_cmpuint (tokens[i].kind, ==, REDAKSI_TOKEN_PUNCTUATION);
      g_assert_cmpuint (tokens[i].start, ==, at);
      g_assert_cmpuint (tokens[i].end, ==, at + 1);
    }
  spans = _redaksi_document_peek_paragraphs (document, &n);
  g_assert_cmpuint (n, ==, 2000);
  for (guint p = 0; p < n; p++)
    g_assert_cmpuint (spans[p].first_token, ==, p * 50);
  spans = _redaksi_document_peek_sentences (document, &n);
  g_assert_cmpuint (n, ==, 2000);
  for (guint p = 0; p < n; p++)
    g_assert_cmpuint (spans[p].end_token, ==, (p + 1) * 50);
}

/* A word's end, wherever it falls in the eight bytes the segmenter
 * reads at once: runs of every length and alignment, ended by every
 * ASCII byte that joins no word parts and by characters beyond ASCII. */
static void
test_word_ends (void)
{
  static const char *const beyond[] = { "é", "€", "\u00a0", "中", "’" };

  for (guint indent = 0; indent < 9; indent++)
    for (guint length = 1; length <= 20; length++)
      for (guint b = 1; b < 0x80 + G_N_ELEMENTS (beyond); b++)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          g_autoptr(RedaksiDocument) document = NULL;
          const RedaksiToken *tokens;
          gboolean joins;
          guint n, expected;

          if (b < 0x80 && strchr ("-_',/:.@\n", (char) b) != NULL)
            continue;  /* connectors, asked the long way; a new line */
          for (guint i = 0; i < indent; i++)
            g_string_append_c (text, ' ');
          for (guint i = 0; i < length; i++)
            g_string_append_c (text, "aZ5q"[i % 4]);
          if (b < 0x80)
            g_string_append_c (text, (char) b);
          else
            g_string_append (text, beyond[b - 0x80]);
          g_string_append (text, "k b");
          document = redaksi_document_new_from_text (text->str, -1, NULL);
          tokens = _redaksi_document_peek_tokens (document, &n);
          /* é and 中 join the word; ’ between letters too. */
          if (b < 0x80)
            joins = g_ascii_isalnum (b);
          else
            joins = b == 0x80 || b == 0x83
                    || (b == 0x84 && g_ascii_isalpha (text->str[indent + length - 1]));
          expected = indent + length + (joins ? (b < 0x80 ? 1 : strlen (beyond[b - 0x80])) + 1 : 0);
          g_assert_cmpuint (n, >, 0);
          if (tokens[0].end != expected)
            g_error ("\"%s\" (byte %u): first token ends at %u, expected %u", text->str, b,
                     tokens[0].end, expected);
        }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/redaksi/nerseg/segment-allocations", test_segment_allocations);
  g_test_add_func ("/redaksi/nerseg/dense-tokens-grow", test_dense_tokens_grow);
  g_test_add_func ("/redaksi/nerseg/word-ends", test_word_ends);

  return g_test_run ();
}
