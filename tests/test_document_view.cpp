#include "document/DocumentTextEdit.h"
#include "document/DocumentView.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QTest>
#include <QTextCursor>

#include <memory>

using namespace Qt::StringLiterals;

namespace marginalia {

char *toString(const TextSpan &span)
{
    return QTest::toString(u"[%1, %2)"_s.arg(span.start).arg(span.end));
}

} // namespace marginalia

using marginalia::CodedSegment;
using marginalia::DocumentView;
using marginalia::TextSpan;

namespace {

// 😀 and 𠀀 take two UTF-16 units each: code points and QString offsets differ after them.
// UTF-16: 0-1 😀, 2-3 𠀀, 4 space, 5-12 "Teachers", 13 space, 14-16 "use", 17 space, 18-24 "tablets".
const QString kText = u"😀𠀀 Teachers use tablets.\n\n教师们用于教学。Second line here.\n"_s;

CodedSegment coding(qint64 id, qint64 codeId, const QString &code, qint64 start, qint64 end)
{
    CodedSegment segment;
    segment.id = id;
    segment.codeId = codeId;
    segment.code = code;
    segment.codePath = u"Root/"_s + code;
    segment.color = codeId == 1 ? u"#e06c75"_s : codeId == 2 ? u"#61afef"_s : u"#98c379"_s;
    segment.start = start;
    segment.end = end;
    segment.coder = u"ana"_s;
    segment.memo = u"memo "_s + code;
    return segment;
}

// The centre of the caret before the UTF-16 position, in viewport coordinates.
QPoint caretPoint(QPlainTextEdit *edit, int utf16)
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(utf16);
    return edit->cursorRect(cursor).center();
}

