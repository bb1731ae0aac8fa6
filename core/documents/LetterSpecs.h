#pragma once

#include "LetterData.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace loket {

// A paragraph of a mapping, printed only when its condition holds: "renewal", "new",
// "organisation", "person", "documents" (the checklist has received items), or always when
// empty.
struct LetterParagraph
{
    QString text;
    QString when;
};

// How one document of one service reads: its template and its service-specific wording. See
// docs/letter-templates.md for the file and every key.
struct LetterSpec
{
    QString type; // "recommendation", "rejection", …
    QString templateKey;
    QString title, subject, nature, addressee, addresseePlace, closing, issuer;
    int attachments = 0;
    bool details = true;
    QList<LetterParagraph> opening, body, decisions;
    QStringList considering, observing, items, carbonCopies;
    std::optional<LetterSigner> signer; // none: the head of office signs
    QStringList initials; // positions of the paraf rows; empty: the office's default
    bool handover = false; // minutes: a handover section
    bool handoverFromApplicant = false;
    QStringList handoverItems;
};

// The mapping of every service to its documents: resources/templates/letters/services.json,
// compiled in; an office replaces it with letters/services.json in its template folder.
class LetterSpecs
{
    Q_DECLARE_TR_FUNCTIONS(loket::LetterSpecs)
public:
    // The built-in mapping (which must be valid; tests see to that).
    static LetterSpecs builtIn();
    // The office's own mapping from `overrideDirectory`/letters/services.json when there is one
    // and it is valid; otherwise the built-in one, with the override's errors in `errors`.
    static LetterSpecs load(const QString& overrideDirectory, QStringList* errors);
    // Parses and checks a mapping; every error is listed with its JSON path.
    static std::optional<LetterSpecs> fromJson(const QByteArray& json, QStringList* errors);

    QStringList serviceCodes() const;
    // The type printed for a case by default (its product), or empty for an unknown service.
    QString productType(const QString& serviceCode) const;
    // Every type a service can print: its own, then the common ones open to it.
    QStringList types(const QString& serviceCode) const;
    // The wording of `type` for the service, with the renewal variant applied for a renewal.
    std::optional<LetterSpec> spec(const QString& serviceCode, const QString& type,
                                   bool renewal) const;

    // The office's default paraf rows and its own placeholders ({{regionHead}}, {{province}}…).
    QStringList initials(const QString& officeId) const;
    QHash<QString, QString> placeholders(const QString& officeId) const;

private:
    QJsonObject rawSpec(const QString& serviceCode, const QString& type) const;
    static LetterSpec parse(const QString& type, const QJsonObject& object, const QString& path,
                            QStringList* errors);
    // The spec with its "renewal" keys applied (renewal) or dropped.
    static QJsonObject withRenewal(QJsonObject object, bool renewal);

    QJsonObject m_offices, m_common, m_services;
};

} // namespace loket
