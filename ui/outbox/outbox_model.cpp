#include "outbox/outbox_model.h"

#include "common/theme.h"
#include "domain/mutation_defs.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lyceum::ui {

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractListModel(parent) {}

void OutboxModel::setEntries(const QVector<OutboxEntry> &entries,
                             const QHash<QString, QString> &threadTitles) {
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(entries.size());
    for (const OutboxEntry &entry : entries) {
        Row row;
        row.entry = entry;
        const QJsonObject args = QJsonDocument::fromJson(entry.argsJson.toUtf8()).object();
        const auto arg = [&args](const char *key) {
            return args.value(QLatin1String(key)).toString();
        };
        if (entry.type == mutations::kPostCreate) {
            row.threadId = arg("thread_id");
            row.parentId = arg("parent_id");
            row.body = arg("body");
            const QString thread = threadTitles.value(row.threadId);
            row.title = thread.isEmpty() ? tr("Reply") : tr("Reply in “%1”").arg(thread);
        } else if (entry.type == mutations::kThreadCreate) {
            row.threadId = entry.entityId;
            row.body = arg("body");
            row.title = tr("New thread: %1").arg(arg("title"));
        } else if (entry.type == mutations::kPostEdit) {
            row.body = arg("body");
            row.title = tr("Edit of your post");
        } else if (entry.type == mutations::kPostDelete) {
            row.title = tr("Deletion of your post");
        } else if (entry.type == mutations::kReactionAdd) {
            row.title = tr("Reaction %1").arg(arg("emoji"));
        } else if (entry.type == mutations::kReactionRemove) {
            row.title = tr("Reaction %1 removed").arg(arg("emoji"));
        } else {
            row.title = tr("Change (%1)").arg(entry.type);
        }
        m_rows.append(row);
    }
    endResetModel();
}

const OutboxEntry *OutboxModel::entryAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row].entry : nullptr;
}

int OutboxModel::failedCount() const {
    int n = 0;
    for (const Row &row : m_rows)
        n += row.entry.state == OutboxState::Failed ? 1 : 0;
    return n;
}

int OutboxModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = row.title;
        if (!row.body.isEmpty())
            text += QLatin1Char('\n') + snippet(row.body);
        return QString(text + QLatin1Char('\n') +
                       stateText(row.entry.state, row.entry.errorMessage));
    }
    case Qt::ForegroundRole:
        if (row.entry.state == OutboxState::Failed)
            return theme::danger;
        return {};
    case Qt::ToolTipRole:
        return row.body.isEmpty() ? row.title : row.body;
    case SeqRole:
        return row.entry.seq;
    case TypeRole:
        return row.entry.type;
    case EntityIdRole:
        return row.entry.entityId;
    case TitleRole:
        return row.title;
    case SnippetRole:
        return snippet(row.body);
    case BodyRole:
        return row.body;
    case StateRole:
        return int(row.entry.state);
    case StateTextRole:
        return stateText(row.entry.state, row.entry.errorMessage);
    case ReasonRole:
        return row.entry.state == OutboxState::Failed ? row.entry.errorMessage : QString();
    case ThreadIdRole:
        return row.threadId;
    case ParentIdRole:
        return row.parentId;
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboxModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SeqRole, "seq");
    names.insert(TypeRole, "type");
    names.insert(EntityIdRole, "entityId");
    names.insert(TitleRole, "title");
    names.insert(SnippetRole, "snippet");
    names.insert(BodyRole, "body");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(ReasonRole, "reason");
    names.insert(ThreadIdRole, "threadId");
    names.insert(ParentIdRole, "parentId");
    return names;
}

QString OutboxModel::snippet(const QString &text, int maxChars) {
    QString flat = text.simplified();
    if (flat.size() > maxChars)
        flat = flat.left(maxChars - 1) + QChar(0x2026);
    return flat;
}

QString OutboxModel::stateText(OutboxState state, const QString &reason) {
    switch (state) {
    case OutboxState::Waiting:
        return tr("Waiting to send");
    case OutboxState::Sending:
        return tr("Sending…");
    case OutboxState::Failed:
        return reason.isEmpty() ? tr("Not accepted") : tr("Not accepted: %1").arg(reason);
    }
    return {};
}

} // namespace lyceum::ui
