#pragma once

#include "redaksi-tool.h"

G_BEGIN_DECLS

int redaksi_clean_command (int argc, char **argv);

G_END_DECLS
