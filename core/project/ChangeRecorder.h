#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace marginalia {

class Project;

// The changes one edit made to a project, as an SQLite changeset (session extension), so the
// edit can be undone and redone exactly — whatever it was: a coding, an import, a merge, a
// deletion with cascades. The journal is not recorded: undo and redo append to it instead.
struct RecordedChange
{
    QString description;
    QByteArray changeset;
    // False when the edit was committed but its changeset was larger than the recorder keeps
    // (ChangeRecorder::maximumChangesetSize()): the edit is in the project and cannot be undone.
    bool kept = true;
    // The changeset's size in bytes, or for one not kept, how far it got before it was dropped.
    qint64 size = 0;

    // True when the edit changed nothing.
    bool isEmpty() const { return kept && changeset.isEmpty(); }
    bool canUndo() const { return kept && !changeset.isEmpty(); }
};

// What a recorded change touches, read from its changeset alone (nothing is applied), so the GUI can
// re-read just that after an edit, an undo or a redo instead of the whole project. Codings are what
// the counts follow: codingCodes and codingDocuments are the codes and documents that gained or lost a
// coding (both sides of a coding moved to another code or document); codings are the rows changed in
// any way (a memo, a range).
struct ChangeFootprint
{
    QStringList tables;              // every table with a changed row, in changeset order
    QSet<qint64> codes;              // rows of codes inserted, deleted or updated
    QSet<qint64> documents;          // rows of documents inserted, deleted or updated
    QSet<qint64> codings;            // rows of codings inserted, deleted or updated
    QSet<qint64> codingCodes;        // codes whose number of codings may have changed
    QSet<qint64> codingDocuments;    // documents whose number of codings may have changed
    // By how many codings each code and document grows (negative: shrinks) when the change is applied, so that
    // counts shown can follow an edit without counting again; an undo changes them by the opposite (reversed()).
    QHash<qint64, qint64> codingsGainedByCode;
    QHash<qint64, qint64> codingsGainedByDocument;

    bool touches(const char *table) const { return tables.contains(QLatin1StringView(table)); }
    // True if only these tables changed (e.g. {"codings"} for a coding added or removed).
    bool touchesOnly(const QStringList &allowed) const;
    // The footprint of undoing the change: the same rows, the gains negated.
    ChangeFootprint reversed() const;
};

class ChangeRecorder
{
public:
    explicit ChangeRecorder(Project &project) : m_project(project) {}

    // Runs edit inside one transaction (joining the caller's, if any) and returns what it changed:
    // every step of a multi-step edit is kept, or none. If the edit fails, its error is returned,
    // nothing of it is committed and nothing is recorded. A changeset above maximumChangesetSize()
    // is not kept in memory: the edit is committed and the result says it cannot be undone.
    Result<RecordedChange> record(const QString &description, const std::function<Result<void>()> &edit);

    // The largest changeset record() keeps (default 64 MiB).
    static qint64 maximumChangesetSize();
    static void setMaximumChangesetSize(qint64 bytes);

    // Test hook: a failure injected as the last step of every recorded edit, after the edit's own
    // steps ran and before the commit (empty: none). Tests use it to show that a multi-step edit
    // failing at its end leaves nothing behind.
    using FailureInjection = std::function<Result<void>(const QString &description)>;
    static void setFailureInjection(FailureInjection injection);

    // Reverts a recorded change. Fails, changing nothing, if the rows it touched have been
    // changed since (e.g. by another process), with a sentence saying so.
    Result<void> undo(const RecordedChange &change);
    // Applies a recorded change again after undo().
    Result<void> redo(const RecordedChange &change);

    // The rows and counts a change touches (undo touches the same as redo). Read-only.
    Result<ChangeFootprint> footprint(const RecordedChange &change);

private:
    Result<void> apply(const QByteArray &changeset, const QString &action, const QString &description);

    Project &m_project;
};

} // namespace marginalia
