#include "learning/quiz_panel.h"

#include "client/client.h"
#include "common/theme.h"
#include "learning/quiz_service.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lyceum::ui {

namespace {

QString choiceText(const quiz::Question &q, const quiz::Choice &c) {
    if (q.kind == quiz::Kind::TrueFalse)
        return c.id == QLatin1String("true") ? QuizPanel::tr("True") : QuizPanel::tr("False");
    return c.text;
}

// The questions and choices a set of widgets was built for.
QString shapeOf(const quiz::Quiz &z) {
    QStringList parts{z.id};
    for (const quiz::Question &q : z.questions) {
        parts << q.id << quiz::kindName(q.kind) << q.text;
        for (const quiz::Choice &c : q.choices)
            parts << c.id << c.text;
    }
    return parts.join(QChar(0x1f));
}

} // namespace

QuizPanel::QuizPanel(Client *client, const QString &lessonId, const QString &courseId,
                     QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_lessonId(lessonId)
    , m_header(new QLabel(this))
    , m_state(new QLabel(this))
    , m_grade(new QLabel(this))
    , m_questionsBox(new QWidget)
    , m_questionsLayout(new QVBoxLayout(m_questionsBox))
    , m_submit(new QPushButton(tr("Submit answers"), this))
    , m_retry(new QPushButton(tr("Try again"), this)) {
    setObjectName(QStringLiteral("QuizPanel"));
    setAccessibleName(tr("Quiz"));
    m_header->setObjectName(QStringLiteral("SectionTitle"));
    m_state->setObjectName(QStringLiteral("Muted"));
    m_state->setWordWrap(true);
    m_grade->setObjectName(QStringLiteral("QuizGrade"));
    m_grade->setWordWrap(true);
    m_submit->setObjectName(QStringLiteral("Primary"));
    m_submit->setToolTip(tr("Submit (Enter)"));
    m_questionsLayout->setContentsMargins(0, 0, 8, 0);
    m_questionsLayout->setSpacing(14);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_questionsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(180);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_grade, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_state);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    m_retry->hide();
    hide(); // until a quiz is found
    connect(m_submit, &QPushButton::clicked, this, &QuizPanel::submit);
    connect(m_retry, &QPushButton::clicked, this, &QuizPanel::startAgain);
    if (!m_client)
        return;
    connect(&QuizService::of(*m_client), &QuizService::quizzesChanged, this, &QuizPanel::reload);
    reload();
    QuizService::of(*m_client).refresh(courseId,
                                       this); // the latest questions and grades, if online
}

void QuizPanel::reload() {
    QuizService::of(*m_client).fetchLessonQuiz(m_lessonId, this,
                                               [this](std::optional<LessonQuiz> q) {
                                                   m_quiz = std::move(q);
                                                   if (m_quiz)
                                                       showQuiz(*m_quiz);
                                                   else
                                                       hide();
                                                   Q_EMIT loaded();
                                               });
}

void QuizPanel::showQuiz(const LessonQuiz &lq) {
    const quiz::Quiz &z = lq.quiz;
    m_header->setText(
        tr("Quiz · %n question(s) · pass mark %1 %", nullptr, lq.questionCount).arg(z.passMark));
    QWidget::show();
    if (lq.locked) {
        m_state->setText(tr("The quiz opens with the course."));
        m_submit->hide();
        m_retry->hide();
        return;
    }
    const QString shape = shapeOf(z);
    if (shape != m_builtFor) {
        m_builtFor = shape;
        buildQuestions();
    }
    const QuizAttemptView *latest = lq.latestGraded();
    const QuizAttemptView *waiting = nullptr;
    for (const QuizAttemptView &a : lq.attempts) {
        if (!a.graded)
            waiting = &a;
    }
    const int left = lq.attemptsLeft();
    QString state =
        left < 0 ? tr("Attempts are not limited.") : tr("%n attempt(s) left.", nullptr, left);
    if (waiting && waiting->pending == OutboxState::Failed)
        state = tr("The server refused the attempt: %1").arg(waiting->failure);
    else if (waiting)
        state = tr("Your answers are queued; they are graded when they reach the server.");
    m_state->setText(state);
    if (latest && (!m_answering || latest->id == m_waitingFor)) {
        m_answering = false;
        showResults(latest);
        m_retry->setVisible(left != 0);
        m_submit->hide();
        if (latest->id == m_waitingFor)
            m_waitingFor.clear();
        Q_EMIT graded();
        return;
    }
    showResults(nullptr);
    m_retry->hide();
    m_submit->setVisible(true);
    m_submit->setEnabled(!waiting && left != 0);
}

