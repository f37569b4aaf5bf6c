#pragma once

#include "redaksi-quote.h"
#include "redaksi-report.h"

G_BEGIN_DECLS

/* A quote as the analysis makes it: a report holds these, and makes
 * RedaksiQuote objects of them only when a host asks (writing the JSON
 * needs none). */
typedef struct
{
  char                     *text;
  RedaksiRange              range;
  GPtrArray                *parts;        /* (element-type RedaksiRange), at least one */
  char                     *speaker;
  char                     *speaker_text;
  char                     *cue;
  RedaksiQuoteSourceStatus  source_status;
  double                    similarity;
  GPtrArray                *differences;  /* (element-type RedaksiQuoteDifference) */
} RedaksiQuoteRecord;

/* Fills @record, which takes @parts (transfer full). */
void          _redaksi_quote_record_init  (RedaksiQuoteRecord       *record,
                                           const char               *text,
                                           GPtrArray                *parts,
                                           const char               *speaker,
                                           const char               *speaker_text,
                                           const char               *cue);
void          _redaksi_quote_record_clear (RedaksiQuoteRecord       *record);
/* An array of RedaksiQuoteRecord that clears its elements. */
GArray       *_redaksi_quote_records_new  (void);
/* Adds @records (transfer full) to @report's "quotes" section; they may
 * still be filled until the report is sealed. */
void          _redaksi_quote_records_add_to_report (GArray        *records,
                                                    RedaksiReport *report);

G_END_DECLS
