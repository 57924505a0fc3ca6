#include "player/lesson_player.h"

#include "client/client.h"
#include "client/discovery_service.h"
#include "client/media_service.h"
#include "common/theme.h"
#include "player/player_settings.h"
#include "player/seek_bar.h"
#include "player/video_canvas.h"

#include <QAbstractItemView>
#include <QAudioOutput>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {

QString clock(qint64 ms) {
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2")
                           .arg(s / 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'));
}

bool chinese() {
    return QLocale().language() == QLocale::Chinese;
}

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent) {
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    b->setMinimumWidth(34);
    return b;
}
} // namespace

LessonPlayer::LessonPlayer(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_canvas(new VideoCanvas(this))
    , m_seek(new SeekBar(this))
    , m_play(toolButton(QString(), tr("Play or pause (Space)"), this))
    , m_time(new QLabel(this))
    , m_chaptersBox(new QComboBox(this))
    , m_speed(new QComboBox(this))
    , m_captionsBox(new QComboBox(this))
    , m_mute(toolButton(QString(), tr("Mute (M)"), this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_fullScreen(toolButton(QString(), tr("Full screen (F)"), this))
    , m_autoplayNext(new QCheckBox(tr("Play the next lesson"), this))
    , m_download(new QPushButton(this))
    , m_notes(new QListWidget(this))
    , m_noteEdit(new QLineEdit(this))
    , m_addNote(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_saveTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("LessonPlayer"));
    setFocusPolicy(Qt::StrongFocus);
    setUpControls();
    auto *back = toolButton(QStringLiteral("↺10"), tr("Back 10 seconds (←)"), this);
    auto *forward = toolButton(QStringLiteral("10↻"), tr("Forward 10 seconds (→)"), this);
    back->setFocusPolicy(Qt::NoFocus);
    forward->setFocusPolicy(Qt::NoFocus);
    connect(back, &QToolButton::clicked, this, [this] { seekBy(-10000); });
    connect(forward, &QToolButton::clicked, this, [this] { seekBy(10000); });

    auto *controls = new QHBoxLayout;
    controls->setSpacing(4);
    controls->addWidget(m_play);
    controls->addWidget(back);
    controls->addWidget(forward);
    controls->addWidget(m_time);
    controls->addWidget(m_chaptersBox, 1);
    controls->addWidget(m_speed);
    controls->addWidget(m_captionsBox);
    controls->addWidget(m_mute);
    controls->addWidget(m_volume);
    controls->addWidget(m_fullScreen);
    auto *below = new QHBoxLayout;
    below->addWidget(m_autoplayNext);
    below->addWidget(m_status, 1);
    below->addWidget(m_download);

    auto *videoSide = new QWidget(this);
    auto *videoLayout = new QVBoxLayout(videoSide);
    videoLayout->setContentsMargins(0, 0, 0, 0);
    videoLayout->setSpacing(4);
    videoLayout->addWidget(m_canvas, 1);
    videoLayout->addWidget(m_seek);
    videoLayout->addLayout(controls);
    videoLayout->addLayout(below);

    QWidget *notesSide = buildNotesSide();

    auto *split = new QSplitter(this);
    split->addWidget(videoSide);
    split->addWidget(notesSide);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connectPlayback();

    connectNotesAndDownload();
    m_addNote->setText(tr("Add a note at %1").arg(clock(0)));
    updateDownload();
}

void LessonPlayer::connectPlayback() {
    connect(m_play, &QToolButton::clicked, this, &LessonPlayer::togglePlay);
    connect(m_canvas, &VideoCanvas::clicked, this, &LessonPlayer::togglePlay);
    connect(m_canvas, &VideoCanvas::doubleClicked, this, &LessonPlayer::toggleFullScreen);
    connect(m_canvas, &VideoCanvas::firstFrame, this, [this] {
        showMessage({});
        Q_EMIT firstFrame();
    });
    connect(m_seek, &QSlider::sliderMoved, m_player, &QMediaPlayer::setPosition);
    connect(m_chaptersBox, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_player->setPosition(m_chaptersBox->itemData(index).toLongLong());
    });
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_player->setPlaybackRate(m_speed->currentData().toDouble()); });
    connect(m_captionsBox, &QComboBox::currentIndexChanged, this, &LessonPlayer::setCaptionTrack);
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int v) { m_audio->setVolume(float(v) / 100.0f); });
    connect(m_mute, &QToolButton::clicked, this,
            [this] { m_audio->setMuted(!m_audio->isMuted()); });
    connect(m_audio, &QAudioOutput::mutedChanged, this, [this](bool muted) {
        m_mute->setIcon(
            style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    });
    connect(m_fullScreen, &QToolButton::clicked, this, &LessonPlayer::toggleFullScreen);
    connect(m_player, &QMediaPlayer::positionChanged, this, &LessonPlayer::onPosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 d) {
        m_seek->setRange(0, int(d));
        onPosition(m_player->position());
    });
    connect(
        m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState s) {
            m_play->setIcon(style()->standardIcon(
                s == QMediaPlayer::PlayingState ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
            if (s == QMediaPlayer::PausedState)
                saveProgress();
        });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &LessonPlayer::onStatus);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &LessonPlayer::onError);
    m_saveTimer->setInterval(5000);
    connect(m_saveTimer, &QTimer::timeout, this, &LessonPlayer::saveProgress);
}

