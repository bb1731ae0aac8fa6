#include "ReportChart.h"

#include "PageSetup.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace loket {
namespace {

constexpr qreal kPixelRatio = 2.0;
const QColor kReceived(0x3b, 0x5f, 0x93);
const QColor kCompleted(0x7f, 0xb0, 0x69);
const QColor kOnTime(0x3b, 0x5f, 0x93);
const QColor kHighlight(0x1f, 0x3a, 0x63);
const QColor kGrid(0xd8, 0xd8, 0xd8);
const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x66, 0x66);

const char* const kMonths[]
    = { "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des" };

QFont font(int pixels, bool bold = false)
{
    QFont result = PageSetup::documentFont(); // the chart's labels match the report's text
    result.setPixelSize(pixels);
    result.setBold(bold);
    return result;
}

QImage canvas(int width, int height)
{
    QImage image(QSize(width, height) * kPixelRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(kPixelRatio);
    image.fill(Qt::white);
    return image;
}

// A step of 1, 2 or 5 times a power of ten that divides 0…max into at most six parts.
int niceStep(int max)
{
    for (int power = 1;; power *= 10) {
        for (int factor : { 1, 2, 5 }) {
            if (max <= factor * power * 6)
                return factor * power;
        }
    }
}

void legendItem(QPainter& painter, qreal* x, qreal y, const QColor& colour, const QString& label)
{
    painter.fillRect(QRectF(*x, y + 3, 14, 14), colour);
    painter.setPen(kText);
    painter.drawText(QPointF(*x + 20, y + 15), label);
    *x += 20 + painter.fontMetrics().horizontalAdvance(label) + 22;
}

void title(QPainter& painter, int width, const QString& text, const QString& subtitle)
{
    painter.setPen(kText);
    painter.setFont(font(17, true));
    painter.drawText(QRectF(0, 6, width, 24), Qt::AlignHCenter | Qt::AlignVCenter, text);
    painter.setFont(font(12));
    painter.setPen(kMuted);
    painter.drawText(QRectF(0, 30, width, 18), Qt::AlignHCenter | Qt::AlignVCenter, subtitle);
}

QString percentLabel(double percent)
{
    return report::percentText(percent) + QStringLiteral("%");
}

} // namespace

QSize ReportChart::logicalSize(const QImage& image)
{
    return (QSizeF(image.size()) / image.devicePixelRatio()).toSize();
}

namespace {

// The services with any case received or completed, and the largest of those figures.
QList<const ReportServiceRow*> chartedRows(const CaseReportData& data, int* max)
{
    QList<const ReportServiceRow*> rows;
    *max = 0;
    for (const ReportDivision& division : data.divisions) {
        for (const ReportServiceRow& row : division.services) {
            if (row.figures.received == 0 && row.figures.completed == 0)
                continue;
            rows << &row;
            *max = qMax(*max, qMax(row.figures.received, row.figures.completed));
        }
    }
    return rows;
}

// The horizontal value axis of the services chart, from `left` (0) to `right` (its maximum).
struct ValueAxis
{
    qreal left, right;
    int step, maximum;
    qreal x(double value) const { return left + (right - left) * value / maximum; }
};

void drawGrid(QPainter& painter, const ValueAxis& axis, qreal top, qreal bottom)
{
    painter.setFont(font(11));
    for (int value = 0; value <= axis.maximum; value += axis.step) {
        const qreal x = axis.x(value);
        painter.setPen(QPen(value == 0 ? kText : kGrid, 1));
        painter.drawLine(QPointF(x, top - 4), QPointF(x, bottom));
        painter.setPen(kText);
        painter.drawText(QRectF(x - 30, bottom + 4, 60, 16), Qt::AlignCenter,
                         QString::number(value));
    }
    painter.setFont(font(12, true));
    painter.drawText(QRectF(axis.left, bottom + 22, axis.right - axis.left, 18), Qt::AlignCenter,
                     QStringLiteral("Jumlah berkas"));
}

// One service: its code and (elided) name on the left, its two bars with their figures.
void drawServiceRow(QPainter& painter, const ReportServiceRow& row, qreal y, qreal rowHeight,
                    const ValueAxis& axis)
{
    const qreal left = axis.left;
    painter.setPen(kText);
    painter.setFont(font(12, true));
    const QString code = row.code + QStringLiteral("  ");
    painter.drawText(QRectF(6, y, left - 12, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, code);
    const qreal codeWidth = painter.fontMetrics().horizontalAdvance(code);
    painter.setFont(font(12));
    const QString name
        = painter.fontMetrics().elidedText(row.name, Qt::ElideRight, int(left - 16 - codeWidth));
    painter.drawText(QRectF(6 + codeWidth, y, left - 12 - codeWidth, rowHeight),
                     Qt::AlignVCenter | Qt::AlignLeft, name);
    painter.setFont(font(11));
    const int values[] = { row.figures.received, row.figures.completed };
    const QColor colours[] = { kReceived, kCompleted };
    for (int bar = 0; bar < 2; ++bar) {
        const QRectF rect(left, y + 4 + bar * 11, axis.x(values[bar]) - left, 10);
        painter.fillRect(rect, colours[bar]);
        painter.setPen(kText);
        painter.drawText(QRectF(rect.right() + 4, rect.top() - 3, 44, 16),
                         Qt::AlignVCenter | Qt::AlignLeft, QString::number(values[bar]));
    }
}

} // namespace

QImage ReportChart::services(const CaseReportData& data, int width)
{
    int max = 0;
    const QList<const ReportServiceRow*> rows = chartedRows(data, &max);
    const int rowHeight = 30;
    const qreal top = 84;
    const int height = int(top) + qMax(1, int(rows.size())) * rowHeight + 58;
    QImage image = canvas(width, height);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    title(painter, width, QStringLiteral("Jumlah berkas per layanan"),
          QStringLiteral("%1 \u2013 layanan tanpa berkas tidak ditampilkan")
              .arg(data.period.label()));
    painter.setFont(font(13));
    qreal legendX = width / 2.0 - 100;
    legendItem(painter, &legendX, 52, kReceived, QStringLiteral("Diterima"));
    legendItem(painter, &legendX, 52, kCompleted, QStringLiteral("Selesai"));

    const qreal left = width * 0.40;
    const qreal bottom = top + qMax(1, int(rows.size())) * rowHeight;
    if (rows.isEmpty()) {
        painter.setFont(font(14));
        painter.setPen(kMuted);
        painter.drawText(QRectF(0, top, width, rowHeight), Qt::AlignCenter,
                         QStringLiteral("Tidak ada berkas pada periode ini."));
        return image;
    }
    const int step = niceStep(qMax(max, 1));
    const ValueAxis axis { left, width - 48.0, step,
                           int(std::ceil(qMax(max, 1) / double(step))) * step };
    drawGrid(painter, axis, top, bottom);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const qreal y = top + i * rowHeight;
        if (i % 2 == 1)
            painter.fillRect(QRectF(0, y, left - 4, rowHeight), QColor(0xf3, 0xf5, 0xf8));
        drawServiceRow(painter, *rows.at(i), y, rowHeight, axis);
    }
    return image;
}

