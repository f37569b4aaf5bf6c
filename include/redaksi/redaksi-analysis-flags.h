#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * RedaksiAnalysisFlags:
 * @REDAKSI_ANALYSIS_NONE: no analysis
 * @REDAKSI_ANALYSIS_DOCUMENT: the document's shape: paragraphs, sentences,
 *   tokens, dateline (the `document` member of the JSON result)
 * @REDAKSI_ANALYSIS_RELATED_LINKS: related-article inserts (`Baca juga: …`)
 *   to remove (the `related_links` member), and `related-link-ambiguous`
 *   issues; runs before the analyses that must skip inserts
 * @REDAKSI_ANALYSIS_ENTITIES: named entities and ranked tags (the
 *   `entities` and `tags` members)
 * @REDAKSI_ANALYSIS_QUOTES: direct quotes, their speakers and cues, the
 *   quote checks, and source verification when a source is given (the
 *   `quotes` member and the `quote-*` issues)
 * @REDAKSI_ANALYSIS_ALL: every analysis the library has
 *
 * Which analyses a [class@Redaksi.Analyzer] runs. An analysis that needs
 * another one's results runs it too, but only the requested ones appear in
 * the report's JSON.
 *
 * The values are listed in the order the analyses run. They are not
 * renumbered to follow that order: hosts and saved settings hold them
 * as numbers, so a value once given keeps its meaning (`1 << 2` is
 * unused, and `ENTITIES`, which runs before `QUOTES`, keeps the higher
 * bit). New analyses take new bits.
 */
typedef enum /*< flags >*/
{
  REDAKSI_ANALYSIS_NONE          = 0,
  REDAKSI_ANALYSIS_DOCUMENT      = 1 << 0,
  REDAKSI_ANALYSIS_RELATED_LINKS = 1 << 1,
  REDAKSI_ANALYSIS_ENTITIES      = 1 << 4,
  REDAKSI_ANALYSIS_QUOTES        = 1 << 3,
  REDAKSI_ANALYSIS_ALL           = 0xffff,
} RedaksiAnalysisFlags;

G_END_DECLS
