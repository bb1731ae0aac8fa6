#pragma once

#include "Catalog.h"
#include "ServiceSearch.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ServicePanel;
}

namespace loket::ui {

// The service picker: every service of the office grouped by division, found as the clerk
// types with the best match first and chosen, and the standard in short for the chosen one
// (time, fee, product, steps), so that the clerk can explain it.
class ServicePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServicePanel(const Catalog& catalog, QWidget* parent = nullptr);
    ~ServicePanel() override;

    const Service* currentService() const;
    void selectService(const QString& code);
    void focusSearch();
    QStringList visibleCodes() const; // for tests: what the filter shows

signals:
    void serviceChosen(const Service* service);
    void printStandardRequested(const Service* service);

private:
    void populate();
    void filter(const QString& text);
    void showSummary(const Service* service);

    std::unique_ptr<Ui::ServicePanel> m_ui;
    const Catalog& m_catalog;
    ServiceSearch m_search;
};

} // namespace loket::ui
