#include "analysis/AgreementSample.h"

#include "project/DocumentStore.h"
#include "project/Project.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace marginalia {

Result<AgreementSample> AgreementSampler::draw(double share, const QString &attribute, quint64 seed)
{
    if (!(share > 0 && share <= 1))
        return failure(QStringLiteral("the share of documents to draw must be more than 0 and at most 100 %"));
    Database &db = m_project.database();
    AgreementSample sample;
    sample.attribute = attribute.trimmed();
    sample.share = share;
    sample.seed = seed;
    qint64 attributeId = 0;
    if (!sample.attribute.isEmpty()) {
        auto find = db.prepare("SELECT id FROM attributes WHERE name = ?1");
        if (!find)
            return failure(find.error());
        find->bind(1, sample.attribute);
        if (!find->step())
            return failure(find->failed() ? find->error()
                                          : QStringLiteral("%1 has no document attribute named '%2'")
                                                .arg(m_project.fileName(), sample.attribute));
        attributeId = find->int64(0);
    }
    // Every document with its stratum, in name order (the order the shuffle starts from).
    auto documents = db.prepare("SELECT d.id, d.name, ifnull(CAST(a.value AS TEXT), '') FROM documents d"
                                " LEFT JOIN document_attributes a ON a.document_id = d.id AND a.attribute_id = ?1"
                                " ORDER BY d.name, d.id");
    if (!documents)
        return failure(documents.error());
    documents->bind(1, attributeId);
    struct Member
    {
        qint64 id;
        QString name;
    };
    QMap<QString, QList<Member>> strata;
    while (documents->step())
        strata[documents->text(2)].append({documents->int64(0), documents->text(1)});
    if (documents->failed())
        return failure(documents->error());
    if (strata.isEmpty())
        return failure(QStringLiteral("%1 has no documents to draw from").arg(m_project.fileName()));

    QStringList order = strata.keys();   // sorted; the documents without a value last
    if (order.removeOne(QString()))
        order.append(QString());
    BootstrapRandom random(seed);
    for (const QString &value : order) {
        QList<Member> members = strata.value(value);
        const qsizetype n = members.size();
        const qsizetype k = std::clamp<qsizetype>(std::llround(share * static_cast<double>(n)), 1, n);
        // Partial Fisher–Yates: the first k places get a uniform draw among the places not yet taken.
        for (qsizetype i = 0; i < k; ++i) {
            const qsizetype j = i + static_cast<qsizetype>(random.below(static_cast<quint64>(n - i)));
            std::swap(members[i], members[j]);
        }
        QList<Member> drawn = members.mid(0, k);
        std::sort(drawn.begin(), drawn.end(), [](const Member &a, const Member &b) {
            return a.name != b.name ? a.name < b.name : a.id < b.id;
        });
        AgreementSampleStratum stratum;
        stratum.value = value;
        stratum.documents = n;
        for (const Member &m : drawn) {
            stratum.drawnIds.append(m.id);
            stratum.drawn.append(m.name);
        }
        sample.strata.append(stratum);
    }
    QList<std::pair<QString, qint64>> all;
    for (const AgreementSampleStratum &stratum : sample.strata) {
        for (qsizetype i = 0; i < stratum.drawn.size(); ++i)
            all.append({stratum.drawn[i], stratum.drawnIds[i]});
    }
    std::sort(all.begin(), all.end());
    for (const auto &[name, id] : all) {
        sample.documents.append(name);
        sample.documentIds.append(id);
    }
    return sample;
}

Result<void> AgreementSampler::save(const AgreementSample &sample, const QString &name)
{
    const QString setName = name.trimmed();
    if (setName.isEmpty())
        return failure(QStringLiteral("the sample needs a name"));
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto exists = db.prepare("SELECT 1 FROM attributes WHERE name = ?1");
    if (!exists)
        return failure(exists.error());
    exists->bind(1, setName);
    if (exists->step())
        return failure(QStringLiteral("%1 already has an attribute named '%2'; choose another name for the sample")
                           .arg(m_project.fileName(), setName));
    if (exists->failed())
        return failure(exists->error());
    DocumentStore store(m_project);
    if (auto defined = store.defineAttribute(setName, QStringLiteral("boolean")); !defined)
        return failure(defined.error());
    for (qint64 id : sample.documentIds) {
        if (auto ok = store.setAttribute(id, setName, QStringLiteral("true")); !ok)
            return ok;
    }
    return transaction->commit();
}

Result<QStringList> AgreementSampler::sets()
{
    auto definitions = DocumentStore(m_project).attributeDefinitions();
    if (!definitions)
        return failure(definitions.error());
    QStringList names;
    for (const AttributeDefinition &definition : *definitions) {
        if (definition.type == u"boolean")
            names.append(definition.name);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

Result<QList<qint64>> AgreementSampler::members(const QString &name)
{
    auto names = sets();
    if (!names)
        return failure(names.error());
    if (!names->contains(name))
        return failure(QStringLiteral("%1 has no set named '%2' (a yes/no document attribute)").arg(m_project.fileName(), name));
    auto documents = DocumentStore(m_project).list(DocumentStore::CodingCount::Skipped);
    if (!documents)
        return failure(documents.error());
    std::sort(documents->begin(), documents->end(), [](const DocumentInfo &a, const DocumentInfo &b) {
        return std::tie(a.name, a.id) < std::tie(b.name, b.id);
    });
    QList<qint64> ids;
    for (const DocumentInfo &document : *documents) {
        if (document.attributes.value(name) == u"true")
            ids.append(document.id);
    }
    return ids;
}

} // namespace marginalia
