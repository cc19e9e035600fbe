#include "analysis/Agreement.h"

#include "analysis/AgreementUnits.h"
#include "analysis/UnitizingAlpha.h"
#include "project/Codebook.h"
#include "project/Project.h"
#include "text/Segmenter.h"
#include "text/TextIndex.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace marginalia {

namespace {

// Per code, everything gathered over the documents.
struct CodeState
{
    explicit CodeState(int coders)
        : characters(coders), documents(coders), chosen(coders), unitizing(coders)
    {
    }
    ReliabilitySums characters;
    ReliabilitySums documents;
    ReliabilitySums chosen;
    qint64 presentCharacters = 0;   // length of the documents in which the code was applied
    qint64 presentDocuments = 0;
    qint64 presentUnits = 0;        // units of the chosen unit in those documents
    struct Block
    {
        qsizetype document;         // index into the compared documents
        ReliabilitySums sums;       // the code's units of the chosen unit in that document
    };
    std::vector<Block> blocks;      // only documents where the code was applied; elsewhere every unit is "no"
    // For resampling units: the units some coder coded (index among all units of the compared documents, mask), or
    // at the segment unit every segment's mask.
    std::vector<std::pair<qint64, quint32>> codedUnits;
    std::vector<quint32> segments;
    UnitizingAlpha unitizing;
};

// The percentile bootstrap of every statistic, per code and pooled, every one from the same draws.
// drawDone is called after each draw; once it returns false the remaining draws are skipped (the result is then
// discarded by the caller).
bool bootstrap(AgreementResult &result, const std::vector<std::unique_ptr<CodeState>> &states,
               const std::vector<qint64> &unitsOfDocument, qint64 totalUnits, const std::function<bool(int)> &drawDone)
{
    bool going = true;
    int drawn = 0;
    const auto nextDraw = [&] {
        going = going && (!drawDone || drawDone(++drawn));
        return going;
    };
    const int m = static_cast<int>(result.coders.size());
    std::vector<BootstrapCollector> perCode(states.size());
    BootstrapCollector overall;
    const auto finish = [&] {
        for (size_t c = 0; c < perCode.size(); ++c)
            result.codes[static_cast<qsizetype>(c)].measures.bootstrap = perCode[c].estimate();
        result.overall.bootstrap = overall.estimate();
    };
    if (result.resampling == BootstrapResampling::Documents) {
        // Whole documents: a code's sums in a drawn document are added as often as it was drawn; the documents
        // where the code was not applied add their units as "no" for everyone.
        resampleBlocks(static_cast<qsizetype>(unitsOfDocument.size()), result.bootstrapDraws, result.seed,
                       [&](std::span<const quint32> multiplicity) {
            if (!going)
                return;
            double drawnUnits = 0;
            for (size_t d = 0; d < multiplicity.size(); ++d)
                drawnUnits += static_cast<double>(multiplicity[d]) * static_cast<double>(unitsOfDocument[d]);
            ReliabilitySums all(m);
            for (size_t c = 0; c < states.size(); ++c) {
                ReliabilitySums sample(m);
                double presentUnits = 0;
                for (const CodeState::Block &block : states[c]->blocks) {
                    const quint32 times = multiplicity[static_cast<size_t>(block.document)];
                    if (times == 0)
                        continue;
                    sample.add(block.sums, times);
                    presentUnits += static_cast<double>(times) * static_cast<double>(unitsOfDocument[static_cast<size_t>(block.document)]);
                }
                sample.addBinary(0, drawnUnits - presentUnits);
                perCode[c].add(sample.statistics());
                all.add(sample);
            }
            overall.add(all.statistics());
            nextDraw();
        });
        finish();
        return going;
    }
    if (result.unit != AgreementUnit::Segment) {
        // Units shared by every code (sentences, paragraphs, documents): a draw picks as many units as there are;
        // a code's resampled sums are its coded units times their multiplicity, the rest "no" for everyone.
        // Each code's coded units by mask slot, so a draw only counts how often each mask was drawn and adds each
        // mask once (a unit's sums depend on its mask alone).
        struct Slotted
        {
            std::vector<quint32> masks;                        // the distinct masks
            std::vector<std::pair<qint64, quint32>> units;     // unit index, slot
        };
        std::vector<Slotted> slotted(states.size());
        for (size_t c = 0; c < states.size(); ++c) {
            QHash<quint32, quint32> slotOf;
            for (const auto &[index, mask] : states[c]->codedUnits) {
                auto it = slotOf.find(mask);
                if (it == slotOf.end()) {
                    it = slotOf.insert(mask, static_cast<quint32>(slotted[c].masks.size()));
                    slotted[c].masks.push_back(mask);
                }
                slotted[c].units.emplace_back(index, it.value());
            }
        }
        std::vector<double> counts;
        resampleBlocks(totalUnits, result.bootstrapDraws, result.seed, [&](std::span<const quint32> multiplicity) {
            if (!going)
                return;
            ReliabilitySums all(m);
            for (size_t c = 0; c < states.size(); ++c) {
                counts.assign(slotted[c].masks.size(), 0.0);
                for (const auto &[index, slot] : slotted[c].units)
                    counts[slot] += multiplicity[static_cast<size_t>(index)];
                ReliabilitySums sample(m);
                double coded = 0;
                for (size_t k = 0; k < counts.size(); ++k) {
                    sample.addBinary(slotted[c].masks[k], counts[k]);
                    coded += counts[k];
                }
                sample.addBinary(0, static_cast<double>(totalUnits) - coded);
                perCode[c].add(sample.statistics());
                all.add(sample);
            }
            overall.add(all.statistics());
            nextDraw();
        });
        finish();
        return going;
    }
    // Segments belong to one code each: a draw resamples each code's segments (as many as it has), and the pool adds
    // the codes' resampled segments (a bootstrap stratified by code). Masks are replaced by slots among the distinct
    // masks, so a draw only counts slots.
    QHash<quint32, quint32> slotOf;
    std::vector<quint32> masks;
    std::vector<std::vector<quint32>> perCodeSlots(states.size());
    for (size_t c = 0; c < states.size(); ++c) {
        for (quint32 mask : states[c]->segments) {
            auto it = slotOf.find(mask);
            if (it == slotOf.end()) {
                it = slotOf.insert(mask, static_cast<quint32>(masks.size()));
                masks.push_back(mask);
            }
            perCodeSlots[c].push_back(it.value());
        }
    }
    BootstrapRandom random(result.seed);
    std::vector<double> counts;
    for (int i = 0; i < result.bootstrapDraws; ++i) {
        ReliabilitySums all(m);
        for (size_t c = 0; c < states.size(); ++c) {
            const std::vector<quint32> &slots = perCodeSlots[c];
            counts.assign(masks.size(), 0.0);
            for (size_t k = 0; k < slots.size(); ++k)
                counts[slots[static_cast<size_t>(random.below(slots.size()))]] += 1;
            ReliabilitySums sample(m);
            for (size_t k = 0; k < counts.size(); ++k)
                sample.addBinary(masks[k], counts[k]);
            perCode[c].add(sample.statistics());
            all.add(sample);
        }
        overall.add(all.statistics());
        if (!nextDraw())
            return false;
    }
    finish();
    return true;
}

} // namespace

