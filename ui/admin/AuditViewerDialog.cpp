#include "AuditViewerDialog.h"

#include "AuditQueries.h"
#include "AuditVerifier.h"
#include "Permissions.h"
#include "PersonalDataAudit.h"
#include "UserStore.h"
#include "WorkingCalendar.h"
#include "ui_auditviewerdialog.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QPushButton>
#include <QShortcut>

namespace loket::ui {
namespace {

enum Column { IdColumn, WhenColumn, UserColumn, ActionColumn, RecordColumn, DetailsColumn };

// The earliest date of the date fields stands for "no limit".
const QDate kNoLimit(2000, 1, 1);

QString details(const AuditRecord& record)
{
    QStringList parts;
    if (!record.before.isEmpty())
        parts << QString::fromUtf8(QJsonDocument(record.before).toJson(QJsonDocument::Compact))
                + QStringLiteral(" →");
    if (!record.after.isEmpty())
        parts << QString::fromUtf8(QJsonDocument(record.after).toJson(QJsonDocument::Compact));
    return parts.join(QLatin1Char(' '));
}

} // namespace

AuditViewerDialog::AuditViewerDialog(Database& database, const Catalog& catalog, const User& user,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditViewerDialog>())
    , m_database(database)
    , m_catalog(catalog)
    , m_user(user)
{
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->auditTableWidget;
    table->setColumnCount(6);
    table->setHorizontalHeaderLabels(
        { tr("#"), tr("When"), tr("User"), tr("Action"), tr("Record"), tr("Details") });
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    m_ui->userComboBox->addItem(tr("All users"));
    QString usersError;
    for (const User& account : UserStore(database).all(&usersError))
        m_ui->userComboBox->addItem(
            QStringLiteral("%1 (%2)").arg(account.username, account.fullName), account.username);
    if (!usersError.isEmpty()) { // the log still shows every user's entries
        m_ui->userComboBox->setItemText(0, tr("All users (the user list could not be read)"));
        m_ui->userComboBox->setToolTip(usersError);
    }
    for (QDateEdit* edit : { m_ui->fromDateEdit, m_ui->untilDateEdit }) {
        edit->setMinimumDate(kNoLimit);
        edit->setSpecialValueText(tr("any day"));
        edit->setDate(kNoLimit);
    }
    m_ui->problemsPlainTextEdit->hide();
    m_ui->showButton->setToolTip(tr("Show the entries that match (Enter, F5)"));
    m_ui->verifyChainButton->setToolTip(
        tr("Recompute the hash chain of the whole log (Ctrl+Shift+H)"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setToolTip(tr("Close (Esc)"));
    connect(m_ui->showButton, &QPushButton::clicked, this, &AuditViewerDialog::refresh);
    connect(m_ui->caseLineEdit, &QLineEdit::returnPressed, this, &AuditViewerDialog::refresh);
    connect(m_ui->verifyChainButton, &QPushButton::clicked, this, &AuditViewerDialog::verifyChain);
    connect(new QShortcut(QKeySequence(Qt::Key_F5), this), &QShortcut::activated, this,
            &AuditViewerDialog::refresh);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), this),
            &QShortcut::activated, this, &AuditViewerDialog::verifyChain);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QString refused = Permissions::check(user, Action::ViewAudit);
    m_ui->refusalLabel->setText(refused);
    m_ui->refusalLabel->setVisible(!refused.isEmpty());
    for (QWidget* widget : std::initializer_list<QWidget*> {
             m_ui->userComboBox, m_ui->caseLineEdit, m_ui->fromDateEdit, m_ui->untilDateEdit,
             m_ui->showButton, m_ui->verifyChainButton, m_ui->auditTableWidget })
        widget->setEnabled(refused.isEmpty());
    refresh();
}

AuditViewerDialog::~AuditViewerDialog() = default;

QString AuditViewerDialog::refusal() const
{
    return m_ui->refusalLabel->text();
}

