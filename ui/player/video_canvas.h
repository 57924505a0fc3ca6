// Where a lesson's video is drawn: each frame from a QVideoSink scaled to fit (letterboxed on
// black), the current caption over its lower part, and a message (loading, an error) in the
// middle when there is one. Painted by hand so captions sit over the picture on every platform.
#pragma once

#include <QImage>
#include <QVideoFrame>
#include <QWidget>

class QVideoSink;

namespace lyceum::ui {

class VideoCanvas : public QWidget {
    Q_OBJECT
public:
    explicit VideoCanvas(QWidget *parent = nullptr);
    QVideoSink *sink() const { return m_sink; }
    void setCaption(const QString &text);
    // The captions' size, in percent of the default (Settings: player defaults).
    void setCaptionPercent(int percent);
    int captionPercent() const { return m_captionPercent; }
    QString caption() const { return m_caption; }
    void setMessage(const QString &text);
    QString message() const { return m_message; }
    qint64 framesShown() const { return m_frames; }
    void clearFrame();
    QSize sizeHint() const override { return {640, 360}; }

Q_SIGNALS:
    void firstFrame(); // the first frame of a source is on screen
    void clicked();
    void doubleClicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QVideoSink *m_sink;
    QImage m_image;
    QString m_caption;
    QString m_message;
    qint64 m_frames = 0;
    int m_captionPercent = 100;
};

} // namespace lyceum::ui
