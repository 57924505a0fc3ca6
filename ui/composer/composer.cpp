#include "composer/composer.h"

#include "markdown/markdown_view.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace lyceum::ui {

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabBar(this))
    , m_stack(new QStackedWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new MarkdownView(this))
    , m_replyBanner(new QWidget(this))
    , m_replyLabel(new QLabel(m_replyBanner))
    , m_cancelReply(new QToolButton(m_replyBanner))
    , m_hint(new QLabel(this))
    , m_lockedNote(new QLabel(this))
    , m_send(new QPushButton(tr("Send"), this)) {
    setObjectName(QStringLiteral("Composer"));
    m_tabs->addTab(tr("Write"));
    m_tabs->addTab(tr("Preview"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setFocusPolicy(Qt::TabFocus);

    m_editor->setObjectName(QStringLiteral("ComposerEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("Write a reply… Markdown is supported."));
    m_editor->setAccessibleName(tr("Message"));
    m_editor->installEventFilter(this);
    m_preview->setObjectName(QStringLiteral("ComposerPreview"));
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_preview);
    setMinimumEditorHeight(84);

    m_replyLabel->setObjectName(QStringLiteral("Muted"));
    m_cancelReply->setText(QStringLiteral("×"));
    m_cancelReply->setAutoRaise(true);
    m_cancelReply->setToolTip(tr("Reply to the thread instead"));
    m_cancelReply->setAccessibleName(tr("Cancel reply"));
    auto *bannerLayout = new QHBoxLayout(m_replyBanner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->addWidget(m_replyLabel, 1);
    bannerLayout->addWidget(m_cancelReply);
    m_replyBanner->hide();

    m_hint->setObjectName(QStringLiteral("Muted"));
    m_hint->setText(tr("Markdown · Ctrl+Enter to send"));
    m_lockedNote->setObjectName(QStringLiteral("Muted"));
    m_lockedNote->setWordWrap(true);
    m_lockedNote->hide();
    m_send->setObjectName(QStringLiteral("Primary"));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_tabs);
    top->addWidget(m_replyBanner, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_lockedNote);
    layout->addLayout(bottom);

    setTabOrder(m_editor, m_send);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int tab) {
        if (tab == 1)
            m_preview->setMarkdownText(m_editor->toPlainText());
        m_stack->setCurrentIndex(tab);
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        updateState();
        Q_EMIT textChanged();
    });
    connect(m_send, &QPushButton::clicked, this, &Composer::submit);
    connect(m_cancelReply, &QToolButton::clicked, this, &Composer::clearReplyTarget);
    updateState();
}

QString Composer::text() const {
    return m_editor->toPlainText();
}

void Composer::setText(const QString &text) {
    m_editor->setPlainText(text);
}

void Composer::clear() {
    m_editor->clear();
    m_tabs->setCurrentIndex(0);
    clearReplyTarget();
}

void Composer::focusEditor() {
    m_tabs->setCurrentIndex(0);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void Composer::setEditTarget(const QString &postId, const QString &body) {
    m_replyTo.clear();
    m_editing = postId;
    m_editor->setPlainText(body);
    m_replyLabel->setText(tr("Editing your post"));
    m_replyBanner->show();
    m_send->setText(tr("Save"));
    focusEditor();
    m_editor->moveCursor(QTextCursor::End);
}

void Composer::setReplyTarget(const QString &postId, const QString &authorName) {
    if (!m_editing.isEmpty()) {
        m_editing.clear();
        m_editor->clear();
        m_send->setText(tr("Send"));
    }
    m_replyTo = postId;
    m_replyLabel->setText(tr("Replying to %1").arg(authorName));
    m_replyBanner->show();
    focusEditor();
}

void Composer::clearReplyTarget() {
    if (!m_editing.isEmpty()) {
        m_editing.clear();
        m_editor->clear();
        m_send->setText(tr("Send"));
    }
    m_replyTo.clear();
    m_replyBanner->hide();
}

void Composer::setLocked(bool locked, const QString &reason) {
    m_locked = locked;
    m_lockedNote->setText(reason);
    m_lockedNote->setVisible(locked && !reason.isEmpty());
    m_editor->setEnabled(!locked);
    m_tabs->setEnabled(!locked);
    updateState();
}

void Composer::setSendButtonVisible(bool visible) {
    m_send->setVisible(visible);
}

void Composer::setPlaceholderText(const QString &text) {
    m_editor->setPlaceholderText(text);
}

void Composer::setMinimumEditorHeight(int height) {
    m_editor->setMinimumHeight(height);
    m_preview->setMinimumHeight(height);
}

void Composer::setMaximumEditorHeight(int height) {
    m_stack->setMaximumHeight(height);
}

bool Composer::canSend() const {
    return !m_locked && !m_editor->toPlainText().trimmed().isEmpty();
}

bool Composer::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::submit() {
    if (!canSend())
        return;
    Q_EMIT submitted(m_editor->toPlainText().trimmed(), m_replyTo);
}

void Composer::updateState() {
    m_send->setEnabled(canSend());
}

} // namespace lyceum::ui
