// The lesson video player (Qt Multimedia): play and pause, a seek bar with chapter marks and the
// watched parts, -10 s / +10 s, chapters, speed 0.5x to 3x, captions drawn over the picture
// (WebVTT; the UI's language by default, switchable, or off), volume and mute, full screen,
// timestamped notes (click one to jump there) and the download for offline viewing.
// Keys: space play/pause, left/right -10/+10 s, up/down volume, f full screen, m mute, [ and ]
// slower/faster. It resumes where the learner stopped at their speed (saved every few seconds,
// on pause and on close, and synced through the outbox), tracks the watched ranges, marks the
// lesson done once it is all watched, and plays the next lesson with a video when one ends.
// Errors are explained; a stream that fails (an expired address, the network gone) is fetched
// again and continues from the same position.
#pragma once

#include "client/lesson_media.h"
#include "domain/entities.h"
#include "media/vtt.h"
#include "media/watched_ranges.h"

#include <QMediaPlayer>
#include <QWidget>
#include <memory>
#include <optional>

class QAudioOutput;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSlider;
class QTimer;
class QToolButton;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class SeekBar;
class VideoCanvas;

class LessonPlayer : public QWidget {
    Q_OBJECT
public:
    explicit LessonPlayer(Client *client, QWidget *parent = nullptr);
    ~LessonPlayer() override;

    // The course's lessons, for playing the next one.
    void setPlaylist(const QVector<Lesson> &lessons) { m_playlist = lessons; }
    // startAtMs >= 0: play from there instead of where the learner stopped (a lyceum:// link).
    void load(const Lesson &lesson, bool autoplay = true, qint64 startAtMs = -1);
    void saveProgress();

    QString lessonId() const { return m_lesson.id; }
    QMediaPlayer *mediaPlayer() const { return m_player; }
    VideoCanvas *canvas() const { return m_canvas; }
    SeekBar *seekBar() const { return m_seek; }
    QComboBox *speedBox() const { return m_speed; }
    QComboBox *captionsBox() const { return m_captionsBox; }
    QComboBox *chaptersBox() const { return m_chaptersBox; }
    QListWidget *notesList() const { return m_notes; }
    QLineEdit *noteEdit() const { return m_noteEdit; }
    QPushButton *addNoteButton() const { return m_addNote; }
    QPushButton *downloadButton() const { return m_download; }
    QLabel *statusLabel() const { return m_status; }
    const media::Ranges &watched() const { return m_watched; }
    const LessonMedia &media() const { return m_media; }

    // The chapter playing at ms (the last that starts at or before it); -1 before the first.
    static int chapterAt(const QVector<Chapter> &chapters, qint64 ms);
    // The first lesson after currentId in the playlist that has a video the learner may watch.
    static std::optional<Lesson> nextWithVideo(const QVector<Lesson> &playlist,
                                               const QString &currentId);

Q_SIGNALS:
    void firstFrame(); // the lesson's picture is on screen
    void mediaReady(); // the source is loaded and the resume position applied
    void lessonChanged(const QString &lessonId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void connectPlayback();
    void connectNotesAndDownload();
    QWidget *buildNotesSide();
    void setUpControls();
    void setSource();
    void onStatus(QMediaPlayer::MediaStatus status);
    void applyResume();
    void onError(QMediaPlayer::Error error, const QString &text);
    void onPosition(qint64 position);
    void seekBy(qint64 deltaMs);
    void stepSpeed(int direction);
    void setCaptionTrack(int index);
    void toggleFullScreen();
    void togglePlay();
    void reloadNotes();
    void updateDownload();
    void playNext();
    void showMessage(const QString &text);

    Client *m_client;
    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    VideoCanvas *m_canvas;
    SeekBar *m_seek;
    QToolButton *m_play;
    QLabel *m_time;
    QComboBox *m_chaptersBox;
    QComboBox *m_speed;
    QComboBox *m_captionsBox;
    QToolButton *m_mute;
    QSlider *m_volume;
    QToolButton *m_fullScreen;
    QCheckBox *m_autoplayNext;
    QPushButton *m_download;
    QListWidget *m_notes;
    QLineEdit *m_noteEdit;
    QPushButton *m_addNote;
    QLabel *m_status;
    QTimer *m_saveTimer;

    Lesson m_lesson;
    QVector<Lesson> m_playlist;
    LessonMedia m_media;
    std::unique_ptr<QIODevice> m_device; // a download being played
    std::optional<media::Captions> m_captions;
    media::Ranges m_watched;
    qint64 m_lastPosition = -1;
    qint64 m_resumeAt = -1;       // applied once the media is loaded
    bool m_startFromLink = false; // m_resumeAt came from a link: the saved position waits
    double m_resumeSpeed = 1.0;
    bool m_autoplay = true;
    int m_retries = 0;
    int m_loadSerial = 0; // answers for an earlier load are dropped
    bool m_markedDone = false;
    bool m_pauseAfterResume = false;
    bool m_primed = false;     // the source was started once
    bool m_resumeDone = false; // the resume position was applied
};

} // namespace lyceum::ui
