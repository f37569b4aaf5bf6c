/* redaksi-fuzz.h: what every fuzz target shares
 *
 * Each fuzz-*.c defines LLVMFuzzerTestOneInput(). Built with clang and
 * -Dfuzzing=true it links libFuzzer; otherwise fuzz-replay.c gives it a
 * main() that feeds it the files of the regression folder and the seed
 * corpus, so every input that once crashed stays a test.
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include <redaksi/redaksi.h>

G_BEGIN_DECLS

int  LLVMFuzzerTestOneInput (const uint8_t *data,
                             size_t         size);

/* Makes criticals fatal (a g_return_if_fail() reached from input is a
 * bug) and warms the library's singletons up, so that their first
 * allocation is not taken for a leak of the first input. */
void redaksi_fuzz_init      (void);

/* Reads every accessor of @document, as a caller walking it would. */
void redaksi_fuzz_walk_document (RedaksiDocument *document);

/* Serialises @report to JSON and drops it. */
void redaksi_fuzz_consume_report (RedaksiReport *report);

G_END_DECLS