QImage ReportChart::onTime(const CaseReportData& data, int width, int height)
{
    QImage image = canvas(width, height);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QDate first
        = data.months.isEmpty() ? data.period.chartFirstMonth() : data.months.first().month;
    const QDate last = first.addMonths(11);
    title(painter, width, QStringLiteral("Ketepatan waktu per bulan"),
          QStringLiteral("persentase berkas selesai yang tepat waktu, menurut bulan diterima "
                         "(%1 %2 \u2013 %3 %4)")
              .arg(QString::fromLatin1(kMonths[first.month() - 1]))
              .arg(first.year())
              .arg(QString::fromLatin1(kMonths[last.month() - 1]))
              .arg(last.year()));

    const qreal left = 70;
    const qreal right = width - 20;
    const qreal top = 66;
    const qreal bottom = height - 70;
    const auto yOf = [&](double percent) { return bottom - (bottom - top) * percent / 100.0; };
    painter.setFont(font(11));
    for (int value = 0; value <= 100; value += 20) {
        const qreal y = yOf(value);
        painter.setPen(QPen(value == 0 ? kText : kGrid, 1));
        painter.drawLine(QPointF(left, y), QPointF(right, y));
        painter.setPen(kText);
        painter.drawText(QRectF(left - 50, y - 8, 44, 16), Qt::AlignVCenter | Qt::AlignRight,
                         QStringLiteral("%1%").arg(value));
    }
    painter.save();
    painter.translate(16, (top + bottom) / 2);
    painter.rotate(-90);
    painter.setFont(font(12, true));
    painter.drawText(QRectF(-100, -9, 200, 18), Qt::AlignCenter, QStringLiteral("Tepat waktu (%)"));
    painter.restore();

    const qreal slot = (right - left) / 12.0;
    for (int i = 0; i < 12; ++i) {
        const MonthRate rate
            = i < data.months.size() ? data.months.at(i) : MonthRate { first.addMonths(i), 0, 0 };
        const qreal x = left + i * slot;
        const bool highlighted
            = data.period.kind == ReportPeriod::Kind::Month && rate.month == data.period.firstDay();
        painter.setFont(font(11, highlighted));
        painter.setPen(kText);
        painter.drawText(QRectF(x, bottom + 4, slot, 16), Qt::AlignCenter,
                         QStringLiteral("%1 %2")
                             .arg(QString::fromLatin1(kMonths[rate.month.month() - 1]))
                             .arg(rate.month.year() % 100, 2, 10, QLatin1Char('0')));
        painter.setFont(font(10));
        painter.setPen(kMuted);
        painter.drawText(QRectF(x, bottom + 20, slot, 14), Qt::AlignCenter,
                         QStringLiteral("%1 selesai").arg(rate.completed));
        const std::optional<double> percent = rate.percent();
        painter.setFont(font(11, true));
        painter.setPen(kText);
        if (!percent) {
            painter.drawText(QRectF(x, bottom - 20, slot, 16), Qt::AlignCenter,
                             QStringLiteral("\u2013"));
            continue;
        }
        const QRectF bar(x + slot * 0.2, yOf(*percent), slot * 0.6, bottom - yOf(*percent));
        painter.fillRect(bar, highlighted ? kHighlight : kOnTime);
        painter.drawText(QRectF(x - 4, bar.top() - 17, slot + 8, 16), Qt::AlignCenter,
                         percentLabel(*percent));
    }
    painter.setFont(font(12, true));
    painter.setPen(kText);
    painter.drawText(QRectF(left, height - 30, right - left, 18), Qt::AlignCenter,
                     QStringLiteral("Bulan diterima"));
    return image;
}

} // namespace loket
