#include "learning/quiz_editor.h"

#include "client/client.h"
#include "learning/quiz_service.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <algorithm>

namespace lyceum::ui {

namespace {

const quiz::Kind kKinds[] = {quiz::Kind::Single, quiz::Kind::Multiple, quiz::Kind::TrueFalse,
                             quiz::Kind::Short};

QString kindLabel(quiz::Kind kind) {
    switch (kind) {
    case quiz::Kind::Single:
        return QuizEditor::tr("Single choice");
    case quiz::Kind::Multiple:
        return QuizEditor::tr("Multiple choice");
    case quiz::Kind::TrueFalse:
        return QuizEditor::tr("True or false");
    case quiz::Kind::Short:
        return QuizEditor::tr("Short answer");
    }
    return {};
}

QString freeChoiceId(const QStringList &taken) {
    for (char c = 'a'; c <= 'z'; ++c) {
        const QString id = QString(QLatin1Char(c));
        if (!taken.contains(id))
            return id;
    }
    return QStringLiteral("c%1").arg(taken.size());
}

QJsonObject questionJson(const quiz::Question &q) {
    QJsonArray choices;
    if (q.kind != quiz::Kind::Short) {
        for (const quiz::Choice &c : q.choices)
            choices.append(
                QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("text"), c.text}});
    }
    return QJsonObject{
        {QStringLiteral("id"), q.id},
        {QStringLiteral("kind"), quiz::kindName(q.kind)},
        {QStringLiteral("text"), q.text},
        {QStringLiteral("choices"), choices},
        {QStringLiteral("correct"),
         QJsonArray::fromStringList(q.kind == quiz::Kind::Short ? QStringList() : q.correct)},
        {QStringLiteral("accepted"),
         QJsonArray::fromStringList(q.kind == quiz::Kind::Short ? q.accepted : QStringList())},
        {QStringLiteral("explanation"), q.explanation}};
}

} // namespace

QuizEditor::QuizEditor(Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_list(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_choices(new QTableWidget(0, 2, this))
    , m_accepted(new QPlainTextEdit(this))
    , m_explanation(new QPlainTextEdit(this))
    , m_passMark(new QSpinBox(this))
    , m_attempts(new QSpinBox(this))
    , m_add(new QPushButton(tr("Add a question"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_addChoice(new QPushButton(tr("Add a choice"), this))
    , m_removeChoice(new QPushButton(tr("Remove the choice"), this))
    , m_save(new QPushButton(tr("Save the quiz"), this))
    , m_state(new QLabel(this))
    , m_form(new QWidget(this))
    , m_choicesBox(new QWidget(this))
    , m_acceptedBox(new QWidget(this)) {
    setObjectName(QStringLiteral("QuizEditor"));
    m_list->setAccessibleName(tr("Questions"));
    for (quiz::Kind k : kKinds)
        m_kind->addItem(kindLabel(k), quiz::kindName(k));
    m_kind->setAccessibleName(tr("Kind"));
    m_text->setAccessibleName(tr("Question"));
    m_text->setTabChangesFocus(true);
    m_accepted->setTabChangesFocus(true);
    m_explanation->setTabChangesFocus(true);
    m_accepted->setPlaceholderText(tr("One accepted answer a line, e.g. len and 长度"));
    m_explanation->setPlaceholderText(tr("Shown to the learner with the grade"));
    m_choices->setHorizontalHeaderLabels({tr("Correct"), tr("Choice")});
    m_choices->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_choices->verticalHeader()->hide();
    m_choices->setAccessibleName(tr("Choices"));
    m_passMark->setRange(1, 100);
    m_passMark->setSuffix(QStringLiteral(" %"));
    m_passMark->setValue(60);
    m_passMark->setAccessibleName(tr("Pass mark"));
    m_attempts->setRange(0, quiz::kMaxAttemptsAllowed);
    m_attempts->setSpecialValueText(tr("No limit"));
    m_attempts->setAccessibleName(tr("Attempts allowed"));
    m_save->setObjectName(QStringLiteral("Primary"));
    m_state->setObjectName(QStringLiteral("Muted"));
    m_state->setWordWrap(true);

    buildLayout();

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_showing)
            return;
        storeCurrent();
        m_current = row;
        showCurrent();
    });
    connect(m_add, &QPushButton::clicked, this, &QuizEditor::addQuestion);
    connect(m_remove, &QPushButton::clicked, this, &QuizEditor::removeQuestion);
    connect(m_up, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    connect(m_addChoice, &QPushButton::clicked, this, &QuizEditor::addChoice);
    connect(m_removeChoice, &QPushButton::clicked, this, &QuizEditor::removeChoice);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &QuizEditor::kindChanged);
    connect(m_save, &QPushButton::clicked, this, &QuizEditor::save);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing && m_current >= 0 && m_list->item(m_current))
            m_list->item(m_current)->setText(m_text->toPlainText().simplified());
    });
    showCurrent();
}

