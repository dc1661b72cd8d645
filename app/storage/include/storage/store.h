#pragma once

// The whole storage API: SQLite through QtSql in the profile folder.
// One Store object owns one connection and must only be used on the thread
// that opened it (open a second Store for another thread).

#include "base/result.h"
#include "base/types.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Core {

// The account of the profile's own feeds, which Tidings fetches itself. Any
// other account id names a feed server (Sync::AccountInfo::id, "ttrss-1"):
// the server fetches its feeds, and the sync writes them here.
inline const QString LocalAccountId = QStringLiteral("local");

struct Folder {
    FolderId id = 0;
    QString name;
    FolderId parentId = 0; // 0: top level
    QString accountId = LocalAccountId;
    QString remoteId; // the server's id for it; empty for local folders
};

// What the user chose for one feed in its properties. Zero means "the app's
// setting" for the numbers; -1 means "no limit" for keepDays and keepCount.
struct SubscriptionSettings {
    int refreshMinutes = 0; // minutes between refreshes
    bool fullText = false; // the feed carries whole stories: show them, do not clean the page
    int keepDays = 0; // retention: stories older than this many days go (starred ones stay)
    int keepCount = 0; // retention: only the newest this many stories of the feed stay (and starred ones)
    QString authUser; // HTTP login; the password is kept in the system keyring, never here

    friend bool operator==(const SubscriptionSettings &, const SubscriptionSettings &) = default;
};

// The app's retention, what a feed's 0 ("the app's setting") stands for.
// Zero means no limit here.
struct RetentionDefaults {
    int keepDays = 0;
    int keepCount = 0;

    friend bool operator==(const RetentionDefaults &, const RetentionDefaults &) = default;
};

struct Subscription {
    SubscriptionId id = 0;
    QString url; // the feed URL (updated on permanent redirects)
    QString title;
    QString siteUrl;
    QString iconUrl;
    FolderId folderId = 0; // 0: top level
    QString etag;
    QString lastModified;
    QDateTime lastFetched;
    QDateTime lastSuccess;
    Error lastError; // code None when the last fetch succeeded (no url kept)
    int consecutiveFailures = 0;
    QDateTime retryAfter; // do not fetch before this (Retry-After, back-off)
    bool allowImages = false;
    SubscriptionSettings settings;
    // The least time between fetches the feed or its server asks for, in
    // seconds (RSS ttl, sy:updatePeriod, Cache-Control max-age); 0: none.
    int feedMinInterval = 0;
    int unreadCount = 0; // computed
    QString accountId = LocalAccountId; // a server account's feeds are fetched by the server, never here
    QString remoteId; // the server's id for it; empty for local subscriptions
    bool isRemote() const { return accountId != LocalAccountId; }
};

// One row of a story list. Cheap: no bodies.
struct StoryRow {
    StoryId id = 0;
    SubscriptionId subscriptionId = 0;
    QString subscriptionTitle;
    QString title;
    QString link;
    QDateTime published; // UTC
    QString excerpt; // one line of plain text
    bool read = false;
    bool starred = false;
    bool cleaned = false; // an article is stored
};

struct TopicCount {
    QString name;
    int stories = 0; // how many stories share it
};

// One topic as the store keeps it: one identity under every name it was
// given. Any of its names or aliases finds it (Store::topic).
struct TopicInfo {
    QString name; // what chips show: the user's name for it, else the first spelling seen
    QString key; // Topics::key of the first spelling
    QStringList aliases; // other case-folded forms naming it ("putin")
    int stories = 0;
    int unread = 0; // unread stories across every feed
    bool followed = false;
    bool blocked = false; // "never show this chip"
};

// What a topic's list shows above its stories.
struct TopicSummary {
    TopicInfo topic;
    int feeds = 0; // distinct subscriptions carrying it
    // The topics most often on the same stories (among its newest
    // Store::RelatedWindow stories), most frequent first; blocked ones left out.
    QList<TopicCount> related;
};

// Everything the reading pane shows for one story.
struct StoryDetail {
    StoryRow row;
    QString guid;
    QString author;
    QString summaryHtml;
    QString contentHtml;
    QStringList categories;
    QList<Enclosure> enclosures;
    bool dateIsFirstSeen = false;
    std::optional<Article> article; // cleaned page, when there is one
    Error cleanError; // why cleaning failed or found no article; code None if it did not (no url kept)
    QList<TopicCount> topics; // the story's topics with counts, most salient first
};

