#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* The editor page and redaksi.js of `redaksi serve` (CONTRACT §5): the
 * files of one folder, and nothing outside it. */
typedef struct _RedaksiStatic RedaksiStatic;

RedaksiStatic *redaksi_static_new          (const char        *root);
const char    *redaksi_static_get_root     (RedaksiStatic     *self);
gboolean       redaksi_static_handle       (RedaksiStatic     *self,
                                            SoupServerMessage *msg,
                                            const char        *path);
void           redaksi_static_free         (RedaksiStatic     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiStatic, redaksi_static_free)

G_END_DECLS
