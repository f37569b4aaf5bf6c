/* redaksi-org-units-private.h: "Polda DIY", "Polsek Tanah Abang"
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "redaksi-document-private.h"
#include "redaksi-gazetteer-private.h"
#include "redaksi-word-table-private.h"

G_BEGIN_DECLS

/* What a unit is read from: the document's tokens, the labeller's
 * labels (NerLabel per token) and the gazetteer's matches over them
 * (RedaksiGazetteerMatch, in token order, not overlapping). */
typedef struct
{
  const char         *text;
  const RedaksiToken *tokens;
  guint               n_tokens;
  const guint8       *labels;
  RedaksiGazetteer   *gazetteer;
  const GArray       *matches;
  const guint64      *lower;    /* per token: _redaksi_word_hashes() */
  const RedaksiWordTable *heads; /* nullable: _redaksi_unit_heads(), fetched once */
} RedaksiUnitContext;

/* A unit of a state body and the region or number it serves, or an
 * event named after its kind ("Musyawarah Nasional VIII Kadin
 * Indonesia", "tragedi Kanjuruhan"). */
typedef struct
{
  guint       first;        /* token indices, end exclusive */
  guint       words_end;    /* after the unit's own words */
  guint       place_first;  /* after the unit's words and an "(abbreviation)" */
  guint       end;
  const char *short_form;   /* "Polda" for "Kepolisian Daerah" */
  gint64      place_entry;  /* the gazetteer's place (or an event's body), or -1 */
  RedaksiEntityType type;   /* ORGANIZATION, or EVENT ("Munas VIII Kadin") */
} RedaksiUnit;

/* Reads a unit starting at token @i; FALSE when there is none. */
gboolean  _redaksi_unit_at        (const RedaksiUnitContext *ctx,
                                   guint                     i,
                                   RedaksiUnit              *unit);

/* How many words a unit's own name has at token @i ("Kepolisian
 * Daerah": 2), or 0. */
guint     _redaksi_unit_words_at  (const RedaksiUnitContext *ctx,
                                   guint                     i);

/* The key that tells units apart whatever their spelling: "Polda DIY"
 * and "Kepolisian Daerah Daerah Istimewa Yogyakarta" have one. */
char     *_redaksi_unit_key       (const RedaksiUnitContext *ctx,
                                   const RedaksiUnit        *unit);

/* The unit as an editor writes it: its words and its place, without
 * the bracket ("Kejaksaan Tinggi (Kajati) DKI Jakarta" gives
 * "Kejaksaan Tinggi DKI Jakarta"). */
char     *_redaksi_unit_name      (const RedaksiUnitContext *ctx,
                                   const RedaksiUnit        *unit);

/* A place named after its kind at token @i: "Desa Sukamaju" gives
 * "Sukamaju", "perumahan Gandasari" "Gandasari"; a port keeps its head
 * ("Pelabuhan Garongkong"). */
gboolean  _redaksi_headed_place_at (const RedaksiUnitContext *ctx,
                                    guint                     i,
                                    guint                    *first,
                                    guint                    *end);

/* "Menteri Energi dan Sumber Daya Mineral", "Menteri BUMN": when the
 * gazetteer knows "Kementerian" and the words after "Menteri" at @i as a
 * ministry, those words, ending at @end, name it (@entry). */
gboolean  _redaksi_ministry_at     (const RedaksiUnitContext *ctx,
                                    guint                     i,
                                    guint                    *end,
                                    gint64                   *entry);

/* Every word a unit, a ministry or a headed place opens with. */
const RedaksiWordTable *_redaksi_unit_heads (void);

/* May a unit, a ministry or a headed place start at token @i? FALSE
 * when _redaksi_unit_at(), _redaksi_ministry_at() and
 * _redaksi_headed_place_at() would all say no, at the cost of one
 * lookup: most tokens are none of their first words. Inline: it is
 * asked of every token. */
static inline gboolean
_redaksi_unit_head_at (const RedaksiUnitContext *ctx,
                       guint                     i)
{
  const RedaksiToken *token = &ctx->tokens[i];

  return token->kind == REDAKSI_TOKEN_WORD && ctx->lower[i] != 0
         && _redaksi_word_table_lookup (ctx->heads ? ctx->heads : _redaksi_unit_heads (), ctx->lower[i],
                                        ctx->text + token->start, token->end - token->start) != 0;
}

/* Is token @i a word for a kind of place ("Desa", "Kelurahan")? */
gboolean  _redaksi_is_place_kind   (const RedaksiUnitContext *ctx,
                                    guint                     i);

G_END_DECLS
