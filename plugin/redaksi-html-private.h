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
