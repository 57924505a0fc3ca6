#include "catalogue/course_filter_model.h"

#include "catalogue/course_list_model.h"

#include <QRegularExpression>

namespace lyceum::ui {

CourseFilterModel::CourseFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {}

void CourseFilterModel::setSearchText(const QString &text) {
    // \s with Unicode properties also splits on the ideographic space of Chinese input methods.
    static const QRegularExpression whitespace(QStringLiteral("\\s+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QStringList terms = text.toLower().split(whitespace, Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateRowsFilter();
}

void CourseFilterModel::setTopic(const QString &topic) {
    if (topic == m_topic)
        return;
    m_topic = topic;
    invalidateRowsFilter();
}

void CourseFilterModel::setPriceFilter(PriceFilter filter) {
    if (filter == m_price)
        return;
    m_price = filter;
    invalidateRowsFilter();
}

bool CourseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_topic.isEmpty() && index.data(CourseListModel::TopicRole).toString() != m_topic)
        return false;
    const bool free = index.data(CourseListModel::IsFreeRole).toBool();
    if ((m_price == PriceFilter::Free && !free) || (m_price == PriceFilter::Paid && free))
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString haystack = index.data(CourseListModel::SearchTextRole).toString();
    for (const QString &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}

} // namespace lyceum::ui
