#pragma once

#include <glib.h>
#include <gumbo.h>

G_BEGIN_DECLS

/* A run of the extracted text and the source bytes it came from. When
 * both lengths are equal the bytes are the same and map one to one;
 * otherwise (an entity, collapsed white space, an inserted paragraph
 * break) the run maps to the source span as a whole. */
typedef struct
{
  guint text_start;
  guint text_length;
  guint source_start;
  guint source_length;
} RedaksiTextSegment;

/* Limits no real page reaches (they nest a few dozen levels and carry a
 * few dozen attributes an element); past them gumbo's work grows fast. */
#define REDAKSI_HTML_MAX_DEPTH 512
#define REDAKSI_HTML_MAX_ATTRIBUTES 1000
/* gumbo compares each attribute with the ones before it: the sum of the
 * squared attribute counts may reach this plus so much per input byte. */
#define REDAKSI_HTML_ATTRIBUTE_WORK 4000000
#define REDAKSI_HTML_ATTRIBUTE_WORK_PER_BYTE 16

typedef enum
{
  REDAKSI_HTML_WITHIN_LIMITS,
  REDAKSI_HTML_TOO_DEEP,
  REDAKSI_HTML_TOO_MANY_ATTRIBUTES,
} RedaksiHtmlLimit;

/* @offset: set to the byte offset of the tag that went over a limit */
RedaksiHtmlLimit _redaksi_html_check_limits (const char *html,
                                             gsize       length,
                                             gsize      *offset);
void  _redaksi_html_extract_text (const GumboOutput *output,
                                  const char        *source,
                                  GString           *text,
                                  GArray            *segments);
gsize _redaksi_segments_text_to_source (const GArray *segments,
                                        gsize         text_offset,
                                        gboolean      is_end,
                                        gsize         source_length);
gsize _redaksi_segments_source_to_text (const GArray *segments,
                                        gsize         source_offset,
                                        gsize         text_length);

G_END_DECLS
