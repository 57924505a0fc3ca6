// Starting a thread in a space or on a course: title, kind (discussion or question) and the
// first post, written in the composer with its Markdown preview.
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lyceum::ui {

class Composer;

class NewThreadDialog : public QDialog {
    Q_OBJECT
public:
    // where: shown as "New thread in <where>".
    explicit NewThreadDialog(const QString &where, QWidget *parent = nullptr);

    QString title() const;
    ThreadKind kind() const;
    QString body() const;
    void setKind(ThreadKind kind);

    QLineEdit *titleField() const { return m_title; }
    Composer *composer() const { return m_composer; }
    void accept() override;

private:
    void updateState();

    QLineEdit *m_title;
    QComboBox *m_kind;
    Composer *m_composer;
    QDialogButtonBox *m_buttons;
};

} // namespace lyceum::ui
