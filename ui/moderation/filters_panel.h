// The keyword filters of the Rules tab (staff): the community's filters, a word or a small
// pattern (* and ?) that blocks a post or holds it for review; a test box showing what a filter
// would catch among the newest posts before it is added. Matching folds full- and half-width and
// assumes no word boundaries (Chinese has none): domain/keyword_filter.h.
#pragma once

#include "client/client.h"
#include "domain/keyword_filter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace lyceum::ui {

class FiltersPanel : public QWidget {
    Q_OBJECT
public:
    explicit FiltersPanel(Client *client, QWidget *parent = nullptr);

    void reload();
    QListWidget *filterList() const { return m_list; }
    QLineEdit *patternEdit() const { return m_pattern; }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *effectBox() const { return m_effect; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QListWidget *testResults() const { return m_results; }
    QLabel *testSummary() const { return m_summary; }

Q_SIGNALS:
    void tested(); // a test's answer (or its error) is shown

private:
    void test();
    void add();
    void removeSelected();
    // Why the typed filter cannot be used, in the user's language; empty: fine.
    QString problem() const;

    Client *m_client;
    QListWidget *m_list;
    QLineEdit *m_pattern;
    QComboBox *m_mode;
    QComboBox *m_effect;
    QPushButton *m_test;
    QPushButton *m_add;
    QPushButton *m_remove;
    QListWidget *m_results;
    QLabel *m_summary;
};

} // namespace lyceum::ui
