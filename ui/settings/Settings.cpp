#include "settings/Settings.h"

#include "common/UserAccount.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLockFile>

namespace marginalia {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// A settings key for a path or GUID (which may contain '/' and other characters QSettings treats specially).
QString hashed(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

QString Settings::coderName() const
{
    const QString name = m_settings.value(key(kCoderNameKey)).toString().trimmed();
    return name.isEmpty() ? accountFullName() : name;
}

bool Settings::hasCoderName() const
{
    return !m_settings.value(key(kCoderNameKey)).toString().trimmed().isEmpty();
}

void Settings::setCoderName(const QString &name)
{
    m_settings.setValue(key(kCoderNameKey), name.trimmed());
}

QString Settings::language() const
{
    return m_settings.value(key("interface/language")).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(key("interface/language"), language);
}

QFont Settings::documentFont() const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSize(12);
    const QString stored = m_settings.value(key("document/font")).toString();
    if (!stored.isEmpty())
        font.fromString(stored);
    return font;
}

void Settings::setDocumentFont(const QFont &font)
{
    m_settings.setValue(key("document/font"), font.toString());
}

bool Settings::snapToWords() const
{
    return m_settings.value(key("document/snapToWords"), false).toBool();
}

void Settings::setSnapToWords(bool snap)
{
    m_settings.setValue(key("document/snapToWords"), snap);
}

QStringList Settings::recentProjects() const
{
    return m_settings.value(key("projects/recent")).toStringList();
}

void Settings::addRecentProject(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentProjects();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentProjects)
        recent.removeLast();
    m_settings.setValue(key("projects/recent"), recent);
}

void Settings::removeRecentProject(const QString &path)
{
    QStringList recent = recentProjects();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(key("projects/recent"), recent);
}

QString Settings::lastProject() const
{
    const QStringList recent = recentProjects();
    return recent.isEmpty() ? QString() : recent.first();
}

qint64 Settings::documentPosition(const QString &projectGuid, const QString &documentGuid) const
{
    return m_settings.value(key("positions/") + hashed(projectGuid + QLatin1Char(':') + documentGuid), 0).toLongLong();
}

void Settings::setDocumentPosition(const QString &projectGuid, const QString &documentGuid, qint64 position)
{
    m_settings.setValue(key("positions/") + hashed(projectGuid + QLatin1Char(':') + documentGuid), position);
}

QList<qint64> Settings::recentCodes(const QString &projectKey) const
{
    QList<qint64> ids;
    const QStringList stored = m_settings.value(key("recentCodes/") + hashed(projectKey)).toStringList();
    for (const QString &id : stored)
        ids.append(id.toLongLong());
    return ids;
}

void Settings::setRecentCodes(const QString &projectKey, const QList<qint64> &codeIds)
{
    QStringList stored;
    for (qint64 id : codeIds)
        stored.append(QString::number(id));
    m_settings.setValue(key("recentCodes/") + hashed(projectKey), stored);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(key("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(key("window/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(key("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(key("window/state"), state);
}

void Settings::clearAbandonedLock()
{
    // QSettings locks "<file>.lock" while it writes. A lock naming a program that has ended is stale to Qt at once; one
    // naming nobody only when it is older than the stale time, 30 s for QSettings. Here the stale time is one second:
    // taken (it is then stale or gone) and let go at once, or left where a running Marginalia holds it.
    QLockFile lock(QSettings().fileName() + QStringLiteral(".lock"));
    lock.setStaleLockTime(1000);
    if (lock.tryLock(1500))
        lock.unlock();
}

} // namespace marginalia
