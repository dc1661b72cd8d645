#include "sync/account.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Sync {

QString accountKindName(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Local:
        return QStringLiteral("local");
    case AccountKind::TtRss:
        return QStringLiteral("ttrss");
    }
    return {};
}

AccountKind accountKindFromName(const QString &name, bool *ok)
{
    const bool known = name == QLatin1String("local") || name == QLatin1String("ttrss");
    if (ok)
        *ok = known;
    return name == QLatin1String("ttrss") ? AccountKind::TtRss : AccountKind::Local;
}

AccountInfo localAccount()
{
    AccountInfo info;
    info.id = QStringLiteral("local");
    info.kind = AccountKind::Local;
    return info;
}

AccountList::AccountList()
    : m_accounts { localAccount() }
{
}

QString AccountList::filePath(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("accounts.json"));
}

bool AccountList::load(const QString &profileDir, QString *error)
{
    QFile file(filePath(profileDir));
    if (!file.exists()) {
        m_accounts = { localAccount() };
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject() || !doc.object().value(QLatin1String("accounts")).isArray()) {
        if (error)
            *error = QStringLiteral("%1: not an accounts file (%2)").arg(file.fileName(), parseError.errorString());
        return false;
    }
    QList<AccountInfo> list { localAccount() };
    for (const QJsonValue &v : doc.object().value(QLatin1String("accounts")).toArray()) {
        const QJsonObject o = v.toObject();
        bool known = false;
        AccountInfo a;
        a.kind = accountKindFromName(o.value(QLatin1String("kind")).toString(), &known);
        a.id = o.value(QLatin1String("id")).toString();
        if (!known || a.kind == AccountKind::Local || a.id.isEmpty() || a.id == QLatin1String("local"))
            continue; // a kind this version does not know stays out (and is dropped on save)
        a.title = o.value(QLatin1String("title")).toString();
        a.server = QUrl(o.value(QLatin1String("server")).toString());
        a.user = o.value(QLatin1String("user")).toString();
        a.sinceId = o.value(QLatin1String("since_id")).toVariant().toLongLong();
        list.append(a);
    }
    m_accounts = list;
    return true;
}

bool AccountList::save(const QString &profileDir, QString *error) const
{
    QJsonArray list;
    for (const AccountInfo &a : m_accounts) {
        if (!a.isRemote())
            continue;
        list.append(QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("kind"), accountKindName(a.kind) },
            { QStringLiteral("title"), a.title }, { QStringLiteral("server"), a.server.toString() },
            { QStringLiteral("user"), a.user }, { QStringLiteral("since_id"), a.sinceId } });
    }
    QDir().mkpath(profileDir);
    QSaveFile file(filePath(profileDir));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject { { QStringLiteral("accounts"), list } }).toJson()) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<AccountInfo> AccountList::find(const QString &id) const
{
    for (const AccountInfo &a : m_accounts)
        if (a.id == id)
            return a;
    return std::nullopt;
}

AccountInfo AccountList::add(AccountKind kind, const QUrl &server, const QString &user, const QString &title)
{
    const QString prefix = accountKindName(kind) + QLatin1Char('-');
    int n = 1;
    while (find(prefix + QString::number(n)))
        ++n;
    AccountInfo a;
    a.id = prefix + QString::number(n);
    a.kind = kind;
    a.server = server;
    a.user = user;
    a.title = title.isEmpty() ? user + QLatin1Char('@') + server.host() : title;
    m_accounts.append(a);
    return a;
}

bool AccountList::update(const AccountInfo &account)
{
    for (AccountInfo &a : m_accounts) {
        if (a.id == account.id) {
            a = account;
            return true;
        }
    }
    return false;
}

bool AccountList::remove(const QString &id)
{
    if (id == QLatin1String("local"))
        return false;
    return m_accounts.removeIf([&](const AccountInfo &a) { return a.id == id; }) > 0;
}

} // namespace Sync
