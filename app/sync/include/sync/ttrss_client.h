#pragma once

// A Tiny Tiny RSS account through its JSON API (<server>/api/, API level 15
// as in Debian 12's tt-rss 21.x): one POST per call, a JSON body with "op"
// and the session id.
//
// Level 15 has no call to rename or move a feed, nor to make a category. For
// those the client uses the server's own web handlers, as its preferences
// page does (classes/pref/feeds.php: batchEditSave with only the field that
// changes, addCat), reached with the API's session: tt-rss keeps sessions in
// its database whatever their cookie's name, so the API session id sent as
// the web cookie "ttrss_sid" is the same logged-in session. Those handlers
// want the session's form token (CSRF), which the web page (index.php) of
// that session names; the client reads it once per session. Every request
// sends the same User-Agent, since tt-rss ends a session whose agent
// changes. Each change is read back through the API (getFeeds,
// getCategories): a server whose pages answer otherwise says so as an error
// instead of a silent success.

#include "sync/remote_client.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>

#include <utility>

class QNetworkAccessManager;
class QNetworkRequest;

namespace Sync {

class TtRssClient final : public RemoteClient {
    Q_OBJECT

public:
    // server: the tt-rss address (the API is server + "/api/").
    TtRssClient(const QUrl &server, const QString &user, const QString &password, QObject *parent = nullptr);
    ~TtRssClient() override;

    void setPageSize(int size) { m_pageSize = size; } // stories per request, at most 200
    int pageSize() const { return m_pageSize; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    QString sessionId() const { return m_session; }
    int apiLevel() const { return m_apiLevel; }

    void login(Done done) override;
    void categories(Answer<QList<RemoteCategory>> done) override;
    void feeds(Answer<QList<RemoteFeed>> done) override;
    void stories(qint64 sinceId, Answer<QList<RemoteStory>> done) override;
    void storiesWith(StoryField field, Answer<QList<qint64>> done) override;
    void mark(const QList<qint64> &ids, StoryField field, bool value, Done done) override;
    void subscribe(const QString &url, qint64 categoryId, Answer<SubscribeResult> done) override;
    void unsubscribe(qint64 feedId, Done done) override;
    void renameFeed(qint64 feedId, const QString &title, Done done) override;
    void moveFeed(qint64 feedId, qint64 categoryId, Done done) override;
    void addCategory(const QString &title, Answer<qint64> done) override;

private:
    using JsonDone = std::function<void(const RemoteError &error, const QJsonValue &content)>;
    // Posts {op, sid, params...}; logs in first when there is no session, and
    // again (once) when the server says NOT_LOGGED_IN.
    void call(const QString &op, const QJsonObject &params, JsonDone done, bool retried = false);
    void post(const QJsonObject &body, JsonDone done);
    void storyPage(qint64 sinceId, int skip, QList<RemoteStory> sofar, Answer<QList<RemoteStory>> done);
    // Posts a form to the web backend (backend.php) with the session's
    // cookie and form token, fetched first when not known; logs in again
    // (once) when the session is gone.
    void webCall(const QList<std::pair<QString, QString>> &form, Done done, bool retried = false);
    void webToken(Done done);
    void feedAfterChange(qint64 feedId, const std::function<RemoteError(const RemoteFeed &)> &check, Done done);
    QNetworkRequest request(const QUrl &url) const;
    void idPage(const QString &viewMode, int skip, QList<qint64> sofar, Answer<QList<qint64>> done);

    QUrl m_base; // the server, its path ending in '/'
    QUrl m_api;
    QString m_user;
    QString m_password;
    QString m_session;
    QString m_webToken; // the session's form token for backend.php
    QString m_webTokenSession; // the session it belongs to
    int m_apiLevel = 0;
    int m_pageSize = 200;
    int m_timeoutMs = 30000;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace Sync
