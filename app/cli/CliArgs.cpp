#include "CliArgs.h"

#include "CliOutput.h"
#include "CliSupport.h"

#include "project/DocumentStore.h"
#include "project/Project.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace marginalia::cli {

namespace {

// What the message says of a number typed outside the bounds: the text as typed (it may be past 64 bits).
QString boundsMessage(const QString &what, const QString &typed, bool tooSmall, qint64 minimum, qint64 maximum)
{
    if (tooSmall)
        return QStringLiteral("%1 must be %2 or more, not %3").arg(what).arg(minimum).arg(typed);
    return QStringLiteral("%1 must be at most %2, not %3").arg(what).arg(maximum).arg(typed);
}

// Known names for a message, quoted; long lists are cut short.
QString knownList(const QStringList &names)
{
    if (names.isEmpty())
        return QStringLiteral("none");
    constexpr qsizetype kShown = 20;
    QStringList quoted;
    for (qsizetype i = 0; i < std::min(names.size(), kShown); ++i)
        quoted.append(u'\'' + names[i] + u'\'');
    QString list = quoted.join(QStringLiteral(", "));
    if (names.size() > kShown)
        list += QStringLiteral(" and %1 more").arg(names.size() - kShown);
    return list;
}

bool looksLikeNegativeNumber(const QString &argument)
{
    static const QRegularExpression negative(QStringLiteral("^-(\\d|\\.\\d|inf|nan)"),
                                             QRegularExpression::CaseInsensitiveOption);
    return negative.match(argument).hasMatch();
}

} // namespace

Result<qint64> parseWholeNumber(const QString &text, const QString &what, qint64 minimum, qint64 maximum)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return failure(QStringLiteral("%1 needs a whole number, not an empty text").arg(what));
    static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]+$"));
    if (!digits.match(typed).hasMatch())
        return failure(QStringLiteral("%1 must be a whole number written in digits, not '%2'").arg(what, text));
    bool ok = false;
    const qint64 value = typed.toLongLong(&ok);
    if (!ok)   // only digits, so it is past 64 bits
        return failure(boundsMessage(what, typed, typed.startsWith(u'-'), minimum, maximum));
    if (value < minimum || value > maximum)
        return failure(boundsMessage(what, typed, value < minimum, minimum, maximum));
    return value;
}

Result<double> parsePositiveNumber(const QString &text, const QString &what, double maximum)
{
    const QString typed = text.trimmed();
    static const QRegularExpression decimal(QStringLiteral("^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
    if (!decimal.match(typed).hasMatch())
        return failure(QStringLiteral("%1 must be a number such as 50 or 0.5, not '%2'").arg(what, text));
    bool ok = false;
    const double value = typed.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value > maximum)
        return failure(QStringLiteral("%1 must be at most %2, not %3").arg(what).arg(maximum, 0, 'g', 12).arg(typed));
    if (value <= 0)
        return failure(QStringLiteral("%1 must be more than 0, not %2").arg(what, typed));
    return value;
}

std::optional<qint64> wholeNumberArgument(const QString &command, const QString &text, const QString &what,
                                          qint64 minimum, qint64 maximum)
{
    auto value = parseWholeNumber(text, what, minimum, maximum);
    if (!value) {
        printError(command + QStringLiteral(": ") + value.error());
        return std::nullopt;
    }
    return *value;
}

std::optional<qint64> wholeNumberOption(const QString &command, const Invocation &invocation, const QString &option,
                                        qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!invocation.isSet(option))
        return fallback;
    return wholeNumberArgument(command, invocation.value(option), QStringLiteral("--") + option, minimum, maximum);
}

QStringList positionalsAfterDoubleDash(const QStringList &arguments, const QList<QCommandLineOption> &options)
{
    QStringList optionPart;
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--") {
            positional += arguments.mid(i + 1);
            break;
        }
        if (!argument.startsWith(u'-') || argument == u"-" || looksLikeNegativeNumber(argument)) {
            positional.append(argument);
            continue;
        }
        optionPart.append(argument);
        const QString name = argument.mid(argument.startsWith(QStringLiteral("--")) ? 2 : 1);
        if (name.contains(u'='))
            continue;
        const bool takesValue = std::any_of(options.cbegin(), options.cend(), [&](const QCommandLineOption &option) {
            return !option.valueName().isEmpty() && option.names().contains(name);
        });
        if (takesValue && i + 1 < arguments.size())
            optionPart.append(arguments[++i]);   // its value, whatever it looks like
    }
    if (positional.isEmpty())
        return optionPart;
    return optionPart + QStringList{QStringLiteral("--")} + positional;
}

bool asksForJson(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--")
            return false;
        if (argument == u"--json" || argument == u"-json")
            return true;
    }
    return false;
}

Result<void> checkAttributeFilter(Project &project, const QMap<QString, QStringList> &filter)
{
    if (filter.isEmpty())
        return {};
    DocumentStore documents(project);
    auto values = documents.attributeValues();
    if (!values)
        return failure(values.error());
    for (auto it = filter.cbegin(); it != filter.cend(); ++it) {
        if (auto named = checkAttributeName(project, it.key()); !named)
            return named;
        const QStringList known = values->value(it.key());
        for (const QString &value : it.value()) {
            if (!known.contains(value))
                return failure(QStringLiteral("no document in %1 has the %2 '%3'; the values of %2 are: %4")
                                   .arg(project.fileName(), it.key(), value, knownList(known)));
        }
    }
    return {};
}

Result<void> checkAttributeName(Project &project, const QString &name)
{
    auto definitions = DocumentStore(project).attributeDefinitions();
    if (!definitions)
        return failure(definitions.error());
    QStringList names;
    for (const AttributeDefinition &definition : *definitions)
        names.append(definition.name);
    if (!names.contains(name))
        return failure(QStringLiteral("no attribute named '%1' in %2; its attributes are: %3")
                           .arg(name, project.fileName(), knownList(names)));
    return {};
}

Result<void> checkCoders(Project &project, const QStringList &coders)
{
    if (coders.isEmpty())
        return {};
    auto known = project.coderNames();
    if (!known)
        return failure(known.error());
    for (const QString &coder : coders) {
        if (!known->contains(coder))
            return failure(QStringLiteral("no coder named '%1' in %2; its coders are: %3")
                               .arg(coder, project.fileName(), knownList(*known)));
    }
    return {};
}

bool filtersKnown(Project &project, const QMap<QString, QStringList> &attributes, const QStringList &coders)
{
    for (const Result<void> &known : {checkAttributeFilter(project, attributes), checkCoders(project, coders)}) {
        if (!known) {
            printError(known.error());
            return false;
        }
    }
    return true;
}

} // namespace marginalia::cli
