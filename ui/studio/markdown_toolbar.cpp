#include "studio/markdown_toolbar.h"

#include <QAction>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>

namespace lyceum::ui {

namespace {

struct Spec {
    MarkdownToolbar::Action action;
    const char *label;   // on the button
    const char *tooltip; // what it does; the shortcut is added
    QKeySequence keys;
};

} // namespace

MarkdownToolbar::MarkdownToolbar(QPlainTextEdit *editor, QWidget *parent)
    : QToolBar(parent)
    , m_editor(editor) {
    setObjectName(QStringLiteral("MarkdownToolbar"));
    setAccessibleName(tr("Formatting"));
    setIconSize(QSize(16, 16));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    const Spec specs[] = {
        {Action::Heading, QT_TR_NOOP("H"), QT_TR_NOOP("Heading"),
         QKeySequence(Qt::CTRL | Qt::Key_H)},
        {Action::Bold, QT_TR_NOOP("B"), QT_TR_NOOP("Bold"), QKeySequence(Qt::CTRL | Qt::Key_B)},
        {Action::Italic, QT_TR_NOOP("I"), QT_TR_NOOP("Italic"), QKeySequence(Qt::CTRL | Qt::Key_I)},
        {Action::Bullets, QT_TR_NOOP("• List"), QT_TR_NOOP("Bulleted list"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
        {Action::Numbers, QT_TR_NOOP("1. List"), QT_TR_NOOP("Numbered list"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        {Action::Code, QT_TR_NOOP("</>"), QT_TR_NOOP("Code"), QKeySequence(Qt::CTRL | Qt::Key_E)},
        {Action::Link, QT_TR_NOOP("Link"), QT_TR_NOOP("Link"), QKeySequence(Qt::CTRL | Qt::Key_K)},
        {Action::Picture, QT_TR_NOOP("Picture…"), QT_TR_NOOP("Picture"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
    };
    for (const Spec &s : specs) {
        QAction *a = addAction(tr(s.label));
        const QString name = tr(s.tooltip);
        a->setObjectName(QStringLiteral("Format-") + QString::number(int(s.action)));
        // Taken from the key events of the text (eventFilter), before the window's own
        // shortcuts (Ctrl+I inbox, Ctrl+K search) would claim them.
        m_keys << s.keys;
        a->setToolTip(tr("%1 (%2)").arg(name, s.keys.toString(QKeySequence::NativeText)));
        a->setStatusTip(name);
        const Action which = s.action;
        connect(a, &QAction::triggered, this, [this, which] { apply(which); });
        m_actions << a;
    }
    m_editor->installEventFilter(this);
    QFont bold = m_actions.at(int(Action::Bold))->font();
    bold.setBold(true);
    m_actions.at(int(Action::Bold))->setFont(bold);
    QFont italic = m_actions.at(int(Action::Italic))->font();
    italic.setItalic(true);
    m_actions.at(int(Action::Italic))->setFont(italic);
}

bool MarkdownToolbar::eventFilter(QObject *watched, QEvent *event) {
    if (watched != m_editor ||
        (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return QToolBar::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence pressed(
        QKeyCombination(key->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier |
                                            Qt::AltModifier | Qt::MetaModifier),
                        Qt::Key(key->key())));
    const int i = int(m_keys.indexOf(pressed));
    if (i < 0)
        return QToolBar::eventFilter(watched, event);
    event->accept();
    if (event->type() == QEvent::KeyPress)
        apply(Action(i));
    return true;
}

QAction *MarkdownToolbar::action(Action which) const {
    return m_actions.at(int(which));
}

void MarkdownToolbar::apply(Action which) {
    switch (which) {
    case Action::Bold:
        wrap(QStringLiteral("**"), tr("bold text"));
        break;
    case Action::Italic:
        wrap(QStringLiteral("*"), tr("italic text"));
        break;
    case Action::Code:
        code();
        break;
    case Action::Link:
        link();
        break;
    case Action::Picture:
        Q_EMIT pictureRequested();
        return;
    case Action::Heading:
    case Action::Bullets:
    case Action::Numbers:
        prefixLines(which);
        break;
    }
    m_editor->setFocus();
}

// **selection** (or **placeholder** with the placeholder selected, to type over); as one
// undo step.
void MarkdownToolbar::wrap(const QString &marker, const QString &placeholder) {
    QTextCursor c = m_editor->textCursor();
    const QString inner = c.hasSelection() ? c.selectedText() : placeholder;
    c.beginEditBlock();
    const int start = c.selectionStart();
    c.insertText(marker + inner + marker);
    c.endEditBlock();
    c.setPosition(start + int(marker.size()));
    c.setPosition(start + int(marker.size() + inner.size()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(c);
}

// A selection over several lines becomes a fenced block; otherwise `inline code`.
void MarkdownToolbar::code() {
    QTextCursor c = m_editor->textCursor();
    const QString selected = c.selectedText();
    if (!selected.contains(QChar::ParagraphSeparator)) {
        wrap(QStringLiteral("`"), tr("code"));
        return;
    }
    QString text = selected;
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    c.beginEditBlock();
    const bool lineStart =
        c.document()->findBlock(c.selectionStart()).position() == c.selectionStart();
    c.insertText((lineStart ? QString() : QStringLiteral("\n")) + QStringLiteral("```\n") + text +
                 (text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) +
                 QStringLiteral("```\n"));
    c.endEditBlock();
    m_editor->setTextCursor(c);
}

// [selection](https://) with the address selected, to type or paste over.
void MarkdownToolbar::link() {
    QTextCursor c = m_editor->textCursor();
    const QString label = c.hasSelection() ? c.selectedText() : tr("link text");
    const QString url = QStringLiteral("https://");
    c.beginEditBlock();
    const int start = c.selectionStart();
    c.insertText(QLatin1Char('[') + label + QStringLiteral("](") + url + QLatin1Char(')'));
    c.endEditBlock();
    const int urlStart = start + int(label.size()) + 3;
    c.setPosition(urlStart);
    c.setPosition(urlStart + int(url.size()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(c);
}

// Each line of the selection (or the cursor's line) gets the prefix; when every line already
// has it, it is taken off instead. Lists replace each other's markers.
void MarkdownToolbar::prefixLines(Action which) {
    static const QRegularExpression heading(QStringLiteral("^#{1,6} "));
    static const QRegularExpression marker(QStringLiteral("^(?:[-*+] |\\d+\\. )"));
    const QRegularExpression &own = which == Action::Heading ? heading : marker;
    QTextCursor c = m_editor->textCursor();
    QTextDocument *doc = m_editor->document();
    QTextBlock first = doc->findBlock(c.selectionStart());
    const QTextBlock last = doc->findBlock(c.selectionEnd());
    const auto prefixOf = [which](int n) {
        return which == Action::Heading   ? QStringLiteral("## ")
               : which == Action::Bullets ? QStringLiteral("- ")
                                          : QString::number(n) + QStringLiteral(". ");
    };
    bool all = true;
    int n = 1;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QString t = b.text();
        all = all && (which == Action::Heading   ? t.startsWith(QLatin1String("## "))
                      : which == Action::Bullets ? t.startsWith(QLatin1String("- "))
                                                 : t.startsWith(prefixOf(n)));
        ++n;
        if (b == last)
            break;
    }
    c.beginEditBlock();
    n = 1;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        QTextCursor line(b);
        const QRegularExpressionMatch m = own.match(b.text());
        if (m.hasMatch()) {
            line.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, int(m.capturedLength()));
            line.removeSelectedText();
        }
        if (!all)
            line.insertText(prefixOf(n));
        ++n;
        if (b == last)
            break;
    }
    c.endEditBlock();
    m_editor->setTextCursor(c);
}

} // namespace lyceum::ui
