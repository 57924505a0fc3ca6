// Before a draft goes out: what will happen, in words (what, where, who will see it, free or
// paid and at what price, now or when the server will publish it). Enter publishes, Esc goes
// back to the draft.
#pragma once

#include "domain/entities.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;

namespace lyceum {
struct Draft;
}

namespace lyceum::ui {

struct PublishPlan {
    QString what;         // "Lesson “Ownership”"
    QString where;        // "In the course “Rust”" / "In the space “General”"
    QString audience;     // who will see it
    QString price;        // free, or paid at what price
    QString when;         // now, or the scheduled time
    bool updates = false; // the draft edits something already published
};

class PublishConfirmDialog : public QDialog {
    Q_OBJECT
public:
    PublishConfirmDialog(const PublishPlan &plan, QWidget *parent = nullptr);
    QPushButton *confirmButton() const { return m_confirm; }
    // The rows as shown, for tests and the accessibility tree.
    QString summary() const;

    // The plan for a draft. placeName: the space or course chosen in the editor; course: the
    // course a lesson or a course post belongs to (for its price), or the course draft's own
    // values; publishAtMs 0: now.
    static PublishPlan planFor(const Draft &draft, const QString &placeName,
                               const std::optional<Course> &course, qint64 publishAtMs);

private:
    QPushButton *m_confirm;
    QList<QLabel *> m_rows;
};

} // namespace lyceum::ui
