// Store benchmark: fills a temporary profile with 100,000 stories across 200
// subscriptions and ~2,000 topics, then prints the median time of the queries
// the UI runs most. One topic, under two names, is on 10,000 stories across
// every feed: opening its list is timed as the UI does it (the first page, the
// header summary, the followed topics' counts). Figures only; nothing is
// asserted.
//
//   bench_store [stories=100000] [subscriptions=200] [topics=2000] [runs=9]
//   TIDINGS_BENCH_DIR=DIR keeps the filled profile in DIR (which must be empty).

#include "storage/store.h"
#include "storage/store_backup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace Core;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

class Words final {
public:
    explicit Words(QRandomGenerator &random)
        : m_random(random)
    {
        static const char *const syllables[]
            = { "ka", "lo", "mi", "ne", "ra", "su", "to", "vi", "ze", "an", "bel", "cor", "dun", "est", "fay", "gor",
                  "hin", "ist", "jun", "kel", "lam", "mor", "nis", "ost", "pra", "qui", "ros", "sel", "tur", "ulm" };
        for (int i = 0; i < 6000; ++i) {
            QString word;
            const int parts = 1 + int(m_random.bounded(3));
            for (int p = 0; p < parts; ++p)
                word += QLatin1String(syllables[m_random.bounded(int(std::size(syllables)))]);
            m_words.append(word);
        }
    }

    // Zipf-like: low indexes are much more common, as in real text.
    const QString &word() { return m_words.at(skewed(int(m_words.size()))); }
    const QString &at(qsizetype index) const { return m_words.at(index); }

    int skewed(int size)
    {
        const double u = m_random.generateDouble();
        return std::min(size - 1, int(size * u * u * u));
    }

    QString sentence(int words)
    {
        QStringList parts;
        for (int i = 0; i < words; ++i)
            parts.append(word());
        return parts.join(QLatin1Char(' '));
    }

    QString name()
    {
        QString first = word(), last = word();
        first[0] = first[0].toUpper();
        last[0] = last[0].toUpper();
        return first + QLatin1Char(' ') + last;
    }

private:
    QRandomGenerator &m_random;
    QStringList m_words;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Timing {
    double wallMs = 0; // what the user waits, including time other processes took the CPU
    double cpuMs = 0; // this process's own work
};

// Medians over `runs` calls.
Timing measure(int runs, const std::function<void()> &work)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        work();
        cpu.push_back(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return Timing { median(wall), median(cpu) };
}

// Times `work` and prints its median with the rows the last run produced.
void report(const QString &what, int runs, const std::function<qsizetype()> &work)
{
    qsizetype rows = 0;
    const Timing timing = measure(runs, [&] { rows = work(); });
    out() << what.leftJustified(52) << QString::number(timing.wallMs, 'f', 2).rightJustified(9) << " ms wall "
          << QString::number(timing.cpuMs, 'f', 2).rightJustified(8) << " ms cpu  (" << rows << " rows)" << Qt::endl;
}

// The topic on BigTopicStories stories, every tenth one of the default fill,
// named by its full name or a short form that the store folds into it.
const QString BigTopic = QStringLiteral("Vladimir Benchmark");
const QString BigTopicShort = QStringLiteral("Benchmark");
constexpr int BigTopicStories = 10000;

// Fills the store the way feeds would, printing the write rates; returns the story ids.
QList<StoryId> fill(Store &store, QRandomGenerator &random, Words &words, const QStringList &topicNames, int storyCount,
    int subscriptionCount)
{
    QList<SubscriptionId> subscriptions;
    for (int i = 0; i < subscriptionCount; ++i)
        subscriptions.append(
            store.addSubscription(QStringLiteral("https://feed%1.example/rss").arg(i), QStringLiteral("Feed %1").arg(i))
                .value());

    // Feeds arrive in fetch-sized batches; each upsert is one transaction.
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-365);
    constexpr int batch = 50;
    QList<QList<ParsedItem>> batches;
    for (int made = 0; made < storyCount; made += batch) {
        QList<ParsedItem> items;
        for (int i = made; i < std::min(storyCount, made + batch); ++i) {
            ParsedItem item;
            item.id = QStringLiteral("story-%1").arg(i);
            item.title = words.sentence(8);
            item.link = QStringLiteral("https://site.example/%1").arg(i);
            // Minute resolution: many stories share a timestamp.
            item.published = start.addSecs(qint64(random.bounded(365 * 24 * 60)) * 60);
            item.summaryHtml = QStringLiteral("<p>") + words.sentence(40) + QStringLiteral("</p>");
            items.append(item);
        }
        batches.append(items);
    }
    QList<StoryId> ids;
    const Timing upserts = measure(1, [&] {
        for (qsizetype b = 0; b < batches.size(); ++b)
            ids.append(store.upsertStories(subscriptions.at(b % subscriptions.size()), batches.at(b)).value());
    });
    qsizetype refetched = 0;
    const Timing refetches = measure(1, [&] {
        for (qsizetype b = 0; b < batches.size(); b += 10) {
            (void)store.upsertStories(subscriptions.at(b % subscriptions.size()), batches.at(b));
            refetched += batches.at(b).size();
        }
    });

