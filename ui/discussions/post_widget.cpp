#include "discussions/post_widget.h"

#include "client/client.h"
#include "common/flow_layout.h"
#include "common/format.h"
#include "common/icons.h"
#include "common/theme.h"
#include "discussions/reaction_picker.h"
#include "markdown/markdown_view.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace lyceum::ui {

static QPixmap avatarPixmap(const QString &name, int size, qreal ratio) {
    QPixmap pixmap(int(size * ratio), int(size * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme::tagColor(name));
    painter.drawEllipse(QRectF(0, 0, size, size));
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(size / 2);
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, Format::initials(name));
    return pixmap;
}

void PostWidget::setReplyFold(int replies, bool folded) {
    if (replies == m_foldReplies && folded == m_folded && m_fold->isVisible() == (replies > 0))
        return;
    m_foldReplies = replies;
    m_folded = folded;
    m_fold->setVisible(replies > 0);
    m_fold->setText(folded ? tr("▸ Show %n reply(s)", nullptr, replies) : QStringLiteral("▾"));
    m_fold->setToolTip(folded ? tr("Show the replies under this post")
                              : tr("Fold the replies under this post away"));
    m_fold->setAccessibleName(folded ? tr("Show %n reply(s) to this post", nullptr, replies)
                                     : tr("Hide the replies to this post"));
}

void PostWidget::setSaved(bool saved) {
    m_saved = saved;
    if (m_save) {
        m_save->setChecked(saved);
        m_save->setText(saved ? tr("Saved") : tr("Save"));
        m_save->setToolTip(saved ? tr("Remove from your saved posts (Ctrl+S)")
                                 : tr("Keep this post in your saved posts (Ctrl+S)"));
        m_save->setAccessibleName(saved ? tr("Remove this post from your saved posts")
                                        : tr("Save this post"));
    }
    if (m_saveAction)
        m_saveAction->setText(saved ? tr("Remove from saved posts") : tr("Save post"));
}

void PostWidget::collapseAsSpam() {
    if (!m_body || !m_spamBar)
        return;
    m_body->hide();
    m_spamBar->show();
}

void PostWidget::setModerationReason(const QString &reason) {
    if (!m_deletedNote || !m_hidden || reason.isEmpty())
        return;
    m_deletedNote->setText(tr("Hidden by a moderator. Reason: %1.").arg(reason));
}

void PostWidget::markReported() {
    if (m_reportedMark || !m_footer)
        return;
    if (m_report)
        m_report->hide();
    m_reportedMark = new QLabel(tr("Reported"), this);
    m_reportedMark->setObjectName(QStringLiteral("Muted"));
    m_reportedMark->setProperty("role", QStringLiteral("reported"));
    m_reportedMark->setToolTip(tr("You reported this post to the moderators"));
    m_footer->addWidget(m_reportedMark);
}

