#pragma once

#include <libsoup/soup.h>
#include <redaksi/redaksi.h>

G_BEGIN_DECLS

typedef struct
{
  const char *address;       /* 127.0.0.1 unless told otherwise */
  guint       port;          /* 0: any free port */
  const char *origin;        /* NULL: no CORS headers */
  gsize       max_body;      /* bytes; larger bodies get 413 */
  guint       max_inflight;  /* requests queued or running; more get 503 */
  guint       timeout;       /* seconds for one analysis; 0: none */
  guint       jobs;          /* worker threads */
  RedaksiAnalyzer *analyzer; /* every request's; NULL: the default */
  const char *web_root;      /* the editor page's folder; NULL: the default */
} RedaksiServerOptions;

typedef struct _RedaksiServer RedaksiServer;

RedaksiServer *redaksi_server_new      (const RedaksiServerOptions  *options,
                                        GError                     **error);
char          *redaksi_server_get_url  (RedaksiServer               *self);
void           redaksi_server_free     (RedaksiServer               *self);

/* LanguageTool's answer for the issues of a report (in redaksi-lt.c). */
JsonNode      *redaksi_lt_check_answer (RedaksiReport               *report,
                                        const char                  *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedaksiServer, redaksi_server_free)

G_END_DECLS
