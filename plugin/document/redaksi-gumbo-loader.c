/* redaksi-gumbo-loader.c: libgumbo, opened at the first HTML document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <dlfcn.h>
#include <glib.h>
#include <gumbo.h>
#include <stdlib.h>

/* Plain text never needs an HTML parser, and libgumbo was one shared
 * object more for the dynamic loader to map and relocate at every start
 * of every process. The library is not linked with it: these hidden
 * definitions of the gumbo functions it uses stand in for gumbo's own
 * and open libgumbo on the first call. */

typedef struct
{
  GumboOutput    *(*parse_with_options) (const GumboOptions *options,
                                         const char         *buffer,
                                         size_t              length);
  void            (*destroy_output)     (const GumboOptions *options,
                                         GumboOutput        *output);
  GumboTag        (*tagn_enum)          (const char         *name,
                                         unsigned int        length);
  GumboAttribute *(*get_attribute)      (const GumboVector  *attributes,
                                         const char         *name);
} GumboFunctions;

static void *
allocate (void   *userdata,
          size_t  size)
{
  return malloc (size);
}

static void
deallocate (void *userdata,
            void *pointer)
{
  free (pointer);
}

/* gumbo's own defaults (its parser.c): malloc and free, tab stops of 8,
 * no error limit, a whole document rather than a fragment. */
const GumboOptions kGumboDefaultOptions = {
  allocate, deallocate, NULL, 8, false, -1, GUMBO_TAG_LAST, GUMBO_NAMESPACE_HTML
};

static gpointer
find (void       *handle,
      const char *name)
{
  gpointer symbol = dlsym (handle, name);

  /* An installation without its libgumbo, as one without any other
   * library it needs: nothing a caller could do about it. */
  if (symbol == NULL)
    g_error ("%s: %s", REDAKSI_GUMBO_SONAME, dlerror ());
  return symbol;
}

/* By its soname, through the usual search path (never the current
 * folder), and never closed: gumbo's nodes outlive any one call. */
static GumboFunctions *
open_gumbo (void)
{
  GumboFunctions *functions = g_new0 (GumboFunctions, 1);
  void *handle = dlopen (REDAKSI_GUMBO_SONAME, RTLD_LAZY | RTLD_LOCAL);

  if (handle == NULL)
    g_error ("%s", dlerror ());
  functions->parse_with_options = find (handle, "gumbo_parse_with_options");
  functions->destroy_output = find (handle, "gumbo_destroy_output");
  functions->tagn_enum = find (handle, "gumbo_tagn_enum");
  functions->get_attribute = find (handle, "gumbo_get_attribute");
  return functions;
}

static const GumboFunctions *
gumbo (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    g_once_init_leave (&once, (gsize) open_gumbo ());
  return (const GumboFunctions *) once;
}

GumboOutput *
gumbo_parse_with_options (const GumboOptions *options,
                          const char         *buffer,
                          size_t              length)
{
  return gumbo ()->parse_with_options (options, buffer, length);
}

void
gumbo_destroy_output (const GumboOptions *options,
                      GumboOutput        *output)
{
  gumbo ()->destroy_output (options, output);
}

GumboTag
gumbo_tagn_enum (const char   *name,
                 unsigned int  length)
{
  return gumbo ()->tagn_enum (name, length);
}

GumboAttribute *
gumbo_get_attribute (const GumboVector *attributes,
                     const char        *name)
{
  return gumbo ()->get_attribute (attributes, name);
}
