#pragma once

#include "redaksi.h"

G_BEGIN_DECLS

/* A file of ../shared, or NULL after g_test_skip() when it is absent. */
char            *redaksi_test_shared_path   (const char *first_part,
                                             ...) G_GNUC_NULL_TERMINATED;
/* An example article of data/examples. */
char            *redaksi_test_example_path     (const char *name);
RedaksiDocument *redaksi_test_load_document (const char *path,
                                             gboolean    is_html);
char            *redaksi_test_token_text    (RedaksiDocument *document,
                                             guint            index);
/* The texts of the development set's articles (tests/devset/articles),
 * in the order of their names. */
GPtrArray       *redaksi_test_devset_texts    (void);
/* Every entity of @entities written @text has @canonical and @type;
 * there is one at least. */
void             redaksi_test_assert_mentions (GPtrArray         *entities,
                                               const char        *text,
                                               const char        *canonical,
                                               RedaksiEntityType  type);

/* @node written by json-glib's generator, the reference for the
 * project's own JSON writer. */
char            *redaksi_test_json_generate   (JsonNode          *node,
                                               gboolean           pretty);

G_END_DECLS
