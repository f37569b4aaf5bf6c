#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <glib-object.h>

#include "redaksi-range.h"
#include "redaksi-version-macros.h"

G_BEGIN_DECLS

/**
 * RedaksiSeverity:
 * @REDAKSI_SEVERITY_INFO: worth knowing; nothing to fix
 * @REDAKSI_SEVERITY_WARNING: probably wrong; an editor should look
 * @REDAKSI_SEVERITY_ERROR: wrong; must be fixed before publication
 *
 * How serious a finding is. The values are ordered.
 */
typedef enum
{
  REDAKSI_SEVERITY_INFO,
  REDAKSI_SEVERITY_WARNING,
  REDAKSI_SEVERITY_ERROR,
} RedaksiSeverity;

#define REDAKSI_TYPE_ISSUE (redaksi_issue_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiIssue, redaksi_issue, REDAKSI, ISSUE, GObject)

REDAKSI_AVAILABLE_IN_ALL
RedaksiIssue       *redaksi_issue_new              (const char         *code,
                                                    RedaksiSeverity     severity,
                                                    const char         *message,
                                                    const RedaksiRange *range,
                                                    const char * const *replacements);
REDAKSI_AVAILABLE_IN_ALL
const char         *redaksi_issue_get_code         (RedaksiIssue       *self);
REDAKSI_AVAILABLE_IN_ALL
RedaksiSeverity     redaksi_issue_get_severity     (RedaksiIssue       *self);
REDAKSI_AVAILABLE_IN_ALL
const char         *redaksi_issue_get_message      (RedaksiIssue       *self);
REDAKSI_AVAILABLE_IN_ALL
const RedaksiRange *redaksi_issue_get_range        (RedaksiIssue       *self);
REDAKSI_AVAILABLE_IN_ALL
const char * const *redaksi_issue_get_replacements (RedaksiIssue       *self);

G_END_DECLS
