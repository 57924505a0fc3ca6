// The shared tokenizer on Chinese, English and mixed text: dictionary words, case folding,
// punctuation dropped, offsets into the input, and bigrams for runs the dictionary leaves as
// single characters.
#include "text/tokenizer.h"

#include <QTest>

using namespace lyceum::text;

class TestTokenizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chinese() {
        QCOMPARE(
            words(u"我们一起学习机器学习。"),
            (QStringList{QStringLiteral("我们"), QStringLiteral("一起"), QStringLiteral("学习"),
                         QStringLiteral("机器"), QStringLiteral("学习")}));
        QCOMPARE(words(u"课程"), QStringList{QStringLiteral("课程")});
        QCOMPARE(words(u"学习"), QStringList{QStringLiteral("学习")});
    }

    void englishIsFoldedAndPunctuationDropped() {
        QCOMPARE(words(u"Hello, WORLD! It's 2026."),
                 (QStringList{QStringLiteral("hello"), QStringLiteral("world"),
                              QStringLiteral("it's"), QStringLiteral("2026")}));
        QVERIFY(words(u"  ,.;!?  ").isEmpty());
        QVERIFY(words(u"").isEmpty());
    }

    void mixedKeepsOffsets() {
        const QString text = QStringLiteral("学习Python的课程");
        const QVector<Token> tokens = tokenize(text);
        QStringList texts;
        for (const Token &t : tokens) {
            texts << t.text;
            QCOMPARE(text.mid(t.start, t.length).toCaseFolded(), t.text);
        }
        QCOMPARE(texts, (QStringList{QStringLiteral("学习"), QStringLiteral("python"),
                                     QStringLiteral("的"), QStringLiteral("课程")}));
    }

    void singleCharacterRunsBecomeBigrams() {
        // Rare characters the dictionary does not join stay single: they pair up.
        const QVector<Token> tokens = tokenize(u"龘靐齉");
        QStringList texts;
        for (const Token &t : tokens)
            texts << t.text;
        QCOMPARE(texts, (QStringList{QStringLiteral("龘靐"), QStringLiteral("靐齉")}));
        QCOMPARE(tokens.at(1).start, 1);
        QCOMPARE(tokens.at(1).length, 2);
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