struct StoryFilter {
    enum class Kind { All, Unread, Starred, Today, Subscription, Folder, Topic, Search, Account };
    Kind kind = Kind::All;
    qint64 id = 0; // subscription or folder id
    QString topic; // Kind::Topic
    QString query; // Kind::Search: free words plus tag:"..." / topic:"..." terms (store_search.h)
    bool unreadOnly = false; // only stories not yet read (badge counts)
    bool oldestFirst = false; // list order: oldest first (paging follows it)
    QString account {}; // Kind::Account: every story of that account's feeds
};

// A feed server's folders, feeds and stories as the sync hands them to the
// store (ids are the server's, as text: tt-rss numbers, Google Reader strings).
struct ServerFolder {
    QString remoteId;
    QString name;
};

struct ServerFeed {
    QString remoteId;
    QString title;
    QString url;
    QString folderRemoteId; // empty: top level of the account
};

struct ServerStory {
    QString remoteId;
    QString feedRemoteId;
    ParsedItem item; // item.id: the server's guid for it (unique in its feed)
};

// What applyServerFeeds changed.
struct ServerFeedsApplied {
    QList<SubscriptionId> added;
    QList<SubscriptionId> removed;
    QList<SubscriptionId> changed; // renamed, moved or a new URL
    int foldersChanged = 0; // folders added, renamed or removed
};

enum class StateField { Read, Starred };

// A read or starred change made here to a server account's story, not yet
// confirmed by the server.
struct PendingChange {
    QString remoteId; // the server's story id
    StateField field = StateField::Read;
    bool value = false; // Read: true is read; Starred: true is starred
    friend bool operator==(const PendingChange &, const PendingChange &) = default;
};

// Keyset paging: the last row of the previous page.
struct PageKey {
    QDateTime published;
    StoryId id = 0;
};

struct StoreOptions {
    enum class Access {
        ReadWrite, // checks, migrates and writes: the storage thread, the CLI, tests
        ReadOnly, // PRAGMA query_only: every write fails; no check, no migration (the GUI thread)
    };
    Access access = Access::ReadWrite;
    // How long a statement waits for another connection's lock before it
    // fails with "database is locked". The GUI's connection waits at most
    // about a frame.
    int busyTimeoutMs = 5000;
    static constexpr int FrameBusyTimeoutMs = 16;
    // What a ReadWrite open reads to find damage. Full: the whole file
    // (PRAGMA quick_check), which takes seconds at a million stories.
    // Schema: the header and the schema only, for a caller that checks the
    // rest later (checkIntegrity, off the start path).
    enum class Check { Full, Schema };
    Check check = Check::Full;
    // The GUI thread's connection: reads only, never waits longer than a frame.
    static StoreOptions readOnlyForGui() { return { Access::ReadOnly, FrameBusyTimeoutMs }; }
};

class Store final {
public:
    // Opens (creating if needed) <profileDir>/tidings.sqlite. An empty
    // profileDir means the default: $TIDINGS_PROFILE, else the app data folder.
    // A ReadOnly store expects a ReadWrite one to have checked and migrated
    // the file first; it fails when the schema is not the current one.
    static Result<std::unique_ptr<Store>> open(const QString &profileDir = {}, const StoreOptions &options = {});
    static QString defaultProfileDir();
    // The database file of a profile folder (empty: the default one).
    static QString databasePath(const QString &profileDir = {});
    // Moves a damaged database file and its -wal and -shm aside, to
    // <file>.corrupt-<UTC time>, so a new one can be made; nothing is deleted.
    // open() does it itself when it finds the file damaged. Returns where the
    // file went, empty when it could not be moved.
    static QString moveDatabaseAside(const QString &databasePath);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString profileDir() const;
    int schemaVersion() const;
    bool isReadOnly() const;
    // PRAGMA quick_check over the whole file: Ok when sound, DatabaseCorrupt
    // (the file left where it is) when damaged, DatabaseError when it could
    // not be read. Works on a ReadOnly store too, beside the writer.
    Status checkIntegrity() const;
    // A consistent copy of the whole database (VACUUM INTO) in a new file
    // `target`; the rolling backups use it (store_backup.h).
    Status copyTo(const QString &target) const;

    // ---- folders ----
    Result<FolderId> addFolder(const QString &name, FolderId parent = 0);
    Status renameFolder(FolderId id, const QString &name);
    Status deleteFolder(FolderId id); // its subscriptions move to the parent
    Status moveFolder(FolderId id, FolderId parent); // never into itself or below itself
    // Lists: a failed read returns an empty list and, when `error` is given,
    // says why there (it is left alone on success).
    QList<Folder> folders(Error *error = nullptr) const;

