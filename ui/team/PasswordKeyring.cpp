#include "team/PasswordKeyring.h"

#include "team/PgConnection.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace marginalia {

namespace {

const QString kService = QStringLiteral("Marginalia team server");

QString keyFor(const QString &url)
{
    return team::urlWithoutPassword(url);
}

template<typename JobType>
JobType *newJob(QObject *parent)
{
    auto *job = new JobType(kService, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);   // never a plain-text copy in the settings
    return job;
}

} // namespace

PasswordKeyring::PasswordKeyring(QObject *parent)
    : QObject(parent)
{
}

void PasswordKeyring::learn(int error, const QString &errorString)
{
    Availability now = m_availability;
    if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
        now = Availability::Available;
    else if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented || error == QKeychain::OtherError
             || error == QKeychain::AccessDenied) {
        now = Availability::Unavailable;
        // qtkeychain says only "Unknown error" when no service answers on the session bus.
        m_reason = errorString.isEmpty() || errorString == u"Unknown error"
            ? tr("neither the Secret Service nor KWallet answered")
            : errorString;
    }
    if (now != m_availability) {
        m_availability = now;
        Q_EMIT availabilityChanged();
    }
}

void PasswordKeyring::load(const QString &url, std::function<void(const QString &, const QString &)> done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(this);
    job->setKey(keyFor(url));
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        learn(job->error(), job->errorString());
        if (job->error() == QKeychain::NoError)
            done(job->textData(), {});
        else
            done({}, job->error() == QKeychain::EntryNotFound ? QString() : job->errorString());
    });
    job->start();
}

void PasswordKeyring::save(const QString &url, const QString &password, std::function<void(const QString &)> done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(this);
    job->setKey(keyFor(url));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        learn(job->error(), job->errorString());
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void PasswordKeyring::forget(const QString &url)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(this);
    job->setKey(keyFor(url));
    connect(job, &QKeychain::Job::finished, this, [this, job] { learn(job->error(), job->errorString()); });
    job->start();
}

} // namespace marginalia
