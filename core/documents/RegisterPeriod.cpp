#include "RegisterPeriod.h"

#include "IndonesianText.h"
#include "SqlValues.h"

#include <QRegularExpression>

namespace loket {

RegisterPeriod::RegisterPeriod(Kind kind, const QDate& first)
    : m_kind(kind)
    , m_first(first)
{
}

RegisterPeriod RegisterPeriod::day(const QDate& date)
{
    return RegisterPeriod(Kind::Day, date);
}

RegisterPeriod RegisterPeriod::month(int year, int month)
{
    return RegisterPeriod(Kind::Month, QDate(year, month, 1));
}

RegisterPeriod RegisterPeriod::year(int year)
{
    return RegisterPeriod(Kind::Year, QDate(year, 1, 1));
}

std::optional<RegisterPeriod> RegisterPeriod::parse(const QString& text, QString* errorMessage)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    RegisterPeriod period;
    if (match.hasMatch()) {
        const int year = match.captured(1).toInt();
        if (match.captured(3).size() == 2)
            period = day(QDate(year, match.captured(2).toInt(), match.captured(3).toInt()));
        else if (match.captured(2).size() == 2)
            period = month(year, match.captured(2).toInt());
        else
            period = RegisterPeriod::year(year);
    }
    if (!period.isValid() || period.m_first.year() < 1900 || period.m_first.year() > 9998) {
        *errorMessage = tr("\"%1\" is not a day (YYYY-MM-DD), a month (YYYY-MM) or a year "
                           "(YYYY).")
                            .arg(text);
        return std::nullopt;
    }
    return period;
}

QDate RegisterPeriod::end() const
{
    switch (m_kind) {
    case Kind::Day:
        return m_first.addDays(1);
    case Kind::Month:
        return m_first.addMonths(1);
    case Kind::Year:
        return m_first.addYears(1);
    }
    return m_first;
}

QString RegisterPeriod::key() const
{
    switch (m_kind) {
    case Kind::Day:
        return m_first.toString(Qt::ISODate);
    case Kind::Month:
        return m_first.toString(QStringLiteral("yyyy-MM"));
    case Kind::Year:
        return QString::number(m_first.year());
    }
    return {};
}

QString RegisterPeriod::phrase() const
{
    switch (m_kind) {
    case Kind::Day:
        return QStringLiteral("tanggal ") + text::longDate(m_first);
    case Kind::Month:
        return QStringLiteral("bulan ") + text::longDate(m_first).section(QLatin1Char(' '), 1);
    case Kind::Year:
        return QStringLiteral("tahun ") + QString::number(m_first.year());
    }
    return {};
}

QString RegisterPeriod::heading() const
{
    return phrase().toUpper();
}

QString RegisterPeriod::storedFrom(const QTimeZone& zone) const
{
    return storedTime(QDateTime(m_first, QTime(0, 0), zone));
}

QString RegisterPeriod::storedTo(const QTimeZone& zone) const
{
    return storedTime(QDateTime(end(), QTime(0, 0), zone));
}

} // namespace loket
