#include "course/lesson_dialog.h"

#include "client/client.h"
#include "client/discovery_service.h"
#include "common/format.h"
#include "course/lesson_paywall.h"
#include "desktop/link_router.h"
#include "learning/assignment_panel.h"
#include "learning/quiz_panel.h"
#include "links/lyceum_link.h"
#include "markdown/markdown_view.h"
#include "player/lesson_player.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace lyceum::ui {

LessonDialog::LessonDialog(const Lesson &lesson, const QString &courseTitle, Client *client,
                           QWidget *parent, const QVector<Lesson> &playlist, qint64 startSeconds)
    : QDialog(parent) {
    setWindowTitle(lesson.title);
    auto *course = new QLabel(courseTitle, this);
    course->setObjectName(QStringLiteral("Muted"));
    auto *title = new QLabel(lesson.title, this);
    title->setObjectName(QStringLiteral("PageTitle"));
    title->setWordWrap(true);
    QStringList facts;
    // A length is a video's: a text-only lesson shows none.
    if (lesson.durationSeconds > 0 && (lesson.locked || !lesson.videoAssetId.isEmpty()))
        facts << Format::duration(lesson.durationSeconds);
    if (lesson.freePreview)
        facts << tr("Free preview");
    auto *meta = new QLabel(facts.join(QStringLiteral(" · ")), this);
    meta->setObjectName(QStringLiteral("Muted"));
    m_meta = meta;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->addWidget(course);
    layout->addWidget(title);
    layout->addWidget(meta);
    const bool video = client && !lesson.locked && !lesson.videoAssetId.isEmpty();
    if (video) {
        m_player = new LessonPlayer(client, this);
        m_player->setPlaylist(playlist);
        auto *split = new QSplitter(Qt::Vertical, this);
        split->setObjectName(QStringLiteral("LessonSplitter"));
        split->addWidget(m_player);
        if (!lesson.body.isEmpty()) {
            auto *body = new MarkdownView(this);
            body->setMarkdownText(lesson.body);
            body->setAccessibleName(tr("Lesson text"));
            // Room for a paragraph or two under the video (it had about 70 px); the learner's
            // own split is kept for the next lesson.
            body->setMinimumHeight(kMinimumTextHeight);
            split->addWidget(body);
            split->setChildrenCollapsible(false);
            split->setStretchFactor(0, 3);
            split->setStretchFactor(1, 2);
            split->setSizes({400, 200});
            const QByteArray saved = QSettings().value(QLatin1String(kSplitSetting)).toByteArray();
            if (!saved.isEmpty())
                split->restoreState(saved);
            connect(split, &QSplitter::splitterMoved, this, [split] {
                QSettings().setValue(QLatin1String(kSplitSetting), split->saveState());
            });
        }
        layout->addWidget(split, 1);
        resize(1000, 720);
        // The next lesson plays in the same window.
        connect(m_player, &LessonPlayer::lessonChanged, this,
                [this, title, playlist](const QString &id) {
                    for (const Lesson &l : playlist) {
                        if (l.id == id) {
                            setWindowTitle(l.title);
                            title->setText(l.title);
                        }
                    }
                });
        m_player->load(lesson, true, startSeconds > 0 ? startSeconds * 1000 : -1);
        m_player->setFocus();
    } else if (lesson.locked) {
        // Not a dead end: the price, Buy and the membership (the course page sets the course).
        m_paywall = new LessonPaywall(client, this);
        layout->addWidget(m_paywall);
        layout->addStretch();
        resize(560, 240);
    } else if (lesson.body.isEmpty()) {
        auto *note = new QLabel(tr("This lesson has no text."), this);
        note->setWordWrap(true);
        layout->addSpacing(12);
        layout->addWidget(note);
        layout->addStretch();
        resize(460, 220);
    } else {
        auto *body = new MarkdownView(this);
        body->setMarkdownText(lesson.body);
        body->setAccessibleName(tr("Lesson text"));
        layout->addWidget(body, 1);
        resize(680, 560);
    }
    AssignmentPanel::attach(layout, client, lesson, courseTitle, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    if (client) {
        // The link names the lesson at the second being watched (docs: lyceum:// links).
        m_copyLink = buttons->addButton(tr("Copy link"), QDialogButtonBox::ActionRole);
        m_copyLink->setObjectName(QStringLiteral("CopyLessonLink"));
        m_copyLink->setToolTip(tr("Copy a lyceum:// link to this lesson at the current time"));
        connect(m_copyLink, &QPushButton::clicked, this, [this, client, lesson] {
            const QString id = m_player ? m_player->lessonId() : lesson.id;
            const qint64 at = m_player ? m_player->mediaPlayer()->position() / 1000 : 0;
            copyLinkToClipboard(
                makeLyceumLink(client->serverUrl(), LyceumLink::Kind::Lesson, id, {}, at));
        });
    }
    if (client && !lesson.locked) {
        client->discovery().lessonOpened(lesson.id, lesson.courseId);
        m_done = buttons->addButton(tr("Mark as done"), QDialogButtonBox::ActionRole);
        m_done->setCheckable(true);
        m_done->setEnabled(false); // until the saved state is known
        client->discovery().fetchLessonProgress(
            this, [this, id = lesson.id](QVector<reco::LessonProgress> progress) {
                for (const reco::LessonProgress &p : progress) {
                    if (p.lessonId == id && p.completedAt > 0)
                        m_done->setChecked(true);
                }
                m_done->setText(m_done->isChecked() ? tr("Done ✓") : tr("Mark as done"));
                m_done->setEnabled(true);
            });
        connect(m_done, &QPushButton::toggled, this,
                [this, client, id = lesson.id, course = lesson.courseId](bool done) {
                    if (!m_done->isEnabled())
                        return; // the saved state arriving
                    m_done->setText(done ? tr("Done ✓") : tr("Mark as done"));
                    client->discovery().setLessonDone(id, course, done);
                });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (client && !lesson.locked) // the lesson's quiz, shown when it has one (learning/)
        layout->addWidget(new QuizPanel(client, lesson.id, lesson.courseId, this), 1);
    layout->addWidget(buttons);
}

} // namespace lyceum::ui
