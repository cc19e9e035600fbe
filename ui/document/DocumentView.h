#pragma once

#include "project/CodingStore.h"
#include "text/Segmenter.h"
#include "text/TextIndex.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QSet>
#include <QWidget>

#include <functional>

class QMenu;
class QPlainTextEdit;

namespace marginalia {

class CodingHighlighter;
class CodingStripes;
class DocumentTextEdit;

// Shows one document's text with its codings: highlights in code colours (overlaps layered),
// a stripe per coding in a margin beside the text, paragraph numbers. All positions in its API
// are code points of the stored text; conversion to the editor's UTF-16 happens inside, through
// TextIndex. It does not change the project: it reports what the user asked for by signals.
class DocumentView : public QWidget
{
    Q_OBJECT

public:
    // MIME type of a code dragged from the codebook (payload: the code id as decimal text).
    static QString codeMimeType();
    // MIME type of a text selection dragged out of the view (payload: "documentId start end").
    static QString selectionMimeType();

    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    void showDocument(qint64 documentId, const QString &text);
    void clear();
    qint64 documentId() const { return m_documentId; }
    const QString &text() const { return m_text; }

    // The codings of the shown document (repaints only what is visible).
    void setCodings(const QList<CodedSegment> &codings);
    const QList<CodedSegment> &codings() const { return m_codings; }
    // Patches the codings after an edit: those with an id in touched are dropped, then current (the touched
    // codings as they are now in this document) put in, in the order CodingStore::documentCodings gives.
    void patchCodings(const QSet<qint64> &touched, const QList<CodedSegment> &current);

    TextSpan selectedSpan() const;
    QString selectedText() const;
    void selectSpan(TextSpan span);
    void scrollToSpan(TextSpan span);
    // The code point at the top-left of the viewport, to reopen the document where it was left.
    qint64 topPosition() const;
    void scrollToPosition(qint64 codePoint);

    // When on, selections snap to word boundaries (Chinese words included) when the mouse is released.
    void setSnapToWords(bool snap);
    bool snapToWords() const { return m_snapToWords; }

    void setViewFont(const QFont &font);

    // Finds the next (or previous) occurrence after the selection, case-insensitively; selects it.
    bool find(const QString &needle, bool backwards = false);

    // The coding under a point of the stripe margin, or 0.
    qint64 codingAtStripe(const QPoint &marginPoint) const;

    // The codings covering a code point of the text, innermost (latest start) first.
    QList<qint64> codingsAt(qint64 codePoint) const;

    // The text editor (read-only) and the margin with paragraph numbers and coding stripes,
    // for tests and for the window's keyboard handling. Points given to codingAtStripe() are in
    // stripeArea()'s coordinates.
    QPlainTextEdit *textEdit() const;
    QWidget *stripeArea() const;

Q_SIGNALS:
    void selectionSpanChanged(TextSpan span);
    // A code was dropped on the text: code it onto the current selection (or the word under the drop).
    void codeDropped(qint64 codeId, TextSpan span);
    void codingClicked(qint64 codingId);
    void uncodeRequested(qint64 codingId);
    void editCodingMemoRequested(qint64 codingId);
    // The context menu of a selection is about to open: listeners put their coding actions in it
    // (the view itself only adds Copy / Select All and the codings under the pointer).
    void selectionMenuRequested(QMenu *menu);

private:
    friend class CodingHighlighter;
    friend class CodingStripes;
    friend class DocumentTextEdit;

    // A coding as the view paints it: UTF-16 range in the editor's text and its stripe lane.
    struct PlacedCoding
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int lane = 0;
        int source = 0; // index into m_codings
        QColor color;
    };

    // Indices into m_placed of the codings overlapping the UTF-16 range [start, end), by start.
    QList<int> placedOverlapping(qsizetype start, qsizetype end) const;
    void placeCodings();
    void updateChangedHighlights(const QList<PlacedCoding> &previous);
    void indexParagraphs();
    void updateMargin();
    void emitSelectionSpan();
    void snapSelection();
    void scrollToUtf16(qsizetype position, bool center);
    TextSpan wordAtUtf16(qsizetype position) const;
    void showCodingMenu(const QList<qint64> &codingIds, const QPoint &globalPos, QMenu *menu);
    QString codingToolTip(const CodedSegment &coding) const;
    const CodedSegment *codingById(qint64 codingId) const;

    qint64 m_documentId = 0;
    QString m_text;
    TextIndex m_index;
    QList<CodedSegment> m_codings;
    bool m_snapToWords = false;
    Segmenter m_segmenter;
    DocumentTextEdit *m_edit = nullptr;
    CodingStripes *m_stripes = nullptr;

    QList<PlacedCoding> m_placed;             // sorted by start
    QList<qsizetype> m_chunkMaxEnd;           // per chunk of m_placed: the largest end in it
    int m_laneCount = 0;
    QList<int> m_paragraphNumbers;            // per block: its paragraph number, 0 for an empty line
    int m_paragraphCount = 0;
    TextSpan m_lastEmittedSpan{-1, -1};
};

} // namespace marginalia
