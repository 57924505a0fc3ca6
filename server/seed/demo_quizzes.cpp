#include "server/seed/demo_quizzes.h"

#include "learning/quiz_domain.h"
#include "server/learning/quiz_storage.h"
#include "server/storage/storage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lyceum::server {

namespace {

// The definitions as an author writes them (quiz_domain.h, quizFromAuthorJson).
const char kPythonVariables[] = R"json({"pass_mark": 60, "attempts_allowed": 0, "questions": [
 {"id": "q1", "kind": "single", "text": "执行 `a = [1, 2]; b = a; b.append(3)` 之后，`a` 是什么？",
  "choices": [{"id": "a", "text": "[1, 2]"}, {"id": "b", "text": "[1, 2, 3]"},
              {"id": "c", "text": "报错"}],
  "correct": ["b"], "explanation": "变量是名字，不是盒子：a 和 b 指向同一个列表。"},
 {"id": "q2", "kind": "multiple", "text": "下面哪些是 Python 的内置容器类型？(Choose all that apply)",
  "choices": [{"id": "list", "text": "list"}, {"id": "dict", "text": "dict"},
              {"id": "array", "text": "array[]"}, {"id": "tuple", "text": "tuple"}],
  "correct": ["list", "dict", "tuple"],
  "explanation": "list、dict、tuple 都是内置类型；array 要从标准库的 array 模块导入。"},
 {"id": "q3", "kind": "true_false", "text": "字典的键可以是列表。",
  "correct": ["false"], "explanation": "键必须可哈希，列表可变，所以不行；元组可以。"},
 {"id": "q4", "kind": "short", "text": "取列表长度用哪个内置函数？(Which built-in gives a list's length?)",
  "accepted": ["len", "len()"], "explanation": "len(expenses) 返回列表里有几个元素。"}
]})json";

const char kPythonLoops[] = R"json({"pass_mark": 50, "attempts_allowed": 3, "questions": [
 {"id": "q1", "kind": "single", "text": "想对字典的每一对键和值做同样的事，该写什么？",
  "choices": [{"id": "a", "text": "for k, v in d.items():"}, {"id": "b", "text": "for k, v in d:"},
              {"id": "c", "text": "while d:"}],
  "correct": ["a"], "explanation": "items() 给出 (键, 值) 对；直接遍历字典只得到键。"},
 {"id": "q2", "kind": "short", "text": "结束整个循环的关键字是？",
  "accepted": ["break"], "explanation": "break 结束循环；continue 只跳过这一轮。"}
]})json";

const char kEmailSubjects[] = R"json({"pass_mark": 67, "attempts_allowed": 2, "questions": [
 {"id": "q1", "kind": "single", "text": "Which subject line is most likely to be opened today?",
  "choices": [{"id": "a", "text": "Hello"}, {"id": "b", "text": "Question"},
              {"id": "c", "text": "Invoice 2041: approve by Friday?"}],
  "correct": ["c"], "explanation": "A strong subject says what it is about and what is needed."},
 {"id": "q2", "kind": "true_false", "text": "The first sentence should repeat the subject line word for word.",
  "correct": ["false"], "explanation": "The first sentence adds the context the subject could not."},
 {"id": "q3", "kind": "short", "text": "One word: what should a follow-up make easy?",
  "accepted": ["reply", "replying", "回复"], "explanation": "Restate the question so it can be answered in one line."}
]})json";

void put(QuizStorage &store, Storage &storage, const QString &lessonId, const char *json,
         qint64 now) {
    const std::optional<Lesson> lesson = storage.lessonById(lessonId);
    const std::optional<Course> course =
        lesson ? storage.courseById(lesson->courseId) : std::nullopt;
    Result<quiz::Quiz> parsed =
        quiz::quizFromAuthorJson(QJsonDocument::fromJson(QByteArray(json)).object());
    if (!course || !parsed)
        throw StorageError(QStringLiteral("the demo quiz of %1 is broken").arg(lessonId));
    quiz::Quiz z = std::move(parsed).value();
    z.id = quiz::quizIdFor(lessonId);
    z.lessonId = lessonId;
    z.courseId = course->id;
    z.updatedAt = now;
    store.putQuiz(z, course->creatorId);
}

} // namespace

void seedDemoQuizzes(Storage &storage, qint64 nowMs) {
    Transaction tx(storage);
    QuizStorage store(storage);
    put(store, storage, QStringLiteral("l-python-zero-2"), kPythonVariables, nowMs);
    put(store, storage, QStringLiteral("l-python-zero-3"), kPythonLoops, nowMs);
    put(store, storage, QStringLiteral("l-english-email-1"), kEmailSubjects, nowMs);
    tx.commit();
}

} // namespace lyceum::server
