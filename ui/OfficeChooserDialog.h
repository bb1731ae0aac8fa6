#pragma once

#include "Catalog.h"

#include <QDialog>
#include <QList>
#include <memory>

namespace Ui {
class OfficeChooserDialog;
}

namespace loket::ui {

// First start: the administrator picks which office this database serves.
class OfficeChooserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OfficeChooserDialog(const QList<Catalog>& catalogs, QWidget* parent = nullptr);
    ~OfficeChooserDialog() override;

    QString selectedOfficeId() const;

private:
    void showDecree(int index);

    std::unique_ptr<Ui::OfficeChooserDialog> m_ui;
    QList<Catalog> m_catalogs;
};

} // namespace loket::ui
