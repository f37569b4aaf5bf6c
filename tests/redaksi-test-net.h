#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Every address here is on loopback: tests never send a packet further.
 *
 * The network has an "internal" host, 127.0.0.1:PORT, a raw server that
 * counts its connections and answers every request with
 * REDAKSI_TEST_INTERNAL_WORDS; a "public" host, 127.0.0.2:PORT (the same
 * port), a SoupServer that the address policy is told to treat as public;
 * and a "trickling" server on 127.0.0.2 that answers one byte every
 * 0.5 s for ever. The servers run in a thread of their own, so that a
 * blocking fetch in the test's thread is served. */
#define REDAKSI_TEST_PUBLIC_ADDRESS "127.0.0.2"
#define REDAKSI_TEST_INTERNAL_WORDS "Rahasia internal: gaji direksi naik lima puluh persen."

typedef struct _RedaksiTestNet RedaksiTestNet;

struct _RedaksiTestNet
{
  guint  port;                 /* of the internal and the public host */
  guint  trickle_body_port;    /* headers at once, then the body a byte at a time */
  guint  trickle_head_port;    /* the headers a byte at a time */
  int    internal_connections; /* atomic */
  int    public_requests;      /* atomic */
  int    loop_requests;        /* atomic */
};

/* Starts the servers and installs a resolver that answers only for the
 * names given to redaksi_test_net_map(): `public.test` (127.0.0.2),
 * `internal.test` (127.0.0.1) and `rebind.test` (127.0.0.2 on the first
 * lookup, 127.0.0.1 after) are there from the start. */
RedaksiTestNet *redaksi_test_net_start  (void);
void            redaksi_test_net_stop   (RedaksiTestNet *net);
void            redaksi_test_net_reset  (RedaksiTestNet *net);
/* @first answers the next lookup of @name, @later every one after it. */
void            redaksi_test_net_map    (const char     *name,
                                         const char     *first,
                                         const char     *later);
/* http://HOST:PORT/PATH on the internal/public port. */
char           *redaksi_test_net_url    (RedaksiTestNet *net,
                                         const char     *host,
                                         const char     *path);

G_END_DECLS
