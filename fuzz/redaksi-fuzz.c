/* redaksi-fuzz.c: helpers shared by the fuzz targets
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "redaksi-fuzz.h"

static const char warm_up[] =
  "JAKARTA, KOMPAS.com - “Kami siap,” kata Joko Widodo di Jakarta.\n"
  "Baca juga: Banjir di Bekasi (https://example.com/banjir)\n";

void
redaksi_fuzz_init (void)
{
  static gsize done = 0;

  if (!g_once_init_enter (&done))
    return;
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);
  {
    g_autoptr(RedaksiDocument) document = redaksi_document_new_from_text (warm_up, -1, NULL);
    g_autoptr(RedaksiReport) report = NULL;

    g_assert (document != NULL);
    report = redaksi_analyzer_analyze (redaksi_analyzer_get_default (), document,
                                       REDAKSI_ANALYSIS_ALL, NULL, NULL, NULL);
    g_assert (report != NULL);
    redaksi_fuzz_consume_report (report);
  }
  g_once_init_leave (&done, 1);
}

static void
walk_offsets (RedaksiDocument *document,
              gsize            offset)
{
  guint line, column;

  (void) redaksi_document_get_char_offset (document, offset);
  (void) redaksi_document_get_utf16_offset (document, offset);
  (void) redaksi_document_source_to_text (document, offset);
  redaksi_document_get_line_column (document, offset, &line, &column);
}

void
redaksi_fuzz_walk_document (RedaksiDocument *document)
{
  gsize source_length, text_length;
  g_autoptr(RedaksiRange) dateline = redaksi_document_get_dateline (document);

  (void) redaksi_document_get_source (document, &source_length);
  (void) redaksi_document_get_text (document, &text_length);
  for (guint i = 0; i < redaksi_document_get_n_paragraphs (document); i++)
    {
      g_autoptr(RedaksiRange) range = redaksi_document_get_paragraph (document, i);
    }
  for (guint i = 0; i < redaksi_document_get_n_sentences (document); i++)
    {
      g_autoptr(RedaksiRange) range = redaksi_document_get_sentence (document, i);
      g_autofree char *text = redaksi_document_get_sentence_text (document, i);
    }
  for (guint i = 0; i < redaksi_document_get_n_tokens (document); i++)
    {
      g_autoptr(RedaksiToken) token = redaksi_document_get_token (document, i);
      g_autofree char *text = redaksi_document_get_token_text (document, i);
    }
  /* A sample of offsets, some inside characters, and the end: a lookup
   * costs up to a checkpoint's 256 bytes, so all of them would make the
   * walk, not the library, the fuzzer's work. */
  for (gsize offset = 0; offset < source_length; offset += source_length / 61 + 1)
    walk_offsets (document, offset);
  walk_offsets (document, source_length);
  for (gsize offset = 0; offset <= text_length; offset += text_length / 61 + 1)
    (void) redaksi_document_text_to_source (document, offset);
  if (text_length > 0)
    {
      g_autoptr(RedaksiRange) range = redaksi_document_make_range (document, text_length / 3, text_length);
    }
}

void
redaksi_fuzz_consume_report (RedaksiReport *report)
{
  g_autofree char *json = redaksi_report_to_json_string (report, FALSE);

  g_assert (json != NULL);
}
