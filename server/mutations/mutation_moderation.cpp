// MutationService: report.create, moderation.act and moderation.undo (docs/protocol.md,
// "Moderation"). Actions go through /mutations like every write, so a moderator's console works
// offline; an item another moderator resolved meanwhile is refused (already_resolved) rather
// than acted on twice.
#include "domain/codec.h"
#include "domain/mutation_defs.h"
#include "server/auth/auth_service.h"
#include "server/clock.h"
#include "server/moderation/moderation_storage.h"
#include "server/mutations/mutation_service.h"
#include "server/storage/storage.h"
#include "server/sync/visibility.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace lyceum::server {

namespace {
const QStringList kKinds{QStringLiteral("post"), QStringLiteral("thread"), QStringLiteral("user")};
const QStringList kReasons{QStringLiteral("spam"), QStringLiteral("abuse"),
                           QStringLiteral("off_topic"), QStringLiteral("other")};
const QStringList kActions{QStringLiteral("approve"), QStringLiteral("hide"),
                           QStringLiteral("delete"), QStringLiteral("ban"), QStringLiteral("warn")};
// Whom an action concerns (an existing target): the author, who is shown the action and its
// reason, or the user.
QString subjectOf(Storage &storage, const QString &kind, const QString &id) {
    if (kind == QLatin1String("post"))
        return storage.postById(id)->authorId;
    if (kind == QLatin1String("thread"))
        return storage.threadById(id)->authorId;
    return id;
}
} // namespace

bool MutationService::targetExists(const Visibility &visibility, const QString &kind,
                                   const QString &id) {
    if (kind == QLatin1String("user"))
        return m_storage.userById(id).has_value();
    if (kind == QLatin1String("thread")) {
        const auto thread = m_storage.threadById(id);
        return thread && threadVisible(visibility, threadScope(thread->courseId, thread->lessonId));
    }
    const auto post = m_storage.postById(id);
    const auto thread = post ? m_storage.threadById(post->threadId) : std::nullopt;
    return post && thread &&
           threadVisible(visibility, threadScope(thread->courseId, thread->lessonId));
}

