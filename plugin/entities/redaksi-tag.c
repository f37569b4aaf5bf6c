/* redaksi-tag.c: one entity of an article, ranked
 *
 * Copyright 2026 The redaksi authors
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-enums.h"
#include "redaksi-entity-private.h"
#include "redaksi-result-private.h"

/**
 * RedaksiTag:
 *
 * One real-world entity of an article, with all its mentions counted:
 * what a CMS shows as a tag. Tags come ranked by
 * [property@Tag:salience]. Tags are immutable.
 */

struct _RedaksiTag
{
  GObject            parent_instance;

  char              *name;
  RedaksiEntityType  type;
  guint              mentions;
  double             salience;
  char              *id;
  char              *role;
};

static void result_iface_init (RedaksiResultInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RedaksiTag, redaksi_tag, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (REDAKSI_TYPE_RESULT, result_iface_init))

enum {
  PROP_0,
  PROP_NAME,
  PROP_ENTITY_TYPE,
  PROP_MENTIONS,
  PROP_SALIENCE,
  PROP_ID,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
redaksi_tag_finalize (GObject *object)
{
  RedaksiTag *self = REDAKSI_TAG (object);

  g_free (self->name);
  g_free (self->id);
  g_free (self->role);
  G_OBJECT_CLASS (redaksi_tag_parent_class)->finalize (object);
}

static void
redaksi_tag_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RedaksiTag *self = REDAKSI_TAG (object);

