// Where the user has been, for Alt+Left and the course page's back button: a browser-like stack
// of places (a page, and the course or thread open on it). Holds no widgets, so it survives the
// window rebuilding its pages (a language or theme change).
#pragma once

#include <QString>
#include <QVector>

namespace lyceum::ui {

class NavigationHistory {
public:
    struct Place {
        int page = -1; // MainWindow's page kind (index in its page list)
        QString courseId;
        QString threadId;
        friend bool operator==(const Place &, const Place &) = default;
    };

    // Records `from` as the place left for `to`; nothing when they are the same place, when
    // `from` is no page, or when `from` is already the last place recorded.
    void left(const Place &from, const Place &to);
    bool canGoBack() const { return !m_places.isEmpty(); }
    const Place &previous() const { return m_places.constLast(); }
    Place takePrevious();
    void clear() { m_places.clear(); }
    qsizetype size() const { return m_places.size(); }

    static constexpr int kMaxPlaces = 50;

private:
    QVector<Place> m_places;
};

} // namespace lyceum::ui
