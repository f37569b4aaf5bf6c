#pragma once

#include "redaksi-report.h"
#include "redaksi-range-private.h"
#include "redaksi-result-private.h"

G_BEGIN_DECLS

RedaksiReport *_redaksi_report_new           (RedaksiDocument      *document,
                                              RedaksiAnalysisFlags  requested);
/* Results added from now on belong to @owner: they appear in the JSON
 * and the getters only when @owner was requested. */
void           _redaksi_report_set_owner     (RedaksiReport        *self,
                                              RedaksiAnalysisFlags  owner);
void           _redaksi_report_add_section   (RedaksiReport        *self,
                                              const char           *section);
void           _redaksi_report_add_result    (RedaksiReport        *self,
                                              const char           *section,
                                              gpointer              result);
/* A section whose results stay plain records until a host asks for
 * them as objects: @count says how many, @write writes record @index as
 * its result object would, @make_results makes the objects (transfer
 * full, element-type RedaksiResult, in the same order). */
typedef struct
{
  guint       (*count)        (gpointer           data);
  void        (*write)        (gpointer           data,
                               guint              index,
                               RedaksiJsonWriter *writer);
  GPtrArray  *(*make_results) (gpointer           data);
} RedaksiRecordsClass;

/* Adds the records of @data to @section, which holds no other results;
 * @destroy frees @data with the report. */
void           _redaksi_report_add_records   (RedaksiReport             *self,
                                              const char                *section,
                                              const RedaksiRecordsClass *klass,
                                              gpointer                   data,
                                              GDestroyNotify             destroy);
/* Writes the value of a member, one JSON value, from @data. */
typedef void (*RedaksiReportWriteFunc) (gpointer           data,
                                        RedaksiJsonWriter *writer);
/* A member whose value is written from @data when the JSON is, instead
 * of being built as a tree first; @destroy frees @data with the report. */
void           _redaksi_report_set_member_writer (RedaksiReport          *self,
                                                  const char             *name,
                                                  RedaksiReportWriteFunc  write,
                                                  gpointer                data,
                                                  GDestroyNotify          destroy);
/* Every result of @section so far, requested or not (element-type
 * GObject); a section of records gives none. */
GPtrArray     *_redaksi_report_peek_results  (RedaksiReport        *self,
                                              const char           *section);
/* The results of @section that requested analyses wrote, or %NULL when
 * no requested analysis writes @section; once sealed. */
GPtrArray     *_redaksi_report_get_section   (RedaksiReport        *self,
                                              const char           *section);
/* Ends construction: the report is immutable from here on. */
void           _redaksi_report_seal          (RedaksiReport        *self);

G_END_DECLS
