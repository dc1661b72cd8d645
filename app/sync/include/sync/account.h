#pragma once

// Accounts: where a profile's subscriptions come from. The local account is
// today's behaviour (Tidings fetches every feed itself); a server account
// (Tiny Tiny RSS now, a Google Reader API server such as FreshRSS or Miniflux
// later) gets its feeds, stories and read/starred state from a feed server
// through a RemoteClient (remote_client.h).

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Sync {

enum class AccountKind {
    Local, // the feeds are fetched by Tidings itself
    TtRss, // a Tiny Tiny RSS server, through its JSON API (ttrss_client.h)
    // GoogleReader: planned (FreshRSS, Miniflux, Inoreader)
};

// The stable name an account kind is stored under ("local", "ttrss").
QString accountKindName(AccountKind kind);
// The kind stored under a name; an unknown name gives Local and `ok` false.
AccountKind accountKindFromName(const QString &name, bool *ok = nullptr);

struct AccountInfo {
    QString id; // stable, unique in the profile ("local", "ttrss-1")
    AccountKind kind = AccountKind::Local;
    QString title; // what the sidebar shows; empty: the UI's own words (the local account)
    QUrl server; // empty for the local account
    QString user; // the password is kept in the system keyring, never here
    qint64 sinceId = 0; // a server account: the newest story id the last complete sync stored

    bool isRemote() const { return kind != AccountKind::Local; }
    // The keyring key its password is kept under ("tidings-account:<id>").
    QString keyringKey() const { return QStringLiteral("tidings-account:") + id; }

    friend bool operator==(const AccountInfo &, const AccountInfo &) = default;
};

// The profile's own account (id "local"): today's behaviour.
AccountInfo localAccount();

// A profile's accounts, kept in <profile>/accounts.json (written whole and
// atomically). The local account is always there, first. A server account's
// pending changes live in the store (Core::Store::pendingChanges).
class AccountList final {
public:
    AccountList();
    static QString filePath(const QString &profileDir);

    // A missing file is the local account alone; a damaged one is an error
    // (and the list is left as it was).
    bool load(const QString &profileDir, QString *error = nullptr);
    bool save(const QString &profileDir, QString *error = nullptr) const;

    QList<AccountInfo> accounts() const { return m_accounts; }
    std::optional<AccountInfo> find(const QString &id) const;
    // Adds a server account with a new id ("ttrss-1", "ttrss-2"...).
    AccountInfo add(AccountKind kind, const QUrl &server, const QString &user, const QString &title);
    bool update(const AccountInfo &account); // false: no such account
    bool remove(const QString &id); // false for "local" and unknown ids

private:
    QList<AccountInfo> m_accounts;
};

} // namespace Sync
