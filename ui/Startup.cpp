#include "Startup.h"

#include "CatalogLoader.h"
#include "OfficeChooserDialog.h"
#include "OfficeDatabase.h"

#include <QMessageBox>
#include <QPushButton>

namespace loket::ui {

Startup::Startup(Database& database)
    : m_database(database)
{
}

void Startup::fail(const QString& title, const QString& message) const
{
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Close);
    box.button(QMessageBox::Close)->setText(tr("Close"));
    box.exec();
}

bool Startup::ensureOffice(const QString& officeId)
{
    QString error;
    const QString existing = OfficeDatabase::officeId(m_database, &error);
    if (!error.isEmpty()) {
        fail(tr("Database"), error);
        return false;
    }
    QString chosen = officeId.isEmpty() ? existing : officeId;
    if (chosen.isEmpty()) {
        QList<Catalog> catalogs;
        for (const QString& id : CatalogLoader::builtInOfficeIds()) {
            if (auto loaded = CatalogLoader::builtIn(id).catalog)
                catalogs << *loaded;
        }
        OfficeChooserDialog chooser(catalogs);
        if (chooser.exec() != QDialog::Accepted)
            return false;
        chosen = chooser.selectedOfficeId();
    }
    if (!OfficeDatabase::initialise(m_database, chosen, &error)) {
        fail(tr("Database"), error);
        return false;
    }
    return true;
}

std::optional<Catalog> Startup::run(const QString& location, const QString& officeId)
{
    QString error;
    if (!m_database.open(location, Database::OpenMode::CreateIfMissing, &error)) {
        fail(tr("Database"), error);
        return std::nullopt;
    }
    if (!ensureOffice(officeId))
        return std::nullopt;
    QStringList errors;
    auto catalog = OfficeDatabase::catalog(m_database, &errors);
    if (!catalog)
        fail(tr("Service catalog"),
             tr("The office's service catalog has errors; Loket cannot start until they are "
                "fixed:\n\n%1")
                 .arg(errors.join(QLatin1Char('\n'))));
    return catalog;
}

} // namespace loket::ui
