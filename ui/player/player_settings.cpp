#include "player/player_settings.h"

#include <QSettings>

namespace lyceum::ui {

namespace {
const QString kSpeed = QStringLiteral("player/speed");
const QString kCaptions = QStringLiteral("player/captions");
const QString kCaptionPercent = QStringLiteral("player/captionPercent");
} // namespace

QList<double> PlayerDefaults::speeds() {
    return {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
}

QList<int> PlayerDefaults::captionPercents() {
    return {75, 100, 125, 150, 200};
}

PlayerDefaults PlayerDefaults::load() {
    const QSettings settings;
    PlayerDefaults d;
    bool ok = false;
    const double speed = settings.value(kSpeed).toDouble(&ok);
    for (const double known : speeds()) {
        if (ok && qFuzzyCompare(known, speed))
            d.speed = known;
    }
    const QString captions = settings.value(kCaptions).toString();
    if (captions == QLatin1String("false") || captions == QLatin1String("0"))
        d.captions = false;
    const int percent = settings.value(kCaptionPercent).toInt(&ok);
    if (ok && captionPercents().contains(percent))
        d.captionPercent = percent;
    return d;
}

void PlayerDefaults::save() const {
    QSettings settings;
    settings.setValue(kSpeed, speed);
    settings.setValue(kCaptions, captions);
    settings.setValue(kCaptionPercent, captionPercent);
}

} // namespace lyceum::ui
