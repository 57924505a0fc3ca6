// The home page (Ctrl+0): while you were away (new lessons in my courses, replies to me and
// announcements since the last visit, from the cache: library/while_away.h), continue learning (the
// next lesson of each course in progress), for you (each with its reason), next steps after a
// finished course, and new in your topics. All of it is computed on this computer
// (Client::fetchHome, reco/home.h); the page says so.
#pragma once

#include "client/client.h"
#include "client/discovery_service.h"

#include <QFrame>
#include <QWidget>

class QLabel;
class QTimer;
class QVBoxLayout;

namespace lyceum::ui {

// A course as a card on the home page: clickable and keyboard-activated (Enter, Space).
class HomeCard : public QFrame {
    Q_OBJECT
public:
    HomeCard(const QString &title, const QString &detail, const QString &footer,
             QWidget *parent = nullptr);
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    // Grows to hold its wrapped text (the flow layout asks only for size hints).
    void fitHeight();

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(class QMouseEvent *event) override;
    void keyPressEvent(class QKeyEvent *event) override;

private:
    QString m_title;
    QString m_detail;
};

class HomePage : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(Client *client, QWidget *parent = nullptr);

    void reload();
    const HomeView &shown() const { return m_view; }
    // The cards of a section: "away", "continue", "foryou", "next", "new".
    QList<HomeCard *> cards(const QString &section) const;
    static QString reasonText(const reco::Recommendation &r);
    const AwayView &away() const { return m_away; }
    // The same with the card's course, whose topic is named in the interface language.
    static QString reasonText(const reco::Recommendation &r, const Course &course);

Q_SIGNALS:
    void courseRequested(const QString &courseId);
    void lessonRequested(const QString &courseId, const QString &lessonId);
    // A reply or an announcement from "while you were away" (postId empty: the thread's top).
    void threadRequested(const QString &threadId, const QString &postId);
    void loaded();

private:
    void apply(HomeView view);
    QWidget *awaySection();
    QWidget *section(const QString &key, const QString &title, const QString &empty,
                     QList<HomeCard *> cards);

    Client *m_client;
    HomeView m_view;
    AwayView m_away;
    QVBoxLayout *m_sections;
    QTimer *m_reload;
};

} // namespace lyceum::ui
