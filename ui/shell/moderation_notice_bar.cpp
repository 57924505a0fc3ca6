#include "shell/moderation_notice_bar.h"

#include "client/client.h"
#include "client/moderation_service.h"
#include "moderation/moderation_page.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>

namespace lyceum::ui {

ModerationNoticeBar::ModerationNoticeBar(Client *client, QWidget *parent)
    : QFrame(parent)
    , m_client(client)
    , m_text(new QLabel(this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
    , m_appeal(new QPushButton(tr("Appeal…"), this)) {
    m_appeal->setToolTip(tr("Ask the moderators to reconsider, once, with a note"));
    connect(m_appeal, &QPushButton::clicked, this, &ModerationNoticeBar::appeal);
    setObjectName(QStringLiteral("ModerationNoticeBar"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(tr("Moderators' notice"));
    m_dismiss->setToolTip(tr("Hide these notices; they are not shown again"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 12, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_appeal, 0, Qt::AlignVCenter);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);
    connect(m_dismiss, &QPushButton::clicked, &m_client->moderation(),
            &ModerationService::dismissModerationNotices);
    connect(&m_client->moderation(), &ModerationService::moderationNoticesChanged, this,
            &ModerationNoticeBar::update);
    update();
}

QString ModerationNoticeBar::sentence(const ModerationNotice &n) {
    const QString reason = ModerationPage::templateLabel(n.reason);
    QString text;
    const bool post = n.targetKind == QLatin1String("post");
    const bool thread = n.targetKind == QLatin1String("thread");
    if (n.action == QLatin1String("appeal_granted"))
        text = tr("Your appeal was granted: the moderators' action was undone.");
    else if (n.action == QLatin1String("appeal_upheld"))
        text = tr("Your appeal was considered; the moderators' action stands.");
    else if (n.action == QLatin1String("reject_held"))
        text = tr("A post of yours held for review was not published.");
    else if (n.action == QLatin1String("publish_held"))
        text = tr("A post of yours held for review was published.");
    else if (n.action == QLatin1String("member_approved"))
        text = tr("A moderator approved your membership: you can post now.");
    else if (n.action == QLatin1String("member_refused"))
        text = tr("A moderator did not approve your membership.");
    else if (n.action == QLatin1String("ban"))
        text = tr("A moderator stopped you from writing in this community.");
    else if (n.action == QLatin1String("warn"))
        text = n.title.isEmpty() || n.targetKind == QLatin1String("user")
                   ? tr("A moderator warned you.")
                   : tr("A moderator warned you about what you wrote in “%1”.").arg(n.title);
    else if (post)
        text = tr("A moderator removed your reply in “%1”.").arg(n.title);
    else if (thread)
        text = tr("A moderator closed your thread “%1” to new replies.").arg(n.title);
    else
        text = tr("A moderator acted on your account.");
    if (!reason.isEmpty())
        text += QLatin1Char(' ') + tr("Reason: %1.").arg(reason);
    if (!n.note.isEmpty())
        text += QLatin1Char(' ') + n.note;
    return text;
}

void ModerationNoticeBar::update() {
    const QVector<ModerationNotice> notices = m_client->moderation().moderationNotices();
    if (notices.isEmpty()) {
        hide();
        return;
    }
    QString text = sentence(notices.first());
    if (notices.size() > 1)
        text +=
            QLatin1Char(' ') + tr("(and %n earlier notice(s))", nullptr, int(notices.size() - 1));
    m_text->setText(text);
    m_appealable = notices.first().appealable ? notices.first().id : 0;
    m_appeal->setVisible(m_appealable > 0);
    show();
}

void ModerationNoticeBar::appeal() {
    if (m_appealable <= 0)
        return;
    QString note;
    if (m_askNote) {
        note = m_askNote();
    } else {
        bool ok = false;
        note = QInputDialog::getMultiLineText(
            this, tr("Appeal"),
            tr("Why should the moderators reconsider? You can appeal this once."), {}, &ok);
        if (!ok)
            return;
    }
    note = note.trimmed().left(1000);
    if (note.isEmpty())
        return;
    m_client->moderation().appeal(m_appealable, note);
    m_appeal->setVisible(false);
    m_appealable = 0;
    m_text->setText(m_text->text() + QLatin1Char(' ') +
                    tr("Your appeal is sent; the outcome will be shown here."));
}

} // namespace lyceum::ui
