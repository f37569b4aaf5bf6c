#pragma once

#include <redaksi/redaksi.h>

G_BEGIN_DECLS

/* The operations `redaksi batch --ops` and `redaksi serve` know, by the
 * names users type (tag, quotes, clean, check, document). */
gboolean             redaksi_ops_resolve          (const char            *name,
                                                   RedaksiAnalysisFlags  *flags,
                                                   GError               **error);
gboolean             redaksi_ops_parse            (const char            *list,
                                                   RedaksiAnalysisFlags  *flags,
                                                   GError               **error);
RedaksiAnalysisFlags redaksi_ops_all              (void);
GStrv                redaksi_ops_available_names  (void);

/* Error codes of error records and HTTP error bodies (CONTRACT §3, §4). */
#define REDAKSI_RECORD_INVALID_JSON   "invalid-json"
#define REDAKSI_RECORD_INVALID_UTF8   "invalid-utf8"
#define REDAKSI_RECORD_NOT_AN_OBJECT  "not-an-object"
#define REDAKSI_RECORD_MISSING_TEXT   "missing-text"
#define REDAKSI_RECORD_INVALID_TEXT   "invalid-text"
#define REDAKSI_RECORD_ANALYSIS       "analysis-failed"
#define REDAKSI_RECORD_TOO_LARGE      "record-too-large"
#define REDAKSI_RECORD_EMBEDDED_NUL   "embedded-nul"

/* Why a record could not be processed: a code above and a message. */
typedef struct
{
  const char *code;
  char       *message;
  JsonNode   *id;       /* the record's id when it could be found */
} RedaksiRecordError;

void        redaksi_record_error_clear      (RedaksiRecordError  *error);
JsonNode   *redaksi_record_error_to_json    (JsonNode            *id,
                                             const char          *code,
                                             const char          *message);

JsonObject *redaksi_record_parse            (const char          *data,
                                             gsize                length,
                                             RedaksiRecordError  *error);
/* Records of one flat object only; NULL for any other (see the .c). */
JsonObject *_redaksi_record_parse_flat      (const char          *data,
                                             gsize                length);
char       *redaksi_record_analyze          (RedaksiAnalyzer     *analyzer,
                                             JsonObject          *input,
                                             RedaksiAnalysisFlags analyses,
                                             gboolean             keep_input_text,
                                             GCancellable        *cancellable,
                                             RedaksiRecordError  *error);
char       *redaksi_record_process_line     (RedaksiAnalyzer     *analyzer,
                                             const char          *line,
                                             gsize                length,
                                             RedaksiAnalysisFlags analyses,
                                             gboolean            *failed);
char       *redaksi_json_to_string          (JsonNode            *node);
void        _redaksi_record_append_json_string (GString          *out,
                                                const char       *str);

G_END_DECLS