QWidget *LessonPlayer::buildNotesSide() {
    auto *notesSide = new QWidget(this);
    notesSide->setObjectName(QStringLiteral("NotesPanel"));
    auto *notesLayout = new QVBoxLayout(notesSide);
    notesLayout->setContentsMargins(8, 0, 0, 0);
    auto *notesTitle = new QLabel(tr("Notes"), notesSide);
    notesTitle->setObjectName(QStringLiteral("SectionTitle"));
    m_notes->setWordWrap(true);
    m_notes->setAccessibleName(tr("Notes; Enter or a click jumps there, Delete removes"));
    m_noteEdit->setPlaceholderText(tr("A note at this moment…"));
    m_noteEdit->setAccessibleName(tr("New note"));
    notesLayout->addWidget(notesTitle);
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addWidget(m_noteEdit);
    notesLayout->addWidget(m_addNote);
    notesSide->setMinimumWidth(200);
    return notesSide;
}

void LessonPlayer::setUpControls() {
    m_player->setVideoSink(m_canvas->sink());
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_mute->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    m_fullScreen->setIcon(style()->standardIcon(QStyle::SP_TitleBarMaxButton));
    m_player->setAudioOutput(m_audio);
    m_time->setObjectName(QStringLiteral("Muted"));
    m_time->setMinimumWidth(90);
    m_seek->setAccessibleName(tr("Position"));
    m_chaptersBox->setAccessibleName(tr("Chapters"));
    m_chaptersBox->setToolTip(tr("Jump to a chapter"));
    const PlayerDefaults defaults = PlayerDefaults::load();
    for (const double s : PlayerDefaults::speeds())
        m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    m_speed->setCurrentIndex(qMax(0, m_speed->findData(defaults.speed)));
    m_canvas->setCaptionPercent(defaults.captionPercent);
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setToolTip(tr("Speed ([ slower, ] faster)"));
    m_captionsBox->setAccessibleName(tr("Captions"));
    m_captionsBox->setToolTip(tr("Captions"));
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(90);
    m_volume->setAccessibleName(tr("Volume"));
    m_audio->setVolume(0.8f);
    m_autoplayNext->setChecked(true);
    m_status->setObjectName(QStringLiteral("Muted"));
    m_status->setWordWrap(true);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_play, m_mute, m_fullScreen, m_seek, m_volume,
                                          m_chaptersBox, m_speed, m_captionsBox, m_autoplayNext})
        w->setFocusPolicy(Qt::NoFocus); // keys stay with the player
}

