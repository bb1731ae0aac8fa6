#include "DocumentReviewDialog.h"

#include "ui_documentreviewdialog.h"

#include <QShortcut>
#include <QTextDocument>

namespace loket::ui {

DocumentReviewDialog::DocumentReviewDialog(Mode mode, const QString& heading,
                                           std::unique_ptr<QTextDocument> document, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DocumentReviewDialog>())
    , m_document(std::move(document))
{
    m_ui->setupUi(this);
    m_ui->headingLabel->setText(heading);
    // The browser shows the laid-out A4 document; it must not re-wrap it to its own width.
    m_ui->documentTextBrowser->setLineWrapMode(QTextEdit::FixedPixelWidth);
    m_ui->documentTextBrowser->setLineWrapColumnOrWidth(int(m_document->pageSize().width()));
    m_ui->documentTextBrowser->setDocument(m_document.get());
    m_ui->approveButton->setText(mode == Mode::Sign ? tr("&Sign") : tr("&Initial"));
    m_ui->approveButton->setToolTip(mode == Mode::Sign ? tr("Sign the document (Ctrl+Enter)")
                                                       : tr("Initial the draft (Ctrl+Enter)"));
    m_ui->returnButton->setToolTip(tr("Send the draft back to the drafter with the note (Ctrl+R)"));
    m_ui->cancelButton->setToolTip(tr("Close without acting (Esc)"));
    const bool signing = mode == Mode::Sign;
    m_ui->signFormLabel->setVisible(signing);
    m_ui->signFormComboBox->setVisible(signing);
    m_ui->signFormComboBox->addItem(tr("In my own name (head of office)"), int(SignForm::Own));
    m_ui->signFormComboBox->addItem(tr("a.n. — on behalf of the head of office"),
                                    int(SignForm::AtasNama));
    m_ui->signFormComboBox->addItem(tr("Plt. — acting head of office"), int(SignForm::Plt));
    m_ui->signFormComboBox->addItem(tr("Plh. — daily stand-in for the head of office"),
                                    int(SignForm::Plh));
    setWindowTitle(signing ? tr("Read the document before signing")
                           : tr("Read the draft before initialling"));

    connect(m_ui->approveButton, &QPushButton::clicked, this, &DocumentReviewDialog::approve);
    connect(m_ui->returnButton, &QPushButton::clicked, this,
            &DocumentReviewDialog::returnToDrafter);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    for (const QKeySequence& keys :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this,
                &DocumentReviewDialog::approve);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this), &QShortcut::activated, this,
            &DocumentReviewDialog::returnToDrafter);
    m_ui->documentTextBrowser->setFocus();
}

DocumentReviewDialog::~DocumentReviewDialog() = default;

void DocumentReviewDialog::setSignForm(SignForm form)
{
    m_ui->signFormComboBox->setCurrentIndex(m_ui->signFormComboBox->findData(int(form)));
}

SignForm DocumentReviewDialog::signForm() const
{
    return SignForm(m_ui->signFormComboBox->currentData().toInt());
}

void DocumentReviewDialog::setNote(const QString& note)
{
    m_ui->noteLineEdit->setText(note);
}

QString DocumentReviewDialog::note() const
{
    return m_ui->noteLineEdit->text().trimmed();
}

QString DocumentReviewDialog::documentText() const
{
    return m_document->toPlainText();
}

void DocumentReviewDialog::approve()
{
    m_outcome = Outcome::Approved;
    accept();
}

void DocumentReviewDialog::returnToDrafter()
{
    if (note().isEmpty()) {
        m_ui->problemLabel->setText(tr("Write in the note what the drafter should change."));
        m_ui->noteLineEdit->setFocus();
        return;
    }
    m_outcome = Outcome::Returned;
    accept();
}

} // namespace loket::ui
