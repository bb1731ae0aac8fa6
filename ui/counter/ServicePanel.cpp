#include "ServicePanel.h"

#include "ui_servicepanel.h"

#include <QKeyEvent>
#include <QShortcut>
#include <algorithm>

namespace loket::ui {

namespace {

constexpr int RankRole = Qt::UserRole + 1; // place in the search's order, 0 the best

// Sorts by the search's rank rather than by text, so that the best match is on top.
class RankedItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override
    {
        return data(0, RankRole).toInt() < other.data(0, RankRole).toInt();
    }
};

} // namespace

ServicePanel::ServicePanel(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServicePanel>())
    , m_catalog(catalog)
    , m_search(catalog)
{
    m_ui->setupUi(this);
    m_ui->searchLineEdit->setToolTip(
        tr("Type words in any order or an abbreviation; ↓ moves to the list (F2)"));
    m_ui->printStandardButton->setToolTip(
        tr("Print the full service standard of the chosen service"));
    populate();
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &ServicePanel::filter);
    connect(m_ui->serviceTreeWidget, &QTreeWidget::currentItemChanged, this, [this] {
        const Service* service = currentService();
        showSummary(service);
        emit serviceChosen(service);
    });
    connect(m_ui->printStandardButton, &QPushButton::clicked, this, [this] {
        if (const Service* service = currentService())
            emit printStandardRequested(service);
    });
    // From the search field, ↓ or Enter goes to the first match.
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this,
            [this] { m_ui->serviceTreeWidget->setFocus(); });
    showSummary(nullptr);
}

ServicePanel::~ServicePanel() = default;

void ServicePanel::populate()
{
    QTreeWidget* tree = m_ui->serviceTreeWidget;
    tree->clear();
    QMap<QString, QTreeWidgetItem*> divisions;
    for (const Service& service : m_catalog.services) {
        QTreeWidgetItem* parent = nullptr;
        if (!service.division.isEmpty()) {
            parent = divisions.value(service.division);
            if (!parent) {
                parent = new RankedItem(tree, { service.division });
                parent->setFlags(Qt::ItemIsEnabled);
                QFont font = parent->font(0);
                font.setBold(true);
                parent->setFont(0, font);
                divisions.insert(service.division, parent);
            }
        }
        auto* item = parent ? new RankedItem(parent) : new RankedItem(tree);
        item->setText(0, QStringLiteral("%1  %2").arg(service.code, service.name));
        item->setToolTip(0, service.name);
        item->setData(0, Qt::UserRole, service.code);
    }
    tree->expandAll();
}

// Shows the matches best first — divisions in the order of their best match — and makes the
// best one current, so that Enter takes the clerk to it.
void ServicePanel::filter(const QString& text)
{
    const QList<int> matches = m_search.find(text);
    QHash<QString, int> ranks;
    for (int rank = 0; rank < matches.size(); ++rank)
        ranks.insert(m_catalog.services.at(matches.at(rank)).code, rank);
    const int unmatched = int(m_catalog.services.size()); // hidden, after every match
    QTreeWidget* tree = m_ui->serviceTreeWidget;
    QTreeWidgetItem* best = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        const QString code = (*it)->data(0, Qt::UserRole).toString();
        if (code.isEmpty())
            continue;
        const int rank = ranks.value(code, unmatched);
        (*it)->setHidden(rank == unmatched);
        (*it)->setData(0, RankRole, rank);
        if (rank == 0)
            best = *it;
    }
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = tree->topLevelItem(i);
        if (top->data(0, Qt::UserRole).toString().isEmpty()) { // a division
            int rank = unmatched;
            for (int c = 0; c < top->childCount(); ++c)
                rank = std::min(rank, top->child(c)->data(0, RankRole).toInt());
            top->setHidden(rank == unmatched);
            top->setData(0, RankRole, rank);
        }
    }
    tree->sortItems(0, Qt::AscendingOrder);
    const bool searching = !ServiceSearch::words(text).isEmpty();
    if (best && (searching || !tree->currentItem() || tree->currentItem()->isHidden())) {
        tree->setCurrentItem(best);
        tree->scrollToItem(best);
    }
}

QStringList ServicePanel::visibleCodes() const
{
    QStringList codes;
    for (QTreeWidgetItemIterator it(m_ui->serviceTreeWidget); *it; ++it) {
        const QString code = (*it)->data(0, Qt::UserRole).toString();
        if (!code.isEmpty() && !(*it)->isHidden())
            codes << code;
    }
    return codes;
}

const Service* ServicePanel::currentService() const
{
    const QTreeWidgetItem* item = m_ui->serviceTreeWidget->currentItem();
    return item ? m_catalog.service(item->data(0, Qt::UserRole).toString()) : nullptr;
}

void ServicePanel::selectService(const QString& code)
{
    for (QTreeWidgetItemIterator it(m_ui->serviceTreeWidget); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == code) {
            m_ui->serviceTreeWidget->setCurrentItem(*it);
            return;
        }
    }
}

void ServicePanel::focusSearch()
{
    m_ui->searchLineEdit->setFocus();
    m_ui->searchLineEdit->selectAll();
}

void ServicePanel::showSummary(const Service* service)
{
    m_ui->printStandardButton->setEnabled(service);
    if (!service) {
        m_ui->summaryTextBrowser->setHtml(tr("<p>Choose the service the applicant needs.</p>"));
        return;
    }
    QString steps;
    for (const ProcedureStep& step : service->steps)
        steps += QStringLiteral("<li>%1</li>").arg(step.text.toHtmlEscaped());
    m_ui->summaryTextBrowser->setHtml(
        tr("<p><b>%1</b></p><p>Service time: %2<br>Fee: %3<br>Product: %4<br>"
           "Requirements: %5</p><p>Procedure:</p><ol>%6</ol>")
            .arg(service->name.toHtmlEscaped(), service->serviceTime.text.toHtmlEscaped(),
                 service->feeText.toHtmlEscaped(), service->product.name.toHtmlEscaped())
            .arg(service->requirements.size())
            .arg(steps));
}

} // namespace loket::ui
