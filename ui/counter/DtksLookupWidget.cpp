#include "DtksLookupWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

DtksLookupWidget::DtksLookupWidget(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_extract(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_searchButton(new QPushButton(tr("&Search"), this))
    , m_importButton(new QPushButton(tr("&Import extract…"), this))
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_search->setObjectName(QStringLiteral("dtksSearchLineEdit"));
    m_search->setPlaceholderText(tr("NIK (16 digits) or name, words in any order"));
    m_search->setClearButtonEnabled(true);
    m_extract->setObjectName(QStringLiteral("dtksExtractLabel"));
    m_message->setObjectName(QStringLiteral("dtksMessageLabel"));
    m_message->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("dtksResultsTableWidget"));
    // What the clerk looks for first — who, and which programmes — comes first.
    const QStringList titles { tr("Extract of"), tr("NIK"),      tr("Name"),         tr("Programs"),
                               tr("Desil"),      tr("Register"), tr("Born"),         tr("Address"),
                               tr("Village"),    tr("District"), tr("Household id"), tr("Status") };
    m_table->setColumnCount(int(titles.size()));
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_importButton->hide();

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchButton);
    searchRow->addWidget(m_importButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_extract);
    layout->addLayout(searchRow);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::returnPressed, this, &DtksLookupWidget::runSearch);
    connect(m_searchButton, &QPushButton::clicked, this, &DtksLookupWidget::runSearch);
    connect(m_importButton, &QPushButton::clicked, this, &DtksLookupWidget::importRequested);
    refresh();
}

void DtksLookupWidget::setImportVisible(bool visible)
{
    m_importButton->setVisible(visible);
}

QString DtksLookupWidget::displayDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString DtksLookupWidget::extractText() const
{
    return m_extract->text();
}

QString DtksLookupWidget::messageText() const
{
    return m_message->text();
}

void DtksLookupWidget::refresh()
{
    QString error;
    const auto extracts = DtksLookup(m_database).extracts(&error);
    if (!extracts)
        m_extract->setText(error);
    else if (extracts->isEmpty())
        m_extract->setText(tr("No DTKS extract imported yet."));
    else
        m_extract->setText(extractLine(*extracts));
    if (!m_lastSearch.isEmpty())
        search(m_lastSearch);
}

// The newest DTSEN extract; the newest DTKS one too when there is no DTSEN extract or the DTKS
// one is newer (older DTKS extracts are history since DTSEN replaced DTKS).
QString DtksLookupWidget::extractLine(const QList<DtksExtract>& newestFirst)
{
    const auto newestOf = [&newestFirst](ExtractKind kind) -> const DtksExtract* {
        for (const DtksExtract& extract : newestFirst) {
            if (extract.kind == kind)
                return &extract;
        }
        return nullptr;
    };
    const DtksExtract* dtsen = newestOf(ExtractKind::Dtsen);
    const DtksExtract* dtks = newestOf(ExtractKind::Dtks);
    QStringList parts;
    if (dtsen)
        parts << tr("DTSEN data as of %1 (%n row(s))", nullptr, int(dtsen->rows))
                     .arg(displayDate(dtsen->extractDate));
    if (dtks && (!dtsen || dtks->extractDate > dtsen->extractDate))
        parts << tr("DTKS data as of %1 (%n row(s))", nullptr, int(dtks->rows))
                     .arg(displayDate(dtks->extractDate));
    return parts.join(QStringLiteral(" · "));
}

void DtksLookupWidget::search(const QString& text)
{
    m_search->setText(text);
    runSearch();
}

