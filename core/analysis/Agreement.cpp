#include "analysis/Agreement.h"

#include "project/Codebook.h"
#include "project/Project.h"
#include "text/TextIndex.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <bit>
#include <string>
#include <vector>

namespace marginalia {

AgreementTally::AgreementTally(int coders) : coderCount(coders), byYesCount(coders + 1, 0), yes(coders, 0) {}

void AgreementTally::add(quint32 mask, qint64 count)
{
    if (count <= 0)
        return;
    units += count;
    byYesCount[std::popcount(mask)] += count;
    for (int i = 0; i < coderCount; ++i) {
        if (mask & (1u << i))
            yes[i] += count;
    }
    if (coderCount == 2) {
        if (mask == 1u)
            onlyFirst += count;
        else if (mask == 2u)
            onlySecond += count;
    }
}

AgreementMeasures AgreementTally::measures() const
{
    AgreementMeasures m;
    m.units = units;
    m.yes = yes;
    if (units == 0)
        return m;
    const double n = static_cast<double>(units);
    const qint64 agreed = byYesCount.first() + byYesCount.last();
    m.percentAgreement = 100.0 * static_cast<double>(agreed) / n;
    if (coderCount == 2) {
        // Textbook Cohen's kappa over every character compared: Pe = pA·pB + (1 − pA)(1 − pB).
        const double po = static_cast<double>(agreed) / n;
        const double pa = static_cast<double>(yes[0]) / n;
        const double pb = static_cast<double>(yes[1]) / n;
        const double pe = pa * pb + (1.0 - pa) * (1.0 - pb);
        // 1 − Pe = 0 exactly when both coders said yes to everything or both to nothing.
        const bool undefined = (yes[0] == 0 && yes[1] == 0) || (yes[0] == units && yes[1] == units);
        if (!undefined)
            m.cohenKappa = (po - pe) / (1.0 - pe);
    }
    // Krippendorff's alpha, nominal, no missing values: coincidences within a unit coded yes by k of m coders are
    // o(yes,no) = o(no,yes) += k(m − k)/(m − 1); alpha = 1 − Do/De = 1 − (n − 1)·o(yes,no) / (n_yes·n_no),
    // with n = m·units pairable values.
    const int coders = coderCount;
    double disagreeing = 0;
    for (int k = 1; k < coders; ++k)
        disagreeing += static_cast<double>(byYesCount[k]) * k * (coders - k) / (coders - 1);
    double valuesYes = 0;
    for (qint64 y : yes)
        valuesYes += static_cast<double>(y);
    const double values = n * coders;
    const double valuesNo = values - valuesYes;
    if (valuesYes > 0 && valuesNo > 0)
        m.krippendorffAlpha = 1.0 - (values - 1.0) * disagreeing / (valuesYes * valuesNo);
    return m;
}

QStringList AgreementResult::definitions()
{
    return {
        QStringLiteral("documents compared: the documents in which every coder has at least one coding (of any code)"),
        QStringLiteral("character level: every character (code point) of the compared documents is a unit, for each "
                       "code; a coder coded it yes if any of the coder's codings of the code covers it"),
        QStringLiteral("document level: every compared document is a unit, for each code; yes if the coder applied "
                       "the code anywhere in the document"),
        QStringLiteral("percent_agreement: units on which all coders agree (all yes or all no), as a percentage"),
        QStringLiteral("cohen_kappa (two coders): (Po - Pe) / (1 - Pe), Po the observed agreement, "
                       "Pe = P(A yes)·P(B yes) + P(A no)·P(B no) over every unit compared; null when Pe = 1"),
        QStringLiteral("krippendorff_alpha (nominal, two or more coders, no missing values): 1 - Do/De from the "
                       "coincidence matrix, = 1 - (n - 1)·o(yes,no) / (n_yes·n_no); null when no value or every value "
                       "is yes (De = 0)"),
        QStringLiteral("overall: the units of all codes pooled"),
        QStringLiteral("disagreements: maximal runs of characters coded with the code by some coders and not by others"),
    };
}

Result<AgreementResult> Agreement::compute(const QStringList &coders, const QList<qint64> &codeIds,
                                           bool withDisagreementText)
{
    Database &db = m_project.database();
    AgreementResult result;
    result.coders = coders;
    const int m = static_cast<int>(coders.size());
    if (m < 2)
        return failure(QStringLiteral("agreement needs at least two coders"));
    if (m > 31)
        return failure(QStringLiteral("agreement handles at most 31 coders"));

    QList<qint64> coderIds;
    QHash<qint64, int> coderIndex;
    {
        auto stmt = db.prepare("SELECT id FROM coders WHERE name = ?1");
        if (!stmt)
            return failure(stmt.error());
        for (const QString &name : coders) {
            stmt->reset();
            stmt->bind(1, name);
            if (!stmt->step())
                return failure(stmt->failed() ? stmt->error()
                                              : QStringLiteral("%1 has no coder named '%2'").arg(m_project.fileName(), name));
            if (coderIndex.contains(stmt->int64(0)))
                return failure(QStringLiteral("the coder '%1' is named twice").arg(name));
            coderIndex.insert(stmt->int64(0), static_cast<int>(coderIds.size()));
            coderIds.append(stmt->int64(0));
        }
    }
    std::string coderList;
    for (int i = 0; i < m; ++i)
        coderList += (i ? ", ?" : "?") + std::to_string(i + 2);
    std::string codeList;
    for (qsizetype i = 0; i < codeIds.size(); ++i)
        codeList += (i ? ", ?" : "?") + std::to_string(m + 2 + i);
    auto bindIds = [&](Statement &stmt, bool withCodes) {
        stmt.bind(1, static_cast<qint64>(m));
        for (int i = 0; i < m; ++i)
            stmt.bind(i + 2, coderIds[i]);
        for (qsizetype i = 0; withCodes && i < codeIds.size(); ++i)
            stmt.bind(static_cast<int>(m + 2 + i), codeIds[i]);
    };
    const std::string compared = "compared(id) AS (SELECT c.document_id FROM codings c WHERE c.coder_id IN (" + coderList
                                 + ") GROUP BY c.document_id HAVING count(DISTINCT c.coder_id) = ?1)";

    auto documents = db.prepare("WITH " + compared
                                + " SELECT d.id, d.name, d.length FROM documents d JOIN compared ON compared.id = d.id"
                                  " ORDER BY d.name, d.id");
    if (!documents)
        return failure(documents.error());
    bindIds(*documents, false);
    QHash<qint64, QString> documentNames;
    while (documents->step()) {
        result.documentIds.append(documents->int64(0));
        result.documents.append(documents->text(1));
        documentNames.insert(documents->int64(0), documents->text(1));
        result.comparedCharacters += documents->int64(2);
    }
    if (documents->failed())
        return failure(documents->error());
    const qint64 documentCount = result.documentIds.size();

    // Every coding of the coders in the compared documents, grouped by code and document.
    auto codings = db.prepare("WITH " + compared
                              + " SELECT c.code_id, c.document_id, c.coder_id, c.start, c.end FROM codings c"
                                " WHERE c.document_id IN (SELECT id FROM compared) AND c.coder_id IN (" + coderList + ")"
                              + (codeIds.isEmpty() ? std::string() : " AND c.code_id IN (" + codeList + ")")
                              + " ORDER BY c.code_id, c.document_id");
    if (!codings)
        return failure(codings.error());
    bindIds(*codings, true);

    Codebook codebook(m_project);
    auto codes = codebook.codes();
    if (!codes)
        return failure(codes.error());
    QHash<qint64, qsizetype> codeOrder;
    for (const Code &code : *codes)
        codeOrder.insert(code.id, codeOrder.size());

    struct PerCode
    {
        AgreementTally characters;
        AgreementTally documents;
        qint64 coveredCharacters = 0;
        qint64 documentsSeen = 0;
    };
    QHash<qint64, PerCode> perCode;
    for (qint64 id : codeIds)
        perCode.insert(id, PerCode{AgreementTally(m), AgreementTally(m)});

    struct Event
    {
        qint64 position;
        int coder;
        int delta;
    };
    std::vector<Event> events;
    const quint32 everyone = (1u << m) - 1u;

    // Sweeps one (code, document): the boundaries in order, the coders covering each stretch between them.
    auto sweep = [&](qint64 codeId, qint64 documentId) {
        auto it = perCode.find(codeId);
        if (it == perCode.end())
            it = perCode.insert(codeId, PerCode{AgreementTally(m), AgreementTally(m)});
        PerCode &tallies = it.value();
        std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.position < b.position; });
        std::vector<int> depth(static_cast<size_t>(m), 0);
        quint32 applied = 0;
        quint32 mask = 0;
        qint64 previous = 0;
        qsizetype open = -1;   // the disagreement the current stretch may extend
        quint32 openMask = 0;
        for (size_t i = 0; i < events.size();) {
            const qint64 position = events[i].position;
            if (mask != 0 && position > previous) {
                tallies.characters.add(mask, position - previous);
                tallies.coveredCharacters += position - previous;
                if (mask != everyone) {
                    if (open >= 0 && openMask == mask && result.disagreements[open].end == previous) {
                        result.disagreements[open].end = position;
                    } else {
                        Disagreement d;
                        d.documentId = documentId;
                        d.document = documentNames.value(documentId);
                        d.codeId = codeId;
                        d.start = previous;
                        d.end = position;
                        for (int c = 0; c < m; ++c)
                            ((mask & (1u << c)) ? d.codedBy : d.notCodedBy).append(coders[c]);
                        open = result.disagreements.size();
                        openMask = mask;
                        result.disagreements.append(d);
                    }
                } else {
                    open = -1;
                }
            }
            // Apply every event at this position before measuring the next stretch.
            for (; i < events.size() && events[i].position == position; ++i) {
                int &d = depth[static_cast<size_t>(events[i].coder)];
                d += events[i].delta;
                applied |= 1u << events[i].coder;
            }
            mask = 0;
            for (int c = 0; c < m; ++c) {
                if (depth[static_cast<size_t>(c)] > 0)
                    mask |= 1u << c;
            }
            previous = position;
        }
        tallies.documents.add(applied, 1);
        ++tallies.documentsSeen;
        events.clear();
    };

    qint64 currentCode = -1;
    qint64 currentDocument = -1;
    while (codings->step()) {
        const qint64 codeId = codings->int64(0);
        const qint64 documentId = codings->int64(1);
        if ((codeId != currentCode || documentId != currentDocument) && currentCode >= 0)
            sweep(currentCode, currentDocument);
        currentCode = codeId;
        currentDocument = documentId;
        const int coder = coderIndex.value(codings->int64(2));
        events.push_back({codings->int64(3), coder, +1});
        events.push_back({codings->int64(4), coder, -1});
    }
    if (codings->failed())
        return failure(codings->error());
    if (currentCode >= 0)
        sweep(currentCode, currentDocument);

    QList<qint64> order = perCode.keys();
    std::sort(order.begin(), order.end(),
              [&](qint64 a, qint64 b) { return codeOrder.value(a, a) < codeOrder.value(b, b); });
    AgreementTally allCharacters(m);
    AgreementTally allDocuments(m);
    for (qint64 codeId : order) {
        PerCode &tallies = perCode[codeId];
        tallies.characters.add(0, result.comparedCharacters - tallies.coveredCharacters);
        tallies.documents.add(0, documentCount - tallies.documentsSeen);
        CodeAgreement entry;
        entry.codeId = codeId;
        const qsizetype index = codeOrder.value(codeId, -1);
        if (index >= 0) {
            entry.code = (*codes)[index].name;
            entry.path = (*codes)[index].path;
        }
        entry.characters = tallies.characters.measures();
        entry.documents = tallies.documents.measures();
        result.codes.append(entry);
        for (int k = 0; k <= m; ++k) {
            allCharacters.byYesCount[k] += tallies.characters.byYesCount[k];
            allDocuments.byYesCount[k] += tallies.documents.byYesCount[k];
        }
        for (int c = 0; c < m; ++c) {
            allCharacters.yes[c] += tallies.characters.yes[c];
            allDocuments.yes[c] += tallies.documents.yes[c];
        }
        allCharacters.units += tallies.characters.units;
        allDocuments.units += tallies.documents.units;
    }
    result.overallCharacters = allCharacters.measures();
    result.overallDocuments = allDocuments.measures();

    std::sort(result.disagreements.begin(), result.disagreements.end(), [&](const Disagreement &a, const Disagreement &b) {
        if (a.document != b.document)
            return a.document < b.document;
        if (a.documentId != b.documentId)
            return a.documentId < b.documentId;
        if (a.start != b.start)
            return a.start < b.start;
        return codeOrder.value(a.codeId) < codeOrder.value(b.codeId);
    });
    // The text of each disagreement, cut from its document's text loaded once (positions through TextIndex).
    auto text = db.prepare("SELECT text FROM documents WHERE id = ?1");
    if (!text)
        return failure(text.error());
    qint64 loaded = -1;
    QString documentText;
    TextIndex index;
    for (Disagreement &d : result.disagreements) {
        const qsizetype codeIndex = codeOrder.value(d.codeId, -1);
        if (codeIndex >= 0)
            d.codePath = (*codes)[codeIndex].path;
        if (!withDisagreementText)
            continue;
        if (d.documentId != loaded) {
            text->reset();
            text->bind(1, d.documentId);
            if (!text->step())
                return failure(text->failed() ? text->error() : QStringLiteral("document %1 vanished").arg(d.documentId));
            documentText = text->text(0);
            index = TextIndex(documentText);
            loaded = d.documentId;
        }
        const qsizetype from = index.toUtf16(d.start);
        d.text = documentText.mid(from, index.toUtf16(d.end) - from);
    }
    return result;
}

} // namespace marginalia
