/* redaksi-tagging.c: what one run of the tagger found
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-tagger-private.h"

/**
 * RedaksiTagging:
 *
 * The result of [method@Tagger.tag]: every mention of an entity in
 * document order, and one ranked [class@Tag] per entity. A tagging is
 * immutable, so it may be read from any thread.
 */

struct _RedaksiTagging
{
  GObject    parent_instance;

  GPtrArray *entities;
  GPtrArray *tags;
};

G_DEFINE_FINAL_TYPE (RedaksiTagging, redaksi_tagging, G_TYPE_OBJECT)

static void
redaksi_tagging_finalize (GObject *object)
{
  RedaksiTagging *self = REDAKSI_TAGGING (object);

  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  G_OBJECT_CLASS (redaksi_tagging_parent_class)->finalize (object);
}

static void
redaksi_tagging_class_init (RedaksiTaggingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = redaksi_tagging_finalize;
}

static void
redaksi_tagging_init (RedaksiTagging *self)
{
}

/* Takes both arrays, which must free their elements. */
RedaksiTagging *
_redaksi_tagging_new (GPtrArray *entities,
                      GPtrArray *tags)
{
  RedaksiTagging *self = g_object_new (REDAKSI_TYPE_TAGGING, NULL);

  self->entities = entities;
  self->tags = tags;
  return self;
}

/**
 * redaksi_tagging_get_entities:
 * @self: a tagging
 *
 * Gets every mention of an entity the tagger found.
 *
 * Returns: (transfer none) (element-type Redaksi.Entity): the mentions,
 *   in document order
 */
GPtrArray *
redaksi_tagging_get_entities (RedaksiTagging *self)
{
  g_return_val_if_fail (REDAKSI_IS_TAGGING (self), NULL);
  return self->entities;
}

/**
 * redaksi_tagging_get_tags:
 * @self: a tagging
 *
 * Gets one tag per entity, ranked.
 *
 * Returns: (transfer none) (element-type Redaksi.Tag): the tags, the most
 *   salient first
 */
GPtrArray *
redaksi_tagging_get_tags (RedaksiTagging *self)
{
  g_return_val_if_fail (REDAKSI_IS_TAGGING (self), NULL);
  return self->tags;
}
