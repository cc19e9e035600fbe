#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace marginalia {

// Team server passwords in the desktop keyring (Secret Service or KWallet, through qtkeychain), keyed
// by the server's address without password; never anywhere else (qtkeychain's plain-text fallback
// stays off). Every call is asynchronous. Whether a keyring service is running is learnt from the
// first answer: without one (CI, offscreen, a session without D-Bus) the caller asks for the
// password each session and says why.
class PasswordKeyring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordKeyring)

public:
    enum class Availability { Unknown, Available, Unavailable };

    explicit PasswordKeyring(QObject *parent = nullptr);

    Availability availability() const { return m_availability; }
    // Why there is no keyring (the service's answer), once known.
    QString unavailableReason() const { return m_reason; }

    // done(password, problem): the password, or empty with the reason when there is none (problem is
    // empty when the keyring simply holds none for this server).
    void load(const QString &url, std::function<void(const QString &password, const QString &problem)> done);
    // done(problem): empty when kept.
    void save(const QString &url, const QString &password, std::function<void(const QString &problem)> done);
    void forget(const QString &url);

Q_SIGNALS:
    void availabilityChanged();

private:
    void learn(int error, const QString &errorString);

    Availability m_availability = Availability::Unknown;
    QString m_reason;
};

} // namespace marginalia
