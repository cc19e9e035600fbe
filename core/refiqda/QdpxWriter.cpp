// Export to REFI-QDA: .qdpx (project.qde + sources/<GUID>.txt in a zip) and .qdc codebooks.
// Element order follows the xsd:sequence of every type in Project.xsd / Codebook.xsd.

#include "refiqda/RefiQda.h"

#include "common/AtomicFile.h"
#include "project/InterchangeStore.h"
#include "project/Project.h"
#include "project/RowCounts.h"
#include "refiqda/ProjectExtras.h"
#include "refiqda/QdeXml.h"
#include "refiqda/PositionEvidence.h"
#include "text/TextIndex.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QXmlStreamWriter>

#include <cmath>
#include <functional>

namespace marginalia {

using namespace Qt::StringLiterals;
using namespace refiqda;

namespace {

QString variableType(const QString &type)
{
    if (type == u"integer")
        return u"Integer"_s;
    if (type == u"real")
        return u"Float"_s;
    if (type == u"boolean")
        return u"Boolean"_s;
    if (type == u"date")
        return u"Date"_s;
    return u"Text"_s;
}

// An element of text whose carriage returns come back: QXmlStreamWriter writes them as they are, and every XML reader
// reads a carriage return and line feed as a line feed alone (a memo's "\r\n" came back as "\n"). Written as a
// character reference, each stays what it is.
void writeTextElement(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    xml.writeStartElement(name);
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(u'\r'); at >= 0; at = text.indexOf(u'\r', from)) {
        xml.writeCharacters(text.mid(from, at - from));
        xml.writeEntityReference(u"#13"_s);
        from = at + 1;
    }
    xml.writeCharacters(text.mid(from));
    xml.writeEndElement();
}

// xsd:decimal has no exponent: 1e+20 and 1e-13 are written out, with the digits of the shortest form that reads back
// as the same double (twelve decimals wrote 1e-13 as 0 and 0.0000123456789 as 0.000012345679).
QString decimalText(const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return {};
    if (number == 0)
        return u"0"_s;
    // "-d.ddde±x": the digits and where the point goes.
    const QString scientific = QString::number(std::fabs(number), 'e', QLocale::FloatingPointShortest);
    const qsizetype e = scientific.indexOf(u'e');
    const QString digits = QString(scientific.left(e)).remove(u'.');
    const qsizetype point = scientific.mid(e + 1).toInt() + 1;   // digits before the point
    QString text;
    if (point <= 0)
        text = u"0."_s + QString(-point, u'0') + digits;
    else if (point >= digits.size())
        text = digits + QString(point - digits.size(), u'0');
    else
        text = digits.left(point) + u'.' + digits.mid(point);
    return number < 0 ? u'-' + text : text;
}

// The typed element for an attribute value, or false when the value does not fit the type.
bool writeVariableValue(QXmlStreamWriter &xml, const QString &variableGuid, const QString &type, const QString &value)
{
    QString element = u"TextValue"_s;
    QString text = xmlSafe(value);
    if (type == u"integer") {
        bool ok = false;
        text = QString::number(value.trimmed().toLongLong(&ok));
        element = u"IntegerValue"_s;
        if (!ok)
            return false;
    } else if (type == u"real") {
        text = decimalText(value);
        element = u"FloatValue"_s;
        if (text.isEmpty())
            return false;
    } else if (type == u"boolean") {
        element = u"BooleanValue"_s;
        text = value == u"true" ? u"true"_s : u"false"_s;
    } else if (type == u"date") {
        element = u"DateValue"_s;
    }
    xml.writeStartElement(u"VariableValue"_s);
    xml.writeEmptyElement(u"VariableRef"_s);
    xml.writeAttribute(u"targetGUID"_s, variableGuid);
    writeTextElement(xml, element, text);
    xml.writeEndElement();
    return true;
}

void writeRef(QXmlStreamWriter &xml, const QString &element, const QString &guid)
{
    xml.writeEmptyElement(element);
    xml.writeAttribute(u"targetGUID"_s, guid);
}

void writeOptionalAttribute(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        xml.writeAttribute(name, value);
}

struct Note
{
    QString guid;
    QString name;
    QString text;
};

// Writes a zip entry from bytes.
Result<void> writeEntry(QuaZip &zip, const QString &name, const QByteArray &bytes, const QString &archiveName)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, 6))
        return failure(u"%1: cannot write %2 into the archive (zip error %3)"_s.arg(archiveName, name).arg(file.getZipError()));
    if (file.write(bytes) != bytes.size())
        return failure(u"%1: cannot write %2 into the archive (%3)"_s.arg(archiveName, name, file.errorString()));
    file.close();
    if (file.getZipError() != ZIP_OK)
        return failure(u"%1: cannot finish %2 in the archive (zip error %3)"_s.arg(archiveName, name).arg(file.getZipError()));
    return {};
}

