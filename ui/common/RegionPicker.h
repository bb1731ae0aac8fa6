#pragma once

#include "RegionTable.h"

#include <QObject>

class QComboBox;

namespace loket::ui {

// Four cascading combo boxes: province → regency/city → district → village, from the
// Kemendagri tables. Villages are known for Kalimantan Tengah and Selatan; elsewhere the
// address line carries the rest as free text.
class RegionPicker : public QObject
{
    Q_OBJECT
public:
    RegionPicker(const RegionTable& regions, QComboBox* province, QComboBox* regency,
                 QComboBox* district, QComboBox* village, QObject* parent = nullptr);

    // Selects as deep as `code` goes ("62", "62.71", "62.71.01", "62.71.01.1001").
    void select(const QString& code);
    QString provinceCode() const;
    QString regencyCode() const;
    QString districtCode() const;
    QString villageCode() const;

signals:
    void changed();

private:
    void fill(QComboBox* box, const QString& parentCode);
    void onChosen(QComboBox* box, QComboBox* next);
    static QString codeOf(const QComboBox* box);
    static bool choose(QComboBox* box, const QString& code);

    const RegionTable& m_regions;
    QComboBox* m_province;
    QComboBox* m_regency;
    QComboBox* m_district;
    QComboBox* m_village;
};

} // namespace loket::ui
