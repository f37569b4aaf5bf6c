/* redaksi-entity.c: one mention of a named entity
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "redaksi-enums.h"
#include "redaksi-entity-private.h"
#include "redaksi-memory-private.h"
#include "redaksi-range-private.h"
#include "redaksi-report-private.h"
#include "redaksi-result-private.h"

/**
 * RedaksiEntity:
 *
 * One mention of a named entity in a document: the words as written
 * (`Antony`), where they are, the entity's type and the canonical name
 * of the entity they refer to (`Antony Blinken`). Entities are
 * immutable; [method@Tagger.tag] makes them.
 */

struct _RedaksiEntity
{
  GObject            parent_instance;

  char              *text;
  RedaksiEntityType  type;
  char              *canonical;
  RedaksiRange       range;
  char              *id;
  char              *role;
};

static void result_iface_init (RedaksiResultInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RedaksiEntity, redaksi_entity, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (REDAKSI_TYPE_RESULT, result_iface_init))

enum {
  PROP_0,
  PROP_TEXT,
  PROP_ENTITY_TYPE,
  PROP_CANONICAL,
  PROP_RANGE,
  PROP_ID,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
redaksi_entity_finalize (GObject *object)
{
  RedaksiEntity *self = REDAKSI_ENTITY (object);

  g_free (self->text);
  g_free (self->canonical);
  g_free (self->id);
  g_free (self->role);
  G_OBJECT_CLASS (redaksi_entity_parent_class)->finalize (object);
}

static void
redaksi_entity_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RedaksiEntity *self = REDAKSI_ENTITY (object);

