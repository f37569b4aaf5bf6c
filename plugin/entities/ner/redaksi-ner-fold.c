/* redaksi-ner-fold.c: case and diacritics folding
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-ner-hash-private.h"

char *
ner_fold (const char *text,
          gsize       len)
{
  g_autofree char *valid = g_utf8_make_valid (text, (gssize) len);
  g_autofree char *lower = g_utf8_casefold (valid, -1);
  g_autofree char *decomposed = g_utf8_normalize (lower, -1, G_NORMALIZE_NFKD);
  GString *out = g_string_sized_new (len);

  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Typographic apostrophes fold to the ASCII one: "Jum’at". */
      if (c == 0x2019 || c == 0x2018)
        c = '\'';
      if (g_unichar_ismark (c))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
