// `lyceum --screenshot DIR`: walks the screens a person sees (login, catalogue, search, course,
// thread with the composer, composer preview, new thread, settings, and, when it may stop the
// server, the offline thread with a waiting reply and the outbox panel) and saves each as a PNG via
// QWidget::grab(), then quits. scripts/screenshots.sh runs it under Xvfb per language and size.
#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class MainWindow;

class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, Client *client, QString directory,
                   QObject *parent = nullptr);

    // Stops the server for the offline pictures; unset: no offline pictures.
    void setStopServer(std::function<void()> stopServer) { m_stopServer = std::move(stopServer); }
    void start();

Q_SIGNALS:
    void finished();

private:
    void next();
    void save(class QWidget *widget, const QString &name);

    MainWindow *m_window;
    Client *m_client;
    QString m_directory;
    QList<std::function<void()>> m_steps;
    std::function<void()> m_stopServer;
    int m_step = 0;
};

} // namespace lyceum::ui
