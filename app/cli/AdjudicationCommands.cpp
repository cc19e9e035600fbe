#include "AdjudicationCommands.h"

#include "AnalysisCommands.h"
#include "CliOutput.h"
#include "CoderChoice.h"
#include "analysis/Adjudication.h"
#include "common/JsonText.h"
#include "analysis/AgreementSample.h"
#include "project/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace marginalia::cli {

namespace {

QString spansText(const QList<TextSpan> &spans)
{
    QStringList parts;
    for (const TextSpan &span : spans)
        parts.append(QStringLiteral("[%1, %2)").arg(span.start).arg(span.end));
    return parts.isEmpty() ? QStringLiteral("(none)") : parts.join(QStringLiteral(", "));
}

QJsonArray spansJson(const QList<TextSpan> &spans)
{
    QJsonArray array;
    for (const TextSpan &span : spans)
        array.append(QJsonArray{span.start, span.end});
    return array;
}

QString statusName(AdjudicationStatus status)
{
    switch (status) {
    case AdjudicationStatus::Open: return QStringLiteral("open");
    case AdjudicationStatus::Neither: return QStringLiteral("neither");
    case AdjudicationStatus::CoderA: return QStringLiteral("a");
    case AdjudicationStatus::CoderB: return QStringLiteral("b");
    case AdjudicationStatus::Both: return QStringLiteral("both");
    case AdjudicationStatus::Edited: return QStringLiteral("edited");
    }
    return {};
}

struct Decision
{
    qsizetype item = 0;   // index into the items
    AdjudicationChoice choice = AdjudicationChoice::Neither;
    TextSpan edited;
};

int commandAdjudicate(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("adjudicate"),
        QStringLiteral("adjudicate PROJECT --coders A,B [--consensus NAME] [--set NAME] [--start] "
                       "[--decide N=a|b|both|neither|START-END]... [--coder NAME] [--json]"),
        {valueOption(QStringLiteral("coders"), QStringLiteral("The two coders whose disagreements are settled."),
                     QStringLiteral("A,B")),
         valueOption(QStringLiteral("consensus"),
                     QStringLiteral("The coder whose codings hold the decisions (default: consensus)."),
                     QStringLiteral("NAME")),
         valueOption(QStringLiteral("set"), QStringLiteral("Only the documents of this named set (a sample)."),
                     QStringLiteral("NAME")),
         QCommandLineOption(QStringLiteral("start"),
                            QStringLiteral("Copy what both coders coded alike to the consensus coder and save the "
                                           "agreement before adjudication.")),
         valueOption(QStringLiteral("decide"),
                     QStringLiteral("Settle disagreement N (as listed, from 1): coder a, coder b, both, neither, or "
                                    "the span START-END (code points, half-open). Repeatable; all or none are "
                                    "written."),
                     QStringLiteral("N=CHOICE")),
         coderOption(), jsonOption()},
        1,
        1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const auto usage = [&](const QString &message) {
        printUsageError(QStringLiteral("adjudicate: ") + message, QStringLiteral("marginalia-cli ") + spec.synopsis);
        return Usage;
    };
    QStringList coders;
    for (const QString &name : invocation->value(QStringLiteral("coders")).split(u',', Qt::SkipEmptyParts))
        coders.append(name.trimmed());
    if (coders.size() != 2)
        return usage(QStringLiteral("--coders takes two coder names, separated by a comma"));
    const QString consensus = invocation->isSet(QStringLiteral("consensus"))
                                  ? invocation->value(QStringLiteral("consensus")).trimmed()
                                  : QStringLiteral("consensus");
    static const QRegularExpression decisionPattern(
        QStringLiteral("^(\\d{1,9})=(a|b|both|neither|(\\d{1,15})-(\\d{1,15}))$"));
    QList<Decision> decisions;
    for (const QString &value : invocation->values(QStringLiteral("decide"))) {
        const QRegularExpressionMatch match = decisionPattern.match(value.trimmed().toLower());
        if (!match.hasMatch() || match.captured(1).toLongLong() < 1)
            return usage(QStringLiteral("--decide takes N=a, N=b, N=both, N=neither or N=START-END (N from 1), not '%1'")
                             .arg(value));
        Decision decision;
        decision.item = match.captured(1).toLongLong() - 1;
        const QString choice = match.captured(2);
        if (choice == u"a")
            decision.choice = AdjudicationChoice::CoderA;
        else if (choice == u"b")
            decision.choice = AdjudicationChoice::CoderB;
        else if (choice == u"both")
            decision.choice = AdjudicationChoice::Both;
        else if (choice == u"neither")
            decision.choice = AdjudicationChoice::Neither;
        else {
            decision.choice = AdjudicationChoice::Edited;
            decision.edited = {match.captured(3).toLongLong(), match.captured(4).toLongLong()};
            if (decision.edited.isEmpty())
                return usage(QStringLiteral("--decide %1: the span's end must be after its start").arg(value));
        }
        decisions.append(decision);
    }
    const bool writing = invocation->isSet(QStringLiteral("start")) || !decisions.isEmpty();
    auto project = openProject(invocation->positional[0], *invocation,
                               writing ? Project::Access::ReadWrite : Project::Access::ReadOnly);
    if (!project)
        return Failed;
    QList<qint64> documents;
    if (invocation->isSet(QStringLiteral("set"))) {
        auto members = AgreementSampler(*project).members(invocation->value(QStringLiteral("set")).trimmed());
        if (!members) {
            printError(members.error());
            return Failed;
        }
        documents = members->isEmpty() ? QList<qint64>{-1} : *members;   // an empty set settles nothing
    }
    Adjudication adjudication(*project, coders[0], coders[1], consensus);

    // Everything asked for is written in one transaction: all of it, or (on any refusal) nothing.
    qint64 copied = 0;
    if (writing) {
        auto transaction = Transaction::begin(project->database());
        if (!transaction) {
            printError(transaction.error());
            return Failed;
        }
        if (invocation->isSet(QStringLiteral("start"))) {
            auto count = adjudication.start(documents);
            if (!count) {
                printError(count.error());
                return Failed;
            }
            copied = *count;
        }
        if (!decisions.isEmpty()) {
            auto items = adjudication.items(documents);
            if (!items) {
                printError(items.error());
                return Failed;
            }
            for (const Decision &decision : decisions) {
                if (decision.item >= items->size()) {
                    printError(QStringLiteral("there is no disagreement %1: %2 lists %3; nothing was written")
                                   .arg(decision.item + 1)
                                   .arg(project->fileName())
                                   .arg(items->size()));
                    return Failed;
                }
                if (auto ok = adjudication.decide(items->at(decision.item), decision.choice, decision.edited); !ok) {
                    printError(ok.error() + QStringLiteral("; nothing was written"));
                    return Failed;
                }
            }
        }
        if (auto ok = transaction->commit(); !ok) {
            printError(ok.error());
            return Failed;
        }
    }

    auto items = adjudication.items(documents);
    if (!items) {
        printError(items.error());
        return Failed;
    }
    auto baseline = adjudication.baseline();
    if (!baseline) {
        printError(baseline.error());
        return Failed;
    }
    // Each coder against the consensus, once the consensus coder exists.
    QList<std::pair<QString, AgreementMeasures>> after;
    auto known = project->coderNames();
    if (known && known->contains(consensus)) {
        for (const QString &coder : coders) {
            AgreementOptions options;
            options.documentIds = documents;
            options.unitizing = false;
            options.withDisagreementText = false;
            options.onDisagreement = [](const Disagreement &) {};
            auto result = Agreement(*project).compute({coder, consensus}, {}, options);
            if (!result) {
                printError(result.error());
                return Failed;
            }
            after.append({coder, result->overall});
        }
    }

    if (invocation->isSet(kJson)) {
        // Written as it goes (a project with a million codings lists about as many disagreements): the fields in
        // QJsonObject's (sorted) order, byte for byte what printJson() wrote for the whole object.
        QJsonValue before(QJsonValue::Null);
        if (*baseline) {
            const AdjudicationBaseline &b = **baseline;
            before = QJsonObject{{QStringLiteral("coders"), QJsonArray::fromStringList(b.coders)},
                                 {QStringLiteral("consensus"), b.consensus},
                                 {QStringLiteral("saved_at"), b.savedAt},
                                 {QStringLiteral("unit"), QStringLiteral("character")},
                                 {QStringLiteral("documents"), b.documents},
                                 {QStringLiteral("percent_agreement"), b.percentAgreement},
                                 {QStringLiteral("cohen_kappa"), optionalNumber(b.cohenKappa)},
                                 {QStringLiteral("krippendorff_alpha"), optionalNumber(b.krippendorffAlpha)},
                                 {QStringLiteral("methods"), b.methods}};
        }
        QJsonArray afterJson;
        for (const auto &[coder, measures] : after)
            afterJson.append(QJsonObject{{QStringLiteral("coder"), coder},
                                         {QStringLiteral("percent_agreement"), measures.percentAgreement},
                                         {QStringLiteral("krippendorff_alpha"), optionalNumber(measures.krippendorffAlpha)}});
        JsonStream stream;
        stream.beginObject();
        stream.field(QStringLiteral("after"), afterJson);
        stream.field(QStringLiteral("before"), before);
        if (const QJsonValue coder = coderChoiceJson(); !coder.isUndefined())   // a command that wrote says who
            stream.field(QStringLiteral("coder"), coder);
        stream.field(QStringLiteral("coders"), QJsonArray::fromStringList(coders));
        stream.field(QStringLiteral("consensus"), consensus);
        stream.field(QStringLiteral("copied"), copied);
        stream.field(QStringLiteral("decided"), static_cast<qint64>(decisions.size()));
        stream.beginArray(QStringLiteral("disagreements"));
        for (qsizetype i = 0; i < items->size(); ++i) {
            const AdjudicationItem &item = items->at(i);
            stream.elementObject([&](JsonObjectWriter &object) {
                object.field(QLatin1StringView("a"), QJsonValue(spansJson(item.spansA)))
                    .field(QLatin1StringView("b"), QJsonValue(spansJson(item.spansB)))
                    .field(QLatin1StringView("code"), item.codePath)
                    .field(QLatin1StringView("consensus"), QJsonValue(spansJson(item.consensus)))
                    .field(QLatin1StringView("document"), item.document)
                    .field(QLatin1StringView("end"), item.extent.end)
                    .field(QLatin1StringView("n"), static_cast<qint64>(i + 1))
                    .field(QLatin1StringView("start"), item.extent.start)
                    .field(QLatin1StringView("status"), statusName(item.status));
            });
        }
        stream.end();
        stream.end();
        return Success;
    }
    if (invocation->isSet(QStringLiteral("start")))
        printLine(QStringLiteral("%1 agreed coding(s) copied to '%2'").arg(copied).arg(consensus));
    if (!decisions.isEmpty())
        printLine(QStringLiteral("%1 disagreement(s) settled").arg(decisions.size()));
    printLine(QStringLiteral("%1 disagreement(s) of %2 and %3 (positions: code points from 0, half-open):")
                  .arg(items->size())
                  .arg(coders[0], coders[1]));
    for (qsizetype i = 0; i < items->size(); ++i) {
        const AdjudicationItem &item = items->at(i);
        printLine(QStringLiteral("%1. %2\t%3\t[%4, %5)\t%6\ta: %7\tb: %8")
                      .arg(i + 1)
                      .arg(item.document, item.codePath)
                      .arg(item.extent.start)
                      .arg(item.extent.end)
                      .arg(statusName(item.status), spansText(item.spansA), spansText(item.spansB)));
    }
    if (*baseline)
        printLine(QStringLiteral("before adjudication (%1 vs %2, saved %3, character unit): agreement %4 %, Cohen's "
                                 "kappa %5, Krippendorff's alpha %6")
                      .arg((*baseline)->coders.value(0), (*baseline)->coders.value(1), (*baseline)->savedAt)
                      .arg(QString::number((*baseline)->percentAgreement, 'f', 1),
                           formatOptional((*baseline)->cohenKappa), formatOptional((*baseline)->krippendorffAlpha)));
    for (const auto &[coder, measures] : after)
        printLine(QStringLiteral("%1 vs %2 (character unit): agreement %3 %, Krippendorff's alpha %4")
                      .arg(coder, consensus, QString::number(measures.percentAgreement, 'f', 1),
                           formatOptional(measures.krippendorffAlpha)));
    return Success;
}

} // namespace

void addAdjudicationCommands(CommandTable &table)
{
    table.insert(QStringLiteral("adjudicate"), commandAdjudicate);
}

} // namespace marginalia::cli
