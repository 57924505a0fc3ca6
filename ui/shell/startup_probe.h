// With LYCEUM_STARTUP_PROBE set, the app reports its cold start for bench/bench_cold_start:
// one line on stdout when the catalogue first paints with courses in it, one with the resident
// memory once the app has been idle for two seconds (and whether the window shows itself offline),
// then it quits. Never active otherwise.
#pragma once

#include <QObject>

class QListView;

namespace lyceum::ui {

class StartupProbe : public QObject {
    Q_OBJECT
public:
    static bool requested();
    explicit StartupProbe(QListView *catalogue, QObject *parent = nullptr);

Q_SIGNALS:
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reportMemory();

    QListView *m_view;
    bool m_painted = false;
};

} // namespace lyceum::ui