    // Articles are made in chunks outside the timed part: making text is not storing it.
    Timing saves;
    constexpr qsizetype chunk = 1000;
    const qsizetype bigTopicStep = std::max<qsizetype>(1, ids.size() / BigTopicStories);
    for (qsizetype first = 0; first < ids.size(); first += chunk) {
        QList<Article> articles;
        for (qsizetype i = first; i < std::min(ids.size(), first + chunk); ++i) {
            Article article;
            article.text = words.sentence(120);
            article.html = QStringLiteral("<p>") + article.text + QStringLiteral("</p>");
            article.readerable = true;
            const int topics = 1 + int(random.bounded(5));
            for (int t = 0; t < topics; ++t)
                article.topics.append(topicNames.at(words.skewed(int(topicNames.size()))));
            if (i % bigTopicStep == 0 && i / bigTopicStep < BigTopicStories) {
                // Half its stories say only the short form.
                article.topics.prepend(i % (2 * bigTopicStep) == 0 ? BigTopic : BigTopicShort);
                article.topicAliases.prepend({ BigTopicShort.toLower() });
            }
            articles.append(article);
        }
        const Timing part = measure(1, [&] {
            for (qsizetype i = 0; i < articles.size(); ++i) {
                (void)store.saveArticle(ids.at(first + i), articles.at(i));
                if ((first + i) % 3 == 0)
                    (void)store.setRead(ids.at(first + i), true);
            }
        });
        saves.wallMs += part.wallMs;
        saves.cpuMs += part.cpuMs;
    }

    const auto rate = [](qsizetype count, const Timing &timing) {
        return QStringLiteral("%1/s wall, %2/s cpu")
            .arg(qRound(double(count) * 1000.0 / timing.wallMs))
            .arg(qRound(double(count) * 1000.0 / std::max(timing.cpuMs, 0.001)));
    };
    out() << "upsert, new stories (batches of " << batch << "): " << rate(ids.size(), upserts) << Qt::endl;
    out() << "upsert, unchanged refetch: " << rate(refetched, refetches) << Qt::endl;
    out() << "saveArticle with topics (+ setRead for a third): " << rate(ids.size(), saves) << Qt::endl;

    return ids;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto arg = [&](int index, int fallback) { return args.size() > index ? args.at(index).toInt() : fallback; };
    const int storyCount = arg(1, 100000);
    const int subscriptionCount = arg(2, 200);
    const int topicCount = arg(3, 2000);
    const int runs = arg(4, 9);

    // TIDINGS_BENCH_DIR keeps the filled profile for poking at with sqlite3.
    QTemporaryDir temporary;
    const QString dir = qEnvironmentVariable("TIDINGS_BENCH_DIR", temporary.path());
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Store::open(dir);
    const qint64 openMs = openTimer.elapsed();
    if (!opened) {
        out() << "cannot open the store: " << opened.error().detail << Qt::endl;
        return 1;
    }
    Store &store = **opened;
    out() << "Store::open (quick_check, any migration): " << openMs << " ms" << Qt::endl;
    QRandomGenerator random(20240301);
    Words words(random);
    QStringList topicNames;
    for (int i = 0; i < topicCount; ++i)
        topicNames.append(words.name() + (i % 7 == 0 ? QStringLiteral(" Group") : QString()));

    QList<SubscriptionId> subscriptions;
    StoryId someStory = 0;
    if (store.countStories({}) == 0) {
        const QList<StoryId> ids = fill(store, random, words, topicNames, storyCount, subscriptionCount);
        someStory = ids.at(ids.size() / 2);
    } else {
        out() << "reusing the stories in " << dir << Qt::endl;
        someStory = store.stories({}, {}, 1).first().id;
    }
    for (const Subscription &sub : store.subscriptions())
        subscriptions.append(sub.id);
    out() << "stories " << store.countStories({}) << ", subscriptions " << subscriptions.size() << ", topics "
          << store.corpusStats().knownTopics.size() << ", runs " << runs << " (median)" << Qt::endl;
    {
        // One rolling backup: VACUUM INTO a temporary file, integrity_check, the OPML list, rename.
        QElapsedTimer backupTimer;
        backupTimer.start();
        const Result<QString> backup = backUpIfDue(store, BackupPolicy { 3, 0 });
        out() << "rolling backup (VACUUM INTO, integrity_check, OPML): " << backupTimer.elapsed() << " ms"
              << (backup ? QString() : QStringLiteral(" FAILED: ") + describe(backup.error())) << Qt::endl;
    }

