#pragma once

// What a feed server account offers Tidings, whatever its protocol: log in,
// list its folders and feeds, fetch stories incrementally, set read and
// starred, subscribe and unsubscribe, rename and move feeds and make folders.
// TtRssClient implements it for Tiny Tiny
// RSS; a Google Reader API client will implement the same interface.
//
// Every call is asynchronous (Qt Network on the calling thread's event loop,
// never blocking it) and answers exactly once through its callback. A session
// the server forgot is renewed without asking: the client logs in again with
// the password it was given and repeats the call once.

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Sync {

struct RemoteError {
    enum class Kind {
        None,
        WrongPassword, // the server refused the user or the password
        ApiDisabled, // the user exists but may not use the API (tt-rss: "Enable API" is off)
        Unreachable, // no answer: refused, timed out, host not found, connection lost
        SessionExpired, // the session ended and logging in again failed
        HttpError, // an HTTP status other than 200 (detail: the status)
        BadReply, // the answer was not what the protocol says (detail: what)
        Refused, // the server understood and said no (detail: its words, e.g. FEED_NOT_FOUND)
    };
    Kind kind = Kind::None;
    QString detail; // untranslated

    explicit operator bool() const { return kind != Kind::None; }
};

// One line of English for logs and the CLI.
QString describe(const RemoteError &error);

struct RemoteCategory {
    qint64 id = 0; // 0: the server's "Uncategorized"
    QString title;
};

struct RemoteFeed {
    qint64 id = 0;
    QString title;
    QString url;
    qint64 categoryId = 0; // 0: none
};

struct RemoteStory {
    qint64 id = 0; // the server's article id; grows with each new story
    qint64 feedId = 0;
    QString guid;
    QString title;
    QString link;
    QString author;
    QString contentHtml;
    QDateTime updated; // UTC
    bool unread = true;
    bool starred = false;
};

enum class StoryField { Read, Starred };

struct SubscribeResult {
    qint64 feedId = 0;
    bool added = false; // false: the server already had it
};

class RemoteClient : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    template <typename T> using Answer = std::function<void(const RemoteError &error, const T &value)>;
    using Done = std::function<void(const RemoteError &error)>;

    virtual void login(Done done) = 0;
    virtual void categories(Answer<QList<RemoteCategory>> done) = 0;
    virtual void feeds(Answer<QList<RemoteFeed>> done) = 0;
    // Every story newer than sinceId (0: all), with its content, oldest
    // first, fetched in pages of pageSize(); progress() says how far it got.
    virtual void stories(qint64 sinceId, Answer<QList<RemoteStory>> done) = 0;
    // The ids of every unread (field Read) or starred (field Starred) story.
    virtual void storiesWith(StoryField field, Answer<QList<qint64>> done) = 0;
    // Read: value true marks read. Starred: value true stars.
    virtual void mark(const QList<qint64> &ids, StoryField field, bool value, Done done) = 0;
    virtual void subscribe(const QString &url, qint64 categoryId, Answer<SubscribeResult> done) = 0;
    virtual void unsubscribe(qint64 feedId, Done done) = 0;
    // A feed's new title on the server (the server may trim it).
    virtual void renameFeed(qint64 feedId, const QString &title, Done done) = 0;
    // A feed into another category (0: none).
    virtual void moveFeed(qint64 feedId, qint64 categoryId, Done done) = 0;
    // The id of the top-level category with this title, made when missing.
    virtual void addCategory(const QString &title, Answer<qint64> done) = 0;

Q_SIGNALS:
    // Stories fetched so far in the running stories() call.
    void progress(int storiesFetched);
};

} // namespace Sync
