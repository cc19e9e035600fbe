// Planning a report (sections and counts, by SQL) and reading its excerpts in report order, one at a time.

#include "report/Report.h"

#include "report/ParagraphLookup.h"

#include "common/JsonText.h"
#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "text/Utf8Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <list>
#include <string>
#include <vector>

namespace marginalia {

namespace {

// The filter of a report over "codings c": its codes, coders and sites, with numbered placeholders from ?firstIndex.
struct ReportFilterSql
{
    std::string where;
    QList<QVariant> values;
};

Result<ReportFilterSql> reportFilter(Project &project, const ReportOptions &options, int firstIndex)
{
    ReportFilterSql sql;
    sql.where = "1";
    int index = firstIndex;
    auto placeholders = [&](const QList<QVariant> &values) {
        std::string list;
        for (const QVariant &value : values) {
            list += (list.empty() ? "?" : ", ?") + std::to_string(index++);
            sql.values.append(value);
        }
        return list;
    };
    if (!options.codeIds.isEmpty()) {
        Codebook codebook(project);
        QList<QVariant> ids;
        for (qint64 id : options.codeIds) {
            if (options.includeSubcodes) {
                auto below = codebook.subtree(id);
                if (!below)
                    return failure(below.error());
                for (qint64 sub : *below)
                    ids.append(sub);
            } else {
                ids.append(id);
            }
        }
        sql.where += " AND c.code_id IN (" + placeholders(ids) + ")";
    }
    if (!options.coders.isEmpty()) {
        QList<QVariant> names;
        for (const QString &name : options.coders)
            names.append(name);
        sql.where += " AND c.coder_id IN (SELECT id FROM coders WHERE name IN (" + placeholders(names) + "))";
    }
    if (!options.sites.isEmpty()) {
        QList<QVariant> values;
        for (const QString &value : options.sites)
            values.append(value);
        const std::string attribute = placeholders({options.siteAttribute});
        sql.where += " AND c.document_id IN (SELECT da.document_id FROM document_attributes da"
                     " JOIN attributes a ON a.id = da.attribute_id WHERE a.name = "
                     + attribute + " AND CAST(da.value AS TEXT) IN (" + placeholders(values) + "))";
    }
    return sql;
}

bool continues(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// Documents' stored UTF-8 texts, each with the byte of every 128th code point, so that any excerpt is cut by
// walking at most 127 code points: the excerpts of a section come in start order per document, but the sections
// visit a document once per code, so the texts read are kept (least recently used leaves first) within a budget;
// the newest is kept whatever its size. The text stays in SQLite's row (its statement is kept on the row): no copy.
class DocumentTexts
{
public:
    explicit DocumentTexts(Project &project) : m_project(project) {}

    struct Text
    {
        qint64 documentId = 0;
        Statement row;
        std::string_view utf8;
        std::vector<size_t> checkpoints;   // byte of code point 128·i
        qint64 codePoints = 0;

        size_t byteOf(qint64 codePoint) const
        {
            codePoint = std::clamp<qint64>(codePoint, 0, codePoints);
            const size_t checkpoint = static_cast<size_t>(codePoint / kStride);
            size_t byte = checkpoints[checkpoint];
            for (qint64 left = codePoint - static_cast<qint64>(checkpoint) * kStride; left > 0; --left) {
                ++byte;
                while (byte < utf8.size() && continues(utf8[byte]))
                    ++byte;
            }
            return byte;
        }
        // The code points [from, to), clamped to the text, as substr() cut them.
        QString cut(qint64 from, qint64 to) const
        {
            const size_t begin = byteOf(from);
            const size_t end = byteOf(to);
            if (end <= begin)
                return {};
            return stringFromUtf8(std::string_view(utf8.data() + begin, end - begin));
        }
    };

    Result<const Text *> get(qint64 documentId)
    {
        for (auto it = m_texts.begin(); it != m_texts.end(); ++it) {
            if (it->documentId == documentId) {
                m_texts.splice(m_texts.begin(), m_texts, it);
                return &m_texts.front();
            }
        }
        auto row = m_project.database().prepare("SELECT text FROM documents WHERE id = ?1");
        if (!row)
            return failure(row.error());
        row->bind(1, documentId);
        if (!row->step())
            return failure(row->failed() ? row->error()
                                         : QStringLiteral("the text of document %1 is missing from %2")
                                               .arg(documentId)
                                               .arg(m_project.fileName()));
        Text text;
        text.documentId = documentId;
        text.row = std::move(*row);
        text.utf8 = text.row.utf8(0);
        text.checkpoints.reserve(text.utf8.size() / (kStride * 2) + 2);
        qint64 codePoint = 0;
        for (size_t byte = 0; byte < text.utf8.size(); ++byte) {
            if (continues(text.utf8[byte]))
                continue;
            if (codePoint % kStride == 0)
                text.checkpoints.push_back(byte);
            ++codePoint;
        }
        if (codePoint % kStride == 0)
            text.checkpoints.push_back(text.utf8.size());
        text.codePoints = codePoint;
        m_bytes += text.utf8.size();
        m_texts.push_front(std::move(text));
        while (m_texts.size() > 1 && m_bytes > kBudget) {
            m_bytes -= m_texts.back().utf8.size();
            m_texts.pop_back();
        }
        return &m_texts.front();
    }

private:
    static constexpr qint64 kStride = 128;
    static constexpr size_t kBudget = 64u << 20;

    Project &m_project;
    std::list<Text> m_texts;
    size_t m_bytes = 0;
};

} // namespace

Result<ReportData> ReportWriter::collect(Project &project, const ReportOptions &options)
{
    ReportData data;
    data.projectName = project.name();
    data.title = options.title.isEmpty() ? options.labels.defaultTitle(data.projectName) : options.title;
    data.author = options.author.trimmed().isEmpty() ? project.currentCoder() : options.author.trimmed();
    data.generated = nowTimestamp();
    data.labels = options.labels;
    data.grouping = options.grouping;
    data.siteAttribute = options.siteAttribute;
    data.contextLength = options.contextLength;
    data.coders = options.coders;

    auto codes = Codebook(project).codes();
    if (!codes)
        return failure(codes.error());
    QHash<qint64, int> codeOrder;
    QHash<qint64, const Code *> codeById;
    for (const Code &code : *codes) {
        codeOrder.insert(code.id, static_cast<int>(codeOrder.size()));
        codeById.insert(code.id, &code);
    }
    auto documents = DocumentStore(project).list(DocumentStore::CodingCount::Skipped);
    if (!documents)
        return failure(documents.error());
    QHash<qint64, const DocumentInfo *> documentById;
    for (const DocumentInfo &document : *documents)
        documentById.insert(document.id, &document);

    // Passages and codings per (code, document): the passages are the distinct spans (start, end).
    auto clause = reportFilter(project, options, 1);
    if (!clause)
        return failure(clause.error());
    auto counts = project.database().prepare(
        "SELECT c.code_id, c.document_id, count(DISTINCT c.start * 4294967296 + c.end), count(*) FROM visible_codings c WHERE "
        + clause->where + " GROUP BY c.code_id, c.document_id");
    if (!counts)
        return failure(counts.error());
    for (qsizetype i = 0; i < clause->values.size(); ++i)
        counts->bind(static_cast<int>(i + 1), clause->values[i]);
    QHash<QString, qsizetype> sectionIndex;   // "site\x1Fcode id"
    QSet<QString> attributeNames;
    QSet<qint64> seenDocuments;
    while (counts->step()) {
        const qint64 codeId = counts->int64(0);
        const qint64 documentId = counts->int64(1);
        const DocumentInfo *document = documentById.value(documentId);
        if (document == nullptr)
            continue;
        if (!seenDocuments.contains(documentId)) {
            seenDocuments.insert(documentId);
            data.documentNames.insert(documentId, document->name);
            data.documentAttributes.insert(documentId, document->attributes);
            for (auto it = document->attributes.cbegin(); it != document->attributes.cend(); ++it)
                attributeNames.insert(it.key());
        }
        const QString site = options.grouping == ReportGrouping::BySite
                                 ? document->attributes.value(options.siteAttribute)
                                 : QString();
        const QString key = site + QChar(0x1F) + QString::number(codeId);
        auto it = sectionIndex.constFind(key);
        if (it == sectionIndex.cend()) {
            it = sectionIndex.insert(key, data.sections.size());
            ReportSection section;
            section.site = site;
            section.codeId = codeId;
            if (const Code *code = codeById.value(codeId)) {
                section.codePath = code->path;
                section.codeDescription = code->description.trimmed();
                section.codeMemo = code->memo.trimmed();
            }
            data.sections.append(section);
        }
        ReportSection &section = data.sections[it.value()];
        section.excerptCount += counts->int64(2);
        section.documentIds.append(documentId);
        data.excerptCount += counts->int64(2);
        data.codingCount += counts->int64(3);
    }
    if (counts->failed())
        return failure(counts->error());
    // Sections: by site (values sorted, documents without one last), then in codebook order; in each, the documents
    // by name.
    std::stable_sort(data.sections.begin(), data.sections.end(), [&](const ReportSection &a, const ReportSection &b) {
        if (a.site != b.site) {
            if (a.site.isEmpty() || b.site.isEmpty())
                return b.site.isEmpty();
            return a.site < b.site;
        }
        return codeOrder.value(a.codeId) < codeOrder.value(b.codeId);
    });
    QHash<qint64, QByteArray> utf8Names;
    for (auto it = data.documentNames.cbegin(); it != data.documentNames.cend(); ++it)
        utf8Names.insert(it.key(), it.value().toUtf8());
    for (ReportSection &section : data.sections) {
        std::sort(section.documentIds.begin(), section.documentIds.end(), [&](qint64 a, qint64 b) {
            const QByteArray &nameA = utf8Names[a];
            const QByteArray &nameB = utf8Names[b];
            return nameA != nameB ? nameA < nameB : a < b;
        });
    }
    data.attributeNames = QStringList(attributeNames.cbegin(), attributeNames.cend());
    data.attributeNames.sort();
    for (const DocumentInfo &document : *documents) {
        if (seenDocuments.contains(document.id) && !document.memo.trimmed().isEmpty())
            data.documentMemos.append({document.name, document.memo.trimmed()});
    }
    std::sort(data.documentMemos.begin(), data.documentMemos.end(),
              [](const auto &a, const auto &b) { return a.first.toUtf8() < b.first.toUtf8(); });

    if (options.includeMatrix) {
        MatrixOptions matrixOptions;
        matrixOptions.attribute = options.siteAttribute;
        matrixOptions.scope.coders = options.coders;
        if (!options.sites.isEmpty())
            matrixOptions.scope.attributes.insert(options.siteAttribute, options.sites);
        auto matrix = Matrix(project).compute(matrixOptions);
        if (!matrix)
            return failure(matrix.error());
        // Only the rows of the codes in the report.
        if (!options.codeIds.isEmpty()) {
            QSet<qint64> wanted;
            Codebook codebook(project);
            for (qint64 id : options.codeIds) {
                if (options.includeSubcodes) {
                    auto below = codebook.subtree(id);
                    if (!below)
                        return failure(below.error());
                    for (qint64 sub : *below)
                        wanted.insert(sub);
                } else {
                    wanted.insert(id);
                }
            }
            matrix->rows.removeIf([&](const MatrixRow &row) { return !wanted.contains(row.codeId); });
        }
        data.matrix = *matrix;
    }
    if (options.reliabilityCoders.size() >= 2) {
        // The agreement of the report's codes (every code when the report has all), with a seeded bootstrap, so
        // the paragraph is the one `agreement --methods` prints for the same choices.
        QList<qint64> codeIds;
        if (!options.codeIds.isEmpty()) {
            for (const ReportSection &section : std::as_const(data.sections)) {
                if (!codeIds.contains(section.codeId))
                    codeIds.append(section.codeId);
            }
        }
        AgreementOptions agreement;
        agreement.unit = options.reliabilityUnit;
        agreement.bootstrapDraws = 1000;
        agreement.withDisagreementText = false;
        agreement.onDisagreement = [](const Disagreement &) {};   // counted, not kept
        auto result = Agreement(project).compute(options.reliabilityCoders, codeIds, agreement);
        if (!result)
            return failure(result.error());
        data.methods = options.labels.agreementMethods(*result);
    }
    return data;
}

Result<void> ReportWriter::stream(Project &project, const ReportData &data, ReportSink &sink,
                                  const std::function<bool()> &stop)
{
    // One passage per span (start, end) of a (code, document), in start order: the index codings_by_code_position
    // (code, document, start, end, coder) hands the rows over in that order, so nothing is sorted or gathered.
    std::string coderClause;
    for (qsizetype i = 0; i < data.coders.size(); ++i)
        coderClause += (i == 0 ? "?" : ", ?") + std::to_string(i + 3);
    const std::string sql =
        "SELECT min(c.id), c.guid, json_group_array(r.name), json_group_array(coalesce(c.memo, '')), "
        "json_group_array(c.id), c.created, c.start, c.end, k.name, k.color FROM visible_codings c "
        "JOIN coders r ON r.id = c.coder_id JOIN codes k ON k.id = c.code_id "
        "WHERE c.code_id = ?1 AND c.document_id = ?2"
        + (coderClause.empty() ? std::string()
                               : " AND c.coder_id IN (SELECT id FROM coders WHERE name IN (" + coderClause + "))")
        + " GROUP BY c.start, c.end ORDER BY c.start, c.end";
    auto rows = project.database().prepare(sql);
    if (!rows)
        return failure(rows.error());
    ParagraphLookup paragraphs(project);
    DocumentTexts texts(project);
    const qint64 context = std::max(0, data.contextLength);
    auto jsonArray = [](std::string_view json) {
        return JsonText::parse(QByteArrayView(json.data(), static_cast<qsizetype>(json.size()))).array();
    };

    sink.begin(data);
    qint64 written = 0;
    QString currentSite;
    bool first = true;
    for (const ReportSection &section : data.sections) {
        if (data.excerptLimit >= 0 && written >= data.excerptLimit)
            break;
        int level = 2;
        if (data.grouping == ReportGrouping::BySite) {
            if (first || section.site != currentSite)
                sink.siteHeading(data.siteLabel(section.site));
            currentSite = section.site;
            level = 3;
        }
        first = false;
        sink.codeHeading(section, level);
        for (const qint64 documentId : section.documentIds) {
            if (data.excerptLimit >= 0 && written >= data.excerptLimit)
                break;
            auto text = texts.get(documentId);
            if (!text)
                return failure(text.error());
            rows->reset();
            rows->bind(1, section.codeId).bind(2, documentId);
            for (qsizetype i = 0; i < data.coders.size(); ++i)
                rows->bind(static_cast<int>(i + 3), data.coders[i]);
            ReportExcerpt excerpt;
            excerpt.attributes = data.documentAttributes.value(documentId);
            CodedSegment &segment = excerpt.segment;
            segment.documentId = documentId;
            segment.document = data.documentNames.value(documentId);
            segment.codeId = section.codeId;
            segment.codePath = section.codePath;
            while (rows->step()) {
                if (data.excerptLimit >= 0 && written >= data.excerptLimit)
                    break;
                if (stop && stop())
                    return failure(QStringLiteral("the report was cancelled"));
                segment.id = rows->int64(0);
                segment.guid = rows->text(1);
                const QJsonArray coders = jsonArray(rows->utf8(2));
                const QJsonArray memos = jsonArray(rows->utf8(3));
                const QJsonArray ids = jsonArray(rows->utf8(4));
                segment.created = rows->text(5);
                segment.start = rows->int64(6);
                segment.end = rows->int64(7);
                segment.code = rows->text(8);
                segment.color = rows->text(9);
                auto cited = paragraphs.cite(documentId, segment.start, segment.end);
                if (!cited)
                    return failure(cited.error());
                segment.firstParagraph = cited->firstParagraph;
                segment.lastParagraph = cited->lastParagraph;
                segment.speakers = cited->speakers;
                // Coders in name order, each with its memo and coding.
                QList<qsizetype> order;
                for (qsizetype i = 0; i < coders.size(); ++i)
                    order.append(i);
                std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
                    return coders[a].toString() < coders[b].toString();
                });
                segment.coders.clear();
                segment.memos.clear();
                segment.codingIds.clear();
                QStringList memoLines;
                for (qsizetype i : std::as_const(order)) {
                    segment.coders.append(coders[i].toString());
                    segment.memos.append(memos[i].toString());
                    segment.codingIds.append(ids[i].toInteger());
                    if (!memos[i].toString().isEmpty())
                        memoLines.append(coders[i].toString() + QStringLiteral(": ") + memos[i].toString());
                }
                segment.coder = segment.coders.join(QStringLiteral(", "));
                segment.memo = segment.coders.size() == 1 ? segment.memos.value(0) : memoLines.join(QStringLiteral("; "));
                // As substr() cut them: the excerpt, up to `context` code points before it (from the document's
                // start at the least) and after it (to its end at the most).
                segment.text = (*text)->cut(segment.start, segment.end);
                if (context > 0) {
                    segment.contextBefore = (*text)->cut(segment.start - context, segment.start);
                    segment.contextAfter = (*text)->cut(segment.end, segment.end + context);
                }
                sink.excerpt(excerpt);
                ++written;
            }
            if (rows->failed())
                return failure(rows->error());
        }
    }
    sink.end(data);
    return {};
}

} // namespace marginalia
