#include "CoderChoice.h"

#include "common/UserAccount.h"
#include "project/Names.h"

#include <QJsonObject>
#include <QSettings>

#include <cstdio>
#include <optional>

namespace marginalia::cli {

namespace {

std::optional<CoderChoice> &remembered()
{
    static std::optional<CoderChoice> choice;
    return choice;
}

bool &announceAsText()
{
    static bool text = false;
    return text;
}

// The name the GUI stores (ui/settings/Settings: QSettings of "Marginalia"/"Marginalia", coder/name).
QString guiCoderName()
{
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Marginalia"),
                             QStringLiteral("Marginalia"));
    return settings.value(QStringLiteral("coder/name")).toString().trimmed();
}

} // namespace

Result<CoderChoice> chooseCoder(const QString &optionValue)
{
    CoderChoice choice;
    if (!optionValue.trimmed().isEmpty())
        choice = {optionValue, QStringLiteral("--coder")};
    else if (const QString variable = qEnvironmentVariable("MARGINALIA_CODER"); !variable.trimmed().isEmpty())
        choice = {variable, QStringLiteral("MARGINALIA_CODER")};
    else if (const QString setting = guiCoderName(); !setting.isEmpty())
        choice = {setting, QStringLiteral("GUI setting")};
    else if (const QString account = accountFullName(); !account.isEmpty())
        choice = {account, QStringLiteral("account name")};
    else
        return failure(QStringLiteral("who is coding? Give --coder NAME or set MARGINALIA_CODER"));
    auto checked = checkedName(QStringLiteral("coder"), choice.name);
    if (!checked)
        return failure(QStringLiteral("%1 (from %2)").arg(checked.error(), choice.source));
    choice.name = *checked;
    return choice;
}

void announceCoder(const CoderChoice &choice, bool json)
{
    remembered() = choice;
    announceAsText() = !json;
}

void printCoderChoice()
{
    if (!remembered() || !announceAsText())
        return;
    const QByteArray line = QStringLiteral("coder: %1 (from %2)\n").arg(remembered()->name, remembered()->source).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

QJsonValue coderChoiceJson()
{
    if (!remembered())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonObject{{QStringLiteral("name"), remembered()->name}, {QStringLiteral("source"), remembered()->source}};
}

QJsonValue withCoderChoice(const QJsonValue &result)
{
    const QJsonValue coder = coderChoiceJson();
    if (coder.isUndefined() || !result.isObject())
        return result;
    QJsonObject object = result.toObject();
    object.insert(QStringLiteral("coder"), coder);
    return object;
}

} // namespace marginalia::cli