void LessonPlayer::connectNotesAndDownload() {
    const auto addNote = [this] {
        const QString body = m_noteEdit->text().trimmed();
        if (body.isEmpty() || m_lesson.id.isEmpty())
            return;
        m_client->media().addNote(m_lesson.id, m_player->position(), body);
        m_noteEdit->clear();
    };
    connect(m_addNote, &QPushButton::clicked, this, addNote);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, addNote);
    connect(m_notes, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_player->setPosition(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_notes, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_player->setPosition(item->data(Qt::UserRole).toLongLong());
    });
    connect(&m_client->media(), &MediaService::notesChanged, this, &LessonPlayer::reloadNotes);
    connect(m_download, &QPushButton::clicked, this, [this] {
        const QString state = m_download->property("state").toString();
        if (state == QLatin1String("downloading"))
            m_client->media().pauseDownload(m_lesson.id);
        else if (state == QLatin1String("done"))
            m_client->media().cancelDownload(m_lesson.id);
        else
            m_client->media().startDownload(m_lesson.id);
    });
    connect(&m_client->media(), &MediaService::downloadsChanged, this,
            &LessonPlayer::updateDownload);
    connect(&m_client->media(), &MediaService::downloadProgress, this,
            [this](const QString &id, qint64 received, qint64 size) {
                if (id != m_lesson.id || size <= 0)
                    return;
                m_download->setProperty("state", QStringLiteral("downloading"));
                m_download->setText(tr("Downloading %1 % · Pause").arg(received * 100 / size));
            });
    connect(&m_client->media(), &MediaService::downloadFinished, this,
            [this](const QString &id, const ApiError &e) {
                if (id != m_lesson.id)
                    return;
                if (e.isError() && e.kind != ApiError::Kind::Cancelled)
                    m_status->setText(e.message);
                updateDownload();
            });
}

LessonPlayer::~LessonPlayer() {
    saveProgress();
    m_player->stop();
}

void LessonPlayer::showMessage(const QString &text) {
    m_canvas->setMessage(text);
}

void LessonPlayer::load(const Lesson &lesson, bool autoplay, qint64 startAtMs) {
    saveProgress();
    m_player->stop();
    m_player->setSource({});
    m_device.reset();
    m_lesson = lesson;
    m_media = {};
    m_captions.reset();
    m_watched.clear();
    m_lastPosition = -1;
    m_resumeAt = startAtMs;
    m_startFromLink = startAtMs >= 0;
    m_retries = 0;
    m_primed = false;
    m_resumeDone = false;
    m_markedDone = false;
    m_autoplay = autoplay;
    m_canvas->clearFrame();
    m_canvas->setCaption({});
    m_status->clear();
    m_seek->setWatched({});
    m_chaptersBox->clear();
    m_captionsBox->clear();
    // A lesson not watched before starts at the default speed; one watched resumes at its own.
    m_speed->setCurrentIndex(qMax(0, m_speed->findData(PlayerDefaults::load().speed)));
    showMessage(tr("Loading the video…"));
    Q_EMIT lessonChanged(lesson.id);
    reloadNotes();
    updateDownload();
    const int serial = ++m_loadSerial;
    m_client->media().fetchVideoProgress(
        lesson.id, this, [this, serial](std::optional<MediaProgress> p) {
            if (serial != m_loadSerial || !p)
                return;
            m_watched = media::unite(m_watched, p->watched);
            m_seek->setWatched(m_watched);
            if (p->positionMs > 0 && !m_startFromLink)
                m_resumeAt = p->positionMs;
            m_resumeSpeed = p->speed;
            for (int i = 0; i < m_speed->count(); ++i)
                if (qFuzzyCompare(m_speed->itemData(i).toDouble(), p->speed))
                    m_speed->setCurrentIndex(i);
        });
    m_client->media().fetchLessonMedia(
        lesson.id, this, [this, serial](const ApiError &e, LessonMedia m) {
            if (serial != m_loadSerial)
                return;
            if (e.isError()) {
                showMessage(e.message);
                return;
            }
            m_media = m;
            m_seek->setChapters(m.chapters);
            m_chaptersBox->addItem(tr("Chapters"), qint64(-1));
            for (const Chapter &c : std::as_const(m.chapters))
                m_chaptersBox->addItem(
                    clock(c.startMs) + QStringLiteral("  ") +
                        (chinese() || c.titleEn.isEmpty() ? c.titleZh : c.titleEn),
                    c.startMs);
            m_chaptersBox->setVisible(!m.chapters.isEmpty());
            const QSignalBlocker block(m_captionsBox);
            m_captionsBox->addItem(tr("Captions off"));
            int preferred = 0;
            for (int i = 0; i < m.captions.size(); ++i) {
                m_captionsBox->addItem(m.captions.at(i).label);
                if (m.captions.at(i).lang ==
                        (chinese() ? QLatin1String("zh") : QLatin1String("en")) ||
                    preferred == 0)
                    preferred = i + 1;
            }
            m_captionsBox->setVisible(!m.captions.isEmpty());
            if (!PlayerDefaults::load().captions)
                preferred = 0;                         // the learner turned captions off by default
            m_captionsBox->setCurrentIndex(preferred); // on by default when there are captions
            setCaptionTrack(preferred);
            setSource();
        });
}