    // ---- subscriptions ----
    Result<SubscriptionId> addSubscription(const QString &url, const QString &title = {}, FolderId folder = 0);
    std::optional<Subscription> subscription(SubscriptionId id) const;
    std::optional<Subscription> subscriptionByUrl(const QString &url) const;
    QList<Subscription> subscriptions(Error *error = nullptr) const; // with unread counts
    Status renameSubscription(SubscriptionId id, const QString &title);
    Status moveSubscription(SubscriptionId id, FolderId folder);
    Status deleteSubscription(SubscriptionId id);
    Status setSubscriptionUrl(SubscriptionId id, const QString &url);
    Status setAllowImages(SubscriptionId id, bool allow);
    Status setSubscriptionSiteUrl(SubscriptionId id, const QString &siteUrl);
    // Fails with InvalidArgument for numbers below -1 (0 and -1 are the
    // "app's setting" and "no limit" of SubscriptionSettings). Lifts a
    // failing feed's rest (retryAfter): its setup was just looked at.
    Status setSubscriptionSettings(SubscriptionId id, const SubscriptionSettings &settings);
    // The site's icon, cached (store_icons.cpp): image bytes as the pipeline
    // normalised them (PNG), empty when the site has none or it was refused,
    // and when that was last looked at (invalid: never).
    Status setSubscriptionIcon(SubscriptionId id, const QByteArray &icon, const QDateTime &fetched);
    QByteArray subscriptionIcon(SubscriptionId id) const;
    QDateTime subscriptionIconFetched(SubscriptionId id) const;
    // Every non-empty icon, for the tree and the story list.
    QHash<SubscriptionId, QByteArray> subscriptionIcons(Error *error = nullptr) const;
    // Fetch bookkeeping. minIntervalSeconds is what the feed and its server
    // asked for (ParsedFeed::minIntervalSeconds, Cache-Control max-age): it
    // replaces Subscription::feedMinInterval after a fetch with a feed, and
    // only lengthens it after a 304; -1 leaves it as it is.
    Status recordFetchSuccess(SubscriptionId id, const QString &etag, const QString &lastModified,
        const ParsedFeed *feed /* null on 304 */, int minIntervalSeconds = -1);
    // Keeps the error's code and detail (a code None is kept as Unknown).
    Status recordFetchFailure(SubscriptionId id, const Error &error, const QDateTime &retryAfter = {});

    // ---- stories ----
    // Idempotent upsert in one transaction; returns the ids of new stories.
    Result<QList<StoryId>> upsertStories(SubscriptionId id, const QList<ParsedItem> &items);
    QList<StoryRow> stories(const StoryFilter &filter, const std::optional<PageKey> &after = {}, int limit = 100,
        Error *error = nullptr) const;
    int countStories(const StoryFilter &filter) const;
    // Which of these stories the filter lists (for live updates of any view).
    QSet<StoryId> storiesMatching(const StoryFilter &filter, const QList<StoryId> &ids) const;
    std::optional<StoryDetail> story(StoryId id) const;
    // Newest first: stories waiting to be cleaned (never cleaned, or queued
    // again by requeueOutdatedArticles) with no cleaning recorded since.
    // Stories of feeds that carry the full text (settings.fullText) are left out.
    QList<StoryId> storiesWithoutArticle(int limit = 100, Error *error = nullptr) const;
    // Once per extractor version: queues the newest `limit` articles cleaned
    // by an older version to be cleaned again. Returns how many were queued
    // (0 when this version already did it).
    Result<int> requeueOutdatedArticles(int extractorVersion, int limit);

    // ---- retention ----
    // Removes, in every subscription (or only in `only`), the unstarred
    // stories published more than keepDays before `now` and the unstarred
    // stories beyond the feed's newest keepCount, with the feed's settings
    // (0: `defaults`, -1: no limit). Starred stories always stay. A removed
    // story's guid is remembered, so upsertStories never brings it back while
    // the feed still lists it. A remembered guid goes once no feed has listed
    // it for RemovedStoryDays, and each feed remembers at most
    // MaxRemovedStories. Topic, unread and search counts stay exact.
    // Returns the removed stories' ids. An invalid `now` means the current time.
    Result<QList<StoryId>> applyRetention(
        const RetentionDefaults &defaults, SubscriptionId only = 0, const QDateTime &now = {});
    static constexpr int RemovedStoryDays = 90;
    static constexpr int MaxRemovedStories = 10000;
    // How many removed stories a feed remembers (for tests and diagnostics).
    int removedStoryCount(SubscriptionId id) const;

