#include "team/ConflictTargets.h"

#include "project/Project.h"

#include <functional>

namespace marginalia::team {

namespace {

std::pair<QString, QString> splitPair(const QString &key)
{
    const qsizetype slash = key.indexOf(u'/');
    return slash < 0 ? std::pair{key, QString()} : std::pair{key.left(slash), key.mid(slash + 1)};
}

// Runs a one-row lookup; false when there is no such row.
Result<bool> lookUp(Database &db, const char *sql, const QString &first, const QString &second,
                    const std::function<void(const Statement &)> &read)
{
    auto row = db.prepare(sql);
    if (!row)
        return failure(row.error());
    row->bind(1, first);
    if (!second.isNull())
        row->bind(2, second);
    if (!row->step())
        return row->failed() ? Result<bool>(failure(row->error())) : Result<bool>(false);
    read(*row);
    return true;
}

} // namespace

Result<ConflictTarget> findConflictTarget(Project &project, const QString &kind, const QString &key)
{
    ConflictTarget target;
    target.kind = kind;
    target.key = key;
    Database &db = project.database();
    Result<bool> found = false;
    if (kind == u"code") {
        found = lookUp(db, "SELECT id, name FROM codes WHERE guid = ?1", key, {}, [&](const Statement &row) {
            target.codeId = row.int64(0);
            target.name = target.code = row.text(1);
        });
    } else if (kind == u"document") {
        found = lookUp(db, "SELECT id, name FROM documents WHERE guid = ?1", key, {}, [&](const Statement &row) {
            target.documentId = row.int64(0);
            target.name = target.document = row.text(1);
        });
    } else if (kind == u"coding") {
        found = lookUp(db,
                       "SELECT d.id, d.name, k.id, k.name, r.name, c.start, c.end FROM codings c "
                       "JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id "
                       "JOIN coders r ON r.id = c.coder_id WHERE c.guid = ?1",
                       key, {}, [&](const Statement &row) {
                           target.documentId = row.int64(0);
                           target.document = row.text(1);
                           target.codeId = row.int64(2);
                           target.code = row.text(3);
                           target.coder = row.text(4);
                           target.start = row.int64(5);
                           target.end = row.int64(6);
                       });
    } else if (kind == u"case") {
        found = lookUp(db, "SELECT name FROM cases WHERE guid = ?1", key, {},
                       [&](const Statement &row) { target.name = row.text(0); });
    } else if (kind == u"coder") {
        found = lookUp(db, "SELECT name FROM coders WHERE name = ?1", key, {},
                       [&](const Statement &row) { target.name = row.text(0); });
    } else if (kind == u"attribute") {
        found = lookUp(db, "SELECT name FROM attributes WHERE name = ?1", key, {},
                       [&](const Statement &row) { target.name = target.attribute = row.text(0); });
    } else if (kind == u"value") {
        const auto [document, attribute] = splitPair(key);
        target.attribute = attribute;
        found = lookUp(db, "SELECT id, name FROM documents WHERE guid = ?1", document, {}, [&](const Statement &row) {
            target.documentId = row.int64(0);
            target.document = row.text(1);
        });
    } else if (kind == u"case_document") {
        const auto [caseGuid, document] = splitPair(key);
        found = lookUp(db,
                       "SELECT c.name, d.id, d.name FROM cases c, documents d WHERE c.guid = ?1 AND d.guid = ?2",
                       caseGuid, document, [&](const Statement &row) {
                           target.name = row.text(0);
                           target.documentId = row.int64(1);
                           target.document = row.text(2);
                       });
    }
    if (!found)
        return failure(found.error());
    target.exists = *found;
    return target;
}

} // namespace marginalia::team
