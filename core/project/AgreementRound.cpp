#include "project/AgreementRound.h"

#include "common/JsonText.h"
#include "project/Database.h"
#include "project/Project.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace marginalia {

namespace {

constexpr const char *kRoundKey = "agreement_round";

} // namespace

Result<std::optional<AgreementRound>> AgreementRounds::current()
{
    auto stmt = m_project.database().prepare("SELECT value FROM project_info WHERE key = ?1");
    if (!stmt)
        return failure(stmt.error());
    stmt->bind(1, QString::fromLatin1(kRoundKey));
    if (!stmt->step()) {
        if (stmt->failed())
            return failure(stmt->error());
        return std::optional<AgreementRound>();
    }
    const QJsonObject object = JsonText::parse(stmt->text(0).toUtf8()).object();
    AgreementRound round;
    round.set = object.value(QStringLiteral("set")).toString();
    round.openedBy = object.value(QStringLiteral("opened_by")).toString();
    round.openedAt = object.value(QStringLiteral("opened_at")).toString();
    if (round.set.isEmpty())
        return failure(QStringLiteral("%1 holds a blind round Marginalia cannot read (project_info '%2'); close it "
                                      "and open it again")
                           .arg(m_project.fileName(), QString::fromLatin1(kRoundKey)));
    auto members = documentsOfSet(m_project, round.set);
    if (!members)
        return failure(members.error());
    round.documentIds = std::move(*members);
    return std::optional<AgreementRound>(round);
}

Result<void> AgreementRounds::open(const QString &set)
{
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto open = current();
    if (!open && !open.error().contains(QLatin1StringView(kRoundKey)))
        return failure(open.error());
    if (open && *open)
        return failure(QStringLiteral("a blind round on '%1' is open already; close it first").arg((*open)->set));
    if (auto isSet = checkIsDocumentSet(m_project, set); !isSet)
        return isSet;
    const QJsonObject value{{QStringLiteral("set"), set},
                            {QStringLiteral("opened_by"), m_project.currentCoder()},
                            {QStringLiteral("opened_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    auto insert = db.prepare("INSERT OR REPLACE INTO project_info(key, value) VALUES (?1, ?2)");
    if (!insert)
        return failure(insert.error());
    insert->bind(1, QString::fromLatin1(kRoundKey));
    insert->bind(2, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    if (auto ok = insert->run(); !ok)
        return ok;
    if (auto ok = m_project.journal(QStringLiteral("open blind round"), QJsonObject{{QStringLiteral("set"), set}}); !ok)
        return ok;
    return transaction->commit();
}

Result<void> AgreementRounds::close()
{
    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    auto remove = db.prepare("DELETE FROM project_info WHERE key = ?1");
    if (!remove)
        return failure(remove.error());
    remove->bind(1, QString::fromLatin1(kRoundKey));
    if (auto ok = remove->run(); !ok)
        return ok;
    if (db.changes() == 0)
        return failure(QStringLiteral("no blind round is open"));
    if (auto ok = m_project.journal(QStringLiteral("close blind round"), {}); !ok)
        return ok;
    return transaction->commit();
}

Result<void> checkIsDocumentSet(Project &project, const QString &set)
{
    auto type = project.database().prepare("SELECT type FROM attributes WHERE name = ?1");
    if (!type)
        return failure(type.error());
    type->bind(1, set);
    if (!type->step())
        return failure(type->failed() ? type->error()
                                      : QStringLiteral("%1 has no set named '%2'").arg(project.fileName(), set));
    if (type->text(0) != u"boolean")
        return failure(QStringLiteral("'%1' in %2 is not a set of documents (a yes/no attribute)")
                           .arg(set, project.fileName()));
    return {};
}

Result<QList<qint64>> documentsOfSet(Project &project, const QString &set)
{
    auto members = project.database().prepare(
        "SELECT v.document_id FROM attributes a JOIN document_attributes v ON v.attribute_id = a.id"
        " WHERE a.name = ?1 AND v.value = 'true' ORDER BY v.document_id");
    if (!members)
        return failure(members.error());
    members->bind(1, set);
    QList<qint64> ids;
    while (members->step())
        ids.append(members->int64(0));
    if (members->failed())
        return failure(members->error());
    return ids;
}

bool roundHidesCodings(Project &project)
{
    if (!project.blindRoundsApplied())
        return false;
    auto round = AgreementRounds(project).current();
    return !round || round->has_value();
}

} // namespace marginalia
