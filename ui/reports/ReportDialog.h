#pragma once

#include "CaseReportData.h"
#include "CaseReportDocument.h"
#include "Clock.h"
#include "PrintFlow.h"
#include "Session.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>

class QProgressDialog;

namespace Ui {
class ReportDialog;
}

namespace loket::ui {

// The service recap for heads of division, the secretary, the head of office and
// administrators (CaseReport::mayView): choose a month or a year, compute it with a progress
// dialog that can be cancelled, read the table, the charts and the overdue cases, then print
// it, save it as PDF or export it as CSV — the same figures as `loketctl report`. A head of
// division signs the printed recap (with the head of office under "Mengetahui"); anyone else
// prints it for the head of office's signature.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportDialog(Session& session, QWidget* parent = nullptr);
    ~ReportDialog() override;

    // Injected for tests: the "as of" moment, where files go, and a look at each progress step
    // (a test cancels through the progress dialog).
    void setClock(Clock clock);
    void setPdfPathChooser(PrintFlow::PathChooser chooser);
    void setCsvPathChooser(PrintFlow::PathChooser chooser);
    void setProgressObserver(std::function<void(QProgressDialog*)> observer);

    void setPeriod(const ReportPeriod& period);
    ReportPeriod period() const;
    // Computes the chosen period and shows it; false when refused, cancelled or failed (the
    // summary line says which), in which case the previous figures are cleared.
    bool compute();

    const std::optional<CaseReportData>& data() const { return m_data; }
    QString summaryText() const;
    int recapRowCount() const;
    QString recapCell(int row, int column) const;
    int overdueRowCount() const;
    bool chartsShown() const;

    bool print();
    bool savePdf(QString* writtenPath = nullptr);
    bool exportCsv(QString* writtenPath = nullptr);

private:
    void showData();
    void fillRecap();
    void fillOverdue();
    void updateButtons();
    std::optional<CaseReportDocument::Signer> signer() const;
    CaseReportDocument document() const;

    std::unique_ptr<Ui::ReportDialog> m_ui;
    Session& m_session;
    Clock m_clock = m_session.clock; // the session's, unless set otherwise
    PrintFlow::PathChooser m_pdfChooser;
    PrintFlow::PathChooser m_csvChooser;
    std::function<void(QProgressDialog*)> m_progressObserver;
    std::optional<CaseReportData> m_data;
};

} // namespace loket::ui
