#pragma once

#include "common/Result.h"
#include "project/Database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace marginalia {

// The paragraphs of one document in the order of their ends (paragraphs_by_end), to cite excerpts in one pass
// instead of three range searches and a speaker query per excerpt. cite() gives what those searches gave: the first
// paragraph is the first one ending after the start, if it begins before the end; the last is the first one ending
// at or after the end, if it begins before the end, else the last one ending before the end (and after the start);
// the speakers are those of the paragraphs numbered first to last, in order, each once.
class DocumentParagraphs
{
public:
    explicit DocumentParagraphs(Database &db) : m_db(db) {}

    struct Citation
    {
        qint64 firstParagraph = 0;   // 0 and 0: the range touches no paragraph
        qint64 lastParagraph = 0;
        QStringList speakers;
    };

    // The paragraphs of the document that end after `from`, up to the first one ending at or after `to`: all a
    // citation of ranges inside [from, to] needs (the whole document: -1 and the largest qint64, read in one scan of
    // the table).
    Result<void> load(qint64 documentId, qint64 from, qint64 to);
    Citation cite(qint64 start, qint64 end) const;

    // The same citation with the speakers as indices into speakerUtf8()/speaker(), for callers that write bytes
    // (marginalia-cli search): `speakers` is cleared and filled, so one vector serves every call.
    struct Numbers
    {
        qint64 firstParagraph = 0;
        qint64 lastParagraph = 0;
    };
    Numbers cite(qint64 start, qint64 end, std::vector<int> &speakers) const;
    std::string_view speakerUtf8(int index) const { return m_speakerUtf8[static_cast<size_t>(index)]; }
    QString speaker(int index) const;

private:
    void clear();
    Result<bool> loadWholeDocument(qint64 documentId);
    Result<void> loadByEnds(qint64 documentId, qint64 from, qint64 to);
    int speakerIndex(std::string_view utf8);

    Database &m_db;
    std::optional<Statement> m_readDocument;
    std::optional<Statement> m_readByEnds;
    std::vector<qint64> m_start;
    std::vector<qint64> m_end;
    std::vector<qint64> m_number;
    std::vector<int> m_speaker;   // index into m_speakerUtf8, -1: no speaker
    std::vector<std::string> m_speakerUtf8;   // as stored; a transcript has a few, taking turns
    std::unordered_map<std::string, int> m_speakerByName;   // made once a document has more than a few names
    int m_lastSpeaker = -1;                   // the index found last: the next row's is most often the same
};

} // namespace marginalia
