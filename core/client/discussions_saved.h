// Saved posts (bookmarks), the discussions' fourth kind of write (docs/architecture.md, "Saved
// posts"): saving or unsaving is applied on the device at once and queued in the outbox
// (saved.add / saved.remove, works offline); what the account's other devices saved comes from
// GET /me/saved after each pull. SQL: reading/saved_store.h.
#pragma once

#include "reading/saved_store.h"

#include <QObject>
#include <QSet>
#include <QVector>
#include <functional>

namespace lyceum {

class Client;
class SessionState;

class SavedPosts : public QObject {
    Q_OBJECT
public:
    // Made by the Client (a child of it, one per session).
    SavedPosts(SessionState &session, QObject *parent);
    static SavedPosts &of(Client &client);

    // Saves or unsaves a post; emits changed.
    void setSaved(const QString &postId, bool save);
    // Newest saved first, at most limit; a failed read is errorOccurred and an empty list.
    void fetch(int limit, QObject *context, std::function<void(QVector<SavedItem>)> done);
    void fetchIds(QObject *context, std::function<void(QSet<QString>)> done);
    // Reads GET /me/saved into the cache; emits changed when that changed anything. Runs after
    // each pull from the server by itself.
    void refresh();

Q_SIGNALS:
    void changed(); // saved here, or (after refresh) on another device

private:
    SessionState &m_session;
};

} // namespace lyceum
