#include "RegistersDialog.h"

#include "GuestBookReport.h"
#include "LetterRegister.h"
#include "LetterRegisterReport.h"
#include "PersonalDataAudit.h"
#include "RecipientRegisterReport.h"
#include "RegisterDocument.h"
#include "RegisterTableModel.h"
#include "WorkingCalendar.h"
#include "WorkstationSettings.h"
#include "ui_registersdialog.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPrinter>
#include <QShortcut>
#include <QStandardPaths>

namespace loket::ui {
namespace {

PrintFlow::PathChooser defaultCsvChooser()
{
    return [](QWidget* parent, const QString& suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(
            parent, RegistersDialog::tr("Export CSV"), folder + QLatin1Char('/') + suggestedName,
            RegistersDialog::tr("CSV files for spreadsheets (*.csv)"));
    };
}

} // namespace

RegistersDialog::RegistersDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegistersDialog>())
    , m_session(session)
    , m_model(new RegisterTableModel(this))
    , m_pdfChooser(PrintFlow::defaultPathChooser())
    , m_csvChooser(defaultCsvChooser())
{
    m_ui->setupUi(this);
    m_previewer = [this](const QString& document, const QString& title) {
        return PrintFlow::preview(RegisterDocument::pageLayout(), title, this,
                                  [&document](QPrinter* printer, QString*) {
                                      RegisterDocument::print(document, printer);
                                      return true;
                                  });
    };
    m_ui->kindComboBox->addItem(tr("Recipients of services"), int(Kind::Recipients));
    m_ui->kindComboBox->addItem(tr("Guest book"), int(Kind::Guests));
    m_ui->kindComboBox->addItem(tr("Outgoing letters"), int(Kind::Letters));
    m_ui->periodKindComboBox->addItem(tr("Day"), int(RegisterPeriod::Kind::Day));
    m_ui->periodKindComboBox->addItem(tr("Month"), int(RegisterPeriod::Kind::Month));
    m_ui->periodKindComboBox->addItem(tr("Year"), int(RegisterPeriod::Kind::Year));
    for (int month = 1; month <= 12; ++month)
        m_ui->monthComboBox->addItem(QLocale().standaloneMonthName(month), month);
    m_ui->serviceComboBox->addItem(tr("All services"), QString());
    for (const Service& service : std::as_const(m_session.catalog.services))
        m_ui->serviceComboBox->addItem(QStringLiteral("%1 — %2").arg(service.code, service.name),
                                       service.code);
    m_ui->previewTableView->setModel(m_model);
    m_ui->previewTableView->horizontalHeader()->setDefaultSectionSize(130);

    m_ui->printButton->setToolTip(tr("Print the register (Ctrl+P)"));
    m_ui->pdfButton->setToolTip(tr("Save the register as PDF (Ctrl+Shift+S)"));
    m_ui->csvButton->setToolTip(
        tr("Export the register as CSV for LibreOffice Calc or Excel (Ctrl+Shift+E)"));
    const struct
    {
        QKeySequence keys;
        std::function<void()> act;
    } shortcuts[] = {
        { QKeySequence(Qt::CTRL | Qt::Key_P), [this] { print(); } },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { savePdf(); } },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { exportCsv(); } },
        { QKeySequence(Qt::Key_F5), [this] { refresh(); } },
    };
    for (const auto& shortcut : shortcuts)
        connect(new QShortcut(shortcut.keys, this), &QShortcut::activated, this, shortcut.act);
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] { print(); });
    connect(m_ui->pdfButton, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(m_ui->csvButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QDate today = officeToday();
    m_ui->dayDateEdit->setDate(today);
    m_ui->monthComboBox->setCurrentIndex(today.month() - 1);
    m_ui->yearSpinBox->setValue(today.year());
    m_ui->periodKindComboBox->setCurrentIndex(1); // a month: what heads of division ask for
    updatePeriodPicker();

    for (QComboBox* box : { m_ui->kindComboBox, m_ui->periodKindComboBox, m_ui->monthComboBox,
                            m_ui->serviceComboBox })
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updatePeriodPicker();
            refresh();
        });
    connect(m_ui->dayDateEdit, &QDateEdit::dateChanged, this, &RegistersDialog::refresh);
    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, &RegistersDialog::refresh);
    refresh();
}

