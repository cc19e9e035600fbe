#pragma once

#include <QFont>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace marginalia {

// Typed access to the application's settings (QSettings underneath, so tests can point it at a
// temporary file with QStandardPaths::setTestModeEnabled or QSettings::setPath).
class Settings
{
public:
    Settings() = default;

    // The coder's name as chosen by the user, else the account's full name (never a made-up one).
    QString coderName() const;
    // False until the user has said who is coding (the first start asks).
    bool hasCoderName() const;
    void setCoderName(const QString &name);
    // Where the name is kept: the command-line tool reads the same key (organisation and
    // application "Marginalia") when neither --coder nor MARGINALIA_CODER is given.
    static constexpr const char *kCoderNameKey = "coder/name";

    // "" follows the system; otherwise "en", "zh_CN", "de", "sv". Takes effect at the next start.
    QString language() const;
    void setLanguage(const QString &language);

    QFont documentFont() const;
    void setDocumentFont(const QFont &font);

    bool snapToWords() const;
    void setSnapToWords(bool snap);

    // Most recent first, at most kMaxRecentProjects.
    QStringList recentProjects() const;
    void addRecentProject(const QString &path);
    void removeRecentProject(const QString &path);
    QString lastProject() const;

    // Where the user left a document (code point at the top of the view), per project and document GUID.
    qint64 documentPosition(const QString &projectGuid, const QString &documentGuid) const;
    void setDocumentPosition(const QString &projectGuid, const QString &documentGuid, qint64 position);

    // The code ids used most recently in a project, most recent first.
    QList<qint64> recentCodes(const QString &projectKey) const;
    void setRecentCodes(const QString &projectKey, const QList<qint64> &codeIds);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    static constexpr int kMaxRecentProjects = 10;

    // Removes a lock on the settings file that a Marginalia left without its name in it, killed while it wrote its
    // settings (between making the lock file and writing into it). Qt takes such a lock for another program's until it
    // is 30 s old, and the next start froze for that long, its window blank, before opening anything. Called once at
    // start, before the settings are written: waits at most about a second (a lock younger than that may be another
    // Marginalia's, being made) and never takes a lock that names a running Marginalia.
    static void clearAbandonedLock();

private:
    mutable QSettings m_settings;
};

} // namespace marginalia
