#include "CaseReportData.h"

#include "IndonesianText.h"
#include "WorkingCalendar.h"

#include <QRegularExpression>
#include <algorithm>

namespace loket {

std::optional<ReportPeriod> ReportPeriod::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})(?:-(\\d{2}))?$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const ReportPeriod period
        = match.captured(2).isEmpty() ? ofYear(year) : ofMonth(year, match.captured(2).toInt());
    return period.isValid() ? std::optional<ReportPeriod>(period) : std::nullopt;
}

bool ReportPeriod::isValid() const
{
    if (year < 1900 || year > 9999)
        return false;
    return kind == Kind::Year ? month == 0 : month >= 1 && month <= 12;
}

QDate ReportPeriod::firstDay() const
{
    return QDate(year, kind == Kind::Year ? 1 : month, 1);
}

QDate ReportPeriod::endDay() const
{
    return kind == Kind::Year ? firstDay().addYears(1) : firstDay().addMonths(1);
}

QString ReportPeriod::key() const
{
    return kind == Kind::Year
        ? QString::number(year)
        : QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
}

QString ReportPeriod::title() const
{
    return kind == Kind::Year ? QStringLiteral("TAHUN %1").arg(year)
                              : QStringLiteral("BULAN %1").arg(label().toUpper());
}

QString ReportPeriod::label() const
{
    if (kind == Kind::Year)
        return QStringLiteral("Tahun %1").arg(year);
    // "1 November 2026" → "November 2026"
    return text::longDate(firstDay()).section(QLatin1Char(' '), 1);
}

QDate ReportPeriod::chartFirstMonth() const
{
    return kind == Kind::Year ? firstDay() : firstDay().addMonths(-11);
}

std::optional<double> ReportFigures::onTimePercent() const
{
    if (completed == 0)
        return std::nullopt;
    return 100.0 * onTime / completed;
}

std::optional<double> ReportFigures::medianDays() const
{
    if (completionDays.isEmpty())
        return std::nullopt;
    QList<int> days = completionDays;
    std::sort(days.begin(), days.end());
    const qsizetype middle = days.size() / 2;
    if (days.size() % 2 == 1)
        return days.at(middle);
    return (days.at(middle - 1) + days.at(middle)) / 2.0;
}

void ReportFigures::add(const ReportFigures& other)
{
    received += other.received;
    completed += other.completed;
    onTime += other.onTime;
    late += other.late;
    rejected += other.rejected;
    open += other.open;
    waiting += other.waiting;
    completionDays += other.completionDays;
}

bool ReportFigures::operator==(const ReportFigures& other) const
{
    return received == other.received && completed == other.completed && onTime == other.onTime
        && late == other.late && rejected == other.rejected && open == other.open
        && waiting == other.waiting && medianDays() == other.medianDays();
}

std::optional<double> MonthRate::percent() const
{
    if (completed == 0)
        return std::nullopt;
    return 100.0 * onTime / completed;
}

namespace report {

int workingDaysBetween(const WorkingCalendar& calendar, const QDate& from, const QDate& to)
{
    int days = 0;
    for (QDate day = from; day.isValid() && day <= to; day = day.addDays(1)) {
        if (calendar.isWorkingDay(day))
            ++days;
    }
    return days;
}

QString noDivisionName()
{
    return QStringLiteral("Layanan tanpa bidang dalam katalog");
}

namespace {
QString decimal(double value, int decimals)
{
    return QString::number(value, 'f', decimals).replace(QLatin1Char('.'), QLatin1Char(','));
}
} // namespace

QString percentText(const std::optional<double>& percent)
{
    return percent ? decimal(*percent, 1) : QStringLiteral("\u2013");
}

QString daysText(const std::optional<double>& days)
{
    if (!days)
        return QStringLiteral("\u2013");
    return *days == static_cast<int>(*days) ? QString::number(static_cast<int>(*days))
                                            : decimal(*days, 1);
}

} // namespace report

} // namespace loket
