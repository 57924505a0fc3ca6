// The learner's player defaults, chosen in Settings and used by every lesson: the speed a lesson
// starts at (a lesson watched before resumes at its own), captions on or off, and the captions'
// size. Saved in QSettings under player/*; values it does not know read as the defaults.
#pragma once

#include <QList>

namespace lyceum::ui {

struct PlayerDefaults {
    double speed = 1.0;
    bool captions = true;
    int captionPercent = 100;

    static QList<double> speeds();       // 0.5 … 3
    static QList<int> captionPercents(); // 75 … 200
    static PlayerDefaults load();
    void save() const;
    friend bool operator==(const PlayerDefaults &, const PlayerDefaults &) = default;
};

} // namespace lyceum::ui
