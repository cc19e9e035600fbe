// Layout that fits: the main windows, with real widgets, offscreen, in every translation (en, zh_CN, de, sv), on
// the demo project at their default sizes. Checks that texts fit their widgets (labels, buttons, check boxes, group
// box titles, combo boxes, tab bars, header sections, the numbers in item views, chart titles), that no toolbar
// action is pushed into the » extension, that every window opens inside the screen's available geometry, that the
// matrix opens on a row with data and that an empty project says what to do next. Screenshots of the main window,
// the Compare view, the report dialog and the search pane in each language are written to $MARGINALIA_SCREENSHOTS,
// else to <build>/screenshots.
//
// The offscreen screen is 1366 × 768 logical pixels at 96 dpi (the smallest common laptop screen), set through the
// offscreen platform's configuration file in main() below; MARGINALIA_LAYOUT_SCREEN=1280x720 tries another size.
// ctest runs it twice: at 1366 × 768 and, as test_layout_gui_1024x600, at 1024 × 600 (netbooks, small tablets), where
// every window must also be able to shrink to the screen and no widget may reach past it.

#include "codebook/CodeDialog.h"
#include "compare/BarChart.h"
#include "compare/CompareController.h"
#include "compare/CompareWindow.h"
#include "compare/MatrixModel.h"
#include "compare/MatrixTab.h"
#include "compare/PassagesDialog.h"
#include "context/ProjectContext.h"
#include "demo/DemoProject.h"
#include "documents/AttributeEditor.h"
#include "documents/DocumentsPane.h"
#include "import/ImportDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "project/Codebook.h"
#include "project/Project.h"
#include "reports/ReportDialog.h"
#include "search/SearchPane.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QStandardItemModel>
#include <QTreeView>
#include <QXmlStreamReader>

#include <memory>

using namespace marginalia;

namespace {

// The screen the windows open on (see main()): 1366 × 768, or MARGINALIA_LAYOUT_SCREEN=WIDTHxHEIGHT.
int kScreenWidth = 1366;
int kScreenHeight = 768;

// "MatrixTab/QPushButton “Save Chart as PNG…”": the widget's class or name and those of its named ancestors.
QString describe(const QWidget *widget, const QString &text = {})
{
    QStringList chain;
    for (const QWidget *w = widget; w && chain.size() < 4; w = w->parentWidget()) {
        if (w == widget || !w->objectName().isEmpty() || !QByteArray(w->metaObject()->className()).startsWith("Q"))
            chain.prepend(w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_"))
                              ? QString::fromLatin1(w->metaObject()->className())
                              : w->objectName());
        if (w->isWindow())
            break;
    }
    QString description = chain.join(QLatin1Char('/'));
    if (!text.isEmpty())
        description += QStringLiteral(" “%1”").arg(text);
    return description;
}

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

// A number as an item view shows it: digits with grouping or decimal separators, an optional sign or percent.
bool looksNumeric(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    case QMetaType::QString: {
        static const QRegularExpression number(QStringLiteral("^[-+−]?[0-9][0-9.,\\x{00a0}\\x{202f} ']*%?$"));
        return number.match(value.toString().trimmed()).hasMatch();
    }
    default:
        return false;
    }
}

// Collects what does not fit in one window, each problem a sentence naming the widget.
class FitChecker
{
public:
    explicit FitChecker(QString where) : m_where(std::move(where)) {}

    QStringList problems;

