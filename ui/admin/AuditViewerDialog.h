#pragma once

#include "Catalog.h"
#include "Database.h"
#include "Users.h"

#include <QDate>
#include <QDialog>
#include <memory>

namespace Ui {
class AuditViewerDialog;
}

namespace loket::ui {

// The audit log in the application, for those allowed to see it (Action::ViewAudit): newest
// first, filtered by user, case number and a range of office days; and a check of the whole
// hash chain (AuditVerifier) that says "intact" or lists every broken link. Enter or F5 shows,
// Ctrl+Shift+H verifies the chain.
class AuditViewerDialog : public QDialog
{
    Q_OBJECT
public:
    AuditViewerDialog(Database& database, const Catalog& catalog, const User& user,
                      QWidget* parent = nullptr);
    ~AuditViewerDialog() override;

    // An empty value or an invalid date does not filter.
    void setFilter(const QString& username, const QString& caseNumber, const QDate& from,
                   const QDate& until);
    bool refresh(); // false when refused or the log cannot be read
    bool verifyChain(); // true when intact
    int rowCount() const;
    QString cell(int row, int column) const;
    QString chainText() const;
    QString refusal() const;

private:
    std::unique_ptr<Ui::AuditViewerDialog> m_ui;
    Database& m_database;
    const Catalog& m_catalog;
    User m_user;
};

} // namespace loket::ui