// Delivers a drop as a real drag does: QApplication routes the drop to the widget that
// accepted the drag-enter. Returns whether the drop was accepted.
bool dropOn(QWidget *viewport, QPoint point, const QMimeData *mime)
{
    QDragEnterEvent enter(point, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(point), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

void dragSelect(QPlainTextEdit *edit, QPoint from, QPoint to)
{
    QWidget *viewport = edit->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), QPointF(viewport->mapToGlobal(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
}

} // namespace

class TestDocumentView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void testSelectedSpanCountsCodePoints();
    void testMouseSelectionCountsCodePoints();
    void testMouseSelectionSnapsToWords();
    void testSnapsChineseWords();
    void testStripeHitsTheCodingInItsLane();
    void testCodingsAtPointInnermostFirst();
    void testStripeMenuUncodesAndEditsMemo();
    void testDroppedCodeCodesTheSelection();
    void testDroppedCodeOutsideSelectionCodesTheWord();
    void testSelectionDragCarriesCodePointSpan();
    void testFindIsCaseInsensitiveAndWraps();
    void testScrollToPositionRestoresTopPosition();
    void testPaintsWithCodings();

private:
    DocumentView *m_view = nullptr;
};

void TestDocumentView::init()
{
    m_view = new DocumentView;
    m_view->resize(700, 400);
    m_view->showDocument(7, kText);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestDocumentView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestDocumentView::testSelectedSpanCountsCodePoints()
{
    QTextCursor cursor(m_view->textEdit()->document());
    cursor.setPosition(5);
    cursor.setPosition(13, QTextCursor::KeepAnchor);
    m_view->textEdit()->setTextCursor(cursor);
    QCOMPARE(m_view->selectedSpan(), (TextSpan{3, 11}));
    QCOMPARE(m_view->selectedText(), u"Teachers"_s);

    m_view->selectSpan({12, 15});
    QCOMPARE(m_view->selectedText(), u"use"_s);
    QCOMPARE(m_view->textEdit()->textCursor().selectionStart(), 14);
}

void TestDocumentView::testMouseSelectionCountsCodePoints()
{
    QList<TextSpan> spans;
    connect(m_view, &DocumentView::selectionSpanChanged, this, [&spans](TextSpan span) { spans.append(span); });
    QPlainTextEdit *edit = m_view->textEdit();
    dragSelect(edit, caretPoint(edit, 5), caretPoint(edit, 13));
    QCOMPARE(m_view->selectedSpan(), (TextSpan{3, 11}));
    QVERIFY(!spans.isEmpty());
    QCOMPARE(spans.constLast(), (TextSpan{3, 11}));
}

void TestDocumentView::testMouseSelectionSnapsToWords()
{
    QPlainTextEdit *edit = m_view->textEdit();
    // "Te|achers us|e" without snapping stays as dragged...
    dragSelect(edit, caretPoint(edit, 7), caretPoint(edit, 16));
    QCOMPARE(m_view->selectedSpan(), (TextSpan{5, 14}));

    // ...and with snapping grows to "Teachers use".
    m_view->setSnapToWords(true);
    m_view->selectSpan({0, 0}); // a press inside a selection would start dragging it
    QTest::qWait(QApplication::doubleClickInterval() + 50); // not a double click
    dragSelect(edit, caretPoint(edit, 7), caretPoint(edit, 16));
    QCOMPARE(m_view->selectedSpan(), (TextSpan{3, 15}));
    QCOMPARE(m_view->selectedText(), u"Teachers use"_s);
}

void TestDocumentView::testSnapsChineseWords()
{
    m_view->setSnapToWords(true);
    QPlainTextEdit *edit = m_view->textEdit();
    const int jiao = int(kText.indexOf(u"教师"_s));
    // From inside 教师 to the boundary before 用: the whole of 教师们.
    dragSelect(edit, caretPoint(edit, jiao + 1), caretPoint(edit, jiao + 3));
    QCOMPARE(m_view->selectedText(), u"教师们"_s);
    QCOMPARE(m_view->selectedSpan(), (TextSpan{jiao - 2, jiao + 1}));
}

void TestDocumentView::testStripeHitsTheCodingInItsLane()
{
    // "Teachers use" (longer, so the outer lane), "Teachers" beside it, and one on the Chinese line.
    const qint64 chinese = kText.indexOf(u"教师"_s) - 2;
    m_view->setCodings({coding(101, 1, u"Tablets"_s, 3, 11), coding(102, 2, u"Use"_s, 3, 15),
                        coding(103, 3, u"Pedagogy"_s, chinese, chinese + 7)});
    QPlainTextEdit *edit = m_view->textEdit();
    QWidget *stripes = m_view->stripeArea();
    QVERIFY(stripes->width() > 0);

    const auto idsOnRow = [&](int utf16) {
        const int y = stripes->mapFromGlobal(edit->viewport()->mapToGlobal(caretPoint(edit, utf16))).y();
        QList<qint64> ids;
        for (int x = 0; x < stripes->width(); ++x) {
            const qint64 id = m_view->codingAtStripe(QPoint(x, y));
            if (id != 0 && !ids.contains(id))
                ids.append(id);
        }
        return ids;
    };
    QCOMPARE(idsOnRow(6), (QList<qint64>{102, 101}));                // outer lane first, left to right
    QCOMPARE(idsOnRow(int(kText.indexOf(u'\n')) + 1), QList<qint64>{}); // the empty line
    QCOMPARE(idsOnRow(int(kText.indexOf(u"用"_s))), QList<qint64>{103});

    QList<qint64> clicked;
    connect(m_view, &DocumentView::codingClicked, this, [&clicked](qint64 id) { clicked.append(id); });
    const int y = stripes->mapFromGlobal(edit->viewport()->mapToGlobal(caretPoint(edit, int(kText.indexOf(u"用"_s))))).y();
    int x = 0;
    while (x < stripes->width() && m_view->codingAtStripe(QPoint(x, y)) != 103)
        ++x;
    QTest::mouseClick(stripes, Qt::LeftButton, Qt::NoModifier, QPoint(x + 2, y));
    QCOMPARE(clicked, QList<qint64>{103});
}

void TestDocumentView::testCodingsAtPointInnermostFirst()
{
    m_view->setCodings({coding(101, 1, u"Tablets"_s, 3, 11), coding(102, 2, u"Use"_s, 3, 15)});
    QCOMPARE(m_view->codingsAt(4), (QList<qint64>{101, 102}));
    QCOMPARE(m_view->codingsAt(12), QList<qint64>{102});
    QCOMPARE(m_view->codingsAt(15), QList<qint64>{});
    QCOMPARE(m_view->codingsAt(2), QList<qint64>{});
}

void TestDocumentView::testStripeMenuUncodesAndEditsMemo()
{
    m_view->setCodings({coding(101, 1, u"Tablets"_s, 3, 11)});
    QPlainTextEdit *edit = m_view->textEdit();
    QWidget *stripes = m_view->stripeArea();
    const int y = stripes->mapFromGlobal(edit->viewport()->mapToGlobal(caretPoint(edit, 6))).y();
    int x = 0;
    while (x < stripes->width() && m_view->codingAtStripe(QPoint(x, y)) != 101)
        ++x;
    QVERIFY(x < stripes->width());

    QList<qint64> uncoded;
    QList<qint64> memos;
    connect(m_view, &DocumentView::uncodeRequested, this, [&uncoded](qint64 id) { uncoded.append(id); });
    connect(m_view, &DocumentView::editCodingMemoRequested, this, [&memos](qint64 id) { memos.append(id); });
    const auto openMenu = [&]() -> QMenu * {
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(x + 1, y), stripes->mapToGlobal(QPoint(x + 1, y)));
        QCoreApplication::sendEvent(stripes, &event);
        return stripes->findChild<QMenu *>();
    };
    const auto action = [](QMenu *menu, const QString &text) -> QAction * {
        const QList<QAction *> actions = menu->actions();
        for (QAction *a : actions) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    };

    QMenu *menu = openMenu();
    QVERIFY(menu);
    QAction *uncode = action(menu, u"Uncode"_s);
    QVERIFY(uncode);
    uncode->trigger();
    QCOMPARE(uncoded, QList<qint64>{101});
    menu->close();
    delete menu;

    menu = openMenu();
    QVERIFY(menu);
    QAction *memo = action(menu, u"Edit memo…"_s);
    QVERIFY(memo);
    memo->trigger();
    QCOMPARE(memos, QList<qint64>{101});
    delete menu;
}

void TestDocumentView::testDroppedCodeCodesTheSelection()
{
    QList<std::pair<qint64, TextSpan>> drops;
    connect(m_view, &DocumentView::codeDropped, this,
            [&drops](qint64 codeId, TextSpan span) { drops.append({codeId, span}); });
    m_view->selectSpan({3, 15});
    QPlainTextEdit *edit = m_view->textEdit();

    QMimeData mime;
    mime.setData(DocumentView::codeMimeType(), "42");
    const QPoint point = caretPoint(edit, 10);
    QDragEnterEvent enter(point, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(edit->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(point), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(edit->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(drops.size(), 1);
    QCOMPARE(drops.constFirst().first, 42);
    QCOMPARE(drops.constFirst().second, (TextSpan{3, 15}));
}

void TestDocumentView::testDroppedCodeOutsideSelectionCodesTheWord()
{
    QList<std::pair<qint64, TextSpan>> drops;
    connect(m_view, &DocumentView::codeDropped, this,
            [&drops](qint64 codeId, TextSpan span) { drops.append({codeId, span}); });
    m_view->selectSpan({3, 11});
    QPlainTextEdit *edit = m_view->textEdit();

    QMimeData mime;
    mime.setData(DocumentView::codeMimeType(), "9");
    QVERIFY(dropOn(edit->viewport(), caretPoint(edit, 20), &mime));
    QCOMPARE(drops.size(), 1);
    QCOMPARE(drops.constFirst().first, 9);
    QCOMPARE(drops.constFirst().second, (TextSpan{16, 23})); // "tablets"

    // Something that is not a code is not taken (the text is read-only).
    QMimeData text;
    text.setText(u"pasted"_s);
    QVERIFY(!dropOn(edit->viewport(), caretPoint(edit, 20), &text));
    QCOMPARE(drops.size(), 1);
    QCOMPARE(m_view->textEdit()->toPlainText(), kText);
}

void TestDocumentView::testSelectionDragCarriesCodePointSpan()
{
    m_view->selectSpan({3, 15});
    const auto *edit = qobject_cast<marginalia::DocumentTextEdit *>(m_view->textEdit());
    QVERIFY(edit);
    // What QPlainTextEdit puts into the QDrag when the selection is dragged out.
    const std::unique_ptr<QMimeData> mime(edit->createMimeDataFromSelection());
    QCOMPARE(mime->data(DocumentView::selectionMimeType()), QByteArray("7 3 15"));
    QCOMPARE(mime->text(), u"Teachers use"_s);
}

void TestDocumentView::testFindIsCaseInsensitiveAndWraps()
{
    m_view->showDocument(8, u"😀 Alpha beta ALPHA gamma alpha"_s);
    QVERIFY(m_view->find(u"alpha"_s));
    QCOMPARE(m_view->selectedSpan(), (TextSpan{2, 7}));
    QVERIFY(m_view->find(u"alpha"_s));
    QCOMPARE(m_view->selectedSpan(), (TextSpan{13, 18}));
    QVERIFY(m_view->find(u"alpha"_s));
    QCOMPARE(m_view->selectedSpan(), (TextSpan{25, 30}));
    QVERIFY(m_view->find(u"alpha"_s)); // wraps to the top
    QCOMPARE(m_view->selectedSpan(), (TextSpan{2, 7}));
    QVERIFY(m_view->find(u"alpha"_s, true)); // and backwards past the top to the end
    QCOMPARE(m_view->selectedSpan(), (TextSpan{25, 30}));
    QVERIFY(m_view->find(u"ALPHA"_s, true));
    QCOMPARE(m_view->selectedSpan(), (TextSpan{13, 18}));
    QVERIFY(!m_view->find(u"delta"_s));
    QCOMPARE(m_view->selectedSpan(), (TextSpan{13, 18}));
}

void TestDocumentView::testScrollToPositionRestoresTopPosition()
{
    QString text;
    for (int i = 0; i < 2000; ++i)
        text += u"😀 line %1 of the transcript\n"_s.arg(i);
    m_view->showDocument(9, text);
    QCOMPARE(m_view->topPosition(), 0);
    // The start of line 1000 in code points: every earlier line has one emoji fewer code point than UTF-16 units.
    const qsizetype utf16 = text.indexOf(u"😀 line 1000 "_s);
    const qint64 codePoint = utf16 - 1000;
    m_view->scrollToPosition(codePoint);
    QCOMPARE(m_view->topPosition(), codePoint);
    QVERIFY(m_view->textEdit()->verticalScrollBar()->value() > 0);
}

void TestDocumentView::testPaintsWithCodings()
{
    QList<CodedSegment> codings;
    for (int i = 0; i < 30; ++i)
        codings.append(coding(200 + i, 1 + i % 3, u"Code %1"_s.arg(i), i % 20, 20 + i));
    m_view->setCodings(codings);
    const QImage image = m_view->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(m_view->codings().size(), 30);
    QVERIFY(m_view->stripeArea()->width() > 40);
}

QTEST_MAIN(TestDocumentView)
#include "test_document_view.moc"
