#include "shell/navigation_history.h"

namespace lyceum::ui {

void NavigationHistory::left(const Place &from, const Place &to) {
    if (from.page < 0 || from == to)
        return;
    if (!m_places.isEmpty() && m_places.constLast() == from)
        return;
    m_places.append(from);
    if (m_places.size() > kMaxPlaces)
        m_places.removeFirst();
}

NavigationHistory::Place NavigationHistory::takePrevious() {
    return m_places.isEmpty() ? Place{} : m_places.takeLast();
}

} // namespace lyceum::ui
