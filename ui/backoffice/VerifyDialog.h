#pragma once

#include "Catalog.h"
#include "Database.h"

#include <QDialog>
#include <memory>

class QTextDocument;

namespace Ui {
class VerifyDialog;
}

namespace loket::ui {

// Was this paper issued by the office? Type the verification code printed under the signature:
// the dialog says whether a document with that code was issued, its number, date and signer,
// whether its stored content is intact, and shows that content read-only — what the paper in
// front of the clerk should say. The same check as `loketctl verify CODE`.
class VerifyDialog : public QDialog
{
    Q_OBJECT
public:
    VerifyDialog(Database& database, const Catalog& catalog, QWidget* parent = nullptr);
    ~VerifyDialog() override;

    // True when a document with the code was issued (intact or not: resultText says which).
    bool verify(const QString& code);
    QString resultText() const;
    QString detailsText() const;
    QString contentText() const;

private:
    void showResult(const QString& text, const QString& colour);

    std::unique_ptr<Ui::VerifyDialog> m_ui;
    Database& m_database;
    const Catalog& m_catalog;
    std::unique_ptr<QTextDocument> m_content;
};

} // namespace loket::ui
