#pragma once

#include "RegisterDocument.h"

#include <QAbstractTableModel>

namespace loket::ui {

// A register's text cells (RegisterTable) for a table view: the same columns as its CSV.
// Read-only; cheap enough for a year's register of a busy office.
class RegisterTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(RegisterTable table);
    const RegisterTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    RegisterTable m_table;
};

} // namespace loket::ui
