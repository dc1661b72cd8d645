#include "sync/ttrss_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <algorithm>

namespace Sync {

QString describe(const RemoteError &error)
{
    QString what;
    switch (error.kind) {
    case RemoteError::Kind::None:
        return {};
    case RemoteError::Kind::WrongPassword:
        what = QStringLiteral("wrong user name or password");
        break;
    case RemoteError::Kind::ApiDisabled:
        what = QStringLiteral("API access is disabled for this user");
        break;
    case RemoteError::Kind::Unreachable:
        what = QStringLiteral("server unreachable");
        break;
    case RemoteError::Kind::SessionExpired:
        what = QStringLiteral("session expired and logging in again failed");
        break;
    case RemoteError::Kind::HttpError:
        what = QStringLiteral("HTTP error");
        break;
    case RemoteError::Kind::BadReply:
        what = QStringLiteral("unexpected reply from the server");
        break;
    case RemoteError::Kind::Refused:
        what = QStringLiteral("the server refused");
        break;
    }
    return error.detail.isEmpty() ? what : what + QStringLiteral(": ") + error.detail;
}

namespace {

RemoteError fail(RemoteError::Kind kind, const QString &detail = {})
{
    return RemoteError { kind, detail };
}

qint64 toId(const QJsonValue &value)
{
    // tt-rss sends ids as numbers or, from some queries, as strings.
    return value.isString() ? value.toString().toLongLong() : value.toVariant().toLongLong();
}

RemoteStory storyFrom(const QJsonObject &o)
{
    RemoteStory s;
    s.id = toId(o.value(QLatin1String("id")));
    s.feedId = toId(o.value(QLatin1String("feed_id")));
    s.guid = o.value(QLatin1String("guid")).toString();
    s.title = o.value(QLatin1String("title")).toString();
    s.link = o.value(QLatin1String("link")).toString();
    s.author = o.value(QLatin1String("author")).toString();
    s.contentHtml = o.value(QLatin1String("content")).toString();
    const qint64 updated = toId(o.value(QLatin1String("updated")));
    if (updated > 0)
        s.updated = QDateTime::fromSecsSinceEpoch(updated, Qt::UTC);
    s.unread = o.value(QLatin1String("unread")).toBool();
    s.starred = o.value(QLatin1String("marked")).toBool();
    return s;
}

} // namespace

TtRssClient::TtRssClient(const QUrl &server, const QString &user, const QString &password, QObject *parent)
    : RemoteClient(parent)
    , m_user(user)
    , m_password(password)
    , m_network(new QNetworkAccessManager(this))
{
    QString path = server.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    m_base = server;
    m_base.setPath(path);
    m_api = server;
    m_api.setPath(path + QStringLiteral("api/"));
}

TtRssClient::~TtRssClient() = default;

QNetworkRequest TtRssClient::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    // One agent for the API and the web pages: tt-rss ends a session whose
    // agent changes.
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Tidings"));
    request.setTransferTimeout(m_timeoutMs);
    // The session cookie is set by hand, only on web requests.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return request;
}

void TtRssClient::post(const QJsonObject &body, JsonDone done)
{
    QNetworkRequest request = this->request(m_api);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            done(fail(RemoteError::Kind::Unreachable, reply->errorString()), {});
            return;
        }
        if (status != 200) {
            done(fail(RemoteError::Kind::HttpError, QString::number(status)), {});
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
        if (!doc.isObject()) {
            done(fail(RemoteError::Kind::BadReply, parseError.errorString()), {});
            return;
        }
        const QJsonObject object = doc.object();
        const QJsonValue content = object.value(QLatin1String("content"));
        if (object.value(QLatin1String("status")).toInt(-1) != 0) {
            const QString code = content.toObject().value(QLatin1String("error")).toString();
            if (code == QLatin1String("LOGIN_ERROR"))
                done(fail(RemoteError::Kind::WrongPassword), {});
            else if (code == QLatin1String("API_DISABLED"))
                done(fail(RemoteError::Kind::ApiDisabled), {});
            else if (code == QLatin1String("NOT_LOGGED_IN"))
                done(fail(RemoteError::Kind::SessionExpired), {});
            else
                done(fail(RemoteError::Kind::Refused, code.isEmpty() ? QStringLiteral("unknown error") : code), {});
            return;
        }
        done({}, content);
    });
}

