#pragma once

#include "Catalog.h"
#include "CatalogLoader.h"
#include "Database.h"
#include "Users.h"

#include <QDialog>
#include <QList>
#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace loket::ui {

// First start of a real installation: the office this database serves (a built-in catalog or
// the office's own catalog file) and the administrator's account. Accepting sets the database
// up and creates the administrator; on any error the dialog stays open with the message beside
// the field, and nothing typed is lost.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    // `fixedOfficeId`: the office the database already belongs to (or was given with
    // --office); the administrator then chooses only between its built-in and an own catalog.
    explicit FirstRunDialog(Database& database, const QString& fixedOfficeId = QString(),
                            QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    QString officeId() const { return m_officeId; } // set once accepted
    User administrator() const { return m_administrator; } // set once accepted

    void accept() override;

private:
    void officeChanged();
    void browse();
    void showCatalogFile(); // validates the chosen file and shows the result at once
    bool ownCatalogChosen() const;
    QString chosenOfficeId(); // empty, with the errors shown, when the choice is unusable
    bool checkAdministrator(); // every field's message shown; true when all are fine
    bool installOwnCatalog(const QString& source);
    void showCatalogErrors(const QStringList& errors);
    void growToFit();

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    Database& m_database;
    QString m_fixedOfficeId;
    QList<Catalog> m_builtIn;
    CatalogLoadResult m_file;
    QString m_checkedPath;
    QString m_officeId;
    User m_administrator;
};

} // namespace loket::ui