    void checkWindow(QWidget *window)
    {
        checkOnScreen(window);
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || widget->window() != window || inHiddenDockTab(widget))
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget))
                checkLabel(label);
            else if (auto *groupBox = qobject_cast<QGroupBox *>(widget))
                checkGroupBox(groupBox);
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                checkButton(button);
            else if (auto *combo = qobject_cast<QComboBox *>(widget))
                checkCombo(combo);
            else if (auto *tabBar = qobject_cast<QTabBar *>(widget))
                checkTabBar(tabBar);
            else if (auto *header = qobject_cast<QHeaderView *>(widget))
                checkHeader(header);
            else if (auto *toolBar = qobject_cast<QToolBar *>(widget))
                checkToolBar(toolBar);
            else if (auto *chart = qobject_cast<BarChart *>(widget))
                checkChart(chart);
            else if (auto *edit = qobject_cast<QLineEdit *>(widget))
                checkPlaceholder(edit);
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && !qobject_cast<QHeaderView *>(widget))
                checkNumbers(view);
        }
    }

    // A dock behind another one's tab stays "visible", moved out of the window with a stale size; it is checked
    // when its tab is raised.
    static bool inHiddenDockTab(const QWidget *widget)
    {
        for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
            if (const auto *dock = qobject_cast<const QDockWidget *>(w))
                return dock->visibleRegion().isEmpty();
        }
        return false;
    }

    void checkOnScreen(QWidget *window)
    {
        const QRect available = window->screen()->availableGeometry();
        if (!available.contains(window->frameGeometry()))
            add(window, {}, QStringLiteral("the window (%1) is not inside the screen's available area (%2)")
                                .arg(rectText(window->frameGeometry()), rectText(available)));
        // Its smallest size (its layout's minimum, with the frame) fits too: else it cannot be made to fit.
        const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize())
                              + (window->frameGeometry().size() - window->size());
        if (minimum.width() > available.width() || minimum.height() > available.height())
            add(window, {}, QStringLiteral("the window cannot be smaller than %1×%2, more than the screen's %3×%4")
                                .arg(minimum.width())
                                .arg(minimum.height())
                                .arg(available.width())
                                .arg(available.height()));
        // No widget reaches past the screen (those in a scroll area's viewport scroll into view).
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (!widget->isVisible() || widget->window() != window || inHiddenDockTab(widget) || inScrolledViewport(widget))
                continue;
            // Qt parks unused widgets (a dock area's spare tab bar) wholly outside the window: not shown, not checked.
            if (!window->rect().intersects(QRect(widget->mapTo(window, QPoint(0, 0)), widget->size())))
                continue;
            const QRect global(widget->mapToGlobal(QPoint(0, 0)), widget->size());
            if (!available.contains(global))
                add(widget, {}, QStringLiteral("reaches past the screen (%1 of %2)").arg(rectText(global), rectText(available)));
        }
    }

    static bool inScrolledViewport(const QWidget *widget)
    {
        for (const QWidget *w = widget->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
            if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() == w)
                return true;
        }
        return false;
    }