void TtRssClient::login(Done done)
{
    QJsonObject body { { QStringLiteral("op"), QStringLiteral("login") }, { QStringLiteral("user"), m_user },
        { QStringLiteral("password"), m_password } };
    post(body, [this, done = std::move(done)](const RemoteError &error, const QJsonValue &content) {
        if (error) {
            m_session.clear();
            // A refused login is never "session expired".
            done(error.kind == RemoteError::Kind::SessionExpired ? fail(RemoteError::Kind::WrongPassword) : error);
            return;
        }
        const QJsonObject object = content.toObject();
        m_session = object.value(QLatin1String("session_id")).toString();
        m_apiLevel = object.value(QLatin1String("api_level")).toInt();
        done(m_session.isEmpty() ? fail(RemoteError::Kind::BadReply, QStringLiteral("no session id")) : RemoteError {});
    });
}

void TtRssClient::call(const QString &op, const QJsonObject &params, JsonDone done, bool retried)
{
    if (m_session.isEmpty()) {
        login([this, op, params, done = std::move(done)](const RemoteError &error) mutable {
            if (error)
                done(error, {});
            else
                call(op, params, std::move(done), true);
        });
        return;
    }
    QJsonObject body = params;
    body.insert(QStringLiteral("op"), op);
    body.insert(QStringLiteral("sid"), m_session);
    post(body, [this, op, params, retried, done](const RemoteError &error, const QJsonValue &content) mutable {
        if (error.kind == RemoteError::Kind::SessionExpired && !retried) {
            m_session.clear();
            call(op, params, std::move(done), true);
            return;
        }
        done(error, content);
    });
}

void TtRssClient::categories(Answer<QList<RemoteCategory>> done)
{
    call(QStringLiteral("getCategories"), { { QStringLiteral("include_empty"), true } },
        [done = std::move(done)](const RemoteError &error, const QJsonValue &content) {
            QList<RemoteCategory> list;
            if (!error) {
                for (const QJsonValue &v : content.toArray()) {
                    const QJsonObject o = v.toObject();
                    const qint64 id = toId(o.value(QLatin1String("id")));
                    if (id < 0)
                        continue; // "Special", labels: not folders
                    list.append({ id, o.value(QLatin1String("title")).toString() });
                }
            }
            done(error, list);
        });
}

void TtRssClient::feeds(Answer<QList<RemoteFeed>> done)
{
    call(QStringLiteral("getFeeds"), { { QStringLiteral("cat_id"), -3 } },
        [done = std::move(done)](const RemoteError &error, const QJsonValue &content) {
            QList<RemoteFeed> list;
            if (!error) {
                for (const QJsonValue &v : content.toArray()) {
                    const QJsonObject o = v.toObject();
                    RemoteFeed feed;
                    feed.id = toId(o.value(QLatin1String("id")));
                    if (feed.id <= 0)
                        continue; // virtual feeds (starred, fresh, all...)
                    feed.title = o.value(QLatin1String("title")).toString();
                    feed.url = o.value(QLatin1String("feed_url")).toString();
                    feed.categoryId = toId(o.value(QLatin1String("cat_id")));
                    list.append(feed);
                }
            }
            done(error, list);
        });
}

void TtRssClient::stories(qint64 sinceId, Answer<QList<RemoteStory>> done)
{
    storyPage(sinceId, 0, {}, std::move(done));
}

