#include "net/fetcher.h"

#include "base/dates.h"

#include <QDir>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <limits>
#include <map>

namespace Core {

namespace {

constexpr qint64 ReadBufferBytes = 512 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// A login goes only where it was meant for (scheme, host and port).
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1);
}

bool isPermanent(int status)
{
    return status == 301 || status == 308;
}

QByteArray acceptHeader(FetchKind kind)
{
    if (kind == FetchKind::Page)
        return QByteArrayLiteral("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
    if (kind == FetchKind::Icon)
        return QByteArrayLiteral("image/png,image/x-icon,image/vnd.microsoft.icon,image/*;q=0.8,*/*;q=0.3");
    if (kind == FetchKind::Image)
        return QByteArrayLiteral("image/avif,image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8,*/*;q=0.5");
    return QByteArrayLiteral("application/rss+xml,application/atom+xml,application/feed+json,application/rdf+xml;q=0.9,"
                             "application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,*/*;q=0.5");
}

QString hostKey(const QUrl &url)
{
    return url.host().toLower();
}

// "text/html; charset=ISO-8859-1" -> ("text/html", "iso-8859-1")
void splitContentType(const QByteArray &header, QString *type, QString *charset)
{
    const QList<QByteArray> parts = header.split(';');
    *type = QString::fromLatin1(parts.value(0).trimmed()).toLower();
    charset->clear();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0 || part.left(eq).trimmed().toLower() != "charset")
            continue;
        QByteArray value = part.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        *charset = QString::fromLatin1(value).toLower();
    }
}

struct Job {
    Fetcher::RequestId id = 0;
    FetchRequest request;
    Fetcher::Callback done;
    QString host;
    FetchResult result;
    QPointer<QNetworkReply> reply;
    QTimer *idleTimer = nullptr;
    QTimer *totalTimer = nullptr;
    qint64 cap = 0;
    QStringList certificateProblems; // what TLS found wrong with the server's certificate
    QHash<QUrl, int> visits; // redirect targets and how often each was reached
    bool allPermanent = true;
    bool started = false;
};

struct HostState {
    int active = 0;
    QDateTime blockedUntil;
};

} // namespace

struct Fetcher::Private {
    Fetcher *q = nullptr;
    FetcherOptions options;
    QNetworkAccessManager *network = nullptr;
    std::map<RequestId, std::unique_ptr<Job>> jobs;
    std::deque<RequestId> waiting;
    QHash<QString, HostState> hosts;
    QTimer *wakeTimer = nullptr;
    int active = 0;
    RequestId nextId = 1;
    bool pumpScheduled = false;
    bool destroying = false;

    qint64 capFor(FetchKind kind) const;
    void applyCache();
    void schedulePump();
    void pump();
    void start(Job *job);
    void sendHop(Job *job, const QUrl &url);
    void onMetaData(Job *job);
    void onReadyRead(Job *job);
    void onFinished(Job *job);
    void followRedirect(Job *job, QNetworkReply *reply, int status);
    void fillResponse(Job *job, QNetworkReply *reply, int status);
    void fail(Job *job, ErrorCode code, const QString &detail);
    void failBroken(Job *job, QNetworkReply *reply, bool answered);
    void complete(RequestId id);
    void completeLater(RequestId id);
    void releaseReply(Job *job);
    void touch(Job *job);
};

// The image disk cache follows options.imageCacheDir (none when empty).
void Fetcher::Private::applyCache()
{
    auto *current = qobject_cast<QNetworkDiskCache *>(network->cache());
    if (options.imageCacheDir.isEmpty()) {
        if (current)
            network->setCache(nullptr); // deletes it
        return;
    }
    if (!current || current->cacheDirectory() != QDir(options.imageCacheDir).absolutePath() + QLatin1Char('/')) {
        current = new QNetworkDiskCache(network);
        current->setCacheDirectory(options.imageCacheDir);
        network->setCache(current); // deletes the old one
    }
    current->setMaximumCacheSize(options.imageCacheBytes);
}

qint64 Fetcher::Private::capFor(FetchKind kind) const
{
    switch (kind) {
    case FetchKind::Page:
        return options.maxPageBytes;
    case FetchKind::Image:
        return options.maxImageBytes;
    case FetchKind::Icon:
        return options.maxIconBytes;
    case FetchKind::Feed:
        break;
    }
    return options.maxFeedBytes;
}

