#pragma once

// The keyring of the UI tests: passwords in memory, each answer given later
// on the event loop, as a real keyring gives it. Counts reads, and can be
// made slow (a keyring that is being unlocked, or asking the user).

#include "window/credential_store.h"

#include <QHash>
#include <QString>
#include <QTimer>

namespace UiTest {

class MemoryCredentialStore final : public Ui::CredentialStore {
public:
    void readPassword(const QString &key, const ReadDone &done) override
    {
        ++reads;
        QTimer::singleShot(answerDelayMs, [this, key, done] {
            ++answered;
            done(passwords.value(key), {});
        });
    }
    void writePassword(const QString &key, const QString &password, const WriteDone &done) override
    {
        QTimer::singleShot(0, [this, key, password, done] {
            if (password.isEmpty())
                passwords.remove(key);
            else
                passwords.insert(key, password);
            done({});
        });
    }
    QHash<QString, QString> passwords;
    int reads = 0;
    int answered = 0;
    int answerDelayMs = 0;
};

} // namespace UiTest