void LessonPlayer::setSource() {
    if (m_media.offline()) {
        const int serial = m_loadSerial;
        m_client->media().openDownloadedVideo(
            m_media, this, [this, serial](QIODevice *device, const QString &problem) {
                if (serial != m_loadSerial) {
                    delete device;
                    return;
                }
                if (!device) {
                    showMessage(tr("The downloaded video cannot be opened: %1").arg(problem));
                    return;
                }
                m_device.reset(device);
                m_status->setText(tr("Playing the copy on this computer."));
                m_player->setSourceDevice(device, QUrl(QStringLiteral("lesson.mp4")));
                if (m_autoplay)
                    m_player->play();
            });
        return;
    }
    m_player->setSource(m_media.video);
    if (m_autoplay)
        m_player->play();
}

void LessonPlayer::onStatus(QMediaPlayer::MediaStatus status) {
    if (m_player->source().isEmpty() && !m_player->sourceDevice())
        return; // the previous lesson's source going
    // Seeks before the pipeline runs are lost: the player always starts playing, and once the
    // position moves (applyResume) seeks to where the learner was and pauses when it was not to
    // start by itself.
    if ((status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia) &&
        !std::exchange(m_primed, true) && m_player->playbackState() != QMediaPlayer::PlayingState) {
        m_pauseAfterResume = !m_autoplay;
        m_player->play();
    }
    if (status == QMediaPlayer::BufferedMedia || status == QMediaPlayer::LoadedMedia)
        m_saveTimer->start();
    if (status == QMediaPlayer::EndOfMedia) {
        m_watched =
            media::withSpan(m_watched, std::max<qint64>(0, m_lastPosition), m_player->duration());
        saveProgress();
        m_saveTimer->stop();
        playNext();
    }
}

void LessonPlayer::applyResume() {
    const qint64 at = std::exchange(m_resumeAt, -1);
    // Near the end: start again instead.
    const bool seek = at > 0 && (m_player->duration() <= 0 || at < m_player->duration() - 3000);
    const bool pauseAfter = std::exchange(m_pauseAfterResume, false);
    if (pauseAfter && !seek) {
        m_player->pause();
    } else if (pauseAfter) {
        // Paused once the picture at the resume point is there.
        auto *once = new QObject(this);
        connect(m_player, &QMediaPlayer::positionChanged, once, [this, once, at](qint64 p) {
            if (p + 200 < at)
                return;
            m_player->pause();
            once->deleteLater();
        });
    }
    if (seek) {
        m_player->setPosition(at);
        m_lastPosition = at;
        if (m_retries == 0)
            m_status->setText(tr("Continuing from %1.").arg(clock(at)));
    }
    m_player->setPlaybackRate(m_speed->currentData().toDouble());
    Q_EMIT mediaReady();
}

void LessonPlayer::onError(QMediaPlayer::Error error, const QString &text) {
    if (error == QMediaPlayer::FormatError) {
        showMessage(tr("This computer cannot decode this video (%1). Installing GStreamer's "
                       "libav plugins (Debian: gstreamer1.0-libav) usually fixes it.")
                        .arg(text));
        return;
    }
    // The address may have expired, or the network dropped: a new address, the same position.
    if (!m_media.offline() && m_retries < 3) {
        const qint64 at = std::max<qint64>(m_lastPosition, m_player->position());
        ++m_retries;
        showMessage(tr("Reconnecting…"));
        const int serial = m_loadSerial;
        QTimer::singleShot(500 * (1 << m_retries), this, [this, serial, at] {
            if (serial != m_loadSerial)
                return;
            m_client->media().fetchLessonMedia(
                m_lesson.id, this, [this, serial, at](const ApiError &e, LessonMedia m) {
                    if (serial != m_loadSerial)
                        return;
                    if (e.isError()) {
                        showMessage(e.message);
                        return;
                    }
                    m_media.video = m.video;
                    m_media.expiresAt = m.expiresAt;
                    m_resumeAt = at;
                    m_autoplay = true;
                    m_primed = false;
                    m_resumeDone = false;
                    m_canvas->clearFrame();
                    setSource();
                });
        });
        return;
    }
    showMessage(tr("The video could not be played: %1. Press play to try again.").arg(text));
}

