#pragma once

#include "common/Result.h"

#include <QCommandLineOption>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace marginalia {
class Project;
}

namespace marginalia::cli {

struct Invocation;

// Checking what the command line says, shared by every command: numbers, and filters that must
// name things the project has.

// ---- numbers ----

// A whole number typed on the command line (a position, an id, a count) within [minimum, maximum].
// Only digits with an optional sign are numbers: "1e12", "5.0", "0x10", "inf" and "nan" are refused
// as not whole numbers, "-5" where 0 is the least as "must be 0 or more", and anything past the
// bounds (including past 64 bits) as "must be at most". `what` names the argument for the message
// ("START", "--top").
Result<qint64> parseWholeNumber(const QString &text, const QString &what, qint64 minimum = 0,
                                qint64 maximum = std::numeric_limits<qint64>::max());
// A number that may have a fraction (megabytes), in (0, maximum]: finite, written in decimal
// ("1e3" is fine, "inf" and "nan" are not).
Result<double> parsePositiveNumber(const QString &text, const QString &what, double maximum);

// The same for a positional argument or an option of a command: prints "command: message" and
// returns nothing when the text is wrong (the command then exits with Usage).
std::optional<qint64> wholeNumberArgument(const QString &command, const QString &text, const QString &what,
                                          qint64 minimum = 0, qint64 maximum = std::numeric_limits<qint64>::max());
// The option's value, or `fallback` when the option is not given.
std::optional<qint64> wholeNumberOption(const QString &command, const Invocation &invocation, const QString &option,
                                        qint64 fallback, qint64 minimum = 0,
                                        qint64 maximum = std::numeric_limits<qint64>::max());

// The largest --context a command takes (code points on each side of an excerpt or hit).
inline constexpr qint64 kMaxContext = 10000;

// QCommandLineParser reads "-5" as the option "5" ("Unknown option '5'"). This moves the
// arguments that are neither options nor option values (the positional ones) after a "--", where
// the parser takes everything as positional, so that a negative number reaches the command's own
// check ("START must be 0 or more, not -5"). The order of positional arguments is kept.
// `arguments` excludes the program and the command.
QStringList positionalsAfterDoubleDash(const QStringList &arguments, const QList<QCommandLineOption> &options);

// True when the arguments (after the command) ask for JSON output, before they are parsed: errors
// in the command line itself are then printed as JSON too.
bool asksForJson(const QStringList &arguments);

// ---- filters ----

// A filter naming something the project does not have is an error, as an unknown code is, not an
// empty result: each attribute filter (--site, --kind, --attr NAME=VALUE) needs an attribute of
// that name with each value on some document; each coder filter a coder of that name. The message
// names the value and lists the known ones.
Result<void> checkAttributeFilter(Project &project, const QMap<QString, QStringList> &filter);
Result<void> checkCoders(Project &project, const QStringList &coders);
// An attribute by name (matrix --by).
Result<void> checkAttributeName(Project &project, const QString &name);
// Both checks; prints the error and returns false when a filter names something unknown (the
// command then fails, exit 1, as for an unknown code).
bool filtersKnown(Project &project, const QMap<QString, QStringList> &attributes, const QStringList &coders);

} // namespace marginalia::cli
