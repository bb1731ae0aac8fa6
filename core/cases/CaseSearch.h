#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>
#include <optional>

namespace loket {

// A condition on cases `c` joined with their applicant `p`, with its bound values.
struct SqlCondition
{
    QString sql;
    QList<QPair<QString, QVariant>> binds;
};

// What a search text typed at the counter or in the worklist means. It may be a whole case
// number, the start of an NIK, a service code, the start of a case number, or words of a name;
// the alternatives come in that order and the first that matches any case is the answer. The
// counter tries them one by one with a limit (CaseQueries::search); the worklist ranks its
// cases by them in one query (Worklist). Every alternative reads through an index.
class CaseSearch
{
public:
    // Empty for a text that can match nothing (blank, or only punctuation).
    static QList<SqlCondition> alternatives(const QString& text);
};

} // namespace loket
