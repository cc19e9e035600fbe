#pragma once

#include "compare/CompareTab.h"
#include "compare/CooccurrenceMatrixModel.h"
#include "compare/CooccurrenceModel.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;

namespace marginalia {

// Codes that occur together (overlapping codings, or in the same paragraph), after site, kind and coder filters:
// a code × code heat map (counts or Jaccard in the chosen measure) and the same pairs as a list. Clicking a cell of
// the heat map, or double-clicking a pair of the list, lists the passages of both codes behind it.
class CooccurrenceTab final : public CompareTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CooccurrenceTab)

public:
    enum View { HeatMapView, ListView };

    explicit CooccurrenceTab(ProjectContext *context, QWidget *parent = nullptr);

    // The view shown (heat map or list): what Copy as CSV copies.
    QTableView *table() const override;
    CooccurrenceModel *model() const { return m_model; }
    CooccurrenceMatrixModel *matrixModel() const { return m_matrixModel; }
    QTableView *matrixView() const { return m_matrixView; }
    QTableView *listView() const { return m_view; }
    QTabWidget *views() const { return m_views; }
    QComboBox *unitCombo() const { return m_unit; }
    QComboBox *measureCombo() const { return m_measure; }
    QComboBox *valueCombo() const { return m_value; }
    QComboBox *siteCombo() const { return m_site; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *coderCombo() const { return m_coder; }
    QCheckBox *ancestorsCheck() const { return m_ancestors; }
    // The passages behind a pair of the list or a cell of the heat map (empty for any other index).
    QList<Passage> passagesAt(const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void reload() override;
    void reloadChoices() override;

private:
    CooccurrenceOptions currentOptions() const;
    void fillMeasures(CooccurrenceUnit unit);
    void applyMeasure();
    void showPassagesOf(const CooccurrencePair *pair);
    QList<Passage> passagesOf(const CooccurrencePair &pair);
    QString definition() const;

    CooccurrenceModel *m_model;
    CooccurrenceMatrixModel *m_matrixModel;
    QTabWidget *m_views;
    QTableView *m_matrixView;
    QTableView *m_view;
    QComboBox *m_unit;
    QComboBox *m_measure;
    QComboBox *m_value;
    QComboBox *m_site;
    QComboBox *m_kind;
    QComboBox *m_coder;
    QCheckBox *m_ancestors;
    QLabel *m_definition;
    CooccurrenceOptions m_shownOptions;
};

} // namespace marginalia
