#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace marginalia {

// A small bar chart painted with QPainter: one bar per label, the value written above it. Double-clicking a bar
// (or Enter on the current one) asks for what lies behind it.
class BarChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChart)

public:
    struct Bar
    {
        QString label;
        double value = 0;
        QString valueText;
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setBars(const QString &title, const QList<Bar> &bars);
    void clear();
    const QList<Bar> &bars() const { return m_bars; }
    QString title() const { return m_title; }
    // The rectangle of a bar in widget coordinates (empty if there is no such bar), and the bar under a point.
    QRect barRect(int bar) const;
    int barAt(const QPoint &point) const;
    // The chart rendered into an image of the widget's size.
    QImage toImage() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void barActivated(int bar);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void paint(QPainter &painter) const;
    void updateToolTip();
    QRect plotRect() const;

    QString m_title;
    QList<Bar> m_bars;
    int m_current = -1;
};

} // namespace marginalia
