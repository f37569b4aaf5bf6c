#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Data compiled into the library (data/redaksi.gresource.xml), looked up
 * through the resource itself so static links keep it too. Paths are
 * relative to /id/redaksi/, e.g. "lexicon/units.tsv". */
GBytes *_redaksi_lookup_resource (const char  *path,
                                  GError     **error);

G_END_DECLS