// The open project.qde entry as a device for QXmlStreamWriter, which writes every token on its own:
// they are gathered here and handed to the zip (and deflated) a megabyte at a time.
class ZipEntryWriter : public QIODevice
{
public:
    explicit ZipEntryWriter(QuaZipFile &file) : m_file(file)
    {
        m_buffer.reserve(kChunk);
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    bool flushToZip()
    {
        if (m_buffer.isEmpty())
            return m_ok;
        if (m_ok && m_file.write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.resize(0);   // keeps the capacity
        return m_ok;
    }
    bool ok() const { return m_ok; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_buffer.append(data, static_cast<qsizetype>(size));
        if (m_buffer.size() >= kChunk && !flushToZip())
            return -1;
        return size;
    }

private:
    static constexpr qsizetype kChunk = 1024 * 1024;
    QuaZipFile &m_file;
    QByteArray m_buffer;
    bool m_ok = true;
};


QString origin()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? u"Marginalia"_s : u"Marginalia "_s + version;
}

// The code tree: children of each parent in sibling order.
QHash<qint64, QList<const SnapshotCode *>> codeChildren(const ProjectSnapshot &snapshot)
{
    QHash<qint64, QList<const SnapshotCode *>> children;
    for (const SnapshotCode &code : snapshot.codes)
        children[code.parentId].append(&code);
    return children;
}

QString cancelled(const QString &file)
{
    return u"%1: export cancelled; nothing was written"_s.arg(file);
}

} // namespace

std::optional<ExportTarget> exportTargetFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == u"standard")
        return ExportTarget::Standard;
    if (n == u"nvivo")
        return ExportTarget::NVivo;
    if (n == u"qualcoder")
        return ExportTarget::QualCoder;
    if (n == u"atlasti" || n == u"atlas.ti")
        return ExportTarget::AtlasTi;
    if (n == u"maxqda")
        return ExportTarget::Maxqda;
    return std::nullopt;
}

QString exportTargetName(ExportTarget target)
{
    switch (target) {
    case ExportTarget::NVivo:
        return u"nvivo"_s;
    case ExportTarget::QualCoder:
        return u"qualcoder"_s;
    case ExportTarget::AtlasTi:
        return u"atlasti"_s;
    case ExportTarget::Maxqda:
        return u"maxqda"_s;
    case ExportTarget::Standard:
        break;
    }
    return u"standard"_s;
}

QString exportTargetDescription(ExportTarget target)
{
    switch (target) {
    case ExportTarget::NVivo:
        return u"positions in UTF-16 units, as NVivo counts them; everything else as the standard"_s;
    case ExportTarget::QualCoder:
        return u"positions in UTF-16 units, as QualCoder counts them; no <Sets> (QualCoder turns them into extra "
               u"attributes such as \"site: Beijing\"); everything else as the standard"_s;
    case ExportTarget::AtlasTi:
        return u"positions in code points, as the standard says; everything else as the standard"_s;
    case ExportTarget::Maxqda:
        return u"positions in code points, as the standard says; everything else as the standard"_s;
    case ExportTarget::Standard:
        break;
    }
    return u"the REFI-QDA standard: positions in code points, one set of documents per site"_s;
}

Result<RefiExportReport> exportQdpx(Project &project, const QString &path, const InterchangeProgressCallback &progress)
{
    return exportQdpx(project, path, RefiExportOptions{}, progress);
}

