#include "ComplaintDialogs.h"

#include "ComplaintRegisterReport.h"
#include "FieldMessage.h"
#include "PrivateFiles.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace loket::ui {

ComplaintActionDialog::ComplaintActionDialog(const QString& title, const QString& prompt,
                                             Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_note(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("complaintActionDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    promptLabel->setBuddy(m_note);
    layout->addWidget(promptLabel);
    m_note->setObjectName(QStringLiteral("noteTextEdit"));
    m_note->setTabChangesFocus(true);
    layout->addWidget(m_note);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    layout->addWidget(m_message);
    showFieldMessage(m_message, QString());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComplaintActionDialog::reject);
    resize(480, 280);
}

void ComplaintActionDialog::setHeads(const QList<User>& heads)
{
    if (!m_heads) {
        m_heads = new QComboBox(this);
        m_heads->setObjectName(QStringLiteral("headComboBox"));
        auto* label = new QLabel(tr("&Forward to:"), this);
        label->setBuddy(m_heads);
        auto* box = static_cast<QVBoxLayout*>(layout());
        box->insertWidget(0, m_heads);
        box->insertWidget(0, label);
    }
    m_heads->clear();
    for (const User& head : heads) {
        const QString role = head.hasRole(UserRole::HeadOfOffice)
            ? userRoleTitle(UserRole::HeadOfOffice)
            : userRoleTitle(UserRole::HeadOfDivision);
        m_heads->addItem(QStringLiteral("%1 — %2").arg(head.fullName, role), head.id);
    }
    m_heads->setFocus();
}

void ComplaintActionDialog::setPreview(const QString& text,
                                       std::function<void(const QString& note)> preview)
{
    auto* buttons = findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QPushButton* button = buttons->addButton(text, QDialogButtonBox::ActionRole);
    button->setObjectName(QStringLiteral("previewButton"));
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this,
            [this, preview = std::move(preview)] { preview(note()); });
}

void ComplaintActionDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
}

QString ComplaintActionDialog::note() const
{
    return m_note->toPlainText();
}

bool ComplaintActionDialog::selectHead(qint64 id)
{
    const int index = m_heads ? m_heads->findData(id) : -1;
    if (index >= 0)
        m_heads->setCurrentIndex(index);
    return index >= 0;
}

QString ComplaintActionDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void ComplaintActionDialog::accept()
{
    const qint64 head = m_heads ? m_heads->currentData().toLongLong() : 0;
    const QString error = m_submit(note(), head);
    if (error.isEmpty()) {
        QDialog::accept();
        return;
    }
    showFieldMessage(m_message, error);
    m_note->setFocus();
}

ComplaintRegisterDialog::ComplaintRegisterDialog(const QDate& today, Html html, Csv csv,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_html(std::move(html))
    , m_csv(std::move(csv))
    , m_chooser(PrintFlow::defaultPathChooser())
    , m_year(new QSpinBox(this))
    , m_month(new QComboBox(this))
{
    setWindowTitle(tr("Register of complaints"));
    m_csvChooser = [](QWidget* dialogParent, const QString& suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(dialogParent, tr("Save as CSV"),
                                            folder + QLatin1Char('/') + suggestedName,
                                            tr("CSV files (*.csv)"));
    };
    m_previewer = [this](const QString& document, const QString& documentTitle) {
        return PrintFlow::preview(ComplaintRegisterReport::pageLayout(), documentTitle, this,
                                  [&document](QPrinter* printer, QString*) {
                                      ComplaintRegisterReport::print(document, printer);
                                      return true;
                                  });
    };
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_month->setObjectName(QStringLiteral("monthComboBox"));
    m_month->addItem(tr("Whole year"), 0);
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(locale.standaloneMonthName(month), month);
    m_month->setCurrentIndex(today.month());
    m_year->setObjectName(QStringLiteral("yearSpinBox"));
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    form->addRow(tr("&Month:"), m_month);
    form->addRow(tr("&Year:"), m_year);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    QPushButton* csvButton = buttons->addButton(tr("Save as &CSV…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printButton"));
    pdf->setObjectName(QStringLiteral("pdfButton"));
    csvButton->setObjectName(QStringLiteral("csvButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, [this] { printRegister(); });
    connect(pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(csvButton, &QPushButton::clicked, this, [this] { saveCsv(); });
}

void ComplaintRegisterDialog::setPeriod(int year, int month)
{
    m_year->setValue(year);
    m_month->setCurrentIndex(m_month->findData(month));
}

QString ComplaintRegisterDialog::title() const
{
    return QStringLiteral("Register Pengaduan %1")
        .arg(ComplaintRegisterReport::periodTitle(m_year->value(), m_month->currentData().toInt()));
}

QString ComplaintRegisterDialog::fileName(const QString& extension) const
{
    const int month = m_month->currentData().toInt();
    return month == 0
        ? QStringLiteral("register-pengaduan-%1.%2").arg(m_year->value()).arg(extension)
        : QStringLiteral("register-pengaduan-%1-%2.%3")
              .arg(m_year->value())
              .arg(month, 2, 10, QLatin1Char('0'))
              .arg(extension);
}

bool ComplaintRegisterDialog::printRegister()
{
    return m_previewer(m_html(m_year->value(), m_month->currentData().toInt()), title());
}

bool ComplaintRegisterDialog::savePdf(QString* path)
{
    const QString html = m_html(m_year->value(), m_month->currentData().toInt());
    return PrintFlow::savePdf(
        m_chooser, fileName(QStringLiteral("pdf")), this,
        [this, &html](const QString& target, QString* error) {
            return ComplaintRegisterReport::writePdf(html, target, error)
                && recordExport(QStringLiteral("pdf"), error);
        },
        path);
}

bool ComplaintRegisterDialog::saveCsv(QString* path)
{
    QString target = m_csvChooser(this, fileName(QStringLiteral("csv")));
    if (target.isEmpty())
        return false;
    if (!target.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        target += QStringLiteral(".csv");
    QSaveFile file(target);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file, &error)
        || file.write(m_csv(m_year->value(), m_month->currentData().toInt())) < 0
        || !file.commit()) {
        QMessageBox::warning(this, tr("Save as CSV"),
                             tr("The CSV file could not be written: %1")
                                 .arg(error.isEmpty() ? file.errorString() : error));
        return false;
    }
    if (!recordExport(QStringLiteral("csv"), &error)) {
        QMessageBox::warning(this, tr("Save as CSV"), error);
        return false;
    }
    if (path)
        *path = target;
    return true;
}

bool ComplaintRegisterDialog::recordExport(const QString& format, QString* error) const
{
    return !m_recordExport
        || m_recordExport(m_year->value(), m_month->currentData().toInt(), format, error);
}

} // namespace loket::ui