void TtRssClient::storyPage(qint64 sinceId, int skip, QList<RemoteStory> sofar, Answer<QList<RemoteStory>> done)
{
    const QJsonObject params { { QStringLiteral("feed_id"), -4 },
        { QStringLiteral("view_mode"), QStringLiteral("all_articles") }, { QStringLiteral("since_id"), sinceId },
        { QStringLiteral("limit"), m_pageSize }, { QStringLiteral("skip"), skip },
        { QStringLiteral("show_content"), true }, { QStringLiteral("order_by"), QStringLiteral("date_reverse") } };
    call(QStringLiteral("getHeadlines"), params,
        [this, sinceId, skip, sofar = std::move(sofar), done = std::move(done)](
            const RemoteError &error, const QJsonValue &content) mutable {
            if (error) {
                done(error, {});
                return;
            }
            if (!content.isArray()) {
                done(fail(RemoteError::Kind::BadReply, QStringLiteral("getHeadlines: no list")), {});
                return;
            }
            const QJsonArray page = content.toArray();
            for (const QJsonValue &v : page)
                sofar.append(storyFrom(v.toObject()));
            Q_EMIT progress(int(sofar.size()));
            if (page.size() < m_pageSize) {
                std::sort(sofar.begin(), sofar.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
                done({}, sofar);
                return;
            }
            storyPage(sinceId, skip + int(page.size()), std::move(sofar), std::move(done));
        });
}

void TtRssClient::storiesWith(StoryField field, Answer<QList<qint64>> done)
{
    idPage(field == StoryField::Read ? QStringLiteral("unread") : QStringLiteral("marked"), 0, {}, std::move(done));
}

void TtRssClient::idPage(const QString &viewMode, int skip, QList<qint64> sofar, Answer<QList<qint64>> done)
{
    const QJsonObject params { { QStringLiteral("feed_id"), -4 }, { QStringLiteral("view_mode"), viewMode },
        { QStringLiteral("limit"), m_pageSize }, { QStringLiteral("skip"), skip },
        { QStringLiteral("show_content"), false }, { QStringLiteral("order_by"), QStringLiteral("date_reverse") } };
    call(QStringLiteral("getHeadlines"), params,
        [this, viewMode, skip, sofar = std::move(sofar), done = std::move(done)](
            const RemoteError &error, const QJsonValue &content) mutable {
            if (error) {
                done(error, {});
                return;
            }
            const QJsonArray page = content.toArray();
            for (const QJsonValue &v : page)
                sofar.append(toId(v.toObject().value(QLatin1String("id"))));
            if (page.size() < m_pageSize) {
                std::sort(sofar.begin(), sofar.end());
                done({}, sofar);
                return;
            }
            idPage(viewMode, skip + int(page.size()), std::move(sofar), std::move(done));
        });
}

void TtRssClient::mark(const QList<qint64> &ids, StoryField field, bool value, Done done)
{
    if (ids.isEmpty()) {
        done({});
        return;
    }
    QStringList idText;
    for (qint64 id : ids)
        idText.append(QString::number(id));
    // field 0: starred ("marked"), 2: unread; mode 1 sets, 0 clears.
    const bool set = field == StoryField::Read ? !value : value;
    const QJsonObject params { { QStringLiteral("article_ids"), idText.join(QLatin1Char(',')) },
        { QStringLiteral("field"), field == StoryField::Read ? 2 : 0 }, { QStringLiteral("mode"), set ? 1 : 0 } };
    call(QStringLiteral("updateArticle"), params,
        [done = std::move(done)](const RemoteError &error, const QJsonValue &) { done(error); });
}

void TtRssClient::subscribe(const QString &url, qint64 categoryId, Answer<SubscribeResult> done)
{
    const QJsonObject params { { QStringLiteral("feed_url"), url }, { QStringLiteral("category_id"), categoryId } };
    call(QStringLiteral("subscribeToFeed"), params,
        [done = std::move(done)](const RemoteError &error, const QJsonValue &content) {
            if (error) {
                done(error, {});
                return;
            }
            const QJsonObject status = content.toObject().value(QLatin1String("status")).toObject();
            const int code = status.value(QLatin1String("code")).toInt(-1);
            if (code == 0 || code == 1) {
                done({}, SubscribeResult { toId(status.value(QLatin1String("feed_id"))), code == 1 });
                return;
            }
            static const char *const reasons[] = { "", "", "invalid address", "no feed found on the page",
                "several feeds found on the page", "could not download the feed" };
            QString detail
                = code >= 2 && code <= 5 ? QString::fromLatin1(reasons[code]) : QStringLiteral("code %1").arg(code);
            const QString message = status.value(QLatin1String("message")).toString();
            if (!message.isEmpty())
                detail += QStringLiteral(" (") + message + QLatin1Char(')');
            done(fail(RemoteError::Kind::Refused, detail), {});
        });
}

void TtRssClient::unsubscribe(qint64 feedId, Done done)
{
    call(QStringLiteral("unsubscribeFeed"), { { QStringLiteral("feed_id"), feedId } },
        [done = std::move(done)](const RemoteError &error, const QJsonValue &) { done(error); });
}

void TtRssClient::webToken(Done done)
{
    if (m_session.isEmpty()) {
        login([this, done = std::move(done)](const RemoteError &error) mutable {
            if (error)
                done(error);
            else
                webToken(std::move(done));
        });
        return;
    }
    if (!m_webToken.isEmpty() && m_webTokenSession == m_session) {
        done({});
        return;
    }
    QNetworkRequest request = this->request(m_base.resolved(QUrl(QStringLiteral("index.php"))));
    request.setRawHeader("Cookie", "ttrss_sid=" + QUrl::toPercentEncoding(m_session));
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, session = m_session, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            done(fail(RemoteError::Kind::Unreachable, reply->errorString()));
            return;
        }
        if (status != 200) {
            done(fail(RemoteError::Kind::HttpError, QString::number(status)));
            return;
        }
        // The page of a logged-in session names its token for the scripts:
        //   const __csrf_token = "0123abcd...";
        static const QRegularExpression pattern(QStringLiteral("__csrf_token\\s*=\\s*\"([0-9A-Za-z]+)\""));
        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(reply->readAll()));
        if (!match.hasMatch()) {
            // The login form: the web side does not know the session.
            done(fail(RemoteError::Kind::SessionExpired));
            return;
        }
        m_webToken = match.captured(1);
        m_webTokenSession = session;
        done({});
    });
}

