#include "import/DocumentReader.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "report/Report.h"
#include "text/TextIndex.h"
#include "text/TextNormalizer.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

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
    void code(qint64 document, const QString &text, const QString &passage, qint64 codeId, const QString &memo = {})
    {
        const qsizetype at = text.indexOf(passage);
        QVERIFY(at >= 0);
        NewCoding coding;
        coding.documentId = document;
        coding.codeId = codeId;
        coding.start = TextIndex::codePointLength(QStringView(text).left(at));
        coding.end = coding.start + TextIndex::codePointLength(passage);
        coding.memo = memo;
        auto added = CodingStore(*m_project).add(coding);
        QVERIFY2(added, added ? "" : qPrintable(added.error()));
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
        if (auto ok = ReportWriter::write(*data, *format, path); !ok)
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
        // By site, then code: Kunming sorts before 北京; each site has its codes under it.
        const qsizetype kunming = md.indexOf(QStringLiteral("\n## Kunming\n"));
        const qsizetype beijing = md.indexOf(QStringLiteral("\n## 北京\n"));
        QVERIFY(kunming > 0 && beijing > kunming);
        QVERIFY(md.indexOf(QStringLiteral("### 教学方法 (1)"), beijing) > beijing);
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
        QVERIFY(ReportWriter::writePdf(*data, path, &pages));
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
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
