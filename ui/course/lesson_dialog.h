// A lesson: its video in the player (ui/player/) when it has one, and its text (free previews,
// or every lesson once the course is owned). Locked lessons offer the course instead
// (lesson_paywall.h).
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class LessonPaywall;
class LessonPlayer;

class LessonDialog : public QDialog {
    Q_OBJECT
public:
    // With a client, an unlocked lesson counts as opened (the user's progress, kept on this
    // device) and offers "Mark as done".
    // playlist: the course's lessons, for playing the next video.
    LessonDialog(const Lesson &lesson, const QString &courseTitle, Client *client = nullptr,
                 QWidget *parent = nullptr, const QVector<Lesson> &playlist = {},
                 qint64 startSeconds = 0);
    QPushButton *doneButton() const { return m_done; }
    LessonPlayer *player() const { return m_player; }
    QPushButton *copyLinkButton() const { return m_copyLink; }
    // A locked lesson's offer (nullptr for an open lesson).
    LessonPaywall *paywall() const { return m_paywall; }
    QLabel *metaLabel() const { return m_meta; }
    // The video and the lesson's text share the window through a splitter, whose position is
    // remembered under this key.
    static constexpr char kSplitSetting[] = "player/lessonSplit";
    static constexpr int kMinimumTextHeight = 140;

private:
    QLabel *m_meta = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_copyLink = nullptr;
    LessonPlayer *m_player = nullptr;
    LessonPaywall *m_paywall = nullptr;
};

} // namespace lyceum::ui