void TtRssClient::webCall(const QList<std::pair<QString, QString>> &form, Done done, bool retried)
{
    webToken([this, form, retried, done = std::move(done)](const RemoteError &error) mutable {
        if (error) {
            if (error.kind == RemoteError::Kind::SessionExpired && !retried) {
                m_session.clear();
                webCall(form, std::move(done), true);
            } else {
                done(error);
            }
            return;
        }
        QByteArray body;
        auto add = [&body](const QString &key, const QString &value) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        };
        for (const auto &[key, value] : form)
            add(key, value);
        add(QStringLiteral("csrf_token"), m_webToken);
        QNetworkRequest request = this->request(m_base.resolved(QUrl(QStringLiteral("backend.php"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("Cookie", "ttrss_sid=" + QUrl::toPercentEncoding(m_session));
        QNetworkReply *reply = m_network->post(request, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, form, retried, done = std::move(done)]() mutable {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError && status == 0) {
                done(fail(RemoteError::Kind::Unreachable, reply->errorString()));
                return;
            }
            if (status != 200) {
                // A session the server forgot fails its token check with an
                // error 500 (PHP 8: hash_equals on a missing token): once,
                // log in again.
                if (status == 500 && !retried) {
                    m_session.clear();
                    m_webToken.clear();
                    webCall(form, std::move(done), true);
                    return;
                }
                done(fail(RemoteError::Kind::HttpError, QString::number(status)));
                return;
            }
            // Success is an empty answer; a refusal is {"error": {"code", "message"}}
            // (code 6: not logged in, or a stale form token).
            const QJsonObject refusal
                = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("error")).toObject();
            if (refusal.isEmpty()) {
                done({});
                return;
            }
            const int code = refusal.value(QLatin1String("code")).toInt();
            if (code == 6 && !retried) {
                m_session.clear();
                m_webToken.clear();
                webCall(form, std::move(done), true);
                return;
            }
            if (code == 6) {
                done(fail(RemoteError::Kind::SessionExpired));
                return;
            }
            done(fail(RemoteError::Kind::Refused,
                QStringLiteral("%1 (%2)").arg(refusal.value(QLatin1String("message")).toString()).arg(code)));
        });
    });
}

