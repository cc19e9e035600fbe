#pragma once

#include "analysis/AgreementStatistics.h"
#include "analysis/KrippendorffBootstrap.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace marginalia {

class Project;

// The unit on which coders are compared (see AgreementResult::definitions() for each).
enum class AgreementUnit { Character, Sentence, Paragraph, Document, Segment };

// What a bootstrap draw resamples: the units themselves, or whole documents with all their units (a cluster
// bootstrap). The character unit always resamples documents (characters are neither independent nor few).
enum class BootstrapResampling { Units, Documents };

QString agreementUnitName(AgreementUnit unit);                        // "character", "sentence", ...
std::optional<AgreementUnit> agreementUnitFromName(const QString &name);

// Agreement measures over a set of units, each coded yes/no by every coder (no missing values).
struct AgreementMeasures
{
    qint64 units = 0;                        // units compared (characters, sentences, ... matched segments)
    double percentAgreement = 0;             // units on which all coders agree, × 100
    std::optional<double> cohenKappa;        // two coders only; empty when Pe = 1
    std::optional<double> fleissKappa;       // empty when every value is the same
    std::optional<double> gwetAc1;
    std::optional<double> brennanPrediger;   // q = 2 categories (coded, not coded)
    std::optional<double> krippendorffAlpha; // nominal; empty when the expected disagreement is 0
    QList<qint64> yes;                       // per coder: units coded yes
    std::optional<BootstrapEstimate> bootstrap;   // when asked for: intervals of every statistic

    std::optional<double> value(AgreementStatistic statistic) const;
    static AgreementMeasures from(const ReliabilitySums &sums);
};

struct CodeAgreement
{
    qint64 codeId = 0;
    QString code;
    QString path;
    AgreementMeasures characters;   // character level
    AgreementMeasures documents;    // document level: did the coder apply the code in the document
    AgreementMeasures measures;     // at the unit chosen (AgreementOptions::unit), with its bootstrap
    std::optional<double> unitizingAlpha;   // |u|alpha over the compared documents laid end to end
};

// A run of characters on which the coders disagree about one code, coders split the same way throughout.
struct Disagreement
{
    qint64 documentId = 0;
    QString document;
    qint64 codeId = 0;
    QString codePath;
    qint64 start = 0;
    qint64 end = 0;
    QStringList codedBy;
    QStringList notCodedBy;
    QString text;
};

// One row of reliability data: a unit of one code and each coder's value (1 coded, 0 not, −1 missing).
struct ReliabilityRow
{
    qint64 codeId = 0;
    QString codePath;
    qint64 documentId = 0;
    QString document;
    qint64 start = 0;   // the unit's span (the document's length for the document unit)
    qint64 end = 0;
    QList<int> values;
};

struct AgreementOptions
{
    AgreementUnit unit = AgreementUnit::Character;
    double overlapPercent = 95;              // segment unit: overlap of two codings, % of their union, to match
    int bootstrapDraws = 0;                  // 0: no bootstrap
    quint64 seed = kDefaultBootstrapSeed;
    // Empty: units, except at the character unit (documents).
    std::optional<BootstrapResampling> resampling;
    bool withDisagreementText = true;
    bool unitizing = true;                   // compute |u|alpha per code and pooled
    // When not empty, only these documents are compared (a sample for double coding); still only those every coder
    // coded.
    QList<qint64> documentIds;
    // When set, each disagreement is handed over as soon as its document is done (documents in name order, then
    // by position) and not kept in the result: memory stays flat however many there are.
    std::function<void(const Disagreement &)> onDisagreement;
    // When set, every unit of the chosen unit (not the character unit) is handed over, per document and code.
    std::function<void(const ReliabilityRow &)> onUnit;
    // When set, called before each document (step = documents done), once they are all done (step = documents) and
    // after each bootstrap draw (documents + draws done), with the number of steps in all (documents + draws); returning false stops the computation, which then fails with
    // agreementCancelledMessage(). Lets a caller show progress and offer Cancel.
    std::function<bool(qint64 step, qint64 steps)> progress;
};

// The error of a computation stopped by AgreementOptions::progress.
QString agreementCancelledMessage();

struct AgreementResult
{
    QStringList coders;
    AgreementUnit unit = AgreementUnit::Character;
    double overlapPercent = 95;
    int bootstrapDraws = 0;
    quint64 seed = kDefaultBootstrapSeed;
    BootstrapResampling resampling = BootstrapResampling::Units;
    QList<qint64> documentIds;     // the documents every coder coded (at least one coding each)
    QStringList documents;
    qint64 comparedCharacters = 0; // their total length: the units per code at the character level
    qint64 disagreementCount = 0;  // also when they were streamed
    QList<CodeAgreement> codes;    // codes any of the coders applied in those documents
    AgreementMeasures overallCharacters;   // pooled over codes × characters
    AgreementMeasures overallDocuments;    // pooled over codes × documents
    AgreementMeasures overall;             // pooled over codes × units of the chosen unit, with its bootstrap
    std::optional<double> overallUnitizingAlpha;   // |u|alpha of the codes pooled (Σ uDo / Σ uDe over codes)
    QList<Disagreement> disagreements;     // empty when they were streamed (AgreementOptions::onDisagreement)

    // What is compared and how each statistic is computed (the same text for every unit; the unit's own line
    // first).
    static QStringList definitions();
    QStringList definitionsForUnit() const;
};

// Inter-coder agreement, computed from the codings' range boundaries: per code and document, a sweep over the
// sorted starts and ends (never a loop over characters). Documents are read one at a time, so memory depends on
// the largest document, not on the project.
class Agreement
{
public:
    explicit Agreement(Project &project) : m_project(project) {}

    // coders: two or more coder names. codeIds empty: every code any of them applied. Character unit, no bootstrap.
    Result<AgreementResult> compute(const QStringList &coders, const QList<qint64> &codeIds = {},
                                    bool withDisagreementText = true);
    Result<AgreementResult> compute(const QStringList &coders, const QList<qint64> &codeIds,
                                    const AgreementOptions &options);

private:
    Project &m_project;
};

// A methods paragraph for a report: coders, unit, number of units, each statistic with its interval, and the
// thresholds 0.800 / 0.667 (Krippendorff 2004).
QString agreementMethodsText(const AgreementResult &result);

} // namespace marginalia