Result<AgreementResult> Agreement::compute(const QStringList &coders, const QList<qint64> &codeIds,
                                           bool withDisagreementText)
{
    AgreementOptions options;
    options.withDisagreementText = withDisagreementText;
    options.unitizing = false;
    return compute(coders, codeIds, options);
}

Result<AgreementResult> Agreement::compute(const QStringList &coders, const QList<qint64> &codeIds,
                                           const AgreementOptions &options)
{
    Database &db = m_project.database();
    AgreementResult result;
    result.coders = coders;
    result.unit = options.unit;
    result.overlapPercent = options.overlapPercent;
    result.bootstrapDraws = std::max(options.bootstrapDraws, 0);
    result.seed = options.seed;
    result.resampling = options.unit == AgreementUnit::Character ? BootstrapResampling::Documents
                                                                 : options.resampling.value_or(BootstrapResampling::Units);
    if (options.unit == AgreementUnit::Character && options.resampling == BootstrapResampling::Units)
        return failure(QStringLiteral("at the character unit the bootstrap resamples documents (characters are not "
                                      "independent units)"));
    const bool resampleUnits = result.bootstrapDraws > 0 && result.resampling == BootstrapResampling::Units;
    const int m = static_cast<int>(coders.size());
    if (m < 2)
        return failure(QStringLiteral("agreement needs at least two coders"));
    if (m > 31)
        return failure(QStringLiteral("agreement handles at most 31 coders"));
    if (!(options.overlapPercent > 0 && options.overlapPercent <= 100))
        return failure(QStringLiteral("the overlap for matching segments must be more than 0 and at most 100 %"));

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
    const std::string compared = "compared(id) AS (SELECT c.document_id FROM visible_codings c WHERE c.coder_id IN (" + coderList
                                 + ") GROUP BY c.document_id HAVING count(DISTINCT c.coder_id) = ?1)";
    const std::string codeFilter = codeIds.isEmpty() ? std::string() : " AND c.code_id IN (" + codeList + ")";

    QList<qint64> lengths;
    {
        auto documents = db.prepare("WITH " + compared
                                    + " SELECT d.id, d.name, d.length FROM documents d JOIN compared ON compared.id = d.id"
                                      " ORDER BY d.name, d.id");
        if (!documents)
            return failure(documents.error());
        bindIds(*documents, false);
        const QSet<qint64> only(options.documentIds.cbegin(), options.documentIds.cend());
        while (documents->step()) {
            if (!only.isEmpty() && !only.contains(documents->int64(0)))
                continue;
            result.documentIds.append(documents->int64(0));
            result.documents.append(documents->text(1));
            lengths.append(documents->int64(2));
            result.comparedCharacters += documents->int64(2);
        }
        if (documents->failed())
            return failure(documents->error());
    }
    const qsizetype documentCount = result.documentIds.size();

    // The codes compared, in codebook order: those asked for, or every code the coders applied in those documents.
    Codebook codebook(m_project);
    auto allCodes = codebook.codes();
    if (!allCodes)
        return failure(allCodes.error());
    QList<qint64> codeOrder;
    {
        QSet<qint64> applied;
        if (codeIds.isEmpty()) {
            auto used = db.prepare("WITH " + compared + " SELECT DISTINCT c.code_id FROM visible_codings c"
                                   " WHERE c.coder_id IN (" + coderList + ") AND c.document_id IN (SELECT id FROM compared)");
            if (!used)
                return failure(used.error());
            bindIds(*used, false);
            while (used->step())
                applied.insert(used->int64(0));
            if (used->failed())
                return failure(used->error());
        } else {
            applied = QSet<qint64>(codeIds.cbegin(), codeIds.cend());
        }
        for (const Code &code : *allCodes) {
            if (applied.remove(code.id))
                codeOrder.append(code.id);
        }
        QList<qint64> rest(applied.cbegin(), applied.cend());   // ids missing from the codebook, last
        std::sort(rest.begin(), rest.end());
        codeOrder += rest;
    }
    QHash<qint64, int> codeIndex;
    QHash<qint64, QString> codePaths;
    QHash<qint64, QString> codeNames;
    for (const Code &code : *allCodes) {
        codePaths.insert(code.id, code.path);
        codeNames.insert(code.id, code.name);
    }
    for (qsizetype i = 0; i < codeOrder.size(); ++i)
        codeIndex.insert(codeOrder[i], static_cast<int>(i));
    std::vector<std::unique_ptr<CodeState>> states;
    for (qsizetype i = 0; i < codeOrder.size(); ++i)
        states.push_back(std::make_unique<CodeState>(m));

    auto codings = db.prepare("SELECT c.code_id, c.coder_id, c.start, c.end FROM visible_codings c WHERE c.document_id = ?"
                              + std::to_string(m + 2 + codeIds.size()) + " AND c.coder_id IN (" + coderList + ")"
                              + codeFilter);
    if (!codings)
        return failure(codings.error());
    auto textQuery = db.prepare("SELECT text FROM documents WHERE id = ?1");
    if (!textQuery)
        return failure(textQuery.error());
    auto paragraphQuery = db.prepare("SELECT start, end FROM paragraphs WHERE document_id = ?1 ORDER BY number");
    if (!paragraphQuery)
        return failure(paragraphQuery.error());
    std::unique_ptr<Segmenter> segmenter;
    if (options.unit == AgreementUnit::Sentence)
        segmenter = std::make_unique<Segmenter>();

    const bool streamDisagreements = static_cast<bool>(options.onDisagreement);
    std::vector<qint64> unitsOfDocument(static_cast<size_t>(documentCount), 0);
    std::vector<CodingSpan> documentCodings;
    std::vector<AgreementSpan> units;
    UnitSweep sweep(m);
    qint64 unitBase = 0;   // units of the chosen unit in the documents before this one

    const qint64 steps = documentCount + result.bootstrapDraws;
    for (qsizetype d = 0; d < documentCount; ++d) {
        if (options.progress && !options.progress(d, steps))
            return failure(agreementCancelledMessage());
        if (d > 0)
            unitBase += unitsOfDocument[static_cast<size_t>(d - 1)];
        const qint64 documentId = result.documentIds[d];
        const qint64 length = lengths[d];
        codings->reset();
        bindIds(*codings, true);
        codings->bind(static_cast<int>(m + 2 + codeIds.size()), documentId);
        documentCodings.clear();
        while (codings->step()) {
            const int code = codeIndex.value(codings->int64(0), -1);
            if (code < 0)
                continue;
            documentCodings.push_back({code, coderIndex.value(codings->int64(1)), codings->int64(2), codings->int64(3)});
        }
        if (codings->failed())
            return failure(codings->error());
        std::sort(documentCodings.begin(), documentCodings.end(), [](const CodingSpan &a, const CodingSpan &b) {
            return a.code != b.code ? a.code < b.code : a.start < b.start;
        });

        // The document's text, when the disagreements show it or the sentences are cut from it.
        QString text;
        const bool needText = options.unit == AgreementUnit::Sentence || (options.withDisagreementText && !documentCodings.empty());
        if (needText) {
            textQuery->reset();
            textQuery->bind(1, documentId);
            if (!textQuery->step())
                return failure(textQuery->failed() ? textQuery->error()
                                                   : QStringLiteral("document %1 vanished").arg(documentId));
            text = textQuery->text(0);
        }
        units.clear();
        switch (options.unit) {
        case AgreementUnit::Character: unitsOfDocument[static_cast<size_t>(d)] = length; break;
        case AgreementUnit::Document: unitsOfDocument[static_cast<size_t>(d)] = 1; break;
        case AgreementUnit::Segment: unitsOfDocument[static_cast<size_t>(d)] = 0; break;
        case AgreementUnit::Paragraph:
            paragraphQuery->reset();
            paragraphQuery->bind(1, documentId);
            while (paragraphQuery->step())
                units.push_back({paragraphQuery->int64(0), paragraphQuery->int64(1)});
            if (paragraphQuery->failed())
                return failure(paragraphQuery->error());
            unitsOfDocument[static_cast<size_t>(d)] = static_cast<qint64>(units.size());
            break;
        case AgreementUnit::Sentence:
            for (const TextSpan &s : segmenter->sentences(text)) {
                if (!s.isEmpty())
                    units.push_back({s.start, s.end});
            }
            unitsOfDocument[static_cast<size_t>(d)] = static_cast<qint64>(units.size());
            break;
        }

        std::vector<DisagreementSpan> disagreements;
        std::vector<bool> present(static_cast<size_t>(codeOrder.size()), false);
        for (size_t from = 0; from < documentCodings.size();) {
            size_t to = from;
            const int code = documentCodings[from].code;
            while (to < documentCodings.size() && documentCodings[to].code == code)
                ++to;
            const std::span<const CodingSpan> group(documentCodings.data() + from, to - from);
            present[static_cast<size_t>(code)] = true;
            CodeState &state = *states[static_cast<size_t>(code)];

            const CharacterSweep characters = sweep.characters(group, length, &disagreements);
            state.characters.add(characters.sums);
            state.presentCharacters += length;
            state.documents.addBinary(characters.applied);
            ++state.presentDocuments;

            ReliabilitySums block(m);
            ReliabilityRow row;
            if (options.onUnit) {
                row.codeId = codeOrder[code];
                row.codePath = codePaths.value(row.codeId);
                row.documentId = documentId;
                row.document = result.documents[d];
            }
            qint64 ordinal = 0;   // the unit's place in the document
            UnitSweep::UnitVisitor visit;
            if (options.onUnit || resampleUnits) {
                visit = [&](qint64 start, qint64 end, quint32 mask) {
                    if (resampleUnits) {
                        if (options.unit == AgreementUnit::Segment)
                            state.segments.push_back(mask);
                        else if (mask != 0)
                            state.codedUnits.emplace_back(unitBase + ordinal, mask);
                    }
                    ++ordinal;
                    if (options.onUnit) {
                        row.start = start;
                        row.end = end;
                        row.values.clear();
                        for (int c = 0; c < m; ++c)
                            row.values.append((mask >> c) & 1u);
                        options.onUnit(row);
                    }
                };
            }
            switch (options.unit) {
            case AgreementUnit::Character: block = characters.sums; break;
            case AgreementUnit::Document:
                block.addBinary(characters.applied);
                if (visit)
                    visit(0, length, characters.applied);
                break;
            case AgreementUnit::Paragraph:
            case AgreementUnit::Sentence: block = sweep.spans(group, units, visit); break;
            case AgreementUnit::Segment: block = sweep.segments(group, options.overlapPercent, visit); break;
            }
            state.chosen.add(block);
            state.presentUnits += unitsOfDocument[static_cast<size_t>(d)];
            if (result.bootstrapDraws > 0 && !resampleUnits)
                state.blocks.push_back({d, std::move(block)});
            if (options.unitizing)
                state.unitizing.addStretch(length, UnitSweep::spansByCoder(group, m));
            from = to;
        }
        // The codes not applied in this document: every unit "no" for every coder.
        for (qsizetype c = 0; c < codeOrder.size(); ++c) {
            if (present[static_cast<size_t>(c)])
                continue;
            if (options.unitizing)
                states[static_cast<size_t>(c)]->unitizing.addStretch(length, {});
            if (options.onUnit) {
                ReliabilityRow row;
                row.codeId = codeOrder[c];
                row.codePath = codePaths.value(row.codeId);
                row.documentId = documentId;
                row.document = result.documents[d];
                row.values = QList<int>(m, 0);
                if (options.unit == AgreementUnit::Document) {
                    row.end = length;
                    options.onUnit(row);
                }
                for (const AgreementSpan &u : units) {
                    row.start = u.start;
                    row.end = u.end;
                    options.onUnit(row);
                }
            }
        }

        // This document's disagreements in order of position, then of the codebook; text cut once per document.
        std::sort(disagreements.begin(), disagreements.end(), [](const DisagreementSpan &a, const DisagreementSpan &b) {
            return a.start != b.start ? a.start < b.start : a.code < b.code;
        });
        TextIndex index;
        if (options.withDisagreementText && !disagreements.empty())
            index = TextIndex(text);
        for (const DisagreementSpan &span : disagreements) {
            Disagreement disagreement;
            disagreement.documentId = documentId;
            disagreement.document = result.documents[d];
            disagreement.codeId = codeOrder[span.code];
            disagreement.codePath = codePaths.value(disagreement.codeId);
            disagreement.start = span.start;
            disagreement.end = span.end;
            for (int c = 0; c < m; ++c)
                ((span.mask & (1u << c)) ? disagreement.codedBy : disagreement.notCodedBy).append(coders[c]);
            if (options.withDisagreementText) {
                const qsizetype fromUtf16 = index.toUtf16(span.start);
                disagreement.text = text.mid(fromUtf16, index.toUtf16(span.end) - fromUtf16);
            }
            ++result.disagreementCount;
            if (streamDisagreements)
                options.onDisagreement(disagreement);
            else
                result.disagreements.append(std::move(disagreement));
        }
    }

    // Totals: the documents where a code was not applied add units every coder left uncoded.
    qint64 totalUnits = 0;
    for (qint64 n : unitsOfDocument)
        totalUnits += n;
    ReliabilitySums pooledCharacters(m), pooledDocuments(m), pooled(m);
    long double unitizingObserved = 0, unitizingExpected = 0;
    bool unitizingDefined = options.unitizing && !codeOrder.isEmpty();
    for (qsizetype c = 0; c < codeOrder.size(); ++c) {
        CodeState &state = *states[static_cast<size_t>(c)];
        state.characters.addBinary(0, static_cast<double>(result.comparedCharacters - state.presentCharacters));
        state.documents.addBinary(0, static_cast<double>(documentCount - state.presentDocuments));
        state.chosen.addBinary(0, static_cast<double>(totalUnits - state.presentUnits));
        pooledCharacters.add(state.characters);
        pooledDocuments.add(state.documents);
        pooled.add(state.chosen);
        CodeAgreement entry;
        entry.codeId = codeOrder[c];
        entry.path = codePaths.value(entry.codeId);
        entry.code = codeNames.value(entry.codeId);
        entry.characters = AgreementMeasures::from(state.characters);
        entry.documents = AgreementMeasures::from(state.documents);
        entry.measures = AgreementMeasures::from(state.chosen);
        if (options.unitizing) {
            entry.unitizingAlpha = state.unitizing.alpha();
            const auto observed = state.unitizing.observedDisagreement();
            const auto expected = state.unitizing.expectedDisagreement();
            if (observed && expected) {
                unitizingObserved += *observed;
                unitizingExpected += *expected;
            } else {
                unitizingDefined = false;
            }
        }
        result.codes.append(entry);
    }
    result.overallCharacters = AgreementMeasures::from(pooledCharacters);
    result.overallDocuments = AgreementMeasures::from(pooledDocuments);
    result.overall = AgreementMeasures::from(pooled);
    if (unitizingDefined && unitizingExpected > 0)
        result.overallUnitizingAlpha = static_cast<double>(1 - unitizingObserved / unitizingExpected);

    if (options.progress && !options.progress(documentCount, steps))
        return failure(agreementCancelledMessage());
    if (result.bootstrapDraws > 0) {
        std::function<bool(int)> drawDone;
        if (options.progress)
            drawDone = [&](int draw) { return options.progress(documentCount + draw, steps); };
        if (!bootstrap(result, states, unitsOfDocument, totalUnits, drawDone))
            return failure(agreementCancelledMessage());
    }
    return result;
}

} // namespace marginalia
