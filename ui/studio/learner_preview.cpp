#include "studio/learner_preview.h"

#include "cache/cache_views.h"
#include "course/lesson_dialog.h"
#include "discussions/post_widget.h"
#include "markdown/markdown_view.h"
#include "studio/draft_store.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lyceum::ui {

LearnerPreview::LearnerPreview(const Draft &d, const QString &placeName, const QString &authorName,
                               QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("LearnerPreview"));
    setWindowTitle(tr("Preview as a learner sees it"));
    auto *note = new QLabel(tr("This is how learners will see it once published. Nothing is "
                               "sent from here."),
                            this);
    note->setObjectName(QStringLiteral("Muted"));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (d.kind == QLatin1String("lesson")) {
        Lesson lesson;
        lesson.id = d.targetId.isEmpty() ? d.id : d.targetId;
        lesson.courseId = d.courseId;
        lesson.title = d.title.trimmed();
        lesson.body = d.body;
        lesson.freePreview = d.extra.value(QLatin1StringView("free_preview")).toBool();
        // The learner's own lesson window, embedded; without a client it counts no progress.
        auto *dialog = new LessonDialog(lesson, placeName, nullptr, this);
        dialog->setWindowFlags(Qt::Widget);
        m_text = dialog->findChild<MarkdownView *>();
        m_learner = dialog;
        layout->addWidget(dialog, 1);
        // Its own Close closes the preview.
        connect(dialog, &QDialog::finished, this, &QDialog::reject);
        resize(900, 640);
        return;
    } else if (d.kind == QLatin1String("course")) {
        auto *title = new QLabel(d.title.trimmed(), this);
        title->setObjectName(QStringLiteral("PageTitle"));
        title->setWordWrap(true);
        title->setTextFormat(Qt::PlainText);
        m_text = new MarkdownView(this);
        m_text->setMarkdownText(d.body);
        m_learner = m_text;
        layout->addWidget(title);
        layout->addWidget(m_text, 1);
    } else {
        auto *title = new QLabel(d.title.trimmed(), this);
        title->setObjectName(QStringLiteral("PageTitle"));
        title->setWordWrap(true);
        title->setTextFormat(Qt::PlainText);
        auto *where = new QLabel(placeName, this);
        where->setObjectName(QStringLiteral("Muted"));
        PostView view;
        view.post.id = d.id;
        view.post.authorId = QStringLiteral("me");
        view.post.body = d.body;
        view.post.createdAt = now;
        view.authorName = authorName;
        // As a reader who is not its author sees it: no Edit, no Delete.
        auto *post = new PostWidget(view, false, false, false, this);
        m_text = post->body();
        m_learner = post;
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto *holder = new QWidget(scroll);
        auto *column = new QVBoxLayout(holder);
        column->addWidget(post);
        column->addStretch();
        scroll->setWidget(holder);
        layout->addWidget(where);
        layout->addWidget(title);
        layout->addWidget(scroll, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 640);
}

} // namespace lyceum::ui