void Fetcher::Private::schedulePump()
{
    if (pumpScheduled || destroying)
        return;
    pumpScheduled = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

void Fetcher::Private::pump()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime nextWake;
    for (auto it = waiting.begin(); it != waiting.end() && active < options.maxTotal;) {
        Job *job = jobs.at(*it).get();
        HostState &host = hosts[job->host];
        if (host.blockedUntil.isValid() && host.blockedUntil > now) {
            if (now.msecsTo(host.blockedUntil) > options.maxQueueWaitMs) {
                // Holding the queue that long would stall a refresh; the
                // caller records retryAfter and tries again later.
                job->result.retryAfter = host.blockedUntil;
                job->result.error = { ErrorCode::HttpError,
                    QStringLiteral("the server asked us to wait until %1").arg(host.blockedUntil.toString(Qt::ISODate)),
                    job->request.url };
                completeLater(job->id);
                it = waiting.erase(it);
                continue;
            }
            if (!nextWake.isValid() || host.blockedUntil < nextWake)
                nextWake = host.blockedUntil;
            ++it;
            continue;
        }
        if (host.active >= std::max(1, options.maxPerHost)) {
            ++it;
            continue;
        }
        it = waiting.erase(it);
        start(job);
    }
    if (nextWake.isValid())
        wakeTimer->start(std::max<qint64>(1, now.msecsTo(nextWake) + 1));
}

void Fetcher::Private::start(Job *job)
{
    job->started = true;
    ++active;
    ++hosts[job->host].active;
    job->cap = capFor(job->request.kind);
    job->idleTimer = new QTimer(q);
    job->idleTimer->setSingleShot(true);
    job->idleTimer->setInterval(options.transferTimeoutMs);
    job->totalTimer = new QTimer(q);
    job->totalTimer->setSingleShot(true);
    const RequestId id = job->id;
    QObject::connect(job->idleTimer, &QTimer::timeout, q, [this, id] {
        if (auto it = jobs.find(id); it != jobs.end()) {
            // Bytes of a head that never ends (slowloris) are not progress.
            Job *job = it->second.get();
            const bool answered
                = job->reply && job->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
            fail(job, ErrorCode::Timeout,
                answered ? QStringLiteral("no data for %1 s").arg(options.transferTimeoutMs / 1000.0)
                         : QStringLiteral("no complete answer within %1 s").arg(options.transferTimeoutMs / 1000.0));
        }
    });
    QObject::connect(job->totalTimer, &QTimer::timeout, q, [this, id] {
        if (auto it = jobs.find(id); it != jobs.end())
            fail(it->second.get(), ErrorCode::Timeout,
                QStringLiteral("transfer took longer than %1 s").arg(options.totalTimeoutMs / 1000.0));
    });
    job->totalTimer->start(options.totalTimeoutMs);
    sendHop(job, job->request.url);
}

