#include "document/DocumentView.h"

#include "document/CodingHighlighter.h"
#include "document/CodingStripes.h"
#include "document/DocumentTextEdit.h"

#include <QAction>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <iterator>
#include <queue>
#include <tuple>
#include <utility>
#include <vector>

namespace marginalia {

namespace {

// Placed codings are grouped in chunks, each remembering its largest end, so that finding the
// codings overlapping a range skips whole chunks that end before it.
constexpr qsizetype kChunk = 64;

QColor codeColor(const CodedSegment &coding)
{
    QColor color = QColor::fromString(coding.color);
    if (!color.isValid())
        color = QColor::fromHsv(int((coding.codeId * 47) % 360), 150, 220);
    color.setAlpha(255);
    return color;
}

} // namespace

QString DocumentView::codeMimeType()
{
    return QStringLiteral("application/x-marginalia-code");
}

QString DocumentView::selectionMimeType()
{
    return QStringLiteral("application/x-marginalia-selection");
}

DocumentView::DocumentView(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new DocumentTextEdit(this);
    m_stripes = new CodingStripes(this, m_edit);
    m_edit->setMarginWidget(m_stripes);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    connect(m_edit, &QPlainTextEdit::selectionChanged, this, &DocumentView::emitSelectionSpan);
    connect(m_edit, &QPlainTextEdit::updateRequest, m_stripes, [this](const QRect &rect, int dy) {
        if (dy != 0 || rect.contains(m_edit->viewport()->rect()))
            m_stripes->update();
    });

    setViewFont(m_edit->font());
}

DocumentView::~DocumentView()
{
    // Destroy the editor and the margin while this is still a DocumentView: their destruction
    // sends signals and events that call back into it.
    m_edit->setMarginWidget(nullptr);
    delete m_stripes;
    m_stripes = nullptr;
    delete m_edit;
    m_edit = nullptr;
}

QPlainTextEdit *DocumentView::textEdit() const
{
    return m_edit;
}

QWidget *DocumentView::stripeArea() const
{
    return m_stripes;
}

void DocumentView::showDocument(qint64 documentId, const QString &text)
{
    m_documentId = documentId;
    m_text = text;
    m_index = TextIndex(m_text);
    m_codings.clear();
    m_placed.clear();
    m_chunkMaxEnd.clear();
    m_laneCount = 0;
    m_lastEmittedSpan = {-1, -1};
    m_edit->setPlainText(m_text);
    indexParagraphs();
    updateMargin();
    m_stripes->update();
    emitSelectionSpan();
}

void DocumentView::clear()
{
    showDocument(0, QString());
}

void DocumentView::setCodings(const QList<CodedSegment> &codings)
{
    const QList<PlacedCoding> previous = std::exchange(m_placed, {});
    const int marginWidth = m_edit->marginWidth();
    m_codings = codings;
    placeCodings();
    updateMargin();
    if (m_edit->marginWidth() == marginWidth)
        updateChangedHighlights(previous);
    else
        m_edit->viewport()->update(); // the text was rewrapped anyway
    m_stripes->update();
}

void DocumentView::patchCodings(const QSet<qint64> &touched, const QList<CodedSegment> &current)
{
    QList<CodedSegment> codings;
    codings.reserve(m_codings.size() + current.size());
    for (const CodedSegment &coding : std::as_const(m_codings)) {
        if (!touched.contains(coding.id))
            codings.append(coding);
    }
    codings.append(current);
    // documentCodings() order: by start, end, id.
    std::sort(codings.begin(), codings.end(), [](const CodedSegment &a, const CodedSegment &b) {
        return std::tie(a.start, a.end, a.id) < std::tie(b.start, b.end, b.id);
    });
    setCodings(codings);
}

void DocumentView::updateChangedHighlights(const QList<PlacedCoding> &previous)
{
    // What a highlight looks like: its range, colour and underline row. Only the codings whose
    // look changed (typically the one added or removed) are repainted, and only where visible.
    using Look = std::tuple<qsizetype, qsizetype, QRgb, int>;
    const auto looks = [](const QList<PlacedCoding> &placed) {
        std::vector<Look> result;
        result.reserve(size_t(placed.size()));
        for (const PlacedCoding &p : placed)
            result.emplace_back(p.start, p.end, p.color.rgba(), p.lane % CodingHighlighter::underlineRows);
        std::sort(result.begin(), result.end());
        return result;
    };
    const std::vector<Look> before = looks(previous);
    const std::vector<Look> after = looks(m_placed);
    std::vector<Look> changed;
    std::set_symmetric_difference(before.cbegin(), before.cend(), after.cbegin(), after.cend(),
                                  std::back_inserter(changed));
    if (changed.empty())
        return;
    constexpr size_t kManyChanges = 64;
    if (changed.size() > kManyChanges) {
        m_edit->viewport()->update();
        return;
    }
    const QList<VisibleBlock> blocks = m_edit->visibleBlocks();
    QRectF dirty;
    for (const Look &look : changed) {
        const qsizetype start = std::get<0>(look);
        const qsizetype end = std::get<1>(look);
        for (const VisibleBlock &block : blocks) {
            if (block.position > end)
                break;
            if (block.position + block.length < start)
                continue;
            const QList<QRectF> rects = CodingHighlighter::rangeRects(block, start, end);
            for (const QRectF &rect : rects)
                dirty = dirty.united(rect);
        }
    }
    if (!dirty.isEmpty())
        m_edit->viewport()->update(dirty.toAlignedRect().adjusted(-2, -2, 2, 2));
}

void DocumentView::placeCodings()
{
    m_placed.clear();
    m_placed.reserve(m_codings.size());
    for (qsizetype i = 0; i < m_codings.size(); ++i) {
        const CodedSegment &coding = m_codings.at(i);
        PlacedCoding placed;
        placed.start = m_index.toUtf16(std::min(coding.start, coding.end));
        placed.end = m_index.toUtf16(std::max(coding.start, coding.end));
        placed.source = int(i);
        placed.color = codeColor(coding);
        m_placed.append(placed);
    }
    // By start; at one start the longer coding first, so it takes the outer lane.
    std::sort(m_placed.begin(), m_placed.end(), [](const PlacedCoding &a, const PlacedCoding &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end > b.end;
        return a.source < b.source;
    });

    // Lanes: each coding takes the lowest lane free at its start (interval colouring), so
    // overlapping codings never share a lane and lanes are reused as soon as they are free.
    using Busy = std::pair<qsizetype, int>; // end, lane
    std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
    std::priority_queue<int, std::vector<int>, std::greater<>> freeLanes;
    int lanes = 0;
    for (PlacedCoding &placed : m_placed) {
        while (!busy.empty() && busy.top().first <= placed.start) {
            freeLanes.push(busy.top().second);
            busy.pop();
        }
        if (freeLanes.empty()) {
            placed.lane = lanes++;
        } else {
            placed.lane = freeLanes.top();
            freeLanes.pop();
        }
        busy.push({std::max(placed.end, placed.start + 1), placed.lane});
    }
    m_laneCount = lanes;

    m_chunkMaxEnd.clear();
    m_chunkMaxEnd.reserve(m_placed.size() / kChunk + 1);
    for (qsizetype i = 0; i < m_placed.size(); ++i) {
        if (i % kChunk == 0)
            m_chunkMaxEnd.append(m_placed.at(i).end);
        else
            m_chunkMaxEnd.last() = std::max(m_chunkMaxEnd.last(), m_placed.at(i).end);
    }
}

QList<int> DocumentView::placedOverlapping(qsizetype start, qsizetype end) const
{
    QList<int> result;
    // Candidates start before the range ends; of those, keep the ones ending after it starts.
    const auto firstAfter = std::lower_bound(m_placed.cbegin(), m_placed.cend(), end,
                                             [](const PlacedCoding &p, qsizetype e) { return p.start < e; });
    qsizetype i = (firstAfter - m_placed.cbegin()) - 1;
    while (i >= 0) {
        const qsizetype chunk = i / kChunk;
        if (m_chunkMaxEnd.at(chunk) <= start) {
            i = chunk * kChunk - 1;
            continue;
        }
        for (; i >= chunk * kChunk; --i) {
            const PlacedCoding &placed = m_placed.at(i);
            if (placed.end > start || (placed.end == placed.start && placed.start >= start))
                result.append(int(i));
        }
    }
    std::reverse(result.begin(), result.end());
    return result;
}

void DocumentView::indexParagraphs()
{
    const QTextDocument *document = m_edit->document();
    m_paragraphNumbers.clear();
    m_paragraphNumbers.reserve(document->blockCount());
    int number = 0;
    const QStringView text(m_text);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const qsizetype position = block.position();
        const qsizetype length = std::min<qsizetype>(block.length() - 1, text.size() - position);
        const bool empty = length <= 0 || text.sliced(position, length).trimmed().isEmpty();
        m_paragraphNumbers.append(empty ? 0 : ++number);
    }
    m_paragraphCount = number;
}

