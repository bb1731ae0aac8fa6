#pragma once

#include "CaseModel.h"

class QSqlRecord;

namespace loket {

// A case summary is read by several queries (lists of cases, worklists): one function maps
// its row, by column name, and one constant lists the columns it reads.

// The columns caseSummaryFromRow reads, over `cases c` left-joined to `persons p` and
// `organisations o` (CaseQueries, Worklist).
extern const char* const kCaseSummaryColumns;
CaseSummary caseSummaryFromRow(const QSqlRecord& row);

} // namespace loket
