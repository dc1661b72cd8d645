#include "sync/account.h"

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

} // namespace Sync
