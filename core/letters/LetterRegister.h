#pragma once

#include "Database.h"
#include "LetterNumbering.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace loket {

// The outgoing-letter register (buku agenda surat keluar) as issued letters filled it.
class LetterRegister
{
    Q_DECLARE_TR_FUNCTIONS(loket::LetterRegister)
public:
    explicit LetterRegister(Database& database);

    // The letters dated in one month (the office's local dates), by register and serial;
    // an empty `registerKey` gives every register.
    QList<Letter> month(int year, int month, const QString& registerKey,
                        QString* errorMessage) const;
    // The letters dated from `first` up to the day before `end`, ordered as month().
    QList<Letter> between(const QDate& first, const QDate& end, const QString& registerKey,
                          QString* errorMessage) const;
    // The letters issued for a case, by register and serial.
    QList<Letter> ofCase(qint64 caseId, QString* errorMessage) const;
    // Empty (and no error) when there is no such letter.
    std::optional<Letter> find(const QString& number, QString* errorMessage) const;

private:
    QList<Letter> select(const QString& condition, const QVariantMap& values,
                         QString* errorMessage) const;

    Database& m_database;
};

} // namespace loket
