#include "VerifyDialog.h"

#include "IndonesianText.h"
#include "IssuedDocuments.h"
#include "LetterNumbering.h"
#include "LetterRenderer.h"
#include "WorkingCalendar.h"
#include "ui_verifydialog.h"

#include <QPushButton>
#include <QTextDocument>

namespace loket::ui {
namespace {

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px;color:#555\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

} // namespace

VerifyDialog::VerifyDialog(Database& database, const Catalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VerifyDialog>())
    , m_database(database)
    , m_catalog(catalog)
{
    m_ui->setupUi(this);
    m_ui->verifyButton->setToolTip(tr("Look the code up (Enter)"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setToolTip(tr("Close (Esc)"));
    m_ui->contentTextBrowser->hide();
    connect(m_ui->verifyButton, &QPushButton::clicked, this,
            [this] { verify(m_ui->codeLineEdit->text()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->codeLineEdit->setFocus();
}

VerifyDialog::~VerifyDialog() = default;

QString VerifyDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

QString VerifyDialog::detailsText() const
{
    return m_ui->detailsLabel->text();
}

QString VerifyDialog::contentText() const
{
    return m_content ? m_content->toPlainText() : QString();
}

void VerifyDialog::showResult(const QString& text, const QString& colour)
{
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setStyleSheet(
        QStringLiteral("font-size:13pt;font-weight:bold;color:%1").arg(colour));
}

bool VerifyDialog::verify(const QString& code)
{
    const QString typed = code.trimmed().toUpper();
    m_ui->codeLineEdit->setText(typed);
    m_ui->contentTextBrowser->setDocument(nullptr);
    m_content.reset();
    m_ui->contentTextBrowser->hide();
    m_ui->detailsLabel->clear();
    if (typed.isEmpty()) {
        showResult(tr("Type the verification code printed under the signature."),
                   QStringLiteral("#b00020"));
        return false;
    }
    QString error;
    const std::optional<StoredDocument> document
        = IssuedDocuments(m_database).byCode(typed, &error);
    if (!error.isEmpty()) { // unknown, not "not issued"
        showResult(error, QStringLiteral("#b00020"));
        return false;
    }
    if (!document) {
        showResult(tr("✗ NOT ISSUED: %1 issued no document with the code %2. The paper is not "
                      "genuine, or the code was misread.")
                       .arg(m_catalog.office.name, typed),
                   QStringLiteral("#b00020"));
        return false;
    }
    const bool intact = document->intact();
    showResult(intact
                   ? tr("✓ ISSUED by %1; the stored content is intact.").arg(m_catalog.office.name)
                   : tr("⚠ ISSUED by %1, but the stored content was ALTERED after issue: it no "
                        "longer matches its hash. Tell the administrator.")
                         .arg(m_catalog.office.name),
               intact ? QStringLiteral("#1b5e20") : QStringLiteral("#b00020"));
    const QDateTime issued
        = document->issuedAt.toTimeZone(timeZoneFromName(m_catalog.office.timeZone));
    m_ui->detailsLabel->setText(
        QStringLiteral("<table>") + row(tr("Number"), document->number.toHtmlEscaped())
        + row(tr("Document"),
              LetterNumbering::documentTypeTitle(document->documentType).toHtmlEscaped())
        + row(tr("Case"), document->caseNumber.toHtmlEscaped())
        + row(tr("Signed"),
              tr("%1, %2 by %3")
                  .arg(text::longDateWithDay(issued.date()),
                       issued.time().toString(QStringLiteral("HH.mm")),
                       document->issuedByName.toHtmlEscaped()))
        + row(tr("Content"),
              intact ? tr("intact (SHA-256 %1)").arg(document->contentHash)
                     : tr("<b>ALTERED</b>: it no longer matches its hash"))
        + QStringLiteral("</table>"));
    // The content as it was issued, laid out as on paper and read-only.
    m_content = LetterRenderer().document(document->content);
    m_ui->contentTextBrowser->setLineWrapMode(QTextEdit::FixedPixelWidth);
    m_ui->contentTextBrowser->setLineWrapColumnOrWidth(int(m_content->pageSize().width()));
    m_ui->contentTextBrowser->setDocument(m_content.get());
    m_ui->contentTextBrowser->show();
    return true;
}

} // namespace loket::ui
