#include "IkmReportDialog.h"

#include "SurveyDocument.h"
#include "SurveyQuestionnaire.h"
#include "WorkingCalendar.h"
#include "ui_ikmreportdialog.h"

#include <QHeaderView>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>

namespace loket::ui {
namespace {

QTableWidgetItem* item(const QString& text, bool number = false)
{
    auto* cell = new QTableWidgetItem(text);
    if (number)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

QString gradeOf(const SatisfactionIndex::Result& result)
{
    return result.respondents == 0 ? QString()
                                   : QStringLiteral("%1 (%2)").arg(result.grade, result.gradeText);
}

} // namespace

IkmReportDialog::IkmReportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IkmReportDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->serviceComboBox->addItem(tr("All services"), QString());
    for (const Service& service : session.catalog.services)
        m_ui->serviceComboBox->addItem(service.code + QStringLiteral("  ") + service.name,
                                       service.code);
    m_ui->elementsTableWidget->setColumnCount(5);
    m_ui->elementsTableWidget->setHorizontalHeaderLabels(
        { tr("Element"), tr("Name"), tr("Total"), tr("NRR"), tr("NRR × weight") });
    m_ui->servicesTableWidget->setColumnCount(5);
    m_ui->servicesTableWidget->setHorizontalHeaderLabels(
        { tr("Code"), tr("Service"), tr("Respondents"), tr("IKM"), tr("Grade") });
    for (QTableWidget* table : { m_ui->elementsTableWidget, m_ui->servicesTableWidget }) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    }
    // All nine elements in view; the services' list takes what is left.
    m_ui->elementsTableWidget->setMinimumHeight(
        m_ui->elementsTableWidget->horizontalHeader()->sizeHint().height()
        + SatisfactionIndex::ElementCount * (fontMetrics().height() + 8)
        + 2 * m_ui->elementsTableWidget->frameWidth() + 2);
    m_ui->printButton->setToolTip(tr("Print the report through the print preview (Ctrl+P)"));
    m_ui->printButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_ui->pdfButton->setToolTip(tr("Save the report as PDF (Ctrl+Shift+S)"));
    m_ui->pdfButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->printButton, &QPushButton::clicked, this, &IkmReportDialog::print);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(m_ui->questionnaireButton, &QPushButton::clicked, this,
            &IkmReportDialog::printQuestionnaire);

    // This year so far, in the office's dates: the survey is reported at least yearly.
    const QDate today = m_clock().toTimeZone(officeHoursOf(session.catalog.office).zone).date();
    m_ui->fromDateEdit->setDate(QDate(today.year(), 1, 1));
    m_ui->toDateEdit->setDate(today);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &IkmReportDialog::refresh);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &IkmReportDialog::refresh);
    connect(m_ui->serviceComboBox, &QComboBox::currentIndexChanged, this,
            &IkmReportDialog::refresh);
    refresh();
}

IkmReportDialog::~IkmReportDialog() = default;

void IkmReportDialog::setPeriod(const QDate& from, const QDate& to)
{
    const QSignalBlocker fromBlocker(m_ui->fromDateEdit);
    const QSignalBlocker toBlocker(m_ui->toDateEdit);
    m_ui->fromDateEdit->setDate(from);
    m_ui->toDateEdit->setDate(to);
    refresh();
}

void IkmReportDialog::setService(const QString& code)
{
    const int index = m_ui->serviceComboBox->findData(code);
    if (index == m_ui->serviceComboBox->currentIndex())
        refresh();
    else
        m_ui->serviceComboBox->setCurrentIndex(std::max(index, 0));
}

void IkmReportDialog::refresh()
{
    QString error;
    m_data = IkmReport::build(m_session.database, m_session.catalog, m_ui->fromDateEdit->date(),
                              m_ui->toDateEdit->date(),
                              m_ui->serviceComboBox->currentData().toString(), &error);
    m_ui->problemLabel->setText(error);
    m_ui->problemLabel->setVisible(!error.isEmpty());
    showData();
}

