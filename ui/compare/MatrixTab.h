#pragma once

#include "compare/CompareTab.h"
#include "compare/MatrixModel.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace marginalia {

class BarChart;

// The code × attribute-value matrix as a heat map (measure, attribute, roll-up, kind and coder filters), with a
// bar chart of the current code's values per column. Double-clicking a cell or a bar lists its passages.
class MatrixTab final : public CompareTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixTab)

public:
    explicit MatrixTab(ProjectContext *context, QWidget *parent = nullptr);

    QTableView *table() const override { return m_view; }
    MatrixModel *model() const { return m_model; }
    BarChart *chart() const { return m_chart; }
    QComboBox *measureCombo() const { return m_measure; }
    QComboBox *attributeCombo() const { return m_attribute; }
    QCheckBox *rollUpCheck() const { return m_rollUp; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *coderCombo() const { return m_coder; }
    // The options of the matrix shown.
    MatrixOptions options() const { return m_shownOptions; }

    // The passages behind a cell of the model (the code column stands for the row total).
    QList<Passage> passagesAt(const QModelIndex &index);
    void showPassagesAt(const QModelIndex &index);
    // Chart the row of the model (the matrix shows the current row).
    void chartRow(int row);
    // Writes the chart as PNG; false (and failed()) when it cannot.
    bool saveChart(const QString &path);

protected:
    void reload() override;
    void reloadChoices() override;

private:
    MatrixOptions currentOptions() const;
    void chooseChartFile();
    int firstRowWithData() const;
    void fitColumns();

    MatrixModel *m_model;
    QTableView *m_view;
    BarChart *m_chart;
    QComboBox *m_measure;
    QComboBox *m_attribute;
    QCheckBox *m_rollUp;
    QComboBox *m_kind;
    QComboBox *m_coder;
    QLabel *m_status;
    QPushButton *m_saveChart;
    MatrixOptions m_shownOptions;
    int m_chartRow = -1;
};

} // namespace marginalia
