// My library (sidebar, Ctrl+7): the courses I own or follow, each with its progress, next
// lesson and when I last opened it (model/view: library_model.h, library_delegate.h). Enter (or
// a double click, or Continue) opens the next lesson; Open course opens the course page;
// "Download the whole course" queues every open lesson's video with the download service
// (Downloads shows them). Read from the cache, so it works offline.
#pragma once

#include "client/client.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace lyceum::ui {

class LibraryModel;

class LibraryPage : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPage(Client *client, QWidget *parent = nullptr);

    void reload();
    QListView *list() const { return m_list; }
    LibraryModel *model() const { return m_model; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *downloadButton() const { return m_download; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void courseRequested(const QString &courseId);
    void lessonRequested(const QString &courseId, const QString &lessonId);
    void loaded();

private:
    void continueSelected();
    void downloadSelected();
    void updateButtons();
    QModelIndex selected() const;

    Client *m_client;
    LibraryModel *m_model;
    QListView *m_list;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_status;
    QPushButton *m_continue;
    QPushButton *m_open;
    QPushButton *m_download;
    class CertificateButton *m_certificate = nullptr; // learning/certificate_button.h
    QTimer *m_reload;
};

} // namespace lyceum::ui
