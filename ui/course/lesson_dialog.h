// Reading a lesson's text (free previews, or every lesson once the course is owned). Locked
// lessons say why they are locked instead.
#pragma once

#include "domain/entities.h"

#include <QDialog>

namespace lyceum::ui {

class LessonDialog : public QDialog {
    Q_OBJECT
public:
    LessonDialog(const Lesson &lesson, const QString &courseTitle, QWidget *parent = nullptr);
};

} // namespace lyceum::ui
