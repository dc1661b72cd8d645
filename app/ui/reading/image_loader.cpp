#include "reading/image_loader.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtConcurrent/QtConcurrentRun>

namespace Ui {

namespace {

// Wider than any reading pane: bigger images are scaled down while decoding,
// so a 12,000-pixel photo does not cost half a gigabyte of pixels.
constexpr int MaxDecodedWidth = 2400;

// Runs on a pool thread: decoding a large JPEG takes tens of milliseconds,
// which the GUI thread must not spend.
QImage decode(QByteArray data)
{
    QBuffer buffer(&data);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && size.width() > MaxDecodedWidth)
        reader.setScaledSize(
            QSize(MaxDecodedWidth, qMax(1, int(qint64(size.height()) * MaxDecodedWidth / size.width()))));
    return reader.read();
}

} // namespace

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
    if (m_images.contains(url) || m_failed.contains(url) || m_decoding.contains(url))
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
    m_decoding.insert(url);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, url] {
        watcher->deleteLater();
        m_decoding.remove(url);
        QImage image = watcher->result();
        if (image.isNull()) {
            m_failed.insert(url);
            Q_EMIT failed(url, tr("Not an image the app can show"));
            return;
        }
        const int cost = qMax<qsizetype>(1, image.sizeInBytes() / 1024);
        m_images.insert(url, new QImage(std::move(image)), int(cost));
        Q_EMIT loaded(url);
    });
    watcher->setFuture(QtConcurrent::run(decode, reply->readAll()));
}

} // namespace Ui
