#include "refiqda/QdeReader.h"

#include <QXmlStreamReader>

namespace marginalia::refiqda {

using namespace Qt::StringLiterals;

namespace {

// Code trees in real projects are a handful of levels deep; a hostile file must not exhaust the stack.
constexpr int kMaxNesting = 200;

class Parser
{
public:
    template<typename Input>
    Parser(Input input, QString partName, const QdeParseOptions &options)
        : m_xml(input), m_partName(std::move(partName)), m_options(options)
    {
        // Entities are refused outright (enterRoot); this limit is only a second fence.
        m_xml.setEntityExpansionLimit(1024);
    }

    Result<QdeProject> run()
    {
        if (enterRoot()) {
            const QString expected = m_xml.name() == u"Project" ? u"urn:QDA-XML:project:1.0"_s : u"urn:QDA-XML:codebook:1.0"_s;
            const QString found = m_xml.namespaceUri().toString();
            if (found != expected)
                m_project.leniencies.append(found.isEmpty() ? u"the root element has no namespace (expected %1)"_s.arg(expected)
                                                            : u"the namespace is %1, not %2"_s.arg(found, expected));
            const QString location = m_xml.attributes().value(u"http://www.w3.org/2001/XMLSchema-instance"_s,
                                                              u"schemaLocation"_s).toString();
            if (!location.isEmpty() && !location.contains(expected))
                m_project.leniencies.append(u"xsi:schemaLocation names '%1', not the namespace %2"_s.arg(location.simplified(), expected));
            if (m_xml.name() == u"Project")
                parseProject();
            else if (m_xml.name() == u"CodeBook")
                parseCodebookFile();
            else
                m_xml.raiseError(u"the root element is <%1>, not <Project> or <CodeBook>"_s.arg(m_xml.name().toString()));
        }
        if (m_xml.hasError()) {
            if (m_callbackFailed)
                return failure(m_callbackError);
            if (m_refusedEntities)
                return failure(u"is refused: %1 declares entities in a DOCTYPE, which REFI-QDA files never need (a "
                               u"possible \"billion laughs\" or external-entity attack); nothing was imported"_s
                                   .arg(m_partName));
            if (m_tooDeep)
                return failure(u"is refused: %1 nests elements more than %2 levels deep"_s.arg(m_partName).arg(kMaxNesting));
            return failure(u"is not valid XML: %1, line %2: %3"_s.arg(m_partName)
                               .arg(m_xml.lineNumber())
                               .arg(m_xml.errorString()));
        }
        return std::move(m_project);
    }

private:
    bool enterRoot()
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                if (!m_xml.entityDeclarations().isEmpty() || m_xml.text().contains(u"<!ENTITY")) {
                    m_refusedEntities = true;
                    m_xml.raiseError(u"entity declarations are not allowed"_s);
                    return false;
                }
            } else if (token == QXmlStreamReader::StartElement) {
                return true;
            }
        }
        if (!m_xml.hasError())
            m_xml.raiseError(u"no root element"_s);
        return false;
    }

    // Attributes of the current element are read once per element (attributes() copies them).
    void takeAttributes() { m_attributes = m_xml.attributes(); }
    QString attribute(QLatin1StringView name) const { return m_attributes.value(name).toString(); }

    void skip()
    {
        m_project.ignoredElements.insert(m_xml.name().toString());
        m_xml.skipCurrentElement();
    }

    QString text() { return m_xml.readElementText(QXmlStreamReader::SkipChildElements); }

    QString targetOf()
    {
        takeAttributes();
        QString target = attribute("targetGUID"_L1);
        if (target.isEmpty())
            target = attribute("guid"_L1);
        m_xml.skipCurrentElement();
        return target;
    }

    void parseProject()
    {
        takeAttributes();
        m_project.name = attribute("name"_L1);
        m_project.origin = attribute("origin"_L1);
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"Users")
                parseUsers();
            else if (name == u"CodeBook")
                parseCodeBook();
            else if (name == u"Variables")
                parseVariables();
            else if (name == u"Cases")
                parseCases();
            else if (name == u"Sources")
                parseSources();
            else if (name == u"Notes")
                parseNotes();
            else if (name == u"Sets")
                parseSets();
            else if (name == u"NoteRef")
                m_project.projectNoteRefs.append(targetOf());
            else if (name == u"Description")
                m_xml.skipCurrentElement();
            else
                skip();
        }
    }

    void parseCodebookFile()
    {
        m_project.isCodebook = true;
        takeAttributes();
        m_project.origin = attribute("origin"_L1);
        parseCodeBook();
    }

    void parseUsers()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"User") {
                takeAttributes();
                QdeUser user{attribute("guid"_L1), attribute("name"_L1)};
                if (user.name.isEmpty())
                    user.name = attribute("id"_L1);
                m_project.users.append(user);
                m_xml.skipCurrentElement();
            } else {
                skip();
            }
        }
    }

    // CodeBook of a project or of a .qdc: Codes, and (in a .qdc) Sets.
    void parseCodeBook()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Codes") {
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"Code")
                        parseCode(-1, 1);
                    else
                        skip();
                }
            } else if (m_xml.name() == u"Sets") {
                parseSets();
            } else {
                skip();
            }
        }
    }

    void parseCode(int parent, int depth)
    {
        takeAttributes();
        if (depth > kMaxNesting) {
            m_tooDeep = true;
            m_xml.raiseError(u"nested too deeply"_s);
            return;
        }
        QdeCode code;
        code.guid = attribute("guid"_L1);
        code.name = attribute("name"_L1);
        code.color = attribute("color"_L1);
        code.codable = attribute("isCodable"_L1).trimmed().toLower() != u"false" && attribute("isCodable"_L1).trimmed() != u"0";
        code.parent = parent;
        const int index = static_cast<int>(m_project.codes.size());
        m_project.codes.append(code);
        while (!m_xml.hasError() && m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"Description")
                m_project.codes[index].description = text();
            else if (name == u"NoteRef")
                m_project.codes[index].noteRefs.append(targetOf());
            else if (name == u"Code")
                parseCode(index, depth + 1);
            else
                skip();
        }
    }

    void parseVariables()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Variable") {
                takeAttributes();
                m_project.variables.append({attribute("guid"_L1), attribute("name"_L1), attribute("typeOfVariable"_L1)});
                m_xml.skipCurrentElement();
            } else {
                skip();
            }
        }
    }

    QdeVariableValue parseVariableValue()
    {
        QdeVariableValue value;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"VariableRef")
                value.variableGuid = targetOf();
            else if (name.endsWith(u"Value"))
                value.value = text();
            else
                skip();
        }
        return value;
    }

    void parseCases()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"Case") {
                skip();
                continue;
            }
            QdeCase item;
            takeAttributes();
            item.guid = attribute("guid"_L1);
            item.name = attribute("name"_L1);
            while (m_xml.readNextStartElement()) {
                const QStringView name = m_xml.name();
                if (name == u"Description")
                    item.description = text();
                else if (name == u"SourceRef")
                    item.sourceRefs.append(targetOf());
                else if (name == u"VariableValue")
                    item.values.append(parseVariableValue());
                else
                    skip();
            }
            m_project.cases.append(item);
        }
    }

    QdeCoding parseCoding()
    {
        takeAttributes();
        QdeCoding coding;
        coding.guid = attribute("guid"_L1);
        coding.user = attribute("creatingUser"_L1);
        coding.created = attribute("creationDateTime"_L1);
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"CodeRef")
                coding.codeGuid = targetOf();
            else if (name == u"NoteRef")
                coding.noteRefs.append(targetOf());
            else
                skip();
        }
        return coding;
    }

    QdeSelection parseSelection()
    {
        takeAttributes();
        QdeSelection selection;
        selection.guid = attribute("guid"_L1);
        selection.name = attribute("name"_L1);
        selection.startText = attribute("startPosition"_L1);
        selection.endText = attribute("endPosition"_L1);
        selection.user = attribute("creatingUser"_L1);
        selection.created = attribute("creationDateTime"_L1);
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"Description")
                selection.description = text();
            else if (name == u"Coding")
                selection.codings.append(parseCoding());
            else if (name == u"NoteRef")
                selection.noteRefs.append(targetOf());
            else
                skip();
        }
        return selection;
    }

    QdeSource parseTextSource(const QString &kind)
    {
        takeAttributes();
        QdeSource source;
        source.kind = kind;
        source.guid = attribute("guid"_L1);
        source.name = attribute("name"_L1);
        source.plainTextPath = attribute("plainTextPath"_L1);
        source.richTextPath = attribute("richTextPath"_L1);
        source.user = attribute("creatingUser"_L1);
        source.created = attribute("creationDateTime"_L1);
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"Description") {
                source.description = text();
            } else if (name == u"PlainTextContent") {
                source.content = text();
                source.hasContent = true;
            } else if (name == u"PlainTextSelection") {
                if (m_options.keepSelections)
                    source.selections.append(parseSelection());
                else
                    m_xml.skipCurrentElement();
            } else if (name == u"Coding") {
                source.wholeCodings.append(parseCoding());
            } else if (name == u"NoteRef") {
                source.noteRefs.append(targetOf());
            } else if (name == u"VariableValue") {
                source.values.append(parseVariableValue());
            } else {
                skip();
            }
        }
        return source;
    }

    // Picture, audio and video sources are listed (so the report can name them) but not read;
    // a PDF source's text representation is read as a text source.
    void parseOtherSource()
    {
        takeAttributes();
        QdeSource source;
        source.kind = m_xml.name().toString();
        source.guid = attribute("guid"_L1);
        source.name = attribute("name"_L1);
        const bool isPdf = source.kind == u"PDFSource";
        int areas = 0;
        while (m_xml.readNextStartElement()) {
            if (isPdf && m_xml.name() == u"PDFSelection") {
                ++areas;
                m_xml.skipCurrentElement();
                continue;
            }
            if (isPdf && m_xml.name() == u"Representation") {
                QdeSource representation = parseTextSource(u"PDFSource"_s);
                // The document is the PDF's text: named as the PDF, described as it is.
                representation.pdfName = source.name.isEmpty() ? representation.name : source.name;
                representation.name = representation.pdfName;
                if (representation.description.isEmpty())
                    representation.description = source.description;
                // Selections on a PDF are rectangles on pages; only the representation's own count.
                addSource(std::move(representation));
                source.kind.clear();
            } else if (m_xml.name() == u"VariableValue") {
                source.values.append(parseVariableValue());
            } else if (m_xml.name() == u"NoteRef") {
                source.noteRefs.append(targetOf());
            } else if (m_xml.name() == u"Description") {
                source.description = text();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (areas > 0)
            m_project.pdfAreaSelections.append({source.name, areas});
        if (!source.kind.isEmpty())
            addSource(std::move(source));
    }

    void addSource(QdeSource &&source)
    {
        if (!m_options.onSource) {
            m_project.sources.append(std::move(source));
            return;
        }
        if (m_callbackFailed)
            return;
        if (auto ok = m_options.onSource(source, m_sourceIndex++); !ok) {
            m_callbackFailed = true;
            m_callbackError = ok.error();
            m_xml.raiseError(m_callbackError);
        }
    }

    void parseSources()
    {
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"TextSource")
                addSource(parseTextSource(u"TextSource"_s));
            else if (name == u"PDFSource" || name == u"PictureSource" || name == u"AudioSource" || name == u"VideoSource")
                parseOtherSource();
            else
                skip();
        }
    }

    void parseNotes()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"Note") {
                skip();
                continue;
            }
            QdeNote note;
            takeAttributes();
            note.guid = attribute("guid"_L1);
            note.name = attribute("name"_L1);
            note.plainTextPath = attribute("plainTextPath"_L1);
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == u"PlainTextContent") {
                    note.content = text();
                    note.hasContent = true;
                } else {
                    m_xml.skipCurrentElement();
                }
            }
            m_project.notes.append(note);
        }
    }

    void parseSets()
    {
        const qsizetype before = m_project.sets.size();
        parseSetList();
        if (m_project.sets.size() == before && !m_xml.hasError())
            m_project.leniencies.append(u"an empty <Sets/> (the schema wants at least one Set) was read as no sets"_s);
    }

    void parseSetList()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"Set") {
                skip();
                continue;
            }
            QdeSet set;
            takeAttributes();
            set.guid = attribute("guid"_L1);
            set.name = attribute("name"_L1);
            while (m_xml.readNextStartElement()) {
                const QStringView name = m_xml.name();
                if (name == u"MemberSource")
                    set.memberSources.append(targetOf());
                else if (name == u"MemberCode")
                    set.memberCodes.append(targetOf());
                else
                    m_xml.skipCurrentElement();
            }
            m_project.sets.append(set);
        }
    }

    QXmlStreamReader m_xml;
    QXmlStreamAttributes m_attributes;
    QString m_partName;
    const QdeParseOptions &m_options;
    QdeProject m_project;
    qsizetype m_sourceIndex = 0;
    bool m_callbackFailed = false;
    QString m_callbackError;
    bool m_refusedEntities = false;
    bool m_tooDeep = false;
};

} // namespace

Result<QdeProject> parseQde(const QByteArray &xml, const QString &partName, const QdeParseOptions &options)
{
    return Parser(xml, partName, options).run();
}

Result<QdeProject> parseQde(QIODevice *device, const QString &partName, const QdeParseOptions &options)
{
    return Parser(device, partName, options).run();
}

} // namespace marginalia::refiqda
