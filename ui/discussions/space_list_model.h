// The community's spaces (discussion areas), in their configured order.
#pragma once

#include "domain/entities.h"

#include <QAbstractListModel>
#include <QVector>

namespace lyceum::ui {

class SpaceListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        SlugRole,
        UnreadRole,
    };

    explicit SpaceListModel(QObject *parent = nullptr);

    void setSpaces(const QVector<Space> &spaces);
    // Unread posts per space id (UnreadRole); the name is then bold.
    void setUnread(const QHash<QString, int> &unread);
    int rowOf(const QString &spaceId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVector<Space> m_spaces;
    QHash<QString, int> m_unread;
};

} // namespace lyceum::ui
