#pragma once

#include <QString>

class QCoreApplication;

namespace loket {

// Loket speaks Indonesian unless told otherwise: source strings are English, and the
// Indonesian translation is compiled in. `language` is "id" or "en"; empty means the
// LOKET_LANG environment variable, else Indonesian.
void installTranslations(QCoreApplication& application, const QString& language = QString());

QString chosenLanguage(const QString& language);

} // namespace loket
