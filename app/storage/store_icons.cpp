// Store: the cached icons of the subscriptions' sites (schema 10 columns
// subscriptions.icon and icon_fetched).

#include "storage/store.h"
#include "store_private.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Core {

using StoreDetail::dbError;
using StoreDetail::fromMs;
using StoreDetail::msOrNull;
using StoreDetail::run;

Status Store::setSubscriptionIcon(SubscriptionId id, const QByteArray &icon, const QDateTime &fetched)
{
    QSqlQuery query(d->db);
    // An empty icon is kept as NULL: "looked, found none".
    run(query, QStringLiteral("UPDATE subscriptions SET icon = ?, icon_fetched = ? WHERE id = ?"),
        { icon.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(icon), msOrNull(fetched), id });
    if (query.lastError().isValid())
        return dbError(query, QStringLiteral("storing a subscription's icon"));
    if (query.numRowsAffected() == 0)
        return Error { ErrorCode::NotFound, QStringLiteral("no subscription %1").arg(id), {} };
    return Ok {};
}

QByteArray Store::subscriptionIcon(SubscriptionId id) const
{
    QSqlQuery query(d->db);
    if (!run(query, QStringLiteral("SELECT icon FROM subscriptions WHERE id = ?"), { id }) || !query.next())
        return {};
    return query.value(0).toByteArray();
}

QDateTime Store::subscriptionIconFetched(SubscriptionId id) const
{
    QSqlQuery query(d->db);
    if (!run(query, QStringLiteral("SELECT icon_fetched FROM subscriptions WHERE id = ?"), { id }) || !query.next())
        return {};
    return fromMs(query.value(0));
}

QHash<SubscriptionId, QByteArray> Store::subscriptionIcons(Error *error) const
{
    QHash<SubscriptionId, QByteArray> icons;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT id, icon FROM subscriptions WHERE icon IS NOT NULL"))) {
        StoreDetail::reportListError(error, query, QStringLiteral("reading the feeds' icons"));
        return icons;
    }
    while (query.next())
        icons.insert(query.value(0).toLongLong(), query.value(1).toByteArray());
    return icons;
}

} // namespace Core