private:
    QString m_where;

    static QString rectText(const QRect &r)
    {
        return QStringLiteral("%1×%2 at %3,%4").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
    }

    void add(const QWidget *widget, const QString &text, const QString &problem)
    {
        problems.append(QStringLiteral("%1: %2: %3").arg(m_where, describe(widget, text), problem));
    }

    void checkLabel(QLabel *label)
    {
        if (label->text().isEmpty() || !label->pixmap().isNull())
            return;
        // Status bar texts are messages that come and go; the permanent ones are checked like any label.
        const QRect contents = label->contentsRect();
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                add(label, plain(label->text()),
                    QStringLiteral("wrapped, it needs %1 px of height, it has %2").arg(needed).arg(label->height()));
            return;
        }
        const int needed = label->sizeHint().width();
        if (needed > label->width())
            add(label, plain(label->text()),
                QStringLiteral("needs %1 px, has %2 (contents %3)").arg(needed).arg(label->width()).arg(contents.width()));
    }

    static QString plain(const QString &text)
    {
        if (!Qt::mightBeRichText(text))
            return withoutMnemonic(text);
        QTextDocument document;
        document.setHtml(text);
        return document.toPlainText().simplified();
    }

    void checkGroupBox(QGroupBox *groupBox)
    {
        if (groupBox->title().isEmpty())
            return;
        // QGroupBox's minimum size hint holds its title (and check box) in full.
        const int needed = groupBox->minimumSizeHint().width();
        if (needed > groupBox->width())
            add(groupBox, withoutMnemonic(groupBox->title()),
                QStringLiteral("title needs %1 px, has %2").arg(needed).arg(groupBox->width()));
    }

    void checkButton(QAbstractButton *button)
    {
        // Icon-only buttons (clear buttons, dock title buttons, scroll arrows, the toolbar's ») hold no text.
        if (button->text().isEmpty())
            return;
        const QSize hint = button->sizeHint();
        if (hint.width() > button->width())
            add(button, withoutMnemonic(button->text()),
                QStringLiteral("needs %1 px, has %2").arg(hint.width()).arg(button->width()));
    }

    // A placeholder is elided by QLineEdit with no tooltip: it must fit the room left by the frame, the text
    // margins, QLineEdit's 2 px each side and the clear button (an icon button of the small icon size plus its
    // margin, reserved while the field is empty).
    void checkPlaceholder(QLineEdit *edit)
    {
        if (!edit->text().isEmpty() || edit->placeholderText().isEmpty() || qobject_cast<QComboBox *>(edit->parentWidget()))
            return;
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.rect = edit->rect();
        option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
        QRect room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        room = room.marginsRemoved(edit->textMargins()).adjusted(2, 0, -2, 0);
        int width = room.width();
        if (edit->isClearButtonEnabled())
            width -= edit->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, edit) + 6;
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        if (needed > width)
            add(edit, edit->placeholderText(), QStringLiteral("the placeholder needs %1 px, the field shows %2").arg(needed).arg(width));
    }

    void checkCombo(QComboBox *combo)
    {
        const QString text = combo->currentText();
        if (text.isEmpty() || combo->isEditable())
            return;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.currentText = text;
        option.subControls = QStyle::SC_All;
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        int needed = combo->fontMetrics().horizontalAdvance(text);
        if (!combo->itemIcon(combo->currentIndex()).isNull())
            needed += combo->iconSize().width() + 4;
        if (needed > field.width())
            add(combo, text, QStringLiteral("shows %1 px of the %2 its text needs").arg(field.width()).arg(needed));
    }

    void checkTabBar(QTabBar *tabBar)
    {
        // Tabs that do not fit are squeezed (elided) or scrolled; either way a tab text is hidden.
        const bool horizontal = tabBar->shape() == QTabBar::RoundedNorth || tabBar->shape() == QTabBar::RoundedSouth
                                || tabBar->shape() == QTabBar::TriangularNorth
                                || tabBar->shape() == QTabBar::TriangularSouth;
        for (int i = 0; i < tabBar->count(); ++i) {
            const int needed = tabBar->fontMetrics().horizontalAdvance(withoutMnemonic(tabBar->tabText(i)));
            const QRect r = tabBar->tabRect(i);
            const int has = horizontal ? r.width() : r.height();
            if (needed > has || !tabBar->rect().contains(r))
                add(tabBar, withoutMnemonic(tabBar->tabText(i)),
                    QStringLiteral("the tab needs %1 px for its text, it has %2 (tab %3 of a %4 px bar)")
                        .arg(needed)
                        .arg(has)
                        .arg(rectText(r))
                        .arg(horizontal ? tabBar->width() : tabBar->height()));
        }
    }

    void checkHeader(QHeaderView *header)
    {
        if (header->orientation() != Qt::Horizontal || !header->model())
            return;
        const QStyle *style = header->style();
        const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical))
                continue;
            const QString text = header->model()->headerData(logical, Qt::Horizontal).toString();
            if (text.isEmpty())
                continue;
            const QFontMetrics metrics(header->font());
            const int has = header->sectionSize(logical);
            if (header->defaultAlignment() & Qt::TextWordWrap) {
                // Wrapped at spaces: the longest word fits the column, the lines fit the header's height.
                int word = 0;
                for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    word = qMax(word, metrics.horizontalAdvance(part));
                const int height =
                    metrics.boundingRect(QRect(0, 0, has - 2 * margin, 10000), Qt::TextWordWrap, text).height() + 2 * margin;
                if (word + 2 * margin > has || height > header->height())
                    add(header, text, QStringLiteral("the wrapped column header needs a %1 px column (has %2) and %3 px "
                                                     "of height (has %4)")
                                          .arg(word + 2 * margin).arg(has).arg(height).arg(header->height()));
                continue;
            }
            const int needed = metrics.horizontalAdvance(text) + 2 * margin;
            if (needed > has)
                add(header, text, QStringLiteral("the column header needs %1 px, the column is %2").arg(needed).arg(has));
        }
    }

    void checkToolBar(QToolBar *toolBar)
    {
        const auto *extension = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        if (!extension || !extension->isVisible())
            return;
        QStringList hidden;
        for (QAction *action : toolBar->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QWidget *button = toolBar->widgetForAction(action);
            if (!button || !button->isVisible())
                hidden.append(withoutMnemonic(action->text()));
        }
        add(toolBar, {}, QStringLiteral("actions hidden behind the » extension: %1").arg(hidden.join(QStringLiteral(", "))));
    }

    void checkChart(BarChart *chart)
    {
        // BarChart paints its title in bold on one line, 8 px from either side; a title cut short must be in the
        // tooltip. With no bars it paints a placeholder centred in the chart, wrapped at its width less 8 px each side.
        constexpr int margin = 8;
        const int width = chart->width() - 2 * margin;
        if (chart->bars().isEmpty()) {
            const QString placeholder = BarChart::tr("Select a code in the matrix to chart it.");
            const QRect room = chart->rect().adjusted(margin, margin, -margin, -margin);
            const QRect needed = chart->fontMetrics().boundingRect(room, Qt::AlignCenter | Qt::TextWordWrap, placeholder);
            if (!room.contains(needed))
                add(chart, placeholder, QStringLiteral("the placeholder needs %1 × %2 px, the chart has %3 × %4")
                                            .arg(needed.width()).arg(needed.height()).arg(room.width()).arg(room.height()));
            return;
        }
        QFont bold = chart->font();
        bold.setBold(true);
        const int needed = QFontMetrics(bold).horizontalAdvance(chart->title());
        if (needed > width && !chart->toolTip().contains(chart->title()))
            add(chart, chart->title(),
                QStringLiteral("the title needs %1 px, the chart has %2, and the tooltip does not hold it").arg(needed).arg(width));
    }

    // Every number an item view shows is wide enough for its column (rows of expanded branches, at most 5,000).
    void checkNumbers(QAbstractItemView *view)
    {
        QAbstractItemModel *model = view->model();
        if (!model)
            return;
        auto *tree = qobject_cast<QTreeView *>(view);
        auto *delegate = qobject_cast<QStyledItemDelegate *>(view->itemDelegate());
        const int textMargin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        int budget = 5000;
        QSet<int> reported;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            const int rows = model->rowCount(parent);
            for (int row = 0; row < rows && budget > 0; ++row, --budget) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    if (reported.contains(column))
                        continue;
                    if (tree && tree->isColumnHidden(column))
                        continue;
                    if (auto *table = qobject_cast<QTableView *>(view); table && table->isColumnHidden(column))
                        continue;
                    const QModelIndex index = model->index(row, column, parent);
                    const QVariant value = index.data(Qt::DisplayRole);
                    if (!looksNumeric(value))
                        continue;
                    const QString text = delegate ? delegate->displayText(value, view->locale()) : value.toString();
                    const QVariant fontData = index.data(Qt::FontRole);
                    const QFont font = fontData.isValid() ? fontData.value<QFont>() : view->font();
                    const int textWidth = QFontMetrics(font).horizontalAdvance(text);
                    const int needed = textWidth + 2 * textMargin;
                    // What the reader sees: the text where the delegate puts it (by its alignment) must lie inside
                    // both its cell and the viewport (a column scrolled half out of view hides a right-aligned
                    // number as surely as a narrow column clips it).
                    const QRect rect = view->visualRect(index);
                    const QVariant alignmentData = index.data(Qt::TextAlignmentRole);
                    const Qt::Alignment alignment =
                        (alignmentData.metaType() == QMetaType::fromType<Qt::Alignment>()
                             ? alignmentData.value<Qt::Alignment>()
                             : Qt::Alignment(alignmentData.toInt()))
                        & Qt::AlignHorizontal_Mask;
                    int textLeft = rect.left() + textMargin;
                    if (alignment & Qt::AlignRight)
                        textLeft = rect.right() - textMargin - textWidth + 1;
                    else if (alignment & Qt::AlignHCenter)
                        textLeft = rect.left() + (rect.width() - textWidth) / 2;
                    const int textRight = textLeft + textWidth - 1;
                    const int shown = qMin(rect.right(), view->viewport()->width() - 1) - qMax(rect.left(), 0) + 1;
                    // A table wider than the window by design (one column per statistic) scrolls sideways: there a
                    // number must fit its cell, and the columns scrolled out of view are not hidden numbers.
                    const bool scrolls = view->property("marginaliaScrollsSideways").toBool();
                    const bool hidden = scrolls ? textLeft < rect.left() || textRight > rect.right()
                                                : textLeft < qMax(rect.left(), 0)
                                                      || textRight > qMin(rect.right(), view->viewport()->width() - 1);
                    if (rect.isValid() && (needed > rect.width() || hidden)) {
                        reported.insert(column);
                        const QString header = model->headerData(column, Qt::Horizontal).toString();
                        add(view, text,
                            QStringLiteral("column %1 (“%2”) shows %3 px of %4, the number needs %5")
                                .arg(column)
                                .arg(header)
                                .arg(qMax(shown, 0))
                                .arg(rect.width())
                                .arg(needed));
                    }
                }
                const QModelIndex first = model->index(row, 0, parent);
                if (tree && model->hasChildren(first) && tree->isExpanded(first))
                    walk(first);
            }
        };
        walk(view->rootIndex());
    }
};