RegistersDialog::~RegistersDialog() = default;

QDate RegistersDialog::officeToday() const
{
    return m_clock().toTimeZone(officeHoursOf(m_session.catalog.office).zone).date();
}

void RegistersDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
    setPeriod(RegisterPeriod::month(officeToday().year(), officeToday().month()));
}

void RegistersDialog::updatePeriodPicker()
{
    const auto periodKind
        = static_cast<RegisterPeriod::Kind>(m_ui->periodKindComboBox->currentData().toInt());
    m_ui->dayDateEdit->setVisible(periodKind == RegisterPeriod::Kind::Day);
    m_ui->monthComboBox->setVisible(periodKind == RegisterPeriod::Kind::Month);
    m_ui->yearSpinBox->setVisible(periodKind != RegisterPeriod::Kind::Day);
    const bool recipients = kind() == Kind::Recipients;
    m_ui->serviceLabel->setVisible(recipients);
    m_ui->serviceComboBox->setVisible(recipients);
}

void RegistersDialog::setKind(Kind kind)
{
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(kind)));
}

RegistersDialog::Kind RegistersDialog::kind() const
{
    return static_cast<Kind>(m_ui->kindComboBox->currentData().toInt());
}

void RegistersDialog::setPeriod(const RegisterPeriod& period)
{
    // One refresh for the whole change, not one per picker.
    m_refreshing = true;
    m_ui->dayDateEdit->setDate(period.first());
    m_ui->monthComboBox->setCurrentIndex(period.first().month() - 1);
    m_ui->yearSpinBox->setValue(period.first().year());
    m_ui->periodKindComboBox->setCurrentIndex(
        m_ui->periodKindComboBox->findData(int(period.kind())));
    m_refreshing = false;
    updatePeriodPicker();
    refresh();
}

RegisterPeriod RegistersDialog::period() const
{
    switch (static_cast<RegisterPeriod::Kind>(m_ui->periodKindComboBox->currentData().toInt())) {
    case RegisterPeriod::Kind::Day:
        return RegisterPeriod::day(m_ui->dayDateEdit->date());
    case RegisterPeriod::Kind::Month:
        return RegisterPeriod::month(m_ui->yearSpinBox->value(),
                                     m_ui->monthComboBox->currentData().toInt());
    case RegisterPeriod::Kind::Year:
        break;
    }
    return RegisterPeriod::year(m_ui->yearSpinBox->value());
}

void RegistersDialog::setServiceCode(const QString& code)
{
    const int index = m_ui->serviceComboBox->findData(code);
    m_ui->serviceComboBox->setCurrentIndex(index < 0 ? 0 : index);
}

