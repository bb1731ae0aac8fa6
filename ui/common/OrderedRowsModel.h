#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <functional>

namespace loket::ui {

// A table model's rows, kept in the list's order and changed one at a time: a row read again is
// updated, moved to its place or inserted, and one no longer listed is removed, each with the
// view's row signals rather than a reset, so that the selection and the scroll position stay.
template<typename Row> class OrderedRowsModel : public QAbstractTableModel
{
public:
    using IdOf = qint64 (*)(const Row&);
    using Before = std::function<bool(const Row&, const Row&)>;

    int rowOfId(qint64 id) const // -1 when not listed
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_idOf(m_rows.at(row)) == id)
                return row;
        }
        return -1;
    }

protected:
    OrderedRowsModel(IdOf idOf, QObject* parent)
        : QAbstractTableModel(parent)
        , m_idOf(idOf)
    {
    }

    // `before` is the list's order: the row's place is after every other row before it.
    void putInOrder(const Row& row, const Before& before)
    {
        const int current = rowOfId(m_idOf(row));
        int place = 0;
        for (int other = 0; other < m_rows.size(); ++other)
            place += other != current && before(m_rows.at(other), row);
        if (current < 0) {
            beginInsertRows(QModelIndex(), place, place);
            m_rows.insert(place, row);
            endInsertRows();
            return;
        }
        if (place != current) {
            // beginMoveRows counts the destination before the row leaves its old place.
            beginMoveRows(QModelIndex(), current, current, QModelIndex(),
                          place > current ? place + 1 : place);
            m_rows.move(current, place);
            endMoveRows();
        }
        m_rows[place] = row;
        emit dataChanged(index(place, 0), index(place, columnCount() - 1));
    }

    void removeId(qint64 id)
    {
        const int row = rowOfId(id);
        if (row < 0)
            return;
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

    QList<Row> m_rows;

private:
    IdOf m_idOf;
};

} // namespace loket::ui