void AuditViewerDialog::setFilter(const QString& username, const QString& caseNumber,
                                  const QDate& from, const QDate& until)
{
    const int index = m_ui->userComboBox->findData(username);
    m_ui->userComboBox->setCurrentIndex(username.isEmpty() || index < 0 ? 0 : index);
    m_ui->caseLineEdit->setText(caseNumber);
    m_ui->fromDateEdit->setDate(from.isValid() ? from : kNoLimit);
    m_ui->untilDateEdit->setDate(until.isValid() ? until : kNoLimit);
}

bool AuditViewerDialog::refresh()
{
    QTableWidget* table = m_ui->auditTableWidget;
    table->setRowCount(0);
    if (!Permissions::allows(m_user, Action::ViewAudit))
        return false;
    const QTimeZone zone = timeZoneFromName(m_catalog.office.timeZone);
    AuditFilter filter;
    filter.username = m_ui->userComboBox->currentData().toString();
    filter.caseNumber = m_ui->caseLineEdit->text().trimmed();
    const QDate from = m_ui->fromDateEdit->date();
    const QDate until = m_ui->untilDateEdit->date();
    if (from > kNoLimit)
        filter.from = QDateTime(from, QTime(0, 0), zone);
    if (until > kNoLimit)
        filter.until = QDateTime(until.addDays(1), QTime(0, 0), zone); // the whole last day
    QString error;
    const QList<AuditRecord> records = AuditQueries(m_database).list(filter, &error);
    if (!error.isEmpty()) {
        m_ui->countLabel->setText(error);
        return false;
    }
    table->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const AuditRecord& record = records.at(row);
        const QStringList cells {
            QString::number(record.id),
            record.occurredAt.toTimeZone(zone).toString(QStringLiteral("dd-MM-yyyy HH.mm.ss")),
            record.userId == 0
                ? tr("(system)")
                : QStringLiteral("%1 (%2)").arg(record.username, record.userFullName),
            PersonalDataAudit::actionTitle(record.action),
            QStringLiteral("%1 %2").arg(record.table, record.recordId),
            details(record),
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
    }
    m_ui->countLabel->setText(
        records.size() >= filter.limit
            ? tr("The newest %n entries; narrow the filter to see older ones.", nullptr,
                 int(records.size()))
            : tr("%n entries", nullptr, int(records.size())));
    return true;
}

bool AuditViewerDialog::verifyChain()
{
    if (!Permissions::allows(m_user, Action::ViewAudit))
        return false;
    AuditVerification result;
    QString error;
    m_ui->problemsPlainTextEdit->clear();
    if (!AuditVerifier(m_database).verify(&result, &error)) {
        m_ui->chainLabel->setText(error);
        m_ui->chainLabel->setStyleSheet(QStringLiteral("color:#b00020;font-weight:bold"));
        m_ui->problemsPlainTextEdit->hide();
        return false;
    }
    if (result.intact()) {
        m_ui->chainLabel->setText(
            tr("✓ The audit log is intact: %n entries. Last entry %1, hash %2 — note it down to "
               "notice later removal of the newest entries.",
               nullptr, int(result.entries))
                .arg(result.lastEntryId)
                .arg(result.lastHash));
        m_ui->chainLabel->setStyleSheet(QStringLiteral("color:#1b5e20;font-weight:bold"));
        m_ui->problemsPlainTextEdit->hide();
        return true;
    }
    QStringList lines;
    for (const AuditProblem& problem : std::as_const(result.problems))
        lines << problem.message;
    m_ui->chainLabel->setText(tr("✗ The audit log was TAMPERED with: %n problem(s) in %1 entries.",
                                 nullptr, int(result.problems.size()))
                                  .arg(result.entries));
    m_ui->chainLabel->setStyleSheet(QStringLiteral("color:#b00020;font-weight:bold"));
    m_ui->problemsPlainTextEdit->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->problemsPlainTextEdit->show();
    return false;
}

int AuditViewerDialog::rowCount() const
{
    return m_ui->auditTableWidget->rowCount();
}

QString AuditViewerDialog::cell(int row, int column) const
{
    const QTableWidgetItem* item = m_ui->auditTableWidget->item(row, column);
    return item ? item->text() : QString();
}

QString AuditViewerDialog::chainText() const
{
    return m_ui->chainLabel->text();
}

} // namespace loket::ui
