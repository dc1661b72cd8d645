#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QUrl>

namespace Core {
class Fetcher;
struct FetchResult;
}

namespace Ui {

// The only way a remote image reaches the screen: the app's own Fetcher
// (its User-Agent, its image size cap, per-host politeness) with a disk
// cache in the profile's cache folder. The reading pane asks it only for
// images the user allowed.
class ImageLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageLoader)

public:
    explicit ImageLoader(const QString &cacheDir, QObject *parent = nullptr);
    ~ImageLoader() override;

    // A decoded image from memory, or a null image.
    QImage cached(const QUrl &url) const;
    // Starts a download unless one is running or it failed before.
    void request(const QUrl &url);
    int pending() const { return int(m_running.size() + m_decoding.size()); }

Q_SIGNALS:
    void loaded(const QUrl &url);
    void failed(const QUrl &url, const QString &reason);

private:
    void finished(const QUrl &url, const Core::FetchResult &result);

    Core::Fetcher *m_fetcher;
    QCache<QUrl, QImage> m_images;
    QSet<QUrl> m_running;
    QSet<QUrl> m_failed;
    QSet<QUrl> m_decoding; // downloaded, being decoded on a pool thread
};

} // namespace Ui
