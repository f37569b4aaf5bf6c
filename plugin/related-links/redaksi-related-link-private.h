#pragma once

#include "redaksi-document.h"
#include "redaksi-issue.h"
#include "redaksi-inserts-private.h"
#include "redaksi-related-link.h"
#include "redaksi-report.h"

G_BEGIN_DECLS

/* One related-article insert as a scanner finds it, in bytes of the
 * buffer it scanned. [start, end) is what the cleaner removes (lines with
 * their newline, an inline insert with one adjacent space, whole HTML
 * elements); an ambiguous insert is reported and removes nothing. */
typedef struct
{
  guint      start;
  guint      end;
  gboolean   ambiguous;
  char      *marker;
  GPtrArray *titles;  /* char *, may be NULL */
  GPtrArray *urls;    /* char *, may be NULL */
} RedaksiInsert;

void     _redaksi_insert_clear        (gpointer      data);
GArray  *_redaksi_inserts_new         (void);
void     _redaksi_insert_add_title    (RedaksiInsert *insert,
                                       const char    *text,
                                       gsize          length);
void     _redaksi_insert_add_url      (RedaksiInsert *insert,
                                       const char    *text,
                                       gsize          length);
/* Every insert of @document, ambiguous ones included, sorted; offsets
 * in the source (which is the text for plain text). NULL with @error
 * set when @cancellable fired. */
GArray  *_redaksi_inserts_find        (RedaksiDocument  *document,
                                       GCancellable     *cancellable,
                                       GError          **error);
/* The removable (or, with @ambiguous, the ambiguous) inserts as links. */
GPtrArray *_redaksi_inserts_to_links  (RedaksiDocument *document,
                                       GArray          *inserts,
                                       gboolean         ambiguous);

/* Line and inline inserts of plain text, in one linear pass. */
void     _redaksi_scan_text           (const char    *text,
                                       gsize          length,
                                       GArray        *inserts);
/* Inserts of an HTML page: elements by class, id and structure, then
 * inline `(Baca juga: …)` runs whose markup stays balanced. */
void     _redaksi_scan_html           (RedaksiDocument *document,
                                       GArray          *inserts);
/* The same, stopping soon after @cancellable fires: FALSE then, and
 * @inserts are incomplete. */
gboolean _redaksi_scan_text_cancellable (const char      *text,
                                         gsize            length,
                                         GArray          *inserts,
                                         GCancellable    *cancellable);
/* The same inserts, their titles and links left out (NULL): for a
 * reader that needs only where they are. */
gboolean _redaksi_scan_text_bare      (const char      *text,
                                       gsize            length,
                                       GArray          *inserts,
                                       GCancellable    *cancellable);
gboolean _redaksi_scan_html_cancellable (RedaksiDocument *document,
                                         GArray          *inserts,
                                         GCancellable    *cancellable);

gboolean _redaksi_text_is_marker      (const char    *s,
                                       gsize          length,
                                       gsize         *marker_start,
                                       gsize         *marker_end);

/* Is [start, end) of @source well-nested markup? */
gboolean _redaksi_html_span_balanced  (const char    *source,
                                       gsize          start,
                                       gsize          end);

RedaksiRelatedLink *_redaksi_related_link_new (RedaksiDocument     *document,
                                               const RedaksiInsert *insert);
gboolean            _redaksi_related_link_is_ambiguous (RedaksiRelatedLink *self);
void                _redaksi_related_link_get_text_span (RedaksiRelatedLink *self,
                                                         guint              *start,
                                                         guint              *end);

/* The `related-link-ambiguous` finding of an insert with @marker. */
RedaksiIssue       *_redaksi_related_link_ambiguous_issue (const char         *marker,
                                                           const RedaksiRange *range);

/* The inserts of @document (removable or ambiguous) found afresh, for
 * a tagger run outside an analyzer. NULL when @cancellable fired. */
RedaksiInsertTable *_redaksi_insert_table_find (RedaksiDocument  *document,
                                                GCancellable     *cancellable,
                                                GError          **error);

G_END_DECLS
