// A synthetic profile at scale (synthetic_profile.h): rows written straight
// into the schema Store::open made, with prepared statements in transactions
// of a few thousand stories.

#include "storage/synthetic_profile.h"

#include "storage/store.h"
#include "store_text.h"
#include "topics/topics.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace Core {

namespace {

// Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s.
class Zipf final {
public:
    Zipf(int n, double s)
    {
        m_cumulative.reserve(size_t(n));
        double sum = 0;
        for (int rank = 1; rank <= n; ++rank) {
            sum += 1.0 / std::pow(double(rank), s);
            m_cumulative.push_back(sum);
        }
    }

    template <typename Random> int operator()(Random &random) const
    {
        std::uniform_real_distribution<double> uniform(0.0, m_cumulative.back());
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), uniform(random));
        return int(std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ptrdiff_t(m_cumulative.size()) - 1));
    }

    // The share of draws rank `rank` gets.
    double share(int rank) const
    {
        const double before = rank == 0 ? 0.0 : m_cumulative.at(size_t(rank - 1));
        return (m_cumulative.at(size_t(rank)) - before) / m_cumulative.back();
    }

private:
    std::vector<double> m_cumulative;
};

class Text final {
public:
    explicit Text(std::mt19937_64 &random)
        : m_random(random)
        , m_zipf(VocabularySize, 1.05)
    {
        static const std::array<const char *, 36> syllables = { "ka", "lo", "mi", "ne", "ra", "su", "to", "vi", "ze",
            "an", "bel", "cor", "dun", "est", "fay", "gor", "hin", "ist", "jun", "kel", "lam", "mor", "nis", "ost",
            "pra", "qui", "ros", "sel", "tur", "ulm", "ve", "wa", "xan", "yor", "zu", "ed" };
        QSet<QString> seen;
        // Short words are the common ones, as in real text. Each length
        // takes what room it has (36 one-syllable words, 1,296 of two...).
        int failures = 0, longer = 0;
        while (m_words.size() < VocabularySize) {
            const int parts = std::min(5, 1 + int(m_words.size() * 4 / VocabularySize) + int(m_random() % 2) + longer);
            QString word;
            for (int p = 0; p < parts; ++p)
                word += QLatin1String(syllables.at(size_t(m_random() % syllables.size())));
            if (seen.contains(word)) {
                if (++failures == 64) {
                    ++longer; // this length is used up
                    failures = 0;
                }
                continue;
            }
            failures = 0;
            seen.insert(word);
            m_words.append(word);
        }
    }

    const QString &word() { return m_words.at(m_zipf(m_random)); }
    const QString &wordAt(int rank) const { return m_words.at(rank); }

    int between(int low, int high) { return low + int(m_random() % quint64(high - low + 1)); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < p; }

    static QString capitalized(QString word)
    {
        if (!word.isEmpty())
            word[0] = word.at(0).toUpper();
        return word;
    }

    void appendSentence(QString &out, int words)
    {
        for (int i = 0; i < words; ++i) {
            if (i == 0)
                out += capitalized(word());
            else {
                out += QLatin1Char(' ');
                out += word();
                if (i + 1 < words && m_random() % 13 == 0)
                    out += QLatin1Char(',');
            }
        }
        out += QLatin1Char('.');
    }

    QString title()
    {
        QString out;
        const int words = between(5, 12);
        for (int i = 0; i < words; ++i) {
            if (i > 0)
                out += QLatin1Char(' ');
            out += i == 0 || m_random() % 4 == 0 ? capitalized(word()) : word();
        }
        return out;
    }

    // Cleaned article lengths are skewed: a median near 450 words, a long
    // tail of features, few under 100.
    int articleWords()
    {
        std::lognormal_distribution<double> length(std::log(450.0), 0.6);
        return std::clamp(int(length(m_random)), 80, 6000);
    }

