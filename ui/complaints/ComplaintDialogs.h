#pragma once

#include "PrintFlow.h"
#include "Users.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace loket::ui {

// One step of a complaint's timeline: a note (the initial response, a follow-up, the answer,
// a closing remark) and, to forward, the head it goes to. OK runs `submit`, which returns an
// error to show in the dialog (nothing typed is lost) or empty when the step is recorded.
class ComplaintActionDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<QString(const QString& note, qint64 headId)>;

    ComplaintActionDialog(const QString& title, const QString& prompt, Submit submit,
                          QWidget* parent = nullptr);

    // Forwarding: the heads to choose from.
    void setHeads(const QList<User>& heads);
    // Answering: a button that shows the letter as it will be printed (unnumbered).
    void setPreview(const QString& text, std::function<void(const QString& note)> preview);

    void setNote(const QString& note);
    QString note() const;
    bool selectHead(qint64 id);
    QString message() const;

    void accept() override;

private:
    Submit m_submit;
    QComboBox* m_heads = nullptr;
    QPlainTextEdit* m_note;
    QLabel* m_message;
};

// Prints the register of complaints of a month or a year: the print preview, a PDF or a CSV
// file for spreadsheets. The HTML comes from `html(year, month)` (month 0: the whole year).
class ComplaintRegisterDialog : public QDialog
{
    Q_OBJECT
public:
    using Html = std::function<QString(int year, int month)>;
    using Csv = std::function<QByteArray(int year, int month)>;
    using Previewer = std::function<bool(const QString& html, const QString& title)>;
    // Records that the register of `year`/`month` left Loket as a file (`format` "pdf", "csv").
    using ExportRecorder
        = std::function<bool(int year, int month, const QString& format, QString* error)>;

    ComplaintRegisterDialog(const QDate& today, Html html, Csv csv, QWidget* parent = nullptr);
    // The register names complainants: every file written is recorded (UU 27/2022).
    void setExportRecorder(ExportRecorder recorder) { m_recordExport = std::move(recorder); }

    // Where the PDF and CSV files go (tests choose without a file dialog).
    void setPathChooser(const PrintFlow::PathChooser& chooser)
    {
        m_chooser = chooser;
        m_csvChooser = chooser;
    }
    void setPreviewer(Previewer previewer) { m_previewer = std::move(previewer); }
    void setPeriod(int year, int month);

    bool printRegister();
    bool savePdf(QString* path = nullptr);
    bool saveCsv(QString* path = nullptr);
    bool recordExport(const QString& format, QString* error) const;

private:
    QString title() const;
    QString fileName(const QString& extension) const;

    Html m_html;
    Csv m_csv;
    ExportRecorder m_recordExport;
    PrintFlow::PathChooser m_chooser;
    PrintFlow::PathChooser m_csvChooser;
    Previewer m_previewer;
    QSpinBox* m_year;
    QComboBox* m_month;
};

} // namespace loket::ui
