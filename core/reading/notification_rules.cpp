#include "reading/notification_rules.h"

#include <QCoreApplication>

namespace lyceum {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("lyceum", text);
}

bool isWordChar(QChar c) {
    // Letters of any script count, except CJK ideographs: Chinese has no spaces between words,
    // so "@ann老师" still mentions ann.
    if (c == u'_' || c.isDigit())
        return true;
    if (c.script() == QChar::Script_Han || c.script() == QChar::Script_Hiragana ||
        c.script() == QChar::Script_Katakana || c.script() == QChar::Script_Hangul)
        return false;
    return c.isLetter();
}

QString excerpt(const QString &body) {
    QString text = body.simplified();
    if (text.size() > 120)
        text = text.left(119) + QChar(0x2026);
    return text;
}

} // namespace

bool mentions(const QString &text, const QString &handle) {
    if (handle.isEmpty())
        return false;
    const QString needle = u'@' + handle;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        const qsizetype end = at + needle.size();
        const bool startOk = at == 0 || (!isWordChar(text.at(at - 1)) && text.at(at - 1) != u'.');
        const bool endOk = end >= text.size() || !isWordChar(text.at(end));
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

NoticeReason classify(const IncomingPost &post, const QString &myUserId, const QString &myHandle) {
    if (post.post.deleted || myUserId.isEmpty() || post.post.authorId == myUserId)
        return NoticeReason::None;
    if (mentions(post.post.body, myHandle))
        return NoticeReason::Mention;
    if (!post.parentAuthorId.isEmpty() && post.parentAuthorId == myUserId)
        return NoticeReason::ReplyToMyPost;
    if (post.threadAuthorId == myUserId)
        return NoticeReason::ReplyToMyThread;
    return NoticeReason::None;
}

QVector<Notice> selectNotices(const QVector<IncomingPost> &posts, const QString &myUserId,
                              const QString &myHandle) {
    QVector<Notice> out;
    for (const IncomingPost &p : posts) {
        const NoticeReason reason = classify(p, myUserId, myHandle);
        if (reason != NoticeReason::None)
            out.append(Notice{reason, p});
    }
    return out;
}

NoticeText summarize(const QVector<Notice> &notices) {
    NoticeText text;
    if (notices.isEmpty())
        return text;
    const Notice &last = notices.constLast();
    text.threadId = last.post.post.threadId;
    text.postId = last.post.post.id;
    const QString author = last.post.authorName.isEmpty() ? tr("Someone") : last.post.authorName;
    if (notices.size() == 1) {
        switch (last.reason) {
        case NoticeReason::Mention:
            text.title = tr("%1 mentioned you in “%2”").arg(author, last.post.threadTitle);
            break;
        case NoticeReason::ReplyToMyPost:
            text.title = tr("%1 replied to your post in “%2”").arg(author, last.post.threadTitle);
            break;
        default:
            text.title = tr("%1 replied to “%2”").arg(author, last.post.threadTitle);
            break;
        }
        text.body = excerpt(last.post.post.body);
        return text;
    }
    bool oneThread = true;
    for (const Notice &n : notices)
        oneThread = oneThread && n.post.post.threadId == text.threadId;
    if (oneThread)
        text.title = QCoreApplication::translate("lyceum", "%n new replies in “%1”", nullptr,
                                                 int(notices.size()))
                         .arg(last.post.threadTitle);
    else
        text.title = QCoreApplication::translate("lyceum", "%n new replies and mentions", nullptr,
                                                 int(notices.size()));
    text.body = author + QStringLiteral(": ") + excerpt(last.post.post.body);
    return text;
}

} // namespace lyceum