  switch (prop_id)
    {
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_ENTITY_TYPE: g_value_set_enum (value, self->type); break;
    case PROP_CANONICAL: g_value_set_string (value, self->canonical); break;
    case PROP_RANGE: g_value_set_boxed (value, &self->range); break;
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_ROLE: g_value_set_string (value, self->role); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
redaksi_entity_class_init (RedaksiEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = redaksi_entity_finalize;
  object_class->get_property = redaksi_entity_get_property;

  /**
   * RedaksiEntity:text:
   *
   * The mention as written in the document.
   */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  /**
   * RedaksiEntity:entity-type:
   *
   * The type of the entity the mention refers to.
   */
  properties[PROP_ENTITY_TYPE] =
    g_param_spec_enum ("entity-type", NULL, NULL, REDAKSI_TYPE_ENTITY_TYPE,
                       REDAKSI_ENTITY_MISC, flags);
  /**
   * RedaksiEntity:canonical:
   *
   * The entity's display name: its full name as first introduced, or
   * the gazetteer's name for it.
   */
  properties[PROP_CANONICAL] = g_param_spec_string ("canonical", NULL, NULL, NULL, flags);
  /**
   * RedaksiEntity:range:
   *
   * Where the mention is in the input.
   */
  properties[PROP_RANGE] = g_param_spec_boxed ("range", NULL, NULL, REDAKSI_TYPE_RANGE, flags);
  /**
   * RedaksiEntity:id:
   *
   * The gazetteer's identifier of the entity, or %NULL.
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /**
   * RedaksiEntity:role:
   *
   * The role the article gives a person (`Menlu AS`), or %NULL.
   */
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
redaksi_entity_init (RedaksiEntity *self)
{
}

static const RedaksiJsonKey key_text = REDAKSI_JSON_KEY ("text");
static const RedaksiJsonKey key_type = REDAKSI_JSON_KEY ("type");
static const RedaksiJsonKey key_canonical = REDAKSI_JSON_KEY ("canonical");
static const RedaksiJsonKey key_id = REDAKSI_JSON_KEY ("id");
static const RedaksiJsonKey key_role = REDAKSI_JSON_KEY ("role");

void
_redaksi_entity_record_write (const RedaksiEntityRecord *record,
                              RedaksiJsonWriter         *writer)
{
  _redaksi_json_writer_begin_object (writer);
  _redaksi_json_writer_string_key (writer, &key_text, record->text);
  _redaksi_json_writer_string_key (writer, &key_type, redaksi_entity_type_to_string (record->type));
  _redaksi_json_writer_string_key (writer, &key_canonical, record->canonical);
  _redaksi_range_write_members (&record->range, writer);
  _redaksi_json_writer_string_key (writer, &key_id, record->id);
  if (record->role)
    _redaksi_json_writer_string_key (writer, &key_role, record->role);
  _redaksi_json_writer_end_object (writer);
}

static void
redaksi_entity_write (RedaksiResult     *result,
                      RedaksiJsonWriter *writer)
{
  RedaksiEntity *self = REDAKSI_ENTITY (result);
  RedaksiEntityRecord record = {
    self->text, self->canonical, self->id, self->role, self->range, self->type
  };

  _redaksi_entity_record_write (&record, writer);
}

static void
result_iface_init (RedaksiResultInterface *iface)
{
  iface->write = redaksi_entity_write;
}

RedaksiEntity *
_redaksi_entity_new (const char         *text,
                     RedaksiEntityType   type,
                     const char         *canonical,
                     const RedaksiRange *range,
                     const char         *id,
                     const char         *role)
{
  RedaksiEntity *self = g_object_new (REDAKSI_TYPE_ENTITY, NULL);

  self->text = g_strdup (text);
  self->type = type;
  self->canonical = g_strdup (canonical);
  self->range = *range;
  self->id = g_strdup (id);
  self->role = g_strdup (role);
  return self;
}

RedaksiEntity *
_redaksi_entity_new_from_record (const RedaksiEntityRecord *record)
{
  return _redaksi_entity_new (record->text, record->type, record->canonical, &record->range,
                              record->id, record->role);
}

/* Tagger results */

/* The copies of strings the records point to, a block at a time. */
typedef struct _StringBlock StringBlock;
struct _StringBlock
{
  StringBlock *next;    /* the block filled before this one */
  gsize        used;
  gsize        size;
  char         data[];
};

struct _RedaksiTaggerResults
{
  RedaksiEntityRecord *entities;
  guint                n_entities;
  guint                entities_room;
  RedaksiTagRecord    *tags;
  guint                n_tags;
  guint                tags_room;
  StringBlock         *strings;   /* the block being filled */
};

/* Room for a 1,000-word article's mentions and names at once. */
#define RESULTS_ROOM 128
#define STRINGS_ROOM 4096

static StringBlock *
string_block_new (StringBlock *next,
                  gsize        size)
{
  StringBlock *block = g_malloc (sizeof (StringBlock) + size);

  block->next = next;
  block->used = 0;
  block->size = size;
  return block;
}

RedaksiTaggerResults *
_redaksi_tagger_results_new (void)
{
  RedaksiTaggerResults *self = g_atomic_rc_box_new0 (RedaksiTaggerResults);

  self->entities_room = RESULTS_ROOM;
  self->entities = g_new (RedaksiEntityRecord, self->entities_room);
  self->tags_room = RESULTS_ROOM / 2;
  self->tags = g_new (RedaksiTagRecord, self->tags_room);
  self->strings = string_block_new (NULL, STRINGS_ROOM);
  return self;
}

RedaksiTaggerResults *
_redaksi_tagger_results_ref (RedaksiTaggerResults *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
tagger_results_clear (gpointer data)
{
  RedaksiTaggerResults *self = data;

  g_free (self->entities);
  g_free (self->tags);
  while (self->strings != NULL)
    {
      StringBlock *next = self->strings->next;

      g_free (self->strings);
      self->strings = next;
    }
}

void
_redaksi_tagger_results_unref (RedaksiTaggerResults *self)
{
  g_atomic_rc_box_release_full (self, tagger_results_clear);
}

/* A copy in the block being filled, or in a new one when it is full:
 * a copy and a NUL, without GStringChunk's call and its questions. */
const char *
_redaksi_tagger_results_keep (RedaksiTaggerResults *self,
                              const char           *str,
                              gssize                length)
{
  gsize n;
  char *copy;

  if (str == NULL)
    return NULL;
  n = length < 0 ? strlen (str) : (gsize) length;
  if (G_UNLIKELY (n >= self->strings->size - self->strings->used))
    self->strings = string_block_new (self->strings, MAX (STRINGS_ROOM, n + 1));
  copy = self->strings->data + self->strings->used;
  memcpy (copy, str, n);
  copy[n] = '\0';
  self->strings->used += n + 1;
  return copy;
}

/* Twice the room when full: a text denser in names than news is. */
static gpointer
grow_records (gpointer  items,
              guint    *room,
              gsize     record_size)
{
  *room = *room < G_MAXUINT / 2 ? *room * 2 : G_MAXUINT;
  return _redaksi_realloc_large (items, *room, record_size);
}

void
_redaksi_tagger_results_reserve (RedaksiTaggerResults *self,
                                 guint                 n_entities)
{
  if (n_entities <= self->entities_room)
    return;
  self->entities_room = n_entities;
  self->entities = _redaksi_realloc_large (self->entities, n_entities, sizeof *self->entities);
}

void
_redaksi_tagger_results_add_entity (RedaksiTaggerResults      *self,
                                    const RedaksiEntityRecord *record)
{
  if (G_UNLIKELY (self->n_entities == self->entities_room))
    self->entities = grow_records (self->entities, &self->entities_room, sizeof *record);
  self->entities[self->n_entities++] = *record;
}

void
_redaksi_tagger_results_add_tag (RedaksiTaggerResults   *self,
                                 const RedaksiTagRecord *record)
{
  if (G_UNLIKELY (self->n_tags == self->tags_room))
    self->tags = grow_records (self->tags, &self->tags_room, sizeof *record);
  self->tags[self->n_tags++] = *record;
}

static gint
compare_with (gconstpointer a,
              gconstpointer b,
              gpointer      compare)
{
  return ((GCompareFunc) compare) (a, b);
}

/* g_array_sort()'s sort, stable: tags that compare equal keep their
 * order. */
void
_redaksi_tagger_results_sort_tags (RedaksiTaggerResults *self,
                                   GCompareFunc          compare)
{
  g_qsort_with_data (self->tags, (gint) self->n_tags, sizeof *self->tags, compare_with, compare);
}

const RedaksiEntityRecord *
_redaksi_tagger_results_peek_entities (RedaksiTaggerResults *self,
                                       guint                *n_entities)
{
  *n_entities = self->n_entities;
  return self->entities;
}

GPtrArray *
_redaksi_tagger_results_make_entities (RedaksiTaggerResults *self)
{
  GPtrArray *out = g_ptr_array_new_full (self->n_entities, g_object_unref);

  for (guint i = 0; i < self->n_entities; i++)
    g_ptr_array_add (out, _redaksi_entity_new_from_record (&self->entities[i]));
  return out;
}

GPtrArray *
_redaksi_tagger_results_make_tags (RedaksiTaggerResults *self)
{
  GPtrArray *out = g_ptr_array_new_full (self->n_tags, g_object_unref);

  for (guint i = 0; i < self->n_tags; i++)
    g_ptr_array_add (out, _redaksi_tag_new_from_record (&self->tags[i]));
  return out;
}

static guint
count_entities (gpointer data)
{
  return ((RedaksiTaggerResults *) data)->n_entities;
}

static void
write_entity (gpointer           data,
              guint              index,
              RedaksiJsonWriter *writer)
{
  RedaksiTaggerResults *self = data;

  _redaksi_entity_record_write (&self->entities[index], writer);
}

static GPtrArray *
make_entities (gpointer data)
{
  return _redaksi_tagger_results_make_entities (data);
}

static guint
count_tags (gpointer data)
{
  return ((RedaksiTaggerResults *) data)->n_tags;
}

static void
write_tag (gpointer           data,
           guint              index,
           RedaksiJsonWriter *writer)
{
  RedaksiTaggerResults *self = data;

  _redaksi_tag_record_write (&self->tags[index], writer);
}

static GPtrArray *
make_tags (gpointer data)
{
  return _redaksi_tagger_results_make_tags (data);
}

void
_redaksi_tagger_results_add_to_report (RedaksiTaggerResults *self,
                                       RedaksiReport        *report)
{
  static const RedaksiRecordsClass entities = { count_entities, write_entity, make_entities };
  static const RedaksiRecordsClass tags = { count_tags, write_tag, make_tags };

  _redaksi_report_add_records (report, "entities", &entities, _redaksi_tagger_results_ref (self),
                               (GDestroyNotify) _redaksi_tagger_results_unref);
  _redaksi_report_add_records (report, "tags", &tags, _redaksi_tagger_results_ref (self),
                               (GDestroyNotify) _redaksi_tagger_results_unref);
}

/**
 * redaksi_entity_get_text:
 * @self: an entity
 *
 * Gets the mention exactly as the article writes it.
 *
 * Returns: (transfer none): the mention as written
 */
const char *
redaksi_entity_get_text (RedaksiEntity *self)
{
  g_return_val_if_fail (REDAKSI_IS_ENTITY (self), NULL);
  return self->text;
}

/**
 * redaksi_entity_get_entity_type:
 * @self: an entity
 *
 * Gets whether the mention is a person, an organisation, a place, an
 * event or something else.
 *
 * Returns: the entity's type
 */
RedaksiEntityType
redaksi_entity_get_entity_type (RedaksiEntity *self)
{
  g_return_val_if_fail (REDAKSI_IS_ENTITY (self), REDAKSI_ENTITY_MISC);
  return self->type;
}

/**
 * redaksi_entity_get_canonical:
 * @self: an entity
 *
 * Gets the full name of who or what the mention refers to: the name
 * at its first introduction, or the gazetteer's name.
 *
 * Returns: (transfer none): the canonical name of the entity referred to
 */
const char *
redaksi_entity_get_canonical (RedaksiEntity *self)
{
  g_return_val_if_fail (REDAKSI_IS_ENTITY (self), NULL);
  return self->canonical;
}

/**
 * redaksi_entity_get_range:
 * @self: an entity
 *
 * Gets where the mention is in the input.
 *
 * Returns: (transfer none): where the mention is in the input
 */
const RedaksiRange *
redaksi_entity_get_range (RedaksiEntity *self)
{
  g_return_val_if_fail (REDAKSI_IS_ENTITY (self), NULL);
  return &self->range;
}

/**
 * redaksi_entity_get_id:
 * @self: an entity
 *
 * Gets the gazetteer's identifier of the entity, when it is known.
 *
 * Returns: (transfer none) (nullable): the gazetteer's id of the entity
 */
const char *
redaksi_entity_get_id (RedaksiEntity *self)
{
  g_return_val_if_fail (REDAKSI_IS_ENTITY (self), NULL);
  return self->id;
}

/**
 * redaksi_entity_get_role:
 * @self: an entity
 *
 * Gets the role the article gives the person, such as a title or office.
 *
 * Returns: (transfer none) (nullable): the person's role in the article
 */
const char *
redaksi_entity_get_role (RedaksiEntity *self)
{
  g_return_val_if_fail (REDAKSI_IS_ENTITY (self), NULL);
  return self->role;
}
