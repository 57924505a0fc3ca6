// "Preview as learner": the draft in the very widgets a learner reads it in, not a look-alike:
// a lesson in the LessonDialog (opened, not counted as progress), a post or an announcement as
// the first post of its thread (PostWidget under the thread's title), a course's description
// in the MarkdownView of its page. Nothing is sent or saved.
#pragma once

#include <QDialog>

namespace lyceum {
struct Draft;
}

namespace lyceum::ui {

class MarkdownView;

class LearnerPreview : public QDialog {
    Q_OBJECT
public:
    // placeName: the course or space the draft goes to; authorName: the creator's name.
    LearnerPreview(const Draft &draft, const QString &placeName, const QString &authorName,
                   QWidget *parent = nullptr);
    // The renderer showing the draft's text (inside the learner's widget).
    MarkdownView *textView() const { return m_text; }
    // The learner's widget itself (a LessonDialog, a PostWidget, or the course's text).
    QWidget *learnerWidget() const { return m_learner; }

private:
    MarkdownView *m_text = nullptr;
    QWidget *m_learner = nullptr;
};

} // namespace lyceum::ui