void DocumentView::updateMargin()
{
    m_edit->setMarginWidth(m_stripes->preferredWidth());
}

TextSpan DocumentView::selectedSpan() const
{
    const QTextCursor cursor = m_edit->textCursor();
    return {m_index.toCodePoint(cursor.selectionStart()), m_index.toCodePoint(cursor.selectionEnd())};
}

QString DocumentView::selectedText() const
{
    const QTextCursor cursor = m_edit->textCursor();
    return m_text.mid(cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart());
}

void DocumentView::selectSpan(TextSpan span)
{
    QTextCursor cursor(m_edit->document());
    cursor.setPosition(int(m_index.toUtf16(span.start)));
    cursor.setPosition(int(m_index.toUtf16(span.end)), QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
}

void DocumentView::scrollToSpan(TextSpan span)
{
    scrollToUtf16(m_index.toUtf16(std::min(span.start, span.end)), true);
}

qint64 DocumentView::topPosition() const
{
    if (m_text.isEmpty())
        return 0;
    const QTextCursor cursor = m_edit->cursorForPosition(QPoint(0, 1));
    return m_index.toCodePoint(cursor.position());
}

void DocumentView::scrollToPosition(qint64 codePoint)
{
    scrollToUtf16(m_index.toUtf16(codePoint), false);
}

void DocumentView::scrollToUtf16(qsizetype position, bool center)
{
    int line = m_edit->visualLineOf(position);
    if (center) {
        const int lineHeight = std::max(1, m_edit->fontMetrics().lineSpacing());
        line -= m_edit->viewport()->height() / lineHeight / 2;
    }
    QScrollBar *bar = m_edit->verticalScrollBar();
    bar->setValue(std::clamp(line, bar->minimum(), bar->maximum()));
}

void DocumentView::setSnapToWords(bool snap)
{
    m_snapToWords = snap;
}

void DocumentView::snapSelection()
{
    const QTextCursor cursor = m_edit->textCursor();
    const TextSpan span = selectedSpan();
    const TextSpan snapped = m_segmenter.snapToWords(m_text, m_index, span);
    if (snapped == span)
        return;
    // Keep the direction of the selection (where the caret is).
    const bool forward = cursor.position() >= cursor.anchor();
    const qsizetype start = m_index.toUtf16(snapped.start);
    const qsizetype end = m_index.toUtf16(snapped.end);
    QTextCursor snappedCursor(m_edit->document());
    snappedCursor.setPosition(int(forward ? start : end));
    snappedCursor.setPosition(int(forward ? end : start), QTextCursor::KeepAnchor);
    m_edit->setTextCursor(snappedCursor);
}

TextSpan DocumentView::wordAtUtf16(qsizetype position) const
{
    const qint64 codePoint = m_index.toCodePoint(position);
    if (codePoint >= m_index.codePointLength())
        return {codePoint, codePoint};
    return m_segmenter.snapToWords(m_text, m_index, {codePoint, codePoint + 1});
}

void DocumentView::emitSelectionSpan()
{
    const TextSpan span = selectedSpan();
    if (span == m_lastEmittedSpan)
        return;
    m_lastEmittedSpan = span;
    Q_EMIT selectionSpanChanged(span);
}

void DocumentView::setViewFont(const QFont &font)
{
    QFont viewFont = font;
    QStringList families = font.families();
    if (families.isEmpty())
        families.append(font.family());
    // Chinese falls back to a CJK face of the same style when the chosen font has no ideographs.
    const bool serif = font.styleHint() == QFont::Serif || font.family().contains(QLatin1String("Serif"));
    const QStringList cjk = serif
        ? QStringList{QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Serif CJK TC"),
                      QStringLiteral("Noto Sans CJK SC")}
        : QStringList{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK TC"),
                      QStringLiteral("Noto Serif CJK SC")};
    for (const QString &family : cjk) {
        if (!families.contains(family))
            families.append(family);
    }
    viewFont.setFamilies(families);
    m_edit->setFont(viewFont);

    QFont marginFont = viewFont;
    if (viewFont.pointSizeF() > 0)
        marginFont.setPointSizeF(std::max(6.0, viewFont.pointSizeF() * 0.8));
    else if (viewFont.pixelSize() > 0)
        marginFont.setPixelSize(std::max(8, viewFont.pixelSize() * 4 / 5));
    m_stripes->setFont(marginFont);
    updateMargin();
    m_stripes->update();
}

bool DocumentView::find(const QString &needle, bool backwards)
{
    if (needle.isEmpty() || m_text.isEmpty())
        return false;
    const QTextCursor cursor = m_edit->textCursor();
    qsizetype found = -1;
    if (backwards) {
        const qsizetype from = cursor.selectionStart() - 1;
        if (from >= 0)
            found = m_text.lastIndexOf(needle, from, Qt::CaseInsensitive);
        if (found < 0)
            found = m_text.lastIndexOf(needle, -1, Qt::CaseInsensitive);
    } else {
        found = m_text.indexOf(needle, cursor.selectionEnd(), Qt::CaseInsensitive);
        if (found < 0)
            found = m_text.indexOf(needle, 0, Qt::CaseInsensitive);
    }
    if (found < 0)
        return false;
    QTextCursor match(m_edit->document());
    match.setPosition(int(found));
    match.setPosition(int(found + needle.size()), QTextCursor::KeepAnchor);
    m_edit->setTextCursor(match);
    return true;
}

qint64 DocumentView::codingAtStripe(const QPoint &marginPoint) const
{
    return m_stripes->codingAt(marginPoint);
}

QList<qint64> DocumentView::codingsAt(qint64 codePoint) const
{
    QList<qint64> ids;
    const qsizetype position = m_index.toUtf16(codePoint);
    const QList<int> placed = placedOverlapping(position, position + 1);
    for (auto it = placed.crbegin(); it != placed.crend(); ++it) {
        const PlacedCoding &p = m_placed.at(*it);
        if (p.start <= position && position < p.end)
            ids.append(m_codings.at(p.source).id);
    }
    return ids;
}

const CodedSegment *DocumentView::codingById(qint64 codingId) const
{
    for (const CodedSegment &coding : m_codings) {
        if (coding.id == codingId)
            return &coding;
    }
    return nullptr;
}

QString DocumentView::codingToolTip(const CodedSegment &coding) const
{
    const QString path = coding.codePath.isEmpty() ? coding.code : coding.codePath;
    QString tip = QStringLiteral("<b>%1</b>").arg(path.toHtmlEscaped());
    if (!coding.coder.isEmpty())
        tip += QStringLiteral("<br/>") + tr("Coder: %1").arg(coding.coder.toHtmlEscaped());
    if (!coding.memo.isEmpty()) {
        tip += QStringLiteral("<br/>")
            + tr("Memo: %1").arg(coding.memo.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    return tip;
}

void DocumentView::showCodingMenu(const QList<qint64> &codingIds, const QPoint &globalPos, QMenu *menu)
{
    const auto addActions = [this](QMenu *target, qint64 id) {
        QAction *uncode = target->addAction(tr("Uncode"));
        connect(uncode, &QAction::triggered, this, [this, id] { Q_EMIT uncodeRequested(id); });
        QAction *memo = target->addAction(tr("Edit memo…"));
        connect(memo, &QAction::triggered, this, [this, id] { Q_EMIT editCodingMemoRequested(id); });
    };
    bool first = true;
    for (const qint64 id : codingIds) {
        const CodedSegment *coding = codingById(id);
        if (!coding)
            continue;
        const QString name = coding->codePath.isEmpty() ? coding->code : coding->codePath;
        if (codingIds.size() == 1) {
            if (!menu->isEmpty())
                menu->addSeparator();
            menu->addSection(name);
            addActions(menu, id);
        } else {
            if (first && !menu->isEmpty())
                menu->addSeparator();
            QMenu *sub = menu->addMenu(name);
            QPixmap swatch(12, 12);
            swatch.fill(codeColor(*coding));
            sub->setIcon(QIcon(swatch));
            addActions(sub, id);
        }
        first = false;
    }
    if (menu->isEmpty()) {
        menu->deleteLater();
        return;
    }
    menu->popup(globalPos);
}

} // namespace marginalia
