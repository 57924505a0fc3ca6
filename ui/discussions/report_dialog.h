// "Report": why a post (or thread, or user) should be looked at by the moderators, with an
// optional note. Window-modal and non-blocking (open()); accepted() means send it.
#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace lyceum::ui {

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportDialog(const QString &what, QWidget *parent = nullptr);
    QString reason() const; // spam, abuse, off_topic, other
    QString note() const;
    QComboBox *reasonBox() const { return m_reason; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    QComboBox *m_reason;
    QPlainTextEdit *m_note;
};

} // namespace lyceum::ui
