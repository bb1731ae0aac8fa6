#pragma once

#include "Clock.h"
#include "GuestBook.h"
#include "LetterNumbering.h"
#include "PrintFlow.h"
#include "RecipientRegister.h"
#include "RegisterPeriod.h"
#include "Session.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class RegistersDialog;
}

namespace loket::ui {

class RegisterTableModel;

// The office's registers in one place: the register of service recipients (optionally of one
// service), the guest book and the outgoing-letter register, for a day, a month or a year.
// A preview table shows what the CSV holds; Print… and Save as PDF… give the formal document
// (A4 landscape, letterhead, signature block), Export CSV… the spreadsheet file.
class RegistersDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Recipients, Guests, Letters };
    // Shows the printable document; true when printed. Replaced in tests.
    using Previewer = std::function<bool(const QString& html, const QString& title)>;

    explicit RegistersDialog(Session& session, QWidget* parent = nullptr);
    ~RegistersDialog() override;

    // "Today" (the default period: this month) and the date above the signature.
    void setClock(Clock clock);
    void setPdfPathChooser(PrintFlow::PathChooser chooser) { m_pdfChooser = std::move(chooser); }
    void setCsvPathChooser(PrintFlow::PathChooser chooser) { m_csvChooser = std::move(chooser); }
    void setPreviewer(Previewer previewer) { m_previewer = std::move(previewer); }

    void setKind(Kind kind);
    Kind kind() const;
    void setPeriod(const RegisterPeriod& period);
    RegisterPeriod period() const;
    // Limits the register of recipients to one service; empty for all.
    void setServiceCode(const QString& code);

    int rowCount() const;
    QString summaryText() const;
    // The printable document of what the preview shows.
    QString html() const;
    QString suggestedFileName() const; // without extension

    bool print();
    bool savePdf(QString* writtenPath = nullptr);
    bool exportCsv(QString* writtenPath = nullptr);

public slots:
    // Reads the register again for the chosen kind, period and service.
    void refresh();

private:
    void updatePeriodPicker();
    QDate officeToday() const;
    QString documentTitle() const;
    bool recordExport(const QString& format, QString* error);

    std::unique_ptr<Ui::RegistersDialog> m_ui;
    Session& m_session;
    RegisterTableModel* m_model;
    Clock m_clock = m_session.clock; // the session's, unless set otherwise
    PrintFlow::PathChooser m_pdfChooser;
    PrintFlow::PathChooser m_csvChooser;
    Previewer m_previewer;
    bool m_refreshing = false;
    // What the preview shows, for the document.
    QList<RecipientEntry> m_recipients;
    QList<GuestEntry> m_guests;
    QList<Letter> m_letters;
    RegisterPeriod m_shownPeriod;
    Kind m_shownKind = Kind::Recipients;
    QString m_shownService;
};

} // namespace loket::ui
