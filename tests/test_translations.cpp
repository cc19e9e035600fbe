// Every message of every translation is finished and not empty.

#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(MARGINALIA_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({QStringLiteral("marginalia_*.ts")}, QDir::Files);
        QVERIFY(files.contains(QStringLiteral("marginalia_zh_CN.ts")));
        QVERIFY(files.contains(QStringLiteral("marginalia_de.ts")));
        QVERIFY(files.contains(QStringLiteral("marginalia_sv.ts")));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        int messages = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                    || type == QLatin1String("obsolete"))
                    problems.append(QStringLiteral("%1: “%2” is %3").arg(context, source, type));
                // A plural message holds <numerusform> elements; each must be filled.
                QString text;
                bool numerus = false;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        numerus = true;
                        if (xml.readElementText().trimmed().isEmpty())
                            problems.append(QStringLiteral("%1: “%2” has an empty plural form").arg(context, source));
                    } else if (xml.isCharacters()) {
                        text += xml.text();
                    }
                }
                if (!numerus && text.trimmed().isEmpty())
                    problems.append(QStringLiteral("%1: “%2” is empty").arg(context, source));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
