#pragma once
// Reading one row of an extract: its mapped values, and why it cannot be kept.

#include "CsvStreamReader.h"
#include "Dtks.h"

namespace loket::dtksrows {

// An identity number as spreadsheets leave it: spaces, a leading apostrophe (Excel's "text"
// mark) or ="…" around it are taken off.
QString cleanNumber(const QString& text);

// The trimmed value of a mapped field of one row; empty when the field is not mapped.
struct RowReader
{
    const QStringList& fields;
    const DtksMapping& mapping;

    QString value(DtksField field) const
    {
        const int index = mapping.value(field, -1);
        return index >= 0 ? fields.value(index).trimmed() : QString();
    }
};

// The columns a row needs to hold every mapped field.
int neededColumns(const DtksMapping& mapping);

// Why a row cannot be kept, in the order found; `kind` is the first problem's, for the counts.
struct RowProblems
{
    QString kind;
    QStringList texts;

    void add(const QString& kindTitle, const QString& text)
    {
        if (kind.isEmpty())
            kind = kindTitle;
        texts << text;
    }
};

RowProblems rowProblems(const CsvStreamReader::Record& record, int columns, int needed,
                        const QString& nik, const QString& name);

} // namespace loket::dtksrows
