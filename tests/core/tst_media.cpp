// The media pieces shared by the player, the downloads and the server: WebVTT captions (Chinese
// and English, tags, entities, bad cues), watched ranges (union, completion, bad input), and the
// sealed file format of downloads (round trip, random access, resuming a partial file, a
// tampered chunk, the wrong key).
#include "media/range_answer.h"
#include "media/sealed_file.h"
#include "media/vtt.h"
#include "media/watched_ranges.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace lyceum::media;

class TestMedia : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void vttCaptions() {
        const QByteArray file = "\xEF\xBB\xBFWEBVTT - lesson 1\r\n\r\n"
                                "NOTE written by hand\r\n\r\n"
                                "1\r\n00:00:00.000 --> 00:00:04.000 line:90%\r\n"
                                "打开官网，<b>下载</b>安装包\r\n\r\n"
                                "00:04.000 --> 00:08.500\r\nTick &quot;Add&quot; &amp; go\r\n"
                                "second line\r\n\r\n"
                                "bad\r\n00:00:10.000 --> 00:00:09.000\r\nbackwards\r\n\r\n"
                                "01:00:00.250 --> 01:00:01.000\r\n<c.yellow>一小时</c>\r\n";
        QString error;
        const auto captions = parseVtt(file, &error);
        QVERIFY2(captions, qPrintable(error));
        QCOMPARE(captions->cues.size(), 3);
        QCOMPARE(captions->textAt(1000), QStringLiteral("打开官网，下载安装包"));
        QCOMPARE(captions->textAt(5000), QStringLiteral("Tick \"Add\" & go\nsecond line"));
        QCOMPARE(captions->textAt(8500), QString()); // the end is exclusive
        QCOMPARE(captions->cues.last().startMs, 3600250);
        QCOMPARE(captions->textAt(3600500), QStringLiteral("一小时"));
        QVERIFY(!parseVtt("1\n00:00:00.000 --> 00:00:01.000\nno header\n", &error));
        QVERIFY(error.contains(QLatin1String("WEBVTT")));
        QVERIFY(!parseVttTime(u"00:61:00.000"));
        QVERIFY(!parseVttTime(u"0:00.00"));
        QCOMPARE(parseVttTime(u"00:01:02.500").value(), 62500);
        // The demo captions parse in both languages.
        for (const char *lang : {"zh", "en"}) {
            QFile demo(QStringLiteral(LYCEUM_BINARY_DIR "/share/lyceum/demo-media/python-1.%1.vtt")
                           .arg(QLatin1String(lang)));
            QVERIFY(demo.open(QIODevice::ReadOnly));
            const auto c = parseVtt(demo.readAll(), &error);
            QVERIFY2(c, qPrintable(error));
            QCOMPARE(c->cues.size(), 9);
        }
    }

    void watchedRanges() {
        Ranges r = normalized({{5000, 8000}, {0, 2000}, {1500, 3000}, {8000, 9000}, {7, 7}});
        QCOMPARE(r, (Ranges{{0, 3000}, {5000, 9000}}));
        QCOMPARE(coveredMs(r), 7000);
        QCOMPARE(unite(r, {{2500, 5500}}), (Ranges{{0, 9000}}));
        QCOMPARE(percentWatched(r, 10000), 70);
        QCOMPARE(percentWatched({{0, 9850}}, 10000), 100); // the last moments count as watched
        QCOMPARE(percentWatched({{0, 50000}}, 10000), 100);
        QCOMPARE(percentWatched(r, 0), 0);
        QCOMPARE(rangesFromJson(toJson(r)).value(), r);
        for (const char *bad :
             {"[[1]]", "[[2,1]]", "[[-1,5]]", "[[0.5,2]]", "{\"a\":1}", "[[0,\"x\"]]"}) {
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("{\"v\":") + bad + "}");
            QVERIFY2(!rangesFromJson(doc.object().value(QLatin1StringView("v"))), bad);
        }
    }

    void sealedFiles() {
        QTemporaryDir dir;
        const QByteArray key(kSealedKeyBytes, 'k');
        QByteArray plain(int(3 * kSealedChunk + 12345), Qt::Uninitialized);
        for (char &c : plain)
            c = char(QRandomGenerator::global()->bounded(256));
        const QString path = dir.filePath(QStringLiteral("v.lyvid"));
        QString error;
        {
            SealedWriter w(path, key);
            QVERIFY2(w.open(plain.size(), &error), qPrintable(error));
            QVERIFY(w.append(plain.left(int(kSealedChunk + 100)), &error));
            QCOMPARE(w.committedPlain(), kSealedChunk);
            w.close(); // interrupted: 100 bytes of the second chunk not sealed
        }
        {
            SealedWriter w(path, key); // resumed: the complete chunk kept, the tail dropped
            QVERIFY2(w.open(plain.size(), &error), qPrintable(error));
            QCOMPARE(w.committedPlain(), kSealedChunk);
            QVERIFY(w.append(plain.mid(int(kSealedChunk)), &error));
            QVERIFY2(w.finish(&error), qPrintable(error));
        }
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray sealed = raw.readAll();
        raw.close();
        QCOMPARE(sealed.size(), sealedSize(plain.size()));
        QVERIFY(!sealed.contains(plain.mid(1000, 32)));
        SealedReader r(path, key);
        QVERIFY2(r.open(QIODevice::ReadOnly), qPrintable(r.problem()));
        QCOMPARE(r.size(), plain.size());
        QCOMPARE(r.readAll(), plain);
        QVERIFY(r.seek(2 * kSealedChunk - 10)); // across a chunk boundary
        QCOMPARE(r.read(20), plain.mid(int(2 * kSealedChunk - 10), 20));
        r.close();
        // The wrong key, or one changed byte: refused, not garbage.
        SealedReader wrong(path, QByteArray(kSealedKeyBytes, 'x'));
        QVERIFY(wrong.open(QIODevice::ReadOnly));
        QCOMPARE(wrong.read(10).size(), 0);
        QVERIFY(wrong.problem().contains(QLatin1String("damaged")));
        QByteArray tampered = sealed;
        tampered[int(kSealedHeader + kSealedChunk + 500)] ^= 1;
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(tampered);
        out.close();
        SealedReader damaged(path, key);
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        QCOMPARE(damaged.read(100), plain.left(100)); // chunk 0 is fine
        QVERIFY(damaged.seek(kSealedChunk));
        QCOMPARE(damaged.read(100).size(), 0);
        // A resume against another version of the video is refused.
        SealedWriter other(path, key);
        QVERIFY(!other.open(plain.size() + 1, &error));
        QVERIFY(error.contains(QLatin1String("another version")));
    }

    // A download's answer must be the part asked for (range_answer.h): a server cannot move the
    // start, announce another size, or send past the end of the video /media/url described.
    void videoAnswers_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentRange");
        QTest::addColumn<qint64>("contentLength");
        QTest::addColumn<qint64>("rangeStart");
        QTest::addColumn<bool>("accepted");
        // The video is 1000 bytes in every row.
        QTest::newRow("whole") << 200 << QByteArray() << qint64(1000) << qint64(0) << true;
        QTest::newRow("whole, no length") << 200 << QByteArray() << qint64(-1) << qint64(0) << true;
        QTest::newRow("whole, too long")
            << 200 << QByteArray() << qint64(4000000000) << qint64(0) << false;
        QTest::newRow("whole, when a range was asked")
            << 200 << QByteArray() << qint64(1000) << qint64(500) << false;
        QTest::newRow("the range asked")
            << 206 << QByteArray("bytes 500-999/1000") << qint64(500) << qint64(500) << true;
        QTest::newRow("the range asked, total unknown")
            << 206 << QByteArray("bytes 500-999/*") << qint64(-1) << qint64(500) << true;
        QTest::newRow("another start")
            << 206 << QByteArray("bytes 0-999/1000") << qint64(1000) << qint64(500) << false;
        QTest::newRow("another total")
            << 206 << QByteArray("bytes 500-999/5000") << qint64(500) << qint64(500) << false;
        QTest::newRow("past the end")
            << 206 << QByteArray("bytes 500-4999/*") << qint64(4500) << qint64(500) << false;
        QTest::newRow("length not the range")
            << 206 << QByteArray("bytes 500-999/1000") << qint64(90000) << qint64(500) << false;
        QTest::newRow("no Content-Range")
            << 206 << QByteArray() << qint64(500) << qint64(500) << false;
        QTest::newRow("garbage Content-Range")
            << 206 << QByteArray("bytes 999-500/1000") << qint64(-1) << qint64(500) << false;
        QTest::newRow("an error answer is not checked here")
            << 404 << QByteArray() << qint64(77) << qint64(500) << true;
    }

    void videoAnswers() {
        QFETCH(int, status);
        QFETCH(QByteArray, contentRange);
        QFETCH(qint64, contentLength);
        QFETCH(qint64, rangeStart);
        QFETCH(bool, accepted);
        const QString problem =
            checkVideoAnswer(status, contentRange, contentLength, rangeStart, 1000);
        QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