void TtRssClient::feedAfterChange(qint64 feedId, const std::function<RemoteError(const RemoteFeed &)> &check, Done done)
{
    feeds([feedId, check, done = std::move(done)](const RemoteError &error, const QList<RemoteFeed> &list) {
        if (error) {
            done(error);
            return;
        }
        const auto found
            = std::find_if(list.cbegin(), list.cend(), [feedId](const RemoteFeed &f) { return f.id == feedId; });
        done(found == list.cend() ? fail(RemoteError::Kind::Refused, QStringLiteral("FEED_NOT_FOUND")) : check(*found));
    });
}

void TtRssClient::renameFeed(qint64 feedId, const QString &title, Done done)
{
    const QString wanted = title.trimmed();
    if (wanted.isEmpty()) {
        done(fail(RemoteError::Kind::Refused, QStringLiteral("a feed needs a title")));
        return;
    }
    const QList<std::pair<QString, QString>> form { { QStringLiteral("op"), QStringLiteral("pref-feeds") },
        { QStringLiteral("method"), QStringLiteral("batchEditSave") },
        { QStringLiteral("ids"), QString::number(feedId) }, { QStringLiteral("title"), wanted } };
    webCall(form, [this, feedId, wanted, done = std::move(done)](const RemoteError &error) mutable {
        if (error) {
            done(error);
            return;
        }
        feedAfterChange(
            feedId,
            [wanted](const RemoteFeed &feed) {
                return feed.title == wanted ? RemoteError {}
                                            : fail(RemoteError::Kind::Refused,
                                                QStringLiteral("the server kept the title \"%1\"").arg(feed.title));
            },
            std::move(done));
    });
}

void TtRssClient::moveFeed(qint64 feedId, qint64 categoryId, Done done)
{
    const auto move = [this, feedId, categoryId](Done done) {
        const QList<std::pair<QString, QString>> form { { QStringLiteral("op"), QStringLiteral("pref-feeds") },
            { QStringLiteral("method"), QStringLiteral("batchEditSave") },
            { QStringLiteral("ids"), QString::number(feedId) },
            { QStringLiteral("cat_id"), QString::number(categoryId) } };
        webCall(form, [this, feedId, categoryId, done = std::move(done)](const RemoteError &error) mutable {
            if (error) {
                done(error);
                return;
            }
            feedAfterChange(
                feedId,
                [categoryId](const RemoteFeed &feed) {
                    // The server ignores categories when its user turned them off.
                    return feed.categoryId == categoryId
                        ? RemoteError {}
                        : fail(RemoteError::Kind::Refused, QStringLiteral("the server did not move the feed"));
                },
                std::move(done));
        });
    };
    if (categoryId == 0) {
        move(std::move(done));
        return;
    }
    // A category that is not there would fail in the server's database.
    categories([categoryId, move, done = std::move(done)](
                   const RemoteError &error, const QList<RemoteCategory> &list) mutable {
        if (error) {
            done(error);
            return;
        }
        if (std::none_of(
                list.cbegin(), list.cend(), [categoryId](const RemoteCategory &c) { return c.id == categoryId; })) {
            done(fail(RemoteError::Kind::Refused, QStringLiteral("CATEGORY_NOT_FOUND")));
            return;
        }
        move(std::move(done));
    });
}

void TtRssClient::addCategory(const QString &title, Answer<qint64> done)
{
    const QString wanted = title.trimmed();
    if (wanted.isEmpty()) {
        done(fail(RemoteError::Kind::Refused, QStringLiteral("a folder needs a name")), 0);
        return;
    }
    const QList<std::pair<QString, QString>> form { { QStringLiteral("op"), QStringLiteral("pref-feeds") },
        { QStringLiteral("method"), QStringLiteral("addCat") }, { QStringLiteral("cat"), wanted } };
    webCall(form, [this, wanted, done = std::move(done)](const RemoteError &error) mutable {
        if (error) {
            done(error, 0);
            return;
        }
        categories([wanted, done = std::move(done)](const RemoteError &error, const QList<RemoteCategory> &list) {
            if (error) {
                done(error, 0);
                return;
            }
            for (const RemoteCategory &category : list) {
                if (category.id > 0 && category.title == wanted) {
                    done({}, category.id);
                    return;
                }
            }
            done(fail(RemoteError::Kind::Refused, QStringLiteral("the server did not make the folder")), 0);
        });
    });
}

} // namespace Sync
