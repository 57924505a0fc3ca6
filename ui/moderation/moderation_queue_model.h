// The moderation console's queue as a list model (docs/architecture.md, "Long lists"): the items
// shown after the filters, one row each, their row text made when a row is first painted and
// kept, so a queue of thousands shows its first screen without formatting (or scoring) the rest
// (bench/bench_moderation_queue.cpp).
#pragma once

#include "client/moderation_service.h"

#include <QAbstractListModel>
#include <functional>
#include <optional>

namespace lyceum::ui {

class ModerationQueueModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole }; // "kind:id", ModerationItem::key()
    using ScoreFn = std::function<std::optional<double>(const ModerationItem &)>;

    explicit ModerationQueueModel(ScoreFn score, QObject *parent = nullptr);

    void setItems(QVector<ModerationItem> items);
    const ModerationItem &itemAt(int row) const { return m_items.at(row); }
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // Words of the console shared with its detail pane.
    static QString reasonLabel(const QString &reason);
    static QString kindLabel(const QString &kind);
    static bool isReportKind(const QString &kind);

private:
    QString rowText(const ModerationItem &item) const;

    ScoreFn m_score;
    QVector<ModerationItem> m_items;
    mutable QVector<QString> m_text; // empty until the row is first asked for
};

} // namespace lyceum::ui
