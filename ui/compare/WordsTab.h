#pragma once

#include "compare/CompareTab.h"
#include "compare/WordFrequencyModel.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace marginalia {

// The most frequent words of one site (or of every document), Chinese split into words, stop words left out.
// Double-clicking a word lists where it occurs.
class WordsTab final : public CompareTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WordsTab)

public:
    explicit WordsTab(ProjectContext *context, QWidget *parent = nullptr);

    QTableView *table() const override { return m_view; }
    WordFrequencyModel *model() const { return m_model; }
    QComboBox *siteCombo() const { return m_site; }
    QSpinBox *topSpin() const { return m_top; }
    // Where the word occurs in the documents of the site shown.
    QList<Passage> passagesAt(const QModelIndex &index);

protected:
    void reload() override;
    void reloadChoices() override;

private:
    WordFrequencyModel *m_model;
    QTableView *m_view;
    QComboBox *m_site;
    QSpinBox *m_top;
    QLabel *m_summary;
    QString m_shownSite;
};

} // namespace marginalia
