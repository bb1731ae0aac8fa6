#include "WorkstationSettings.h"

#include <QSettings>

namespace loket::ui {
namespace {

const QString kLanguage = QStringLiteral("interface/language");
const QString kIdleLock = QStringLiteral("interface/idleLockMinutes");
const QString kReceiptPaper = QStringLiteral("printing/receiptPaper");
const QString kCsvSeparator = QStringLiteral("export/csvSeparator");

} // namespace

WorkstationSettings::WorkstationSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

WorkstationSettings::WorkstationSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

WorkstationSettings::~WorkstationSettings() = default;

QString WorkstationSettings::language() const
{
    return m_settings->value(kLanguage).toString() == QLatin1String("en") ? QStringLiteral("en")
                                                                          : QStringLiteral("id");
}

void WorkstationSettings::setLanguage(const QString& language)
{
    m_settings->setValue(
        kLanguage, language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id"));
}

int WorkstationSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(kIdleLock, DefaultIdleLockMinutes).toInt(&ok);
    return ok ? qBound(0, minutes, MaximumIdleLockMinutes) : DefaultIdleLockMinutes;
}

void WorkstationSettings::setIdleLockMinutes(int minutes)
{
    m_settings->setValue(kIdleLock, qBound(0, minutes, MaximumIdleLockMinutes));
}

DocumentRenderer::PageSize WorkstationSettings::receiptPageSize() const
{
    return m_settings->value(kReceiptPaper).toString() == QLatin1String("A5")
        ? DocumentRenderer::A5
        : DocumentRenderer::A4;
}

void WorkstationSettings::setReceiptPageSize(DocumentRenderer::PageSize size)
{
    m_settings->setValue(
        kReceiptPaper, size == DocumentRenderer::A5 ? QStringLiteral("A5") : QStringLiteral("A4"));
}

void WorkstationSettings::sync()
{
    m_settings->sync();
}

QChar WorkstationSettings::csvSeparator() const
{
    return m_settings->value(kCsvSeparator).toString() == QLatin1String(",") ? QLatin1Char(',')
                                                                             : QLatin1Char(';');
}

void WorkstationSettings::setCsvSeparator(QChar separator)
{
    m_settings->setValue(kCsvSeparator, QString(separator == QLatin1Char(',') ? u',' : u';'));
}

} // namespace loket::ui
