#include "refiqda/ProjectExtras.h"

#include "analysis/WordFrequencies.h"
#include "common/JsonText.h"
#include "project/Codebook.h"
#include "project/CodeKeys.h"
#include "project/Database.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace marginalia {

using namespace Qt::StringLiterals;

Result<ProjectExtras> ProjectExtras::read(Project &project)
{
    ProjectExtras extras;
    auto keys = CodeKeys(project).assigned();
    if (!keys)
        return failure(keys.error());
    Codebook codebook(project);
    for (auto it = keys->cbegin(); it != keys->cend(); ++it) {
        auto code = codebook.code(it.value());
        if (!code)
            return failure(code.error());
        extras.codeKeys.insert(it.key(), code->guid);
    }
    ProjectDictionary dictionary(project);
    auto added = dictionary.added();
    if (!added)
        return failure(added.error());
    auto removed = dictionary.removed();
    if (!removed)
        return failure(removed.error());
    extras.dictionaryAdded = *added;
    extras.dictionaryRemoved = *removed;
    return extras;
}

QByteArray ProjectExtras::toJson() const
{
    QJsonObject keys;
    for (auto it = codeKeys.cbegin(); it != codeKeys.cend(); ++it)
        keys.insert(QString::number(it.key()), it.value());
    const QJsonObject root{{u"format"_s, 1},
                           {u"code_keys"_s, keys},
                           {u"dictionary_added"_s, QJsonArray::fromStringList(dictionaryAdded)},
                           {u"dictionary_removed"_s, QJsonArray::fromStringList(dictionaryRemoved)}};
    return JsonText::escapeByteOrderMarks(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Result<ProjectExtras> ProjectExtras::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = JsonText::parse(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return failure(u"%1: %2 is not a JSON object (%3)"_s.arg(fileName, QString::fromLatin1(kEntryName), error.errorString()));
    const QJsonObject root = document.object();
    ProjectExtras extras;
    const QJsonObject keys = root.value(u"code_keys"_s).toObject();
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        bool ok = false;
        const int key = it.key().toInt(&ok);
        if (ok && CodeKeys::isValidKey(key) && it.value().isString())
            extras.codeKeys.insert(key, it.value().toString());
    }
    auto words = [&](const QString &name) {
        QStringList list;
        for (const QJsonValue &value : root.value(name).toArray()) {
            if (value.isString())
                list.append(value.toString());
        }
        return list;
    };
    extras.dictionaryAdded = words(u"dictionary_added"_s);
    extras.dictionaryRemoved = words(u"dictionary_removed"_s);
    return extras;
}

Result<ExtrasApplied> applyExtras(Project &project, const ProjectExtras &other, const QString &otherName,
                                  const QMap<QString, QString> &codeGuidMap)
{
    ExtrasApplied applied;
    auto ours = ProjectExtras::read(project);
    if (!ours)
        return failure(ours.error());
    Codebook codebook(project);
    auto codes = codebook.codes();
    if (!codes)
        return failure(codes.error());
    QHash<QString, const Code *> byGuid;
    for (const Code &code : *codes)
        byGuid.insert(code.guid, &code);
    QHash<QString, int> keyOfGuid;
    for (auto it = ours->codeKeys.cbegin(); it != ours->codeKeys.cend(); ++it)
        keyOfGuid.insert(it.value(), it.key());
    CodeKeys keys(project);
    for (auto it = other.codeKeys.cbegin(); it != other.codeKeys.cend(); ++it) {
        const QString guid = codeGuidMap.value(it.value(), it.value());
        const Code *code = byGuid.value(guid);
        if (code == nullptr) {
            applied.skipped.append(u"key %1 of %2 belongs to a code that is not in the project; not assigned"_s.arg(it.key()).arg(otherName));
            continue;
        }
        if (const auto mine = ours->codeKeys.constFind(it.key()); mine != ours->codeKeys.cend()) {
            if (*mine != guid) {
                const Code *kept = byGuid.value(*mine);
                applied.skipped.append(u"key %1 is '%2' in %3 but '%4' in %5; kept '%2'"_s.arg(it.key())
                                           .arg(kept ? kept->path : *mine, project.fileName(), code->path, otherName));
            }
            continue;
        }
        if (const auto key = keyOfGuid.constFind(guid); key != keyOfGuid.cend()) {
            applied.skipped.append(u"'%1' has key %2 in %3 but key %4 in %5; kept key %2"_s.arg(code->path)
                                       .arg(*key)
                                       .arg(project.fileName())
                                       .arg(it.key())
                                       .arg(otherName));
            continue;
        }
        if (auto ok = keys.assign(it.key(), code->id); !ok)
            return failure(ok.error());
        keyOfGuid.insert(guid, it.key());
        ++applied.keysAssigned;
    }

    const QSet<QString> ourAdded(ours->dictionaryAdded.cbegin(), ours->dictionaryAdded.cend());
    const QSet<QString> ourRemoved(ours->dictionaryRemoved.cbegin(), ours->dictionaryRemoved.cend());
    const auto collect = [&](const QStringList &words, const QSet<QString> &same, const QSet<QString> &opposite,
                             const QString &theirs, const QString &kept) {
        QStringList taken;
        for (const QString &raw : words) {
            const QString word = raw.trimmed().normalized(QString::NormalizationForm_C);
            if (same.contains(word) || taken.contains(word))
                continue;
            if (const QString why = ProjectDictionary::whyNotAWord(word); !why.isEmpty()) {
                applied.skipped.append(u"dictionary word of %1 skipped: %2"_s.arg(otherName, why));
                continue;
            }
            if (opposite.contains(word)) {
                applied.skipped.append(u"'%1' is %2 in %3 but %4 in %5; kept %4"_s.arg(word, theirs, otherName, kept,
                                                                                       project.fileName()));
                continue;
            }
            taken.append(word);
        }
        return taken;
    };
    ProjectDictionary dictionary(project);
    const QStringList add = collect(other.dictionaryAdded, ourAdded, ourRemoved, u"added"_s, u"removed"_s);
    if (!add.isEmpty()) {
        if (auto ok = dictionary.add(add); !ok)
            return failure(ok.error());
    }
    const QStringList remove = collect(other.dictionaryRemoved, ourRemoved, ourAdded, u"removed"_s, u"added"_s);
    if (!remove.isEmpty()) {
        if (auto ok = dictionary.remove(remove); !ok)
            return failure(ok.error());
    }
    applied.wordsAdded = add.size();
    applied.wordsRemoved = remove.size();
    return applied;
}

} // namespace marginalia
