/* redaksi-name-variants-private.h: one entity for a name's spellings
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Names an article gives, found again under another spelling: the same
 * letters spaced otherwise ("Makassar Newport", "Makassar New Port"),
 * or, for names of VARIANT_MIN_LETTERS letters or more, one letter
 * added, dropped or changed ("Anidya Bakrie", "Anindya Bakrie"). Each
 * lookup costs as many hash lookups as the name has letters, and a
 * look at the few long names of its length or one more; a length that
 * many names share is looked up by hash alone. */
typedef struct _RedaksiVariants RedaksiVariants;

RedaksiVariants *_redaksi_variants_new  (void);
void             _redaksi_variants_free (RedaksiVariants *self);
/* Holds @name with @value (not 0); a name held first keeps its keys. */
void             _redaksi_variants_add  (RedaksiVariants *self,
                                         const char      *name,
                                         guint            value);
/* The value of a name held that @name is a spelling of, or 0. */
guint            _redaksi_variants_find (RedaksiVariants *self,
                                         const char      *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiVariants, _redaksi_variants_free)

G_END_DECLS
