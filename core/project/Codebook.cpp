#include "project/Codebook.h"

#include "project/Names.h"
#include "project/Project.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

namespace marginalia {

namespace {

QString clashMessage(const QString &name)
{
    return QStringLiteral("a code named '%1' exists already at that level of the codebook").arg(name);
}

bool isUniqueViolation(const QString &error)
{
    return error.contains(QStringLiteral("UNIQUE constraint failed"));
}

// A code from a row whose first columns are id, guid, parent (0 for none), name, color,
// description, memo, position; its path and depth are the caller's to fill in.
Code codeFromRow(Statement &row)
{
    Code code;
    code.id = row.int64(0);
    code.guid = row.text(1);
    code.parentId = row.int64(2);
    code.name = row.text(3);
    code.color = row.text(4);
    code.description = row.text(5);
    code.memo = row.text(6);
    code.position = static_cast<int>(row.int64(7));
    return code;
}

// Sets one text column of a code's row (sql: "UPDATE codes SET column = ?2 WHERE id = ?1") and journals the change
// as action with detail, in one transaction.
Result<void> updateCodeField(Project &project, std::string_view sql, qint64 codeId, const QString &value,
                             const QString &action, const QJsonObject &detail)
{
    Database &db = project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto update = db.prepare(sql);
    if (!update)
        return failure(update.error());
    if (auto ok = update->bind(1, codeId).bind(2, value).run(); !ok)
        return ok;
    if (auto ok = project.journal(action, detail); !ok)
        return ok;
    return transaction->commit();
}

} // namespace

bool Codebook::isValidColor(const QString &color)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return hex.match(color).hasMatch();
}

QString Codebook::defaultColor(int index) const
{
    // A palette that stays distinguishable as highlight colours on white.
    static const char *const palette[] = {"#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
                                          "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC"};
    return QString::fromLatin1(palette[index % std::size(palette)]);
}

Result<qint64> Codebook::add(const NewCode &code)
{
    auto checked = checkedName(QStringLiteral("code"), code.name);
    if (!checked)
        return failure(checked.error());
    const QString name = *checked;
    if (name.contains(u'/'))
        return failure(QStringLiteral("code names cannot contain '/' (it separates levels in code paths): '%1'").arg(name));
    if (!code.color.isEmpty() && !isValidColor(code.color))
        return failure(QStringLiteral("'%1' is not a colour; use the form #RRGGBB").arg(code.color));
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    if (code.parentId != 0) {
        if (auto parent = this->code(code.parentId); !parent)
            return failure(parent.error());
    }
    auto count = db.prepare("SELECT count(*) FROM codes");
    if (!count || !count->step())
        return failure(count ? count->error() : count.error());
    const int total = static_cast<int>(count->int64(0));
    auto insert = db.prepare(R"(INSERT INTO codes(guid, parent_id, name, color, description, position, created)
                                VALUES (?1, ?2, ?3, ?4, ?5,
                                        (SELECT ifnull(max(position) + 1, 0) FROM codes WHERE parent_id IS ?2), ?6))");
    if (!insert)
        return failure(insert.error());
    insert->bind(1, code.guid.isEmpty() ? newGuid() : code.guid);
    if (code.parentId == 0)
        insert->bindNull(2);
    else
        insert->bind(2, code.parentId);
    insert->bind(3, name)
        .bind(4, code.color.isEmpty() ? defaultColor(total) : code.color.toUpper())
        .bind(5, code.description.isNull() ? QStringLiteral("") : code.description)
        .bind(6, nowTimestamp());
    if (auto ok = insert->run(); !ok)
        return failure(isUniqueViolation(ok.error()) ? clashMessage(name) : ok.error());
    const qint64 id = db.lastInsertId();
    auto created = this->code(id);
    if (!created)
        return failure(created.error());
    if (auto ok = m_project.journal(QStringLiteral("add code"),
                                    {{QStringLiteral("code"), created->path}, {QStringLiteral("guid"), created->guid}});
        !ok)
        return failure(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());
    return id;
}

