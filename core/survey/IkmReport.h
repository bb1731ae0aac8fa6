#pragma once

#include "Catalog.h"
#include "Database.h"
#include "SatisfactionIndex.h"
#include "SurveyStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <array>
#include <optional>

namespace loket {

// The IKM report of a period (PermenPANRB 14/2017): per element U1–U9 the total of the
// answers, the NRR and the NRR weighted; their sum (the unit's IKM), ×25, the grade; the
// respondents; which weight was used; and a line per service with the office's total. The
// application, loketctl and the printed document all take their figures from build().
class IkmReport
{
    Q_DECLARE_TR_FUNCTIONS(loket::IkmReport)
public:
    struct ServiceLine
    {
        QString code;
        QString name;
        SatisfactionIndex::Result result;
    };
    struct Data
    {
        QDate from, to;
        QString serviceCode; // empty: every service
        QString serviceName;
        SatisfactionIndex::Weight weight = SatisfactionIndex::Weight::NinthExact;
        SatisfactionIndex::Result result; // of the period (and service)
        std::array<int, SatisfactionIndex::ElementCount> totals {}; // sum of answers per element
        QList<ServiceLine> services; // each service with respondents, by code
        QStringList suggestions; // the respondents' suggestions, as written, oldest first

        double weighted(int element) const; // NRR × weight
    };

    // Reads the responses and the office's weight setting. Refuses a reversed period or an
    // unknown service.
    static std::optional<Data> build(Database& database, const Catalog& catalog, const QDate& from,
                                     const QDate& to, const QString& serviceCode,
                                     QString* errorMessage);
    // The same with a weight given and the responses already read.
    static Data compute(const QList<SurveyResponse>& responses, const Catalog& catalog,
                        const QDate& from, const QDate& to, const QString& serviceCode,
                        SatisfactionIndex::Weight weight);

    // "Bobot: 1/9 (0,111…) …" or "Bobot: 0,11 sebagaimana tercantum dalam PermenPANRB 14/2017 …"
    static QString weightLine(SatisfactionIndex::Weight weight);
    // Indonesian decimals as reports print them: 3,250 (decimals digits, comma).
    static QString decimal(double value, int decimals);
    // "1 Januari 2024 s.d. 31 Maret 2024"
    static QString periodText(const QDate& from, const QDate& to);

    // The printable report, formal Indonesian, A4 portrait (SurveyDocument prints it).
    static QString html(const Office& office, const Data& data, const QDate& printedOn);
    // The same figures for loketctl --json: unrounded numbers, and the converted value as
    // graded (two decimals).
    static QJsonObject json(const Data& data);
};

} // namespace loket