void Fetcher::Private::sendHop(Job *job, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const bool cached = job->request.kind == FetchKind::Image && network->cache();
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
        cached ? QNetworkRequest::PreferCache : QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, cached);
    // Qt's own guard against compression bombs fails a reply with a bare
    // "Decompression failed"; the size cap below counts decoded bytes and
    // says "too large" instead, at the same bound or sooner.
    request.setDecompressedSafetyCheckThreshold(-1);
    request.setHeader(
        QNetworkRequest::UserAgentHeader, options.userAgent.isEmpty() ? defaultUserAgent() : options.userAgent);
    request.setRawHeader("Accept", acceptHeader(job->request.kind));
    // No Accept-Encoding here: Qt then asks for gzip/deflate itself and
    // decodes the body before readyRead hands it to us.
    if (!job->request.etag.isEmpty())
        request.setRawHeader("If-None-Match", job->request.etag.toLatin1());
    if (!job->request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", job->request.lastModified.toLatin1());
    if (!job->request.user.isEmpty() && sameOrigin(url, job->request.url)) {
        const QByteArray login = job->request.user.toUtf8() + ':' + job->request.password.toUtf8();
        request.setRawHeader("Authorization", "Basic " + login.toBase64());
    }

    job->result.finalUrl = url;
    QNetworkReply *reply = network->get(request);
    // Back-pressure: Qt's network thread stops reading from the socket when
    // this much waits unread, so an aborted oversized body stops early.
    reply->setReadBufferSize(ReadBufferBytes);
    job->reply = reply;
    const RequestId id = job->id;
    auto withJob = [this, id](auto member) {
        return [this, id, member] {
            if (auto it = jobs.find(id); it != jobs.end())
                (this->*member)(it->second.get());
        };
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, q, withJob(&Private::onMetaData));
    QObject::connect(reply, &QNetworkReply::readyRead, q, withJob(&Private::onReadyRead));
    QObject::connect(reply, &QNetworkReply::finished, q, withJob(&Private::onFinished));
    QObject::connect(reply, &QNetworkReply::downloadProgress, q, withJob(&Private::touch));
    QObject::connect(reply, &QNetworkReply::uploadProgress, q, withJob(&Private::touch));
    // Not ignored: the handshake fails and the reply finishes with
    // SslHandshakeFailedError; this keeps why, for the error's detail.
    QObject::connect(reply, &QNetworkReply::sslErrors, q, [this, id](const QList<QSslError> &errors) {
        if (auto it = jobs.find(id); it != jobs.end()) {
            for (const QSslError &error : errors)
                it->second->certificateProblems.append(error.errorString());
        }
    });
    touch(job);
}

void Fetcher::Private::touch(Job *job)
{
    job->idleTimer->start();
}

void Fetcher::Private::onMetaData(Job *job)
{
    touch(job);
    QNetworkReply *reply = job->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > job->cap)
        fail(job, ErrorCode::TooLarge,
            QStringLiteral("Content-Length %1 exceeds the %2 byte limit").arg(length.toLongLong()).arg(job->cap));
}

void Fetcher::Private::onReadyRead(Job *job)
{
    touch(job);
    QNetworkReply *reply = job->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = reply->readAll();
    if (status < 200 || status >= 300)
        return; // redirect and error bodies are not kept
    job->result.body += chunk;
    if (job->result.body.size() > job->cap)
        fail(job, ErrorCode::TooLarge, QStringLiteral("the body exceeds the %1 byte limit").arg(job->cap));
}

void Fetcher::Private::onFinished(Job *job)
{
    QNetworkReply *reply = job->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        failBroken(job, reply, false);
        return;
    }
    if (isRedirect(status) && reply->hasRawHeader("Location")) {
        followRedirect(job, reply, status); // sends the next hop, or fails the job
        return;
    }
    fillResponse(job, reply, status);
    if (status >= 200 && status < 300) {
        job->result.body += reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            // A 2xx whose body broke off (or failed to decompress).
            failBroken(job, reply, true);
            return;
        }
        if (job->result.body.size() > job->cap) {
            fail(job, ErrorCode::TooLarge, QStringLiteral("the body exceeds the %1 byte limit").arg(job->cap));
            return;
        }
        // Qt can report a body cut short by a reset as complete; an
        // uncompressed one must be as long as announced.
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        if (status != 204 && length.isValid() && (encoding.isEmpty() || encoding == "identity")
            && job->result.body.size() < length.toLongLong()) {
            fail(job, ErrorCode::ConnectionLost,
                QStringLiteral("in the middle of the body, after %1 of %2 bytes")
                    .arg(job->result.body.size())
                    .arg(length.toLongLong()));
            return;
        }
    } else if (status != 304) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        QString detail = QStringLiteral("HTTP %1 %2").arg(status).arg(reason).trimmed();
        if (status == 401) {
            detail += job->request.user.isEmpty() ? QStringLiteral(": the feed needs a login (user name and password)")
                                                  : QStringLiteral(": the server refused the user name or password");
        }
        job->result.error = { ErrorCode::HttpError, detail, job->result.finalUrl };
    }
    releaseReply(job);
    complete(job->id);
}