  switch (prop_id)
    {
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_ENTITY_TYPE: g_value_set_enum (value, self->type); break;
    case PROP_MENTIONS: g_value_set_uint (value, self->mentions); break;
    case PROP_SALIENCE: g_value_set_double (value, self->salience); break;
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_ROLE: g_value_set_string (value, self->role); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
redaksi_tag_class_init (RedaksiTagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = redaksi_tag_finalize;
  object_class->get_property = redaksi_tag_get_property;

  /**
   * RedaksiTag:name:
   *
   * The entity's canonical name.
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  /**
   * RedaksiTag:entity-type:
   *
   * The entity's type.
   */
  properties[PROP_ENTITY_TYPE] =
    g_param_spec_enum ("entity-type", NULL, NULL, REDAKSI_TYPE_ENTITY_TYPE,
                       REDAKSI_ENTITY_MISC, flags);
  /**
   * RedaksiTag:mentions:
   *
   * How many times the article mentions the entity.
   */
  properties[PROP_MENTIONS] = g_param_spec_uint ("mentions", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /**
   * RedaksiTag:salience:
   *
   * How central the entity is to the article, from 0 to 1; the
   * saliences of an article's tags add up to 1. Mentions, an early
   * first mention and speaking in the article raise it.
   */
  properties[PROP_SALIENCE] = g_param_spec_double ("salience", NULL, NULL, 0, 1, 0, flags);
  /**
   * RedaksiTag:id:
   *
   * The gazetteer's identifier of the entity, or %NULL.
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /**
   * RedaksiTag:role:
   *
   * The role the article gives a person (`Menlu AS`), or %NULL.
   */
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
redaksi_tag_init (RedaksiTag *self)
{
}

static const RedaksiJsonKey key_name = REDAKSI_JSON_KEY ("name");
static const RedaksiJsonKey key_type = REDAKSI_JSON_KEY ("type");
static const RedaksiJsonKey key_mentions = REDAKSI_JSON_KEY ("mentions");
static const RedaksiJsonKey key_salience = REDAKSI_JSON_KEY ("salience");
static const RedaksiJsonKey key_id = REDAKSI_JSON_KEY ("id");
static const RedaksiJsonKey key_role = REDAKSI_JSON_KEY ("role");

void
_redaksi_tag_record_write (const RedaksiTagRecord *record,
                           RedaksiJsonWriter      *writer)
{
  _redaksi_json_writer_begin_object (writer);
  _redaksi_json_writer_string_key (writer, &key_name, record->name);
  _redaksi_json_writer_string_key (writer, &key_type, redaksi_entity_type_to_string (record->type));
  _redaksi_json_writer_int_key (writer, &key_mentions, record->mentions);
  _redaksi_json_writer_key (writer, &key_salience);
  _redaksi_json_writer_double (writer, record->salience);
  _redaksi_json_writer_string_key (writer, &key_id, record->id);
  if (record->role)
    _redaksi_json_writer_string_key (writer, &key_role, record->role);
  _redaksi_json_writer_end_object (writer);
}

static void
redaksi_tag_write (RedaksiResult     *result,
                   RedaksiJsonWriter *writer)
{
  RedaksiTag *self = REDAKSI_TAG (result);
  RedaksiTagRecord record = {
    self->name, self->id, self->role, self->salience, self->mentions, self->type
  };

  _redaksi_tag_record_write (&record, writer);
}

static void
result_iface_init (RedaksiResultInterface *iface)
{
  iface->write = redaksi_tag_write;
}

RedaksiTag *
_redaksi_tag_new (const char        *name,
                  RedaksiEntityType  type,
                  guint              mentions,
                  double             salience,
                  const char        *id,
                  const char        *role)
{
  RedaksiTag *self = g_object_new (REDAKSI_TYPE_TAG, NULL);

  self->name = g_strdup (name);
  self->type = type;
  self->mentions = mentions;
  self->salience = salience;
  self->id = g_strdup (id);
  self->role = g_strdup (role);
  return self;
}

RedaksiTag *
_redaksi_tag_new_from_record (const RedaksiTagRecord *record)
{
  return _redaksi_tag_new (record->name, record->type, record->mentions, record->salience,
                           record->id, record->role);
}

/**
 * redaksi_tag_get_name:
 * @self: a tag
 *
 * Gets the tag's display name.
 *
 * Returns: (transfer none): the entity's canonical name
 */
const char *
redaksi_tag_get_name (RedaksiTag *self)
{
  g_return_val_if_fail (REDAKSI_IS_TAG (self), NULL);
  return self->name;
}

/**
 * redaksi_tag_get_entity_type:
 * @self: a tag
 *
 * Gets whether the tag names a person, an organisation, a place, an
 * event or something else.
 *
 * Returns: the entity's type
 */
RedaksiEntityType
redaksi_tag_get_entity_type (RedaksiTag *self)
{
  g_return_val_if_fail (REDAKSI_IS_TAG (self), REDAKSI_ENTITY_MISC);
  return self->type;
}

/**
 * redaksi_tag_get_mentions:
 * @self: a tag
 *
 * Counts the article's mentions of the entity.
 *
 * Returns: how many times the article mentions the entity
 */
guint
redaksi_tag_get_mentions (RedaksiTag *self)
{
  g_return_val_if_fail (REDAKSI_IS_TAG (self), 0);
  return self->mentions;
}

/**
 * redaksi_tag_get_salience:
 * @self: a tag
 *
 * Gets how central the entity is to the article; tags are listed by it.
 *
 * Returns: the tag's salience, from 0 to 1
 */
double
redaksi_tag_get_salience (RedaksiTag *self)
{
  g_return_val_if_fail (REDAKSI_IS_TAG (self), 0);
  return self->salience;
}

/**
 * redaksi_tag_get_id:
 * @self: a tag
 *
 * Gets the gazetteer's identifier of the entity, when it is known.
 *
 * Returns: (transfer none) (nullable): the gazetteer's id of the entity
 */
const char *
redaksi_tag_get_id (RedaksiTag *self)
{
  g_return_val_if_fail (REDAKSI_IS_TAG (self), NULL);
  return self->id;
}

/**
 * redaksi_tag_get_role:
 * @self: a tag
 *
 * Gets the role the article gives the person, such as a title or office.
 *
 * Returns: (transfer none) (nullable): the person's role in the article
 */
const char *
redaksi_tag_get_role (RedaksiTag *self)
{
  g_return_val_if_fail (REDAKSI_IS_TAG (self), NULL);
  return self->role;
}
