#include "DtksImportDialog.h"

#include "DtksLookupWidget.h"
#include "ui_dtksimportdialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QProgressDialog>

namespace loket::ui {
namespace {
constexpr int PreviewRows = 5;
constexpr int Steps = 1000; // of the progress bar: per mille of the file
// The date edit's "not chosen yet", shown as its special value text.
QDate noDate()
{
    return { 2000, 1, 1 };
}
} // namespace

DtksImportDialog::DtksImportDialog(Database& database, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DtksImportDialog>())
    , m_database(database)
    , m_user(user)
{
    m_ui->setupUi(this);
    for (const DtksField field : allDtksFields()) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(dtksFieldKey(field) + QStringLiteral("ComboBox"));
        combo->addItem(tr("— not in the file —"), -1);
        const QString title = DtksText::fieldTitle(field)
            + (isRequiredDtksField(field) ? QStringLiteral(" *") : QString());
        m_ui->mappingLayout->addRow(title + QLatin1Char(':'), combo);
        m_combos.insert(field, combo);
    }
    // The extract date is Indonesian in every interface language, as the office writes it.
    m_ui->extractDateEdit->setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    m_ui->extractDateEdit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_ui->extractDateEdit->setMinimumDate(noDate());
    m_ui->extractDateEdit->setMaximumDate(QDate(2100, 12, 31));
    m_ui->extractDateEdit->setSpecialValueText(tr("choose the date"));
    m_ui->extractDateEdit->setDate(noDate());
    // Indonesian in every interface language, as the ministry names them.
    m_ui->kindComboBox->addItem(QStringLiteral("DTSEN (Data Tunggal Sosial dan Ekonomi Nasional)"),
                                int(ExtractKind::Dtsen));
    m_ui->kindComboBox->addItem(
        QStringLiteral("DTKS (Data Terpadu Kesejahteraan Sosial, sebelum 2025)"),
        int(ExtractKind::Dtks));
    m_ui->summaryGroupBox->hide();
    m_ui->importButton->setEnabled(false);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &DtksImportDialog::chooseFile);
    connect(m_ui->importButton, &QPushButton::clicked, this, &DtksImportDialog::runImport);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(resultText()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DtksImportDialog::~DtksImportDialog() = default;

void DtksImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("DTSEN or DTKS extract"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool DtksImportDialog::openFile(const QString& path)
{
    m_ui->summaryGroupBox->hide();
    m_ui->previewTableWidget->clear();
    m_ui->previewTableWidget->setRowCount(0);
    m_ui->previewTableWidget->setColumnCount(0);
    m_ui->importButton->setEnabled(false);
    QString error;
    DtksPreview preview;
    if (!DtksImporter::previewFile(path, PreviewRows, &preview, &error)) {
        showMessage(error);
        return false;
    }
    m_path = path;
    m_preview = preview;
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
    QTableWidget* table = m_ui->previewTableWidget;
    table->setColumnCount(int(preview.header.size()));
    table->setHorizontalHeaderLabels(preview.header);
    table->setRowCount(int(preview.rows.size()));
    for (int row = 0; row < preview.rows.size(); ++row) {
        for (int column = 0; column < preview.header.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(preview.rows.at(row).value(column)));
    }
    table->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    const DtksMapping guess = DtksText::guessMapping(preview.header);
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        QComboBox* combo = it.value();
        combo->clear();
        combo->addItem(tr("— not in the file —"), -1);
        for (int column = 0; column < preview.header.size(); ++column)
            combo->addItem(QStringLiteral("%1: %2").arg(column + 1).arg(preview.header.at(column)),
                           column);
        combo->setCurrentIndex(qMax(0, combo->findData(guess.value(it.key(), -1))));
    }
    setKind(DtksText::guessKind(preview.header));
    showMessage(QString());
    m_ui->importButton->setEnabled(true);
    return true;
}

void DtksImportDialog::setExtractDate(const QDate& date)
{
    m_ui->extractDateEdit->setDate(date.isValid() ? date : noDate());
}

QDate DtksImportDialog::extractDate() const
{
    const QDate date = m_ui->extractDateEdit->date();
    return date == noDate() ? QDate() : date;
}

void DtksImportDialog::setKind(ExtractKind kind)
{
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(kind)));
}

