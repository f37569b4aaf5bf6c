/* redaksi-entity-private.h
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "redaksi-entity.h"
#include "redaksi-tag.h"

G_BEGIN_DECLS

RedaksiEntity *_redaksi_entity_new (const char         *text,
                                    RedaksiEntityType   type,
                                    const char         *canonical,
                                    const RedaksiRange *range,
                                    const char         *id,
                                    const char         *role);
RedaksiTag    *_redaksi_tag_new    (const char         *name,
                                    RedaksiEntityType   type,
                                    guint               mentions,
                                    double              salience,
                                    const char         *id,
                                    const char         *role);

G_END_DECLS
