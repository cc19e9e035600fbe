// speed (issue 16): the HTML reader's caps on elements and on elements open at once, as the office readers have
// (ReadOptions::maxXmlElements, maxXmlDepth). Counts in the comments are those of the markup each test writes.

#include "import/DocumentReader.h"
#include "import/FormatReaders.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;

class TestHtmlLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elementsAreCounted();
    void depthCountsElementsThatMustBeClosed();
    void aFileOverTheLimitsIsRefusedWithItsName();
};

void TestHtmlLimits::elementsAreCounted()
{
    // Five start tags: <html>, <body>, <p>, <b>, <br>; end tags do not count.
    const QString html = QStringLiteral("<html><body><p>one <b>two</b><br>three</p></body></html>");
    const auto whole = htmlToPlainText(html, HtmlLimits{5, 400});
    QVERIFY2(whole.has_value(), whole.has_value() ? "" : qPrintable(whole.error()));
    QCOMPARE(*whole, htmlToPlainText(html));   // the limits change nothing below them
    const auto refused = htmlToPlainText(html, HtmlLimits{4, 400});
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error(), QStringLiteral("is too large to import: its HTML has more than 4 elements, the limit"));
}

void TestHtmlLimits::depthCountsElementsThatMustBeClosed()
{
    // Three <div> open at once around the text.
    const QString divs = QStringLiteral("<div><div><div>x</div></div></div>");
    QVERIFY(htmlToPlainText(divs, HtmlLimits{100, 3}).has_value());
    const auto deep = htmlToPlainText(divs, HtmlLimits{100, 2});
    QVERIFY(!deep.has_value());
    QCOMPARE(deep.error(),
             QStringLiteral("is nested too deeply to import: its HTML has more than 2 elements open at once, the limit"));
    // 1,000 paragraphs never closed (HTML allows it) and 1,000 closed <span>s one after the other: one open at most.
    QString paragraphs;
    QString spans;
    for (int i = 0; i < 1000; ++i) {
        paragraphs += QStringLiteral("<p>line");
        spans += QStringLiteral("<span>word</span>");
    }
    QVERIFY(htmlToPlainText(paragraphs, HtmlLimits{10000, 1}).has_value());
    QVERIFY(htmlToPlainText(spans, HtmlLimits{10000, 1}).has_value());
}

void TestHtmlLimits::aFileOverTheLimitsIsRefusedWithItsName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // 100,000 <b> open at once (400 KB on disk), over the default of 400.
    const QString deepPath = dir.filePath(QStringLiteral("deep.html"));
    QFile deep(deepPath);
    QVERIFY(deep.open(QIODevice::WriteOnly));
    deep.write(QByteArray("<b>").repeated(100000) + "text");
    deep.close();
    const auto refused = readDocumentFile(deepPath);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error(), QStringLiteral("deep.html: is nested too deeply to import: its HTML has more than 400 "
                                             "elements open at once, the limit"));
    // 1,001 start tags against a limit of 1,000 set in the options.
    const QString manyPath = dir.filePath(QStringLiteral("many.html"));
    QFile many(manyPath);
    QVERIFY(many.open(QIODevice::WriteOnly));
    many.write(QByteArray("x<br>").repeated(1001));
    many.close();
    ReadOptions options;
    options.maxXmlElements = 1000;
    const auto tooMany = readDocumentFile(manyPath, options);
    QVERIFY(!tooMany.has_value());
    QVERIFY2(tooMany.error().startsWith(QStringLiteral("many.html: is too large to import: its HTML has more than 1000")),
             qPrintable(marginalia::errorText(tooMany)));
    options.maxXmlElements = 1001;
    QVERIFY(readDocumentFile(manyPath, options).has_value());
}

QTEST_GUILESS_MAIN(TestHtmlLimits)
#include "test_html_limits.moc"
