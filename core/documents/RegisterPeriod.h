#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace loket {

// The period a register covers: one day, one calendar month or one calendar year, counted in
// the office's local time (a visitor at 23:30 WIB on 31 December belongs to that year).
class RegisterPeriod
{
    Q_DECLARE_TR_FUNCTIONS(loket::RegisterPeriod)
public:
    enum class Kind { Day, Month, Year };

    RegisterPeriod() = default;
    static RegisterPeriod day(const QDate& date);
    static RegisterPeriod month(int year, int month);
    static RegisterPeriod year(int year);
    // "2026-11-22", "2026-11" or "2026"; empty (with the reason) for anything else.
    static std::optional<RegisterPeriod> parse(const QString& text, QString* errorMessage);

    bool isValid() const { return m_first.isValid(); }
    Kind kind() const { return m_kind; }
    QDate first() const { return m_first; }
    // The first day after the period.
    QDate end() const;
    bool contains(const QDate& date) const { return date >= m_first && date < end(); }

    // "2026-11-22", "2026-11", "2026": for file names and the command line.
    QString key() const;
    // The document's heading line: "TANGGAL 22 NOVEMBER 2026", "BULAN NOVEMBER 2026",
    // "TAHUN 2026" (formal Indonesian: documents are data, not translated).
    QString heading() const;
    // The same in running text: "tanggal 22 November 2026", "bulan November 2026", "tahun 2026".
    QString phrase() const;

    // The period's bounds as stored times (UTC ISO 8601, as CaseStore writes them): rows with
    // from <= t < to lie in the period. Plain text comparison, so it works on every dialect.
    QString storedFrom(const QTimeZone& zone) const;
    QString storedTo(const QTimeZone& zone) const;

private:
    RegisterPeriod(Kind kind, const QDate& first);

    Kind m_kind = Kind::Month;
    QDate m_first;
};

} // namespace loket