void LessonPlayer::onPosition(qint64 position) {
    if (m_primed && !m_resumeDone && position > 0 &&
        m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_resumeDone = true;
        applyResume();
        return;
    }
    if (!m_seek->isSliderDown())
        m_seek->setValue(int(position));
    m_time->setText(clock(position) + QStringLiteral(" / ") + clock(m_player->duration()));
    m_addNote->setText(tr("Add a note at %1").arg(clock(position)));
    if (m_captions)
        m_canvas->setCaption(m_captions->textAt(position));
    // The chapter list shows the chapter playing (item 0 is the "Chapters" heading).
    const int chapter = chapterAt(m_media.chapters, position);
    if (m_chaptersBox->count() == m_media.chapters.size() + 1 &&
        m_chaptersBox->currentIndex() != chapter + 1 && !m_chaptersBox->view()->isVisible())
        m_chaptersBox->setCurrentIndex(chapter + 1);
    if (m_player->playbackState() == QMediaPlayer::PlayingState && m_lastPosition >= 0 &&
        position >= m_lastPosition && position - m_lastPosition <= 3000)
        m_watched = media::withSpan(m_watched, m_lastPosition, position);
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_retries = 0;
        m_lastPosition = position;
    }
}

void LessonPlayer::saveProgress() {
    if (m_lesson.id.isEmpty() || m_player->duration() <= 0)
        return;
    const qint64 position = m_player->position();
    m_client->media().saveVideoProgress(m_lesson.id, position, m_speed->currentData().toDouble(),
                                        m_watched, m_player->duration());
    m_seek->setWatched(m_watched);
    if (!m_markedDone && media::percentWatched(m_watched, m_player->duration()) >= 100) {
        m_markedDone = true;
        m_client->discovery().setLessonDone(m_lesson.id, m_lesson.courseId, true);
    }
}

void LessonPlayer::seekBy(qint64 deltaMs) {
    const qint64 end = std::max<qint64>(0, m_player->duration());
    m_player->setPosition(std::clamp<qint64>(m_player->position() + deltaMs, 0, end));
}

void LessonPlayer::stepSpeed(int direction) {
    m_speed->setCurrentIndex(
        std::clamp(m_speed->currentIndex() + direction, 0, m_speed->count() - 1));
}

void LessonPlayer::setCaptionTrack(int index) {
    m_captions.reset();
    m_canvas->setCaption({});
    if (index <= 0 || index > m_media.captions.size())
        return;
    const int serial = m_loadSerial;
    m_client->media().fetchCaptions(
        m_media.captions.at(index - 1), this,
        [this, serial, index](std::optional<media::Captions> c) {
            if (serial != m_loadSerial || m_captionsBox->currentIndex() != index)
                return;
            m_captions = std::move(c);
            if (m_captions)
                m_canvas->setCaption(m_captions->textAt(m_player->position()));
        });
}

void LessonPlayer::toggleFullScreen() {
    QWidget *w = window();
    w->setWindowState(w->windowState() ^ Qt::WindowFullScreen);
}

void LessonPlayer::togglePlay() {
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
        return;
    }
    if (m_player->error() != QMediaPlayer::NoError && !m_lesson.id.isEmpty()) {
        m_retries = 0;
        m_resumeAt = std::max<qint64>(0, m_lastPosition);
        load(m_lesson, true);
        return;
    }
    m_player->play();
}