void DtksLookupWidget::runSearch()
{
    m_lastSearch = m_search->text().trimmed();
    m_table->setRowCount(0);
    m_message->clear();
    if (m_lastSearch.isEmpty())
        return;
    QString error;
    const auto result = DtksLookup(m_database).search(m_lastSearch, &error);
    if (!result) {
        m_message->setText(error);
        return;
    }
    if (result->state == DtksResult::State::NoExtract) {
        m_message->setText(tr("No DTKS extract imported yet: nothing to look in."));
        return;
    }
    if (result->state == DtksResult::State::NotFound) {
        m_message->setText(
            result->newestKind == ExtractKind::Dtsen
                ? tr("Not found in DTSEN (extract of %1).").arg(displayDate(result->newestExtract))
                : tr("Not found in DTKS (extract of %1).").arg(displayDate(result->newestExtract)));
        return;
    }
    const bool byNik
        = result->hits.first().nik == m_lastSearch.simplified().remove(QLatin1Char(' '));
    if (byNik)
        m_message->setText(statusLine(
            DtksLookup(m_database).nikStatus(result->hits.first().nik, m_clock().date(), &error)));
    else
        m_message->setText(
            result->truncated ? tr("The first %1 matches; type more of the name to narrow it down.")
                                    .arg(DtksLookup::MaxNameHits)
                              : tr("%n match(es).", nullptr, int(result->hits.size())));
    m_table->setRowCount(int(result->hits.size()));
    for (int row = 0; row < result->hits.size(); ++row) {
        const DtksHit& hit = result->hits.at(row);
        const QStringList cells { displayDate(hit.extractDate),
                                  hit.nik,
                                  hit.name,
                                  hit.programs,
                                  hit.desil > 0 ? QString::number(hit.desil) : QString(),
                                  extractKindKey(hit.kind),
                                  hit.birthDate.isValid() ? displayDate(hit.birthDate) : QString(),
                                  hit.address,
                                  hit.village,
                                  hit.district,
                                  hit.householdId,
                                  hit.status };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

QString DtksLookupWidget::statusLine(const DtksNikStatus& status)
{
    const QString programs = status.programs.join(QStringLiteral(", "));
    switch (status.state) {
    case DtksResult::State::NoExtract:
        return tr("No DTKS extract imported yet");
    case DtksResult::State::NotFound:
        return status.newestDtsen.isValid()
            ? tr("Not found in DTSEN (extract of %1) nor in DTKS")
                  .arg(displayDate(status.newestDtsen))
            : tr("Not found in DTKS (extract of %1)").arg(displayDate(status.extractDate));
    case DtksResult::State::Found:
        break;
    }
    if (status.kind == ExtractKind::Dtsen)
        return dtsenLine(status);
    if (status.newestDtsen.isValid()) {
        const QString older
            = tr("Not in DTSEN (extract of %1); only in an older DTKS extract (of %2)")
                  .arg(displayDate(status.newestDtsen), displayDate(status.extractDate));
        return programs.isEmpty() ? older : older + QStringLiteral(": ") + programs;
    }
    return programs.isEmpty()
        ? tr("Registered in DTKS (extract of %1)").arg(displayDate(status.extractDate))
        : tr("Registered in DTKS (extract of %1): %2")
              .arg(displayDate(status.extractDate), programs);
}

QString DtksLookupWidget::dtsenLine(const DtksNikStatus& status)
{
    const QString found
        = tr("Registered in DTSEN (extract of %1)").arg(displayDate(status.extractDate));
    if (status.desil == 0)
        return tr("%1: no desil in the extract").arg(found);
    const QString household
        = status.householdId.isEmpty() ? QString() : tr(", household %1").arg(status.householdId);
    return status.eligible.isEmpty()
        ? tr("%1: desil %2%3, eligible for no programme under the office's thresholds")
              .arg(found)
              .arg(status.desil)
              .arg(household)
        : tr("%1: desil %2%3, eligible for %4")
              .arg(found)
              .arg(status.desil)
              .arg(household, status.eligible.join(QStringLiteral(", ")));
}

QString DtksLookupWidget::caseLine(Database& database, const Catalog& catalog, const Case& record,
                                   const QDate& today)
{
    const Service* service = catalog.service(record.serviceCode);
    if (!service || !DtksLookup::isDtksService(service->keywords) || record.person.nik.isEmpty())
        return {};
    QString error;
    const DtksNikStatus status = DtksLookup(database).nikStatus(record.person.nik, today, &error);
    return error.isEmpty() ? statusLine(status) : error;
}

} // namespace loket::ui
