#include "RegionTable.h"

#include "CsvStreamReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <algorithm>

namespace loket {
namespace {

bool levelFromText(const QString& text, Region::Level* level)
{
    if (text == QLatin1String("provinsi"))
        *level = Region::Level::Province;
    else if (text == QLatin1String("kabkota"))
        *level = Region::Level::Regency;
    else if (text == QLatin1String("kecamatan"))
        *level = Region::Level::District;
    else if (text == QLatin1String("kelurahan") || text == QLatin1String("desa"))
        *level = Region::Level::Village;
    else
        return false;
    return true;
}

QByteArray readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Missing built-in resource %s", qPrintable(path));
    return file.readAll();
}

} // namespace

RegionTable RegionTable::builtIn()
{
    RegionTable table;
    QString error;
    for (const char* path :
         { ":/data/kode-wilayah-kecamatan.csv", ":/data/kode-wilayah-kalteng-kalsel.csv" }) {
        if (!table.addCsv(readResource(QString::fromLatin1(path)), &error))
            qFatal("Built-in region table %s is broken: %s", path, qPrintable(error));
    }
    return table;
}

bool RegionTable::addCsv(const QByteArray& csv, QString* errorMessage)
{
    const QList<CsvRecord> records = readCsv(csv);
    for (qsizetype i = 1; i < records.size(); ++i) { // after the header
        const QStringList& fields = records.at(i).fields;
        Region region;
        if (fields.size() != 3 || !levelFromText(fields.at(2), &region.level)) {
            if (errorMessage)
                *errorMessage = QCoreApplication::translate("loket::RegionTable",
                                                            "line %1: expected code,name,level")
                                    .arg(records.at(i).line);
            return false;
        }
        region.code = fields.at(0);
        region.name = fields.at(1);
        if (!m_regions.contains(region.code))
            m_children[parentCode(region.code)].append(region.code);
        m_regions.insert(region.code, region);
    }
    return true;
}

const Region* RegionTable::find(const QString& code) const
{
    const auto it = m_regions.constFind(dotted(code));
    return it == m_regions.constEnd() ? nullptr : &it.value();
}

QList<Region> RegionTable::children(const QString& parentCode) const
{
    QList<Region> result;
    const QList<QString> codes = m_children.value(dotted(parentCode));
    result.reserve(codes.size());
    for (const QString& code : codes)
        result.append(m_regions.value(code));
    std::sort(result.begin(), result.end(),
              [](const Region& a, const Region& b) { return a.code < b.code; });
    return result;
}

QString RegionTable::dotted(const QString& digits)
{
    if (digits.contains(QLatin1Char('.')))
        return digits;
    switch (digits.size()) {
    case 2:
        return digits;
    case 4:
        return digits.left(2) + QLatin1Char('.') + digits.mid(2, 2);
    case 6:
        return digits.left(2) + QLatin1Char('.') + digits.mid(2, 2) + QLatin1Char('.')
            + digits.mid(4, 2);
    case 10:
        return dotted(digits.left(6)) + QLatin1Char('.') + digits.mid(6);
    default:
        return digits;
    }
}

QString RegionTable::parentCode(const QString& code)
{
    const qsizetype dot = code.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : code.left(dot);
}

} // namespace loket
