#include "analysis/Adjudication.h"

#include "common/JsonText.h"
#include "project/CodingStore.h"
#include "project/Database.h"
#include "project/Project.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>

namespace marginalia {

namespace {

constexpr const char *kBaselineKey = "adjudication_baseline";
constexpr const char *kNeitherKey = "adjudication_neither";

bool overlaps(TextSpan a, TextSpan b)
{
    return a.start < b.end && b.start < a.end;
}

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalFrom(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

} // namespace

struct Adjudication::Cluster
{
    AdjudicationItem item;
    bool agreed = false;   // both coders' spans cover the same characters
};

Adjudication::Adjudication(Project &project, const QString &coderA, const QString &coderB, const QString &consensus)
    : m_project(project)
    , m_coderA(coderA.trimmed())
    , m_coderB(coderB.trimmed())
    , m_consensus(consensus.trimmed())
{
}

QList<TextSpan> Adjudication::merged(QList<TextSpan> spans)
{
    std::sort(spans.begin(), spans.end(), [](TextSpan a, TextSpan b) { return std::tie(a.start, a.end) < std::tie(b.start, b.end); });
    QList<TextSpan> result;
    for (const TextSpan &span : spans) {
        if (!result.isEmpty() && span.start <= result.last().end)
            result.last().end = std::max(result.last().end, span.end);
        else
            result.append(span);
    }
    return result;
}

AdjudicationStatus Adjudication::statusOf(const AdjudicationItem &item)
{
    const QList<TextSpan> consensus = merged(item.consensus);
    if (consensus.isEmpty())
        return AdjudicationStatus::Open;
    if (consensus == merged(item.spansA))
        return AdjudicationStatus::CoderA;
    if (consensus == merged(item.spansB))
        return AdjudicationStatus::CoderB;
    if (consensus == merged(item.spansA + item.spansB))
        return AdjudicationStatus::Both;
    return AdjudicationStatus::Edited;
}

QString adjudicationCancelledMessage()
{
    return QStringLiteral("reading the disagreements was cancelled");
}

Result<void> Adjudication::forEachCluster(const QList<qint64> &documentIds, const Progress &progress,
                                          const std::function<void(Cluster &&)> &take)
{
    if (m_coderA.isEmpty() || m_coderB.isEmpty() || m_consensus.isEmpty())
        return failure(QStringLiteral("adjudication needs two coders and a consensus coder"));
    if (m_coderA == m_coderB)
        return failure(QStringLiteral("adjudication needs two different coders ('%1' is named twice)").arg(m_coderA));
    if (m_consensus == m_coderA || m_consensus == m_coderB)
        return failure(QStringLiteral("the consensus coder must be another coder than '%1' and '%2'")
                           .arg(m_coderA, m_coderB));
    auto known = m_project.coderNames();
    if (!known)
        return failure(known.error());
    for (const QString &coder : {m_coderA, m_coderB}) {
        if (!known->contains(coder))
            return failure(QStringLiteral("%1 has no coder named '%2'").arg(m_project.fileName(), coder));
    }
    auto neither = neitherDecided();
    if (!neither)
        return failure(neither.error());
    CodingFilter filter;
    filter.coders = {m_coderA, m_coderB};
    if (known->contains(m_consensus))
        filter.coders.append(m_consensus);
    filter.documentIds = documentIds;
    filter.withText = false;

    // The codings come ordered by document, so each document's are clustered as soon as the next document begins:
    // only one document's codings are held (a million codings held at once took 800 MB).
    // Per (code path, code): each coder's spans.
    struct Spans
    {
        QString codePath;
        QList<TextSpan> a, b, consensus;
    };
    std::map<std::pair<QString, qint64>, Spans> groups;
    qint64 currentDocument = -1;
    QString currentName;
    bool hasA = false;
    bool hasB = false;
    const auto flush = [&] {
        // Only documents both coders coded (at least one coding each) are compared.
        if (hasA && hasB) {
            for (auto &[key, spans] : groups) {
                // The two coders' codings by start; a coding joins the cluster it overlaps, else starts one.
                QList<std::pair<TextSpan, bool>> all;   // span, is coder A's
                for (const TextSpan &span : spans.a)
                    all.append({span, true});
                for (const TextSpan &span : spans.b)
                    all.append({span, false});
                std::sort(all.begin(), all.end(), [](const auto &x, const auto &y) {
                    return std::tie(x.first.start, x.first.end, x.second) < std::tie(y.first.start, y.first.end, y.second);
                });
                for (qsizetype i = 0; i < all.size();) {
                    Cluster cluster;
                    AdjudicationItem &item = cluster.item;
                    item.documentId = currentDocument;
                    item.document = currentName;
                    item.codeId = key.second;
                    item.codePath = spans.codePath;
                    item.extent = all[i].first;
                    for (; i < all.size() && all[i].first.start < item.extent.end; ++i) {
                        item.extent.end = std::max(item.extent.end, all[i].first.end);
                        (all[i].second ? item.spansA : item.spansB).append(all[i].first);
                    }
                    for (const TextSpan &span : spans.consensus) {
                        if (overlaps(span, item.extent))
                            item.consensus.append(span);
                    }
                    cluster.agreed = merged(item.spansA) == merged(item.spansB);
                    item.status = statusOf(item);
                    if (item.status == AdjudicationStatus::Open && neither->contains(neitherKey(item)))
                        item.status = AdjudicationStatus::Neither;
                    take(std::move(cluster));
                }
            }
        }
        groups.clear();
        hasA = hasB = false;
    };
    qint64 read = 0;
    bool stopped = false;
    auto done = CodingStore(m_project).forEachSegment(filter, [&](const CodedSegment &coding) {
        if (stopped)
            return;
        if (coding.documentId != currentDocument) {
            flush();
            currentDocument = coding.documentId;
            currentName = coding.document;
        }
        Spans &spans = groups[{coding.codePath, coding.codeId}];
        spans.codePath = coding.codePath;
        const TextSpan span{coding.start, coding.end};
        if (coding.coder == m_coderA) {
            spans.a.append(span);
            hasA = true;
        } else if (coding.coder == m_coderB) {
            spans.b.append(span);
            hasB = true;
        } else {
            spans.consensus.append(span);
        }
        if (progress && ++read % 4096 == 0 && !progress(read))
            stopped = true;
    });
    if (!done)
        return failure(done.error());
    if (stopped || (progress && !progress(read)))
        return failure(adjudicationCancelledMessage());
    flush();
    return {};
}

Result<QList<AdjudicationItem>> Adjudication::items(const QList<qint64> &documentIds, const Progress &progress)
{
    QList<AdjudicationItem> items;
    auto done = forEachCluster(documentIds, progress, [&](Cluster &&cluster) {
        if (!cluster.agreed)
            items.append(std::move(cluster.item));
    });
    if (!done)
        return failure(done.error());
    // By document name (then id), each document's in code path order: the order the list is numbered by.
    std::stable_sort(items.begin(), items.end(), [](const AdjudicationItem &x, const AdjudicationItem &y) {
        return std::tie(x.document, x.documentId) < std::tie(y.document, y.documentId);
    });
    return items;
}

Result<void> Adjudication::replaceConsensus(qint64 documentId, qint64 codeId, TextSpan extent,
                                            const QList<TextSpan> &spans)
{
    CodingFilter filter;
    filter.coders = {m_consensus};
    filter.documentIds = {documentId};
    filter.codeIds = {codeId};
    filter.withText = false;
    CodingStore store(m_project);
    auto known = m_project.coderNames();
    if (!known)
        return failure(known.error());
    if (known->contains(m_consensus)) {
        auto existing = store.segments(filter);
        if (!existing)
            return failure(existing.error());
        for (const CodedSegment &coding : *existing) {
            if (overlaps({coding.start, coding.end}, extent)) {
                if (auto removed = store.remove(coding.id); !removed)
                    return removed;
            }
        }
    }
    for (const TextSpan &span : merged(spans)) {
        NewCoding coding;
        coding.documentId = documentId;
        coding.codeId = codeId;
        coding.start = span.start;
        coding.end = span.end;
        coding.coder = m_consensus;
        if (auto added = store.add(coding); !added)
            return failure(added.error());
    }
    return {};
}

Result<void> Adjudication::decide(const AdjudicationItem &item, AdjudicationChoice choice, TextSpan edited)
{
    QList<TextSpan> spans;
    switch (choice) {
    case AdjudicationChoice::CoderA: spans = item.spansA; break;
    case AdjudicationChoice::CoderB: spans = item.spansB; break;
    case AdjudicationChoice::Both: spans = item.spansA + item.spansB; break;
    case AdjudicationChoice::Neither: break;
    case AdjudicationChoice::Edited:
        if (edited.isEmpty())
            return failure(QStringLiteral("the edited span is empty"));
        spans = {edited};   // CodingStore::add refuses a span outside the document
        break;
    }
    auto transaction = Transaction::begin(m_project.database());
    if (!transaction)
        return failure(transaction.error());
    // The consensus codings to replace: those overlapping the item, and for an edited span also those it overlaps.
    TextSpan extent = item.extent;
    if (choice == AdjudicationChoice::Edited)
        extent = {std::min(extent.start, edited.start), std::max(extent.end, edited.end)};
    if (auto ok = replaceConsensus(item.documentId, item.codeId, extent, spans); !ok)
        return ok;
    auto neither = neitherDecided();
    if (!neither)
        return failure(neither.error());
    const QString key = neitherKey(item);
    if ((choice == AdjudicationChoice::Neither) != neither->contains(key)) {
        if (choice == AdjudicationChoice::Neither)
            neither->insert(key);
        else
            neither->remove(key);
        if (auto ok = setNeitherDecided(*neither); !ok)
            return ok;
    }
    return transaction->commit();
}

QString Adjudication::neitherKey(const AdjudicationItem &item) const
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(item.documentId)
        .arg(item.codeId)
        .arg(item.extent.start)
        .arg(item.extent.end);
}

// project_info "adjudication_neither": {"<consensus coder>": ["<document id> <code id> <start> <end>", ...], ...}.
// A value that is not such an object (a damaged or crafted file) counts as no decision.
Result<QJsonObject> Adjudication::neitherRecord()
{
    auto stmt = m_project.database().prepare("SELECT value FROM project_info WHERE key = ?1");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, QString::fromLatin1(kNeitherKey));
    if (stmt->step())
        return JsonText::parse(stmt->text(0).toUtf8()).object();
    if (stmt->failed())
        return failure(stmt->error());
    return QJsonObject();
}

