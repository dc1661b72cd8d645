#pragma once

#include "window/credential_store.h"

#include <QString>

namespace Ui {

// Feed passwords in the system keyring (Secret Service or KWallet) through
// QtKeychain, under the service name given (one per profile).
class KeychainCredentialStore final : public CredentialStore {
public:
    explicit KeychainCredentialStore(const QString &service);
    ~KeychainCredentialStore() override;

    void readPassword(const QString &key, const ReadDone &done) override;
    void writePassword(const QString &key, const QString &password, const WriteDone &done) override;

private:
    QString m_service;
};

} // namespace Ui
