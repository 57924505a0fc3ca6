#include "common/elided_label.h"

#include <QResizeEvent>

namespace lyceum::ui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent) {
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text) {
    m_fullText = text;
    setToolTip(text);
    updateElision();
}

QSize ElidedLabel::minimumSizeHint() const {
    return QSize(20, QLabel::minimumSizeHint().height());
}

void ElidedLabel::resizeEvent(QResizeEvent *event) {
    QLabel::resizeEvent(event);
    updateElision();
}

void ElidedLabel::updateElision() {
    const QString elided = fontMetrics().elidedText(m_fullText, Qt::ElideRight, qMax(0, width()));
    if (elided != text())
        setText(elided);
}

} // namespace lyceum::ui
