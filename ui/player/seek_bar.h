// The player's position slider with a tick for each chapter and the watched parts drawn under
// the groove; clicking jumps to that point.
#pragma once

#include "client/lesson_media.h"
#include "media/watched_ranges.h"

#include <QSlider>

namespace lyceum::ui {

class SeekBar : public QSlider {
    Q_OBJECT
public:
    explicit SeekBar(QWidget *parent = nullptr);
    void setChapters(const QVector<Chapter> &chapters) {
        m_chapters = chapters;
        update();
    }
    void setWatched(const media::Ranges &watched) {
        m_watched = watched;
        update();
    }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int xFor(qint64 ms) const;
    QVector<Chapter> m_chapters;
    media::Ranges m_watched;
};

} // namespace lyceum::ui