Result<QList<Code>> Codebook::codes()
{
    auto stmt = m_project.database().prepare(
        "SELECT id, guid, ifnull(parent_id, 0), name, color, description, memo, position FROM codes");
    if (!stmt)
        return failure(stmt.error());
    QHash<qint64, QList<Code>> children;
    while (stmt->step()) {
        const Code code = codeFromRow(*stmt);
        children[code.parentId].append(code);
    }
    if (stmt->failed())
        return failure(stmt->error());
    for (auto &siblings : children) {
        std::sort(siblings.begin(), siblings.end(), [](const Code &a, const Code &b) {
            return a.position != b.position ? a.position < b.position : a.id < b.id;
        });
    }
    // Depth first from the roots, with an explicit stack (a crafted file may nest codes deeper than
    // the call stack would take) and each code once (one whose parents run in a circle, or that is
    // its own parent, is visited at most once, or never when the circle does not reach a root).
    QList<Code> ordered;
    QSet<qint64> visited;
    struct Pending
    {
        qint64 parent;
        QString prefix;
        int depth;
        qsizetype next;   // the next child of parent to visit
    };
    std::vector<Pending> stack{{0, QString(), 0, 0}};
    while (!stack.empty()) {
        Pending &top = stack.back();
        const auto siblings = children.constFind(top.parent);
        if (siblings == children.cend() || top.next >= siblings->size()) {
            stack.pop_back();
            continue;
        }
        Code code = siblings->at(top.next++);
        if (visited.contains(code.id))
            continue;
        visited.insert(code.id);
        code.path = top.prefix.isEmpty() ? code.name : top.prefix + u'/' + code.name;
        code.depth = top.depth;
        ordered.append(code);
        stack.push_back({code.id, code.path, code.depth + 1, 0});
    }
    return ordered;
}

Result<Code> Codebook::code(qint64 codeId)
{
    // The code and its ancestors only (codings are added one by one with a lookup each, so this
    // must not read the whole tree): the row of depth 0 is the code itself. The depth limit stops
    // a crafted file whose parents run in a circle.
    auto stmt = m_project.database().prepare(
        R"(WITH RECURSIVE up(id, parent, depth) AS (
               SELECT id, parent_id, 0 FROM codes WHERE id = ?1
               UNION ALL SELECT c.id, c.parent_id, up.depth + 1 FROM codes c JOIN up ON c.id = up.parent
               WHERE up.depth < 10000)
           SELECT c.id, c.guid, ifnull(c.parent_id, 0), c.name, c.color, c.description, c.memo, c.position, up.depth
           FROM up JOIN codes c ON c.id = up.id ORDER BY up.depth DESC)");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, codeId);
    QStringList names;
    std::optional<Code> code;
    while (stmt->step()) {
        names.append(stmt->text(3));
        if (stmt->int64(8) == 0)
            code = codeFromRow(*stmt);
    }
    if (stmt->failed())
        return failure(stmt->error());
    if (!code)
        return failure(QStringLiteral("no code with id %1 in %2").arg(codeId).arg(m_project.fileName()));
    code->path = names.join(u'/');
    code->depth = static_cast<int>(names.size()) - 1;
    return *code;
}

Result<qint64> Codebook::find(const QString &nameOrPath)
{
    auto all = codes();
    if (!all)
        return failure(all.error());
    const QString wanted = nameOrPath.trimmed();
    QList<qint64> byName;
    for (const Code &code : *all) {
        if (code.path == wanted)
            return code.id;
        if (code.name == wanted)
            byName.append(code.id);
    }
    if (byName.size() == 1)
        return byName.first();
    if (byName.size() > 1)
        return failure(QStringLiteral("more than one code is named '%1'; give its path, e.g. 'Parent/%1'").arg(wanted));
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber) {
        for (const Code &code : *all) {
            if (code.id == id)
                return id;
        }
    }
    return failure(QStringLiteral("no code named '%1' in %2").arg(wanted, m_project.fileName()));
}

Result<QList<qint64>> Codebook::subtree(qint64 codeId)
{
    auto stmt = m_project.database().prepare(R"(WITH RECURSIVE tree(id) AS (
                                                    SELECT ?1 UNION
                                                    SELECT c.id FROM codes c JOIN tree t ON c.parent_id = t.id)
                                                SELECT id FROM tree)");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, codeId);
    QList<qint64> ids;
    while (stmt->step())
        ids.append(stmt->int64(0));
    if (stmt->failed())
        return failure(stmt->error());
    return ids;
}