void QuizPanel::buildQuestions() {
    for (const QuestionWidgets &w : std::as_const(m_questions))
        delete w.box;
    m_questions.clear();
    int number = 0;
    for (const quiz::Question &q : m_quiz->quiz.questions) {
        QuestionWidgets w;
        w.box = new QWidget(m_questionsBox);
        auto *box = new QVBoxLayout(w.box);
        box->setContentsMargins(0, 0, 0, 0);
        auto *text = new QLabel(QStringLiteral("%1. %2").arg(++number).arg(q.text), w.box);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        box->addWidget(text);
        if (q.kind == quiz::Kind::Short) {
            w.text = new QLineEdit(w.box);
            w.text->setPlaceholderText(tr("Your answer"));
            w.text->setAccessibleName(q.text);
            w.text->setMaxLength(quiz::kMaxShortAnswer);
            w.text->installEventFilter(this);
            box->addWidget(w.text);
        } else {
            auto *group = new QButtonGroup(w.box);
            group->setExclusive(q.kind != quiz::Kind::Multiple);
            int n = 0;
            for (const quiz::Choice &c : q.choices) {
                const QString label = QStringLiteral("%1  %2").arg(++n).arg(choiceText(q, c));
                QAbstractButton *b =
                    q.kind == quiz::Kind::Multiple
                        ? static_cast<QAbstractButton *>(new QCheckBox(label, w.box))
                        : new QRadioButton(label, w.box);
                b->setProperty("choiceId", c.id);
                b->installEventFilter(this);
                group->addButton(b);
                box->addWidget(b);
                w.choices << b;
            }
        }
        w.result = new QLabel(w.box);
        w.result->setWordWrap(true);
        w.result->setTextFormat(Qt::PlainText);
        w.result->hide();
        box->addWidget(w.result);
        m_questionsLayout->addWidget(w.box);
        m_questions << w;
    }
    m_questionsLayout->addStretch();
}

void QuizPanel::showResults(const QuizAttemptView *attempt) {
    for (int i = 0; i < m_questions.size(); ++i) {
        QuestionWidgets &w = m_questions[i];
        for (QAbstractButton *b : std::as_const(w.choices))
            b->setEnabled(!attempt);
        if (w.text)
            w.text->setReadOnly(attempt != nullptr);
        if (!attempt) {
            w.result->hide();
            continue;
        }
        const QString id = m_quiz->quiz.questions.at(i).id;
        // The answers as sent, shown again under the grade.
        const QJsonValue given = attempt->answers.value(id);
        for (QAbstractButton *b : std::as_const(w.choices))
            b->setChecked(given.toArray().contains(b->property("choiceId").toString()));
        if (w.text)
            w.text->setText(given.toString());
        for (const quiz::QuestionResult &r : attempt->grade.questions) {
            if (r.questionId != id)
                continue;
            QString text = r.right ? tr("✓ Right") : tr("✗ Wrong");
            if (!r.explanation.isEmpty())
                text += QStringLiteral(" — ") + r.explanation;
            w.result->setText(text);
            w.result->setStyleSheet(QStringLiteral("color: %1;")
                                        .arg((r.right ? theme::success : theme::danger).name()));
            w.result->show();
        }
    }
    if (!attempt) {
        m_grade->clear();
        return;
    }
    const quiz::Grade &g = attempt->grade;
    m_grade->setText((g.passed ? tr("Score %1 of %2 · passed") : tr("Score %1 of %2 · not passed"))
                         .arg(g.score)
                         .arg(g.max));
}

