#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <glib.h>

#include "redaksi-version-macros.h"

G_BEGIN_DECLS

/**
 * REDAKSI_ERROR:
 *
 * The error domain of redaksi. Errors in it use codes from #RedaksiError.
 */
#define REDAKSI_ERROR (redaksi_error_quark ())

/**
 * RedaksiError:
 * @REDAKSI_ERROR_INVALID_UTF8: the input is not valid UTF-8; the message
 *   names the byte offset of the first bad byte
 * @REDAKSI_ERROR_EMBEDDED_NUL: the input contains a NUL byte; the message
 *   names its byte offset
 * @REDAKSI_ERROR_INVALID_HTML: the HTML input could not be parsed into a
 *   document
 * @REDAKSI_ERROR_TOO_LARGE: the input is larger than redaksi can index
 *   (4 GiB)
 * @REDAKSI_ERROR_INVALID_DATA: a data file (gazetteer, lexicon, model) is
 *   malformed; the message names the file and line
 * @REDAKSI_ERROR_FETCH: a resource given by URL could not be fetched
 * @REDAKSI_ERROR_TOO_DEEP: the HTML input nests elements deeper than
 *   redaksi reads (512 levels); the message names the byte offset of the
 *   start tag that went over
 * @REDAKSI_ERROR_TOO_COMPLEX: an element of the HTML input has more
 *   attributes than redaksi reads (1,000), or the input as a whole has far
 *   more than any page; the message names the byte offset of the start
 *   tag that went over
 *
 * Error codes in the %REDAKSI_ERROR domain. New codes may be added.
 */
typedef enum
{
  REDAKSI_ERROR_INVALID_UTF8,
  REDAKSI_ERROR_EMBEDDED_NUL,
  REDAKSI_ERROR_INVALID_HTML,
  REDAKSI_ERROR_TOO_LARGE,
  REDAKSI_ERROR_INVALID_DATA,
  REDAKSI_ERROR_FETCH,
  REDAKSI_ERROR_TOO_DEEP,
  REDAKSI_ERROR_TOO_COMPLEX,
} RedaksiError;

REDAKSI_AVAILABLE_IN_ALL
GQuark redaksi_error_quark (void);

G_END_DECLS
