// Reading a lesson's text (free previews, or every lesson once the course is owned). Locked
// lessons say why they are locked instead.
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QPushButton;

namespace lyceum {
class Client;
}

namespace lyceum::ui {

class LessonDialog : public QDialog {
    Q_OBJECT
public:
    // With a client, an unlocked lesson counts as opened (the user's progress, kept on this
    // device) and offers "Mark as done".
    LessonDialog(const Lesson &lesson, const QString &courseTitle, Client *client = nullptr,
                 QWidget *parent = nullptr);
    QPushButton *doneButton() const { return m_done; }

private:
    QPushButton *m_done = nullptr;
};

} // namespace lyceum::ui
