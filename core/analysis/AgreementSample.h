#pragma once

#include "analysis/KrippendorffBootstrap.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace marginalia {

class Project;

// The documents drawn for double coding, by stratum.
struct AgreementSampleStratum
{
    QString value;            // the attribute's value; "" for documents without one
    qint64 documents = 0;     // in the project
    QList<qint64> drawnIds;   // drawn, in name order
    QStringList drawn;
};

struct AgreementSample
{
    QString attribute;        // stratified by; empty: not stratified
    double share = 0.2;
    quint64 seed = kDefaultBootstrapSeed;
    QList<AgreementSampleStratum> strata;   // by value, "" last
    QList<qint64> documentIds;              // every drawn document, in name order
    QStringList documents;
};

// Draws a share of the project's documents for independent double coding (O'Connor & Joffe 2020 suggest 10–25 %),
// stratified by an attribute so every site (say) is represented: in each stratum round(share × n) documents, at least
// one, drawn without replacement by a partial Fisher–Yates shuffle of the stratum's documents in name order, with
// BootstrapRandom (std::mt19937_64 and our own mapping), one stream over the strata in order of value, so a seed
// gives the same sample on every platform.
class AgreementSampler
{
public:
    explicit AgreementSampler(Project &project) : m_project(project) {}

    // attribute empty: no strata. An attribute the project does not have is refused.
    Result<AgreementSample> draw(double share, const QString &attribute, quint64 seed = kDefaultBootstrapSeed);
    // Saves the sample as a named set: a boolean attribute of that name, true on the drawn documents (journaled as
    // every attribute change is). A name already used by an attribute is refused.
    Result<void> save(const AgreementSample &sample, const QString &name);
    // The named sets: the project's yes/no (boolean) attributes, by name.
    Result<QStringList> sets();
    // The documents of a named set (its attribute true), in name order. An unknown or non-boolean name is refused.
    Result<QList<qint64>> members(const QString &name);

private:
    Project &m_project;
};

} // namespace marginalia
