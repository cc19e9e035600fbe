#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/InterchangeStore.h"
#include "project/Project.h"
#include "refiqda/RefiQda.h"
#include "text/TextNormalizer.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;

namespace {

const QString kSchemas = QStringLiteral(MARGINALIA_TEST_DATA "/../../../shared/refi-qda");
const QString kFixtures = QStringLiteral(MARGINALIA_TEST_DATA "/refiqda");

QByteArray readFixture(const QString &name)
{
    QFile file(kFixtures + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(name));
    return file.readAll();
}

bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, 9))
            return false;
        file.write(data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

QByteArray readEntry(const QString &zipPath, const QString &name)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString projectXml(const QString &body)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") + body;
}

} // namespace

class TestRefiQda : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath(const QString &suffix = QStringLiteral(".marginalia"))
    {
        return m_dir.filePath(QStringLiteral("f%1%2").arg(++m_counter).arg(suffix));
    }

    // A project with everything export carries, and text outside the BMP before coded passages.
    std::unique_ptr<Project> richProject()
    {
        auto created = Project::create(freshPath());
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        std::unique_ptr<Project> project = std::move(*created);
        project->setCurrentCoder(QStringLiteral("Li Na"));
        DocumentStore documents(*project);
        Codebook codebook(*project);
        CodingStore codings(*project);
        NewDocument first;
        first.name = QStringLiteral("Teacher interview 1");
        first.text = normalizeForStorage(QStringLiteral("𠀀😀 教师们用于教学。\nQ: How do you teach?\nA: 我们用😀 emoji 𠀀 and tables."));
        first.memo = QStringLiteral("Recorded in the staff room.");
        const qint64 d1 = *documents.add(first);
        NewDocument second;
        second.name = QStringLiteral("Observation 2");
        second.text = QStringLiteral("Plain English observation, with a tab\tand café.");
        const qint64 d2 = *documents.add(second);
        if (!(documents.setAttribute(d1, QStringLiteral("site"), QStringLiteral("Kunming"))))
            qFatal("setting up the rich project failed");
        if (!(documents.setAttribute(d2, QStringLiteral("site"), QStringLiteral("Beijing"))))
            qFatal("setting up the rich project failed");
        if (!(documents.defineAttribute(QStringLiteral("year"), QStringLiteral("integer"))))
            qFatal("setting up the rich project failed");
        if (!(documents.setAttribute(d1, QStringLiteral("year"), QStringLiteral("2019"))))
            qFatal("setting up the rich project failed");
        if (!(documents.defineAttribute(QStringLiteral("score"), QStringLiteral("real"))))
            qFatal("setting up the rich project failed");
        if (!(documents.setAttribute(d2, QStringLiteral("score"), QStringLiteral("3.25"))))
            qFatal("setting up the rich project failed");

        NewCode parent;
        parent.name = QStringLiteral("Teaching practice");
        parent.color = QStringLiteral("#4E79A7");
        parent.description = QStringLiteral("How teachers teach");
        const qint64 c1 = *codebook.add(parent);
        NewCode child;
        child.name = QStringLiteral("教学方法");
        child.parentId = c1;
        child.color = QStringLiteral("#E15759");
        const qint64 c2 = *codebook.add(child);
        if (!(codebook.setMemo(c2, QStringLiteral("Methods named by the teachers."))))
            qFatal("setting up the rich project failed");
        NewCode emoji;
        emoji.name = QStringLiteral("Emoji 😀");
        const qint64 c3 = *codebook.add(emoji);

        const auto code = [&](qint64 doc, qint64 codeId, qint64 start, qint64 end, const QString &coder,
                              const QString &memo = {}) {
            NewCoding coding;
            coding.documentId = doc;
            coding.codeId = codeId;
            coding.start = start;
            coding.end = end;
            coding.coder = coder;
            coding.memo = memo;
            auto added = codings.add(coding);
            if (!added)
                qFatal("%s", qPrintable(added.error()));
        };
        code(d1, c2, 3, 10, QStringLiteral("Li Na"), QStringLiteral("the key sentence"));   // 教师们用于教学
        code(d1, c3, 39, 40, QStringLiteral("Wang Wei"));                                     // 😀 after astral chars
        code(d1, c1, 29, 44, QStringLiteral("Wang Wei"));
        code(d2, c1, 0, 5, QStringLiteral("Li Na"));
        InterchangeStore store(*project);
        auto caseId = store.ensureCase(newGuid(), QStringLiteral("Kunming teachers"), QStringLiteral("Teachers at one site"));
        if (!caseId)
            qFatal("%s", qPrintable(caseId.error()));
        if (!store.addCaseDocument(*caseId, d1))
            qFatal("case");
        return project;
    }

    static bool haveXmllint() { return !QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty(); }

    static QString validate(const QByteArray &xml, const QString &schema, const QString &scratch)
    {
        QFile file(scratch);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(scratch);
        file.write(xml);
        file.close();
        QProcess process;
        process.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), schema, scratch});
        if (!process.waitForFinished(60000))
            return QStringLiteral("xmllint did not finish");
        if (process.exitCode() != 0)
            return QString::fromUtf8(process.readAllStandardError());
        return {};
    }

    struct Hostile
    {
        QString archive;
        QString project;
    };

    Hostile hostile(const QList<QPair<QString, QByteArray>> &entries)
    {
        Hostile h{freshPath(QStringLiteral(".qdpx")), freshPath()};
        if (!writeZip(h.archive, entries))
            qFatal("cannot write test archive");
        return h;
    }

    static QByteArray minimalQde(const QString &sourcePath)
    {
        return projectXml(QStringLiteral(
                              "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>"
                              "<TextSource guid=\"b0000000-0000-4000-8000-000000000001\" name=\"s\" plainTextPath=\"%1\"/>"
                              "</Sources></Project>")
                              .arg(sourcePath))
            .toUtf8();
    }