Result<RefiExportReport> exportQdpx(Project &project, const QString &path, const RefiExportOptions &options,
                                    const InterchangeProgressCallback &progress)
{
    const QString fileName = QFileInfo(path).fileName();
    // Everything below reads one state of the project, even if another process writes meanwhile.
    const ReadSnapshot consistent(project.database());
    // The full integrity check first (issue 17): a damaged project is not carried into an archive
    // that others will import. Done on the state that is exported, before anything is written.
    if (progress && !progress({0, 0, u"Checking the project"_s}))
        return failure(cancelled(fileName));
    if (auto ok = project.checkIntegrity(); !ok)
        return failure(u"%1: not written: "_s.arg(fileName) + ok.error());
    // Neither texts nor codings are held: each text is read when its entry is written, and the
    // codings are streamed from SQL in document order while the XML is written.
    InterchangeStore store(project);
    auto snapshot = store.snapshot(false, false);
    if (!snapshot)
        return failure(snapshot.error());
    const ProjectSnapshot &data = *snapshot;
    RefiExportReport report;
    report.path = path;
    report.target = options.target;
    report.utf16Positions = options.target == ExportTarget::NVivo || options.target == ExportTarget::QualCoder;
    const bool writeSets = options.target != ExportTarget::QualCoder;

    // Every coding is written (none hidden by a blind round): the table's rows.
    auto codingCount = RowCounts::total(project, RowCounts::Table::Codings);
    if (!codingCount)
        return failure(codingCount.error());
    const qint64 total = data.documents.size() + *codingCount;
    qint64 done = 0;
    auto tick = [&](const QString &stage) {
        return !progress || progress({done, total, stage});
    };
    if (!tick(u"Preparing"_s))
        return failure(cancelled(fileName));

    // Written whole or not at all (AtomicFile: a temporary beside the target, synced, renamed over it).
    AtomicFile::removeStaleTemporaries(path);
    AtomicFile output(path);
    if (auto ok = output.begin(); !ok)
        return failure(ok.error());
    // A failed write is named by its cause (a full disk), not by the zip library's error number.
    auto writeFailure = [&](const QString &what) {
        return output.writeError() != 0 ? u"%1: cannot be written (%2)"_s.arg(fileName, AtomicFile::describeError(output.writeError()))
                                        : what;
    };
    QuaZip zip(&output);
    if (!zip.open(QuaZip::mdCreate))
        return failure(writeFailure(u"%1: cannot be written (zip error %2)"_s.arg(fileName).arg(zip.getZipError())));

    const QString projectGuid = canonicalGuid(data.guid).isEmpty() ? derivedGuid(project.path(), u"project")
                                                                   : canonicalGuid(data.guid);
    // Every GUID written, and every archive entry name built from one, is a checked GUID: a project
    // merged from a crafted file may hold anything in its GUID columns ("../../x"). Those are written
    // as stable GUIDs derived from the row instead, and counted.
    auto safeGuid = [&](const QString &stored, QStringView kind, qint64 id) {
        const QString guid = canonicalGuid(stored);
        if (!guid.isEmpty())
            return guid;
        ++report.guidsReplaced;
        return derivedGuid(projectGuid, QString(kind + u'/' + QString::number(id)));
    };
    QHash<qint64, QString> coderGuid;
    for (const SnapshotCoder &coder : data.coders)
        coderGuid.insert(coder.id, safeGuid(coder.guid, u"coder", coder.id));
    QHash<qint64, QString> codeGuid;
    for (const SnapshotCode &code : data.codes)
        codeGuid.insert(code.id, safeGuid(code.guid, u"code", code.id));
    QHash<qint64, QString> documentGuid;
    for (const SnapshotDocument &document : data.documents)
        documentGuid.insert(document.id, safeGuid(document.guid, u"document", document.id));
    QHash<qint64, const SnapshotDocument *> documentById;
    for (const SnapshotDocument &document : data.documents)
        documentById.insert(document.id, &document);
    // For targets that count UTF-16 units: where each document's wide characters are (only
    // documents that have any; positions before the first one are the same in both units).
    QHash<qint64, TextIndex> utf16Index;
    QMap<QString, QString> attributeTypes;
    for (const SnapshotAttribute &attribute : data.attributes)
        attributeTypes.insert(attribute.name, attribute.type);
    // Variables and sets are not stored with GUIDs of their own: theirs derive from their names alone,
    // so that an export of a re-imported project names them the same.
    auto variableGuid = [&](const QString &name) { return derivedGuid(u"marginalia"_s, QString(u"variable/"_s + name)); };

    // Sources first: one UTF-8 file per document, exactly the stored text (positions count its code points).
    for (const SnapshotDocument &document : data.documents) {
        auto text = store.documentText(document.id);
        if (!text)
            return failure(text.error());
        if (report.utf16Positions) {
            TextIndex index(*text);
            if (index.codePointLength() != index.utf16Length())
                utf16Index.insert(document.id, std::move(index));
        }
        if (auto ok = writeEntry(zip, u"sources/"_s + documentGuid.value(document.id) + u".txt"_s, text->toUtf8(), fileName);
            !ok)
            return failure(writeFailure(ok.error()));
        ++done;
        if (!tick(u"Writing sources"_s))
            return failure(cancelled(fileName));
    }

    // The XML streams into the open project.qde entry, a megabyte at a time.
    auto codings = store.codings();
    if (!codings)
        return failure(codings.error());
    QuaZipFile qdeFile(&zip);
    if (!qdeFile.open(QIODevice::WriteOnly, QuaZipNewInfo(u"project.qde"_s), nullptr, 0, Z_DEFLATED, 6))
        return failure(writeFailure(u"%1: cannot write project.qde into the archive (zip error %2)"_s.arg(fileName).arg(qdeFile.getZipError())));
    ZipEntryWriter qdeDevice(qdeFile);
    QXmlStreamWriter xml(&qdeDevice);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(u"Project"_s);
    xml.writeDefaultNamespace(kProjectNamespace.toString());
    xml.writeAttribute(u"name"_s, xmlSafe(data.name));
    // An export for NVivo or QualCoder says what its positions count, for a Marginalia reading it back.
    xml.writeAttribute(u"origin"_s, report.utf16Positions ? u"%1; %2 for %3"_s.arg(origin(), kUtf16Declaration.toString(),
                                                                                     exportTargetName(options.target))
                                                          : origin());
    writeOptionalAttribute(xml, u"creationDateTime"_s, xsdDateTime(data.created));
    xml.writeAttribute(u"modifiedDateTime"_s, xsdDateTime(nowTimestamp()));

    QList<Note> notes;

    if (!data.coders.isEmpty()) {
        xml.writeStartElement(u"Users"_s);
        for (const SnapshotCoder &coder : data.coders) {
            xml.writeEmptyElement(u"User"_s);
            xml.writeAttribute(u"guid"_s, coderGuid.value(coder.id));
            xml.writeAttribute(u"name"_s, xmlSafe(coder.name));
        }
        xml.writeEndElement();
        report.coders = data.coders.size();
    }

    if (!data.codes.isEmpty()) {
        const auto children = codeChildren(data);
        xml.writeStartElement(u"CodeBook"_s);
        xml.writeStartElement(u"Codes"_s);
        std::function<void(qint64)> writeCodes = [&](qint64 parent) {
            for (const SnapshotCode *code : children.value(parent)) {
                xml.writeStartElement(u"Code"_s);
                xml.writeAttribute(u"guid"_s, codeGuid.value(code->id));
                xml.writeAttribute(u"name"_s, xmlSafe(code->name));
                xml.writeAttribute(u"isCodable"_s, u"true"_s);
                writeOptionalAttribute(xml, u"color"_s, canonicalColor(code->color));
                if (!code->description.isEmpty())
                    writeTextElement(xml, u"Description"_s, xmlSafe(code->description));
                if (!code->memo.isEmpty()) {
                    const QString guid = derivedGuid(codeGuid.value(code->id), u"memo");
                    notes.append({guid, u"Memo: "_s + code->path, code->memo});
                    writeRef(xml, u"NoteRef"_s, guid);
                }
                writeCodes(code->id);
                xml.writeEndElement();
                ++report.codes;
            }
        };
        writeCodes(0);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    if (!data.attributes.isEmpty()) {
        xml.writeStartElement(u"Variables"_s);
        for (const SnapshotAttribute &attribute : data.attributes) {
            xml.writeEmptyElement(u"Variable"_s);
            xml.writeAttribute(u"guid"_s, variableGuid(attribute.name));
            xml.writeAttribute(u"name"_s, xmlSafe(attribute.name));
            xml.writeAttribute(u"typeOfVariable"_s, variableType(attribute.type));
        }
        xml.writeEndElement();
        report.variables = data.attributes.size();
    }

    if (!data.cases.isEmpty()) {
        xml.writeStartElement(u"Cases"_s);
        for (const SnapshotCase &item : data.cases) {
            xml.writeStartElement(u"Case"_s);
            xml.writeAttribute(u"guid"_s, safeGuid(item.guid, u"case", item.id));
            xml.writeAttribute(u"name"_s, xmlSafe(item.name));
            if (!item.memo.isEmpty())
                writeTextElement(xml, u"Description"_s, xmlSafe(item.memo));
            for (qint64 documentId : item.documentIds) {
                if (documentById.contains(documentId))
                    writeRef(xml, u"SourceRef"_s, documentGuid.value(documentId));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        report.cases = data.cases.size();
    }

    if (!data.documents.isEmpty()) {
        xml.writeStartElement(u"Sources"_s);
        // Codings come ordered by document id, as documents are: one is read ahead.
        SnapshotCoding coding;
        bool haveCoding = codings->next(coding);
        QString lastCreated;
        QString lastCreatedXsd;
        for (const SnapshotDocument &document : data.documents) {
            const QString sourceGuid = documentGuid.value(document.id);
            const auto wide = utf16Index.constFind(document.id);
            const TextIndex *positions = wide == utf16Index.cend() ? nullptr : &*wide;
            auto position = [positions](qint64 codePoint) {
                return positions ? static_cast<qint64>(positions->toUtf16(codePoint)) : codePoint;
            };
            xml.writeStartElement(u"TextSource"_s);
            xml.writeAttribute(u"guid"_s, sourceGuid);
            xml.writeAttribute(u"name"_s, xmlSafe(document.name));
            xml.writeAttribute(u"plainTextPath"_s, u"internal://"_s + sourceGuid + u".txt"_s);
            writeOptionalAttribute(xml, u"creationDateTime"_s, xsdDateTime(document.importedAt));
            while (haveCoding && coding.documentId < document.id)
                haveCoding = codings->next(coding);
            for (; haveCoding && coding.documentId == document.id; haveCoding = codings->next(coding)) {
                const QString user = coderGuid.value(coding.coderId);
                if (coding.created != lastCreated || lastCreated.isNull()) {
                    lastCreated = coding.created;
                    lastCreatedXsd = xsdDateTime(coding.created);
                }
                const QString &created = lastCreatedXsd;
                const QString codingGuid = safeGuid(coding.guid, u"coding", coding.id);
                xml.writeStartElement(u"PlainTextSelection"_s);
                xml.writeAttribute(u"guid"_s, derivedGuid(codingGuid, u"selection"));
                xml.writeAttribute(u"startPosition"_s, QString::number(position(coding.start)));
                xml.writeAttribute(u"endPosition"_s, QString::number(position(coding.end)));
                writeOptionalAttribute(xml, u"creatingUser"_s, user);
                writeOptionalAttribute(xml, u"creationDateTime"_s, created);
                xml.writeStartElement(u"Coding"_s);
                xml.writeAttribute(u"guid"_s, codingGuid);
                writeOptionalAttribute(xml, u"creatingUser"_s, user);
                writeOptionalAttribute(xml, u"creationDateTime"_s, created);
                writeRef(xml, u"CodeRef"_s, codeGuid.value(coding.codeId));
                if (!coding.memo.isEmpty()) {
                    const QString guid = derivedGuid(codingGuid, u"memo");
                    notes.append({guid, u"Memo on a coding in "_s + document.name, coding.memo});
                    writeRef(xml, u"NoteRef"_s, guid);
                }
                xml.writeEndElement();
                xml.writeEndElement();
                ++report.codings;
                ++done;
                if (done % 2000 == 0 && !tick(u"Writing codings"_s))
                    return failure(cancelled(fileName));
            }
            if (codings->failed())
                return failure(codings->error());
            if (!document.memo.isEmpty()) {
                const QString guid = derivedGuid(sourceGuid, u"memo");
                notes.append({guid, u"Memo: "_s + document.name, document.memo});
                writeRef(xml, u"NoteRef"_s, guid);
            }
            for (auto it = document.attributes.cbegin(); it != document.attributes.cend(); ++it)
                writeVariableValue(xml, variableGuid(it.key()), attributeTypes.value(it.key()), it.value());
            xml.writeEndElement();
            ++report.documents;
        }
        xml.writeEndElement();
    }

    if (!notes.isEmpty()) {
        xml.writeStartElement(u"Notes"_s);
        for (const Note &note : std::as_const(notes)) {
            xml.writeStartElement(u"Note"_s);
            xml.writeAttribute(u"guid"_s, note.guid);
            xml.writeAttribute(u"name"_s, xmlSafe(note.name));
            writeTextElement(xml, u"PlainTextContent"_s, xmlSafe(note.text));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        report.notes = notes.size();
    }

    // One set per site: the grouping every REFI-QDA tool can show, whatever it does with variables.
    QMap<QString, QStringList> sites;
    for (const SnapshotDocument &document : data.documents) {
        const auto site = document.attributes.constFind(u"site"_s);
        if (site != document.attributes.cend() && !site->isEmpty())
            sites[*site].append(documentGuid.value(document.id));
    }
    if (writeSets && !sites.isEmpty()) {
        xml.writeStartElement(u"Sets"_s);
        for (auto it = sites.cbegin(); it != sites.cend(); ++it) {
            xml.writeStartElement(u"Set"_s);
            xml.writeAttribute(u"guid"_s, derivedGuid(u"marginalia"_s, QString(u"set/site/"_s + it.key())));
            xml.writeAttribute(u"name"_s, xmlSafe(u"site: "_s + it.key()));
            for (const QString &guid : it.value())
                writeRef(xml, u"MemberSource"_s, guid);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        report.sets = sites.size();
    }

    xml.writeEndElement();   // Project
    xml.writeEndDocument();
    if (xml.hasError() || !qdeDevice.flushToZip())
        return failure(writeFailure(u"%1: cannot write project.qde into the archive (%2)"_s.arg(fileName, qdeFile.errorString())));
    if (!tick(u"Compressing"_s))
        return failure(cancelled(fileName));
    qdeFile.close();
    if (qdeFile.getZipError() != ZIP_OK)
        return failure(writeFailure(u"%1: cannot finish project.qde in the archive (zip error %2)"_s.arg(fileName).arg(qdeFile.getZipError())));
    // Number keys and dictionary words, for Marginalia reading the archive back: an entry of their own that other
    // programs do not open. Left out of exports for a named program, whose handling of extra entries is unknown.
    if (options.target == ExportTarget::Standard) {
        auto extras = ProjectExtras::read(project);
        if (!extras)
            return failure(extras.error());
        if (!extras->isEmpty()) {
            if (auto ok = writeEntry(zip, QString::fromLatin1(ProjectExtras::kEntryName), extras->toJson(), fileName); !ok)
                return failure(writeFailure(ok.error()));
            report.extrasWritten = true;
        }
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK || output.writeError() != 0)
        return failure(writeFailure(u"%1: cannot be written (zip error %2)"_s.arg(fileName).arg(zip.getZipError())));
    if (!tick(u"Finishing"_s))
        return failure(cancelled(fileName));
    if (auto ok = output.commit(); !ok)
        return failure(ok.error());
    return report;
}

Result<RefiExportReport> exportQdc(Project &project, const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    auto snapshot = InterchangeStore(project).snapshot(false);
    if (!snapshot)
        return failure(snapshot.error());
    if (snapshot->codes.isEmpty())
        return failure(u"%1: not written; the codebook of %2 is empty"_s.arg(fileName, project.fileName()));
    RefiExportReport report;
    report.path = path;

    AtomicFile::removeStaleTemporaries(path);
    AtomicFile file(path);
    if (auto ok = file.begin(); !ok)
        return failure(ok.error());
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(u"CodeBook"_s);
    xml.writeDefaultNamespace(kCodebookNamespace.toString());
    xml.writeAttribute(u"origin"_s, origin());
    xml.writeStartElement(u"Codes"_s);
    const auto children = codeChildren(*snapshot);
    std::function<void(qint64)> writeCodes = [&](qint64 parent) {
        for (const SnapshotCode *code : children.value(parent)) {
            xml.writeStartElement(u"Code"_s);
            const QString guid = canonicalGuid(code->guid);
            xml.writeAttribute(u"guid"_s, guid.isEmpty() ? derivedGuid(u"codebook"_s, QString(u"code/"_s + QString::number(code->id))) : guid);
            xml.writeAttribute(u"name"_s, xmlSafe(code->name));
            xml.writeAttribute(u"isCodable"_s, u"true"_s);
            writeOptionalAttribute(xml, u"color"_s, canonicalColor(code->color));
            if (!code->description.isEmpty())
                writeTextElement(xml, u"Description"_s, xmlSafe(code->description));
            writeCodes(code->id);
            xml.writeEndElement();
            ++report.codes;
        }
    };
    writeCodes(0);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError() || file.writeError() != 0)
        return failure(u"%1: cannot be written (%2)"_s.arg(fileName, AtomicFile::describeError(file.writeError())));
    if (auto ok = file.commit(); !ok)
        return failure(ok.error());
    return report;
}

} // namespace marginalia
