#pragma once

#include "Clock.h"
#include "Database.h"
#include "DtksImporter.h"
#include "Users.h"

#include <QDialog>
#include <memory>

class QComboBox;

namespace Ui {
class DtksImportDialog;
}

namespace loket::ui {

// Imports a DTSEN or DTKS extract: choose the CSV file, check its first rows, confirm or change
// which column holds each field (guessed from the header names), confirm the register (DTSEN
// when the file has a desil or household-id column), enter the source and date of the extract, and
// import with a progress dialog that can cancel (nothing is saved then). The result lists the
// bad rows with their line numbers and reasons; it can be copied.
class DtksImportDialog : public QDialog
{
    Q_OBJECT
public:
    DtksImportDialog(Database& database, const User& user, QWidget* parent = nullptr);
    ~DtksImportDialog() override;

    // Reads the header and first rows and guesses the mapping; false (message shown) if the
    // file cannot be read.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    bool openFile(const QString& path);
    void setExtractDate(const QDate& date);
    QDate extractDate() const; // invalid until chosen
    void setKind(ExtractKind kind);
    ExtractKind kind() const;
    void setSource(const QString& source);
    QComboBox* mappingCombo(DtksField field) const;
    DtksMapping mapping() const;
    // What the Import button does; true when the extract was saved.
    bool runImport();

    const DtksImportReport& report() const { return m_report; }
    QString messageText() const;
    QString summaryText() const;
    QStringList badRowTexts() const;
    QString resultText() const; // what "Copy the result" puts on the clipboard

signals:
    void imported(qint64 extractId, const QDate& extractDate);

private:
    void chooseFile();
    void showMessage(const QString& text);
    void showReport(const QString& error);

    std::unique_ptr<Ui::DtksImportDialog> m_ui;
    Database& m_database;
    User m_user;
    QString m_path;
    DtksPreview m_preview;
    QMap<DtksField, QComboBox*> m_combos;
    DtksImportReport m_report;
    Clock m_clock = systemClock();
};

} // namespace loket::ui
