#pragma once

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Writes JSON text straight into a GString, in exactly the layout of
 * json-glib's JsonGenerator (compact, or pretty with two-space indents),
 * without building a tree of nodes first. Calls must nest properly: a
 * value inside an object follows _redaksi_json_writer_member(). */
typedef struct _RedaksiJsonWriter RedaksiJsonWriter;

RedaksiJsonWriter *_redaksi_json_writer_new          (GString           *out,
                                                      gboolean           pretty);
void               _redaksi_json_writer_free         (RedaksiJsonWriter *self);

/* The same text, written to @stream a chunk at a time: call
 * _redaksi_json_writer_flush_full() between values and
 * _redaksi_json_writer_flush() at the end. After a failed flush the
 * writer may only be freed. */
RedaksiJsonWriter *_redaksi_json_writer_new_for_stream (GOutputStream     *stream,
                                                        gboolean           pretty,
                                                        GCancellable      *cancellable);
gboolean           _redaksi_json_writer_flush         (RedaksiJsonWriter  *self,
                                                       GError            **error);
gboolean           _redaksi_json_writer_flush_full    (RedaksiJsonWriter  *self,
                                                       GError            **error);

void               _redaksi_json_writer_begin_object (RedaksiJsonWriter *self);
void               _redaksi_json_writer_end_object   (RedaksiJsonWriter *self);
void               _redaksi_json_writer_begin_array  (RedaksiJsonWriter *self);
void               _redaksi_json_writer_end_array    (RedaksiJsonWriter *self);
/* @name is @length bytes long. */
void               _redaksi_json_writer_member_len   (RedaksiJsonWriter *self,
                                                      const char        *name,
                                                      gsize              length);

/* A %NULL @value writes null. */
void               _redaksi_json_writer_string       (RedaksiJsonWriter *self,
                                                      const char        *value);
void               _redaksi_json_writer_int          (RedaksiJsonWriter *self,
                                                      gint64             value);
void               _redaksi_json_writer_double       (RedaksiJsonWriter *self,
                                                      double             value);
void               _redaksi_json_writer_boolean      (RedaksiJsonWriter *self,
                                                      gboolean           value);
void               _redaksi_json_writer_null         (RedaksiJsonWriter *self);
void               _redaksi_json_writer_node         (RedaksiJsonWriter *self,
                                                      JsonNode          *node);

/* Shorthands for a member and its value. */
void               _redaksi_json_writer_string_member_len (RedaksiJsonWriter *self,
                                                           const char        *name,
                                                           gsize              length,
                                                           const char        *value);
void               _redaksi_json_writer_int_member_len    (RedaksiJsonWriter *self,
                                                           const char        *name,
                                                           gsize              length,
                                                           gint64             value);
/* @n members named @names (which need no escape), with @values. */
void               _redaksi_json_writer_int_members       (RedaksiJsonWriter *self,
                                                           const char *const *names,
                                                           const gint64      *values,
                                                           guint              n);

/* A member name known when the library is built, one that needs no
 * escape: kept in quotes with its colon, so that writing the name is
 * one copy, of a size fixed when compiling. Make them with
 * REDAKSI_JSON_KEY ("name"), in static tables; a name too long for
 * @quoted does not compile. */
typedef struct
{
  const char *name;
  char        quoted[24];   /* "name": and zeros */
  gsize       length;       /* of "name": */
} RedaksiJsonKey;

#define REDAKSI_JSON_KEY(literal) \
  { literal, "\"" literal "\":", sizeof ("\"" literal "\":") - 1 }

void               _redaksi_json_writer_key               (RedaksiJsonWriter    *self,
                                                           const RedaksiJsonKey *key);
void               _redaksi_json_writer_string_key        (RedaksiJsonWriter    *self,
                                                           const RedaksiJsonKey *key,
                                                           const char           *value);
void               _redaksi_json_writer_int_key           (RedaksiJsonWriter    *self,
                                                           const RedaksiJsonKey *key,
                                                           gint64                value);
/* @n integer members, one a key, as _redaksi_json_writer_int_members(). */
void               _redaksi_json_writer_int_keys          (RedaksiJsonWriter    *self,
                                                           const RedaksiJsonKey *keys,
                                                           const gint64         *values,
                                                           guint                 n);

/* Most member names are literals, whose length the compiler counts:
 * the writer copies them without looking for their end. */
#define _redaksi_json_writer_member(self, name) \
  _redaksi_json_writer_member_len ((self), (name), strlen (name))
#define _redaksi_json_writer_string_member(self, name, value) \
  _redaksi_json_writer_string_member_len ((self), (name), strlen (name), (value))
#define _redaksi_json_writer_int_member(self, name, value) \
  _redaksi_json_writer_int_member_len ((self), (name), strlen (name), (value))

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiJsonWriter, _redaksi_json_writer_free)

G_END_DECLS
