#include "player/seek_bar.h"

#include "common/theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

namespace lyceum::ui {

SeekBar::SeekBar(QWidget *parent)
    : QSlider(Qt::Horizontal, parent) {
    setObjectName(QStringLiteral("SeekBar"));
    setRange(0, 0);
    setMinimumHeight(22);
}

int SeekBar::xFor(qint64 ms) const {
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    const QRect groove =
        style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
    if (maximum() <= 0)
        return groove.left();
    return groove.left() + int(double(ms) / double(maximum()) * groove.width());
}

void SeekBar::paintEvent(QPaintEvent *event) {
    {
        QPainter p(this);
        const int y = height() / 2;
        for (const media::Range &r : std::as_const(m_watched))
            p.fillRect(QRect(QPoint(xFor(r.first), y + 4), QPoint(xFor(r.second), y + 6)),
                       theme::accent.lighter(140));
    }
    QSlider::paintEvent(event);
    QPainter p(this);
    p.setPen(QPen(theme::text, 2));
    const int y = height() / 2;
    for (const Chapter &c : std::as_const(m_chapters)) {
        if (c.startMs <= 0)
            continue;
        const int x = xFor(c.startMs);
        p.drawLine(x, y - 6, x, y + 6);
    }
}

void SeekBar::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton && maximum() > 0) {
        QStyleOptionSlider opt;
        initStyleOption(&opt);
        const QRect groove =
            style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
        const double share = std::clamp(
            double(event->position().x() - groove.left()) / std::max(1, groove.width()), 0.0, 1.0);
        setValue(int(share * maximum()));
        Q_EMIT sliderMoved(value());
        event->accept();
        return;
    }
    QSlider::mousePressEvent(event);
}

} // namespace lyceum::ui
