#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace marginalia {

// The questions the interchange and backup commands ask: a file to read, a file to write, yes or
// no. Each shows the usual dialog, unless a hook is set: tests answer through it instead.
class Prompts
{
    Q_DECLARE_TR_FUNCTIONS(Prompts)

public:
    enum class Kind { OpenFile, SaveFile, Confirm, Choose };
    // Returns the file name chosen (empty: cancelled); for Confirm, any non-empty text means yes;
    // for Choose, the text of the item chosen (or its beginning; empty: cancelled).
    using Hook = std::function<QString(Kind kind, const QString &title)>;

    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    // The name gets suffix (".qdpx") if the user left it off.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                                const QString &suffix);
    static bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &yesText);
    // One of items (its index), or -1 when cancelled.
    static int choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items);

    // Answers every prompt through hook instead of a dialog; an empty hook restores the dialogs.
    static void setHook(Hook hook);
};

} // namespace marginalia
