// Which arriving posts deserve a desktop notification, and how a burst of them is told in one
// message. Pure functions: no I/O, no clock.
#pragma once

#include "reading/reading_store.h"

#include <QString>
#include <QVector>

namespace lyceum {

enum class NoticeReason {
    None,
    Mention,       // the body mentions @handle
    ReplyToMyPost, // a direct reply to a post of mine
    ReplyToMyThread,
};

struct Notice {
    NoticeReason reason = NoticeReason::None;
    IncomingPost post;
};

// True when text contains @handle as a mention: case-insensitive, not preceded by a letter,
// digit, '_' or '.', (so e-mail addresses do not count), and not followed by a letter, digit or
// '_' (so @ann does not match @anna). Chinese text around it is fine: "谢谢@ann老师".
bool mentions(const QString &text, const QString &handle);

// The strongest reason this post concerns me; None for my own posts and deleted ones.
NoticeReason classify(const IncomingPost &post, const QString &myUserId, const QString &myHandle);

// Keeps the posts that concern me, in order, with their reason.
QVector<Notice> selectNotices(const QVector<IncomingPost> &posts, const QString &myUserId,
                              const QString &myHandle);

// One message for a burst: a single notice is told with its author, thread and an excerpt;
// several as a count with the thread when they share one. Translated (context "lyceum").
struct NoticeText {
    QString title;
    QString body;
    QString threadId; // the thread to open when the message is clicked
    QString postId;   // the post it opens at (the last notice's)
};
NoticeText summarize(const QVector<Notice> &notices);

} // namespace lyceum
