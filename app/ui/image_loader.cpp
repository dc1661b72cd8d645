#include "ui/image_loader.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Ui {

ImageLoader::ImageLoader(const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_images(64 * 1024) // cost in KiB of decoded pixels
{
    auto *cache = new QNetworkDiskCache(m_network);
    cache->setCacheDirectory(cacheDir);
    cache->setMaximumCacheSize(200LL * 1024 * 1024);
    m_network->setCache(cache);
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_network->setTransferTimeout(30000);
    connect(m_network, &QNetworkAccessManager::finished, this, &ImageLoader::finished);
}

ImageLoader::~ImageLoader()
{
    for (QNetworkReply *reply : m_running.keys())
        reply->abort();
}

QImage ImageLoader::cached(const QUrl &url) const
{
    const QImage *image = m_images.object(url);
    return image ? *image : QImage();
}

void ImageLoader::request(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return;
    if (m_images.contains(url) || m_failed.contains(url))
        return;
    for (const QUrl &running : std::as_const(m_running))
        if (running == url)
            return;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Tidings/" TIDINGS_VERSION));
    request.setRawHeader("Accept", "image/avif,image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8");
    QNetworkReply *reply = m_network->get(request);
    m_running.insert(reply, url);
    // Refuse oversized images as soon as the size is known.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > MaxBytes || total > MaxBytes)
            reply->abort();
    });
}

void ImageLoader::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    const QUrl url = m_running.take(reply);
    if (url.isEmpty())
        return;
    if (reply->error() != QNetworkReply::NoError) {
        m_failed.insert(url);
        Q_EMIT failed(url, reply->errorString());
        return;
    }
    QImage image;
    if (!image.loadFromData(reply->readAll())) {
        m_failed.insert(url);
        Q_EMIT failed(url, tr("Not an image the app can show"));
        return;
    }
    const int cost = qMax<qsizetype>(1, image.sizeInBytes() / 1024);
    m_images.insert(url, new QImage(std::move(image)), int(cost));
    Q_EMIT loaded(url);
}

} // namespace Ui
