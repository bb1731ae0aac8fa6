// loketctl verify CODE: was this paper issued by the office, when, by whom, with what content?
#include "Commands.h"
#include "IndonesianText.h"
#include "IssuedDocuments.h"
#include "LetterRenderer.h"
#include "OfficeContext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocument>
#include <QTimeZone>

namespace loket::ctl {

VerifyCommand::VerifyCommand()
    : Command({ "verify",
                QT_TRANSLATE_NOOP("loketctl",
                                  "checks an issued document by its verification "
                                  "code"),
                { QT_TRANSLATE_NOOP("loketctl", "CODE [--db PATH] [--json] [--pdf OUT]") },
                { option::db,
                  option::json,
                  { "pdf", QT_TRANSLATE_NOOP("loketctl", "OUT"),
                    QT_TRANSLATE_NOOP("loketctl",
                                      "write the document as it was issued to this "
                                      "file") } } })
{
}

int VerifyCommand::execute(const Arguments& args, Output& io) const
{
    QString error;
    if (args.positional().size() != 1)
        return usageError(io);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const QString code = args.positional().first();
    const std::optional<StoredDocument> document
        = IssuedDocuments(office->database).byCode(code, &error);
    if (!error.isEmpty()) { // unknown, not "not issued"
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    if (!document) {
        io.err << Text::tr("No document with the verification code %1 was issued by %2.")
                      .arg(code, office->catalog.office.name)
               << Qt::endl;
        return InvalidInput;
    }
    const QDateTime issued
        = document->issuedAt.toTimeZone(timeZoneFromName(office->catalog.office.timeZone));
    QTextDocument text;
    text.setHtml(document->content);
    if (args.has(QStringLiteral("json"))) {
        const QJsonObject json { { QStringLiteral("code"), document->verificationCode },
                                 { QStringLiteral("number"), document->number },
                                 { QStringLiteral("type"), document->documentType },
                                 { QStringLiteral("case"), document->caseNumber },
                                 { QStringLiteral("issuedAt"), issued.toString(Qt::ISODate) },
                                 { QStringLiteral("signedBy"), document->issuedByName },
                                 { QStringLiteral("contentHash"), document->contentHash },
                                 { QStringLiteral("intact"), document->intact() },
                                 { QStringLiteral("text"), text.toPlainText() } };
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        io.out << Text::tr("issued by %1").arg(office->catalog.office.name) << Qt::endl
               << Text::tr("number: %1").arg(document->number) << Qt::endl
               << Text::tr("case: %1").arg(document->caseNumber) << Qt::endl
               << Text::tr("signed: %1, %2 by %3")
                      .arg(text::longDate(issued.date()),
                           issued.time().toString(QStringLiteral("HH.mm")), document->issuedByName)
               << Qt::endl
               << (document->intact()
                       ? Text::tr("content: intact (SHA-256 %1)").arg(document->contentHash)
                       : Text::tr("content: ALTERED — it no longer matches its hash"))
               << Qt::endl;
    }
    if (args.has(QStringLiteral("pdf"))
        && !LetterRenderer().writePdf(document->content, args.option(QStringLiteral("pdf")),
                                      &error)) {
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    return document->intact() ? Success : InvalidInput;
}

} // namespace loket::ctl
