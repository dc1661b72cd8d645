#include "site_icons.h"

#include "feeds/autodiscovery.h"
#include "net/fetcher.h"
#include "pipeline/site_icon.h"
#include "pipeline/storage_writer.h"
#include "storage/store.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImage>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace Core {

namespace {

bool isWeb(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QUrl originPath(const QUrl &url, const QString &path)
{
    QUrl origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    origin.setPath(path);
    return origin;
}

} // namespace

SiteIcons::SiteIcons(Store *reader, StorageWriter *writer, Fetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_writer(writer)
    , m_fetcher(fetcher)
{
}

SiteIcons::~SiteIcons() = default;

void SiteIcons::refreshIfDue(SubscriptionId id)
{
    if (m_inFlight.contains(id))
        return;
    const std::optional<Subscription> sub = m_reader->subscription(id);
    if (!sub || isBuiltInFeed(sub->url))
        return;
    const QDateTime fetched = m_reader->subscriptionIconFetched(id);
    if (fetched.isValid() && fetched > QDateTime::currentDateTimeUtc().addDays(-RefreshDays))
        return;
    QUrl page(sub->siteUrl);
    if (!isWeb(page))
        page = originPath(QUrl(sub->url), QStringLiteral("/"));
    if (!isWeb(page))
        return;
    m_inFlight.insert(id);
    FetchRequest request;
    request.url = page;
    request.kind = FetchKind::Page;
    m_fetcher->fetch(request, [this, id, page](const FetchResult &result) { onPage(id, page, result); });
}

void SiteIcons::onPage(SubscriptionId id, const QUrl &page, const FetchResult &result)
{
    const QUrl where = result.finalUrl.isValid() ? result.finalUrl : page;
    const QUrl favicon = originPath(where, QStringLiteral("/favicon.ico"));
    if (!result.ok() || result.body.isEmpty()) {
        tryNext(id, { favicon });
        return;
    }
    // Parsing a page is the parser's kind of work: never on the GUI thread.
    auto *watcher = new QFutureWatcher<QList<QUrl>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, favicon] {
        QList<QUrl> candidates = watcher->result();
        watcher->deleteLater();
        if (!candidates.contains(favicon))
            candidates.append(favicon);
        tryNext(id, candidates);
    });
    watcher->setFuture(QtConcurrent::run([body = result.body, where, charset = result.charset] {
        return Autodiscovery::siteIcons(body, where, charset);
    }));
}

void SiteIcons::tryNext(SubscriptionId id, QList<QUrl> candidates)
{
    if (candidates.isEmpty()) {
        finish(id, {});
        return;
    }
    FetchRequest request;
    request.url = candidates.takeFirst();
    request.kind = FetchKind::Icon;
    m_fetcher->fetch(request, [this, id, candidates](const FetchResult &result) {
        if (!result.ok() || result.body.isEmpty()) {
            tryNext(id, candidates);
            return;
        }
        // Decoded and written on the storage thread; a broken image is no
        // icon, and the next candidate is tried.
        m_writer->write(
            [id, bytes = result.body](Store &store) -> Result<bool> {
                const QByteArray icon = normaliseSiteIcon(bytes);
                if (icon.isEmpty())
                    return false;
                const Status stored = store.setSubscriptionIcon(id, icon, QDateTime::currentDateTimeUtc());
                if (!stored)
                    return stored.error();
                return true;
            },
            this,
            [this, id, candidates](const Result<bool> &stored) {
                if (stored && !*stored) {
                    tryNext(id, candidates);
                    return;
                }
                m_inFlight.remove(id);
                if (stored)
                    Q_EMIT iconChanged(id);
            });
    });
}

void SiteIcons::finish(SubscriptionId id, const QByteArray &icon)
{
    m_writer->write(
        [id, icon](Store &store) {
            // Nothing usable this time (the site down, its icon gone or
            // broken): an icon found before stays, and the week starts again.
            const QByteArray kept = icon.isEmpty() ? store.subscriptionIcon(id) : icon;
            return store.setSubscriptionIcon(id, kept, QDateTime::currentDateTimeUtc());
        },
        this, [this, id](const Status &) { m_inFlight.remove(id); });
}

QByteArray normaliseSiteIcon(const QByteArray &bytes)
{
    constexpr int MaxSide = MaxSiteIconSide;
    constexpr int StoredSide = StoredSiteIconSide;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QSize claimed = reader.size();
    if (claimed.isValid() && (claimed.width() > MaxSide || claimed.height() > MaxSide))
        return {};
    QImage image = reader.read();
    if (image.isNull() || image.width() > MaxSide || image.height() > MaxSide)
        return {};
    if (image.width() > StoredSide || image.height() > StoredSide)
        image = image.scaled(StoredSide, StoredSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    if (!image.save(&out, "PNG"))
        return {};
    return png;
}

} // namespace Core
