#pragma once

// The network side of the data flow: asynchronous HTTP on the GUI thread with
// conditional GET, redirects, size caps enforced while streaming, a transfer
// timeout and per-host politeness (concurrency limit, Retry-After, 429/503).
// Results are value structs; nothing here blocks.

#include "base/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Core {

enum class FetchKind {
    Feed, // size cap FetcherOptions::maxFeedBytes, feed Accept header
    Page, // size cap FetcherOptions::maxPageBytes, HTML Accept header
    Image, // size cap FetcherOptions::maxImageBytes, image Accept header (the reading pane's pictures)
    Icon, // size cap FetcherOptions::maxIconBytes, image Accept header, never cached (a site's icon)
};

struct FetchRequest {
    QUrl url;
    FetchKind kind = FetchKind::Feed;
    QString etag; // sent as If-None-Match when not empty
    QString lastModified; // sent as If-Modified-Since when not empty
    // HTTP Basic login, sent when user is not empty, and only to the
    // scheme, host and port of `url` (never after a redirect elsewhere).
    QString user;
    QString password;
};

struct FetchResult {
    QUrl url; // as requested
    QUrl finalUrl; // after redirects (== url when there were none)
    bool permanentRedirect = false; // at least one redirect, and every hop was 301 or 308
    int redirects = 0;
    int status = 0; // the last HTTP status; 0 when no response arrived
    QString etag;
    QString lastModified;
    QString contentType; // lower case, without parameters
    QString charset; // from Content-Type, lower case; empty if none
    QByteArray body; // decoded (gzip/deflate removed)
    Error error; // code None on success (200..299 or 304)
    QDateTime retryAfter; // UTC; set when the server asked us to wait (429/503 + Retry-After)
    int maxAgeSeconds = 0; // Cache-Control max-age; 0 when absent

    bool ok() const { return error.code == ErrorCode::None; }
    bool notModified() const { return ok() && status == 304; }
};

struct FetcherOptions {
    int transferTimeoutMs = 30'000; // no byte for this long: Timeout
    int totalTimeoutMs = 180'000; // a whole transfer, trickling or not: Timeout
    qint64 maxFeedBytes = 20 * 1024 * 1024;
    qint64 maxPageBytes = 10 * 1024 * 1024;
    qint64 maxImageBytes = 12 * 1024 * 1024; // the reading pane's one image cap
    qint64 maxIconBytes = 256 * 1024; // a site's icon: anything larger is refused
    // Images only: a disk cache in this folder, preferred over the network
    // (feeds and pages always go to the network and are never cached).
    QString imageCacheDir;
    qint64 imageCacheBytes = 200LL * 1024 * 1024;
    int maxRedirects = 10;
    int maxPerHost = 2; // requests in flight to one host
    int maxTotal = 8; // requests in flight overall
    // A host that asked us to wait (Retry-After) holds its queue up to this
    // long; beyond it the queued requests fail at once with retryAfter set.
    int maxQueueWaitMs = 60'000;
    // 429/503 without a usable Retry-After still rest the host this long.
    int defaultRetryAfterMs = 60'000;
    QString userAgent; // empty: Fetcher::defaultUserAgent()
};

class Fetcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Fetcher)

public:
    using RequestId = quint64;
    using Callback = std::function<void(const FetchResult &)>;

    explicit Fetcher(QObject *parent = nullptr);
    explicit Fetcher(const FetcherOptions &options, QObject *parent = nullptr);
    // Aborts whatever is in flight without reporting it.
    ~Fetcher() override;

    const FetcherOptions &options() const;
    void setOptions(const FetcherOptions &options);

    // Queues a request; the result arrives through `done` (if given) and the
    // finished signal, always asynchronously, never before this returns.
    RequestId fetch(const FetchRequest &request, Callback done = {});
    // The request ends with NetworkError "aborted" (reported like any other).
    void abort(RequestId id);
    void abortAll();

    int pendingCount() const; // queued + in flight
    // When a host (lower case) may be contacted again; invalid if it may now.
    QDateTime hostBlockedUntil(const QString &host) const;

    static QString defaultUserAgent();
    // Retry-After is either delay-seconds or an HTTP-date (RFC 9110 10.2.3).
    static QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);
    // The max-age of a Cache-Control header, in seconds; 0 when it has none
    // that is a number (RFC 9111 5.2.2.1).
    static int parseMaxAge(const QByteArray &cacheControl);

Q_SIGNALS:
    void finished(Core::Fetcher::RequestId id, const Core::FetchResult &result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::FetchResult)