QString screenshotFolder()
{
    QString folder = qEnvironmentVariable("MARGINALIA_SCREENSHOTS");
    if (folder.isEmpty())
        folder = QStringLiteral(MARGINALIA_BUILD_DIR "/screenshots");
    QDir().mkpath(folder);
    return folder;
}

void saveScreenshot(QWidget *widget, const QString &language, const QString &name)
{
    const QString path = QDir(screenshotFolder()).filePath(QStringLiteral("%1-%2.png").arg(name, language));
    if (!widget->grab().save(path))
        qWarning("could not write %s", qPrintable(path));
}

// One term per concept in each language (the terms chosen are listed in docs/ARCHITECTURE.md, "Layout"): each rule
// names a translation that uses another word for a concept that has its term.
struct TermRule
{
    const char *language;
    QRegularExpression translation;   // the word that must not be used ...
    QRegularExpression source;        // ... in messages whose English matches this (empty: in any message)
    QRegularExpression unlessAlso;    // ... unless the translation also holds this (empty: no exception)
    const char *why;
};

const QList<TermRule> &termRules()
{
    static const QList<TermRule> rules = {
        {"de", QRegularExpression(QStringLiteral("Codierend|Kodierend|Codiererin")), {}, {},
         "a coder is a Codierer"},
        {"de", QRegularExpression(QStringLiteral("[Kk]odier")),
         QRegularExpression(QStringLiteral("^(?!.*(encod|decod)).*$"), QRegularExpression::CaseInsensitiveOption |
                                                                        QRegularExpression::DotMatchesEverythingOption),
         {}, "coding is Codierung/codieren (Kodierung is a text encoding)"},
        {"de", QRegularExpression(QStringLiteral("Textstelle")), {}, QRegularExpression(QStringLiteral("Passage")),
         "a passage is a Passage"},
        {"zh_CN", QRegularExpression(QStringLiteral("段落")),
         QRegularExpression(QStringLiteral("^(?!.*paragraph).*\\bpassages?\\b"),
                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption),
         {}, "a passage is 片段 (段落 is a paragraph)"},
        {"zh_CN", QRegularExpression(QStringLiteral("编码")),
         QRegularExpression(QStringLiteral("\\bencodings?\\b"), QRegularExpression::CaseInsensitiveOption),
         QRegularExpression(QStringLiteral("字符编码")), "a text encoding is 字符编码 (编码 alone is coding)"},
        {"zh_CN", QRegularExpression(QStringLiteral("编码员|编码人员|译码员")), {}, {}, "a coder is 编码者"},
        {"sv", QRegularExpression(QStringLiteral("avsnitt"), QRegularExpression::CaseInsensitiveOption),
         QRegularExpression(QStringLiteral("\\bpassages?\\b"), QRegularExpression::CaseInsensitiveOption),
         QRegularExpression(QStringLiteral("passage"), QRegularExpression::CaseInsensitiveOption),   // a definition
         "a passage is a passage"},
        {"sv", QRegularExpression(QStringLiteral("kodning"), QRegularExpression::CaseInsensitiveOption),
         QRegularExpression(QStringLiteral("\\bencodings?\\b"), QRegularExpression::CaseInsensitiveOption),
         QRegularExpression(QStringLiteral("teckenkodning"), QRegularExpression::CaseInsensitiveOption),
         "a text encoding is a teckenkodning (kodning is coding)"},
    };
    return rules;
}

} // namespace

class TestLayoutGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
    QString m_emptyPath;
    QString m_language;
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<MainWindow> m_window;

    // Loads the translation as app/gui/main.cpp does (Marginalia's from the build folder, where lrelease writes it,
    // and Qt's own) and makes the language the default locale, so that numbers are grouped as the reader expects.
    void useLanguage(const QString &language)
    {
        if (m_ours)
            QCoreApplication::removeTranslator(m_ours.get());
        if (m_qt)
            QCoreApplication::removeTranslator(m_qt.get());
        m_language = language;
        const QLocale locale(language);
        QLocale::setDefault(locale);
        m_ours = std::make_unique<QTranslator>();
        QVERIFY2(m_ours->load(locale, QStringLiteral("marginalia"), QStringLiteral("_"),
                              QStringLiteral(MARGINALIA_BUILD_DIR "/app")),
                 qPrintable(language));
        QCoreApplication::installTranslator(m_ours.get());
        m_qt = std::make_unique<QTranslator>();
        if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt.get());
    }

    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "zh_CN", "de", "sv"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // A fresh main window at its default size (no saved geometry) on the project.
    void openMainWindow(const QString &path)
    {
        m_window.reset();
        QSettings().clear();
        Settings().setCoderName(QStringLiteral("Layout Test"));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openProject(path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        settle();
    }

    static void settle()
    {
        // Layouts, the debounced analyses and the background indexer's first results.
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
    }

    CompareWindow *openCompare()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("compareMatrixAction"));
        if (!action)
            return nullptr;
        action->trigger();
        auto *compare = m_window->findChild<CompareWindow *>();
        if (!compare || !QTest::qWaitForWindowExposed(compare))
            return nullptr;
        // Waits for the matrix (the caller checks that it came).
        for (int waited = 0; waited < 20000 && (compare->isBusy() || compare->matrixTab()->model()->rowCount() == 0);
             waited += 50)
            QTest::qWait(50);
        settle();
        return compare->matrixTab()->model()->rowCount() > 0 ? compare : nullptr;
    }

    static void report(const FitChecker &checker)
    {
        QVERIFY2(checker.problems.isEmpty(), qPrintable(QStringLiteral("\n") + checker.problems.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_layout_gui"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QVERIFY(m_dir.isValid());
        const QRect screen = QGuiApplication::primaryScreen()->geometry();
        QCOMPARE(screen.size(), QSize(kScreenWidth, kScreenHeight));

        m_demoPath = m_dir.filePath(QStringLiteral("demo.marginalia"));
        auto demo = buildDemoProject(m_demoPath);
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error()));
        m_emptyPath = m_dir.filePath(QStringLiteral("empty.marginalia"));
        auto empty = Project::create(m_emptyPath);
        QVERIFY2(empty, qPrintable(empty ? QString() : empty.error()));
        empty->reset();
        qInfo("Screenshots: %s", qPrintable(QDir(screenshotFolder()).absolutePath()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    // The checker itself: a table whose last column of right-aligned numbers is half out of view, a toolbar too
    // narrow for its actions and a label narrower than its text are each reported; widened, nothing is.
    void checkerFindsWhatIsHidden()
    {
        QStandardItemModel model(3, 3);
        for (int row = 0; row < 3; ++row) {
            for (int column = 0; column < 3; ++column) {
                model.setData(model.index(row, column), QStringLiteral("34,248"));
                model.setData(model.index(row, column), QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter),
                              Qt::TextAlignmentRole);
            }
        }
        QWidget window;
        auto *view = new QTableView(&window);
        view->setModel(&model);
        for (int column = 0; column < 3; ++column)
            view->setColumnWidth(column, 100);
        auto *toolBar = new QToolBar(&window);
        toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toolBar->addAction(QStringLiteral("Zusammenführen mit…"));
        toolBar->addAction(QStringLiteral("Code löschen…"));
        auto *label = new QLabel(QStringLiteral("Übereinstimmung auf Dokumentebene"), &window);
        // 250 px for three 100 px columns: the third starts at 200 (+ the frame), its number is right-aligned at 300.
        view->setGeometry(0, 0, 250, 150);
        toolBar->setGeometry(0, 160, 120, 30);
        label->setGeometry(0, 200, 60, 20);
        window.resize(400, 240);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FitChecker narrow(QStringLiteral("narrow"));
        narrow.checkWindow(&window);
        // The number of column 2, the » holding “Code löschen…”, the squeezed first button (100 px toolbar less
        // the » for a 159 px text) and the label.
        const QString found = narrow.problems.join(u'\n');
        QVERIFY2(narrow.problems.size() == 4, qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("“34,248”: column 2")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("» extension: Code löschen…")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("QToolButton “Zusammenführen mit…”")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("QLabel “Übereinstimmung auf Dokumentebene”")), qPrintable(found));

        view->setGeometry(0, 0, 340, 150);
        toolBar->setGeometry(0, 160, 390, 30);
        label->setGeometry(0, 200, 390, 20);
        QTest::qWait(50);
        FitChecker wide(QStringLiteral("wide"));
        wide.checkWindow(&window);
        QVERIFY2(wide.problems.isEmpty(), qPrintable(wide.problems.join(u'\n')));
    }

    void mainWindowFits_data() { addLanguages(); }
    void mainWindowFits()
    {
        QFETCH(QString, language);
        useLanguage(language);
        openMainWindow(m_demoPath);
        FitChecker checker(language + QStringLiteral(" main window"));
        checker.checkWindow(m_window.get());
        saveScreenshot(m_window.get(), language, QStringLiteral("main-window"));
        // The docks behind tabs: All Memos.
        auto *memos = m_window->findChild<QDockWidget *>(QStringLiteral("memosDock"));
        QVERIFY(memos);
        memos->raise();
        settle();
        FitChecker memosChecker(language + QStringLiteral(" main window, All Memos"));
        memosChecker.checkWindow(m_window.get());
        checker.problems += memosChecker.problems;
        report(checker);
    }

    void searchPaneFits_data() { addLanguages(); }
    void searchPaneFits()
    {
        QFETCH(QString, language);
        useLanguage(language);
        openMainWindow(m_demoPath);
        auto *action = m_window->findChild<QAction *>(QStringLiteral("searchAllAction"));
        QVERIFY(action);
        action->trigger();
        SearchPane *pane = m_window->workspace()->searchPane();
        QTRY_VERIFY(pane->isVisible());
        // A search with hits, so that the results' columns hold numbers.
        pane->findChild<QLineEdit *>(QStringLiteral("searchQuery"))->setText(QStringLiteral("学生"));
        QTest::keyClick(pane->findChild<QLineEdit *>(QStringLiteral("searchQuery")), Qt::Key_Return);
        QTest::qWait(1500);
        settle();
        FitChecker checker(language + QStringLiteral(" search pane"));
        checker.checkWindow(m_window.get());
        saveScreenshot(pane, language, QStringLiteral("search-pane"));
        report(checker);
    }

    void compareWindowFits_data() { addLanguages(); }
    void compareWindowFits()
    {
        QFETCH(QString, language);
        useLanguage(language);
        openMainWindow(m_demoPath);
        CompareWindow *compare = openCompare();
        QVERIFY(compare);
        FitChecker checker(language + QStringLiteral(" Compare"));
        checker.checkOnScreen(compare);
        // It opens centred on the main window (it fits there: the main window is centred on the screen).
        const QPoint offset = compare->frameGeometry().center() - m_window->frameGeometry().center();
        if (offset.manhattanLength() > 8)
            checker.problems.append(QStringLiteral("%1 Compare: the window is %2,%3 px away from the main window's centre")
                                        .arg(language)
                                        .arg(offset.x())
                                        .arg(offset.y()));
        const QStringList names = {QStringLiteral("matrix"), QStringLiteral("cooccurrence"), QStringLiteral("words"),
                                   QStringLiteral("agreement")};
        for (int tab = 0; tab < compare->tabs()->count(); ++tab) {
            compare->tabs()->setCurrentIndex(tab);
            QTRY_VERIFY_WITH_TIMEOUT(!compare->isBusy(), 20000);
            settle();
            FitChecker tabChecker(QStringLiteral("%1 Compare, tab %2").arg(language).arg(tab + 1));
            tabChecker.checkWindow(compare);
            checker.problems += tabChecker.problems;
            saveScreenshot(compare, language, QStringLiteral("compare-") + names.value(tab, QString::number(tab)));
        }
        report(checker);
    }

    // The matrix opens on the first code that has passages, and its chart shows them.
    void matrixOpensOnRowWithData()
    {
        useLanguage(QStringLiteral("en"));
        openMainWindow(m_demoPath);
        CompareWindow *compare = openCompare();
        QVERIFY(compare);
        MatrixTab *matrix = compare->matrixTab();
        const auto *view = matrix->findChild<QTableView *>(QStringLiteral("matrixView"));
        QVERIFY(view);
        const int row = view->currentIndex().row();
        QVERIFY(row >= 0);
        // The total column is the last: the row's passages in all sites. The demo's first code in the tree is a
        // parent whose codings are all on its sub-codes (resources/demo/demo.json), so this fails on row 0.
        const MatrixModel *model = matrix->model();
        const QString total = model->index(row, model->columnCount() - 1).data().toString();
        QVERIFY2(total.toDouble() > 0, qPrintable(QStringLiteral("row %1 (%2) totals %3")
                                                       .arg(row)
                                                       .arg(model->index(row, 0).data().toString(), total)));
        // No earlier row has data: the first row with data is chosen.
        for (int earlier = 0; earlier < row; ++earlier)
            QCOMPARE(model->index(earlier, model->columnCount() - 1).data().toString().toDouble(), 0.0);
        bool anyBar = false;
        for (const BarChart::Bar &bar : matrix->chart()->bars())
            anyBar = anyBar || bar.value > 0;
        QVERIFY(anyBar);
    }

    void reportDialogFits_data() { addLanguages(); }
    void reportDialogFits()
    {
        QFETCH(QString, language);
        useLanguage(language);
        openMainWindow(m_demoPath);
        ReportDialog dialog(m_window->workspace()->context(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(800);   // the preview is made 300 ms after the dialog opens
        settle();
        FitChecker checker(language + QStringLiteral(" report dialog"));
        checker.checkWindow(&dialog);
        saveScreenshot(&dialog, language, QStringLiteral("report-dialog"));
        report(checker);
    }

    void importDialogFits_data() { addLanguages(); }
    void importDialogFits()
    {
        QFETCH(QString, language);
        useLanguage(language);
        const QDir demo(QStringLiteral(MARGINALIA_TEST_DATA "/../../resources/demo"));
        QStringList paths;
        for (const QString &name : demo.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files))
            paths.append(demo.filePath(name));
        QVERIFY(paths.size() > 3);
        ImportDialog dialog(paths, {{QStringLiteral("site"), {QStringLiteral("Beijing"), QStringLiteral("Kunming")}}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle();
        FitChecker checker(language + QStringLiteral(" import dialog"));
        checker.checkWindow(&dialog);
        saveScreenshot(&dialog, language, QStringLiteral("import-dialog"));
        report(checker);
    }

    // The start page (no project open), Preferences, the attribute editor and the passages behind a matrix cell.
    void otherWindowsFit_data() { addLanguages(); }
    void otherWindowsFit()
    {
        QFETCH(QString, language);
        useLanguage(language);
        m_window.reset();
        QSettings().clear();
        Settings().setCoderName(QStringLiteral("Layout Test"));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        settle();
        FitChecker checker(language + QStringLiteral(" start page"));
        checker.checkWindow(m_window.get());
        saveScreenshot(m_window.get(), language, QStringLiteral("start-page"));

        {
            PreferencesDialog preferences(m_window.get());   // gone before the main window is replaced below
            preferences.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preferences));
            settle();
            FitChecker preferencesChecker(language + QStringLiteral(" preferences"));
            preferencesChecker.checkWindow(&preferences);
            checker.problems += preferencesChecker.problems;
        }

        openMainWindow(m_demoPath);
        m_window->workspace()->showAttributeEditor();
        QWidget *attributes = m_window->workspace()->attributeEditor();
        QVERIFY(attributes);
        QVERIFY(QTest::qWaitForWindowExposed(attributes));
        settle();
        FitChecker attributesChecker(language + QStringLiteral(" attribute editor"));
        attributesChecker.checkWindow(attributes->window());
        checker.problems += attributesChecker.problems;
        attributes->window()->close();

        CompareWindow *compare = openCompare();
        QVERIFY(compare);
        auto *view = compare->matrixTab()->findChild<QTableView *>(QStringLiteral("matrixView"));
        QVERIFY(view);
        const QModelIndex cell = view->model()->index(view->currentIndex().row(), 1);
        Q_EMIT view->activated(cell);   // what a double-click or Enter on the cell does
        QTRY_VERIFY(compare->passagesDialog() && compare->passagesDialog()->isVisible());
        settle();
        FitChecker passagesChecker(language + QStringLiteral(" passages"));
        passagesChecker.checkWindow(compare->passagesDialog());
        checker.problems += passagesChecker.problems;
        saveScreenshot(compare->passagesDialog(), language, QStringLiteral("passages"));
        report(checker);
    }

    void codeDialogFits_data() { addLanguages(); }
    void codeDialogFits()
    {
        QFETCH(QString, language);
        useLanguage(language);
        auto project = Project::open(m_demoPath);
        QVERIFY2(project, qPrintable(project ? QString() : project.error()));
        auto codes = Codebook(**project).codes();
        QVERIFY(codes);
        CodeDialog dialog(*codes);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle();
        FitChecker checker(language + QStringLiteral(" code dialog"));
        checker.checkWindow(&dialog);
        saveScreenshot(&dialog, language, QStringLiteral("code-dialog"));
        report(checker);
    }

    void termsAreConsistent_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"zh_CN", "de", "sv"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void termsAreConsistent()
    {
        QFETCH(QString, language);
        QFile file(QStringLiteral(MARGINALIA_TRANSLATIONS_DIR "/marginalia_%1.ts").arg(language));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString source;
        QStringList problems;
        int checked = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                continue;
            }
            if (xml.name() != QLatin1String("translation"))
                continue;
            // The translation's text, plural forms included, without mnemonics ("C&odierer").
            QString translation;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    translation += xml.text();
            }
            translation.remove(QLatin1Char('&'));
            const QString english = withoutMnemonic(source);
            ++checked;
            for (const TermRule &rule : termRules()) {
                if (language != QLatin1String(rule.language) || !translation.contains(rule.translation))
                    continue;
                if (!rule.source.pattern().isEmpty() && !rule.source.match(english).hasMatch())
                    continue;
                if (!rule.unlessAlso.pattern().isEmpty() && translation.contains(rule.unlessAlso))
                    continue;
                problems.append(QStringLiteral("%1: “%2” → “%3”").arg(QString::fromUtf8(rule.why), english.left(80),
                                                                      translation.simplified().left(80)));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(checked > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    // An empty project says how to bring documents in: a visible text in the documents pane that names the
    // File menu's import command and the demo project, in the reader's language.
    void emptyProjectSaysWhatToDo_data() { addLanguages(); }
    void emptyProjectSaysWhatToDo()
    {
        QFETCH(QString, language);
        useLanguage(language);
        openMainWindow(m_emptyPath);
        FitChecker checker(language + QStringLiteral(" empty project"));
        checker.checkWindow(m_window.get());
        QString import;
        QString demo;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            // "导入文档(&I)…" is "导入文档" in a sentence.
            static const QRegularExpression mnemonicInBrackets(QStringLiteral("\\(&[^)]\\)"));
            const QString text =
                withoutMnemonic(QString(action->text()).remove(mnemonicInBrackets)).remove(QChar(0x2026)).trimmed();
            if (action->objectName() == QLatin1String("importDocumentsAction"))
                import = text;
            else if (action->objectName() == QLatin1String("openDemoAction"))
                demo = text;
        }
        QVERIFY2(!import.isEmpty() && !demo.isEmpty(), "the File menu's import and demo actions (by object name)");
        bool guided = false;
        for (const QLabel *label : m_window->workspace()->documentsPane()->findChildren<QLabel *>()) {
            if (!label->isVisible())
                continue;
            QTextDocument document;
            document.setHtml(label->text());
            const QString text = document.toPlainText();
            guided = guided || (text.contains(import, Qt::CaseInsensitive) && text.contains(demo, Qt::CaseInsensitive));
        }
        saveScreenshot(m_window.get(), language, QStringLiteral("empty-project"));
        QVERIFY2(guided, qPrintable(QStringLiteral("no visible text in the documents pane names “%1” and “%2”")
                                         .arg(import, demo)));
        report(checker);
    }
};

// The offscreen platform's screen is 800 × 600 unless configured: give it a common laptop's size before the
// application starts (the configuration file is read when the platform plugin loads).
int main(int argc, char **argv)
{
    const QStringList size = qEnvironmentVariable("MARGINALIA_LAYOUT_SCREEN").split(QLatin1Char('x'));
    if (size.size() == 2 && size.at(0).toInt() > 0 && size.at(1).toInt() > 0) {
        kScreenWidth = size.at(0).toInt();
        kScreenHeight = size.at(1).toInt();
    }
    QTemporaryDir configFolder;
    const QString config = configFolder.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,)"
                              R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                   .arg(kScreenWidth)
                   .arg(kScreenHeight)
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toLocal8Bit());
    QApplication app(argc, argv);
    QTEST_DISABLE_KEYPAD_NAVIGATION
    TestLayoutGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_layout_gui.moc"
