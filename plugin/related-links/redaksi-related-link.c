/* redaksi-related-link.c: one related-article insert of an article
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-document-private.h"
#include "redaksi-related-link-private.h"
#include "redaksi-range-private.h"
#include "redaksi-result-private.h"

/**
 * RedaksiRelatedLink:
 *
 * A related-article insert found in an article: a `Baca juga: …` line,
 * an orphan `Baca Juga` marker with its title lines, a parenthesised
 * `(Baca juga: …)`, a video teaser, or an HTML box such as detik's
 * `table.linksisip`.
 *
 * Its [property@Redaksi.RelatedLink:range] covers exactly the bytes
 * [method@Redaksi.LinkCleaner.clean] removes: whole lines with their
 * newline, an inline insert with one adjacent space, whole HTML elements.
 *
 * Related links are immutable.
 */

struct _RedaksiRelatedLink
{
  GObject       parent_instance;

  RedaksiRange  range;
  guint         text_start;
  guint         text_end;
  gboolean      ambiguous;
  char         *marker;
  GStrv         titles;
  GStrv         urls;
};

static void result_iface_init (RedaksiResultInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RedaksiRelatedLink, redaksi_related_link, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (REDAKSI_TYPE_RESULT, result_iface_init))

enum {
  PROP_0,
  PROP_RANGE,
  PROP_MARKER,
  PROP_TITLES,
  PROP_URLS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
redaksi_related_link_finalize (GObject *object)
{
  RedaksiRelatedLink *self = (RedaksiRelatedLink *) object;

  g_free (self->marker);
  g_strfreev (self->titles);
  g_strfreev (self->urls);

  G_OBJECT_CLASS (redaksi_related_link_parent_class)->finalize (object);
}

static void
redaksi_related_link_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RedaksiRelatedLink *self = REDAKSI_RELATED_LINK (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      g_value_set_boxed (value, &self->range);
      break;
    case PROP_MARKER:
      g_value_set_string (value, self->marker);
      break;
    case PROP_TITLES:
      g_value_set_boxed (value, self->titles);
      break;
    case PROP_URLS:
      g_value_set_boxed (value, self->urls);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
redaksi_related_link_class_init (RedaksiRelatedLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = redaksi_related_link_finalize;
  object_class->get_property = redaksi_related_link_get_property;

  /**
   * RedaksiRelatedLink:range:
   *
   * The bytes of the input the insert covers, which the cleaner removes.
   */
  properties[PROP_RANGE] = g_param_spec_boxed ("range", NULL, NULL, REDAKSI_TYPE_RANGE, flags);
  /**
   * RedaksiRelatedLink:marker:
   *
   * The marker as written, such as `Baca Juga` or `Lihat Juga`; for an
   * HTML box without a marker, the class or id that names it.
   */
  properties[PROP_MARKER] = g_param_spec_string ("marker", NULL, NULL, NULL, flags);
  /**
   * RedaksiRelatedLink:titles:
   *
   * The titles of the related articles, possibly none.
   */
  properties[PROP_TITLES] = g_param_spec_boxed ("titles", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * RedaksiRelatedLink:urls:
   *
   * The web addresses of the related articles, possibly none.
   */
  properties[PROP_URLS] = g_param_spec_boxed ("urls", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
redaksi_related_link_init (RedaksiRelatedLink *self)
{
}

static void
write_strings (RedaksiJsonWriter  *writer,
               const char         *name,
               const char * const *strings)
{
  _redaksi_json_writer_member (writer, name);
  _redaksi_json_writer_begin_array (writer);
  for (guint i = 0; strings[i] != NULL; i++)
    _redaksi_json_writer_string (writer, strings[i]);
  _redaksi_json_writer_end_array (writer);
}

static void
redaksi_related_link_write (RedaksiResult     *result,
                            RedaksiJsonWriter *writer)
{
  RedaksiRelatedLink *self = REDAKSI_RELATED_LINK (result);

  _redaksi_json_writer_begin_object (writer);
  _redaksi_range_write_members (&self->range, writer);
  _redaksi_json_writer_string_member (writer, "marker", self->marker);
  write_strings (writer, "titles", (const char * const *) self->titles);
  write_strings (writer, "urls", (const char * const *) self->urls);
  _redaksi_json_writer_end_object (writer);
}

static void
result_iface_init (RedaksiResultInterface *iface)
{
  iface->write = redaksi_related_link_write;
}

static GStrv
strv_from (GPtrArray *strings)
{
  GStrv strv = g_new0 (char *, (strings != NULL ? strings->len : 0) + 1);

  for (guint i = 0; strings != NULL && i < strings->len; i++)
    strv[i] = g_strdup (g_ptr_array_index (strings, i));
  return strv;
}

/* @insert's offsets are in @document's text for plain text and in its
 * source for HTML (the HTML scanner works on source bytes). */
RedaksiRelatedLink *
_redaksi_related_link_new (RedaksiDocument     *document,
                           const RedaksiInsert *insert)
{
  RedaksiRelatedLink *self = g_object_new (REDAKSI_TYPE_RELATED_LINK, NULL);

  self->marker = g_strdup (insert->marker != NULL ? insert->marker : "");
  self->titles = strv_from (insert->titles);
  self->urls = strv_from (insert->urls);
  self->ambiguous = insert->ambiguous;
  if (redaksi_document_is_html (document))
    {
      self->text_start = (guint) redaksi_document_source_to_text (document, insert->start);
      self->text_end = (guint) redaksi_document_source_to_text (document, insert->end);
      self->range.start = insert->start;
      self->range.end = insert->end;
      self->range.char_start = redaksi_document_get_char_offset (document, insert->start);
      self->range.char_end = redaksi_document_get_char_offset (document, insert->end);
      self->range.utf16_start = redaksi_document_get_utf16_offset (document, insert->start);
      self->range.utf16_end = redaksi_document_get_utf16_offset (document, insert->end);
    }
  else
    {
      self->text_start = insert->start;
      self->text_end = insert->end;
      _redaksi_document_fill_range (document, insert->start, insert->end, &self->range);
    }
  return self;
}

gboolean
_redaksi_related_link_is_ambiguous (RedaksiRelatedLink *self)
{
  return self->ambiguous;
}

void
_redaksi_related_link_get_text_span (RedaksiRelatedLink *self,
                                     guint              *start,
                                     guint              *end)
{
  *start = self->text_start;
  *end = self->text_end;
}

/**
 * redaksi_related_link_get_range:
 * @self: a #RedaksiRelatedLink
 *
 * Gets where the insert is in the input; removing these bytes removes it.
 *
 * Returns: (transfer none): the bytes the insert covers in the input
 */
const RedaksiRange *
redaksi_related_link_get_range (RedaksiRelatedLink *self)
{
  g_return_val_if_fail (REDAKSI_IS_RELATED_LINK (self), NULL);
  return &self->range;
}

/**
 * redaksi_related_link_get_marker:
 * @self: a #RedaksiRelatedLink
 *
 * Gets the words that announce the insert, such as `Baca Juga`.
 *
 * Returns: (transfer none): the marker as written
 */
const char *
redaksi_related_link_get_marker (RedaksiRelatedLink *self)
{
  g_return_val_if_fail (REDAKSI_IS_RELATED_LINK (self), NULL);
  return self->marker;
}

/**
 * redaksi_related_link_get_titles:
 * @self: a #RedaksiRelatedLink
 *
 * Gets the titles of the articles the insert links to.
 *
 * Returns: (transfer none) (array zero-terminated=1): the titles of the
 *   related articles
 */
const char * const *
redaksi_related_link_get_titles (RedaksiRelatedLink *self)
{
  g_return_val_if_fail (REDAKSI_IS_RELATED_LINK (self), NULL);
  return (const char * const *) self->titles;
}

/**
 * redaksi_related_link_get_urls:
 * @self: a #RedaksiRelatedLink
 *
 * Gets the addresses of the articles the insert links to.
 *
 * Returns: (transfer none) (array zero-terminated=1): the web addresses
 *   of the related articles
 */
const char * const *
redaksi_related_link_get_urls (RedaksiRelatedLink *self)
{
  g_return_val_if_fail (REDAKSI_IS_RELATED_LINK (self), NULL);
  return (const char * const *) self->urls;
}
