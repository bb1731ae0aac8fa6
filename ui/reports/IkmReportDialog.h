#pragma once

#include "Clock.h"
#include "IkmReport.h"
#include "PrintFlow.h"
#include "Session.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class IkmReportDialog;
}

namespace loket::ui {

// The IKM report on screen: a period and all services or one; the element table (total, NRR,
// NRR × weight), the IKM, converted value, grade, respondents and the weight used, and a line
// per service. Prints (print preview) or saves the same report as PDF; the figures are core's
// (IkmReport::build), the same as `loketctl skm`. Also prints the blank questionnaire.
class IkmReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IkmReportDialog(Session& session, QWidget* parent = nullptr);
    ~IkmReportDialog() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setPathChooser(PrintFlow::PathChooser chooser) { m_chooser = std::move(chooser); }

    void setPeriod(const QDate& from, const QDate& to); // refreshes
    void setService(const QString& code); // empty: all services; refreshes
    const std::optional<IkmReport::Data>& data() const { return m_data; }
    QString summaryText() const;
    QString problem() const;
    QString reportHtml() const; // what Print and Save as PDF output

    bool print();
    bool savePdf(QString* writtenPath = nullptr);
    void printQuestionnaire();

private:
    void refresh();
    void showData();

    std::unique_ptr<Ui::IkmReportDialog> m_ui;
    Session& m_session;
    Clock m_clock = m_session.clock; // the session's, unless set otherwise
    PrintFlow::PathChooser m_chooser = PrintFlow::defaultPathChooser();
    std::optional<IkmReport::Data> m_data;
};

} // namespace loket::ui
