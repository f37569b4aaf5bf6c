#pragma once

#include "redaksi-link-check.h"

G_BEGIN_DECLS

RedaksiLinkCheck *_redaksi_link_check_new    (const char             *url);
void              _redaksi_link_check_finish (RedaksiLinkCheck       *self,
                                              RedaksiLinkCheckStatus  status,
                                              guint                   http_status,
                                              const char             *final_url,
                                              guint                   redirects,
                                              const char             *message);

G_END_DECLS