QJsonObject QuizPanel::currentAnswers() const {
    QJsonObject out;
    if (!m_quiz)
        return out;
    for (int i = 0; i < m_questions.size(); ++i) {
        const QuestionWidgets &w = m_questions.at(i);
        const QString id = m_quiz->quiz.questions.at(i).id;
        if (w.text) {
            if (!w.text->text().trimmed().isEmpty())
                out.insert(id, w.text->text());
            continue;
        }
        QJsonArray chosen;
        for (QAbstractButton *b : w.choices) {
            if (b->isChecked())
                chosen.append(b->property("choiceId").toString());
        }
        if (!chosen.isEmpty())
            out.insert(id, chosen);
    }
    return out;
}

void QuizPanel::submit() {
    if (!m_quiz || !m_submit->isVisible() || !m_submit->isEnabled())
        return;
    m_submit->setEnabled(false);
    QuizService::of(*m_client).submit(m_quiz->quiz.id, currentAnswers(), this,
                                      [this](const Status &status, const QString &attemptId) {
                                          if (!status) {
                                              m_state->setText(status.errorText());
                                              m_submit->setEnabled(true);
                                              return;
                                          }
                                          m_waitingFor = attemptId;
                                          Q_EMIT submitted();
                                      });
}

void QuizPanel::startAgain() {
    m_answering = true;
    for (QuestionWidgets &w : m_questions) {
        for (QAbstractButton *b : std::as_const(w.choices)) {
            // An exclusive group keeps one button checked; unchecking goes through it.
            if (QButtonGroup *g = b->group(); g && g->exclusive()) {
                g->setExclusive(false);
                b->setChecked(false);
                g->setExclusive(true);
            } else {
                b->setChecked(false);
            }
        }
        if (w.text)
            w.text->clear();
    }
    if (m_quiz)
        showQuiz(*m_quiz);
    if (!m_questions.isEmpty()) {
        QWidget *first = m_questions.first().text ? static_cast<QWidget *>(m_questions.first().text)
                                                  : m_questions.first().choices.value(0);
        if (first)
            first->setFocus();
    }
}

QWidget *QuizPanel::entryOf(int question) const {
    const QuestionWidgets &w = m_questions.at(question);
    if (w.text)
        return w.text;
    for (QAbstractButton *b : w.choices) {
        if (b->isChecked())
            return b;
    }
    return w.choices.value(0, nullptr);
}

int QuizPanel::questionOf(QObject *widget) const {
    for (int i = 0; i < m_questions.size(); ++i) {
        if (m_questions.at(i).text == widget ||
            m_questions.at(i).choices.contains(qobject_cast<QAbstractButton *>(widget)))
            return i;
    }
    return -1;
}

bool QuizPanel::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const int q = questionOf(watched);
    if (q < 0)
        return QWidget::eventFilter(watched, event);
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        submit();
        return true;
    }
    // Tab goes to the next question (its chosen or first choice), not to each choice.
    const int step = key->key() == Qt::Key_Tab ? 1 : key->key() == Qt::Key_Backtab ? -1 : 0;
    if (step != 0 && q + step >= 0 && q + step < m_questions.size()) {
        entryOf(q + step)->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
    if (m_questions.at(q).text)
        return QWidget::eventFilter(watched, event); // digits and arrows are text there
    const QVector<QAbstractButton *> &choices = m_questions.at(q).choices;
    if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
        const int n = key->key() - Qt::Key_1;
        if (n < choices.size() && choices.at(n)->isEnabled()) {
            QAbstractButton *b = choices.at(n);
            b->setFocus();
            if (qobject_cast<QCheckBox *>(b))
                b->toggle();
            else
                b->setChecked(true);
        }
        return true;
    }
    if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
        const int at = int(choices.indexOf(static_cast<QAbstractButton *>(watched)));
        const int next = at + (key->key() == Qt::Key_Down ? 1 : -1);
        if (next >= 0 && next < choices.size())
            choices.at(next)->setFocus(); // Space chooses it
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QVector<QAbstractButton *> QuizPanel::choiceButtons(int question) const {
    return m_questions.value(question).choices;
}

QLineEdit *QuizPanel::shortAnswer(int question) const {
    return m_questions.value(question).text;
}

QLabel *QuizPanel::resultLabel(int question) const {
    return m_questions.value(question).result;
}

} // namespace lyceum::ui
