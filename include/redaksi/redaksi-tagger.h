/* redaksi-tagger.h
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <gio/gio.h>

#include "redaksi-document.h"
#include "redaksi-gazetteer.h"
#include "redaksi-tagging.h"
#include "redaksi-version-macros.h"

G_BEGIN_DECLS

#define REDAKSI_TYPE_TAGGER (redaksi_tagger_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiTagger, redaksi_tagger, REDAKSI, TAGGER, GObject)

REDAKSI_AVAILABLE_IN_ALL
RedaksiTagger    *redaksi_tagger_get_default   (void);
REDAKSI_AVAILABLE_IN_ALL
RedaksiTagger    *redaksi_tagger_new           (RedaksiGazetteer  *gazetteer,
                                                GError           **error);
REDAKSI_AVAILABLE_IN_ALL
RedaksiGazetteer *redaksi_tagger_get_gazetteer (RedaksiTagger     *self);
REDAKSI_AVAILABLE_IN_ALL
RedaksiTagger    *redaksi_tagger_new_from_file (const char        *path,
                                                GError           **error);
REDAKSI_AVAILABLE_IN_ALL
RedaksiTagging   *redaksi_tagger_tag           (RedaksiTagger     *self,
                                                RedaksiDocument   *document,
                                                GCancellable      *cancellable,
                                                GError           **error);

G_END_DECLS
