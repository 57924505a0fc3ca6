#include "player/video_canvas.h"

#include "common/theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVideoSink>

namespace lyceum::ui {

VideoCanvas::VideoCanvas(QWidget *parent)
    : QWidget(parent)
    , m_sink(new QVideoSink(this)) {
    setObjectName(QStringLiteral("VideoCanvas"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
        if (!frame.isValid())
            return;
        m_image = frame.toImage();
        if (m_frames++ == 0)
            Q_EMIT firstFrame();
        update();
    });
}

void VideoCanvas::setCaptionPercent(int percent) {
    m_captionPercent = std::clamp(percent, 50, 300);
    update();
}

void VideoCanvas::setCaption(const QString &text) {
    if (text == m_caption)
        return;
    m_caption = text;
    update();
}

void VideoCanvas::setMessage(const QString &text) {
    m_message = text;
    update();
}

void VideoCanvas::clearFrame() {
    m_image = QImage();
    m_frames = 0;
    update();
}

void VideoCanvas::paintEvent(QPaintEvent *) {
    QPainter p(this);
    const theme::Palette &colours = theme::current();
    p.fillRect(rect(), colours.video);
    QRect picture = rect();
    if (!m_image.isNull()) {
        const QSize scaled = m_image.size().scaled(size(), Qt::KeepAspectRatio);
        picture =
            QRect(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(picture, m_image);
    }
    if (!m_caption.isEmpty()) {
        QFont f = font();
        f.setPixelSize(std::clamp(picture.height() / 16, 14, 40) * m_captionPercent / 100);
        p.setFont(f);
        const QRect area = picture.adjusted(picture.width() / 10, 0, -picture.width() / 10,
                                            -picture.height() / 14);
        const QRect text =
            p.boundingRect(area, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, m_caption);
        p.setPen(Qt::NoPen);
        p.setBrush(colours.videoOverlay);
        p.drawRoundedRect(text.adjusted(-10, -4, 10, 4), 6, 6);
        p.setPen(colours.onVideo);
        p.drawText(area, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, m_caption);
    }
    if (!m_message.isEmpty()) {
        QFont f = font();
        f.setPixelSize(16);
        p.setFont(f);
        const QRect area = rect().adjusted(40, 0, -40, 0);
        const QRect text = p.boundingRect(area, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        p.setPen(Qt::NoPen);
        p.setBrush(colours.videoOverlay);
        p.drawRoundedRect(text.adjusted(-16, -10, 16, 10), 8, 8);
        p.setPen(colours.onVideo);
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
}

void VideoCanvas::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
}

void VideoCanvas::mouseDoubleClickEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton)
        Q_EMIT doubleClicked();
}

} // namespace lyceum::ui
