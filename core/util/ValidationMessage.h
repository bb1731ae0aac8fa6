#pragma once

#include <QList>
#include <QString>

namespace loket {

// A finding of a validator: a stable code for programs and tests ("nik.length"),
// and a translated sentence for people that says exactly what to fix.
struct ValidationMessage
{
    QString code;
    QString text;
};

using ValidationMessages = QList<ValidationMessage>;

inline bool containsCode(const ValidationMessages& messages, const QString& code)
{
    for (const ValidationMessage& message : messages) {
        if (message.code == code)
            return true;
    }
    return false;
}

} // namespace loket
