#include "moderation/filters_panel.h"

#include "client/moderation_service.h"
#include "common/format.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {
QString filterText(const KeywordFilter &f) {
    const QString effect = f.effect == KeywordFilter::Effect::Block
                               ? FiltersPanel::tr("blocks")
                               : FiltersPanel::tr("holds for review");
    const QString mode = f.mode == KeywordFilter::Mode::Pattern ? FiltersPanel::tr("pattern")
                                                                : FiltersPanel::tr("word");
    return QStringLiteral("%1  ·  %2, %3").arg(f.pattern, mode, effect);
}
} // namespace

FiltersPanel::FiltersPanel(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_list(new QListWidget(this))
    , m_pattern(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_effect(new QComboBox(this))
    , m_test(new QPushButton(tr("Test on recent posts"), this))
    , m_add(new QPushButton(tr("Add filter"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_results(new QListWidget(this))
    , m_summary(new QLabel(this)) {
    setObjectName(QStringLiteral("FiltersPanel"));
    m_list->setAccessibleName(tr("Keyword filters"));
    m_pattern->setPlaceholderText(tr("A word, or a pattern with * and ?"));
    m_pattern->setAccessibleName(tr("Filter"));
    m_pattern->setMaxLength(kMaxFilterLength);
    m_mode->addItem(tr("Word or phrase"), int(KeywordFilter::Mode::Word));
    m_mode->addItem(tr("Pattern (* any, ? one character)"), int(KeywordFilter::Mode::Pattern));
    m_mode->setAccessibleName(tr("Kind of filter"));
    m_effect->addItem(tr("Hold for review"), int(KeywordFilter::Effect::Hold));
    m_effect->addItem(tr("Block"), int(KeywordFilter::Effect::Block));
    m_effect->setAccessibleName(tr("What the filter does"));
    m_results->setAccessibleName(tr("Posts the filter would catch"));
    m_summary->setObjectName(QStringLiteral("Muted"));
    m_summary->setWordWrap(true);

    auto *box = new QGroupBox(tr("Keyword filters"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_mode, 1);
    row->addWidget(m_effect, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto *hint = new QLabel(tr("Full-width and half-width letters match alike, and a word is found "
                               "inside Chinese text."),
                            this);
    hint->setObjectName(QStringLiteral("Muted"));
    hint->setWordWrap(true);
    auto *inner = new QVBoxLayout(box);
    inner->addWidget(m_list, 2);
    inner->addWidget(m_pattern);
    inner->addLayout(row);
    inner->addWidget(hint);
    inner->addLayout(buttons);
    inner->addWidget(m_summary);
    inner->addWidget(m_results, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);

    connect(m_test, &QPushButton::clicked, this, &FiltersPanel::test);
    connect(m_add, &QPushButton::clicked, this, &FiltersPanel::add);
    connect(m_remove, &QPushButton::clicked, this, &FiltersPanel::removeSelected);
    connect(m_pattern, &QLineEdit::returnPressed, this, &FiltersPanel::test);
}

void FiltersPanel::reload() {
    m_client->moderation().fetchKeywordFilters(
        this, [this](const ApiError &e, QVector<KeywordFilter> filters) {
            if (e.isError()) {
                m_summary->setText(tr("The filters could not be fetched: %1").arg(e.message));
                return;
            }
            m_list->clear();
            for (const KeywordFilter &f : std::as_const(filters)) {
                auto *item = new QListWidgetItem(filterText(f), m_list);
                item->setData(Qt::UserRole, f.id);
            }
        });
}

QString FiltersPanel::problem() const {
    const QString pattern = m_pattern->text().trimmed();
    const auto mode = KeywordFilter::Mode(m_mode->currentData().toInt());
    if (filterProblem(pattern, mode).isEmpty())
        return {};
    if (pattern.isEmpty())
        return tr("Type a word or a pattern first.");
    if (mode == KeywordFilter::Mode::Pattern)
        return tr("A pattern has at most %1 wildcards and some letters.").arg(kMaxFilterWildcards);
    return tr("A filter is at most %1 characters.").arg(kMaxFilterLength);
}

void FiltersPanel::test() {
    if (const QString why = problem(); !why.isEmpty()) {
        m_summary->setText(why);
        Q_EMIT tested();
        return;
    }
    m_summary->setText(tr("Testing…"));
    m_client->moderation().testKeywordFilter(
        m_pattern->text().trimmed(), KeywordFilter::Mode(m_mode->currentData().toInt()), this,
        [this](const ApiError &e, FilterTestResult result) {
            m_results->clear();
            if (e.isError()) {
                m_summary->setText(tr("The filter could not be tested: %1").arg(e.message));
            } else {
                m_summary->setText(tr("Would catch %n of the %1 newest posts.", nullptr,
                                      int(result.matches.size()))
                                       .arg(result.checked));
                for (const FilterTestResult::Match &m : std::as_const(result.matches))
                    new QListWidgetItem(Format::relativeTime(m.createdAt) + QStringLiteral(" — ") +
                                            m.text.simplified().left(140),
                                        m_results);
            }
            Q_EMIT tested();
        });
}

void FiltersPanel::add() {
    if (const QString why = problem(); !why.isEmpty()) {
        m_summary->setText(why);
        return;
    }
    const QString pattern = m_pattern->text().trimmed();
    const auto mode = KeywordFilter::Mode(m_mode->currentData().toInt());
    const auto effect = KeywordFilter::Effect(m_effect->currentData().toInt());
    m_client->moderation().addKeywordFilter(pattern, mode, effect);
    // Shown at once; the list is read again from the server once sent.
    auto *item = new QListWidgetItem(
        filterText({0, pattern, mode, effect, {}, 0}) + tr(" (sending…)"), m_list);
    item->setData(Qt::UserRole, qint64(0));
    m_pattern->clear();
    m_results->clear();
    m_summary->clear();
}

void FiltersPanel::removeSelected() {
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(Qt::UserRole).toLongLong() <= 0)
        return;
    m_client->moderation().removeKeywordFilter(item->data(Qt::UserRole).toLongLong());
    delete item;
}

} // namespace lyceum::ui