void IkmReportDialog::showData()
{
    const bool shown = m_data && m_data->result.respondents > 0;
    m_ui->printButton->setEnabled(m_data.has_value());
    m_ui->pdfButton->setEnabled(m_data.has_value());
    m_ui->elementsTableWidget->setRowCount(0);
    m_ui->servicesTableWidget->setRowCount(0);
    if (!m_data) {
        m_ui->summaryLabel->clear();
        return;
    }
    const IkmReport::Data& data = *m_data;
    const QStringList names = SatisfactionIndex::elementNames();
    m_ui->elementsTableWidget->setRowCount(shown ? SatisfactionIndex::ElementCount : 0);
    for (int e = 0; shown && e < SatisfactionIndex::ElementCount; ++e) {
        const auto at = static_cast<size_t>(e);
        const QList<QTableWidgetItem*> cells {
            item(QStringLiteral("U%1").arg(e + 1)), item(names.at(e)),
            item(QString::number(data.totals.at(at)), true),
            item(IkmReport::decimal(data.result.average.at(at), 3), true),
            item(IkmReport::decimal(data.weighted(e), 3), true)
        };
        for (int c = 0; c < cells.size(); ++c)
            m_ui->elementsTableWidget->setItem(e, c, cells.at(c));
    }
    m_ui->servicesTableWidget->setRowCount(int(data.services.size()));
    for (int r = 0; r < data.services.size(); ++r) {
        const IkmReport::ServiceLine& line = data.services.at(r);
        const QList<QTableWidgetItem*> cells {
            item(line.code), item(line.name), item(QString::number(line.result.respondents), true),
            item(IkmReport::decimal(line.result.converted, 2), true), item(gradeOf(line.result))
        };
        for (int c = 0; c < cells.size(); ++c)
            m_ui->servicesTableWidget->setItem(r, c, cells.at(c));
    }
    m_ui->summaryLabel->setText(
        shown ? tr("<b>IKM %1</b> (unit value %2) — grade <b>%3</b> — %n respondent(s)<br/>%4",
                   nullptr, data.result.respondents)
                    .arg(IkmReport::decimal(data.result.converted, 2),
                         IkmReport::decimal(data.result.index, 3),
                         gradeOf(data.result).toHtmlEscaped(),
                         IkmReport::weightLine(data.weight).toHtmlEscaped())
              : tr("No respondents in this period.<br/>%1")
                    .arg(IkmReport::weightLine(data.weight).toHtmlEscaped()));
}

QString IkmReportDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString IkmReportDialog::problem() const
{
    return m_ui->problemLabel->text();
}

QString IkmReportDialog::reportHtml() const
{
    if (!m_data)
        return {};
    const QDate today = m_clock().toTimeZone(officeHoursOf(m_session.catalog.office).zone).date();
    return IkmReport::html(m_session.catalog.office, *m_data, today);
}

bool IkmReportDialog::print()
{
    if (!m_data)
        return false;
    const auto document = SurveyDocument::document(reportHtml());
    return PrintFlow::preview(SurveyDocument::pageLayout(), tr("IKM report"), this,
                              [&document](QPrinter* printer, QString*) {
                                  document->print(printer);
                                  return true;
                              });
}

bool IkmReportDialog::savePdf(QString* writtenPath)
{
    if (!m_data)
        return false;
    const QString html = reportHtml();
    const QString name
        = QStringLiteral("IKM %1 %2%3")
              .arg(m_data->from.toString(Qt::ISODate), m_data->to.toString(Qt::ISODate),
                   m_data->serviceCode.isEmpty() ? QString()
                                                 : QStringLiteral(" ") + m_data->serviceCode);
    return PrintFlow::savePdf(
        m_chooser, name, this,
        [&html](const QString& path, QString* error) {
            return SurveyDocument::writePdf(html, path, error);
        },
        writtenPath);
}

void IkmReportDialog::printQuestionnaire()
{
    const auto document
        = SurveyDocument::document(SurveyQuestionnaire::html(m_session.catalog.office, {}),
                                   SurveyDocument::QuestionnairePointSize);
    PrintFlow::preview(SurveyDocument::pageLayout(), tr("Satisfaction survey questionnaire"), this,
                       [&document](QPrinter* printer, QString*) {
                           document->print(printer);
                           return true;
                       });
}

} // namespace loket::ui
