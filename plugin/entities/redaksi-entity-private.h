/* redaksi-entity-private.h
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "redaksi-entity.h"
#include "redaksi-json-writer-private.h"
#include "redaksi-report.h"
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

/* What a RedaksiEntity holds, as plain data. An article has about a
 * hundred mentions and fifty tags; made and freed as GObjects they cost
 * more than the JSON written from them, so the analyses and the report's
 * JSON read these, and the objects are made only when a host asks for
 * them. The strings belong to the RedaksiTaggerResults holding them. */
typedef struct
{
  const char        *text;
  const char        *canonical;
  const char        *id;
  const char        *role;
  RedaksiRange       range;
  RedaksiEntityType  type;
} RedaksiEntityRecord;

/* What a RedaksiTag holds, as plain data. */
typedef struct
{
  const char        *name;
  const char        *id;
  const char        *role;
  double             salience;
  guint              mentions;
  RedaksiEntityType  type;
} RedaksiTagRecord;

RedaksiEntity *_redaksi_entity_new_from_record (const RedaksiEntityRecord *record);
RedaksiTag    *_redaksi_tag_new_from_record    (const RedaksiTagRecord    *record);
/* The object the JSON contract gives for one, as the result would write it. */
void           _redaksi_entity_record_write    (const RedaksiEntityRecord *record,
                                                RedaksiJsonWriter         *writer);
void           _redaksi_tag_record_write       (const RedaksiTagRecord    *record,
                                                RedaksiJsonWriter         *writer);

/* The mentions (in text order) and tags (most salient first) of one run
 * of the tagger, with the strings they name. Built by one thread, then
 * immutable: shared by reference between the report and the analyses. */
typedef struct _RedaksiTaggerResults RedaksiTaggerResults;

RedaksiTaggerResults      *_redaksi_tagger_results_new           (void);
RedaksiTaggerResults      *_redaksi_tagger_results_ref           (RedaksiTaggerResults      *self);
void                       _redaksi_tagger_results_unref         (RedaksiTaggerResults      *self);
/* A copy of @length bytes of @str (-1: up to its NUL) that lives as long
 * as @self; %NULL stays %NULL. */
const char                *_redaksi_tagger_results_keep          (RedaksiTaggerResults      *self,
                                                                  const char                *str,
                                                                  gssize                     length);
/* Room for @n_entities entity records in one block, made before they
 * are added: a long document's records are not copied as they grow. */
void                       _redaksi_tagger_results_reserve       (RedaksiTaggerResults      *self,
                                                                  guint                      n_entities);
/* Records whose strings @self keeps. */
void                       _redaksi_tagger_results_add_entity    (RedaksiTaggerResults      *self,
                                                                  const RedaksiEntityRecord *record);
void                       _redaksi_tagger_results_add_tag       (RedaksiTaggerResults      *self,
                                                                  const RedaksiTagRecord    *record);
/* A stable sort of the tags; @compare gets two RedaksiTagRecord. */
void                       _redaksi_tagger_results_sort_tags     (RedaksiTaggerResults      *self,
                                                                  GCompareFunc               compare);
const RedaksiEntityRecord *_redaksi_tagger_results_peek_entities (RedaksiTaggerResults      *self,
                                                                  guint                     *n_entities);
/* New objects (transfer full, element-type RedaksiEntity / RedaksiTag). */
GPtrArray                 *_redaksi_tagger_results_make_entities (RedaksiTaggerResults      *self);
GPtrArray                 *_redaksi_tagger_results_make_tags     (RedaksiTaggerResults      *self);
/* The `entities` and `tags` sections of @report, their objects made
 * when a host first asks for them. */
void                       _redaksi_tagger_results_add_to_report (RedaksiTaggerResults      *self,
                                                                  RedaksiReport             *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiTaggerResults, _redaksi_tagger_results_unref)

G_END_DECLS
