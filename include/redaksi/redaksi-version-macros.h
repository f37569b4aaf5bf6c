#pragma once

#if !defined(REDAKSI_INSIDE) && !defined(REDAKSI_COMPILATION)
# error "Only <redaksi/redaksi.h> can be included directly."
#endif

#include <glib.h>

#ifndef _REDAKSI_EXTERN
# define _REDAKSI_EXTERN extern
#endif

#define REDAKSI_AVAILABLE_IN_ALL _REDAKSI_EXTERN
