#include "saved/saved_model.h"

#include "common/format.h"
#include "text/unsafe_chars.h"

namespace lyceum::ui {

void SavedModel::setItems(QVector<SavedItem> items) {
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int SavedModel::rowOf(const QString &postId) const {
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).postId == postId)
            return row;
    }
    return -1;
}

int SavedModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

QString SavedModel::headline(const SavedItem &item) {
    if (!item.inCache)
        return tr("A post saved on another device");
    const QString title = item.threadTitle.isEmpty() ? tr("(untitled thread)") : item.threadTitle;
    return tr("%1 — %2").arg(title, item.authorName.isEmpty() ? tr("someone") : item.authorName);
}

QString SavedModel::detail(const SavedItem &item) {
    const QString saved = tr("saved %1").arg(Format::relativeTime(item.savedAt));
    if (!item.inCache)
        return tr("Not on this computer yet; it appears after the next sync. %1").arg(saved);
    if (item.hidden)
        return tr("Hidden by a moderator. %1").arg(saved);
    if (item.deleted)
        return tr("This post was deleted. %1").arg(saved);
    return item.excerpt + QStringLiteral("  ·  ") + saved;
}

QVariant SavedModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const SavedItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Text from other members is data: no control or direction-override characters.
        return QString(text::withoutUnsafeChars(headline(item)) + QLatin1Char('\n') +
                       text::withoutUnsafeChars(detail(item)));
    case Qt::ToolTipRole:
        return text::withoutUnsafeChars(item.excerpt);
    case Qt::AccessibleTextRole:
        return text::withoutUnsafeChars(headline(item) + QStringLiteral(". ") + detail(item));
    case PostIdRole:
        return item.postId;
    case ThreadIdRole:
        return item.threadId;
    case InCacheRole:
        return item.inCache;
    case SavedAtRole:
        return item.savedAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PostIdRole, "postId");
    names.insert(ThreadIdRole, "threadId");
    names.insert(InCacheRole, "inCache");
    names.insert(SavedAtRole, "savedAt");
    return names;
}

} // namespace lyceum::ui
