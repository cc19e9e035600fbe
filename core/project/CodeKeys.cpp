#include "project/CodeKeys.h"

#include "project/Codebook.h"
#include "project/Database.h"
#include "project/Project.h"

namespace marginalia {

namespace {

QString rowKey(int key)
{
    return QStringLiteral("code_key.%1").arg(key);
}

} // namespace

Result<QMap<int, qint64>> CodeKeys::assigned()
{
    auto rows = m_project.database().prepare(
        "SELECT CAST(substr(info.key, 10) AS INTEGER), codes.id FROM project_info AS info "
        "JOIN codes ON codes.guid = info.value WHERE info.key LIKE 'code\\_key.%' ESCAPE '\\'");
    if (!rows)
        return failure(rows.error());
    QMap<int, qint64> keys;
    while (rows->step()) {
        const int key = static_cast<int>(rows->int64(0));
        if (isValidKey(key))
            keys.insert(key, rows->int64(1));
    }
    if (rows->failed())
        return failure(rows->error());
    return keys;
}

Result<void> CodeKeys::assign(int key, qint64 codeId)
{
    if (!isValidKey(key))
        return failure(QStringLiteral("Only the keys %1 to %2 can be given to codes, not %3.")
                           .arg(kFirstKey)
                           .arg(kLastKey)
                           .arg(key));
    QString guid;
    QString path;
    if (codeId != 0) {
        auto code = Codebook(m_project).code(codeId);
        if (!code)
            return failure(code.error());
        guid = code->guid;
        path = code->path;
    }
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    // The key's previous code, and the code's previous key, lose them.
    auto clear = db.prepare("DELETE FROM project_info WHERE key = ?1 OR (key LIKE 'code\\_key.%' ESCAPE '\\' "
                            "AND value = ?2)");
    if (!clear)
        return failure(clear.error());
    if (auto ok = clear->bind(1, rowKey(key)).bind(2, guid.isEmpty() ? QStringLiteral("-") : guid).run(); !ok)
        return ok;
    if (codeId != 0) {
        auto insert = db.prepare("INSERT INTO project_info(key, value) VALUES (?1, ?2)");
        if (!insert)
            return failure(insert.error());
        if (auto ok = insert->bind(1, rowKey(key)).bind(2, guid).run(); !ok)
            return ok;
    }
    if (auto ok = m_project.journal(QStringLiteral("assign code key"),
                                    {{QStringLiteral("key"), key}, {QStringLiteral("code"), path}});
        !ok)
        return ok;
    return transaction->commit();
}

} // namespace marginalia
