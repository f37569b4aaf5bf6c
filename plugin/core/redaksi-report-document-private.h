/* redaksi-report-document-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "redaksi-report-private.h"

G_BEGIN_DECLS

/* Sets the report's `document` member: format, sizes, counts, dateline. */
void _redaksi_report_set_document_summary (RedaksiReport   *report,
                                           RedaksiDocument *document);

G_END_DECLS