    // ---- read / starred state (its own table: survives refetches) ----
    Status setRead(StoryId id, bool read);
    Status setStarred(StoryId id, bool starred);
    // Marks every story matching the filter read; returns the ids it changed (for undo).
    Result<QList<StoryId>> markAllRead(const StoryFilter &filter);
    // The same for the stories listed above or below one row of the
    // filter's list (in its order; the row itself stays as it is).
    enum class ListSide { Above, Below };
    Result<QList<StoryId>> markAllRead(const StoryFilter &filter, const PageKey &row, ListSide side);
    Status setReadMany(const QList<StoryId> &ids, bool read);

    // ---- articles and topics ----
    Status saveArticle(StoryId id, const Article &article);
    Status saveCleanFailure(StoryId id, const Error &reason); // code and detail, as recordFetchFailure
    QList<TopicCount> topicsLike(const QString &prefix, int limit = 20, Error *error = nullptr) const;
    // The topic names of each story, most salient first (stories without topics are absent).
    QHash<StoryId, QStringList> storyTopics(const QList<StoryId> &ids) const;
    // Story count, known topics and the document frequency of the commonest
    // terms (Article::documentTerms, counted as articles are first saved) for
    // Topics::tag. All come from running counts, read in a few milliseconds.
    CorpusStats corpusStats() const;
    static constexpr int MaxCorpusTerms = 20000;

    // ---- topics: identity and the user's choices ----
    // A topic is found by its key, else by an alias (the topic with the most
    // stories when several share it). Unknown names give nullopt / NotFound.
    std::optional<TopicInfo> topic(const QString &nameOrAlias) const;
    Status setTopicFollowed(const QString &nameOrAlias, bool followed);
    // The name chips show from now on, kept across re-cleans; empty restores
    // the first spelling. The new name also finds the topic. Fails with
    // Duplicate when it is another topic's name.
    Status renameTopic(const QString &nameOrAlias, const QString &name);
    // A blocked topic leaves every story's chips, completion, related topics
    // and the followed list, and its names go to CorpusStats::blockedTopics.
    // Stories keep their link to it, so unblocking restores every chip.
    Status setTopicBlocked(const QString &nameOrAlias, bool blocked);
    // Followed topics by name, with their unread counts: one indexed read of
    // as many rows as there are followed topics.
    QList<TopicInfo> followedTopics(Error *error = nullptr) const;
    QList<TopicInfo> blockedTopics(Error *error = nullptr) const;
    std::optional<TopicSummary> topicSummary(const QString &nameOrAlias, int relatedLimit = 6) const;
    static constexpr int RelatedWindow = 1000;

    // ---- feed-server accounts (issue 15) ----
    // A server account's folders and feeds are made to match the server's
    // lists, keyed by the server's ids: new ones added, the rest renamed,
    // moved or given their new URL, those gone from the server removed with
    // their stories. Other accounts are never touched. One transaction.
    Result<ServerFeedsApplied> applyServerFeeds(
        const QString &accountId, const QList<ServerFolder> &folders, const QList<ServerFeed> &feeds);
    // Upserts the server's stories of the account's feeds (stories of feeds
    // it does not know are skipped), keyed by their server id. New ones join
    // the clean queue like a local feed's. Returns the new stories' ids.
    Result<QList<StoryId>> upsertServerStories(const QString &accountId, const QList<ServerStory> &stories);
    // The server's read and starred state for every story of the account:
    // read unless its id is in `unread`, starred when it is in `starred`;
    // where a change made here is pending, the pending change wins. Returns
    // the stories whose state changed.
    Result<QList<StoryId>> applyServerStates(
        const QString &accountId, const QSet<QString> &unread, const QSet<QString> &starred);
    // setRead, setStarred, setReadMany and markAllRead queue a change for
    // the server in the same transaction when the story is a server
    // account's; the last change to a story's field replaces earlier ones.
    QList<PendingChange> pendingChanges(const QString &accountId, Error *error = nullptr) const;
    // Forgets the changes the server confirmed, unless changed again since
    // (to another value).
    Status confirmPendingChanges(const QString &accountId, const QList<PendingChange> &confirmed);
    // The account a story belongs to (empty when there is no such story).
    QString storyAccount(StoryId id) const;
    // The server's id of a story, empty for local ones.
    QString storyRemoteId(StoryId id) const;
    // Removes an account's folders, subscriptions, stories and pending changes.
    Status removeAccountData(const QString &accountId);

private:
    Store();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Core
