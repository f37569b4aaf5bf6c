/* redaksi-quote.c: one direct quotation of an article
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "redaksi-enums.h"
#include "redaksi-quote-private.h"
#include "redaksi-range-private.h"
#include "redaksi-report-private.h"
#include "redaksi-result-private.h"

/**
 * RedaksiQuote:
 *
 * A direct quotation: its words, where they are (an interrupted quote or
 * one continued over paragraphs has several parts), who said it and the
 * cue word that says so, and, when a source was given, how the quote
 * compares with it. Quotes are immutable.
 */

struct _RedaksiQuote
{
  GObject                   parent_instance;

  char                     *text;
  RedaksiRange              range;
  GPtrArray                *parts;
  char                     *speaker;
  char                     *speaker_text;
  char                     *cue;
  RedaksiQuoteSourceStatus  source_status;
  double                    similarity;
  GPtrArray                *differences;
};

static void result_iface_init (RedaksiResultInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RedaksiQuote, redaksi_quote, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (REDAKSI_TYPE_RESULT, result_iface_init))

enum {
  PROP_0,
  PROP_TEXT,
  PROP_RANGE,
  PROP_SPEAKER,
  PROP_SPEAKER_TEXT,
  PROP_CUE,
  PROP_SOURCE_STATUS,
  PROP_SIMILARITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
redaksi_quote_finalize (GObject *object)
{
  RedaksiQuote *self = (RedaksiQuote *) object;

  g_free (self->text);
  g_ptr_array_unref (self->parts);
  g_free (self->speaker);
  g_free (self->speaker_text);
  g_free (self->cue);
  g_ptr_array_unref (self->differences);

  G_OBJECT_CLASS (redaksi_quote_parent_class)->finalize (object);
}

static void
redaksi_quote_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RedaksiQuote *self = REDAKSI_QUOTE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_RANGE:
      g_value_set_boxed (value, &self->range);
      break;
    case PROP_SPEAKER:
      g_value_set_string (value, self->speaker);
      break;
    case PROP_SPEAKER_TEXT:
      g_value_set_string (value, self->speaker_text);
      break;
    case PROP_CUE:
      g_value_set_string (value, self->cue);
      break;
    case PROP_SOURCE_STATUS:
      g_value_set_enum (value, self->source_status);
      break;
    case PROP_SIMILARITY:
      g_value_set_double (value, self->similarity);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name,
                 const char *nick)
{
  return g_param_spec_string (name, nick, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static void
redaksi_quote_class_init (RedaksiQuoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = redaksi_quote_finalize;
  object_class->get_property = redaksi_quote_get_property;

  /**
   * RedaksiQuote:text:
   *
   * The quote's words as written, its parts joined by a space.
   */
  properties[PROP_TEXT] = string_property ("text", "Text");
  /**
   * RedaksiQuote:range:
   *
   * From the first to the last character inside the quotation marks.
   */
  properties[PROP_RANGE] = g_param_spec_boxed ("range", "Range", NULL, REDAKSI_TYPE_RANGE, flags);
  /**
   * RedaksiQuote:speaker:
   *
   * The speaker's canonical name, or %NULL when no speaker was found.
   */
  properties[PROP_SPEAKER] = string_property ("speaker", "Speaker");
  /**
   * RedaksiQuote:speaker-text:
   *
   * The words of the article that name the speaker, or %NULL.
   */
  properties[PROP_SPEAKER_TEXT] = string_property ("speaker-text", "Speaker text");
  /**
   * RedaksiQuote:cue:
   *
   * The attribution cue as written (`kata`, `ujarnya`, `mengatakan`), or %NULL.
   */
  properties[PROP_CUE] = string_property ("cue", "Cue");
  /**
   * RedaksiQuote:source-status:
   *
   * How the quote compares with the source, when one was given.
   */
  properties[PROP_SOURCE_STATUS] =
    g_param_spec_enum ("source-status", "Source status", NULL, REDAKSI_TYPE_QUOTE_SOURCE_STATUS,
                       REDAKSI_QUOTE_SOURCE_NONE, flags);
  /**
   * RedaksiQuote:similarity:
   *
   * The share of words the quote and its closest source passage have in
   * common, from 0 to 1; 0 without a source.
   */
  properties[PROP_SIMILARITY] = g_param_spec_double ("similarity", "Similarity", NULL,
                                                     0.0, 1.0, 0.0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static GPtrArray *
new_differences (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) redaksi_quote_difference_unref);
}

static void
redaksi_quote_init (RedaksiQuote *self)
{
  self->differences = new_differences ();
}

static const char *
status_name (RedaksiQuoteSourceStatus status)
{
  switch (status)
    {
    case REDAKSI_QUOTE_SOURCE_VERIFIED:
      return "verified";
    case REDAKSI_QUOTE_SOURCE_ALTERED:
      return "altered";
    case REDAKSI_QUOTE_SOURCE_NOT_FOUND:
    case REDAKSI_QUOTE_SOURCE_NONE:
    default:
      return "not-found";
    }
}

static void
write_source (const RedaksiQuoteRecord *self,
              RedaksiJsonWriter        *writer)
{
  _redaksi_json_writer_member (writer, "source");
  _redaksi_json_writer_begin_object (writer);
  _redaksi_json_writer_string_member (writer, "status", status_name (self->source_status));
  _redaksi_json_writer_member (writer, "similarity");
  _redaksi_json_writer_double (writer, self->similarity);
  _redaksi_json_writer_member (writer, "differences");
  _redaksi_json_writer_begin_array (writer);
  for (guint i = 0; i < self->differences->len; i++)
    {
      RedaksiQuoteDifference *difference = g_ptr_array_index (self->differences, i);

      _redaksi_json_writer_begin_object (writer);
      _redaksi_json_writer_string_member (writer, "quote", redaksi_quote_difference_get_quote (difference));
      _redaksi_json_writer_string_member (writer, "source", redaksi_quote_difference_get_source (difference));
      _redaksi_json_writer_end_object (writer);
    }
  _redaksi_json_writer_end_array (writer);
  _redaksi_json_writer_end_object (writer);
}

static void
write_parts (const RedaksiQuoteRecord *self,
             RedaksiJsonWriter        *writer)
{
  _redaksi_json_writer_member (writer, "parts");
  _redaksi_json_writer_begin_array (writer);
  for (guint i = 0; i < self->parts->len; i++)
    {
      _redaksi_json_writer_begin_object (writer);
      _redaksi_range_write_members (g_ptr_array_index (self->parts, i), writer);
      _redaksi_json_writer_end_object (writer);
    }
  _redaksi_json_writer_end_array (writer);
}

/* @self as its RedaksiQuote writes itself. */
static void
write_record (const RedaksiQuoteRecord *self,
              RedaksiJsonWriter        *writer)
{
  static const RedaksiJsonKey key_text = REDAKSI_JSON_KEY ("text");
  static const RedaksiJsonKey key_speaker = REDAKSI_JSON_KEY ("speaker");
  static const RedaksiJsonKey key_speaker_text = REDAKSI_JSON_KEY ("speaker_text");
  static const RedaksiJsonKey key_cue = REDAKSI_JSON_KEY ("cue");

  _redaksi_json_writer_begin_object (writer);
  _redaksi_json_writer_string_key (writer, &key_text, self->text);
  _redaksi_range_write_members (&self->range, writer);
  _redaksi_json_writer_string_key (writer, &key_speaker, self->speaker);
  _redaksi_json_writer_string_key (writer, &key_speaker_text, self->speaker_text);
  _redaksi_json_writer_string_key (writer, &key_cue, self->cue);
  write_parts (self, writer);
  if (self->source_status != REDAKSI_QUOTE_SOURCE_NONE)
    write_source (self, writer);
  _redaksi_json_writer_end_object (writer);
}

static void
redaksi_quote_write (RedaksiResult     *result,
                     RedaksiJsonWriter *writer)
{
  RedaksiQuote *self = REDAKSI_QUOTE (result);
  const RedaksiQuoteRecord view = {
    self->text, self->range, self->parts, self->speaker, self->speaker_text, self->cue,
    self->source_status, self->similarity, self->differences,
  };

  write_record (&view, writer);
}

static void
result_iface_init (RedaksiResultInterface *iface)
{
  iface->write = redaksi_quote_write;
}

void
_redaksi_quote_record_init (RedaksiQuoteRecord *record,
                            const char         *text,
                            GPtrArray          *parts,
                            const char         *speaker,
                            const char         *speaker_text,
                            const char         *cue)
{
  const RedaksiRange *first, *last;

  g_assert (parts != NULL && parts->len > 0);
  first = g_ptr_array_index (parts, 0);
  last = g_ptr_array_index (parts, parts->len - 1);
  *record = (RedaksiQuoteRecord) {
    .text = g_strdup (text),
    .range = { first->start, last->end, first->char_start, last->char_end,
               first->utf16_start, last->utf16_end },
    .parts = parts,
    .speaker = g_strdup (speaker),
    .speaker_text = g_strdup (speaker_text),
    .cue = g_strdup (cue),
    .source_status = REDAKSI_QUOTE_SOURCE_NONE,
    .differences = new_differences (),
  };
}

void
_redaksi_quote_record_clear (RedaksiQuoteRecord *record)
{
  g_free (record->text);
  g_clear_pointer (&record->parts, g_ptr_array_unref);
  g_free (record->speaker);
  g_free (record->speaker_text);
  g_free (record->cue);
  g_clear_pointer (&record->differences, g_ptr_array_unref);
}

GArray *
_redaksi_quote_records_new (void)
{
  GArray *records = g_array_new (FALSE, TRUE, sizeof (RedaksiQuoteRecord));

  g_array_set_clear_func (records, (GDestroyNotify) _redaksi_quote_record_clear);
  return records;
}

/* The object of @record, which shares its parts and differences (both
 * fixed from here on). */
static RedaksiQuote *
quote_new (const RedaksiQuoteRecord *record)
{
  RedaksiQuote *self = g_object_new (REDAKSI_TYPE_QUOTE, NULL);

  self->text = g_strdup (record->text);
  self->range = record->range;
  self->parts = g_ptr_array_ref (record->parts);
  self->speaker = g_strdup (record->speaker);
  self->speaker_text = g_strdup (record->speaker_text);
  self->cue = g_strdup (record->cue);
  self->source_status = record->source_status;
  self->similarity = record->similarity;
  g_ptr_array_unref (self->differences);
  self->differences = g_ptr_array_ref (record->differences);
  return self;
}

static guint
count_records (gpointer data)
{
  return ((GArray *) data)->len;
}

static void
write_one_record (gpointer           data,
                  guint              index,
                  RedaksiJsonWriter *writer)
{
  write_record (&g_array_index ((GArray *) data, RedaksiQuoteRecord, index), writer);
}

static GPtrArray *
make_quotes (gpointer data)
{
  GArray *records = data;
  GPtrArray *quotes = g_ptr_array_new_full (records->len, g_object_unref);

  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (quotes, quote_new (&g_array_index (records, RedaksiQuoteRecord, i)));
  return quotes;
}

void
_redaksi_quote_records_add_to_report (GArray        *records,
                                      RedaksiReport *report)
{
  static const RedaksiRecordsClass quotes = { count_records, write_one_record, make_quotes };

  _redaksi_report_add_records (report, "quotes", &quotes, records, (GDestroyNotify) g_array_unref);
}

/**
 * redaksi_quote_get_text:
 * @self: a #RedaksiQuote
 *
 * Gets the quoted words.
 *
 * Returns: the quote's words as written; the parts of an interrupted or
 *   continued quote are joined by a space
 */
const char *
redaksi_quote_get_text (RedaksiQuote *self)
{
  g_return_val_if_fail (REDAKSI_IS_QUOTE (self), NULL);
  return self->text;
}

/**
 * redaksi_quote_get_range:
 * @self: a #RedaksiQuote
 *
 * Gets where the quote is in the input.
 *
 * Returns: (transfer none): from the first part's start to the last part's end
 */
const RedaksiRange *
redaksi_quote_get_range (RedaksiQuote *self)
{
  g_return_val_if_fail (REDAKSI_IS_QUOTE (self), NULL);
  return &self->range;
}

/**
 * redaksi_quote_get_parts:
 * @self: a #RedaksiQuote
 *
 * Gets the quoted stretches of text that make up the quote.
 *
 * Returns: (transfer none) (element-type RedaksiRange): the quote's parts,
 *   each the text inside one pair of marks (or one paragraph of a continued
 *   quote); one part for a simple quote
 */
GPtrArray *
redaksi_quote_get_parts (RedaksiQuote *self)
{
  g_return_val_if_fail (REDAKSI_IS_QUOTE (self), NULL);
  return self->parts;
}

/**
 * redaksi_quote_get_speaker:
 * @self: a #RedaksiQuote
 *
 * Gets the full name of who said the quote, when it can be told.
 *
 * Returns: (nullable): the speaker's canonical name
 */
const char *
redaksi_quote_get_speaker (RedaksiQuote *self)
{
  g_return_val_if_fail (REDAKSI_IS_QUOTE (self), NULL);
  return self->speaker;
}

/**
 * redaksi_quote_get_speaker_text:
 * @self: a #RedaksiQuote
 *
 * Gets the words of the article that name the speaker.
 *
 * Returns: (nullable): the words that name the speaker, as written
 */
const char *
redaksi_quote_get_speaker_text (RedaksiQuote *self)
{
  g_return_val_if_fail (REDAKSI_IS_QUOTE (self), NULL);
  return self->speaker_text;
}

/**
 * redaksi_quote_get_cue:
 * @self: a #RedaksiQuote
 *
 * Gets the attribution verb, such as `kata` or `ujar`, as written.
 *
 * Returns: (nullable): the attribution cue as written
 */
const char *
redaksi_quote_get_cue (RedaksiQuote *self)
{
  g_return_val_if_fail (REDAKSI_IS_QUOTE (self), NULL);
  return self->cue;
}

/**
 * redaksi_quote_get_source_status:
 * @self: a #RedaksiQuote
 *
 * Gets the verdict of the comparison with the source.
 *
 * Returns: how the quote compares with the source
 */
RedaksiQuoteSourceStatus
redaksi_quote_get_source_status (RedaksiQuote *self)
{
  g_return_val_if_fail (REDAKSI_IS_QUOTE (self), REDAKSI_QUOTE_SOURCE_NONE);
  return self->source_status;
}

/**
 * redaksi_quote_get_similarity:
 * @self: a #RedaksiQuote
 *
 * Gets how close the quote is to the closest passage of the source.
 *
 * Returns: the word similarity with the closest source passage, 0 to 1
 */
double
redaksi_quote_get_similarity (RedaksiQuote *self)
{
  g_return_val_if_fail (REDAKSI_IS_QUOTE (self), 0.0);
  return self->similarity;
}

/**
 * redaksi_quote_get_differences:
 * @self: a #RedaksiQuote
 *
 * Gets how the quote differs from the closest passage of the source.
 *
 * Returns: (transfer none) (element-type RedaksiQuoteDifference): the
 *   word-level differences with the source passage; empty when verified
 *   or without a source
 */
GPtrArray *
redaksi_quote_get_differences (RedaksiQuote *self)
{
  g_return_val_if_fail (REDAKSI_IS_QUOTE (self), NULL);
  return self->differences;
}