void LessonPlayer::reloadNotes() {
    if (m_lesson.id.isEmpty())
        return;
    const QString lessonId = m_lesson.id;
    m_client->media().fetchNotes(lessonId, this, [this, lessonId](QVector<LessonNote> notes) {
        if (lessonId != m_lesson.id)
            return;
        m_notes->clear();
        for (const LessonNote &n : notes) {
            auto *item =
                new QListWidgetItem(clock(n.atMs) + QStringLiteral("  ") + n.body, m_notes);
            item->setData(Qt::UserRole, n.atMs);
            item->setData(Qt::UserRole + 1, n.id);
            item->setToolTip(tr("Jump to %1").arg(clock(n.atMs)));
        }
        if (notes.isEmpty()) {
            auto *hint = new QListWidgetItem(tr("No notes yet. Write one below: it keeps the "
                                                "moment of the video."),
                                             m_notes);
            hint->setFlags(Qt::NoItemFlags);
        }
    });
}

void LessonPlayer::updateDownload() {
    if (m_lesson.id.isEmpty())
        return;
    const QString lessonId = m_lesson.id;
    m_client->media().fetchDownloads(this, [this, lessonId](QVector<Download> all) {
        if (lessonId != m_lesson.id)
            return;
        QString state;
        qint64 received = 0, size = 0;
        for (const Download &d : all) {
            if (d.lessonId == lessonId) {
                state = d.state;
                received = d.received;
                size = d.size;
            }
        }
        m_download->setProperty("state", state);
        if (state == QLatin1String("done"))
            m_download->setText(tr("Downloaded ✓ · Remove"));
        else if (state == QLatin1String("downloading"))
            m_download->setText(tr("Downloading… · Pause"));
        else if (state == QLatin1String("paused") || state == QLatin1String("failed"))
            m_download->setText(
                tr("Resume download (%1 %)").arg(size > 0 ? received * 100 / size : 0));
        else
            m_download->setText(tr("Download for offline"));
    });
}

int LessonPlayer::chapterAt(const QVector<Chapter> &chapters, qint64 ms) {
    int at = -1;
    for (int i = 0; i < chapters.size(); ++i) {
        if (chapters.at(i).startMs <= ms)
            at = i;
    }
    return at;
}

std::optional<Lesson> LessonPlayer::nextWithVideo(const QVector<Lesson> &playlist,
                                                  const QString &currentId) {
    bool after = false;
    for (const Lesson &lesson : playlist) {
        if (after && !lesson.videoAssetId.isEmpty() && !lesson.locked)
            return lesson;
        after = after || lesson.id == currentId;
    }
    return std::nullopt;
}

void LessonPlayer::playNext() {
    if (!m_autoplayNext->isChecked())
        return;
    const std::optional<Lesson> next = nextWithVideo(m_playlist, m_lesson.id);
    if (!next) {
        // Text lessons are skipped; past the last video the learner is told, not left waiting.
        showMessage(tr("That was the last lesson with a video in this course."));
        return;
    }
    showMessage(tr("Next: %1").arg(next->title));
    const int serial = m_loadSerial;
    QTimer::singleShot(1500, this, [this, serial, lesson = *next] {
        if (serial == m_loadSerial)
            load(lesson, true);
    });
}

void LessonPlayer::keyPressEvent(QKeyEvent *event) {
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space:
        togglePlay();
        break;
    case Qt::Key_Left:
        seekBy(-10000);
        break;
    case Qt::Key_Right:
        seekBy(10000);
        break;
    case Qt::Key_Up:
        m_volume->setValue(m_volume->value() + 10);
        break;
    case Qt::Key_Down:
        m_volume->setValue(m_volume->value() - 10);
        break;
    case Qt::Key_F:
        toggleFullScreen();
        break;
    case Qt::Key_Escape:
        if (window()->windowState() & Qt::WindowFullScreen)
            toggleFullScreen();
        else
            QWidget::keyPressEvent(event);
        return;
    case Qt::Key_M:
        m_audio->setMuted(!m_audio->isMuted());
        break;
    case Qt::Key_Delete:
        if (m_notes->hasFocus() && m_notes->currentItem() &&
            !m_notes->currentItem()->data(Qt::UserRole + 1).toString().isEmpty())
            m_client->media().deleteNote(m_notes->currentItem()->data(Qt::UserRole + 1).toString());
        break;
    case Qt::Key_BracketLeft:
        stepSpeed(-1);
        break;
    case Qt::Key_BracketRight:
        stepSpeed(1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace lyceum::ui
