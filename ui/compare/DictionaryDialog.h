#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace marginalia {

class ProjectContext;

// The project's own Chinese words (core ProjectDictionary): words added, words that are not words, and
// the code names that count as words. Each change is one undo step (RecordedEditCommand); word counts
// follow through ProjectContext::changed.
class DictionaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DictionaryDialog)

public:
    explicit DictionaryDialog(ProjectContext *context, QWidget *parent = nullptr);

    QListWidget *addedList() const { return m_added; }
    QListWidget *removedList() const { return m_removed; }

    // The edits, also used by the Words tab's context menu. Each asks nothing; false if refused or failed
    // (the user has been told).
    static bool addWord(ProjectContext *context, const QString &word, QWidget *parent);
    static bool markNotAWord(ProjectContext *context, const QString &word, QWidget *parent);
    static bool forgetWord(ProjectContext *context, const QString &word);
    // Asks for a word (prefilled) and adds it.
    static bool askAndAddWord(ProjectContext *context, const QString &suggestion, QWidget *parent);

    void reload();

private:
    ProjectContext *m_context;
    QListWidget *m_added;
    QListWidget *m_removed;
    QLabel *m_codeWords;
};

} // namespace marginalia
