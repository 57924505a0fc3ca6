// A QLabel that elides its single line of text to the width it gets instead of forcing the
// layout wider (long Chinese course titles at 1024 px).
#pragma once

#include <QLabel>

namespace lyceum::ui {

class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElision();
    QString m_fullText;
};

} // namespace lyceum::ui
