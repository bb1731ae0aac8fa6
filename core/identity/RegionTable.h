#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace loket {

// One administrative region of the Kemendagri code table ("62", "62.71", "62.71.01", …).
struct Region
{
    enum class Level { Province, Regency, District, Village };
    QString code;
    QString name;
    Level level = Level::Province;
};

// The Kemendagri region codes, loaded from the CSV files shipped as resources.
// Codes are dotted ("62.71.01"); lookups also accept the undotted NIK form ("627101").
class RegionTable
{
public:
    // Loads the built-in tables (every district of Indonesia, villages of Kalteng and Kalsel).
    static RegionTable builtIn();

    // Parses "kode,nama,tingkat" CSV text; returns false and sets errorMessage on bad input.
    bool addCsv(const QByteArray& csv, QString* errorMessage);

    const Region* find(const QString& code) const;
    QList<Region> children(const QString& parentCode) const;
    int size() const { return static_cast<int>(m_regions.size()); }

    // "627101" → "62.71.01"; "6271011001" → "62.71.01.1001"; other input is returned unchanged.
    static QString dotted(const QString& digits);
    static QString parentCode(const QString& code);

private:
    QHash<QString, Region> m_regions;
    QHash<QString, QList<QString>> m_children;
};

} // namespace loket
