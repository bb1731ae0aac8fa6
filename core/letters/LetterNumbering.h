#pragma once

#include "Catalog.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace loket {

// What a letter is about, before it has a number.
struct LetterDraft
{
    QString registerKey; // empty: the document type's default register
    QString documentType; // a catalog product document ("recommendation", …), "rejection", …
    qint64 caseId = 0; // 0: not about a case
    QString subject; // perihal
    QString addressee; // kepada
};

// One entry of the outgoing-letter register (buku agenda surat keluar).
struct Letter
{
    qint64 id = 0;
    QString number;
    QString registerKey;
    int year = 0;
    int serial = 0;
    QDate date; // the office's local date the number was taken
    QString documentType;
    QString classification;
    qint64 caseId = 0;
    QString caseNumber;
    QString subject;
    QString addressee;
    QDateTime issuedAt;
    qint64 issuedBy = 0;
    QString issuedByName;
    QString contentHash; // empty until the document is frozen
    QString verificationCode;
};

// Gives outgoing letters their numbers: one serial per register and year, without gaps or
// duplicates, and records each in the register. Patterns (per register) and classification
// codes (per document type) are settings in the database with defaults.
class LetterNumbering
{
    Q_DECLARE_TR_FUNCTIONS(loket::LetterNumbering)
public:
    LetterNumbering(Database& database, const Office& office);

    static QStringList documentTypes();
    static bool isDocumentType(const QString& type);
    static QString defaultClassification(const QString& documentType);
    static QString defaultRegister(const QString& documentType);
    static QString defaultPattern(const QString& registerKey);
    static bool isRegisterKey(const QString& key);
    // "Surat Keputusan" for "sk": the register's name on the printed register.
    static QString registerTitle(const QString& registerKey);
    // "Rekomendasi" for "recommendation": the document type in the printed register.
    static QString documentTypeTitle(const QString& documentType);

    QString pattern(const QString& registerKey, QString* errorMessage) const;
    QString classification(const QString& documentType, QString* errorMessage) const;
    // Each change is one transaction with its audit entry. userId 0: the system.
    bool setPattern(const QString& registerKey, const QString& pattern, qint64 userId,
                    QString* errorMessage);
    bool setClassification(const QString& documentType, const QString& code, qint64 userId,
                           QString* errorMessage);

    // Takes the next number of the register and enters the letter in the register, with its
    // audit entry, inside the caller's transaction: a rolled-back transaction gives the number
    // back. Begin that transaction with WriteTransaction so that a second workstation waits for
    // the lock instead of failing. On failure returns nothing; the caller must roll back.
    std::optional<Letter> issueWithinTransaction(const LetterDraft& draft, qint64 userId,
                                                 const QDateTime& now, QString* errorMessage);
    // The same in a transaction of its own.
    std::optional<Letter> issue(const LetterDraft& draft, qint64 userId, const QDateTime& now,
                                QString* errorMessage);

    // Records the frozen document's content hash and verification code, once; inside the
    // caller's transaction (with its audit entry).
    bool freezeWithinTransaction(qint64 letterId, const QString& contentHash,
                                 const QString& verificationCode, qint64 userId,
                                 QString* errorMessage);

private:
    // The register a draft is entered in, or empty with `errorMessage` when the draft is unfit.
    QString registerOf(const LetterDraft& draft, QString* errorMessage) const;
    int takeSerial(const QString& registerKey, int year, QString* errorMessage);
    bool setSetting(const QString& key, const QString& value, const QString& what, qint64 userId,
                    QString* errorMessage);

    Database& m_database;
    Office m_office;
};

} // namespace loket
