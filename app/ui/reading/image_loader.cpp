#include "reading/image_loader.h"

#include "net/fetcher.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
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
    , m_images(64 * 1024) // cost in KiB of decoded pixels
{
    Core::FetcherOptions options;
    options.imageCacheDir = cacheDir;
    m_fetcher = new Core::Fetcher(options, this); // aborts what is in flight when the loader goes
}

ImageLoader::~ImageLoader()
{
    delete m_fetcher; // before the members its (unreported) callbacks would touch
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
    if (m_running.contains(url))
        return;
    m_running.insert(url);
    Core::FetchRequest request;
    request.url = url;
    request.kind = Core::FetchKind::Image;
    m_fetcher->fetch(request, [this, url](const Core::FetchResult &result) { finished(url, result); });
}

void ImageLoader::finished(const QUrl &url, const Core::FetchResult &result)
{
    m_running.remove(url);
    if (!result.ok()) {
        m_failed.insert(url);
        Q_EMIT failed(url, result.error.detail);
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
    watcher->setFuture(QtConcurrent::run(decode, result.body));
}

} // namespace Ui
