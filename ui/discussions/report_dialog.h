// "Report": why a post, a thread or a user should be looked at by the moderators, with an
// optional note. Opened on a post or a thread, it offers that item or its author. Window-modal
// and non-blocking (open()); accepted() means send it.
#pragma once

#include <QDialog>
#include <QVector>

class QButtonGroup;
class QComboBox;
class QPlainTextEdit;

namespace lyceum::ui {

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    struct Target {
        QString label; // "this post", "its author, 张三"
        QString kind;  // post, thread, user
        QString id;
    };
    explicit ReportDialog(const QVector<Target> &targets, QWidget *parent = nullptr);
    QString reason() const; // spam, abuse, off_topic, other
    QString note() const;
    Target target() const; // the one chosen
    QComboBox *reasonBox() const { return m_reason; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QButtonGroup *targets() const { return m_choice; }

private:
    QVector<Target> m_targets;
    QButtonGroup *m_choice;
    QComboBox *m_reason;
    QPlainTextEdit *m_note;
};

} // namespace lyceum::ui