void RegistersDialog::refresh()
{
    if (m_refreshing)
        return;
    m_shownKind = kind();
    m_shownPeriod = period();
    m_shownService = m_shownKind == Kind::Recipients
        ? m_ui->serviceComboBox->currentData().toString()
        : QString();
    m_recipients.clear();
    m_guests.clear();
    m_letters.clear();
    QString error;
    RegisterTable table;
    const Catalog& catalog = m_session.catalog;
    switch (m_shownKind) {
    case Kind::Recipients:
        m_recipients = RecipientRegister(m_session.database, catalog)
                           .entries(m_shownPeriod, m_shownService, &error);
        table = RecipientRegisterReport::table(catalog.office, m_recipients);
        break;
    case Kind::Guests:
        m_guests = GuestBook(m_session.database, catalog).entries(m_shownPeriod, &error);
        table = GuestBookReport::table(catalog, m_guests);
        break;
    case Kind::Letters:
        m_letters = LetterRegister(m_session.database)
                        .between(m_shownPeriod.first(), m_shownPeriod.end(), QString(), &error);
        table = LetterRegisterReport::table(catalog.office, m_letters);
        break;
    }
    m_model->setTable(std::move(table));
    const QDate first = m_shownPeriod.first();
    QString periodText = QString::number(first.year());
    if (m_shownPeriod.kind() == RegisterPeriod::Kind::Day)
        periodText = QLocale().toString(first, QLocale::LongFormat);
    else if (m_shownPeriod.kind() == RegisterPeriod::Kind::Month)
        periodText = QLocale().standaloneMonthName(first.month()) + QLatin1Char(' ') + periodText;
    m_ui->summaryLabel->setStyleSheet(error.isEmpty() ? QString()
                                                      : QStringLiteral("color: #b00020;"));
    m_ui->summaryLabel->setText(
        error.isEmpty() ? tr("%n row(s) for %1", nullptr, m_model->rowCount()).arg(periodText)
                        : error);
    for (QPushButton* button : { m_ui->printButton, m_ui->pdfButton, m_ui->csvButton })
        button->setEnabled(error.isEmpty());
    m_ui->previewTableView->resizeColumnsToContents();
}

int RegistersDialog::rowCount() const
{
    return m_model->rowCount();
}

QString RegistersDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString RegistersDialog::html() const
{
    const Catalog& catalog = m_session.catalog;
    const QDate today = officeToday();
    switch (m_shownKind) {
    case Kind::Recipients:
        return RecipientRegisterReport::html(catalog, m_shownPeriod, m_shownService, m_recipients,
                                             today, m_session.user.fullName);
    case Kind::Guests:
        return GuestBookReport::html(catalog, m_shownPeriod, m_guests, today,
                                     m_session.user.fullName);
    case Kind::Letters:
        break;
    }
    return LetterRegisterReport::html(catalog.office, m_shownPeriod, QString(), m_letters,
                                      officeToday());
}

QString RegistersDialog::suggestedFileName() const
{
    switch (m_shownKind) {
    case Kind::Recipients:
        return RecipientRegisterReport::fileBaseName(m_shownPeriod);
    case Kind::Guests:
        return GuestBookReport::fileBaseName(m_shownPeriod);
    case Kind::Letters:
        break;
    }
    return QStringLiteral("buku-agenda-surat-keluar-") + m_shownPeriod.key();
}

QString RegistersDialog::documentTitle() const
{
    return m_ui->kindComboBox->currentText() + QStringLiteral(" — ") + m_shownPeriod.key();
}

bool RegistersDialog::print()
{
    return m_previewer(html(), documentTitle());
}

bool RegistersDialog::savePdf(QString* writtenPath)
{
    const QString document = html();
    return PrintFlow::savePdf(
        m_pdfChooser, suggestedFileName() + QStringLiteral(".pdf"), this,
        [this, &document](const QString& path, QString* error) {
            return RegisterDocument::writePdf(document, path, error)
                && recordExport(QStringLiteral("pdf"), error);
        },
        writtenPath);
}

// A register names people: the file that leaves Loket is in the audit log (UU 27/2022).
bool RegistersDialog::recordExport(const QString& format, QString* error)
{
    return PersonalDataAudit(m_session.database)
        .exported(m_session.user.id, documentTitle(), rowCount(), format, error);
}

bool RegistersDialog::exportCsv(QString* writtenPath)
{
    QString path = m_csvChooser(this, suggestedFileName() + QStringLiteral(".csv"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QString error;
    if (!m_model->table().csv(csvSeparatorOf(m_session.settings)).save(path, &error)
        || !recordExport(QStringLiteral("csv"), &error)) {
        QMessageBox::warning(this, tr("Export CSV"),
                             tr("The CSV file could not be written: %1").arg(error));
        return false;
    }
    if (writtenPath)
        *writtenPath = path;
    return true;
}

} // namespace loket::ui