void Fetcher::Private::followRedirect(Job *job, QNetworkReply *reply, int status)
{
    const QUrl current = job->result.finalUrl;
    const QUrl target = current.resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        fail(job, ErrorCode::NetworkError, QStringLiteral("redirect to an unsupported URL: %1").arg(target.toString()));
        return;
    }
    if (current.scheme().toLower() == QLatin1String("https") && scheme == QLatin1String("http")) {
        fail(job, ErrorCode::NetworkError, QStringLiteral("refused an insecure redirect to %1").arg(target.toString()));
        return;
    }
    if (job->visits.isEmpty())
        job->visits.insert(job->request.url.adjusted(QUrl::RemoveFragment), 1);
    // Coming back once can be a cookie being set; the third visit is a loop.
    if (++job->visits[target.adjusted(QUrl::RemoveFragment)] >= 3) {
        fail(job, ErrorCode::TooManyRedirects,
            QStringLiteral("redirect loop: %1 leads back to %2").arg(current.toString(), target.toString()));
        return;
    }
    if (job->result.redirects >= options.maxRedirects) {
        fail(job, ErrorCode::TooManyRedirects,
            QStringLiteral("more than %1 redirects (last to %2)").arg(options.maxRedirects).arg(target.toString()));
        return;
    }
    ++job->result.redirects;
    job->allPermanent = job->allPermanent && isPermanent(status);
    releaseReply(job);
    job->result.body.clear();
    sendHop(job, target);
}

void Fetcher::Private::fillResponse(Job *job, QNetworkReply *reply, int status)
{
    FetchResult &result = job->result;
    result.status = status;
    result.permanentRedirect = result.redirects > 0 && job->allPermanent;
    result.etag = QString::fromLatin1(reply->rawHeader("ETag").trimmed());
    result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified").trimmed());
    splitContentType(reply->rawHeader("Content-Type"), &result.contentType, &result.charset);
    result.maxAgeSeconds = parseMaxAge(reply->rawHeader("Cache-Control"));
    if (status == 429 || status == 503) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QDateTime until = parseRetryAfter(reply->rawHeader("Retry-After"), now);
        if (!until.isValid())
            until = now.addMSecs(options.defaultRetryAfterMs);
        result.retryAfter = until;
        HostState &host = hosts[job->host];
        if (!host.blockedUntil.isValid() || host.blockedUntil < until)
            host.blockedUntil = until;
    }
}

void Fetcher::Private::fail(Job *job, ErrorCode code, const QString &detail)
{
    job->result.error = { code, detail, job->result.finalUrl.isValid() ? job->result.finalUrl : job->request.url };
    job->result.body.clear();
    if (job->reply) {
        job->result.status = job->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        job->result.permanentRedirect = false;
    }
    releaseReply(job);
    complete(job->id);
}

// A reply that ended without a whole response: `answered` when its head
// (a 2xx) had arrived and the body broke off.
void Fetcher::Private::failBroken(Job *job, QNetworkReply *reply, bool answered)
{
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::SslHandshakeFailedError && !job->certificateProblems.isEmpty()) {
        job->certificateProblems.removeDuplicates();
        fail(job, ErrorCode::CertificateError, job->certificateProblems.join(QStringLiteral("; ")));
        return;
    }
    if (error == QNetworkReply::HostNotFoundError) {
        fail(job, ErrorCode::HostNotFound, job->result.finalUrl.host());
        return;
    }
    if (error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::UnknownNetworkError) {
        const QString where = answered
            ? QStringLiteral("in the middle of the body, after %1 bytes").arg(job->result.body.size())
            : QStringLiteral("before the server answered");
        fail(job, ErrorCode::ConnectionLost, QStringLiteral("%1 (%2)").arg(where, reply->errorString()));
        return;
    }
    fail(job, ErrorCode::NetworkError, reply->errorString());
}

