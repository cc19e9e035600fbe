#pragma once

#include "analysis/Agreement.h"
#include "common/Result.h"
#include "text/Segmenter.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace marginalia {

class Project;

// The sentence items() fails with when its progress callback stopped it.
QString adjudicationCancelledMessage();

// How a disagreement was settled into the consensus coder's codings.
enum class AdjudicationChoice { CoderA, CoderB, Both, Neither, Edited };

// What the consensus coder holds at an item now, compared with the two coders' spans.
enum class AdjudicationStatus {
    Open,       // not decided: no consensus coding there
    Neither,    // decided "neither": no consensus coding there, as chosen (remembered, see decide)
    CoderA,     // exactly coder A's spans
    CoderB,     // exactly coder B's spans
    Both,       // the union of both coders' spans
    Edited      // anything else
};

// One place where two coders disagree about a code in a document: a cluster of their codings of the code that
// overlap one another (transitively), in which the two coders' spans are not the same. A coding of one coder with
// no coding of the other overlapping it is a cluster of its own.
struct AdjudicationItem
{
    qint64 documentId = 0;
    QString document;
    qint64 codeId = 0;
    QString codePath;
    TextSpan extent;             // from the first start to the last end of the cluster's codings
    QList<TextSpan> spansA;      // coder A's codings in the cluster, by start
    QList<TextSpan> spansB;
    QList<TextSpan> consensus;   // the consensus coder's codings of the code overlapping the extent, by start
    AdjudicationStatus status = AdjudicationStatus::Open;
};

// The agreement of the two coders before adjudication, as saved with the project (project_info key
// "adjudication_baseline", JSON; no schema change), so it can be reported beside the agreement after.
struct AdjudicationBaseline
{
    QStringList coders;          // A, B
    QString consensus;
    QString savedAt;             // ISO 8601 UTC
    qint64 documents = 0;
    double percentAgreement = 0; // character unit, all codes pooled
    std::optional<double> cohenKappa;
    std::optional<double> krippendorffAlpha;
    QString methods;             // agreementMethodsText of that result
};

// Adjudication of two coders' codings into the codings of a consensus coder (a coder like any other, by default
// named "consensus"). start() copies what both coders coded identically (clusters with the same spans) to the
// consensus coder and saves the agreement before adjudication; decide() settles one disagreement. Each is one edit
// of the project: the GUI runs it inside ChangeRecorder::record, so it is undoable, and CodingStore journals every
// coding added or removed.
class Adjudication
{
public:
    Adjudication(Project &project, const QString &coderA, const QString &coderB, const QString &consensus);

    // Called every 4,096 codings read with the number read so far; false stops the reading (items() then fails
    // with adjudicationCancelledMessage()).
    using Progress = std::function<bool(qint64 codingsRead)>;
    // The disagreements, in document name, code path and position order, with what the consensus holds at each.
    // documentIds empty: every document both coders coded; else only these.
    Result<QList<AdjudicationItem>> items(const QList<qint64> &documentIds = {}, const Progress &progress = {});
    // Copies the agreed clusters to the consensus coder (where it has no coding of the code yet) and saves the
    // baseline (once: a saved baseline for the same coders is kept). Returns the number of codings copied.
    Result<qint64> start(const QList<qint64> &documentIds = {});
    // Settles an item: the consensus coder's codings of the code overlapping the item's extent are replaced by
    // coder A's spans, coder B's, their union, none, or the edited span (which must lie within the document).
    // "Neither" leaves no coding to tell it from an undecided item, so it is remembered in project_info
    // ("adjudication_neither": the consensus coder, document, code and extent), in the same transaction, so undo
    // forgets it again; any other decision on the item forgets it too. A changed cluster (other extent) is open again.
    Result<void> decide(const AdjudicationItem &item, AdjudicationChoice choice, TextSpan edited = {});
    // The saved baseline, if any.
    Result<std::optional<AdjudicationBaseline>> baseline();

    static AdjudicationStatus statusOf(const AdjudicationItem &item);
    // Overlapping or touching spans merged, by start.
    static QList<TextSpan> merged(QList<TextSpan> spans);

private:
    struct Cluster;
    // Every cluster of the two coders' codings (in documents both coded), one document at a time, to `take`.
    Result<void> forEachCluster(const QList<qint64> &documentIds, const Progress &progress,
                                const std::function<void(Cluster &&)> &take);
    Result<void> replaceConsensus(qint64 documentId, qint64 codeId, TextSpan extent, const QList<TextSpan> &spans);
    // The items decided "neither" for this consensus coder (keys of neitherKey), and writing that set back;
    // neitherRecord is the whole project_info value (every consensus coder's).
    Result<QJsonObject> neitherRecord();
    Result<QSet<QString>> neitherDecided();
    Result<void> setNeitherDecided(const QSet<QString> &keys);
    QString neitherKey(const AdjudicationItem &item) const;

    Project &m_project;
    QString m_coderA;
    QString m_coderB;
    QString m_consensus;
};

} // namespace marginalia