    // The article as the cleaner keeps it: paragraphs as HTML and as text.
    // Paragraphs come from a pool of ParagraphPool written once (making text
    // word by word cost more than storing it); articles combine them at
    // random, so no two are alike and words keep their Zipf spread.
    void article(int words, QString &html, QString &text)
    {
        if (m_paragraphs.isEmpty())
            makeParagraphs();
        html.clear();
        text.clear();
        html.reserve(words * 8);
        text.reserve(words * 8);
        int written = 0;
        while (written < words) {
            const qsizetype index = qsizetype(m_random() % quint64(m_paragraphs.size()));
            const QString &paragraph = m_paragraphs.at(index);
            if (!text.isEmpty())
                text += QLatin1String("\n\n");
            text += paragraph;
            html += QLatin1String("<p>");
            html += paragraph;
            html += QLatin1String("</p>\n");
            written += m_paragraphWords.at(index);
        }
    }

private:
    void makeParagraphs()
    {
        for (int i = 0; i < ParagraphPool; ++i) {
            QString paragraph;
            int words = 0;
            const int sentences = between(2, 5);
            for (int s = 0; s < sentences; ++s) {
                const int length = between(8, 28);
                if (s > 0)
                    paragraph += QLatin1Char(' ');
                appendSentence(paragraph, length);
                words += length;
            }
            m_paragraphs.append(paragraph);
            m_paragraphWords.append(words);
        }
    }

    static constexpr int VocabularySize = 40000;
    static constexpr int ParagraphPool = 50000;
    std::mt19937_64 &m_random;
    Zipf m_zipf;
    QStringList m_words;
    QStringList m_paragraphs;
    QList<int> m_paragraphWords;
};

Error sqlError(const QSqlError &error, const QString &context)
{
    return Error { ErrorCode::DatabaseError, context + QStringLiteral(": ") + error.text(), {} };
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(query.lastError(), sql);
    return Ok {};
}

