#include "CaseHistoryPanel.h"

#include "IndonesianText.h"
#include "Permissions.h"
#include "ui_casehistorypanel.h"

#include <QHeaderView>
#include <algorithm>

namespace loket::ui {
namespace {

struct Event
{
    QDateTime at;
    QString what;
    QString who;
    QString note;
};

QString when(const QDateTime& at, const QTimeZone& zone)
{
    return at.toTimeZone(zone).toString(QStringLiteral("dd-MM-yyyy HH.mm"));
}

} // namespace

QString signoffActTitle(const SignoffEntry& entry)
{
    const QString role = userRoleTitle(Permissions::roleForStep(entry.role));
    switch (entry.kind) {
    case SignoffEntry::Kind::Submit:
        return CaseHistoryPanel::tr("Draft sent for initials");
    case SignoffEntry::Kind::Initial:
        return entry.byDrafter
            ? CaseHistoryPanel::tr("Initialled by the drafter as %1 (paraf konseptor)").arg(role)
            : CaseHistoryPanel::tr("Initialled as %1").arg(role);
    case SignoffEntry::Kind::Return:
        return CaseHistoryPanel::tr("Returned to the drafter by %1").arg(role);
    case SignoffEntry::Kind::Sign:
        return entry.form == SignForm::Own
            ? CaseHistoryPanel::tr("Signed, number %1").arg(entry.letterNumber)
            : CaseHistoryPanel::tr("Signed %1, number %2")
                  .arg(signFormKey(entry.form), entry.letterNumber);
    }
    return QString();
}

QString relationTitle(const QString& relation)
{
    static const QList<std::pair<const char*, const char*>> titles {
        { "self", QT_TRANSLATE_NOOP("loket::ui::CaseHistoryPanel", "the applicant themself") },
        { "spouse", QT_TRANSLATE_NOOP("loket::ui::CaseHistoryPanel", "spouse") },
        { "child", QT_TRANSLATE_NOOP("loket::ui::CaseHistoryPanel", "child") },
        { "parent", QT_TRANSLATE_NOOP("loket::ui::CaseHistoryPanel", "parent") },
        { "sibling", QT_TRANSLATE_NOOP("loket::ui::CaseHistoryPanel", "brother or sister") },
        { "kuasa",
          QT_TRANSLATE_NOOP("loket::ui::CaseHistoryPanel",
                            "holder of a power of attorney (kuasa)") },
    };
    for (const auto& [key, title] : titles) {
        if (relation == QLatin1String(key))
            return CaseHistoryPanel::tr(title);
    }
    return relation;
}

CaseHistoryPanel::CaseHistoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseHistoryPanel>())
{
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->historyTableWidget;
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({ tr("When"), tr("What"), tr("Who"), tr("Note") });
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

CaseHistoryPanel::~CaseHistoryPanel() = default;

void CaseHistoryPanel::clear()
{
    m_ui->historyTableWidget->setRowCount(0);
    m_ui->outcomeLabel->clear();
}

int CaseHistoryPanel::rowCount() const
{
    return m_ui->historyTableWidget->rowCount();
}

QString CaseHistoryPanel::outcomeText() const
{
    return m_ui->outcomeLabel->text();
}

void CaseHistoryPanel::setHistory(const QList<StatusChange>& statuses,
                                  const QList<Assignment>& assignments,
                                  const QList<SignoffEntry>& signoffs, const Outcome& outcome,
                                  const QTimeZone& zone)
{
    QList<Event> events;
    for (const StatusChange& change : statuses)
        events.append({ change.at,
                        tr("%1 → %2").arg(caseStatusTitle(change.from), caseStatusTitle(change.to)),
                        change.changedByName, change.note });
    for (const Assignment& assignment : assignments)
        events.append({ assignment.at, tr("Assigned to %1").arg(assignment.toUserName), QString(),
                        assignment.note });
    for (const SignoffEntry& entry : signoffs)
        events.append({ entry.at, signoffActTitle(entry), entry.userName, entry.note });
    std::stable_sort(events.begin(), events.end(),
                     [](const Event& a, const Event& b) { return a.at < b.at; });
    QTableWidget* table = m_ui->historyTableWidget;
    table->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const Event& event = events.at(row);
        const QStringList cells { when(event.at, zone), event.what, event.who, event.note };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
    }

    QStringList lines;
    for (int i = 0; i < outcome.documents.size(); ++i) {
        const StoredDocument& document = outcome.documents.at(i);
        const int prints = outcome.printCounts.value(i);
        lines << tr("<b>Issued:</b> %1, signed %2 by %3; verification code %4; %5")
                     .arg(document.number.toHtmlEscaped(), when(document.issuedAt, zone),
                          document.issuedByName.toHtmlEscaped(),
                          document.verificationCode.toHtmlEscaped(),
                          prints == 0 ? tr("not printed yet")
                                      : tr("printed %n time(s)", nullptr, prints));
    }
    if (!outcome.rejectionReason.isEmpty())
        lines << tr("<b>Rejected:</b> %1").arg(outcome.rejectionReason.toHtmlEscaped());
    if (outcome.handover) {
        const Handover& handover = *outcome.handover;
        lines << tr("<b>Collected</b> %1 by %2 (NIK %3, %4); handed over by %5")
                     .arg(when(handover.at, zone), handover.recipientName.toHtmlEscaped(),
                          handover.recipientNik.toHtmlEscaped(),
                          relationTitle(handover.relation).toHtmlEscaped(),
                          outcome.handedOverByName.toHtmlEscaped());
    }
    m_ui->outcomeLabel->setText(lines.join(QStringLiteral("<br/>")));
    m_ui->outcomeLabel->setVisible(!lines.isEmpty());
}

} // namespace loket::ui
