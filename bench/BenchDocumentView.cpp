// Measures the document view on a 2 MB mixed Chinese/English transcript with 5,000 codings,
// offscreen: opening (showDocument + setCodings + first paint), scrolling page by page with a
// repaint per frame, and adding one coding (setCodings with one more + repaint).
#include "document/DocumentView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>
#include <vector>

using marginalia::CodedSegment;
using marginalia::DocumentView;
using marginalia::TextIndex;

namespace {

QString makeTranscript(qsizetype targetBytes, QRandomGenerator &random)
{
    const QStringList english = {
        QStringLiteral("we use the tablets in almost every lesson now"),
        QStringLiteral("the principal asked us to record each class"),
        QStringLiteral("students discuss the problem in small groups first"),
        QStringLiteral("I think the exam pressure is still the main thing"),
        QStringLiteral("parents send messages to the class group at night"),
        QStringLiteral("our research group meets every Thursday afternoon"),
    };
    const QStringList chinese = {
        QStringLiteral("教师们用于教学的平板电脑"), QStringLiteral("校长要求我们每节课都要录像"),
        QStringLiteral("学生先在小组里讨论这个问题"), QStringLiteral("我觉得考试压力还是最主要的"),
        QStringLiteral("家长晚上在班级群里发消息"), QStringLiteral("我们教研组每周四下午开会"),
    };
    QString text;
    qsizetype bytes = 0;
    int turn = 0;
    while (bytes < targetBytes) {
        QString line = (turn % 2 == 0) ? QStringLiteral("I: ") : QStringLiteral("T: ");
        const int sentences = 1 + int(random.bounded(8));
        for (int s = 0; s < sentences; ++s) {
            if (random.bounded(2) == 0)
                line += chinese.at(int(random.bounded(chinese.size()))) + QStringLiteral("。");
            else
                line += english.at(int(random.bounded(english.size()))) + QStringLiteral(". ");
            if (random.bounded(40) == 0)
                line += QStringLiteral("😀 ");
        }
        line += QLatin1Char('\n');
        if (turn % 7 == 6)
            line += QLatin1Char('\n');
        bytes += line.toUtf8().size();
        text += line;
        ++turn;
    }
    return text;
}

CodedSegment makeCoding(qint64 id, qint64 length, QRandomGenerator &random)
{
    CodedSegment coding;
    coding.id = id;
    coding.codeId = 1 + random.bounded(40);
    coding.code = QStringLiteral("Code %1").arg(coding.codeId);
    coding.codePath = QStringLiteral("Theme/") + coding.code;
    coding.color = QColor::fromHsv(int(coding.codeId * 37 % 360), 160, 230).name();
    coding.start = qint64(random.bounded(quint64(std::max<qint64>(1, length - 2000))));
    coding.end = std::min(length, coding.start + 5 + qint64(random.bounded(1500)));
    coding.coder = QStringLiteral("bench");
    return coding;
}

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Document view benchmark (offscreen)"));
    parser.addHelpOption();
    const QCommandLineOption grabOption(QStringLiteral("grab"), QStringLiteral("Save a picture of the view."),
                                        QStringLiteral("file.png"));
    parser.addOption(grabOption);
    parser.process(app);

    QRandomGenerator random(20240601);
    const QString text = makeTranscript(2 * 1024 * 1024, random);
    const qint64 length = TextIndex::codePointLength(text);
    QList<CodedSegment> codings;
    for (int i = 0; i < 5000; ++i)
        codings.append(makeCoding(i + 1, length, random));
    std::printf("transcript: %lld bytes UTF-8, %lld code points, %lld lines; %lld codings\n",
                static_cast<long long>(text.toUtf8().size()), static_cast<long long>(length),
                static_cast<long long>(text.count(QLatin1Char('\n'))), static_cast<long long>(codings.size()));

    DocumentView view;
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    view.showDocument(1, text);
    const double showMs = double(timer.nsecsElapsed()) / 1e6;
    view.setCodings(codings);
    const double codingsMs = double(timer.nsecsElapsed()) / 1e6 - showMs;
    view.repaint();
    QCoreApplication::processEvents();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("open: showDocument %.1f ms + setCodings %.1f ms, to first paint %.1f ms (target <= 300)\n", showMs,
                codingsMs, openMs);

