#include "coding/CodingController.h"

#include "coding/EditCommands.h"
#include "context/ProjectContext.h"
#include "document/DocumentView.h"
#include "project/CodeKeys.h"
#include "project/Codebook.h"
#include "settings/Settings.h"

#include <QMap>
#include <QMenu>
#include <QPixmap>

namespace marginalia {

CodingController::CodingController(ProjectContext *context, DocumentView *view, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_view(view)
    , m_recent(Settings().recentCodes(context->path()))
{
    forgetMissingCodes();
    connect(m_view, &DocumentView::codeDropped, this,
            [this](qint64 codeId, TextSpan span) { codeSpan(codeId, m_view->documentId(), span); });
    connect(m_view, &DocumentView::uncodeRequested, this, &CodingController::uncode);
    connect(m_view, &DocumentView::selectionMenuRequested, this, &CodingController::fillSelectionMenu);
    connect(m_context, &ProjectContext::changed, this, [this](ProjectContext::Changes changes) {
        if (changes & ProjectContext::Codes)
            forgetMissingCodes();
    });
}

void CodingController::fillSelectionMenu(QMenu *menu)
{
    QAction *first = menu->actions().value(0);
    auto *codeMenu = new QMenu(tr("&Code"), menu);
    codeMenu->setObjectName(QStringLiteral("codeSelectionMenu"));
    Codebook codebook(m_context->project());
    const auto addCode = [&](const Code &code, int key) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(code.color));
        QString path = code.path;
        path.replace(QLatin1Char('&'), QStringLiteral("&&"));
        // A code with a number key shows it first, as the menu's mnemonic too.
        QAction *action = codeMenu->addAction(QIcon(swatch), key ? QStringLiteral("&%1  %2").arg(key).arg(path) : path);
        const qint64 id = code.id;
        connect(action, &QAction::triggered, this, [this, id] { codeSelection(id); });
    };
    // The codes with keys in key order, then the recent codes without one.
    QMap<int, qint64> keys;
    if (auto assigned = CodeKeys(m_context->project()).assigned())
        keys = *assigned;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (auto code = codebook.code(it.value()))
            addCode(*code, it.key());
    }
    bool separated = keys.isEmpty();
    for (qint64 id : std::as_const(m_recent)) {
        if (keys.values().contains(id))
            continue;
        auto code = codebook.code(id);
        if (!code)
            continue;
        if (!separated) {
            codeMenu->addSeparator();
            separated = true;
        }
        addCode(*code, 0);
    }
    if (codeMenu->isEmpty())
        codeMenu->addAction(tr("No recent codes yet"))->setEnabled(false);
    menu->insertMenu(first, codeMenu);

    QAction *with = new QAction(tr("Code &with…"), menu);
    with->setObjectName(QStringLiteral("codeWithAction"));
    connect(with, &QAction::triggered, this, &CodingController::quickCodeRequested);
    QAction *added = new QAction(tr("&New Code…"), menu);
    added->setObjectName(QStringLiteral("newCodeAction"));
    connect(added, &QAction::triggered, this, &CodingController::newCodeRequested);
    QAction *inVivo = new QAction(tr("In &Vivo"), menu);
    inVivo->setObjectName(QStringLiteral("inVivoAction"));
    connect(inVivo, &QAction::triggered, this, &CodingController::codeInVivo);
    menu->insertActions(first, {with, added, inVivo});
    if (first)
        menu->insertSeparator(first);
}

bool CodingController::codeSelection(qint64 codeId)
{
    return codeSpan(codeId, m_view->documentId(), m_view->selectedSpan());
}

bool CodingController::codeSpan(qint64 codeId, qint64 documentId, TextSpan span)
{
    if (!EditCommands::addCoding(m_context, documentId, span, codeId))
        return false;
    remember(codeId);
    return true;
}

bool CodingController::codeWithKey(int key)
{
    auto keys = CodeKeys(m_context->project()).assigned();
    if (!keys) {
        m_context->reportFailure(keys.error());
        return false;
    }
    if (!keys->contains(key)) {
        m_context->reportFailure(
            tr("No code has the key %1: right-click a code in the codebook and choose Assign Key.").arg(key));
        return false;
    }
    return codeSelection(keys->value(key));
}

bool CodingController::codeInVivo()
{
    qint64 codeId = 0;
    if (!EditCommands::codeInVivo(m_context, m_view->documentId(), m_view->selectedSpan(), m_view->selectedText(),
                                  &codeId))
        return false;
    remember(codeId);
    return true;
}

bool CodingController::codeWithNewCode(const QString &name)
{
    qint64 codeId = 0;
    if (!EditCommands::codeWithNewCode(m_context, m_view->documentId(), m_view->selectedSpan(), name, &codeId))
        return false;
    remember(codeId);
    return true;
}

bool CodingController::uncode(qint64 codingId)
{
    return EditCommands::removeCoding(m_context, codingId);
}

void CodingController::remember(qint64 codeId)
{
    m_recent.removeAll(codeId);
    m_recent.prepend(codeId);
    while (m_recent.size() > kRecentCodes)
        m_recent.removeLast();
    Settings().setRecentCodes(m_context->path(), m_recent);
    Q_EMIT recentCodesChanged();
}

void CodingController::forgetMissingCodes()
{
    const qsizetype before = m_recent.size();
    Codebook codebook(m_context->project());
    m_recent.removeIf([&codebook](qint64 id) { return !codebook.code(id).has_value(); });
    if (m_recent.size() != before)
        Q_EMIT recentCodesChanged();
}

} // namespace marginalia