bool execWith(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    for (const QVariant &value : values) {
        // A null QString would bind as NULL; text columns are NOT NULL.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    return query.exec();
}

// The connection the generator writes through, closed and removed on every return.
class Connection final {
public:
    explicit Connection(const QString &path)
        : m_name(QStringLiteral("tidings-synthetic-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

struct Queries {
    explicit Queries(QSqlDatabase &db)
        : story(db)
        , state(db)
        , article(db)
        , storyTopic(db)
        , search(db)
    {
    }

    bool prepare()
    {
        return story.prepare(QStringLiteral(
                   "INSERT INTO stories(id, subscription_id, guid, link, title, author, summary_html, published,"
                   " first_seen, categories, thumbnail_url, excerpt, content_hash)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && state.prepare(QStringLiteral("INSERT INTO story_state(story_id, published, subscription_id, read,"
                                            " starred, read_at) VALUES (?, ?, ?, ?, ?, ?)"))
            && article.prepare(QStringLiteral(
                "INSERT INTO articles(story_id, url, html, text, title, byline, published, site_name, lang, dir,"
                " lead_image_url, excerpt, word_count, reading_minutes, readerable, raw_tags, extractor_version,"
                " cleaned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'en', 'ltr', ?, ?, ?, ?, 1, ?, ?, ?)"))
            && storyTopic.prepare(
                QStringLiteral("INSERT INTO story_topics(story_id, topic_id, rank, published) VALUES (?, ?, ?, ?)"))
            && search.prepare(
                QStringLiteral("INSERT INTO stories_fts(rowid, title, body, topics) VALUES (?, ?, ?, ?)"));
    }

    QSqlQuery story, state, article, storyTopic, search;
};

struct Topic {
    qint64 id = 0;
    QString name;
};

// Names of people, places and organisations from the vocabulary's rarer words.
QList<Topic> makeTopics(QSqlDatabase &db, Text &text, int count, Error &error)
{
    QList<Topic> topics;
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO topics(name, key) VALUES (?, ?)"))) {
        error = sqlError(insert.lastError(), QStringLiteral("preparing topics"));
        return {};
    }
    static const std::array<const char *, 8> kinds = { "", "", "", " Group", " River", " Party", " Institute", " Cup" };
    QSet<QString> keys;
    int rank = 2000;
    while (topics.size() < count) {
        const QString first = Text::capitalized(text.wordAt(rank % 39000 + 500));
        const QString last = Text::capitalized(text.wordAt((rank * 7919) % 39000 + 500));
        ++rank;
        const QString name = first + QLatin1Char(' ') + last + QLatin1String(kinds.at(size_t(rank) % kinds.size()));
        const QString key = Topics::key(name);
        if (key.isEmpty() || keys.contains(key))
            continue;
        keys.insert(key);
        if (!execWith(insert, { name, key })) {
            error = sqlError(insert.lastError(), QStringLiteral("adding topics"));
            return {};
        }
        topics.append(Topic { insert.lastInsertId().toLongLong(), name });
    }
    return topics;
}

// One story as the generator's thread wrote it, waiting to be stored.
struct GeneratedStory {
    qint64 id = 0;
    int feed = 0; // index into the feeds
    qint64 published = 0;
    QString title, link, author, summary, html, body, excerpt, thumbnail, section, hash;
    int words = 0;
    bool read = false;
    bool starred = false;
    QList<int> topics; // indexes into the topics, in rank order
};

// Chunks of stories from the generator's thread to the writer, a few ahead.
class StoryQueue final {
public:
    static constexpr qint64 Chunk = 500;

    // False once the writer has stopped: the generator stops too.
    bool push(std::vector<GeneratedStory> chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_chunks.size() < MaxChunks; });
        if (m_stopped)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_changed.notify_all();
        return true;
    }
    std::vector<GeneratedStory> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty(); });
        std::vector<GeneratedStory> chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return chunk;
    }
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    static constexpr size_t MaxChunks = 8;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<GeneratedStory>> m_chunks;
    bool m_stopped = false;
};

QString isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

