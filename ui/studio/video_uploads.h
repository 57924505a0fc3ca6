// The videos being added to a course at once (OutlineEditor's "Add videos…" or files dropped
// on the outline): one row per file with its progress, a Cancel button while it goes, and its
// outcome (uploaded, or why not); rows stay until the creator clears the finished ones.
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class QVBoxLayout;

namespace lyceum {
class Client;
struct ApiError;
} // namespace lyceum

namespace lyceum::ui {

class VideoUploads : public QWidget {
    Q_OBJECT
public:
    VideoUploads(Client *client, QWidget *parent = nullptr);
    void track(const QString &draftId, const QString &fileName);
    int rows() const { return int(m_rows.size()); }
    QProgressBar *progressOf(const QString &draftId) const;
    QLabel *stateOf(const QString &draftId) const;
    QToolButton *cancelOf(const QString &draftId) const;

private:
    struct Row {
        QWidget *box;
        QLabel *name;
        QProgressBar *bar;
        QLabel *state;
        QToolButton *cancel;
    };
    void finished(const QString &draftId, const ApiError &error);

    Client *m_client;
    QVBoxLayout *m_layout;
    QHash<QString, Row> m_rows;
};

} // namespace lyceum::ui
