#include "store_schema.h"

#include "store_private.h"
#include "store_text.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

namespace Core::StoreSchema {

namespace {

using StoreDetail::run;

struct Migration {
    QStringList statements;
    // Work SQL alone cannot do (filling the search index from HTML).
    std::function<Status(QSqlDatabase &)> step;
};

// A story leaves the clean queue whenever cleaning writes its articles row,
// updates included (versions 7 and 8).
QString cleanQueueDoneTrigger()
{
    return QStringLiteral("CREATE TRIGGER articles_clean_queue_done AFTER UPDATE ON articles BEGIN"
                          " DELETE FROM clean_queue WHERE story_id = new.story_id; END");
}

// Version 1: subscriptions, folders, stories and their read state.
// One SQL clause per line reads better than what clang-format would pack.
// clang-format off
Migration migration1()
{
    return {{
        QStringLiteral("CREATE TABLE folders ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " parent_id INTEGER REFERENCES folders(id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE INDEX folders_parent ON folders(parent_id)"),
        QStringLiteral("CREATE TABLE subscriptions ("
                       " id INTEGER PRIMARY KEY,"
                       " url TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " site_url TEXT NOT NULL DEFAULT '',"
                       " icon_url TEXT NOT NULL DEFAULT '',"
                       " folder_id INTEGER REFERENCES folders(id) ON DELETE SET NULL,"
                       " etag TEXT NOT NULL DEFAULT '',"
                       " last_modified TEXT NOT NULL DEFAULT '',"
                       " last_fetched INTEGER,"
                       " last_success INTEGER,"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " consecutive_failures INTEGER NOT NULL DEFAULT 0,"
                       " retry_after INTEGER,"
                       " allow_images INTEGER NOT NULL DEFAULT 0,"
                       " created INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX subscriptions_folder ON subscriptions(folder_id)"),
        QStringLiteral("CREATE TABLE stories ("
                       " id INTEGER PRIMARY KEY,"
                       " subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,"
                       " guid TEXT NOT NULL,"
                       " link TEXT NOT NULL DEFAULT '',"
                       " title TEXT NOT NULL DEFAULT '',"
                       " author TEXT NOT NULL DEFAULT '',"
                       " summary_html TEXT NOT NULL DEFAULT '',"
                       " content_html TEXT NOT NULL DEFAULT '',"
                       " published INTEGER NOT NULL,"
                       " updated INTEGER,"
                       " date_is_first_seen INTEGER NOT NULL DEFAULT 0,"
                       " first_seen INTEGER NOT NULL,"
                       " categories TEXT NOT NULL DEFAULT '[]',"
                       " enclosures TEXT NOT NULL DEFAULT '[]',"
                       " thumbnail_url TEXT NOT NULL DEFAULT '',"
                       " excerpt TEXT NOT NULL DEFAULT '',"
                       " content_hash TEXT NOT NULL,"
                       " UNIQUE (subscription_id, guid))"),
        QStringLiteral("CREATE INDEX stories_published ON stories(published DESC, id DESC)"),
        QStringLiteral("CREATE INDEX stories_subscription ON stories(subscription_id, published DESC, id DESC)"),
        // published is copied from stories so the unread and starred lists
        // page on an index of their own instead of scanning every story.
        QStringLiteral("CREATE TABLE story_state ("
                       " story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,"
                       " published INTEGER NOT NULL,"
                       " read INTEGER NOT NULL DEFAULT 0,"
                       " starred INTEGER NOT NULL DEFAULT 0,"
                       " read_at INTEGER)"),
        QStringLiteral("CREATE INDEX story_state_unread ON story_state(published DESC, story_id DESC) WHERE read = 0"),
        QStringLiteral("CREATE INDEX story_state_starred ON story_state(published DESC, story_id DESC) WHERE starred = 1"),
        QStringLiteral("CREATE TRIGGER stories_published_state AFTER UPDATE OF published ON stories BEGIN"
                       " UPDATE story_state SET published = new.published WHERE story_id = new.id; END"),
    }, {}};
}

Status fillSearchIndex(QSqlDatabase &db)
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!run(select, QStringLiteral("SELECT id, title, summary_html, content_html FROM stories")))
        return StoreDetail::dbError(select, QStringLiteral("reading stories for the search index"));
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO stories_fts(rowid, title, body, topics) VALUES (?, ?, ?, '')")))
        return StoreDetail::dbError(insert, QStringLiteral("preparing the search index"));
    while (select.next()) {
        insert.addBindValue(select.value(0));
        insert.addBindValue(StoreText::indexText(select.value(1).toString()));
        insert.addBindValue(StoreText::searchBody(select.value(2).toString(), select.value(3).toString()));
        if (!insert.exec())
            return StoreDetail::dbError(insert, QStringLiteral("filling the search index"));
    }
    return Ok {};
}

// Version 2: cleaned articles, topics and the full-text index.
Migration migration2()
{
    return {{
        QStringLiteral("CREATE TABLE articles ("
                       " story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,"
                       " url TEXT NOT NULL DEFAULT '',"
                       " html TEXT NOT NULL DEFAULT '',"
                       " text TEXT NOT NULL DEFAULT '',"
                       " title TEXT NOT NULL DEFAULT '',"
                       " byline TEXT NOT NULL DEFAULT '',"
                       " published TEXT NOT NULL DEFAULT '',"
                       " updated TEXT NOT NULL DEFAULT '',"
                       " site_name TEXT NOT NULL DEFAULT '',"
                       " lang TEXT NOT NULL DEFAULT '',"
                       " dir TEXT NOT NULL DEFAULT '',"
                       " lead_image_url TEXT NOT NULL DEFAULT '',"
                       " lead_image_alt TEXT NOT NULL DEFAULT '',"
                       " excerpt TEXT NOT NULL DEFAULT '',"
                       " word_count INTEGER NOT NULL DEFAULT 0,"
                       " reading_minutes INTEGER NOT NULL DEFAULT 0,"
                       " readerable INTEGER NOT NULL DEFAULT 0,"
                       " not_readerable_reason TEXT NOT NULL DEFAULT '',"
                       " raw_tags TEXT NOT NULL DEFAULT '[]',"
                       " extractor_version INTEGER NOT NULL DEFAULT 0,"
                       " cleaned_at INTEGER," // NULL: no article, only a failure
                       " error TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE topics ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " key TEXT NOT NULL UNIQUE,"
                       " story_count INTEGER NOT NULL DEFAULT 0)"),
        // published again copied from stories: a topic's stories page on
        // (topic_id, published, story_id) without touching other topics.
        QStringLiteral("CREATE TABLE story_topics ("
                       " story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
                       " topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,"
                       " rank INTEGER NOT NULL,"
                       " published INTEGER NOT NULL,"
                       " PRIMARY KEY (story_id, topic_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX story_topics_topic ON story_topics(topic_id, published DESC, story_id DESC)"),
        QStringLiteral("CREATE TRIGGER story_topics_count_up AFTER INSERT ON story_topics BEGIN"
                       " UPDATE topics SET story_count = story_count + 1 WHERE id = new.topic_id; END"),
        QStringLiteral("CREATE TRIGGER story_topics_count_down AFTER DELETE ON story_topics BEGIN"
                       " UPDATE topics SET story_count = story_count - 1 WHERE id = old.topic_id; END"),
        QStringLiteral("CREATE TRIGGER stories_published_topics AFTER UPDATE OF published ON stories BEGIN"
                       " UPDATE story_topics SET published = new.published WHERE story_id = new.id; END"),
        QStringLiteral("CREATE VIRTUAL TABLE stories_fts USING fts5("
                       "title, body, topics, tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN"
                       " DELETE FROM stories_fts WHERE rowid = old.id; END"),
    }, fillSearchIndex};
}

// Version 3: the subscription copied into story_state, so unread counts per
// subscription come from one partial index instead of a lookup per story.
Migration migration3()
{
    return {{
        QStringLiteral("ALTER TABLE story_state ADD COLUMN subscription_id INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE story_state SET subscription_id ="
                       " (SELECT subscription_id FROM stories WHERE stories.id = story_state.story_id)"),
        QStringLiteral("CREATE INDEX story_state_unread_subscription ON story_state(subscription_id) WHERE read = 0"),
    }, {}};
}

// Version 4: stories waiting to be cleaned, in list order. Finding them by
// NOT EXISTS over articles walked every story once all were cleaned.
// Triggers keep it exact: a new story joins, any articles row (an article or
// a failure) leaves.
Migration migration4()
{
    return {{
        QStringLiteral("CREATE TABLE clean_queue ("
                       " story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,"
                       " published INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX clean_queue_order ON clean_queue(published DESC, story_id DESC)"),
        QStringLiteral("INSERT INTO clean_queue(story_id, published) SELECT s.id, s.published FROM stories s"
                       " WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)"),
        QStringLiteral("CREATE TRIGGER stories_clean_queue_add AFTER INSERT ON stories BEGIN"
                       " INSERT INTO clean_queue(story_id, published) VALUES (new.id, new.published); END"),
        QStringLiteral("CREATE TRIGGER articles_clean_queue_remove AFTER INSERT ON articles BEGIN"
                       " DELETE FROM clean_queue WHERE story_id = new.story_id; END"),
        QStringLiteral("CREATE TRIGGER stories_published_clean_queue AFTER UPDATE OF published ON stories BEGIN"
                       " UPDATE clean_queue SET published = new.published WHERE story_id = new.id; END"),
    }, {}};
}

// Version 5: unread counts per subscription kept by triggers. Counting them
// from the partial index cost ~12 ms at 200,000 stories and grows with every
// unread story; the badges need them after every refresh. A row per
// subscription makes it a read of as many rows as there are feeds, and the
// partial index version 3 added for the count goes.
Migration migration5()
{
    return {{
        QStringLiteral("CREATE TABLE unread_counts ("
                       " subscription_id INTEGER PRIMARY KEY,"
                       " unread INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO unread_counts(subscription_id, unread)"
                       " SELECT subscription_id, count(*) FROM story_state WHERE read = 0 GROUP BY subscription_id"),
        QStringLiteral("CREATE TRIGGER story_state_unread_add AFTER INSERT ON story_state WHEN new.read = 0 BEGIN"
                       " INSERT INTO unread_counts(subscription_id, unread) VALUES (new.subscription_id, 1)"
                       " ON CONFLICT(subscription_id) DO UPDATE SET unread = unread + 1; END"),
        QStringLiteral("CREATE TRIGGER story_state_unread_remove AFTER DELETE ON story_state WHEN old.read = 0 BEGIN"
                       " UPDATE unread_counts SET unread = unread - 1 WHERE subscription_id = old.subscription_id; END"),
        QStringLiteral("CREATE TRIGGER story_state_unread_leave AFTER UPDATE OF read, subscription_id ON story_state"
                       " WHEN old.read = 0 AND (new.read <> 0 OR new.subscription_id <> old.subscription_id) BEGIN"
                       " UPDATE unread_counts SET unread = unread - 1 WHERE subscription_id = old.subscription_id; END"),
        QStringLiteral("CREATE TRIGGER story_state_unread_join AFTER UPDATE OF read, subscription_id ON story_state"
                       " WHEN new.read = 0 AND (old.read <> 0 OR new.subscription_id <> old.subscription_id) BEGIN"
                       " INSERT INTO unread_counts(subscription_id, unread) VALUES (new.subscription_id, 1)"
                       " ON CONFLICT(subscription_id) DO UPDATE SET unread = unread + 1; END"),
        QStringLiteral("CREATE TRIGGER subscriptions_unread_counts_remove AFTER DELETE ON subscriptions BEGIN"
                       " DELETE FROM unread_counts WHERE subscription_id = old.id; END"),
        // Version 3's index only served that count; keeping it would cost every write.
        QStringLiteral("DROP INDEX story_state_unread_subscription"),
    }, {}};
}

// Version 6: in how many saved articles each name-like phrase or word occurs,
// so generated topics can be ranked by rarity across the reader's own stories
// (CorpusStats::documentFrequency). Counted once per story, when its
// first article is saved.
Migration migration6()
{
    return {{
        QStringLiteral("CREATE TABLE term_stories ("
                       " term TEXT PRIMARY KEY,"
                       " stories INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX term_stories_count ON term_stories(stories DESC)"),
    }, {}};
}

// Version 7: small facts about the store itself (which extractor version
// last queued old articles for cleaning again). A story leaves the clean
// queue whenever cleaning writes its articles row, updates included.
Migration migration7()
{
    return {{
        QStringLiteral("CREATE TABLE store_facts (key TEXT PRIMARY KEY, value) WITHOUT ROWID"),
        cleanQueueDoneTrigger(),
    }, {}};
}

// clang-format on

// Rewrites the English sentences one column of `table` kept before version 8
// as a code and a detail (legacyError); every row keeps its text somewhere.
Status mapLegacyErrors(
    QSqlDatabase &db, const QString &table, const QString &key, const QString &codeColumn, const QString &detailColumn)
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!run(select, QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 <> ''").arg(key, detailColumn, table)))
        return StoreDetail::dbError(select, QStringLiteral("reading old errors of %1").arg(table));
    QList<std::pair<qint64, Error>> rows;
    while (select.next())
        rows.append({ select.value(0).toLongLong(), legacyError(select.value(1).toString()) });
    select.finish();
    QSqlQuery update(db);
    if (!update.prepare(
            QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ? WHERE %4 = ?").arg(table, codeColumn, detailColumn, key)))
        return StoreDetail::dbError(update, QStringLiteral("preparing the error codes of %1").arg(table));
    for (const auto &[id, error] : std::as_const(rows)) {
        update.addBindValue(errorCodeName(error.code));
        update.addBindValue(StoreDetail::bindable(error.detail)); // an empty detail is '', not NULL
        update.addBindValue(id);
        if (!update.exec())
            return StoreDetail::dbError(update, QStringLiteral("storing the error codes of %1").arg(table));
    }
    return Ok {};
}

Status mapAllLegacyErrors(QSqlDatabase &db)
{
    if (const Status status = mapLegacyErrors(db, QStringLiteral("subscriptions"), QStringLiteral("id"),
            QStringLiteral("last_error_code"), QStringLiteral("last_error_detail"));
        !status)
        return status;
    // Rewriting a failure is no cleaning: the clean queue stays as it is.
    if (const Status status = exec(db, QStringLiteral("DROP TRIGGER articles_clean_queue_done")); !status)
        return status;
    if (const Status status = mapLegacyErrors(db, QStringLiteral("articles"), QStringLiteral("story_id"),
            QStringLiteral("error_code"), QStringLiteral("error_detail"));
        !status)
        return status;
    return exec(db, cleanQueueDoneTrigger());
}

// Version 8: failures are kept as a code and a detail, never as English
// sentences, so the UI can say them in the user's language (Ui::errorText).
// The old text columns become the details; recognisable old sentences are
// split into code and detail, anything else keeps its whole text as the
// detail of ErrorCode::Unknown.
// clang-format off
Migration migration8()
{
    return {{
        QStringLiteral("ALTER TABLE subscriptions RENAME COLUMN last_error TO last_error_detail"),
        QStringLiteral("ALTER TABLE subscriptions ADD COLUMN last_error_code TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE articles RENAME COLUMN error TO error_detail"),
        QStringLiteral("ALTER TABLE articles ADD COLUMN error_code TEXT NOT NULL DEFAULT ''"),
    }, mapAllLegacyErrors};
}
// clang-format on

// Version 9: a topic keeps its identity under several names, and the user's
// choices about it. topic_aliases maps the other forms of a name (case-folded
// keys, "putin" for "Vladimir Putin") to the topics they name; one alias may
// name several topics ("lee"). A topic carries the user's preferred name,
// whether it is followed or blocked, and its unread stories; topic_feeds
// counts its stories per subscription. Triggers keep both counts exact, so a
// followed topic's badge and a topic header are read, never counted. A
// story's topics only go without its story row when its feed is deleted;
// that feed's topic_feeds rows go with the feed.
// clang-format off
Migration migration9()
{
    return {{
        QStringLiteral("CREATE TABLE topic_aliases ("
                       " alias TEXT NOT NULL,"
                       " topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (alias, topic_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX topic_aliases_topic ON topic_aliases(topic_id)"),
        QStringLiteral("ALTER TABLE topics ADD COLUMN display_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE topics ADD COLUMN followed INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE topics ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE topics ADD COLUMN unread_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX topics_followed ON topics(id) WHERE followed = 1"),
        QStringLiteral("CREATE INDEX topics_blocked ON topics(id) WHERE blocked = 1"),
        QStringLiteral("UPDATE topics SET unread_count = (SELECT count(*) FROM story_topics x"
                       " JOIN story_state st ON st.story_id = x.story_id WHERE x.topic_id = topics.id AND st.read = 0)"),
        QStringLiteral("CREATE TABLE topic_feeds ("
                       " topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,"
                       " subscription_id INTEGER NOT NULL,"
                       " stories INTEGER NOT NULL,"
                       " PRIMARY KEY (topic_id, subscription_id)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO topic_feeds(topic_id, subscription_id, stories)"
                       " SELECT x.topic_id, s.subscription_id, count(*) FROM story_topics x"
                       " JOIN stories s ON s.id = x.story_id GROUP BY x.topic_id, s.subscription_id"),
        // A story's topic joins or leaves: its feed's count, and the unread
        // count when the story is unread.
        QStringLiteral("CREATE TRIGGER story_topics_feed_up AFTER INSERT ON story_topics BEGIN"
                       " INSERT INTO topic_feeds(topic_id, subscription_id, stories)"
                       " SELECT new.topic_id, subscription_id, 1 FROM stories WHERE id = new.story_id"
                       " ON CONFLICT(topic_id, subscription_id) DO UPDATE SET stories = stories + 1;"
                       " UPDATE topics SET unread_count = unread_count + 1 WHERE id = new.topic_id"
                       " AND EXISTS (SELECT 1 FROM story_state WHERE story_id = new.story_id AND read = 0); END"),
        QStringLiteral("CREATE TRIGGER story_topics_feed_down AFTER DELETE ON story_topics BEGIN"
                       " UPDATE topic_feeds SET stories = stories - 1 WHERE topic_id = old.topic_id"
                       " AND subscription_id = (SELECT subscription_id FROM stories WHERE id = old.story_id);"
                       " UPDATE topics SET unread_count = unread_count - 1 WHERE id = old.topic_id"
                       " AND EXISTS (SELECT 1 FROM story_state WHERE story_id = old.story_id AND read = 0); END"),
        // Read or unread: the story's topics follow. Whichever of a deleted
        // story's state and topics goes first, exactly one trigger counts it.
        QStringLiteral("CREATE TRIGGER story_state_topics_unread AFTER UPDATE OF read ON story_state"
                       " WHEN (old.read = 0) <> (new.read = 0) BEGIN"
                       " UPDATE topics SET unread_count = unread_count + (CASE WHEN new.read = 0 THEN 1 ELSE -1 END)"
                       " WHERE id IN (SELECT topic_id FROM story_topics WHERE story_id = new.story_id); END"),
        QStringLiteral("CREATE TRIGGER story_state_topics_remove AFTER DELETE ON story_state WHEN old.read = 0 BEGIN"
                       " UPDATE topics SET unread_count = unread_count - 1"
                       " WHERE id IN (SELECT topic_id FROM story_topics WHERE story_id = old.story_id); END"),
        QStringLiteral("CREATE TRIGGER subscriptions_topic_feeds_remove AFTER DELETE ON subscriptions BEGIN"
                       " DELETE FROM topic_feeds WHERE subscription_id = old.id; END"),
    }, {}};
}
// clang-format on

// Version 10: what the user sets per feed (feed properties) and what the
// feed asks for itself, for refreshing on a schedule and retention.
// refresh_minutes, keep_days and keep_count use 0 for "the app's setting";
// keep_days and keep_count use -1 for "no limit". feed_min_interval is in
// seconds (RSS ttl, sy:updatePeriod, Cache-Control max-age). auth_user is
// the HTTP login's user; its password lives in the system keyring only.
// icon and icon_fetched cache the site's icon. removed_stories remembers
// the stories retention removed, so a feed that still lists one does not
// bring it back as new.
// clang-format off
Migration migration10()
{
    return {{
        QStringLiteral("ALTER TABLE subscriptions ADD COLUMN refresh_minutes INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE subscriptions ADD COLUMN full_text INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE subscriptions ADD COLUMN keep_days INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE subscriptions ADD COLUMN keep_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE subscriptions ADD COLUMN auth_user TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE subscriptions ADD COLUMN feed_min_interval INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE subscriptions ADD COLUMN icon BLOB"),
        QStringLiteral("ALTER TABLE subscriptions ADD COLUMN icon_fetched INTEGER"),
        QStringLiteral("CREATE TABLE removed_stories ("
                       " subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,"
                       " guid TEXT NOT NULL,"
                       " removed INTEGER NOT NULL,"
                       " PRIMARY KEY (subscription_id, guid)) WITHOUT ROWID"),
    }, {}};
}
// clang-format on

// Version 11: feed-server accounts (issue 15). Folders and subscriptions
// belong to an account ('local': Tidings fetches them itself) and carry the
// server's id for them (NULL for local ones); stories carry the server's id.
// pending_changes keeps the read and starred changes made here to a server
// account's stories that the server has not confirmed yet, written in the
// same transaction as the change itself, keyed by the server's story id.
// clang-format off
Migration migration11()
{
    return {{
        QStringLiteral("ALTER TABLE folders ADD COLUMN account_id TEXT NOT NULL DEFAULT 'local'"),
        QStringLiteral("ALTER TABLE folders ADD COLUMN remote_id TEXT"),
        QStringLiteral("ALTER TABLE subscriptions ADD COLUMN account_id TEXT NOT NULL DEFAULT 'local'"),
        QStringLiteral("ALTER TABLE subscriptions ADD COLUMN remote_id TEXT"),
        QStringLiteral("ALTER TABLE stories ADD COLUMN remote_id TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX folders_remote ON folders(account_id, remote_id) WHERE remote_id IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX subscriptions_remote ON subscriptions(account_id, remote_id)"
                       " WHERE remote_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX stories_remote ON stories(remote_id) WHERE remote_id IS NOT NULL"),
        QStringLiteral("CREATE TABLE pending_changes ("
                       " account_id TEXT NOT NULL,"
                       " remote_id TEXT NOT NULL,"
                       " field TEXT NOT NULL," // 'read' or 'starred'
                       " value INTEGER NOT NULL,"
                       " changed INTEGER NOT NULL,"
                       " PRIMARY KEY (account_id, remote_id, field)) WITHOUT ROWID"),
    }, {}};
}
// clang-format on

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = { migration1(), migration2(), migration3(), migration4(), migration5(),
        migration6(), migration7(), migration8(), migration9(), migration10(), migration11() };
    return all;
}

Status applyMigration(QSqlDatabase &db, const Migration &migration, int toVersion)
{
    Result<StoreDetail::Transaction> transaction
        = StoreDetail::Transaction::begin(db, QStringLiteral("starting migration %1").arg(toVersion));
    if (!transaction)
        return transaction.error();
    // Another connection may have migrated while this one waited for the lock.
    if (version(db) >= toVersion)
        return Ok {};
    for (const QString &statement : migration.statements) {
        const Status status = exec(db, statement);
        if (!status)
            return status;
    }
    if (migration.step) {
        const Status status = migration.step(db);
        if (!status)
            return status;
    }
    const Status status = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(toVersion));
    if (!status)
        return status;
    if (const Status committed = transaction->commit(QStringLiteral("committing migration %1").arg(toVersion));
        !committed)
        return committed.error();
    return Ok {};
}

} // namespace

Error legacyError(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // What versions before 8 wrote, word for word (Pipeline::describeError,
    // the cleaning steps, the article extractor's reasons).
    struct Sentence {
        const char *text;
        ErrorCode code;
    };
    static const Sentence whole[] = {
        { "unknown error", ErrorCode::Unknown },
        { "cleaning failed", ErrorCode::Unknown },
        { "the story links to no web page", ErrorCode::NoWebPage },
        { "the page is not an article", ErrorCode::NotAnArticle },
    };
    for (const Sentence &sentence : whole) {
        if (trimmed == QLatin1String(sentence.text))
            return { sentence.code, {}, {} };
    }
    // The article extractor's reasons are the detail of NotAnArticle.
    for (const char *reason : { "not an HTML page", "too little text", "home page", "no article text found" }) {
        if (trimmed == QLatin1String(reason))
            return { ErrorCode::NotAnArticle, trimmed, {} };
    }
    static const QRegularExpression leadsTo(QStringLiteral("^the link leads to (.*), not a web page$"));
    if (const QRegularExpressionMatch match = leadsTo.match(trimmed); match.hasMatch())
        return { ErrorCode::NotAWebPage, match.captured(1), {} };
    // A page that could not be fetched kept the fetch's own description.
    QString rest = trimmed;
    const QLatin1String fetchPrefix("could not fetch the page: ");
    if (rest.startsWith(fetchPrefix))
        rest = rest.mid(fetchPrefix.size());
    // "summary" or "summary: detail", as describeError wrote them.
    static const Sentence summaries[] = {
        { "invalid address", ErrorCode::InvalidArgument },
        { "unreadable file", ErrorCode::FileNotReadable },
        { "network error", ErrorCode::NetworkError },
        { "HTTP error", ErrorCode::HttpError },
        { "timed out", ErrorCode::Timeout },
        { "too large", ErrorCode::TooLarge },
        { "too many redirects", ErrorCode::TooManyRedirects },
        { "not a feed", ErrorCode::NotAFeed },
        { "unreadable feed", ErrorCode::ParseError },
        { "database error", ErrorCode::DatabaseError },
        { "not found", ErrorCode::NotFound },
        { "duplicate", ErrorCode::Duplicate },
    };
    for (const Sentence &summary : summaries) {
        const QLatin1String prefix(summary.text);
        if (rest == prefix)
            return { summary.code, {}, {} };
        if (rest.startsWith(prefix) && rest.mid(prefix.size()).startsWith(QLatin1String(": ")))
            return { summary.code, rest.mid(prefix.size() + 2), {} };
    }
    return { ErrorCode::Unknown, trimmed, {} };
}

int currentVersion()
{
    return int(migrations().size());
}

int version(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return StoreDetail::dbError(query, sql.section(QLatin1Char(' '), 0, 3));
    return Ok {};
}

Status migrate(QSqlDatabase &db, int targetVersion)
{
    const int from = version(db);
    if (from < 0)
        return Error { ErrorCode::DatabaseError, QStringLiteral("cannot read the schema version"), {} };
    for (int next = from + 1; next <= targetVersion && next <= currentVersion(); ++next) {
        const Status status = applyMigration(db, migrations().at(size_t(next - 1)), next);
        if (!status)
            return status;
    }
    return Ok {};
}

} // namespace Core::StoreSchema
