// The search page (Ctrl+K): one field that searches the cache's courses, lessons, threads and
// replies as the user types (Client::search, offline), results best first with the matched
// words marked. Enter or a click opens the result; Down moves from the field into the list.
#pragma once

#include "client/client.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace lyceum::ui {

class SearchResultsModel;

class SearchPage : public QWidget {
    Q_OBJECT
public:
    explicit SearchPage(Client *client, QWidget *parent = nullptr);

    void focusField();
    QLineEdit *field() const { return m_field; }
    QListView *resultsView() const { return m_view; }
    SearchResultsModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    // What to type and what is searched (no text yet), or what to try (nothing found).
    QLabel *emptyState() const { return m_empty; }

Q_SIGNALS:
    void courseRequested(const QString &courseId);
    // postId: the post hit to open the thread at; empty for a thread hit.
    void threadRequested(const QString &threadId, const QString &postId);
    // Results for the current text arrived (tests and screenshots wait for it).
    void resultsShown(const QString &query, int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runQuery();
    void open(const QModelIndex &index);
    void showEmptyState(const QString &text);

    Client *m_client;
    QLineEdit *m_field;
    QLabel *m_status;
    QLabel *m_empty;
    QListView *m_view;
    SearchResultsModel *m_model;
    QTimer *m_debounce;
    quint64 m_generation = 0;
};

} // namespace lyceum::ui