Result<void> Codebook::rename(qint64 codeId, const QString &name)
{
    auto checked = checkedName(QStringLiteral("code"), name);
    if (!checked)
        return failure(checked.error());
    const QString trimmed = *checked;
    if (trimmed.contains(u'/'))
        return failure(QStringLiteral("code names cannot contain '/': '%1'").arg(trimmed));
    auto before = code(codeId);
    if (!before)
        return failure(before.error());
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto update = db.prepare("UPDATE codes SET name = ?2 WHERE id = ?1");
    if (!update)
        return failure(update.error());
    if (auto ok = update->bind(1, codeId).bind(2, trimmed).run(); !ok)
        return failure(isUniqueViolation(ok.error()) ? clashMessage(trimmed) : ok.error());
    if (auto ok = m_project.journal(QStringLiteral("rename code"),
                                    {{QStringLiteral("from"), before->path}, {QStringLiteral("to"), trimmed},
                                     {QStringLiteral("guid"), before->guid}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<void> Codebook::setColor(qint64 codeId, const QString &color)
{
    if (!isValidColor(color))
        return failure(QStringLiteral("'%1' is not a colour; use the form #RRGGBB").arg(color));
    auto before = code(codeId);
    if (!before)
        return failure(before.error());
    return updateCodeField(m_project, "UPDATE codes SET color = ?2 WHERE id = ?1", codeId, color.toUpper(),
                           QStringLiteral("recolour code"),
                           {{QStringLiteral("code"), before->path}, {QStringLiteral("color"), color.toUpper()}});
}

Result<void> Codebook::setDescription(qint64 codeId, const QString &description)
{
    auto before = code(codeId);
    if (!before)
        return failure(before.error());
    return updateCodeField(m_project, "UPDATE codes SET description = ?2 WHERE id = ?1", codeId,
                           description.isNull() ? QStringLiteral("") : description, QStringLiteral("describe code"),
                           {{QStringLiteral("code"), before->path}});
}

Result<void> Codebook::setMemo(qint64 codeId, const QString &memo)
{
    auto before = code(codeId);
    if (!before)
        return failure(before.error());
    // An empty memo is stored as NULL (a null QString binds NULL).
    return updateCodeField(m_project, "UPDATE codes SET memo = ?2 WHERE id = ?1", codeId,
                           memo.isEmpty() ? QString() : memo, QStringLiteral("edit code memo"),
                           {{QStringLiteral("code"), before->path}});
}

Result<void> Codebook::move(qint64 codeId, qint64 newParentId, int position)
{
    auto moving = code(codeId);
    if (!moving)
        return failure(moving.error());
    if (newParentId != 0) {
        auto below = subtree(codeId);
        if (!below)
            return failure(below.error());
        if (below->contains(newParentId))
            return failure(QStringLiteral("cannot move '%1' under itself or one of its sub-codes").arg(moving->name));
        if (auto parent = code(newParentId); !parent)
            return failure(parent.error());
    }
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    // Renumber the new siblings so the moved code lands at the wanted position.
    auto siblings = db.prepare("SELECT id FROM codes WHERE parent_id IS ?1 AND id <> ?2 ORDER BY position, id");
    if (!siblings)
        return failure(siblings.error());
    if (newParentId == 0)
        siblings->bindNull(1);
    else
        siblings->bind(1, newParentId);
    siblings->bind(2, codeId);
    QList<qint64> order;
    while (siblings->step())
        order.append(siblings->int64(0));
    if (siblings->failed())
        return failure(siblings->error());
    const qsizetype at = position < 0 || position > order.size() ? order.size() : position;
    order.insert(at, codeId);
    auto reparent = db.prepare("UPDATE codes SET parent_id = ?2 WHERE id = ?1");
    if (!reparent)
        return failure(reparent.error());
    reparent->bind(1, codeId);
    if (newParentId == 0)
        reparent->bindNull(2);
    else
        reparent->bind(2, newParentId);
    if (auto ok = reparent->run(); !ok)
        return failure(isUniqueViolation(ok.error()) ? clashMessage(moving->name) : ok.error());
    auto renumber = db.prepare("UPDATE codes SET position = ?2 WHERE id = ?1");
    if (!renumber)
        return failure(renumber.error());
    for (qsizetype i = 0; i < order.size(); ++i) {
        renumber->reset();
        if (auto ok = renumber->bind(1, order[i]).bind(2, static_cast<qint64>(i)).run(); !ok)
            return ok;
    }
    auto moved = code(codeId);
    if (!moved)
        return failure(moved.error());
    if (auto ok = m_project.journal(QStringLiteral("move code"),
                                    {{QStringLiteral("from"), moving->path}, {QStringLiteral("to"), moved->path},
                                     {QStringLiteral("position"), static_cast<qint64>(at)}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<qint64> Codebook::codingCount(qint64 codeId, bool withSubcodes)
{
    auto stmt = withSubcodes
                    ? m_project.database().prepare(R"(WITH RECURSIVE tree(id) AS (
                                                          SELECT ?1 UNION
                                                          SELECT c.id FROM codes c JOIN tree t ON c.parent_id = t.id)
                                                      SELECT count(*) FROM codings WHERE code_id IN tree)")
                    : m_project.database().prepare("SELECT count(*) FROM codings WHERE code_id = ?1");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, codeId);
    if (stmt->step())
        return stmt->int64(0);
    return failure(stmt->error());
}

Result<void> Codebook::remove(qint64 codeId, bool withCodings)
{
    auto doomed = code(codeId);
    if (!doomed)
        return failure(doomed.error());
    auto codings = codingCount(codeId);
    if (!codings)
        return failure(codings.error());
    if (*codings > 0 && !withCodings)
        return failure(QStringLiteral("'%1' has %2 coding(s) (with its sub-codes); deleting it deletes them too — "
                                      "confirm to go ahead")
                           .arg(doomed->path)
                           .arg(*codings));
    auto ids = subtree(codeId);
    if (!ids)
        return failure(ids.error());
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto erase = db.prepare("DELETE FROM codes WHERE id = ?1");
    if (!erase)
        return failure(erase.error());
    // Children before parents (the subtree query lists parents first).
    for (auto it = ids->crbegin(); it != ids->crend(); ++it) {
        erase->reset();
        if (auto ok = erase->bind(1, *it).run(); !ok)
            return ok;
    }
    if (auto ok = m_project.journal(QStringLiteral("delete code"),
                                    {{QStringLiteral("code"), doomed->path}, {QStringLiteral("guid"), doomed->guid},
                                     {QStringLiteral("codes"), static_cast<qint64>(ids->size())},
                                     {QStringLiteral("codings"), *codings}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<void> Codebook::merge(qint64 sourceId, qint64 targetId)
{
    if (sourceId == targetId)
        return failure(QStringLiteral("a code cannot be merged into itself"));
    auto source = code(sourceId);
    if (!source)
        return failure(source.error());
    auto target = code(targetId);
    if (!target)
        return failure(target.error());
    auto below = subtree(sourceId);
    if (!below)
        return failure(below.error());
    if (below->contains(targetId))
        return failure(QStringLiteral("cannot merge '%1' into its own sub-code '%2'").arg(source->path, target->path));
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    if (auto ok = mergeInto(sourceId, targetId); !ok)
        return ok;
    if (auto ok = m_project.journal(QStringLiteral("merge codes"),
                                    {{QStringLiteral("from"), source->path}, {QStringLiteral("into"), target->path},
                                     {QStringLiteral("from_guid"), source->guid},
                                     {QStringLiteral("into_guid"), target->guid}});
        !ok)
        return ok;
    return transaction->commit();
}

Result<void> Codebook::mergeInto(qint64 sourceId, qint64 targetId)
{
    Database &db = m_project.database();
    // Codings identical to one the target has already (same document, range and coder) collapse.
    auto moveCodings = db.prepare("UPDATE OR IGNORE codings SET code_id = ?2 WHERE code_id = ?1");
    auto dropDuplicates = db.prepare("DELETE FROM codings WHERE code_id = ?1");
    auto children = db.prepare("SELECT id, name FROM codes WHERE parent_id = ?1 ORDER BY position, id");
    auto sameName = db.prepare("SELECT id FROM codes WHERE parent_id = ?1 AND name = ?2");
    auto reparent = db.prepare(R"(UPDATE codes SET parent_id = ?2,
                                      position = (SELECT ifnull(max(position) + 1, 0) FROM codes WHERE parent_id = ?2)
                                  WHERE id = ?1)");
    auto erase = db.prepare("DELETE FROM codes WHERE id = ?1");
    for (auto *stmt : {&moveCodings, &dropDuplicates, &children, &sameName, &reparent, &erase}) {
        if (!*stmt)
            return failure(stmt->error());
    }
    if (auto ok = moveCodings->bind(1, sourceId).bind(2, targetId).run(); !ok)
        return ok;
    if (auto ok = dropDuplicates->bind(1, sourceId).run(); !ok)
        return ok;
    children->bind(1, sourceId);
    QList<std::pair<qint64, QString>> subcodes;
    while (children->step())
        subcodes.append({children->int64(0), children->text(1)});
    if (children->failed())
        return failure(children->error());
    for (const auto &[childId, childName] : subcodes) {
        sameName->reset();
        sameName->bind(1, targetId).bind(2, childName);
        if (sameName->step()) {
            if (auto ok = mergeInto(childId, sameName->int64(0)); !ok)
                return ok;
        } else {
            reparent->reset();
            if (auto ok = reparent->bind(1, childId).bind(2, targetId).run(); !ok)
                return ok;
        }
    }
    return erase->bind(1, sourceId).run();
}

} // namespace marginalia
