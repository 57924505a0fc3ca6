#include "moderation/moderation_queue_model.h"

#include "common/theme.h"
#include "moderation/moderation_page.h"

namespace lyceum::ui {

ModerationQueueModel::ModerationQueueModel(ScoreFn score, QObject *parent)
    : QAbstractListModel(parent)
    , m_score(std::move(score)) {}

void ModerationQueueModel::setItems(QVector<ModerationItem> items) {
    beginResetModel();
    m_items = std::move(items);
    m_text = QVector<QString>(m_items.size());
    endResetModel();
}

int ModerationQueueModel::rowOfKey(const QString &key) const {
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).key() == key)
            return i;
    }
    return -1;
}

int ModerationQueueModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ModerationQueueModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ModerationItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString &text = m_text[index.row()];
        if (text.isEmpty())
            text = rowText(item);
        return text;
    }
    case Qt::ForegroundRole:
        if (item.pending)
            return item.pending == OutboxState::Failed ? theme::danger : theme::mutedText;
        return {};
    case KeyRole:
        return item.key();
    default:
        return {};
    }
}

QString ModerationQueueModel::rowText(const ModerationItem &item) const {
    QStringList reasons;
    for (const ModerationReport &r : item.reports) {
        const QString label = reasonLabel(r.reason);
        if (!reasons.contains(label))
            reasons << label;
    }
    QString state;
    if (item.failureCode == QLatin1String("already_resolved"))
        state = ModerationPage::tr("Resolved by another moderator");
    else if (item.pending == OutboxState::Failed)
        state = ModerationPage::tr("Refused: %1").arg(item.failure);
    else if (item.pending)
        state =
            ModerationPage::tr("Queued: %1").arg(ModerationPage::actionLabel(item.pendingAction));
    const QString excerpt = (item.text.isEmpty() ? item.title : item.text).simplified().left(90);
    const std::optional<double> score = m_score ? m_score(item) : std::nullopt;
    QString text =
        kindLabel(item.targetKind) + QStringLiteral(" · ") +
        (isReportKind(item.targetKind)
             ? ModerationPage::tr("%n report(s)", nullptr, int(item.reports.size()))
             : item.author.displayName) +
        (reasons.isEmpty() ? QString()
                           : QStringLiteral(" · ") + reasons.join(QStringLiteral(", "))) +
        (score ? QStringLiteral(" · ") + ModerationPage::tr("spam %1").arg(*score, 0, 'f', 2)
               : QString()) +
        QLatin1Char('\n') + excerpt;
    if (!state.isEmpty())
        text += QLatin1Char('\n') + state;
    return text;
}

QString ModerationQueueModel::reasonLabel(const QString &reason) {
    if (reason == QLatin1String("spam"))
        return ModerationPage::tr("spam");
    if (reason == QLatin1String("abuse"))
        return ModerationPage::tr("abuse");
    if (reason == QLatin1String("off_topic"))
        return ModerationPage::tr("off topic");
    return ModerationPage::tr("other");
}

QString ModerationQueueModel::kindLabel(const QString &kind) {
    if (kind == QLatin1String("post"))
        return ModerationPage::tr("Reply");
    if (kind == QLatin1String("thread"))
        return ModerationPage::tr("Thread");
    if (kind == QLatin1String("appeal"))
        return ModerationPage::tr("Appeal");
    if (kind == QLatin1String("held"))
        return ModerationPage::tr("Held by a filter");
    if (kind == QLatin1String("member"))
        return ModerationPage::tr("New member");
    return ModerationPage::tr("User");
}

bool ModerationQueueModel::isReportKind(const QString &kind) {
    return kind == QLatin1String("post") || kind == QLatin1String("thread") ||
           kind == QLatin1String("user");
}

} // namespace lyceum::ui