    QScrollBar *bar = view.textEdit()->verticalScrollBar();
    // Scrolls through the whole document a page at a time, repainting each frame.
    const auto scrollThrough = [&view, bar](const char *label) {
        std::vector<double> frames;
        QElapsedTimer frameTimer;
        const int step = std::max(1, bar->pageStep());
        for (int value = 0; value <= bar->maximum() && frames.size() < 4000; value += step) {
            frameTimer.start();
            bar->setValue(value);
            view.repaint();
            frames.push_back(double(frameTimer.nsecsElapsed()) / 1e6);
        }
        double total = 0;
        for (double f : frames)
            total += f;
        std::printf("scroll %s: %zu page steps, median %.2f ms, mean %.2f ms, max %.2f ms per frame\n", label,
                    frames.size(), median(frames), frames.empty() ? 0.0 : total / double(frames.size()),
                    frames.empty() ? 0.0 : *std::max_element(frames.begin(), frames.end()));
    };
    scrollThrough("(first pass, blocks laid out as they come)");
    scrollThrough("(second pass)");
    view.setCodings({});
    scrollThrough("(second pass, no codings: the bare text edit)");
    view.setCodings(codings);

    // Adding a coding near the middle of the view, as after a key press.
    bar->setValue(bar->maximum() / 2);
    view.repaint();
    const qint64 top = view.topPosition();
    PaintCounter counter;
    view.textEdit()->viewport()->installEventFilter(&counter);
    view.stripeArea()->installEventFilter(&counter);
    std::vector<double> adds;
    std::vector<double> setOnly;
    std::vector<double> fullRepaint;
    for (int i = 0; i < 20; ++i) {
        CodedSegment added = makeCoding(100000 + i, length, random);
        added.start = top + 10 * i;
        added.end = added.start + 40;
        codings.append(added);
        const int paintsBefore = counter.paints;
        timer.restart();
        view.setCodings(codings);
        setOnly.push_back(double(timer.nsecsElapsed()) / 1e6);
        // The view repaints what changed when the update request is delivered; deliver just that,
        // so the figure holds the view's work and not whatever else the event loop runs.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
        if (counter.paints == paintsBefore)
            std::printf("warning: adding a coding did not repaint the view\n");
        adds.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        view.repaint();
        fullRepaint.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("add one coding: setCodings median %.2f ms; to its repaint median %.2f ms, max %.2f ms "
                "(target <= 30); a full repaint of the view for comparison: median %.2f ms\n",
                median(setOnly), median(adds), *std::max_element(adds.begin(), adds.end()), median(fullRepaint));

    // Wheel scrolling, three lines a step, painted by the event loop as in a window (the viewport
    // is scrolled and only the uncovered lines are painted).
    {
        std::vector<double> steps;
        bar->setValue(bar->maximum() / 3);
        QCoreApplication::processEvents();
        for (int i = 0; i < 300; ++i) {
            const int paintsBefore = counter.paints;
            timer.restart();
            bar->setValue(bar->value() + 3);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
            if (counter.paints == paintsBefore)
                std::printf("warning: scrolling did not repaint the view\n");
            steps.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("wheel scroll (3 lines a step, the scrolled viewport paints the uncovered lines): median %.2f ms, max %.2f ms per step\n",
                    median(steps), *std::max_element(steps.begin(), steps.end()));
    }

    timer.restart();
    const QImage image = view.grab().toImage();
    std::printf("grab of the whole view: %.1f ms (%dx%d)\n", double(timer.nsecsElapsed()) / 1e6, image.width(),
                image.height());
    if (parser.isSet(grabOption)) {
        bar->setValue(0);
        view.textEdit()->verticalScrollBar()->setValue(40);
        view.resize(900, 600);
        QCoreApplication::processEvents();
        view.grab().save(parser.value(grabOption));
    }
    return 0;
}
