#include "keyring/keychain_credential_store.h"

#include <qt6keychain/keychain.h>

namespace Ui {

KeychainCredentialStore::KeychainCredentialStore(const QString &service)
    : m_service(service)
{
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

void KeychainCredentialStore::readPassword(const QString &key, const ReadDone &done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::EntryNotFound)
            done({}, {});
        else if (read->error() != QKeychain::NoError)
            done({}, read->errorString());
        else
            done(read->textData(), {});
    });
    job->start();
}

void KeychainCredentialStore::writePassword(const QString &key, const QString &password, const WriteDone &done)
{
    QKeychain::Job *job = nullptr;
    if (password.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(m_service);
        remove->setKey(key);
        job = remove;
    } else {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setKey(key);
        write->setTextData(password);
        job = write;
    }
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [done, deleting = password.isEmpty()](QKeychain::Job *j) {
        const bool fine = j->error() == QKeychain::NoError || (deleting && j->error() == QKeychain::EntryNotFound);
        done(fine ? QString() : j->errorString());
    });
    job->start();
}

} // namespace Ui
