#include "studio/analytics_charts.h"

#include "common/format.h"
#include "studio/pricing_table_model.h"

#include <QDate>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>

namespace lyceum::ui {

namespace {
const QColor kRevenue(0x3b, 0x6f, 0xd9);
const QColor kLoss(0xd9, 0x4c, 0x3b);
const QColor kEnrolments(0x1f, 0x9d, 0x6b);
const QColor kGrid(0xe3, 0xe6, 0xec);
const QColor kText(0x5b, 0x63, 0x73);
} // namespace

DailyChart::DailyChart(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("DailyChart"));
    setMinimumHeight(200);
    setAccessibleName(tr("Net revenue and enrolments by day"));
}

void DailyChart::setDays(const QJsonArray &daily, const QString &currency) {
    m_days.clear();
    m_currency = currency;
    QDate previous;
    for (const QJsonValue &v : daily) {
        const QDate date = QDate::fromString(v[QLatin1StringView("day")].toString(), Qt::ISODate);
        if (!date.isValid())
            continue;
        // Quiet days in between are there, at zero, so the time axis is even.
        for (QDate d = previous.isValid() ? previous.addDays(1) : date;
             d < date && m_days.size() < 3660; d = d.addDays(1))
            m_days.append({d.toString(Qt::ISODate), 0, 0});
        m_days.append({date.toString(Qt::ISODate), v[QLatin1StringView("net")].toInteger(),
                       v[QLatin1StringView("enrolments")].toInteger()});
        previous = date;
    }
    update();
}

void DailyChart::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const QRect area = rect().adjusted(8, fm.height() + 8, -8, -(fm.height() + 8));
    p.setPen(kText);
    if (m_days.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No sales, enrolments or replies yet."));
        return;
    }
    qint64 maxNet = 1, minNet = 0, maxEnrol = 1, topNet = 0, topEnrol = 0;
    for (const Day &d : std::as_const(m_days)) {
        maxNet = std::max(maxNet, d.net);
        minNet = std::min(minNet, d.net);
        maxEnrol = std::max(maxEnrol, d.enrolments);
        topNet = std::max(topNet, d.net);
        topEnrol = std::max(topEnrol, d.enrolments);
    }
    const double span = double(maxNet - minNet);
    const auto yOf = [&](qint64 v) {
        return area.bottom() - (double(v - minNet) / span) * area.height();
    };
    // Legend and scale.
    // A flat series says so instead of a made-up scale ("max ¥0.01").
    p.drawText(QRect(area.left(), 0, area.width(), fm.height() + 4),
               Qt::AlignLeft | Qt::AlignVCenter,
               topNet > 0 ? tr("Net revenue per day (max %1)").arg(moneyText(topNet, m_currency))
                          : tr("No net revenue in this period"));
    p.setPen(kEnrolments);
    p.drawText(QRect(area.left(), 0, area.width(), fm.height() + 4),
               Qt::AlignRight | Qt::AlignVCenter,
               topEnrol > 0 ? tr("Enrolments (max %1)").arg(topEnrol)
                            : tr("No enrolments in this period"));
    p.setPen(kGrid);
    const double zero = yOf(0);
    p.drawLine(QPointF(area.left(), zero), QPointF(area.right(), zero));
    const double slot = double(area.width()) / m_days.size();
    const double bar = std::max(1.0, slot * 0.7);
    QPainterPath line;
    for (int i = 0; i < m_days.size(); ++i) {
        const Day &d = m_days.at(i);
        const double x = area.left() + slot * i + (slot - bar) / 2;
        const double y = yOf(d.net);
        p.fillRect(QRectF(x, std::min(y, zero), bar, std::abs(zero - y)),
                   d.net >= 0 ? kRevenue : kLoss);
        const QPointF point(area.left() + slot * i + slot / 2,
                            area.bottom() - double(d.enrolments) / maxEnrol * area.height());
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    p.setPen(QPen(kEnrolments, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    p.setPen(kText);
    const QRect axis(area.left(), area.bottom() + 4, area.width(), fm.height());
    p.drawText(axis, Qt::AlignLeft, m_days.first().day);
    if (m_days.size() > 1)
        p.drawText(axis, Qt::AlignRight, m_days.last().day);
}

FunnelChart::FunnelChart(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("FunnelChart"));
    setAccessibleName(tr("Learners who started and finished each lesson"));
}

void FunnelChart::setFunnel(const QJsonArray &funnel) {
    m_rows = funnel;
    updateGeometry();
    update();
}

QSize FunnelChart::sizeHint() const {
    const int row = fontMetrics().height() + 10;
    return {500, std::max(1, int(m_rows.size())) * row + 8};
}

void FunnelChart::paintEvent(QPaintEvent *) {
    QPainter p(this);
    const QFontMetrics fm(font());
    const int row = fm.height() + 10;
    const int labelWidth = std::min(width() / 3, 260);
    qint64 top = 1;
    for (const QJsonValue &v : std::as_const(m_rows))
        top = std::max(top, v[QLatin1StringView("started")].toInteger());
    p.setPen(kText);
    if (m_rows.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("Choose one course to see its lessons."));
        return;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const QJsonObject r = m_rows.at(i).toObject();
        const int y = 4 + i * row;
        const QString title = QStringLiteral("%1. %2")
                                  .arg(r.value(QLatin1StringView("position")).toInt())
                                  .arg(r.value(QLatin1StringView("title")).toString());
        p.setPen(kText);
        p.drawText(QRect(0, y, labelWidth - 8, row - 4), Qt::AlignVCenter | Qt::AlignRight,
                   fm.elidedText(title, Qt::ElideRight, labelWidth - 8));
        const int full = width() - labelWidth - 90;
        const qint64 started = r.value(QLatin1StringView("started")).toInteger();
        const qint64 completed = r.value(QLatin1StringView("completed")).toInteger();
        const QRect bar(labelWidth, y + 2, int(full * double(started) / top), row - 8);
        p.fillRect(bar, kRevenue.lighter(160));
        p.fillRect(QRect(bar.left(), bar.top(), int(full * double(completed) / top), bar.height()),
                   kRevenue);
        // A lesson nobody started reads as such, not as "0 / 0".
        p.drawText(
            QRect(labelWidth + std::max(bar.width(), 0) + 6, y, width() - labelWidth, row - 4),
            Qt::AlignVCenter | Qt::AlignLeft,
            started == 0 ? tr("not started yet") : tr("%1 / %2").arg(completed).arg(started));
    }
}

} // namespace lyceum::ui
