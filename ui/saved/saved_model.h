// The saved posts (DiscussionsService::fetchSaved) as a list model, newest saved first: each row
// says the thread, who wrote the post and its first line, and when it was saved.
#pragma once

#include "reading/saved_store.h"

#include <QAbstractListModel>

namespace lyceum::ui {

class SavedModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        PostIdRole = Qt::UserRole + 1,
        ThreadIdRole,
        InCacheRole, // false: saved on another device and not on this computer yet
        SavedAtRole,
    };
    using QAbstractListModel::QAbstractListModel;

    void setItems(QVector<SavedItem> items);
    const QVector<SavedItem> &items() const { return m_items; }
    int rowOf(const QString &postId) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row's two lines, in the current language.
    static QString headline(const SavedItem &item);
    static QString detail(const SavedItem &item);

private:
    QVector<SavedItem> m_items;
};

} // namespace lyceum::ui
