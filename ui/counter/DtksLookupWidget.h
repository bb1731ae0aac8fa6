#pragma once

#include "CaseModel.h"
#include "Catalog.h"
#include "Clock.h"
#include "Database.h"
#include "DtksLookup.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace loket::ui {

// Looks people up in the imported DTSEN and DTKS extracts: type an NIK or a name (words in any
// order), Enter; each result shows the date and register of its extract, newest extract first,
// with the household's desil. For an NIK the line above the table says whether the person is in
// DTSEN, only in an older DTKS extract, or in neither, and which programmes the desil makes them
// eligible for under the office's thresholds. The top line says which extract the office has
// ("DTSEN data as of 1 October 2026").
class DtksLookupWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DtksLookupWidget(Database& database, QWidget* parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); } // "today" for the thresholds
    void search(const QString& text); // as if typed and Enter pressed
    void refresh(); // after an import: the extract line, and the last search again

    QLineEdit* searchField() const { return m_search; }
    QTableWidget* resultsTable() const { return m_table; }
    QString extractText() const; // the line about the newest extract
    QString messageText() const; // "Not found…", errors

    // The counter's one line for an NIK: "Registered in DTSEN (extract of 1 October 2026): desil
    // 3, eligible for PKH, Sembako", "Not in DTSEN (extract of …); registered in an older DTKS
    // extract (of …): PKH", "Registered in DTKS (extract of …): PKH, BPNT" (no DTSEN extract yet),
    // "Not found in DTSEN (extract of …) nor in DTKS", "Not found in DTKS (extract of …)" or "No
    // DTKS extract imported yet".
    static QString statusLine(const DtksNikStatus& status);
    // The line the case view shows for the applicant of a DTKS service; empty for others.
    static QString caseLine(Database& database, const Catalog& catalog, const Case& record,
                            const QDate& today);
    static QString displayDate(const QDate& date); // "1 October 2026" in the interface language

    // Shows the "Import extract…" button (for users who may import), which emits importRequested.
    void setImportVisible(bool visible);

signals:
    void importRequested();

private:
    void runSearch();
    static QString dtsenLine(const DtksNikStatus& status);
    static QString extractLine(const QList<DtksExtract>& newestFirst);

    Database& m_database;
    QLabel* m_extract;
    QLineEdit* m_search;
    QPushButton* m_searchButton;
    QPushButton* m_importButton;
    QLabel* m_message;
    QTableWidget* m_table;
    QString m_lastSearch;
    Clock m_clock = systemClock();
};

} // namespace loket::ui
