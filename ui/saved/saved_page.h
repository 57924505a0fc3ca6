// The Saved page (sidebar, Ctrl+Shift+S): the posts the user saved, newest saved first, read
// from the cache on this computer (DiscussionsService::fetchSaved). Keyboard first: the list
// takes the focus, Enter opens the post in its thread, highlighted; Delete removes it from the
// saved posts. Saving and unsaving work offline (the outbox) and reach the account's other
// devices.
#pragma once

#include "client/client.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace lyceum::ui {

class SavedModel;

class SavedPage : public QWidget {
    Q_OBJECT
public:
    explicit SavedPage(Client *client, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    SavedModel *model() const { return m_model; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *emptyLabel() const { return m_empty; }
    void focusList();
    void reload();

Q_SIGNALS:
    void threadRequested(const QString &threadId, const QString &postId);
    // A read finished and the list shows it (tests and screenshots wait for it).
    void loaded(int items);

protected:
    void changeEvent(QEvent *event) override;

private:
    void open(const QModelIndex &index);
    void removeCurrent();
    void updateControls();
    void retranslate();

    Client *m_client;
    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_open;
    QPushButton *m_remove;
    QListView *m_view;
    QLabel *m_empty;
    SavedModel *m_model;
    quint64 m_generation = 0;
};

} // namespace lyceum::ui
