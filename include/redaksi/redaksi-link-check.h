#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <glib-object.h>

#include "redaksi-version-macros.h"

G_BEGIN_DECLS

/**
 * RedaksiLinkCheckStatus:
 * @REDAKSI_LINK_CHECK_OK: the server answered with a 2xx status
 * @REDAKSI_LINK_CHECK_BROKEN: the server answered with a 4xx or 5xx status
 * @REDAKSI_LINK_CHECK_FAILED: no answer: the name did not resolve, the
 *   connection failed or timed out, or there were too many redirects
 * @REDAKSI_LINK_CHECK_REFUSED: not checked: the address is not HTTP(S),
 *   or it (or a redirect) points at a loopback, private or link-local
 *   address and the checker was not allowed to go there
 *
 * What checking one link came to.
 */
typedef enum
{
  REDAKSI_LINK_CHECK_OK,
  REDAKSI_LINK_CHECK_BROKEN,
  REDAKSI_LINK_CHECK_FAILED,
  REDAKSI_LINK_CHECK_REFUSED,
} RedaksiLinkCheckStatus;

#define REDAKSI_TYPE_LINK_CHECK (redaksi_link_check_get_type ())

REDAKSI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (RedaksiLinkCheck, redaksi_link_check, REDAKSI, LINK_CHECK, GObject)

REDAKSI_AVAILABLE_IN_ALL
const char             *redaksi_link_check_get_url         (RedaksiLinkCheck *self);
REDAKSI_AVAILABLE_IN_ALL
RedaksiLinkCheckStatus  redaksi_link_check_get_status      (RedaksiLinkCheck *self);
REDAKSI_AVAILABLE_IN_ALL
guint                   redaksi_link_check_get_http_status (RedaksiLinkCheck *self);
REDAKSI_AVAILABLE_IN_ALL
const char             *redaksi_link_check_get_final_url   (RedaksiLinkCheck *self);
REDAKSI_AVAILABLE_IN_ALL
guint                   redaksi_link_check_get_redirects   (RedaksiLinkCheck *self);
REDAKSI_AVAILABLE_IN_ALL
const char             *redaksi_link_check_get_message     (RedaksiLinkCheck *self);

G_END_DECLS
