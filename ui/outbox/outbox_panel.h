// The outbox panel (status bar's "n waiting · n not accepted", Ctrl+Shift+O): every queued change
// with its state; Retry and Cancel act on the selected change, Retry all on every rejected one.
// It re-reads the outbox whenever the cache or the sync state changes.
#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QListView;
class QPushButton;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class OutboxModel;

class OutboxPanel : public QDialog {
    Q_OBJECT
public:
    explicit OutboxPanel(Client *client, QWidget *parent = nullptr);

    void refresh();
    OutboxModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryAllButton() const { return m_retryAll; }

    // Asked before a change with text is dropped; true drops it. Default: a message box.
    void setConfirmDiscard(std::function<bool(const QString &snippet)> confirm);

    void retrySelected();
    void cancelSelected();
    void retryAll();

Q_SIGNALS:
    void refreshed();

private:
    void updateButtons();
    int selectedRow() const;

    Client *m_client;
    OutboxModel *m_model;
    QLabel *m_summary;
    QListView *m_view;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QPushButton *m_retryAll;
    std::function<bool(const QString &)> m_confirm;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
};

} // namespace lyceum::ui
