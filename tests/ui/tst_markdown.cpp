// Untrusted Markdown renders safely: raw HTML stays text, no resource is ever loaded (remote
// images never reach the network, local files are never read), and only http/https/mailto
// links can be followed.
#include "markdown/code_block.h"
#include "markdown/image_source.h"
#include "markdown/link_policy.h"
#include "markdown/markdown_view.h"
#include "markdown/safe_markdown_document.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QScrollBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>
#include <QtEndian>

using namespace lyceum::ui;

namespace {

// Every anchor href and image name the document ended up with.
struct DocumentContents {
    QStringList anchors;
    QStringList images;
};

DocumentContents inspect(const QTextDocument &document) {
    DocumentContents contents;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor())
                contents.anchors << format.anchorHref();
            if (format.isImageFormat())
                contents.images << format.toImageFormat().name();
        }
    }
    return contents;
}

quint32 crc32(const QByteArray &bytes) {
    quint32 crc = 0xffffffffu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// The start of a PNG whose header claims width x height: a few dozen bytes that would decode
// to gigabytes.
QByteArray pngHeader(quint32 width, quint32 height) {
    QByteArray ihdr("IHDR");
    char field[4];
    qToBigEndian(width, field);
    ihdr.append(field, 4);
    qToBigEndian(height, field);
    ihdr.append(field, 4);
    ihdr.append("\x08\x02\x00\x00\x00", 5); // 8-bit RGB, no interlace
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    qToBigEndian(quint32(13), field);
    png.append(field, 4);
    png.append(ihdr);
    qToBigEndian(crc32(ihdr), field);
    png.append(field, 4);
    for (const QByteArray &type : {QByteArray("IDAT"), QByteArray("IEND")}) {
        qToBigEndian(quint32(0), field); // empty: never reached when only the size is read
        png.append(field, 4);
        png.append(type);
        qToBigEndian(crc32(type), field);
        png.append(field, 4);
    }
    return png;
}

} // namespace

