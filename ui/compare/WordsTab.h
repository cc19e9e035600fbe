#pragma once

#include "compare/CompareTab.h"
#include "compare/DictionaryDialog.h"
#include "compare/WordFrequencyModel.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QMenu;
class QSpinBox;

namespace marginalia {


// The most frequent words of one site (or of every document), Chinese split into words with the project's
// dictionary, stop words, speaker labels and header lines left out (the summary says which).
// Double-clicking a word lists where it occurs; its context menu adds to the dictionary or says a word
// is not one.
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
    // The context menu of a row (deleted when closed): Add to Dictionary…, Not a Word, Dictionary….
    QMenu *contextMenu(const QModelIndex &index);
    void showDictionary();
    DictionaryDialog *dictionaryDialog() const { return m_dictionary; }
    QLabel *summary() const { return m_summary; }
    // What the summary says was left out of the counts.
    static QString leftOutText(const WordFrequencyResult &result);

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
    QPointer<DictionaryDialog> m_dictionary;
};

} // namespace marginalia
