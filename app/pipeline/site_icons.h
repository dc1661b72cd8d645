#pragma once

// The icons of the subscriptions' sites: looked for at most weekly, after a
// feed was stored. The site's page is fetched and its <link rel="icon">
// candidates found off the GUI thread (Autodiscovery::siteIcons), then
// /favicon.ico; each through the app's Fetcher with the icon size cap. The
// first that decodes (normaliseSiteIcon) is kept as PNG in subscriptions.icon and
// announced; none at all is kept as "looked, found none" for the week.

#include "base/types.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

namespace Core {

class Fetcher;
class StorageWriter;
class Store;
struct FetchResult;

class SiteIcons final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteIcons)

public:
    static constexpr qint64 RefreshDays = 7;

    // `reader` (the GUI's), `writer` and `fetcher` must outlive this.
    SiteIcons(Store *reader, StorageWriter *writer, Fetcher *fetcher, QObject *parent = nullptr);
    ~SiteIcons() override;

    // Looks for the feed's icon if it never was, or not for RefreshDays.
    void refreshIfDue(SubscriptionId id);
    bool isBusy() const { return !m_inFlight.isEmpty(); }

Q_SIGNALS:
    void iconChanged(Core::SubscriptionId id);

private:
    void onPage(SubscriptionId id, const QUrl &page, const FetchResult &result);
    void tryNext(SubscriptionId id, QList<QUrl> candidates);
    void finish(SubscriptionId id, const QByteArray &icon);

    Store *m_reader;
    StorageWriter *m_writer;
    Fetcher *m_fetcher;
    QSet<SubscriptionId> m_inFlight;
};

} // namespace Core
