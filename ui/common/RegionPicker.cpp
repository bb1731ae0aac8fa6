#include "RegionPicker.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace loket::ui {

RegionPicker::RegionPicker(const RegionTable& regions, QComboBox* province, QComboBox* regency,
                           QComboBox* district, QComboBox* village, QObject* parent)
    : QObject(parent)
    , m_regions(regions)
    , m_province(province)
    , m_regency(regency)
    , m_district(district)
    , m_village(village)
{
    for (QComboBox* box : { province, regency, district, village }) {
        box->setEditable(false);
        box->setMaxVisibleItems(20);
    }
    fill(m_province, QString());
    fill(m_regency, QStringLiteral("-"));
    fill(m_district, QStringLiteral("-"));
    fill(m_village, QStringLiteral("-"));
    connect(m_province, &QComboBox::activated, this, [this] { onChosen(m_province, m_regency); });
    connect(m_regency, &QComboBox::activated, this, [this] { onChosen(m_regency, m_district); });
    connect(m_district, &QComboBox::activated, this, [this] { onChosen(m_district, m_village); });
    connect(m_village, &QComboBox::activated, this, &RegionPicker::changed);
}

void RegionPicker::fill(QComboBox* box, const QString& parentCode)
{
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(tr("—"), QString());
    if (parentCode == QLatin1String("-"))
        return;
    for (const Region& region : m_regions.children(parentCode))
        box->addItem(region.name, region.code);
    box->setEnabled(box->count() > 1);
}

void RegionPicker::onChosen(QComboBox* box, QComboBox* next)
{
    const QString code = codeOf(box);
    fill(next, code.isEmpty() ? QStringLiteral("-") : code);
    // Everything below the next level empties too.
    if (next == m_regency) {
        fill(m_district, QStringLiteral("-"));
        fill(m_village, QStringLiteral("-"));
    } else if (next == m_district) {
        fill(m_village, QStringLiteral("-"));
    }
    emit changed();
}

QString RegionPicker::codeOf(const QComboBox* box)
{
    return box->currentData().toString();
}

bool RegionPicker::choose(QComboBox* box, const QString& code)
{
    const int index = box->findData(code);
    if (index < 0)
        return false;
    const QSignalBlocker blocker(box);
    box->setCurrentIndex(index);
    return true;
}

void RegionPicker::select(const QString& code)
{
    const QString dotted = RegionTable::dotted(code);
    const QStringList parts = dotted.split(QLatin1Char('.'));
    QString current;
    QList<QComboBox*> boxes { m_province, m_regency, m_district, m_village };
    fill(m_regency, QStringLiteral("-"));
    fill(m_district, QStringLiteral("-"));
    fill(m_village, QStringLiteral("-"));
    choose(m_province, QString());
    for (int level = 0; level < parts.size() && level < boxes.size(); ++level) {
        current = level == 0 ? parts.at(0) : current + QLatin1Char('.') + parts.at(level);
        if (!choose(boxes.at(level), current))
            break;
        if (level + 1 < boxes.size())
            fill(boxes.at(level + 1), current);
    }
    emit changed();
}

QString RegionPicker::provinceCode() const
{
    return codeOf(m_province);
}
QString RegionPicker::regencyCode() const
{
    return codeOf(m_regency);
}
QString RegionPicker::districtCode() const
{
    return codeOf(m_district);
}
QString RegionPicker::villageCode() const
{
    return codeOf(m_village);
}

} // namespace loket::ui
