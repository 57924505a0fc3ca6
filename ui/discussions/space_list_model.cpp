#include "discussions/space_list_model.h"

#include <QFont>
#include <algorithm>

namespace lyceum::ui {

SpaceListModel::SpaceListModel(QObject *parent)
    : QAbstractListModel(parent) {}

void SpaceListModel::setSpaces(const QVector<Space> &spaces) {
    const bool sameIds = std::equal(m_spaces.begin(), m_spaces.end(), spaces.begin(), spaces.end(),
                                    [](const Space &a, const Space &b) { return a.id == b.id; });
    if (!sameIds) {
        beginResetModel();
        m_spaces = spaces;
        endResetModel();
        return;
    }
    for (int row = 0; row < spaces.size(); ++row) {
        if (m_spaces.at(row) == spaces.at(row))
            continue;
        m_spaces[row] = spaces.at(row);
        Q_EMIT dataChanged(index(row), index(row));
    }
}

void SpaceListModel::setUnread(const QHash<QString, int> &unread) {
    if (unread == m_unread)
        return;
    m_unread = unread;
    if (!m_spaces.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_spaces.size()) - 1));
}

int SpaceListModel::rowOf(const QString &spaceId) const {
    for (int row = 0; row < m_spaces.size(); ++row) {
        if (m_spaces.at(row).id == spaceId)
            return row;
    }
    return -1;
}

int SpaceListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_spaces.size());
}

QVariant SpaceListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Space &space = m_spaces.at(index.row());
    const int unread = m_unread.value(space.id);
    switch (role) {
    case Qt::DisplayRole:
        return space.name; // the unread count is drawn by SpaceItemDelegate
    case Qt::FontRole: {
        if (unread == 0)
            return QVariant();
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::AccessibleTextRole:
        if (unread == 0)
            return space.name;
        return QString(space.name % QStringLiteral(", ") % tr("%n unread", nullptr, unread));
    case UnreadRole:
        return unread;
    case NameRole:
        return space.name;
    case Qt::ToolTipRole: // the whole name where the list elides it, and what the space is for
        return space.description.isEmpty()
                   ? space.name
                   : QString(space.name % QLatin1Char('\n') % space.description);
    case DescriptionRole:
        return space.description;
    case IdRole:
        return space.id;
    case SlugRole:
        return space.slug;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> SpaceListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "spaceId"},
                  {NameRole, "name"},
                  {DescriptionRole, "description"},
                  {SlugRole, "slug"}});
    return names;
}

} // namespace lyceum::ui