class TestMarkdown : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rendersMarkdown() {
        SafeMarkdownDocument document;
        document.setUntrustedMarkdown(
            QStringLiteral("# 标题\n\n**粗体** and [a link](https://example.com)\n\n"
                           "| a | b |\n|---|---|\n| 1 | 2 |\n"));
        QVERIFY(document.toPlainText().contains(QStringLiteral("标题")));
        QVERIFY(document.toPlainText().contains(QStringLiteral("粗体")));
        QCOMPARE(inspect(document).anchors, QStringList{QStringLiteral("https://example.com")});
    }

    void rawHtmlStaysText_data() {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("literal");
        QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>")
                                << QStringLiteral("<script>");
        QTest::newRow("img onerror")
            << QStringLiteral("hi <img src=x onerror=alert(1)> there") << QStringLiteral("onerror");
        QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://evil.example\"></iframe>")
                                << QStringLiteral("<iframe");
        QTest::newRow("inline b") << QStringLiteral("a <b>bold?</b> b") << QStringLiteral("<b>");
    }

    void rawHtmlStaysText() {
        QFETCH(QString, markdown);
        QFETCH(QString, literal);
        SafeMarkdownDocument document;
        document.setUntrustedMarkdown(markdown);
        // Shown as the characters the author typed, not interpreted.
        QVERIFY2(document.toPlainText().contains(literal), qPrintable(document.toPlainText()));
        const DocumentContents contents = inspect(document);
        QVERIFY(contents.images.isEmpty());
        QVERIFY(contents.anchors.isEmpty());
        QVERIFY(!document.toHtml().contains(QStringLiteral("<script")));
        QVERIFY(!document.toHtml().contains(QStringLiteral("<img")));
    }

    void remoteImageIsNeverFetched() {
        // A real listening socket: if anything tried to fetch the image, it would connect here.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString url =
            QStringLiteral("http://127.0.0.1:%1/tracker.png").arg(server.serverPort());
        MarkdownView view;
        view.resize(400, 300);
        view.setMarkdownText(QStringLiteral("look: ![pixel](") + url + QStringLiteral(")"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.grab(); // forces layout and painting, which loads resources
        QTest::qWait(300);
        QVERIFY(!server.hasPendingConnections());
        QVERIFY(!server.waitForNewConnection(200));
        // The document was asked, and answered with the placeholder.
        QVERIFY(view.safeDocument()->refusedResources().contains(QUrl(url)));
        const QVariant resource =
            view.safeDocument()->resource(QTextDocument::ImageResource, QUrl(url));
        QCOMPARE(resource.value<QImage>().size(), SafeMarkdownDocument::imagePlaceholder().size());
    }

    void localFileIsNeverRead() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("secret.png"));
        QImage secret(123, 77, QImage::Format_RGB32);
        secret.fill(Qt::red);
        QVERIFY(secret.save(path));
        MarkdownView view;
        view.setSearchPaths({dir.path()});
        view.setMarkdownText(QStringLiteral("![a](file://") + path +
                             QStringLiteral(") ![b](secret.png)"));
        view.resize(400, 300);
        view.grab();
        for (const QUrl &url : view.safeDocument()->refusedResources()) {
            const QImage image =
                view.safeDocument()->resource(QTextDocument::ImageResource, url).value<QImage>();
            QVERIFY(image.size() != secret.size());
        }
        QCOMPARE(view.safeDocument()->refusedResources().size(), 2);
        // And the view's own loader (QTextBrowser reads search paths) refuses too.
        QVERIFY(view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("secret.png")))
                    .isNull());
    }

    void dangerousLinksAreDropped() {
        MarkdownView view;
        QList<QUrl> opened;
        view.setLinkOpener([&opened](const QUrl &url) { opened << url; });
        view.setMarkdownText(QStringLiteral("[js](javascript:alert(1)) [f](file:///etc/passwd) "
                                            "[ok](https://lyceum.example/a) [m](mailto:a@b.c) "
                                            "[data](data:text/html,hi)"));
        const DocumentContents contents = inspect(*view.safeDocument());
        QCOMPARE(contents.anchors, QStringList({QStringLiteral("https://lyceum.example/a"),
                                                QStringLiteral("mailto:a@b.c")}));
        // The link text stays readable.
        QVERIFY(view.toPlainText().contains(QStringLiteral("js")));

        QVERIFY(!view.activateLink(QUrl(QStringLiteral("javascript:alert(1)"))));
        QVERIFY(!view.activateLink(QUrl(QStringLiteral("file:///etc/passwd"))));
        QVERIFY(!view.activateLink(QUrl(QStringLiteral("qrc:/i18n/x"))));
        QVERIFY(opened.isEmpty());
        // A click on a real link opens it, through the opener only.
        Q_EMIT view.anchorClicked(QUrl(QStringLiteral("https://lyceum.example/a")));
        QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("https://lyceum.example/a"))});
        Q_EMIT view.anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
        QCOMPARE(opened.size(), 1);
        QVERIFY(view.source().isEmpty()); // the view never navigated
    }

    void communityImagesDecodedWithinBounds() {
        QTemporaryDir dir;
        const QString wide = dir.filePath(QStringLiteral("wide.png"));
        QImage picture(1200, 300, QImage::Format_RGB32);
        picture.fill(Qt::blue);
        QVERIFY(picture.save(wide));
        const QImage scaled = ImageSource::decode(wide);
        QCOMPARE(scaled.size(), QSize(ImageSource::kMaxWidth, 160));
        const QString small = dir.filePath(QStringLiteral("small.png"));
        QVERIFY(picture.copy(0, 0, 100, 50).save(small));
        QCOMPARE(ImageSource::decode(small).size(), QSize(100, 50));

        // A header claiming 30000 x 30000 pixels is refused before decoding.
        const QString bomb = dir.filePath(QStringLiteral("bomb.png"));
        QFile out(bomb);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(pngHeader(30000, 30000));
        out.close();
        QCOMPARE(QImageReader(bomb).size(), QSize(30000, 30000)); // the header itself is valid
        QVERIFY(ImageSource::decode(bomb).isNull());
        const QString garbage = dir.filePath(QStringLiteral("garbage.png"));
        QFile junk(garbage);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("\x89PNG not really");
        junk.close();
        QVERIFY(ImageSource::decode(garbage).isNull());

        // With no signed-in client a community image keeps the placeholder, and is asked for
        // again later rather than cached as one.
        SafeMarkdownDocument document;
        document.setUntrustedMarkdown(QStringLiteral("![图](lyceum-image:abc-123)"));
        const QUrl url(QStringLiteral("lyceum-image:abc-123"));
        QCOMPARE(document.resource(QTextDocument::ImageResource, url).value<QImage>().size(),
                 SafeMarkdownDocument::imagePlaceholder().size());
        QVERIFY(!document.refusedResources().contains(url));
    }

    // A reply with long SQL lines, in a post-sized view at a narrow and a wide width: the code
    // sits in its own box inside the view, starts with its first characters on screen ("WITH
    // paid_orders", not "aid_orders") and scrolls sideways on its own.
    void codeBlocksKeepTheirStart_data() {
        QTest::addColumn<int>("width");
        QTest::newRow("1024 window") << 420;
        QTest::newRow("1280 window") << 700;
    }

    void codeBlocksKeepTheirStart() {
        QFETCH(int, width);
        const QString sql = QStringLiteral(
            "WITH paid_orders AS (SELECT user_id, order_id, paid_at, amount FROM orders WHERE "
            "status = 'paid' AND paid_at >= DATE '2026-01-01' AND channel IN ('app', 'web'))\n"
            "SELECT user_id, COUNT(*) AS orders, SUM(amount) AS revenue FROM paid_orders "
            "GROUP BY user_id HAVING COUNT(*) > 1 ORDER BY revenue DESC");
        QWidget window;
        window.resize(width, 400);
        MarkdownView view(&window);
        view.setAutoHeight(true);
        view.setGeometry(0, 0, width, 100);
        view.setMarkdownText(
            QStringLiteral("Try this, with `HAVING` after the group:\n\n```sql\n") + sql +
            QStringLiteral("\n```\n\nThen compare."));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(view.safeDocument()->codeBlocks(), QStringList{sql});
        QCOMPARE(view.codeViews().size(), 1);
        CodeBlockView *code = view.codeViews().constFirst();
        QVERIFY(code->isVisible());
        // The box lies inside the view, left edge included, and the view itself never scrolled.
        const QRect box = code->geometry();
        QVERIFY2(box.left() >= 0 && box.right() < view.viewport()->width(),
                 qPrintable(QStringLiteral("%1..%2 in %3")
                                .arg(box.left())
                                .arg(box.right())
                                .arg(view.viewport()->width())));
        QVERIFY(box.top() >= 0 && box.bottom() <= view.viewport()->height());
        QCOMPARE(view.horizontalScrollBar()->value(), 0);
        QVERIFY(view.document()->toPlainText().startsWith(QStringLiteral("Try this")));
        QVERIFY(view.document()->toPlainText().contains(QStringLiteral("Then compare.")));
        // The code's first characters are in the visible part of its box.
        QVERIFY(code->label()->text().startsWith(QStringLiteral("WITH paid_orders")));
        QCOMPARE(code->horizontalScrollBar()->value(), 0);
        const QPoint firstChar = code->label()->mapTo(&view, QPoint(codeblock::kPadding, 0));
        QVERIFY(firstChar.x() >= 0 && firstChar.x() < view.width());
        QCOMPARE(code->label()->font().fixedPitch() ||
                     QFontInfo(code->label()->font()).fixedPitch(),
                 true);
        // Lines longer than the box scroll in the box, not in the post.
        QVERIFY(code->horizontalScrollBar()->maximum() > 0);
        code->horizontalScrollBar()->setValue(code->horizontalScrollBar()->maximum());
        QCOMPARE(view.horizontalScrollBar()->value(), 0);
        QVERIFY(code->viewport()->height() >= code->label()->height() - 2);

        // Inline code is tinted.
        bool tinted = false;
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (it.fragment().text() == QStringLiteral("HAVING"))
                    tinted = it.fragment().charFormat().background().style() != Qt::NoBrush;
        QVERIFY(tinted);
    }

    void linkPolicy() {
        QVERIFY(isFollowableLink(QUrl(QStringLiteral("https://a.b/c"))));
        QVERIFY(isFollowableLink(QUrl(QStringLiteral("HTTP://a.b"))));
        QVERIFY(isFollowableLink(QUrl(QStringLiteral("mailto:x@y.z"))));
        QVERIFY(!isFollowableLink(QUrl(QStringLiteral("JavaScript:alert(1)"))));
        QVERIFY(!isFollowableLink(QUrl(QStringLiteral("file:///etc/passwd"))));
        QVERIFY(!isFollowableLink(QUrl(QStringLiteral("relative/path"))));
        QVERIFY(!isFollowableLink(QUrl(QStringLiteral("https://"))));
        QVERIFY(!isFollowableLink(QUrl()));
    }
};

QTEST_MAIN(TestMarkdown)
#include "tst_markdown.moc"
