#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace loket {

QString chosenLanguage(const QString& language)
{
    QString chosen = language.isEmpty() ? qEnvironmentVariable("LOKET_LANG") : language;
    return chosen == QLatin1String("en") ? chosen : QStringLiteral("id");
}

void installTranslations(QCoreApplication& application, const QString& language)
{
    if (chosenLanguage(language) == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    auto* translator = new QTranslator(&application);
    if (translator->load(QStringLiteral(":/i18n/loket_id.qm")))
        QCoreApplication::installTranslator(translator);
    else
        qWarning("Indonesian translation missing from the build; showing English.");
    // Qt ships no Indonesian for its own dialogs (print preview, print, file, message boxes).
    auto* qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(QStringLiteral(":/i18n/qt_id.qm")))
        QCoreApplication::installTranslator(qtTranslator);
    else
        qWarning("Indonesian translation of Qt's dialogs missing from the build; showing English.");
}

} // namespace loket