void Fetcher::Private::releaseReply(Job *job)
{
    if (!job->reply)
        return;
    QNetworkReply *reply = job->reply;
    job->reply = nullptr;
    QObject::disconnect(reply, nullptr, q, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void Fetcher::Private::complete(RequestId id)
{
    auto it = jobs.find(id);
    if (it == jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    jobs.erase(it);
    releaseReply(job.get());
    // The job may end inside one of its timers' timeout signals.
    for (QTimer *timer : { job->idleTimer, job->totalTimer }) {
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
    }
    if (job->started) {
        --active;
        --hosts[job->host].active;
    }
    if (destroying)
        return;
    schedulePump();
    if (job->done)
        job->done(job->result);
    Q_EMIT q->finished(id, job->result);
}

void Fetcher::Private::completeLater(RequestId id)
{
    QMetaObject::invokeMethod(
        q, [this, id] { complete(id); }, Qt::QueuedConnection);
}

Fetcher::Fetcher(QObject *parent)
    : Fetcher(FetcherOptions {}, parent)
{
}

Fetcher::Fetcher(const FetcherOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<Core::FetchResult>();
    d->q = this;
    d->options = options;
    d->network = new QNetworkAccessManager(this);
    d->network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    d->applyCache();
    d->wakeTimer = new QTimer(this);
    d->wakeTimer->setSingleShot(true);
    connect(d->wakeTimer, &QTimer::timeout, this, [this] { d->pump(); });
}

Fetcher::~Fetcher()
{
    d->destroying = true;
    while (!d->jobs.empty())
        d->complete(d->jobs.begin()->first);
}

const FetcherOptions &Fetcher::options() const
{
    return d->options;
}

void Fetcher::setOptions(const FetcherOptions &options)
{
    d->options = options;
    d->applyCache();
    d->schedulePump();
}

Fetcher::RequestId Fetcher::fetch(const FetchRequest &request, Callback done)
{
    auto job = std::make_unique<Job>();
    job->id = d->nextId++;
    job->request = request;
    job->done = std::move(done);
    job->host = hostKey(request.url);
    job->result.url = request.url;
    job->result.finalUrl = request.url;
    const RequestId id = job->id;
    const QString scheme = request.url.scheme().toLower();
    const bool supported = request.url.isValid() && !job->host.isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
    d->jobs.emplace(id, std::move(job));
    if (!supported) {
        Job *bad = d->jobs.at(id).get();
        bad->result.error = { ErrorCode::InvalidArgument, QStringLiteral("not an http(s) URL"), request.url };
        d->completeLater(id);
        return id;
    }
    d->waiting.push_back(id);
    d->schedulePump();
    return id;
}

void Fetcher::abort(RequestId id)
{
    auto it = d->jobs.find(id);
    if (it == d->jobs.end())
        return;
    d->waiting.erase(std::remove(d->waiting.begin(), d->waiting.end(), id), d->waiting.end());
    d->fail(it->second.get(), ErrorCode::NetworkError, QStringLiteral("aborted"));
}

void Fetcher::abortAll()
{
    std::vector<RequestId> ids;
    for (const auto &entry : d->jobs)
        ids.push_back(entry.first);
    for (RequestId id : ids)
        abort(id);
}

int Fetcher::pendingCount() const
{
    return int(d->jobs.size());
}

QDateTime Fetcher::hostBlockedUntil(const QString &host) const
{
    const auto it = d->hosts.constFind(host.toLower());
    if (it == d->hosts.constEnd() || !it->blockedUntil.isValid() || it->blockedUntil <= QDateTime::currentDateTimeUtc())
        return {};
    return it->blockedUntil;
}

QString Fetcher::defaultUserAgent()
{
    return QStringLiteral("Tidings/" TIDINGS_VERSION " (feed reader; Qt " QT_VERSION_STR ")");
}

QDateTime Fetcher::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? QDateTime() : nowUtc.addSecs(std::min<qint64>(seconds, 7 * 86400));
    // IMF-fixdate, the obsolete RFC 850 form or asctime (RFC 9110 5.6.7).
    const QDateTime when = Dates::parse(QString::fromLatin1(trimmed));
    if (!when.isValid())
        return {};
    return when < nowUtc ? nowUtc : std::min(when, nowUtc.addSecs(7 * 86400));
}

int Fetcher::parseMaxAge(const QByteArray &cacheControl)
{
    qint64 maxAge = 0;
    for (const QByteArray &part : cacheControl.split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray name = part.left(eq).trimmed().toLower();
        QByteArray value = part.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        bool ok = false;
        const qint64 seconds = value.toLongLong(&ok);
        if (!ok || seconds < 0)
            continue;
        if (name == "max-age") // s-maxage is for shared caches, not this client
            maxAge = seconds;
    }
    return int(std::min<qint64>(maxAge, std::numeric_limits<int>::max()));
}

} // namespace Core
