// Writing a draft (creators): a title, a Markdown body with its live preview (the same safe
// renderer as discussions), saved to this computer within a second of any change even while
// typing goes on, so a crash loses at most that second; the draft's history with restore.
#pragma once

#include "studio/draft_store.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class MarkdownView;
class DraftDetails;
class MarkdownToolbar;

class DraftEditor : public QWidget {
    Q_OBJECT
public:
    static constexpr int kAutosaveMs = 800; // the longest a change waits to be saved

    DraftEditor(Client *client, QString draftId, QWidget *parent = nullptr);
    ~DraftEditor() override;
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *historyButton() const { return m_history; }
    QPushButton *imageButton() const { return m_image; }
    MarkdownView *preview() const { return m_preview; }
    DraftDetails *details() const { return m_details; }
    MarkdownToolbar *toolbar() const { return m_toolbar; }
    // The draft as it is now in the editor (text and details).
    Draft current() const;
    const QString &draftId() const { return m_draftId; }
    bool isDirty() const { return m_dirty; }
    bool isLoaded() const { return m_loaded; }
    void saveNow();
    void openHistory();
    // Copies a picture into the profile (off the GUI thread) and then puts
    // ![name](lyceum-image:ID) at the cursor (sent with the drafts when online); imageInserted
    // tells which, with the reason in the status line when refused.
    void insertImage(const QString &path);
    void chooseImage();

Q_SIGNALS:
    void loaded();
    void imageInserted(bool inserted);
    void saved();

private:
    void insertImageReference(const QString &id, QString name);
    void changed();
    void load();
    void showDraft(const Draft &d);

    Client *m_client;
    QString m_draftId;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    MarkdownView *m_preview;
    QLabel *m_status;
    QPushButton *m_history;
    QPushButton *m_image;
    QTimer *m_autosave;
    QTimer *m_previewTimer;
    DraftDetails *m_details;
    MarkdownToolbar *m_toolbar;
    Draft m_draft; // as last loaded; the text and details come from the widgets
    bool m_dirty = false;
    bool m_loading = false;
    bool m_loaded = false;           // typing is possible once the draft is there
    bool m_savedThisSession = false; // the session's first save starts a revision
};

} // namespace lyceum::ui
