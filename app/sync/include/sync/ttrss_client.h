#pragma once

// A Tiny Tiny RSS account through its JSON API (<server>/api/, API level 15
// as in Debian 12's tt-rss 21.x): one POST per call, a JSON body with "op"
// and the session id. Level 15 has no call to rename or move a feed, nor to
// make a category: those stay on the server's own pages.

#include "sync/remote_client.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>

class QNetworkAccessManager;

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

private:
    using JsonDone = std::function<void(const RemoteError &error, const QJsonValue &content)>;
    // Posts {op, sid, params...}; logs in first when there is no session, and
    // again (once) when the server says NOT_LOGGED_IN.
    void call(const QString &op, const QJsonObject &params, JsonDone done, bool retried = false);
    void post(const QJsonObject &body, JsonDone done);
    void storyPage(qint64 sinceId, int skip, QList<RemoteStory> sofar, Answer<QList<RemoteStory>> done);
    void idPage(const QString &viewMode, int skip, QList<qint64> sofar, Answer<QList<qint64>> done);

    QUrl m_api;
    QString m_user;
    QString m_password;
    QString m_session;
    int m_apiLevel = 0;
    int m_pageSize = 200;
    int m_timeoutMs = 30000;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace Sync
