// Filters the catalogue as the user types: every whitespace-separated term must occur in the
// course's title, summary, creator, topic or tags (case-insensitive substring, so Chinese
// works without word breaks); plus a topic and a price filter.
#pragma once

#include <QSortFilterProxyModel>

namespace lyceum::ui {

class CourseFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class PriceFilter { Any, Free, Paid };

    explicit CourseFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setTopic(const QString &topic); // empty: all topics
    void setPriceFilter(PriceFilter filter);
    QString searchText() const { return m_terms.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_terms;
    QString m_topic;
    PriceFilter m_price = PriceFilter::Any;
};

} // namespace lyceum::ui