void QuizEditor::buildLayout() {
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Pass mark"), this));
    top->addWidget(m_passMark);
    top->addWidget(new QLabel(tr("Attempts allowed"), this));
    top->addWidget(m_attempts);
    top->addStretch();
    top->addWidget(m_save);
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        listButtons->addWidget(b);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *choiceButtons = new QHBoxLayout;
    choiceButtons->addWidget(m_addChoice);
    choiceButtons->addWidget(m_removeChoice);
    choiceButtons->addStretch();
    auto *choicesLayout = new QVBoxLayout(m_choicesBox);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    choicesLayout->addWidget(m_choices);
    choicesLayout->addLayout(choiceButtons);
    auto *acceptedLayout = new QVBoxLayout(m_acceptedBox);
    acceptedLayout->setContentsMargins(0, 0, 0, 0);
    acceptedLayout->addWidget(m_accepted);
    auto *form = m_formLayout = new QFormLayout(m_form);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Question"), m_text);
    form->addRow(tr("Choices"), m_choicesBox);
    form->addRow(tr("Accepted answers"), m_acceptedBox);
    form->addRow(tr("Explanation"), m_explanation);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(m_form, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(columns, 1);
    layout->addWidget(m_state);
}

void QuizEditor::setLesson(const QString &lessonId) {
    m_lessonId = lessonId;
    setDefinition({});
    if (!m_client || lessonId.isEmpty())
        return;
    m_state->setText(tr("Loading the quiz…"));
    QuizService::of(*m_client).fetchAuthorQuiz(
        lessonId, this, [this, lessonId](const ApiError &e, const QJsonObject &answer) {
            if (lessonId != m_lessonId)
                return;
            if (e.isError()) {
                m_state->setText(
                    tr("The quiz could not be loaded (it needs a connection): %1").arg(e.message));
                return;
            }
            const QJsonObject quizJson = answer.value(QLatin1StringView("quiz")).toObject();
            setDefinition(quizJson);
            m_state->setText(quizJson.isEmpty() ? tr("This lesson has no quiz yet.") : QString());
            Q_EMIT loaded();
        });
}

void QuizEditor::setDefinition(const QJsonObject &definition) {
    m_questions.clear();
    if (!definition.isEmpty()) {
        if (Result<quiz::Quiz> z = quiz::quizFromAuthorJson(definition)) {
            m_questions = z->questions;
            m_passMark->setValue(z->passMark);
            m_attempts->setValue(z->attemptsAllowed);
        }
    } else {
        m_passMark->setValue(60);
        m_attempts->setValue(0);
    }
    m_current = m_questions.isEmpty() ? -1 : 0;
    refreshList();
    showCurrent();
}

QJsonObject QuizEditor::definition() {
    storeCurrent();
    QJsonArray questions;
    for (const quiz::Question &q : std::as_const(m_questions))
        questions.append(questionJson(q));
    return QJsonObject{{QStringLiteral("pass_mark"), m_passMark->value()},
                       {QStringLiteral("attempts_allowed"), m_attempts->value()},
                       {QStringLiteral("questions"), questions}};
}

void QuizEditor::refreshList() {
    m_showing = true;
    m_list->clear();
    for (const quiz::Question &q : std::as_const(m_questions))
        m_list->addItem(q.text.simplified().isEmpty() ? tr("(no text yet)") : q.text.simplified());
    m_list->setCurrentRow(m_current);
    m_showing = false;
}

void QuizEditor::storeCurrent() {
    if (m_showing || m_current < 0 || m_current >= m_questions.size())
        return;
    quiz::Question &q = m_questions[m_current];
    q.kind = kKinds[std::max(0, m_kind->currentIndex())];
    q.text = m_text->toPlainText().trimmed();
    q.explanation = m_explanation->toPlainText().trimmed();
    q.accepted.clear();
    for (const QString &line : m_accepted->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            q.accepted << line.trimmed();
    }
    q.choices.clear();
    q.correct.clear();
    for (int row = 0; row < m_choices->rowCount(); ++row) {
        const QTableWidgetItem *tick = m_choices->item(row, 0);
        const QTableWidgetItem *text = m_choices->item(row, 1);
        if (!tick || !text)
            continue;
        const QString id = tick->data(Qt::UserRole).toString();
        q.choices.append({id, text->text().trimmed()});
        if (tick->checkState() == Qt::Checked)
            q.correct << id;
    }
}

void QuizEditor::showCurrent() {
    m_showing = true;
    const bool any = m_current >= 0 && m_current < m_questions.size();
    m_form->setEnabled(any);
    m_remove->setEnabled(any);
    m_up->setEnabled(any && m_current > 0);
    m_down->setEnabled(any && m_current + 1 < m_questions.size());
    const quiz::Question q = any ? m_questions.at(m_current) : quiz::Question{};
    m_kind->setCurrentIndex(m_kind->findData(quiz::kindName(q.kind)));
    m_text->setPlainText(q.text);
    m_explanation->setPlainText(q.explanation);
    m_accepted->setPlainText(q.accepted.join(u'\n'));
    m_choices->setRowCount(0);
    for (const quiz::Choice &c : q.choices) {
        const int row = m_choices->rowCount();
        m_choices->insertRow(row);
        auto *tick = new QTableWidgetItem;
        tick->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        tick->setCheckState(q.correct.contains(c.id) ? Qt::Checked : Qt::Unchecked);
        tick->setData(Qt::UserRole, c.id);
        m_choices->setItem(row, 0, tick);
        auto *text =
            new QTableWidgetItem(q.kind == quiz::Kind::TrueFalse
                                     ? (c.id == QLatin1String("true") ? tr("True") : tr("False"))
                                     : c.text);
        if (q.kind == quiz::Kind::TrueFalse)
            text->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_choices->setItem(row, 1, text);
    }
    const bool shortAnswer = q.kind == quiz::Kind::Short;
    m_formLayout->setRowVisible(m_choicesBox, !shortAnswer);
    m_formLayout->setRowVisible(m_acceptedBox, shortAnswer);
    m_addChoice->setEnabled(q.kind == quiz::Kind::Single || q.kind == quiz::Kind::Multiple);
    m_removeChoice->setEnabled(m_addChoice->isEnabled());
    m_showing = false;
}

void QuizEditor::kindChanged() {
    if (m_showing || m_current < 0)
        return;
    storeCurrent();
    quiz::Question &q = m_questions[m_current];
    if (q.kind == quiz::Kind::TrueFalse) {
        q.choices = {{QStringLiteral("true"), QStringLiteral("True")},
                     {QStringLiteral("false"), QStringLiteral("False")}};
        q.correct = {QStringLiteral("true")};
    } else if (q.kind != quiz::Kind::Short && q.choices.size() < 2) {
        q.choices = {{QStringLiteral("a"), QString()}, {QStringLiteral("b"), QString()}};
        q.correct = {QStringLiteral("a")};
    } else if (q.choices.value(0).id == QLatin1String("true")) {
        q.choices = {{QStringLiteral("a"), tr("True")}, {QStringLiteral("b"), tr("False")}};
        q.correct = {QStringLiteral("a")};
    }
    showCurrent();
}

void QuizEditor::addQuestion() {
    storeCurrent();
    QStringList ids;
    for (const quiz::Question &q : std::as_const(m_questions))
        ids << q.id;
    quiz::Question q;
    int n = int(m_questions.size()) + 1;
    while (ids.contains(QStringLiteral("q%1").arg(n)))
        ++n;
    q.id = QStringLiteral("q%1").arg(n);
    q.choices = {{QStringLiteral("a"), QString()}, {QStringLiteral("b"), QString()}};
    q.correct = {QStringLiteral("a")};
    m_questions.append(q);
    m_current = int(m_questions.size()) - 1;
    refreshList();
    showCurrent();
    m_text->setFocus();
}

void QuizEditor::removeQuestion() {
    if (m_current < 0 || m_current >= m_questions.size())
        return;
    m_questions.removeAt(m_current);
    m_current = std::min(m_current, int(m_questions.size()) - 1);
    refreshList();
    showCurrent();
}

void QuizEditor::moveQuestion(int by) {
    storeCurrent();
    const int to = m_current + by;
    if (m_current < 0 || to < 0 || to >= m_questions.size())
        return;
    m_questions.swapItemsAt(m_current, to);
    m_current = to;
    refreshList();
    showCurrent();
}

void QuizEditor::addChoice() {
    storeCurrent();
    if (m_current < 0)
        return;
    quiz::Question &q = m_questions[m_current];
    QStringList ids;
    for (const quiz::Choice &c : std::as_const(q.choices))
        ids << c.id;
    q.choices.append({freeChoiceId(ids), QString()});
    showCurrent();
    m_choices->setCurrentCell(m_choices->rowCount() - 1, 1);
    m_choices->editItem(m_choices->item(m_choices->rowCount() - 1, 1));
}

void QuizEditor::removeChoice() {
    storeCurrent();
    const int row = m_choices->currentRow();
    if (m_current < 0 || row < 0 || row >= m_questions.at(m_current).choices.size())
        return;
    quiz::Question &q = m_questions[m_current];
    q.correct.removeAll(q.choices.at(row).id);
    q.choices.removeAt(row);
    showCurrent();
}

void QuizEditor::save() {
    const QJsonObject def = definition();
    if (const Result<quiz::Quiz> checked = quiz::quizFromAuthorJson(def); !checked) {
        m_state->setText(tr("Not saved: %1").arg(checked.error().message));
        return;
    }
    if (!m_client || m_lessonId.isEmpty())
        return;
    QuizService::of(*m_client).saveQuiz(m_lessonId, def, this, [this](const Status &status) {
        if (!status) {
            m_state->setText(tr("Not saved: %1").arg(status.errorText()));
            return;
        }
        m_state->setText(tr("Saved; learners see it once it reaches the server."));
        Q_EMIT saved();
    });
}

} // namespace lyceum::ui
