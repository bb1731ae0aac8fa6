#include "DtksRowCheck.h"

#include "DtksImporter.h"

namespace loket::dtksrows {

QString cleanNumber(const QString& text)
{
    QString number = text.trimmed();
    if (number.startsWith(QLatin1String("=\"")) && number.endsWith(QLatin1Char('"')))
        number = number.mid(2, number.size() - 3);
    if (number.startsWith(QLatin1Char('\'')))
        number.remove(0, 1);
    number.remove(QLatin1Char(' '));
    return number;
}

namespace {

bool allDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

int neededColumns(const DtksMapping& mapping)
{
    int needed = 0;
    for (const int column : mapping)
        needed = qMax(needed, column + 1);
    return needed;
}

RowProblems rowProblems(const CsvStreamReader::Record& record, int columns, int needed,
                        const QString& nik, const QString& name)
{
    RowProblems problems;
    const int count = int(record.fields.size());
    bool extraValues = false;
    for (int i = columns; i < count; ++i)
        extraValues = extraValues || !record.fields.at(i).trimmed().isEmpty();
    if (record.unterminated)
        problems.add(DtksImporter::tr("unclosed quote"),
                     DtksImporter::tr("a quoted value is not closed before the end of the file"));
    else if (count < needed || extraValues)
        problems.add(DtksImporter::tr("wrong number of columns"),
                     DtksImporter::tr("the row has %1 columns, the header %2 (a separator inside "
                                      "a value without quotes?)")
                         .arg(count)
                         .arg(columns));
    if (nik.isEmpty())
        problems.add(DtksImporter::tr("NIK empty"), DtksImporter::tr("the NIK is empty"));
    else if (nik.contains(QLatin1Char('E'), Qt::CaseInsensitive) && nik.contains(QLatin1Char('+')))
        problems.add(DtksImporter::tr("NIK rounded by a spreadsheet"),
                     DtksImporter::tr("the NIK \"%1\" was rounded by a spreadsheet (scientific "
                                      "notation): export the column as text")
                         .arg(nik));
    else if (!allDigits(nik))
        problems.add(
            DtksImporter::tr("NIK not digits"),
            DtksImporter::tr("the NIK \"%1\" contains characters other than digits").arg(nik));
    else if (nik.size() != 16)
        problems.add(
            DtksImporter::tr("NIK not 16 digits"),
            DtksImporter::tr("the NIK \"%1\" has %2 digits, not 16").arg(nik).arg(nik.size()));
    if (name.isEmpty())
        problems.add(DtksImporter::tr("name empty"), DtksImporter::tr("the name is empty"));
    return problems;
}

} // namespace loket::dtksrows
