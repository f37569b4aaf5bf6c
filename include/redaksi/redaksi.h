#pragma once

#define REDAKSI_INSIDE

#include "redaksi-version.h"
#include "redaksi-version-macros.h"

#include "redaksi-analysis-flags.h"
#include "redaksi-analyzer.h"
#include "redaksi-document.h"
#include "redaksi-enums.h"
#include "redaksi-error.h"
#include "redaksi-issue.h"
#include "redaksi-quote.h"
#include "redaksi-quote-checker.h"
#include "redaksi-quote-difference.h"
#include "redaksi-range.h"
#include "redaksi-report.h"
#include "redaksi-result.h"
#include "redaksi-token.h"

#undef REDAKSI_INSIDE
