// What a person sees before the main window: "Starting the demo community…", "Signing in…",
// or a clear error with Retry and Quit.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lyceum::ui {

class StartupWindow : public QWidget {
    Q_OBJECT
public:
    explicit StartupWindow(QWidget *parent = nullptr);

    void showProgress(const QString &text);
    void showError(const QString &title, const QString &details);
    QString message() const;

Q_SIGNALS:
    void retryRequested();
    void quitRequested();

private:
    QLabel *m_message;
    QLabel *m_details;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    QPushButton *m_quit;
};

} // namespace lyceum::ui
