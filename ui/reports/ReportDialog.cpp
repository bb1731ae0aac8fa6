#include "ReportDialog.h"

#include "CaseModel.h"
#include "CaseReport.h"
#include "Permissions.h"
#include "PersonalDataAudit.h"
#include "ReportChart.h"
#include "WorkingCalendar.h"
#include "WorkstationSettings.h"
#include "ui_reportdialog.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>

namespace loket::ui {
namespace {

enum RecapColumn {
    CodeColumn,
    ServiceColumn,
    ReceivedColumn,
    CompletedColumn,
    OnTimeColumn,
    LateColumn,
    RejectedColumn,
    OpenColumn,
    WaitingColumn,
    RateColumn,
    MedianColumn,
    RecapColumns
};

QTableWidgetItem* item(const QString& text, bool number = false, bool bold = false)
{
    auto* cell = new QTableWidgetItem(text);
    if (number)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont font = cell->font();
        font.setBold(true);
        cell->setFont(font);
    }
    return cell;
}

} // namespace

ReportDialog::ReportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportDialog>())
    , m_session(session)
    , m_pdfChooser(PrintFlow::defaultPathChooser())
{
    m_ui->setupUi(this);
    m_csvChooser = [](QWidget* dialogParent, const QString& suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(dialogParent, tr("Export CSV"),
                                            folder + QLatin1Char('/') + suggestedName,
                                            tr("CSV files (*.csv)"));
    };
    for (int month = 1; month <= 12; ++month)
        m_ui->monthComboBox->addItem(locale().standaloneMonthName(month), month);
    const QDate today = m_clock().toTimeZone(officeHoursOf(session.catalog.office).zone).date();
    setPeriod(ReportPeriod::ofMonth(today.year(), today.month()));

    QTableWidget* recap = m_ui->recapTableWidget;
    recap->setColumnCount(RecapColumns);
    recap->setHorizontalHeaderLabels({ tr("Code"), tr("Service"), tr("Received"), tr("Completed"),
                                       tr("On time"), tr("Late"), tr("Rejected"), tr("Open"),
                                       tr("Waiting for documents"), tr("On time (%)"),
                                       tr("Median (working days)") });
    recap->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    recap->horizontalHeader()->setSectionResizeMode(ServiceColumn, QHeaderView::Stretch);
    QTableWidget* overdue = m_ui->overdueTableWidget;
    overdue->setColumnCount(7);
    overdue->setHorizontalHeaderLabels({ tr("Case"), tr("Service"), tr("Applicant"), tr("Received"),
                                         tr("Due"), tr("Working days late"), tr("Officer") });
    overdue->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    overdue->horizontalHeader()->setStretchLastSection(true);

    m_ui->computeButton->setToolTip(tr("Compute the recap of the chosen period (Enter)"));
    m_ui->printButton->setToolTip(tr("Print the recap with its charts (Ctrl+P)"));
    m_ui->printButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_ui->savePdfButton->setToolTip(tr("Save the printed recap as PDF (Ctrl+Shift+S)"));
    m_ui->savePdfButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_ui->exportCsvButton->setToolTip(tr("Export the figures for a spreadsheet (CSV)"));
    connect(m_ui->computeButton, &QPushButton::clicked, this, &ReportDialog::compute);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_ui->monthRadioButton, &QRadioButton::toggled, m_ui->monthComboBox,
            &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QString refused = Permissions::check(session.user, Action::ViewReports);
    const bool allowed = refused.isEmpty();
    m_ui->refusalLabel->setText(refused);
    m_ui->refusalLabel->setVisible(!allowed);
    for (QWidget* widget : std::initializer_list<QWidget*> {
             m_ui->monthRadioButton, m_ui->monthComboBox, m_ui->yearRadioButton, m_ui->yearSpinBox,
             m_ui->computeButton, m_ui->reportTabWidget })
        widget->setEnabled(allowed);
    updateButtons();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ReportDialog::setPdfPathChooser(PrintFlow::PathChooser chooser)
{
    m_pdfChooser = std::move(chooser);
}

void ReportDialog::setCsvPathChooser(PrintFlow::PathChooser chooser)
{
    m_csvChooser = std::move(chooser);
}

void ReportDialog::setProgressObserver(std::function<void(QProgressDialog*)> observer)
{
    m_progressObserver = std::move(observer);
}

void ReportDialog::setPeriod(const ReportPeriod& period)
{
    const bool byMonth = period.kind == ReportPeriod::Kind::Month;
    (byMonth ? m_ui->monthRadioButton : m_ui->yearRadioButton)->setChecked(true);
    m_ui->monthComboBox->setEnabled(byMonth);
    if (byMonth)
        m_ui->monthComboBox->setCurrentIndex(period.month - 1);
    m_ui->yearSpinBox->setValue(period.year);
}

ReportPeriod ReportDialog::period() const
{
    const int year = m_ui->yearSpinBox->value();
    return m_ui->monthRadioButton->isChecked()
        ? ReportPeriod::ofMonth(year, m_ui->monthComboBox->currentIndex() + 1)
        : ReportPeriod::ofYear(year);
}

bool ReportDialog::compute()
{
    m_data.reset();
    if (!CaseReport::mayView(m_session.user)) {
        showData();
        return false;
    }
    QProgressDialog progress(tr("Computing the recap of %1…").arg(period().label()), tr("Cancel"),
                             0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QString error;
    // On the GUI thread: the progress dialog's setValue() lets the clerk press Cancel between
    // batches of cases, and the computation then stops at once.
    const std::optional<CaseReportData> result
        = CaseReport(m_session.database, m_session.catalog, m_session.calendar)
              .compute(
                  period(), m_clock(),
                  [&](int done, int total) {
                      progress.setMaximum(total);
                      progress.setValue(done);
                      if (m_progressObserver)
                          m_progressObserver(&progress);
                      return !progress.wasCanceled();
                  },
                  &error);
    progress.reset();
    if (!result) {
        showData();
        m_ui->summaryLabel->setText(error);
        return false;
    }
    if (result->cancelled) {
        showData();
        m_ui->summaryLabel->setText(tr("Cancelled: nothing is shown."));
        return false;
    }
    m_data = result;
    showData();
    return true;
}

void ReportDialog::showData()
{
    fillRecap();
    fillOverdue();
    if (m_data) {
        const ReportFigures& t = m_data->total;
        const QString rate = t.onTimePercent()
            ? report::percentText(t.onTimePercent()) + QStringLiteral("%")
            : report::percentText(std::nullopt);
        m_ui->summaryLabel->setText(
            tr("%1: %2 received, %3 completed (%4 on time, %5 late; on-time rate %6), "
               "%7 rejected, %8 open, %9 waiting for documents; median %10 working days; "
               "%11 overdue.")
                .arg(m_data->period.label())
                .arg(t.received)
                .arg(t.completed)
                .arg(t.onTime)
                .arg(t.late)
                .arg(rate)
                .arg(t.rejected)
                .arg(t.open)
                .arg(t.waiting)
                .arg(report::daysText(t.medianDays()))
                .arg(m_data->overdue.size()));
        m_ui->servicesChartLabel->setPixmap(QPixmap::fromImage(ReportChart::services(*m_data)));
        m_ui->onTimeChartLabel->setPixmap(QPixmap::fromImage(ReportChart::onTime(*m_data)));
    } else {
        m_ui->summaryLabel->clear();
        m_ui->servicesChartLabel->clear();
        m_ui->onTimeChartLabel->clear();
    }
    updateButtons();
}

void ReportDialog::fillRecap()
{
    QTableWidget* table = m_ui->recapTableWidget;
    table->clearSpans();
    table->setRowCount(0);
    if (!m_data)
        return;
    const auto addFigures = [table](int row, const ReportFigures& f, bool bold) {
        const QStringList values {
            QString::number(f.received),     QString::number(f.completed),
            QString::number(f.onTime),       QString::number(f.late),
            QString::number(f.rejected),     QString::number(f.open),
            QString::number(f.waiting),      report::percentText(f.onTimePercent()),
            report::daysText(f.medianDays())
        };
        for (int i = 0; i < values.size(); ++i)
            table->setItem(row, ReceivedColumn + i, item(values.at(i), true, bold));
    };
    const auto addRow = [table] {
        table->insertRow(table->rowCount());
        return table->rowCount() - 1;
    };
    for (const ReportDivision& division : m_data->divisions) {
        int row = addRow();
        table->setItem(row, CodeColumn, item(division.name, false, true));
        table->setSpan(row, CodeColumn, 1, RecapColumns);
        for (const ReportServiceRow& service : division.services) {
            row = addRow();
            table->setItem(row, CodeColumn, item(service.code));
            table->setItem(row, ServiceColumn, item(service.name));
            addFigures(row, service.figures, false);
        }
        if (m_data->divisions.size() > 1) {
            row = addRow();
            table->setItem(row, ServiceColumn,
                           item(tr("Total %1").arg(division.name), false, true));
            addFigures(row, division.total, true);
        }
    }
    const int row = addRow();
    table->setItem(row, ServiceColumn, item(tr("Office total"), false, true));
    addFigures(row, m_data->total, true);
}

void ReportDialog::fillOverdue()
{
    QTableWidget* table = m_ui->overdueTableWidget;
    table->setRowCount(0);
    if (!m_data)
        return;
    const QTimeZone zone = officeHoursOf(m_session.catalog.office).zone;
    const auto local = [&zone](const QDateTime& moment) {
        return moment.toTimeZone(zone).toString(QStringLiteral("dd-MM-yyyy HH.mm"));
    };
    table->setRowCount(int(m_data->overdue.size()));
    for (int row = 0; row < m_data->overdue.size(); ++row) {
        const OverdueCase& c = m_data->overdue.at(row);
        const QStringList values { c.caseNumber,
                                   c.serviceCode + QLatin1Char(' ') + c.serviceName,
                                   c.applicant,
                                   local(c.receivedAt),
                                   local(c.dueAt),
                                   QString::number(c.workingDaysLate),
                                   c.officer.isEmpty() ? tr("not assigned") : c.officer };
        for (int column = 0; column < values.size(); ++column)
            table->setItem(row, column, item(values.at(column), column == 5));
    }
    m_ui->reportTabWidget->setTabText(2, tr("&Overdue cases (%1)").arg(m_data->overdue.size()));
}

void ReportDialog::updateButtons()
{
    for (QPushButton* button : { m_ui->printButton, m_ui->savePdfButton, m_ui->exportCsvButton })
        button->setEnabled(m_data.has_value());
}

int ReportDialog::recapRowCount() const
{
    return m_ui->recapTableWidget->rowCount();
}

QString ReportDialog::recapCell(int row, int column) const
{
    const QTableWidgetItem* cell = m_ui->recapTableWidget->item(row, column);
    return cell ? cell->text() : QString();
}

int ReportDialog::overdueRowCount() const
{
    return m_ui->overdueTableWidget->rowCount();
}

bool ReportDialog::chartsShown() const
{
    return !m_ui->servicesChartLabel->pixmap().isNull()
        && !m_ui->onTimeChartLabel->pixmap().isNull();
}

QString ReportDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

std::optional<CaseReportDocument::Signer> ReportDialog::signer() const
{
    const User& user = m_session.user;
    if (!user.hasRole(UserRole::HeadOfDivision) || user.hasRole(UserRole::HeadOfOffice))
        return std::nullopt;
    return CaseReportDocument::Signer { user.position.isEmpty() ? QStringLiteral("Kepala Bidang")
                                                                : user.position,
                                        user.fullName, user.rankGrade, user.nip };
}

CaseReportDocument ReportDialog::document() const
{
    const QString folder = m_session.database.directory();
    return CaseReportDocument(m_session.catalog.office,
                              folder.isEmpty() ? QString() : folder + QStringLiteral("/templates"));
}

bool ReportDialog::print()
{
    if (!m_data)
        return false;
    return PrintFlow::preview(CaseReportDocument::pageLayout(),
                              CaseReportDocument::title(m_data->period), this,
                              [this](QPrinter* printer, QString*) {
                                  document().document(*m_data, signer())->print(printer);
                                  return true;
                              });
}

bool ReportDialog::savePdf(QString* writtenPath)
{
    if (!m_data)
        return false;
    return PrintFlow::savePdf(
        m_pdfChooser, QStringLiteral("rekapitulasi-%1.pdf").arg(m_data->period.key()), this,
        [this](const QString& path, QString* error) {
            return document().writePdf(*m_data, path, error, signer())
                && CaseReportDocument::recordPdfExport(m_session.database, m_session.user.id,
                                                       *m_data, error);
        },
        writtenPath);
}

bool ReportDialog::exportCsv(QString* writtenPath)
{
    if (!m_data)
        return false;
    QString path
        = m_csvChooser(this, QStringLiteral("rekapitulasi-%1.csv").arg(m_data->period.key()));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QString error;
    if (!CaseReportDocument::writeCsv(*m_data, path, &error, csvSeparatorOf(m_session.settings))) {
        QMessageBox::warning(this, tr("Export CSV"),
                             tr("The CSV file could not be written: %1").arg(error));
        return false;
    }
    if (writtenPath)
        *writtenPath = path;
    return true;
}

} // namespace loket::ui
