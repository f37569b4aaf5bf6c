/* redaksi-lt.h: the text of a LanguageTool /v2/check request
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <redaksi/redaksi.h>

G_BEGIN_DECLS

/* At most this many matches in one answer; LanguageTool's
 * `warnings.incompleteResults` tells the client when more were found. */
#define REDAKSI_LT_MAX_MATCHES 10000

/* What a /v2/check request asks about: its `text`, or its annotated
 * `data` with the way back from the text redaksi checks to the offsets
 * the client counts in. */
typedef struct _RedaksiLtText RedaksiLtText;

RedaksiLtText *redaksi_lt_text_new           (const char     *text);
/* NULL with @error (REDAKSI_ERROR_INVALID_DATA, naming the part or the
 * byte of @data at fault) when @data is not LanguageTool's annotated
 * text: {"annotation": [{"text": …}, {"markup": …, "interpretAs": …}]}
 * or {"text": …}. */
RedaksiLtText *redaksi_lt_text_new_from_data (const char     *data,
                                              gsize           length,
                                              GError        **error);
void           redaksi_lt_text_free          (RedaksiLtText  *self);
/* The text to build the document from: text parts and interpretAs. */
const char    *redaksi_lt_text_get_checked   (RedaksiLtText  *self,
                                              gsize          *length);
/* LanguageTool's answer for the issues of @report, a report on the
 * document made of @self's checked text. */
JsonNode      *redaksi_lt_text_check_answer  (RedaksiLtText  *self,
                                              RedaksiReport  *report,
                                              const char     *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiLtText, redaksi_lt_text_free)

G_END_DECLS
