// The outbox as a list: one row per queued change (a reply, a new thread, a reaction) with
// what it is, a snippet of its text and its delivery state. Fed with Client::fetchOutbox's
// entries and the titles of the threads they belong to, so it is tested without a server.
#pragma once

#include "client/client.h"

#include <QAbstractListModel>
#include <QHash>
#include <QVector>

namespace lyceum::ui {

class OutboxModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        SeqRole = Qt::UserRole + 1,
        TypeRole, // a mutation name (domain/mutation_defs.h)
        EntityIdRole,
        TitleRole,   // "Reply in <thread>", "New thread: <title>", "Reaction 👍"
        SnippetRole, // the first line of the text, shortened; empty for reactions
        BodyRole,    // the whole text; empty for reactions
        StateRole,   // int(OutboxState)
        StateTextRole,
        ReasonRole, // the rejection reason when Failed
        ThreadIdRole,
        ParentIdRole,
    };

    explicit OutboxModel(QObject *parent = nullptr);

    // threadTitles: thread id → title, for "Reply in <thread>".
    void setEntries(const QVector<OutboxEntry> &entries,
                    const QHash<QString, QString> &threadTitles = {});
    const OutboxEntry *entryAt(int row) const;
    int failedCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString snippet(const QString &text, int maxChars = 80);
    static QString stateText(OutboxState state, const QString &reason);

private:
    struct Row {
        OutboxEntry entry;
        QString title;
        QString body;
        QString threadId;
        QString parentId;
    };
    QVector<Row> m_rows;
};

} // namespace lyceum::ui
