#include "WorkstationSettings.h"

#include <QSettings>

namespace loket::ui {
namespace {

const QString kLanguage = QStringLiteral("interface/language");
const QString kIdleLock = QStringLiteral("interface/idleLockMinutes");
const QString kReceiptPaper = QStringLiteral("printing/receiptPaper");
const QString kCsvSeparator = QStringLiteral("export/csvSeparator");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowMaximised = QStringLiteral("window/maximised");
const QString kDatabaseLocation = QStringLiteral("database/location");

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

QString WorkstationSettings::databaseLocation() const
{
    return m_settings->value(kDatabaseLocation).toString();
}

void WorkstationSettings::setDatabaseLocation(const QString& location)
{
    m_settings->setValue(kDatabaseLocation, location);
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

std::optional<WindowPlacement> WorkstationSettings::windowPlacement() const
{
    const QRect geometry = m_settings->value(kWindowGeometry).toRect();
    if (!geometry.isValid())
        return std::nullopt;
    return WindowPlacement { geometry, m_settings->value(kWindowMaximised).toBool() };
}

void WorkstationSettings::setWindowPlacement(const WindowPlacement& placement)
{
    m_settings->setValue(kWindowGeometry, placement.geometry);
    m_settings->setValue(kWindowMaximised, placement.maximised);
}

} // namespace loket::ui
