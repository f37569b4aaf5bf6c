#pragma once

#define REDAKSI_INSIDE

#include "redaksi-version.h"
#include "redaksi-version-macros.h"

#include "redaksi-analysis-flags.h"
#include "redaksi-analyzer.h"
#include "redaksi-document.h"
#include "redaksi-entity.h"
#include "redaksi-entity-type.h"
#include "redaksi-enums.h"
#include "redaksi-error.h"
#include "redaksi-gazetteer.h"
#include "redaksi-issue.h"
#include "redaksi-link-check.h"
#include "redaksi-link-checker.h"
#include "redaksi-link-cleaner.h"
#include "redaksi-quote.h"
#include "redaksi-quote-checker.h"
#include "redaksi-quote-difference.h"
#include "redaksi-range.h"
#include "redaksi-related-link.h"
#include "redaksi-report.h"
#include "redaksi-result.h"
#include "redaksi-tag.h"
#include "redaksi-tagger.h"
#include "redaksi-tagging.h"
#include "redaksi-token.h"

#undef REDAKSI_INSIDE