    const QList<TopicCount> popular = store.topicsLike({}, 1);
    const QString topTopic = popular.isEmpty() ? QString() : popular.first().name;
    const QList<TopicCount> known = store.topicsLike({}, 1000);
    const QString midTopic = known.isEmpty() ? QString() : known.at(known.size() / 2).name;
    const QString freeWord = words.at(3);
    const QString rareWord = words.at(5990);
    const StoryFilter all;
    const StoryFilter unread { StoryFilter::Kind::Unread, 0, {}, {} };
    const StoryFilter topic { StoryFilter::Kind::Topic, 0, topTopic, {} };
    const StoryFilter mid { StoryFilter::Kind::Topic, 0, midTopic, {} };
    const StoryFilter tagAndWord { StoryFilter::Kind::Search, 0, {},
        QStringLiteral("tag:\"%1\" %2").arg(topTopic, freeWord) };
    const StoryFilter wordOnly { StoryFilter::Kind::Search, 0, {}, freeWord };
    const StoryFilter rare { StoryFilter::Kind::Search, 0, {}, rareWord };
    const StoryFilter subscription { StoryFilter::Kind::Subscription, subscriptions.first(), {}, {} };

    const auto page = [&store](const StoryFilter &filter, const std::optional<PageKey> &after = {}) {
        return [&store, filter, after] { return store.stories(filter, after, 100).size(); };
    };
    report(QStringLiteral("All, first page"), runs, page(all));
    const QList<StoryRow> deep = store.stories(all, {}, 5000);
    report(QStringLiteral("All, page after 5,000 rows"), runs,
        page(all, PageKey { deep.last().published, deep.last().id }));
    report(QStringLiteral("Unread, first page"), runs, page(unread));
    report(QStringLiteral("Subscription, first page"), runs, page(subscription));
    report(QStringLiteral("Topic (most used: %1), first page").arg(topTopic), runs, page(topic));
    report(QStringLiteral("Topic (%1), first page").arg(midTopic), runs, page(mid));
    report(QStringLiteral("Search tag:\"%1\" %2").arg(topTopic, freeWord), runs, page(tagAndWord));
    report(QStringLiteral("Search %1 (common word)").arg(freeWord), runs, page(wordOnly));
    report(QStringLiteral("Search %1 (rare word)").arg(rareWord), runs, page(rare));
    report(QStringLiteral("countStories(All)"), runs, [&] { return qsizetype(store.countStories(all)); });
    report(QStringLiteral("countStories(Unread)"), runs, [&] { return qsizetype(store.countStories(unread)); });
    report(QStringLiteral("countStories(Search tag + word)"), runs,
        [&] { return qsizetype(store.countStories(tagAndWord)); });
    report(QStringLiteral("subscriptions() with unread counts"), runs, [&] { return store.subscriptions().size(); });
    report(QStringLiteral("topicsLike(\"ka\")"), runs, [&] { return store.topicsLike(QStringLiteral("ka")).size(); });
    report(QStringLiteral("corpusStats()"), runs, [&] { return qsizetype(store.corpusStats().knownTopics.size()); });
    report(QStringLiteral("storiesWithoutArticle(100)"), runs, [&] { return store.storiesWithoutArticle(100).size(); });
    report(QStringLiteral("story(id) with article and topics"), runs,
        [&] { return qsizetype(store.story(someStory) ? 1 : 0); });

    // A followed topic on 10,000 stories, opened as the UI opens it (by the
    // name the sidebar shows), beside nine other followed topics.
    (void)store.setTopicFollowed(BigTopic, true);
    for (qsizetype i = 0; i < std::min<qsizetype>(9, known.size()); ++i)
        (void)store.setTopicFollowed(known.at(i * known.size() / 9).name, true);
    const std::optional<TopicInfo> big = store.topic(BigTopicShort);
    out() << "topic " << BigTopic << ": " << (big ? big->stories : 0) << " stories, " << store.followedTopics().size()
          << " followed topics" << Qt::endl;
    const StoryFilter bigTopic { StoryFilter::Kind::Topic, 0, BigTopic, {} };
    constexpr int uiPage = 100; // StoryListModel::PageSize
    report(QStringLiteral("10k-story topic, first page (%1)").arg(uiPage), runs,
        [&] { return store.stories(bigTopic, {}, uiPage).size(); });
    report(QStringLiteral("10k-story topic, topicSummary"), runs, [&] {
        const std::optional<TopicSummary> summary = store.topicSummary(BigTopic);
        return summary ? summary->related.size() : 0;
    });
    report(QStringLiteral("followedTopics() with unread counts"), runs, [&] { return store.followedTopics().size(); });
    report(QStringLiteral("10k-story topic, open: page + summary + followed"), runs, [&] {
        const qsizetype rows = store.stories(bigTopic, {}, uiPage).size();
        const std::optional<TopicSummary> summary = store.topicSummary(BigTopic);
        return rows + (summary ? summary->related.size() : 0) + store.followedTopics().size();
    });
    return 0;
}
