// Picking a reaction: a row of the common emoji with "More…" (ReactionBar, popped up under a
// post's React button) and the full picker (EmojiPicker): every emoji a reaction may use
// (emojiCatalogue() of domain/entities.h) in a grid, searchable by English and Chinese words.
// Keyboard first: in the row Left/Right move and Enter picks; in the picker typing searches,
// Down (or Tab) enters the grid, the arrows move in it, Enter picks, Escape closes either.
#pragma once

#include "domain/entities.h"

#include <QFrame>

class QLineEdit;
class QListView;
class QStandardItemModel;
class QToolButton;

namespace lyceum::ui {

class EmojiPicker : public QFrame {
    Q_OBJECT
public:
    explicit EmojiPicker(QWidget *parent = nullptr); // a popup window
    QLineEdit *searchField() const { return m_search; }
    QListView *grid() const { return m_grid; }
    // The emoji a search shows, in the catalogue's order: every word of the query must start
    // a word of the emoji's English or Chinese names (or appear in the Chinese ones).
    static QVector<EmojiInfo> matching(const QString &query);
    int shownCount() const;
    void popupAt(const QPoint &globalPos);

Q_SIGNALS:
    void picked(const QString &emoji);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &query);
    void pick(const QModelIndex &index);

    QLineEdit *m_search;
    QListView *m_grid;
    QStandardItemModel *m_model;
};

class ReactionBar : public QFrame {
    Q_OBJECT
public:
    explicit ReactionBar(QWidget *parent = nullptr); // a popup window
    QList<QToolButton *> emojiButtons() const { return m_buttons; }
    QToolButton *moreButton() const { return m_more; }
    void popupAt(const QPoint &globalPos);

Q_SIGNALS:
    void picked(const QString &emoji);
    void moreRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QToolButton *> m_buttons;
    QToolButton *m_more;
};

} // namespace lyceum::ui
