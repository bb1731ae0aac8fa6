#pragma once

#include "Catalog.h"

#include <QMainWindow>

namespace loket::ui {

// The counter's main window. For now it shows which office and standard are in force;
// the counter screen comes next.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Catalog& catalog, const QString& databaseLocation, QWidget* parent = nullptr);

private:
    Catalog m_catalog;
};

} // namespace loket::ui