MutationService::Outcome MutationService::reportCreate(const Caller &caller,
                                                       const Visibility &visibility,
                                                       const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kReportCreate));
    Report report;
    report.id = r.id(QLatin1StringView("id"));
    report.targetKind = r.string(QLatin1StringView("target_kind"));
    report.targetId = r.id(QLatin1StringView("target_id"));
    report.reason = r.string(QLatin1StringView("reason"));
    report.note = r.optionalString(QLatin1StringView("note")).left(mutations::kMaxReportNote);
    if (r.ok() && !kKinds.contains(report.targetKind))
        r.fail(QLatin1StringView("target_kind"), QStringLiteral("must be post, thread or user"));
    if (r.ok() && !kReasons.contains(report.reason))
        r.fail(QLatin1StringView("reason"),
               QStringLiteral("must be spam, abuse, off_topic or other"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    if (!targetExists(visibility, report.targetKind, report.targetId))
        return reject(QStringLiteral("not_found"), QStringLiteral("Nothing to report there."));
    report.reporterId = caller.user.id;
    report.createdAt = m_clock.nowMs();
    m_storage.moderation()->insertReport(report); // a second open report of the same: no-op
    return {0, {}, {}, {}};
}

MutationService::Outcome MutationService::moderationAct(const Caller &caller,
                                                        const Visibility &visibility,
                                                        const QJsonObject &args) {
    // Staff who are not banned: the dispatcher asked the rule book (mutation_service.cpp).
    JsonReader r(args, QString(mutations::kModerationAct));
    ModerationAction a;
    a.targetKind = r.string(QLatin1StringView("target_kind"));
    a.targetId = r.id(QLatin1StringView("target_id"));
    a.action = r.string(QLatin1StringView("action"));
    a.reason = r.optionalString(QLatin1StringView("reason")).left(mutations::kMaxModerationReason);
    a.note = r.optionalString(QLatin1StringView("note")).left(mutations::kMaxReportNote);
    // A ban's end (ms since the epoch); absent or 0: no end.
    const qint64 until = r.optionalInteger(QLatin1StringView("until"));
    const qint64 now = m_clock.nowMs();
    if (r.ok() && !kKinds.contains(a.targetKind))
        r.fail(QLatin1StringView("target_kind"), QStringLiteral("must be post, thread or user"));
    if (r.ok() && !kActions.contains(a.action))
        r.fail(QLatin1StringView("action"),
               QStringLiteral("must be approve, hide, delete, ban or warn"));
    if (r.ok() && until != 0 && (a.action != QLatin1String("ban") || until <= now))
        r.fail(QLatin1StringView("until"), QStringLiteral("is a ban's end, in the future"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    if (!targetExists(visibility, a.targetKind, a.targetId))
        return reject(QStringLiteral("not_found"), QStringLiteral("The reported item is gone."));
    a.subjectId = subjectOf(m_storage, a.targetKind, a.targetId);
    // The hierarchy: nobody on themselves, moderators not on moderators or admins.
    const Action kind =
        a.action == QLatin1String("approve") ? Action::ResolveReport : Action::Moderate;
    if (const Verdict refusal = m_rules.check(caller.user, kind, Target::user(a.subjectId)))
        return reject(refusal->code, refusal->message);
    ModerationStorage &m = *m_storage.moderation();
    const bool onUser = a.action == QLatin1String("ban") || a.action == QLatin1String("warn");
    if (!onUser && m.reportsOn(a.targetKind, a.targetId, true).isEmpty())
        return reject(QStringLiteral("already_resolved"),
                      QStringLiteral("Another moderator already resolved this."));
    qint64 seq = 0;
    QJsonObject undo;
    if (a.action == QLatin1String("hide") || a.action == QLatin1String("delete")) {
        if (a.targetKind == QLatin1String("post")) {
            Post post = *m_storage.postById(a.targetId);
            undo = {{QStringLiteral("body"), post.body}, {QStringLiteral("deleted"), post.deleted}};
            if (!post.deleted) {
                post.deleted = true;
                post.hidden = true; // readers see "Hidden by a moderator", not "deleted"
                post.body.clear();
                if (auto thread = m_storage.threadById(post.threadId)) {
                    thread->postCount = qMax(0, thread->postCount - 1);
                    m_storage.putThread(*thread);
                }
                seq = m_storage.putPost(post);
            }
        } else if (a.targetKind == QLatin1String("thread")) {
            Thread thread = *m_storage.threadById(a.targetId);
            undo = {{QStringLiteral("locked"), thread.locked}};
            thread.locked = true;
            seq = m_storage.putThread(thread);
        }
    } else if (a.action == QLatin1String("ban")) {
        const QString user = a.subjectId;
        const std::optional<qint64> before = m.banEnd(user, now);
        undo = {{QStringLiteral("user"), user},
                {QStringLiteral("was_banned"), before.has_value()},
                {QStringLiteral("was_until"), before.value_or(0)}};
        m.setBanned(user, true, now, until);
        if (until > 0)
            a.note = (a.note.isEmpty() ? QString() : a.note + QLatin1Char(' ')) +
                     QStringLiteral("(until %1)")
                         .arg(QDateTime::fromMSecsSinceEpoch(until, QTimeZone::utc())
                                  .toString(Qt::ISODate));
    }
    m.resolveReports(a.targetKind, a.targetId, a.action, now);
    a.moderatorId = caller.user.id;
    a.createdAt = now;
    a.undoData = QString::fromUtf8(QJsonDocument(undo).toJson(QJsonDocument::Compact));
    m.addAction(a);
    return {seq, {}, {}, {}};
}

MutationService::Outcome MutationService::moderationUndo(const Caller &caller,
                                                         const QJsonObject &args) {
    JsonReader r(args, QString(mutations::kModerationUndo));
    const qint64 id = r.integer(QLatin1StringView("action_id"));
    if (!r.ok())
        return reject(QStringLiteral("invalid_field"), r.error());
    ModerationStorage &m = *m_storage.moderation();
    const std::optional<ModerationAction> a = m.actionById(id);
    if (!a || a->action == QLatin1String("undo"))
        return reject(QStringLiteral("not_found"), QStringLiteral("No such action."));
    if (m_rules.check(caller.user, Action::UndoModeration, Target::ownedBy(a->moderatorId)))
        return reject(QStringLiteral("forbidden"),
                      QStringLiteral("Only the moderator who acted (or an admin) may undo it."));
    if (a->undone)
        return reject(QStringLiteral("already_undone"), QStringLiteral("It was undone already."));
    return {reverseAction(caller, *a, true), {}, {}, {}};
}

qint64 MutationService::reverseAction(const Caller &caller, const ModerationAction &action,
                                      bool reopenReports) {
    const ModerationAction *a = &action;
    ModerationStorage &m = *m_storage.moderation();
    const QJsonObject undo = QJsonDocument::fromJson(a->undoData.toUtf8()).object();
    qint64 seq = 0;
    if (a->action == QLatin1String("hide") || a->action == QLatin1String("delete")) {
        if (a->targetKind == QLatin1String("post")) {
            if (auto post = m_storage.postById(a->targetId);
                post && !undo.value(QLatin1StringView("deleted")).toBool()) {
                post->deleted = false;
                post->hidden = false;
                post->body = undo.value(QLatin1StringView("body")).toString();
                if (auto thread = m_storage.threadById(post->threadId)) {
                    ++thread->postCount;
                    m_storage.putThread(*thread);
                }
                seq = m_storage.putPost(*post);
            }
        } else if (auto thread = m_storage.threadById(a->targetId)) {
            thread->locked = undo.value(QLatin1StringView("locked")).toBool();
            seq = m_storage.putThread(*thread);
        }
    } else if (a->action == QLatin1String("ban")) {
        // Back to what it was: no ban, or the earlier ban with its end.
        const QString user = undo.value(QLatin1StringView("user")).toString();
        const bool wasBanned = undo.value(QLatin1StringView("was_banned")).toBool();
        m.setBanned(user, wasBanned, m_clock.nowMs(),
                    undo.value(QLatin1StringView("was_until")).toInteger());
    }
    if (reopenReports)
        m.reopenReports(a->targetKind, a->targetId, a->createdAt);
    m.markUndone(a->id);
    ModerationAction log;
    log.moderatorId = caller.user.id;
    log.targetKind = a->targetKind;
    log.targetId = a->targetId;
    log.action = QStringLiteral("undo");
    log.subjectId = a->subjectId;
    log.note = QStringLiteral("undid #%1 (%2)").arg(a->id).arg(a->action);
    log.createdAt = m_clock.nowMs();
    m.addAction(log);
    return seq;
}

} // namespace lyceum::server