private Q_SLOTS:
    void exportValidatesAgainstTheSchemas()
    {
        if (!haveXmllint())
            QSKIP("xmllint is not installed (libxml2-utils); schema validation skipped");
        if (!QFile::exists(kSchemas + QStringLiteral("/Project.xsd")))
            QSKIP("the REFI-QDA schemas are not in ../shared/refi-qda; schema validation skipped");
        auto project = richProject();
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        auto report = exportQdpx(*project, qdpx);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->documents, 2);
        QCOMPARE(report->codes, 3);
        QCOMPARE(report->codings, 4);
        QCOMPARE(report->sets, 2);
        const QByteArray qde = readEntry(qdpx, QStringLiteral("project.qde"));
        QVERIFY(!qde.isEmpty());
        const QString problem = validate(qde, kSchemas + QStringLiteral("/Project.xsd"), freshPath(QStringLiteral(".qde")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QString qdc = freshPath(QStringLiteral(".qdc"));
        auto codebook = exportQdc(*project, qdc);
        QVERIFY2(codebook, qPrintable(codebook ? QString() : codebook.error()));
        QFile file(qdc);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString codebookProblem =
            validate(file.readAll(), kSchemas + QStringLiteral("/Codebook.xsd"), freshPath(QStringLiteral(".qdc.xml")));
        QVERIFY2(codebookProblem.isEmpty(), qPrintable(codebookProblem));
    }

    void exportWritesSourcesAsUtf8WithoutBom()
    {
        auto project = richProject();
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        QVERIFY(exportQdpx(*project, qdpx));
        auto snapshot = InterchangeStore(*project).snapshot();
        QVERIFY(snapshot);
        for (const SnapshotDocument &document : snapshot->documents) {
            const QByteArray bytes = readEntry(qdpx, QStringLiteral("sources/%1.txt").arg(document.guid));
            QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
            QCOMPARE(QString::fromUtf8(bytes), document.text);
        }
        const QString qde = QString::fromUtf8(readEntry(qdpx, QStringLiteral("project.qde")));
        QVERIFY(qde.contains(QStringLiteral("plainTextPath=\"internal://")));
        QVERIFY(qde.contains(QStringLiteral("startPosition=\"39\" endPosition=\"40\"")));
    }

    void roundTripKeepsTextAndEveryOffset()
    {
        auto project = richProject();
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        QVERIFY(exportQdpx(*project, qdpx));
        const QString back = freshPath();
        RefiImportOptions options;
        options.coder = QStringLiteral("Li Na");
        auto report = importQdpx(qdpx, back, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QVERIFY2(report->skipped.isEmpty(), qPrintable(report->skipped.value(0).reason));
        QCOMPARE(report->documents, 2);
        QCOMPARE(report->codes, 3);
        QCOMPARE(report->codings, 4);
        auto reopened = Project::open(back);
        QVERIFY(reopened);
        auto before = InterchangeStore(*project).snapshot();
        auto after = InterchangeStore(**reopened).snapshot();
        QVERIFY(before && after);

        QCOMPARE(after->documents.size(), before->documents.size());
        QHash<QString, SnapshotDocument> documents;
        QHash<qint64, QString> documentGuid;
        for (const SnapshotDocument &d : after->documents) {
            documents.insert(d.guid, d);
            documentGuid.insert(d.id, d.guid);
        }
        QHash<qint64, QString> beforeDocumentGuid;
        for (const SnapshotDocument &d : before->documents) {
            beforeDocumentGuid.insert(d.id, d.guid);
            QVERIFY(documents.contains(d.guid));
            QCOMPARE(documents[d.guid].text, d.text);
            QCOMPARE(documents[d.guid].name, d.name);
            QCOMPARE(documents[d.guid].memo, d.memo);
            QCOMPARE(documents[d.guid].attributes, d.attributes);
        }
        QHash<qint64, QString> codePath;
        QHash<qint64, QString> beforeCodePath;
        QCOMPARE(after->codes.size(), before->codes.size());
        for (qsizetype i = 0; i < before->codes.size(); ++i) {
            QCOMPARE(after->codes[i].guid, before->codes[i].guid);
            QCOMPARE(after->codes[i].path, before->codes[i].path);
            QCOMPARE(after->codes[i].color, before->codes[i].color);
            QCOMPARE(after->codes[i].description, before->codes[i].description);
            QCOMPARE(after->codes[i].memo, before->codes[i].memo);
            codePath.insert(after->codes[i].id, after->codes[i].path);
            beforeCodePath.insert(before->codes[i].id, before->codes[i].path);
        }
        QHash<qint64, QString> coderName;
        for (const SnapshotCoder &c : after->coders)
            coderName.insert(c.id, c.name);
        QHash<qint64, QString> beforeCoderName;
        for (const SnapshotCoder &c : before->coders)
            beforeCoderName.insert(c.id, c.name);
        QHash<QString, SnapshotCoding> codings;
        for (const SnapshotCoding &c : after->codings)
            codings.insert(c.guid, c);
        QCOMPARE(after->codings.size(), before->codings.size());
        for (const SnapshotCoding &c : before->codings) {
            QVERIFY(codings.contains(c.guid));
            const SnapshotCoding &a = codings[c.guid];
            QCOMPARE(a.start, c.start);
            QCOMPARE(a.end, c.end);
            QCOMPARE(a.memo, c.memo);
            QCOMPARE(documentGuid[a.documentId], beforeDocumentGuid[c.documentId]);
            QCOMPARE(codePath[a.codeId], beforeCodePath[c.codeId]);
            QCOMPARE(coderName[a.coderId], beforeCoderName[c.coderId]);
        }
        QCOMPARE(after->cases.size(), 1);
        QCOMPARE(after->cases[0].name, QStringLiteral("Kunming teachers"));
        QCOMPARE(after->cases[0].memo, QStringLiteral("Teachers at one site"));
        QCOMPARE(after->cases[0].documentIds.size(), 1);

        // The excerpt behind the emoji coding is the emoji itself.
        CodingFilter filter;
        filter.codeIds = {*Codebook(**reopened).find(QStringLiteral("Emoji 😀"))};
        auto segments = CodingStore(**reopened).segments(filter);
        QVERIFY(segments);
        QCOMPARE(segments->size(), 1);
        QCOMPARE(segments->first().text, QStringLiteral("😀"));

        // And a second export of the imported project is the same file content, GUIDs and all.
        const QString again = freshPath(QStringLiteral(".qdpx"));
        QVERIFY(exportQdpx(**reopened, again));
        QString first = QString::fromUtf8(readEntry(qdpx, QStringLiteral("project.qde")));
        QString second = QString::fromUtf8(readEntry(again, QStringLiteral("project.qde")));
        static const QRegularExpression volatileAttributes(QStringLiteral(" (modifiedDateTime|creationDateTime|name)=\"[^\"]*\""));
        first.remove(volatileAttributes);
        second.remove(volatileAttributes);
        QCOMPARE(second.size(), first.size());
    }

    void importsOtherToolsQuirks()
    {
        const QString archive = freshPath(QStringLiteral(".qdpx"));
        QVERIFY(writeZip(archive, {{QStringLiteral("project.qde"), readFixture(QStringLiteral("quirky-project.qde"))},
                                   {QStringLiteral("sources/b0000000-0000-4000-8000-000000000001.txt"),
                                    readFixture(QStringLiteral("crlf-bom.txt"))},
                                   {QStringLiteral("texts/b.txt"), readFixture(QStringLiteral("utf16.txt"))},
                                   {QStringLiteral("sources/decomposed.txt"), readFixture(QStringLiteral("decomposed.txt"))}}));
        const QString path = freshPath();
        auto report = importQdpx(archive, path);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->documents, 4);
        QCOMPARE(report->codes, 3);
        QCOMPARE(report->codings, 5);
        QCOMPARE(report->coders, 1);
        QCOMPARE(report->cases, 1);
        QStringList skipped;
        for (const RefiSkipped &item : report->skipped)
            skipped << item.item + QStringLiteral(": ") + item.reason;
        QCOMPARE(report->skipped.size(), 2);
        QVERIFY2(skipped.filter(QStringLiteral("PictureSource 'Classroom map'")).size() == 1, qPrintable(skipped.join(u'\n')));
        QVERIFY2(skipped.filter(QStringLiteral("positions 5–40")).size() == 1, qPrintable(skipped.join(u'\n')));
        const QString warnings = report->warnings.join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("UTF-16 units")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("line endings")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("NFC")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("isCodable")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("FancyExtension")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("Graphs")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("Either∕or")), qPrintable(warnings));

        auto project = Project::open(path);
        QVERIFY(project);
        auto all = CodingStore(**project).segments({});
        QVERIFY(all);
        QStringList excerpts;
        for (const CodedSegment &segment : *all)
            excerpts << segment.document + QStringLiteral(": ") + segment.text + QStringLiteral(" by ") + segment.coder;
        excerpts.sort();
        const QString importer = (*project)->currentCoder();
        QCOMPARE(excerpts, (QStringList{QStringLiteral("CRLF with BOM: Line two by Ana"),
                                        QStringLiteral("Decomposed: au lait by ") + importer,
                                        QStringLiteral("Inline Chinese: 们用 by ") + importer,
                                        QStringLiteral("UTF-16 units: here by Ana"),
                                        QStringLiteral("UTF-16 units: 教学 by Ana")}));
        DocumentStore documents(**project);
        auto crlf = documents.find(QStringLiteral("CRLF with BOM"));
        QVERIFY(crlf);
        QCOMPARE(*documents.text(*crlf), QStringLiteral("Line one\nLine two 😀\nEnd\n"));
        QCOMPARE(documents.attributes(*crlf)->value(QStringLiteral("site")), QStringLiteral("Kunming"));
        auto decomposed = documents.find(QStringLiteral("Decomposed"));
        QCOMPARE(*documents.text(*decomposed), QStringLiteral("Café au lait"));
        Codebook codebook(**project);
        auto teaching = codebook.find(QStringLiteral("Themes/Teaching"));
        QVERIFY(teaching);
        auto code = codebook.code(*teaching);
        QCOMPARE(code->color, QStringLiteral("#AABBCC"));
        QCOMPARE(code->memo, QStringLiteral("Watch for teacher-centred talk."));
    }

    void positionsCanBeForced()
    {
        const QString archive = freshPath(QStringLiteral(".qdpx"));
        QVERIFY(writeZip(archive, {{QStringLiteral("project.qde"), readFixture(QStringLiteral("quirky-project.qde"))},
                                   {QStringLiteral("sources/b0000000-0000-4000-8000-000000000001.txt"),
                                    readFixture(QStringLiteral("crlf-bom.txt"))},
                                   {QStringLiteral("texts/b.txt"), readFixture(QStringLiteral("utf16.txt"))},
                                   {QStringLiteral("sources/decomposed.txt"), readFixture(QStringLiteral("decomposed.txt"))}}));
        RefiImportOptions options;
        options.positionUnits = PositionUnits::CodePoints;
        auto report = importQdpx(archive, freshPath(), options);
        QVERIFY(report);
        QCOMPARE(report->codings, 4);   // [18, 22) is past the end when counted in code points
        QVERIFY(!report->warnings.join(u'\n').contains(QStringLiteral("UTF-16 units")));
    }

    void refusesHostileArchives_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zip slip") << QStringLiteral("slip") << QStringLiteral("zip slip");
        QTest::newRow("absolute path") << QStringLiteral("absolute") << QStringLiteral("absolute path");
        QTest::newRow("backslash slip") << QStringLiteral("backslash") << QStringLiteral("'..'");
        QTest::newRow("zip bomb in project.qde") << QStringLiteral("bomb") << QStringLiteral("zip bomb");
        QTest::newRow("zip bomb in a source") << QStringLiteral("source bomb") << QStringLiteral("zip bomb");
        QTest::newRow("total past the limit") << QStringLiteral("total") << QStringLiteral("altogether");
        QTest::newRow("billion laughs") << QStringLiteral("laughs") << QStringLiteral("billion laughs");
        QTest::newRow("external entity") << QStringLiteral("external") << QStringLiteral("external-entity");
        QTest::newRow("not a zip") << QStringLiteral("text") << QStringLiteral("not a REFI-QDA project");
    }

    void refusesHostileArchives()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QByteArray qde = minimalQde(QStringLiteral("internal://s.txt"));
        QList<QPair<QString, QByteArray>> entries{{QStringLiteral("project.qde"), qde},
                                                  {QStringLiteral("sources/s.txt"), QByteArray("hello")}};
        RefiImportOptions options;
        options.maxEntryBytes = 1024 * 1024;
        options.maxTotalBytes = 8 * 1024 * 1024;
        const QByteArray zeros(4 * 1024 * 1024, '\0');
        if (kind == u"slip")
            entries.append({QStringLiteral("../evil.txt"), QByteArray("pwned")});
        else if (kind == u"absolute")
            entries.append({QStringLiteral("/tmp/evil"), QByteArray("pwned")});
        else if (kind == u"backslash")
            entries.append({QStringLiteral("sources\\..\\..\\evil.txt"), QByteArray("pwned")});
        else if (kind == u"bomb")
            entries[0].second = qde + QByteArray(4 * 1024 * 1024, ' ');
        else if (kind == u"source bomb")
            entries[1].second = zeros;
        else if (kind == u"total") {
            options.maxTotalBytes = 1024;
            entries[1].second = QByteArray(2000, 'a');
        } else if (kind == u"laughs") {
            entries[0].second = QByteArray(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
                "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&lol3;\"/>");
        } else if (kind == u"external") {
            entries[0].second = QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM "
                                           "\"file:///etc/passwd\">]>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                                           "name=\"&x;\"/>");
        }
        Hostile h = hostile(entries);
        if (kind == u"text") {
            QFile file(h.archive);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("just text");
        }
        auto report = importQdpx(h.archive, h.project, options);
        QVERIFY(!report);
        QVERIFY2(report.error().contains(expected), qPrintable(report.error()));
        QVERIFY2(report.error().contains(QFileInfo(h.archive).fileName()), qPrintable(report.error()));
        QVERIFY(!QFile::exists(h.project));
        QVERIFY(!QFile::exists(h.project + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("evil.txt"))));
        QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("../evil.txt"))));
    }

    // Past ratioGuardFromBytes, an entry inflating to maxCompressionRatio times its compressed
    // size is refused however far below the size caps it stays.
    void ratioGuardRefusesWhatSizeCapsAllow()
    {
        QByteArray qde = minimalQde(QStringLiteral("internal://s.txt"));
        qde.insert(qde.indexOf("<Sources>"), "<!--" + QByteArray(3 * 1024 * 1024, ' ') + "-->");
        Hostile h = hostile({{QStringLiteral("project.qde"), qde}, {QStringLiteral("sources/s.txt"), QByteArray("hello")}});
        RefiImportOptions options;   // default caps: gigabytes
        auto report = importQdpx(h.archive, h.project, options);
        QVERIFY(!report);
        QVERIFY2(report.error().contains(QStringLiteral("times its compressed size")), qPrintable(report.error()));
        QVERIFY2(report.error().contains(QStringLiteral("zip bomb")), qPrintable(report.error()));
        QVERIFY(!QFile::exists(h.project));

        Hostile source = hostile({{QStringLiteral("project.qde"), minimalQde(QStringLiteral("internal://s.txt"))},
                                  {QStringLiteral("sources/s.txt"), QByteArray(2 * 1024 * 1024, 'a')}});
        report = importQdpx(source.archive, source.project, options);
        QVERIFY(!report);
        QVERIFY2(report.error().contains(QStringLiteral("times its compressed size")), qPrintable(report.error()));
        QVERIFY(!QFile::exists(source.project));

        // The same archives pass with the ratio guard off (the size caps alone allow them).
        options.maxCompressionRatio = 0;
        report = importQdpx(h.archive, freshPath(), options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->documents, 1);
    }

    // project.qde is parsed as it inflates: it may be far larger than what is ever read into memory
    // (maxReadBytes), and notes that selections refer to may come after the sources.
    void streamsProjectQdeLargerThanTheReadCap()
    {
        constexpr int kSelections = 20000;
        QString body = QStringLiteral(
            "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"big\">"
            "<Users><User guid=\"e0000000-0000-4000-8000-000000000001\" name=\"Ana\"/></Users>"
            "<CodeBook><Codes><Code guid=\"d0000000-0000-4000-8000-000000000001\" name=\"Theme\" isCodable=\"true\"/>"
            "</Codes></CodeBook><Sources>"
            "<TextSource guid=\"b0000000-0000-4000-8000-000000000001\" name=\"s\" plainTextPath=\"internal://s.txt\">");
        for (int i = 0; i < kSelections; ++i) {
            body += QStringLiteral("<PlainTextSelection guid=\"%1-0000-4000-8000-000000000001\" startPosition=\"%2\" "
                                   "endPosition=\"%3\" creatingUser=\"e0000000-0000-4000-8000-000000000001\">"
                                   "<Coding guid=\"%4-0000-4000-8000-000000000002\" "
                                   "creatingUser=\"e0000000-0000-4000-8000-000000000001\">"
                                   "<CodeRef targetGUID=\"d0000000-0000-4000-8000-000000000001\"/>%5</Coding>"
                                   "</PlainTextSelection>\n")
                        .arg(i + 0x10000000, 8, 16)
                        .arg(i)
                        .arg(i + 1)
                        .arg(i + 0x20000000, 8, 16)
                        .arg(i == 7 ? QStringLiteral("<NoteRef targetGUID=\"f0000000-0000-4000-8000-000000000001\"/>")
                                    : QString());
        }
        body += QStringLiteral("</TextSource></Sources><Notes><Note guid=\"f0000000-0000-4000-8000-000000000001\" "
                               "name=\"late\"><PlainTextContent>a note after the sources</PlainTextContent></Note>"
                               "</Notes></Project>");
        const QByteArray qde = projectXml(body).toUtf8();
        QVERIFY(qde.size() > 4 * 1024 * 1024);
        const QString archive = freshPath(QStringLiteral(".qdpx"));
        QVERIFY(writeZip(archive, {{QStringLiteral("project.qde"), qde},
                                   {QStringLiteral("sources/s.txt"), QByteArray(kSelections + 10, 'a')}}));

        RefiImportOptions options;
        options.maxReadBytes = 256 * 1024;   // the source fits; project.qde (megabytes) is streamed
        const QString target = freshPath();
        auto report = importQdpx(archive, target, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->codings, kSelections);
        QCOMPARE(report->notes, 1);
        {
            auto project = Project::open(target);
            QVERIFY(project);
            auto memo = (*project)->database().prepare("SELECT count(*) FROM codings WHERE memo = 'a note after the sources'");
            QVERIFY(memo && memo->step());
            QCOMPARE(memo->int64(0), 1);
        }

        // The per-entry cap still holds for the streamed entry.
        options.maxEntryBytes = 1024 * 1024;
        report = importQdpx(archive, freshPath(), options);
        QVERIFY(!report);
        QVERIFY2(report.error().contains(QStringLiteral("zip bomb")), qPrintable(report.error()));
    }

    void sourcesOutsideTheArchiveAreNotRead()
    {
        const QByteArray qde = projectXml(QStringLiteral(
            "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>"
            "<TextSource guid=\"b0000000-0000-4000-8000-000000000001\" name=\"passwd\" plainTextPath=\"/etc/passwd\"/>"
            "<TextSource guid=\"b0000000-0000-4000-8000-000000000002\" name=\"up\" plainTextPath=\"../secret.txt\"/>"
            "<TextSource guid=\"b0000000-0000-4000-8000-000000000003\" name=\"url\" plainTextPath=\"file:///etc/passwd\"/>"
            "<TextSource guid=\"b0000000-0000-4000-8000-000000000004\" name=\"ok\"><PlainTextContent>fine</PlainTextContent></TextSource>"
            "</Sources></Project>")).toUtf8();
        Hostile h = hostile({{QStringLiteral("project.qde"), qde}});
        auto report = importQdpx(h.archive, h.project);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->documents, 1);
        QCOMPARE(report->skipped.size(), 3);
    }

    void cancellingLeavesNothing()
    {
        auto project = richProject();
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        QVERIFY(exportQdpx(*project, qdpx));
        const QString target = freshPath();
        int calls = 0;
        auto report = importQdpx(qdpx, target, {}, [&](const InterchangeProgress &) { return ++calls < 3; });
        QVERIFY(!report);
        QVERIFY2(report.error().contains(QStringLiteral("cancelled")), qPrintable(report.error()));
        QVERIFY(!QFile::exists(target));

        const QString out = freshPath(QStringLiteral(".qdpx"));
        auto exported = exportQdpx(*project, out, [](const InterchangeProgress &p) { return p.stage != u"Writing sources"; });
        QVERIFY(!exported);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Hidden | QDir::Files).size(), 0);
    }

    void refusesToImportIntoAnExistingFile()
    {
        auto project = richProject();
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        QVERIFY(exportQdpx(*project, qdpx));
        auto report = importQdpx(qdpx, project->path());
        QVERIFY(!report);
        QVERIFY(report.error().contains(QStringLiteral("exists already")));
        QCOMPARE(*DocumentStore(*project).count(), 2);
    }

    void importsACodebookIntoAnExistingProject()
    {
        auto source = richProject();
        const QString qdc = freshPath(QStringLiteral(".qdc"));
        QVERIFY(exportQdc(*source, qdc));
        auto created = Project::create(freshPath());
        QVERIFY(created);
        Project &target = **created;
        NewCode existing;
        existing.name = QStringLiteral("Teaching practice");   // same path, another GUID: matched by path
        QVERIFY(Codebook(target).add(existing));
        auto report = importQdc(target, qdc);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->codesMatched, 1);
        QCOMPARE(report->codes, 2);
        auto codes = Codebook(target).codes();
        QCOMPARE(codes->size(), 3);
        QCOMPARE(codes->at(1).path, QStringLiteral("Teaching practice/教学方法"));
        QCOMPARE(codes->at(1).color, QStringLiteral("#E15759"));
        // Importing again matches everything by GUID (or path) and adds nothing.
        auto again = importQdc(target, qdc);
        QVERIFY(again);
        QCOMPARE(again->codes, 0);
        QCOMPARE(again->codesMatched, 3);
    }

    void cliRoundTrip()
    {
        auto project = richProject();
        const QString path = project->path();
        project.reset();
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        const QString back = freshPath();
        QProcess cli;
        cli.start(QStringLiteral(MARGINALIA_CLI), {QStringLiteral("export-qdpx"), path, qdpx, QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardOutput().contains("\"codings\": 4"));
        cli.start(QStringLiteral(MARGINALIA_CLI), {QStringLiteral("import-qdpx"), qdpx, back, QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardOutput().contains("\"documents\": 2"));
        // A hostile archive: exit 1, the message names the file and the problem.
        Hostile h = hostile({{QStringLiteral("project.qde"), minimalQde(QStringLiteral("internal://s.txt"))},
                             {QStringLiteral("../evil.txt"), QByteArray("x")}});
        cli.start(QStringLiteral(MARGINALIA_CLI), {QStringLiteral("import-qdpx"), h.archive, h.project});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        const QString error = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(error.contains(QFileInfo(h.archive).fileName()) && error.contains(QStringLiteral("../evil.txt")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(h.project));
    }
};

QTEST_GUILESS_MAIN(TestRefiQda)
#include "test_refiqda.moc"
