#include "composer/composer.h"

#include "markdown/markdown_view.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace lyceum::ui {

namespace {
constexpr int kMembersOffered = 8;
constexpr int kHandleRole = Qt::UserRole + 1;

// Characters a handle is typed with (what follows an @ while completing).
bool isHandleChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-';
}
} // namespace

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
    , m_send(new QPushButton(tr("Send"), this))
    , m_members(new QStandardItemModel(this)) {
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
    bottom->setObjectName(QStringLiteral("ComposerBottomRow"));
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
        offerMembers();
        Q_EMIT textChanged();
    });
    connect(m_editor->document()->documentLayout(),
            &QAbstractTextDocumentLayout::documentSizeChanged, this, &Composer::fitHeight);
    connect(m_send, &QPushButton::clicked, this, &Composer::submit);
    connect(m_cancelReply, &QToolButton::clicked, this, &Composer::clearReplyTarget);
    updateState();
}

Composer::~Composer() {
    delete m_memberList; // a child of the window, not of the composer
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
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        hideMembers();
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (membersShown() && key->modifiers() == Qt::NoModifier && memberKey(key->key()))
            return true;
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::setGrowing(int maxHeight) {
    if (m_growMax > 0 || maxHeight <= 0) {
        m_growMax = std::max(0, maxHeight);
        fitHeight();
        return;
    }
    m_growMax = maxHeight;
    // One row: the editor, a Preview toggle and Send; the tabs and the hint go (the
    // placeholder and Send's tooltip say what the hint said).
    m_tabs->hide();
    m_hint->hide();
    // 1, not 0: a zero minimum means "use the size hint", which counts both scroll bars.
    m_editor->setMinimumHeight(1);
    m_preview->setMinimumHeight(1);
    m_editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_previewToggle = new QToolButton(this);
    m_previewToggle->setObjectName(QStringLiteral("ComposerPreviewToggle"));
    m_previewToggle->setText(tr("Preview"));
    m_previewToggle->setCheckable(true);
    m_previewToggle->setAutoRaise(true);
    m_previewToggle->setToolTip(tr("Show how the reply will look"));
    connect(m_previewToggle, &QToolButton::toggled, this,
            [this](bool on) { m_tabs->setCurrentIndex(on ? 1 : 0); });
    connect(m_tabs, &QTabBar::currentChanged, m_previewToggle,
            [this](int tab) { m_previewToggle->setChecked(tab == 1); });
    connect(m_tabs, &QTabBar::currentChanged, this, &Composer::fitHeight);
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    auto *bottom = findChild<QHBoxLayout *>(QStringLiteral("ComposerBottomRow"));
    if (!layout || !bottom)
        return;
    layout->removeWidget(m_stack);
    bottom->removeWidget(m_send);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(m_stack, 1);
    row->addWidget(m_previewToggle, 0, Qt::AlignBottom);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    layout->insertLayout(1, row);
    m_editor->setPlaceholderText(tr("Write a reply… Markdown; Ctrl+Enter sends"));
    setTabOrder(m_editor, m_previewToggle);
    setTabOrder(m_previewToggle, m_send);
    fitHeight();
}

void Composer::fitHeight() {
    if (m_growMax <= 0)
        return;
    if (m_stack->currentIndex() == 1) { // the preview gets the whole allowance
        m_stack->setFixedHeight(m_growMax);
        return;
    }
    const qreal lines =
        std::max<qreal>(1, m_editor->document()->documentLayout()->documentSize().height());
    // Everything around the text lines: the frame, margins (the style sheet's padding lands in
    // the viewport's margins) and the document's own margin.
    // (The theme's padding is not known here: a few pixels are allowed for it.)
    const QMargins margins = m_editor->contentsMargins();
    const int chrome = margins.top() + margins.bottom() + 2 * m_editor->frameWidth() +
                       int(2 * m_editor->document()->documentMargin()) + 10;
    const int lineHeight = QFontMetrics(m_editor->font()).lineSpacing();
    const int oneLine = lineHeight + chrome;
    const int wanted = int(lines * lineHeight) + chrome;
    const int height = std::clamp(wanted, oneLine, std::max(oneLine, m_growMax));
    m_editor->setVerticalScrollBarPolicy(wanted > height ? Qt::ScrollBarAsNeeded
                                                         : Qt::ScrollBarAlwaysOff);
    m_stack->setFixedHeight(height);
}

void Composer::setMemberSource(MemberSource source) {
    m_memberSource = std::move(source);
}

qsizetype Composer::mentionStart(QString *prefix) const {
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection())
        return -1;
    const QString block = cursor.block().text();
    const qsizetype end = cursor.positionInBlock();
    qsizetype at = end - 1;
    while (at >= 0 && end - at <= 40 && isHandleChar(block.at(at)))
        --at;
    if (at < 0 || block.at(at) != u'@')
        return -1;
    // "ann@ex" is an address, not a mention; Chinese right before the @ is fine (谢谢@ann).
    if (at > 0) {
        const QChar before = block.at(at - 1);
        if (before.unicode() < 128 &&
            (before.isLetterOrNumber() || before == u'_' || before == u'.'))
            return -1;
    }
    if (prefix)
        *prefix = block.mid(at + 1, end - at - 1);
    return cursor.block().position() + at;
}

