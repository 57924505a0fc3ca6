// The draft editor's formatting row: heading, bold, italic, bulleted and numbered lists, code,
// link and picture, each acting on the selection of a Markdown source editor (or inserting
// the markup at the cursor) as one undo step, with a shortcut that works while the editor has
// the focus and a tooltip that names it.
#pragma once

#include <QKeySequence>
#include <QToolBar>

class QPlainTextEdit;

namespace lyceum::ui {

class MarkdownToolbar : public QToolBar {
    Q_OBJECT
public:
    MarkdownToolbar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    enum class Action { Heading, Bold, Italic, Bullets, Numbers, Code, Link, Picture };
    QAction *action(Action which) const;
    // What each action does to the editor (Picture asks for a file: pictureRequested).
    void apply(Action which);

    // The shortcut of each action, in Action order.
    const QList<QKeySequence> &shortcuts() const { return m_keys; }

Q_SIGNALS:
    void pictureRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void wrap(const QString &marker, const QString &placeholder);
    void prefixLines(Action which);
    void code();
    void link();

    QPlainTextEdit *m_editor;
    QList<QAction *> m_actions; // in Action order
    QList<QKeySequence> m_keys;
};

} // namespace lyceum::ui