Result<SyntheticProfileReport> generateSyntheticProfile(const QString &profileDir,
    const SyntheticProfileOptions &options, const std::function<void(qint64, qint64)> &progress)
{
    if (options.feeds < 1 || options.folders < 0 || options.stories < 0 || options.days < 1 || options.topics < 0)
        return Error { ErrorCode::InvalidArgument,
            QStringLiteral("feeds, days must be at least 1; folders, stories, topics not negative"), {} };
    QString path;
    {
        // Created, checked and migrated as any start would; refused when in use.
        Result<std::unique_ptr<Store>> store = Store::open(profileDir);
        if (!store)
            return store.error();
        Error error;
        const QList<Subscription> existing = (*store)->subscriptions(&error);
        if (error.code != ErrorCode::None)
            return error;
        if (!existing.isEmpty())
            return Error { ErrorCode::InvalidArgument,
                QStringLiteral("the profile %1 already has %2 subscriptions: generate into an empty folder")
                    .arg((*store)->profileDir())
                    .arg(existing.size()),
                {} };
        path = Store::databasePath((*store)->profileDir());
    }

    Connection connection(path);
    QSqlDatabase &db = connection.db();
    if (!db.open())
        return sqlError(db.lastError(), QStringLiteral("opening %1").arg(path));
    // Only for this fill: no journal to write twice, no sync, a large cache.
    // The store's own connections set theirs when they open; WAL comes back below.
    for (const char *pragma : { "PRAGMA journal_mode = MEMORY", "PRAGMA synchronous = OFF",
             "PRAGMA cache_size = -262144", "PRAGMA temp_store = MEMORY", "PRAGMA foreign_keys = OFF" }) {
        if (const Status status = exec(db, QLatin1String(pragma)); !status)
            return status.error();
    }

    std::mt19937_64 random(options.seed);
    Text text(random);
    SyntheticProfileReport report;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    if (const Status status = exec(db, QStringLiteral("BEGIN")); !status)
        return status.error();
    // Folders: sections, some with a subfolder.
    static const std::array<const char *, 25> sections = { "World", "Politics", "Business", "Technology", "Science",
        "Health", "Sport", "Culture", "Books", "Music", "Film", "Travel", "Food", "Climate", "Energy", "Economy",
        "Europe", "Asia", "Americas", "Africa", "Opinion", "Local", "Games", "Design", "Space" };
    QList<qint64> folderIds;
    {
        QSqlQuery insert(db);
        if (!insert.prepare(QStringLiteral("INSERT INTO folders(name, parent_id) VALUES (?, ?)")))
            return sqlError(insert.lastError(), QStringLiteral("preparing folders"));
        for (int i = 0; i < options.folders; ++i) {
            const QString name = i < int(sections.size())
                ? QLatin1String(sections.at(size_t(i)))
                : QStringLiteral("%1 %2").arg(QLatin1String(sections.at(size_t(i) % sections.size())),
                    QString::number(i / int(sections.size()) + 1));
            // Every fifth folder past the first ten sits inside one of those.
            const QVariant parent = i >= 10 && i % 5 == 0 ? QVariant(folderIds.at(i % 10)) : QVariant();
            if (!execWith(insert, { name, parent }))
                return sqlError(insert.lastError(), QStringLiteral("adding folders"));
            folderIds.append(insert.lastInsertId().toLongLong());
        }
        report.folders = int(folderIds.size());
    }
    // Subscriptions: fetched a few minutes ago, so none is due at start.
    struct Feed {
        qint64 id = 0;
        QString host;
        QString title;
    };
    std::vector<Feed> feeds;
    {
        QSqlQuery insert(db);
        if (!insert.prepare(QStringLiteral(
                "INSERT INTO subscriptions(url, title, site_url, folder_id, created, last_fetched, last_success)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)")))
            return sqlError(insert.lastError(), QStringLiteral("preparing subscriptions"));
        for (int i = 0; i < options.feeds; ++i) {
            Feed feed;
            feed.host = QStringLiteral("%1%2.example").arg(text.wordAt(3000 + i % 30000)).arg(i);
            feed.title = Text::capitalized(text.wordAt(3000 + i % 30000)) + QStringLiteral(" %1").arg(i);
            // One feed in twenty at the top level, the rest spread over the folders.
            const QVariant folder
                = folderIds.isEmpty() || i % 20 == 19 ? QVariant() : QVariant(folderIds.at(i % folderIds.size()));
            if (!execWith(insert,
                    { QStringLiteral("https://%1/feed.xml").arg(feed.host), feed.title,
                        QStringLiteral("https://%1/").arg(feed.host), folder, now - qint64(options.days) * 86400000,
                        now - 5 * 60000, now - 5 * 60000 }))
                return sqlError(insert.lastError(), QStringLiteral("adding subscriptions"));
            feed.id = insert.lastInsertId().toLongLong();
            feeds.push_back(feed);
        }
        report.feeds = int(feeds.size());
    }
    const int topicCount
        = options.topics > 0 ? options.topics : int(std::clamp<qint64>(options.stories / 40, 50, 50000));
    Error topicError;
    const QList<Topic> topics = makeTopics(db, text, topicCount, topicError);
    if (topicError.code != ErrorCode::None)
        return topicError;
    report.topics = int(topics.size());
    if (const Status status = exec(db, QStringLiteral("COMMIT")); !status)
        return status.error();

    // FTS5 holds new rows in memory up to its hash size (1 MB unless set),
    // then writes them out as a segment that later merges rewrite: with
    // 64 MB, a tenth of the segments and of the merging. The setting goes
    // once the stories are in, so the profile keeps the store's own.
    if (const Status status
        = exec(db, QStringLiteral("INSERT INTO stories_fts(stories_fts, rank) VALUES ('hashsize', 67108864)"));
        !status)
        return status.error();
    Queries q(db);
    if (!q.prepare())
        return sqlError(db.lastError(), QStringLiteral("preparing the stories"));
    const Zipf feedOf(options.feeds, 1.0);
    const Zipf topicOf(std::max(1, int(topics.size())), 1.0);
    QStringList authors;
    for (int i = 0; i < 800; ++i)
        authors.append(
            Text::capitalized(text.wordAt(1000 + i)) + QLatin1Char(' ') + Text::capitalized(text.wordAt(5000 + i * 3)));

    // Oldest first, as feeds would have brought them: ids follow the dates.
    // A thread of its own writes the stories' text (all of the random draws,
    // in the same order, so a seed still gives one profile) while this one
    // stores them: on two free cores the fill takes the SQL's time alone.
    const qint64 span = qint64(options.days) * 86400000;
    const qint64 first = now - span;
    constexpr qint64 Batch = 5000;
    const auto produce = [&](qint64 i, GeneratedStory &story) {
        story.id = i + 1;
        story.feed = feedOf(random);
        const Feed &feed = feeds.at(size_t(story.feed));
        story.published
            = first + (options.stories > 1 ? span * i / (options.stories - 1) : span) - qint64(random() % 600000);
        story.title = text.title();
        story.link = QStringLiteral("https://%1/%2/%3").arg(feed.host).arg(story.id).arg(text.word());
        story.author = text.chance(0.7) ? authors.at(int(random() % quint64(authors.size()))) : QString();
        story.words = text.articleWords();
        text.article(story.words, story.html, story.body);
        story.excerpt = StoreText::excerpt(story.body.left(600)); // what an excerpt can use
        story.summary = QStringLiteral("<p>");
        text.appendSentence(story.summary, text.between(20, 45));
        story.summary += QLatin1String("</p>");
        story.thumbnail
            = text.chance(0.6) ? QStringLiteral("https://%1/images/%2.jpg").arg(feed.host).arg(story.id) : QString();
        story.section = QLatin1String(sections.at(size_t(random() % sections.size())));
        story.hash = QString::fromLatin1(
            QCryptographicHash::hash((story.link + story.title).toUtf8(), QCryptographicHash::Sha1).toHex());
        // Older stories are mostly read; the last two weeks mostly not.
        const bool recent = now - story.published < 14 * qint64(86400000);
        story.read = text.chance(recent ? 0.35 : 0.97);
        story.starred = text.chance(0.003);
        story.topics.clear();
        if (!topics.isEmpty()) {
            const int count = text.between(1, 5);
            for (int t = 0; t < count; ++t) {
                const int index = topicOf(random);
                if (!story.topics.contains(index))
                    story.topics.append(index);
            }
        }
    };
    StoryQueue queue;
    std::thread producer([&] {
        for (qint64 start = 0; start < options.stories; start += StoryQueue::Chunk) {
            std::vector<GeneratedStory> chunk(size_t(std::min<qint64>(StoryQueue::Chunk, options.stories - start)));
            for (size_t k = 0; k < chunk.size(); ++k)
                produce(start + qint64(k), chunk.at(k));
            if (!queue.push(std::move(chunk)))
                return; // the writer stopped
        }
    });
    // Joined on every return; a writer that fails first tells it to stop.
    struct Join {
        StoryQueue &queue;
        std::thread &thread;
        ~Join()
        {
            queue.stop();
            thread.join();
        }
    } join { queue, producer };

    // The search index's rows wait for the end of their batch. FTS5 writes
    // what it holds in memory out as a new segment whenever a statement
    // opens a savepoint in the transaction (any insert with a trigger), so
    // interleaved with the other tables it wrote a segment per story and
    // spent most of the time merging them.
    std::vector<GeneratedStory> indexed;
    indexed.reserve(size_t(Batch));
    const auto index = [&q, &indexed, &topics]() -> Status {
        for (const GeneratedStory &story : indexed) {
            QStringList names;
            for (int topic : story.topics)
                names.append(topics.at(topic).name);
            if (!execWith(q.search, { story.id, story.title, story.body, names.join(QStringLiteral(" ; ")) }))
                return sqlError(q.search.lastError(), QStringLiteral("indexing stories"));
        }
        indexed.clear();
        return Ok {};
    };
    std::vector<GeneratedStory> chunk;
    size_t next = 0;
    for (qint64 i = 0; i < options.stories; ++i) {
        if (next == chunk.size()) {
            chunk = queue.pop();
            next = 0;
        }
        GeneratedStory &story = chunk.at(next++);
        if (i % Batch == 0) {
            if (i > 0) {
                if (const Status status = exec(db, QStringLiteral("COMMIT")); !status)
                    return status.error();
                if (progress)
                    progress(i, options.stories);
            }
            if (const Status status = exec(db, QStringLiteral("BEGIN")); !status)
                return status.error();
        }
        const Feed &feed = feeds.at(size_t(story.feed));
        if (!execWith(q.story,
                { story.id, feed.id, story.link, story.link, story.title, story.author, story.summary, story.published,
                    story.published + 300000, QStringLiteral("[\"%1\"]").arg(story.section), story.thumbnail,
                    story.excerpt, story.hash }))
            return sqlError(q.story.lastError(), QStringLiteral("adding stories"));
        if (!execWith(q.state,
                { story.id, story.published, feed.id, story.read ? 1 : 0, story.starred ? 1 : 0,
                    story.read ? QVariant(story.published + 3600000) : QVariant() }))
            return sqlError(q.state.lastError(), QStringLiteral("adding read state"));
        if (!execWith(q.article,
                { story.id, story.link, story.html, story.body, story.title, story.author, isoDate(story.published),
                    feed.title, story.thumbnail, story.excerpt, story.words, std::max(1, (story.words + 229) / 230),
                    QStringLiteral("[]"), options.extractorVersion, story.published + 360000 }))
            return sqlError(q.article.lastError(), QStringLiteral("adding articles"));
        report.textBytes += story.body.size(); // ASCII: one byte a character
        for (qsizetype rank = 0; rank < story.topics.size(); ++rank) {
            if (!execWith(q.storyTopic, { story.id, topics.at(story.topics.at(rank)).id, int(rank), story.published }))
                return sqlError(q.storyTopic.lastError(), QStringLiteral("adding story topics"));
        }
        report.storyTopics += story.topics.size();
        story.html.clear(); // no longer needed; the rest waits for the index
        story.summary.clear();
        indexed.push_back(std::move(story));
        if (indexed.size() == size_t(Batch) || i + 1 == options.stories) {
            if (const Status status = index(); !status)
                return status.error();
        }
    }
    if (options.stories > 0) {
        if (const Status status = exec(db, QStringLiteral("COMMIT")); !status)
            return status.error();
    }
    report.stories = options.stories;
    if (progress)
        progress(options.stories, options.stories);
    // Every article is as new as the cleaner: nothing is queued to be cleaned
    // again (Store::requeueOutdatedArticles reads this fact).
    QSqlQuery fact(db);
    if (!fact.prepare(QStringLiteral("INSERT INTO store_facts(key, value) VALUES ('requeued_for_extractor', ?)"
                                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
        || !execWith(fact, { options.extractorVersion }))
        return sqlError(fact.lastError(), QStringLiteral("noting the extractor version"));
    fact.finish();
    if (const Status status = exec(db, QStringLiteral("DELETE FROM stories_fts_config WHERE k = 'hashsize'")); !status)
        return status.error();
    if (const Status status = exec(db, QStringLiteral("PRAGMA journal_mode = WAL")); !status)
        return status.error();
    return report;
}

} // namespace Core