PostWidget::PostWidget(const PostView &view, bool accepted, bool replyAllowed, bool mine,
                       QWidget *parent)
    : QFrame(parent)
    , m_postId(view.post.id) {
    setObjectName(QStringLiteral("Post"));
    const int depth = qMin(view.depth, maxIndentLevels);

    auto *avatar = new QLabel(this);
    avatar->setPixmap(avatarPixmap(view.authorName, view.depth > 0 ? 26 : 32, devicePixelRatioF()));
    avatar->setAlignment(Qt::AlignTop);

    auto *author = new QLabel(this);
    author->setTextFormat(Qt::PlainText);
    author->setText(view.authorName);
    QFont authorFont = author->font();
    authorFont.setWeight(QFont::DemiBold);
    author->setFont(authorFont);

    QString metaText = Format::relativeTime(view.post.createdAt);
    if (view.post.editedAt > 0)
        metaText += QStringLiteral(" · ") % tr("edited");
    auto *meta = new QLabel(metaText, this);
    meta->setObjectName(QStringLiteral("Muted"));
    meta->setToolTip(QLocale().toString(QDateTime::fromMSecsSinceEpoch(view.post.createdAt),
                                        QLocale::LongFormat));

    auto *headerRow = new QHBoxLayout;
    headerRow->setSpacing(8);
    headerRow->addWidget(author);
    headerRow->addWidget(meta);
    if (accepted) {
        auto *acceptedChip = new QLabel(tr("✓ Accepted answer"), this);
        acceptedChip->setObjectName(QStringLiteral("FreeBadge"));
        headerRow->addWidget(acceptedChip);
    }
    if (view.pending) {
        auto *state = new QLabel(this);
        switch (*view.pending) {
        case OutboxState::Waiting:
            state->setText(tr("Waiting to send"));
            state->setObjectName(QStringLiteral("Muted"));
            break;
        case OutboxState::Sending:
            state->setText(tr("Sending…"));
            state->setObjectName(QStringLiteral("Muted"));
            break;
        case OutboxState::Failed:
            state->setText(view.failure.isEmpty() ? tr("Not sent")
                                                  : tr("Not sent: %1").arg(view.failure));
            state->setObjectName(QStringLiteral("ErrorText"));
            state->setWordWrap(true);
            break;
        }
        headerRow->addWidget(state);
    }
    headerRow->addStretch();
    m_fold = new QToolButton(this);
    m_fold->setObjectName(QStringLiteral("LinkButton"));
    m_fold->setProperty("action", QStringLiteral("fold-replies"));
    m_fold->hide();
    connect(m_fold, &QToolButton::clicked, this, [this] { Q_EMIT foldToggled(m_postId); });
    headerRow->addWidget(m_fold);

    auto *content = new QVBoxLayout;
    content->setSpacing(4);
    content->addLayout(headerRow);

    if (view.post.deleted) {
        // Removed by a moderator is not the author's deletion: said so (the author also sees the
        // reason, setModerationReason).
        m_deletedNote = new QLabel(
            view.post.hidden ? tr("Hidden by a moderator.") : tr("This post was deleted."), this);
        m_deletedNote->setObjectName(QStringLiteral("Muted"));
        m_deletedNote->setProperty("role", view.post.hidden ? QStringLiteral("hidden")
                                                            : QStringLiteral("deleted"));
        m_deletedNote->setWordWrap(true);
        m_hidden = view.post.hidden;
        content->addWidget(m_deletedNote);
    } else {
        m_body = new MarkdownView(this);
        m_body->setAutoHeight(true);
        m_body->setMarkdownText(view.post.body);
        m_body->setAccessibleName(tr("Post by %1").arg(view.authorName));
        content->addWidget(m_body);
        m_spamBar = new QWidget(this);
        auto *spamRow = new QHBoxLayout(m_spamBar);
        spamRow->setContentsMargins(0, 0, 0, 0);
        auto *spamNote = new QLabel(tr("Hidden as possible spam."), m_spamBar);
        spamNote->setObjectName(QStringLiteral("Muted"));
        m_showSpam = new QToolButton(m_spamBar);
        m_showSpam->setObjectName(QStringLiteral("LinkButton"));
        m_showSpam->setText(tr("Show"));
        m_showSpam->setAccessibleName(tr("Show the post hidden as possible spam"));
        spamRow->addWidget(spamNote);
        spamRow->addWidget(m_showSpam);
        spamRow->addStretch();
        m_spamBar->hide();
        connect(m_showSpam, &QToolButton::clicked, this, [this] {
            m_spamBar->hide();
            m_body->show();
        });
        content->addWidget(m_spamBar);
    }

    // Footer: reactions and reply.
    auto *footerWidget = new QWidget(this);
    auto *footer = new FlowLayout(footerWidget, 6);
    const bool canReact = !view.post.deleted && !view.pending;
    for (const ReactionCount &reaction : view.reactions) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("ReactionButton"));
        chip->setText(reaction.emoji % QLatin1Char(' ') % QString::number(reaction.count));
        chip->setCheckable(true);
        chip->setChecked(reaction.mine);
        chip->setEnabled(canReact);
        chip->setToolTip(reaction.mine ? tr("Remove your reaction")
                                       : tr("React with %1").arg(reaction.emoji));
        const QString emoji = reaction.emoji;
        connect(chip, &QToolButton::clicked, this,
                [this, emoji] { Q_EMIT reactionToggled(m_postId, emoji); });
        footer->addWidget(chip);
    }
    if (canReact) {
        auto *react = new QToolButton(this);
        react->setObjectName(QStringLiteral("LinkButton"));
        react->setText(tr("React"));
        react->setToolTip(tr("Add a reaction"));
        react->setAccessibleName(tr("React to this post"));
        // A row of the common emoji and "More…", which opens the full, searchable picker.
        connect(react, &QToolButton::clicked, this, [this, react] {
            auto *bar = new ReactionBar(react);
            connect(bar, &ReactionBar::picked, this,
                    [this](const QString &emoji) { Q_EMIT reactionToggled(m_postId, emoji); });
            connect(bar, &ReactionBar::moreRequested, this, [this, react] {
                auto *picker = new EmojiPicker(react);
                connect(picker, &EmojiPicker::picked, this,
                        [this](const QString &emoji) { Q_EMIT reactionToggled(m_postId, emoji); });
                picker->popupAt(react->mapToGlobal(QPoint(0, react->height())));
            });
            bar->popupAt(react->mapToGlobal(QPoint(0, react->height())));
        });
        m_react = react;
        footer->addWidget(react);
    }
    if (replyAllowed && !view.post.deleted) {
        m_reply = new QToolButton(this);
        m_reply->setObjectName(QStringLiteral("LinkButton"));
        m_reply->setText(tr("Reply"));
        m_reply->setIcon(makeIcon(IconKind::Reply, theme::accent, 14));
        m_reply->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_reply->setAccessibleName(tr("Reply to %1").arg(view.authorName));
        const QString authorName = view.authorName;
        connect(m_reply, &QToolButton::clicked, this,
                [this, authorName] { Q_EMIT replyRequested(m_postId, authorName); });
        footer->addWidget(m_reply);
    }
    if (mine && !view.post.deleted && view.pending != OutboxState::Failed) {
        auto *edit = new QToolButton(this);
        edit->setObjectName(QStringLiteral("LinkButton"));
        edit->setText(tr("Edit"));
        edit->setToolTip(tr("Change your post"));
        connect(edit, &QToolButton::clicked, this, [this] { Q_EMIT editRequested(m_postId); });
        footer->addWidget(edit);
        auto *remove = new QToolButton(this);
        remove->setObjectName(QStringLiteral("LinkButton"));
        remove->setText(tr("Delete"));
        remove->setToolTip(tr("Delete your post"));
        connect(remove, &QToolButton::clicked, this, [this] { Q_EMIT deleteRequested(m_postId); });
        footer->addWidget(remove);
    }
    if (!mine && !view.post.deleted && !view.pending) {
        auto *report = new QToolButton(this);
        report->setObjectName(QStringLiteral("LinkButton")); // styled like Reply
        report->setProperty("action", QStringLiteral("report"));
        report->setText(tr("Report"));
        report->setToolTip(tr("Tell the moderators about this post"));
        connect(report, &QToolButton::clicked, this, [this] { Q_EMIT reportRequested(m_postId); });
        footer->addWidget(report);
        m_report = report;
    }
    if (!view.pending) {
        m_save = new QToolButton(this);
        m_save->setObjectName(QStringLiteral("LinkButton"));
        m_save->setProperty("action", QStringLiteral("save"));
        m_save->setCheckable(true);
        connect(m_save, &QToolButton::clicked, this,
                [this] { Q_EMIT savedToggled(m_postId, !m_saved); });
        footer->addWidget(m_save);
        m_saveAction = new QAction(this);
        m_saveAction->setObjectName(QStringLiteral("SavePost"));
        m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
        m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(m_saveAction, &QAction::triggered, this,
                [this] { Q_EMIT savedToggled(m_postId, !m_saved); });
        addAction(m_saveAction);
        setContextMenuPolicy(Qt::ActionsContextMenu);
        setSaved(false);
    }
    if (view.pending == OutboxState::Failed) {
        m_resend = new QToolButton(this);
        m_resend->setObjectName(QStringLiteral("LinkButton"));
        m_resend->setText(tr("Edit and resend"));
        m_resend->setToolTip(tr("Put the text back in the editor to change it and send it again"));
        connect(m_resend, &QToolButton::clicked, this,
                [this] { Q_EMIT editAndResendRequested(m_postId); });
        footer->addWidget(m_resend);
        m_discard = new QToolButton(this);
        m_discard->setObjectName(QStringLiteral("LinkButton"));
        m_discard->setText(tr("Discard"));
        m_discard->setToolTip(tr("Remove this reply; it is not sent"));
        connect(m_discard, &QToolButton::clicked, this,
                [this] { Q_EMIT discardRequested(m_postId); });
        footer->addWidget(m_discard);
    }
    content->addWidget(footerWidget);
    if (!view.pending && !view.post.deleted) {
        m_copyLink = new QAction(tr("Copy link to this post"), this);
        m_copyLink->setObjectName(QStringLiteral("CopyPostLink"));
        connect(m_copyLink, &QAction::triggered, this,
                [this] { Q_EMIT copyLinkRequested(m_postId); });
        addAction(m_copyLink);
        setContextMenuPolicy(Qt::ActionsContextMenu);
    }
    m_footer = footer;

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(16 + depth * indentPerLevel, 10, 16, 6);
    row->setSpacing(10);
    if (depth > 0) {
        // A thin rule left of a reply shows which post it answers.
        auto *rule = new QFrame(this);
        rule->setFixedWidth(2);
        rule->setStyleSheet(QStringLiteral("background: #e3e6ec; border-radius: 1px;"));
        row->addWidget(rule);
    }
    auto *avatarColumn = new QVBoxLayout;
    avatarColumn->addWidget(avatar);
    avatarColumn->addStretch();
    row->addLayout(avatarColumn);
    row->addLayout(content, 1);
}

} // namespace lyceum::ui
