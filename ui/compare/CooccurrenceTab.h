#pragma once

#include "compare/CompareTab.h"
#include "compare/CooccurrenceModel.h"

class QComboBox;
class QLabel;

namespace marginalia {

// Codes that occur together (overlapping codings, or in the same paragraph); double-clicking a pair lists the
// codings of both codes behind it.
class CooccurrenceTab final : public CompareTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CooccurrenceTab)

public:
    explicit CooccurrenceTab(ProjectContext *context, QWidget *parent = nullptr);

    QTableView *table() const override { return m_view; }
    CooccurrenceModel *model() const { return m_model; }
    QComboBox *unitCombo() const { return m_unit; }
    QList<Passage> passagesAt(const QModelIndex &index);

protected:
    void reload() override;

private:
    static QString definition(CooccurrenceUnit unit);

    CooccurrenceModel *m_model;
    QTableView *m_view;
    QComboBox *m_unit;
    QLabel *m_definition;
};

} // namespace marginalia