ExtractKind DtksImportDialog::kind() const
{
    return ExtractKind(m_ui->kindComboBox->currentData().toInt());
}

void DtksImportDialog::setSource(const QString& source)
{
    m_ui->sourceLineEdit->setText(source);
}

QComboBox* DtksImportDialog::mappingCombo(DtksField field) const
{
    return m_combos.value(field);
}

DtksMapping DtksImportDialog::mapping() const
{
    DtksMapping result;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            result.insert(it.key(), column);
    }
    return result;
}

bool DtksImportDialog::runImport()
{
    if (m_path.isEmpty()) {
        showMessage(tr("Choose the file of the extract first."));
        return false;
    }
    // Checked here too, so that nothing long starts before the form is right.
    QString error = DtksText::checkMapping(mapping(), int(m_preview.header.size()));
    if (error.isEmpty() && !extractDate().isValid())
        error = tr("Enter the date of the extract (the date it was produced): every "
                   "lookup shows it.");
    if (!error.isEmpty()) {
        showMessage(error);
        return false;
    }
    showMessage(QString());
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(m_path).fileName()), tr("Cancel"), 0,
                             Steps, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    const bool ok
        = DtksImporter(m_database)
              .importFile(m_path, { extractDate(), kind(), m_ui->sourceLineEdit->text() },
                          mapping(), m_user, m_clock(), &m_report, &error,
                          [&progress](const DtksProgress& step) {
                              progress.setLabelText(tr("%n row(s) read…", nullptr, int(step.rows)));
                              if (step.bytesTotal > 0)
                                  progress.setValue(int(qMin<qint64>(
                                      Steps - 1, Steps * step.bytesDone / step.bytesTotal)));
                              return !progress.wasCanceled();
                          });
    progress.setValue(Steps);
    showReport(ok ? QString() : error);
    if (ok) {
        m_ui->importButton->setEnabled(false); // the same file twice would be two extracts
        emit imported(m_report.extractId, extractDate());
    }
    return ok;
}

void DtksImportDialog::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void DtksImportDialog::showReport(const QString& error)
{
    showMessage(error);
    if (m_report.cancelled) {
        m_ui->summaryGroupBox->hide();
        return;
    }
    m_ui->summaryLabel->setText(error.isEmpty()
                                    ? tr("Extract of %1: %2")
                                          .arg(DtksLookupWidget::displayDate(extractDate()),
                                               DtksImporter::summary(m_report))
                                    : DtksImporter::summary(m_report));
    m_ui->summaryGroupBox->setTitle(tr("Result: %1 extract").arg(extractKindKey(kind())));
    m_ui->badRowsListWidget->clear();
    for (const DtksBadRow& row : std::as_const(m_report.badRows))
        m_ui->badRowsListWidget->addItem(tr("line %1: %2").arg(row.line).arg(row.reason));
    m_ui->badRowsListWidget->setVisible(!m_report.badRows.isEmpty());
    m_ui->summaryGroupBox->show();
}

QString DtksImportDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

QString DtksImportDialog::summaryText() const
{
    return m_ui->summaryGroupBox->isHidden() ? QString() : m_ui->summaryLabel->text();
}

QStringList DtksImportDialog::badRowTexts() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->badRowsListWidget->count(); ++i)
        lines << m_ui->badRowsListWidget->item(i)->text();
    return lines;
}

QString DtksImportDialog::resultText() const
{
    return (QStringList { QFileInfo(m_path).fileName(), summaryText() } + badRowTexts())
        .join(QLatin1Char('\n'));
}

} // namespace loket::ui
