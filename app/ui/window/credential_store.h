#pragma once

// Where feed passwords live: the system keyring in the app (QtKeychain, in
// app/keyring, linked only by the app), an in-memory store in tests. Never
// the database or the settings file. Every call answers asynchronously
// through its callback, on the caller's thread.

#include <QString>

#include <functional>

namespace Ui {

class CredentialStore {
public:
    CredentialStore() = default;
    virtual ~CredentialStore() = default;
    CredentialStore(const CredentialStore &) = delete;
    CredentialStore &operator=(const CredentialStore &) = delete;

    // `error` is empty on success; a key never stored reads as an empty password.
    using ReadDone = std::function<void(const QString &password, const QString &error)>;
    using WriteDone = std::function<void(const QString &error)>;

    virtual void readPassword(const QString &key, const ReadDone &done) = 0;
    // An empty password deletes the entry.
    virtual void writePassword(const QString &key, const QString &password, const WriteDone &done) = 0;
};

} // namespace Ui