Result<QSet<QString>> Adjudication::neitherDecided()
{
    auto record = neitherRecord();
    if (!record)
        return failure(record.error());
    QSet<QString> keys;
    for (const QJsonValue &key : record->value(m_consensus).toArray())
        keys.insert(key.toString());
    return keys;
}

Result<void> Adjudication::setNeitherDecided(const QSet<QString> &keys)
{
    auto record = neitherRecord();   // the other consensus coders' decisions are kept
    if (!record)
        return failure(record.error());
    QJsonObject object = *record;
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    if (sorted.isEmpty())
        object.remove(m_consensus);
    else
        object.insert(m_consensus, QJsonArray::fromStringList(sorted));
    auto store = object.isEmpty()
        ? m_project.database().prepare("DELETE FROM project_info WHERE key = ?1")
        : m_project.database().prepare("INSERT OR REPLACE INTO project_info(key, value) VALUES (?1, ?2)");
    if (!store)
        return failure(store.error());
    store->bind(1, QString::fromLatin1(kNeitherKey));
    if (!object.isEmpty())
        store->bind(2, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    return store->run();
}

Result<qint64> Adjudication::start(const QList<qint64> &documentIds)
{
    // The agreed clusters the consensus coder has nothing on yet: copied to the consensus below.
    QList<Cluster> agreed;
    auto found = forEachCluster(documentIds, {}, [&](Cluster &&cluster) {
        if (cluster.agreed && cluster.item.consensus.isEmpty())
            agreed.append(std::move(cluster));
    });
    if (!found)
        return failure(found.error());
    auto transaction = Transaction::begin(m_project.database());
    if (!transaction)
        return failure(transaction.error());
    qint64 copied = 0;
    for (const Cluster &cluster : agreed) {
        if (auto ok = replaceConsensus(cluster.item.documentId, cluster.item.codeId, cluster.item.extent,
                                       cluster.item.spansA);
            !ok)
            return failure(ok.error());
        copied += merged(cluster.item.spansA).size();
    }
    auto saved = baseline();
    if (!saved)
        return failure(saved.error());
    const QStringList coders{m_coderA, m_coderB};
    if (!*saved || (*saved)->coders != coders || (*saved)->consensus != m_consensus) {
        AgreementOptions options;
        options.documentIds = documentIds;
        options.unitizing = false;
        options.withDisagreementText = false;
        options.onDisagreement = [](const Disagreement &) {};
        auto before = Agreement(m_project).compute(coders, {}, options);
        if (!before)
            return failure(before.error());
        const QJsonObject value{
            {QStringLiteral("coders"), QJsonArray::fromStringList(coders)},
            {QStringLiteral("consensus"), m_consensus},
            {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("unit"), agreementUnitName(before->unit)},
            {QStringLiteral("documents"), before->documents.size()},
            {QStringLiteral("percent_agreement"), before->overall.percentAgreement},
            {QStringLiteral("cohen_kappa"), optionalJson(before->overall.cohenKappa)},
            {QStringLiteral("krippendorff_alpha"), optionalJson(before->overall.krippendorffAlpha)},
            {QStringLiteral("methods"), agreementMethodsText(*before)}};
        auto store = m_project.database().prepare("INSERT OR REPLACE INTO project_info(key, value) VALUES (?1, ?2)");
        if (!store)
            return failure(store.error());
        store->bind(1, QString::fromLatin1(kBaselineKey));
        store->bind(2, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
        if (auto ok = store->run(); !ok)
            return failure(ok.error());
        if (auto ok = m_project.journal(QStringLiteral("start adjudication"),
                                        {{QStringLiteral("coders"), QJsonArray::fromStringList(coders)},
                                         {QStringLiteral("consensus"), m_consensus},
                                         {QStringLiteral("copied"), copied}});
            !ok)
            return failure(ok.error());
    }
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());
    return copied;
}

Result<std::optional<AdjudicationBaseline>> Adjudication::baseline()
{
    auto stmt = m_project.database().prepare("SELECT value FROM project_info WHERE key = ?1");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, QString::fromLatin1(kBaselineKey));
    if (!stmt->step()) {
        if (stmt->failed())
            return failure(stmt->error());
        return std::optional<AdjudicationBaseline>();
    }
    const QJsonObject object = JsonText::parse(stmt->text(0).toUtf8()).object();
    AdjudicationBaseline saved;
    for (const QJsonValue &coder : object.value(QStringLiteral("coders")).toArray())
        saved.coders.append(coder.toString());
    saved.consensus = object.value(QStringLiteral("consensus")).toString();
    saved.savedAt = object.value(QStringLiteral("saved_at")).toString();
    saved.documents = object.value(QStringLiteral("documents")).toInteger();
    saved.percentAgreement = object.value(QStringLiteral("percent_agreement")).toDouble();
    saved.cohenKappa = optionalFrom(object.value(QStringLiteral("cohen_kappa")));
    saved.krippendorffAlpha = optionalFrom(object.value(QStringLiteral("krippendorff_alpha")));
    saved.methods = object.value(QStringLiteral("methods")).toString();
    return std::optional<AdjudicationBaseline>(saved);
}

} // namespace marginalia
