#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace marginalia {

class Project;

// Agreement measures over a set of units, each coded yes/no by every coder (no missing values).
struct AgreementMeasures
{
    qint64 units = 0;                        // characters (or documents) compared
    double percentAgreement = 0;             // units on which all coders agree, × 100
    std::optional<double> cohenKappa;        // two coders only; empty when Pe = 1
    std::optional<double> krippendorffAlpha; // nominal; empty when the expected disagreement is 0
    QList<qint64> yes;                       // per coder: units coded yes
};

struct CodeAgreement
{
    qint64 codeId = 0;
    QString code;
    QString path;
    AgreementMeasures characters;   // character level
    AgreementMeasures documents;    // document level: did the coder apply the code in the document
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

struct AgreementResult
{
    QStringList coders;
    QList<qint64> documentIds;     // the documents every coder coded (at least one coding each)
    QStringList documents;
    qint64 comparedCharacters = 0; // their total length: the units per code at the character level
    QList<CodeAgreement> codes;    // codes any of the coders applied in those documents
    AgreementMeasures overallCharacters;   // pooled over codes × characters
    AgreementMeasures overallDocuments;    // pooled over codes × documents
    QList<Disagreement> disagreements;

    static QStringList definitions();
};

// Counts of units by how many coders (0..m) coded them yes, and yes per coder; enough for every measure.
struct AgreementTally
{
    explicit AgreementTally(int coders = 2);
    void add(quint32 mask, qint64 units);
    AgreementMeasures measures() const;

    int coderCount = 2;
    qint64 units = 0;
    QList<qint64> byYesCount;   // index k: units coded yes by exactly k coders
    QList<qint64> yes;          // per coder
    qint64 onlyFirst = 0;       // two coders: yes by coder 0 only
    qint64 onlySecond = 0;      // two coders: yes by coder 1 only
};

// Inter-coder agreement, computed from the codings' range boundaries: per code and document, a sweep over the
// sorted starts and ends (never a loop over characters).
class Agreement
{
public:
    explicit Agreement(Project &project) : m_project(project) {}

    // coders: two or more coder names. codeIds empty: every code any of them applied.
    Result<AgreementResult> compute(const QStringList &coders, const QList<qint64> &codeIds = {},
                                    bool withDisagreementText = true);

private:
    Project &m_project;
};

} // namespace marginalia
