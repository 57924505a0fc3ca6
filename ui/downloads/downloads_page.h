// Downloads (Ctrl+5): the lesson videos kept on this computer for offline viewing, with their
// state and progress; pause, resume, remove; the space set aside for them (the oldest finished
// ones make room for new ones) and how much is used. Paid videos are sealed at rest and go when
// the lesson may no longer be watched.
#pragma once

#include "client/client.h"
#include "client/media_service.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace lyceum::ui {

class DownloadsPage : public QWidget {
    Q_OBJECT
public:
    explicit DownloadsPage(Client *client, QWidget *parent = nullptr);
    void refresh();
    QTreeWidget *list() const { return m_list; }
    QSpinBox *quotaBox() const { return m_quota; }
    QLabel *usageLabel() const { return m_usage; }
    QLabel *emptyLabel() const { return m_empty; }
    static constexpr char kQuotaSetting[] = "downloads/quotaGb";
    // The folder chosen in Settings for new downloads; empty: inside the profile.
    static constexpr char kFolderSetting[] = "downloads/folder";

private:
    void apply(const QVector<Download> &downloads);
    QString selectedLesson() const;

    Client *m_client;
    QTreeWidget *m_list;
    QLabel *m_usage;
    QLabel *m_empty;
    QSpinBox *m_quota;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_remove;
    QWidget *m_actions = nullptr;
    int m_fill = -1; // the layout's last item: a stretch used while nothing is downloaded
    QHash<QString, QPair<qint64, qint64>> m_live; // lesson -> received, size while running
    QVector<Download> m_rows;
};

} // namespace lyceum::ui
