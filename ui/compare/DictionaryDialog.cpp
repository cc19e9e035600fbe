#include "compare/DictionaryDialog.h"

#include "analysis/WordFrequencies.h"
#include "coding/RecordedEditCommand.h"
#include "context/ProjectContext.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace marginalia {

namespace {

// Dictionary edits touch the stopwords table only; Codes makes the Compare tabs count again (code names
// are part of the dictionary too).
constexpr ProjectContext::Change kDictionaryChange = ProjectContext::Codes;

bool acceptable(const QString &word, QWidget *parent)
{
    if (ProjectDictionary::whyNotAWord(word).isEmpty())
        return true;
    QMessageBox::information(parent, DictionaryDialog::tr("Dictionary"),
                             DictionaryDialog::tr("“%1” cannot be a word of the dictionary: a word there is 2 to 16 "
                                                  "Chinese characters. Other words are found by spaces and "
                                                  "punctuation.")
                                 .arg(word));
    return false;
}

bool edit(ProjectContext *context, const QString &name, std::function<Result<void>(ProjectDictionary &)> change)
{
    return RecordedEditCommand::run(context, name, kDictionaryChange, [context, change]() -> Result<void> {
        ProjectDictionary dictionary(context->project());
        return change(dictionary);
    });
}

} // namespace

DictionaryDialog::DictionaryDialog(ProjectContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_added(new QListWidget(this))
    , m_removed(new QListWidget(this))
    , m_codeWords(new QLabel(this))
{
    setWindowTitle(tr("Dictionary"));
    setObjectName(QStringLiteral("dictionaryDialog"));
    auto *intro = new QLabel(tr("Chinese text is split into words with a dictionary. Add the words of your "
                                "project (names, terms of your field), or say that a word is not one here: "
                                "its characters are then counted on their own or with their neighbours."),
                             this);
    intro->setWordWrap(true);
    m_codeWords->setWordWrap(true);
    m_added->setObjectName(QStringLiteral("addedWords"));
    m_removed->setObjectName(QStringLiteral("notWords"));

    auto *add = new QPushButton(tr("&Add Word…"), this);
    auto *notWord = new QPushButton(tr("&Not a Word…"), this);
    auto *forget = new QPushButton(tr("&Forget"), this);
    forget->setToolTip(tr("Drop the project's change of the selected word."));
    connect(add, &QPushButton::clicked, this, [this] { askAndAddWord(m_context, QString(), this); });
    connect(notWord, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString word = QInputDialog::getText(this, tr("Not a Word"), tr("Word that is not a word in this project:"),
                                                   QLineEdit::Normal, QString(), &ok)
                                 .trimmed();
        if (ok && !word.isEmpty())
            markNotAWord(m_context, word, this);
    });
    connect(forget, &QPushButton::clicked, this, [this] {
        for (QListWidget *list : {m_added, m_removed}) {
            if (list->currentItem() && list->currentItem()->isSelected()) {
                forgetWord(m_context, list->currentItem()->text());
                return;
            }
        }
    });
    connect(m_context, &ProjectContext::changed, this, &DictionaryDialog::reload);

    auto *lists = new QGridLayout;
    lists->addWidget(new QLabel(tr("Words added:"), this), 0, 0);
    lists->addWidget(new QLabel(tr("Not words:"), this), 0, 1);
    lists->addWidget(m_added, 1, 0);
    lists->addWidget(m_removed, 1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(notWord);
    buttons->addWidget(forget);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(lists, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_codeWords);
    layout->addWidget(close);
    reload();
}

void DictionaryDialog::reload()
{
    ProjectDictionary dictionary(m_context->project());
    const auto added = dictionary.added();
    const auto removed = dictionary.removed();
    const auto codes = dictionary.codeWords();
    m_added->clear();
    m_removed->clear();
    if (added)
        m_added->addItems(*added);
    if (removed)
        m_removed->addItems(*removed);
    m_codeWords->setText(codes && !codes->isEmpty()
                             ? tr("Code names counted as words: %1").arg(codes->join(QStringLiteral(", ")))
                             : tr("Code names of Chinese characters count as words too."));
}

bool DictionaryDialog::addWord(ProjectContext *context, const QString &word, QWidget *parent)
{
    if (!acceptable(word, parent))
        return false;
    return edit(context, tr("Add “%1” to the dictionary").arg(word),
                [word](ProjectDictionary &dictionary) { return dictionary.add({word}); });
}

bool DictionaryDialog::markNotAWord(ProjectContext *context, const QString &word, QWidget *parent)
{
    if (!acceptable(word, parent))
        return false;
    return edit(context, tr("“%1” is not a word").arg(word),
                [word](ProjectDictionary &dictionary) { return dictionary.remove({word}); });
}

bool DictionaryDialog::forgetWord(ProjectContext *context, const QString &word)
{
    return edit(context, tr("Forget “%1” in the dictionary").arg(word),
                [word](ProjectDictionary &dictionary) { return dictionary.forget({word}); });
}

bool DictionaryDialog::askAndAddWord(ProjectContext *context, const QString &suggestion, QWidget *parent)
{
    bool ok = false;
    const QString word = QInputDialog::getText(parent, tr("Add to Dictionary"),
                                               tr("Word to count whole (for example, extend a character to the "
                                                  "word it belongs to):"),
                                               QLineEdit::Normal, suggestion, &ok)
                             .trimmed();
    if (!ok || word.isEmpty())
        return false;
    return addWord(context, word, parent);
}

} // namespace marginalia