void Composer::offerMembers() {
    if (m_inserting || !m_memberSource || !m_editor->isEnabled()) {
        hideMembers();
        return;
    }
    QString prefix;
    if (mentionStart(&prefix) < 0) {
        hideMembers();
        return;
    }
    const quint64 query = ++m_memberQuery;
    QPointer<Composer> self(this);
    m_memberSource(prefix, [self, query](QVector<Member> members) {
        if (!self || query != self->m_memberQuery)
            return; // typed on meanwhile
        self->showMembers(members);
    });
}

void Composer::showMembers(const QVector<Member> &members) {
    if (members.isEmpty() || mentionStart(nullptr) < 0) {
        hideMembers();
        return;
    }
    m_members->clear();
    for (const Member &m : members.mid(0, kMembersOffered)) {
        auto *item = new QStandardItem(m.name.isEmpty() || m.name == m.handle
                                           ? QString(QStringLiteral("@") + m.handle)
                                           : QStringLiteral("@%1  ·  %2").arg(m.handle, m.name));
        item->setData(m.handle, kHandleRole);
        item->setEditable(false);
        m_members->appendRow(item);
    }
    if (!m_memberList) {
        m_memberList = new QListView(window());
        m_memberList->setObjectName(QStringLiteral("MentionList"));
        m_memberList->setAccessibleName(tr("Members to mention"));
        m_memberList->setFocusPolicy(Qt::NoFocus);
        m_memberList->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_memberList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_memberList->setModel(m_members);
        connect(m_memberList, &QListView::clicked, this, [this](const QModelIndex &index) {
            insertMember(index.data(kHandleRole).toString());
        });
    }
    m_memberList->setCurrentIndex(m_members->index(0, 0));
    const int rowHeight = std::max(22, m_memberList->sizeHintForRow(0));
    const int height = rowHeight * int(m_members->rowCount()) + 2 * m_memberList->frameWidth();
    const int width = std::max(220, m_memberList->sizeHintForColumn(0) + 24);
    // Above the cursor (the composer sits at the bottom of the window), inside the window.
    const QRect cursor = m_editor->cursorRect();
    QPoint at = m_editor->viewport()->mapTo(window(), cursor.topLeft());
    at.ry() -= height + 2;
    if (at.y() < 0)
        at.ry() = m_editor->viewport()->mapTo(window(), cursor.bottomLeft()).y() + 2;
    at.rx() = std::clamp(at.x(), 0, std::max(0, window()->width() - width));
    m_memberList->setGeometry(QRect(at, QSize(width, height)));
    m_memberList->show();
    m_memberList->raise();
}

void Composer::hideMembers() {
    ++m_memberQuery; // an answer on its way is no longer wanted
    if (m_memberList)
        m_memberList->hide();
}

QListView *Composer::memberList() const {
    return m_memberList.data();
}

bool Composer::membersShown() const {
    return m_memberList && m_memberList->isVisible();
}

bool Composer::memberKey(int key) {
    const int rows = m_members->rowCount();
    const int row = m_memberList->currentIndex().row();
    switch (key) {
    case Qt::Key_Down:
        m_memberList->setCurrentIndex(m_members->index((row + 1) % rows, 0));
        return true;
    case Qt::Key_Up:
        m_memberList->setCurrentIndex(m_members->index((row + rows - 1) % rows, 0));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        insertMember(m_memberList->currentIndex().data(kHandleRole).toString());
        return true;
    case Qt::Key_Escape:
        hideMembers();
        return true;
    default:
        return false;
    }
}

void Composer::insertMember(const QString &handle) {
    const qsizetype start = mentionStart(nullptr);
    hideMembers();
    if (start < 0 || handle.isEmpty())
        return;
    QTextCursor cursor = m_editor->textCursor();
    const int end = cursor.position();
    cursor.setPosition(int(start));
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_inserting = true;
    cursor.insertText(QStringLiteral("@") + handle + u' ');
    m_inserting = false;
    m_editor->setTextCursor(cursor);
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
