#include "interchange/Prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace marginalia {

namespace {

Prompts::Hook &hook()
{
    static Prompts::Hook instance;
    return instance;
}

} // namespace

void Prompts::setHook(Hook newHook)
{
    hook() = std::move(newHook);
}

QString Prompts::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (hook())
        return hook()(Kind::OpenFile, title);
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QString Prompts::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                              const QString &suffix)
{
    QString path = hook() ? hook()(Kind::SaveFile, title) : QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (!path.isEmpty() && !suffix.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

bool Prompts::confirm(QWidget *parent, const QString &title, const QString &question, const QString &yesText)
{
    if (hook())
        return !hook()(Kind::Confirm, title).isEmpty();
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

int Prompts::choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items)
{
    QString answer;
    if (hook()) {
        answer = hook()(Kind::Choose, title);
        if (answer.isEmpty())
            return -1;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items[i].startsWith(answer))
                return static_cast<int>(i);
        }
        return -1;
    }
    bool ok = false;
    answer = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? static_cast<int>(items.indexOf(answer)) : -1;
}

} // namespace marginalia
