// Failures as the store keeps them: a code and a detail, never a sentence.
// Schema version 8 turned the English text older versions stored into codes.

#include "storage/store.h"
#include "store_fixture.h"
#include "store_schema.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace StoreTest;

Q_DECLARE_METATYPE(Core::ErrorCode)

class TestStoreErrors final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Every code survives the round trip through the database, with its detail.
    void everyCodeIsKeptWithItsDetail_data()
    {
        QTest::addColumn<ErrorCode>("code");
        for (const ErrorCode code : AllErrorCodes)
            QTest::newRow(qPrintable(errorCodeName(code).isEmpty() ? QStringLiteral("none") : errorCodeName(code)))
                << code;
    }
    void everyCodeIsKeptWithItsDetail()
    {
        QFETCH(ErrorCode, code);
        QTemporaryDir tmp;
        QList<StoryId> stories;
        auto store = storeWithStories(tmp.path(), 1, &stories);
        QVERIFY(store && stories.size() == 1);
        const SubscriptionId feed = store->subscriptions().constFirst().id;
        const Error error { code, QStringLiteral("detail of %1").arg(int(code)), QUrl(QStringLiteral("https://x/")) };
        // A failure without a code still shows as a failure.
        const ErrorCode kept = code == ErrorCode::None ? ErrorCode::Unknown : code;

        QVERIFY(store->recordFetchFailure(feed, error));
        const Subscription subscription = *store->subscription(feed);
        QCOMPARE(subscription.lastError.code, kept);
        QCOMPARE(subscription.lastError.detail, error.detail);
        QVERIFY(subscription.lastError.url.isEmpty()); // the feed's own URL says where

        QVERIFY(store->saveCleanFailure(stories.first(), error));
        const StoryDetail story = *store->story(stories.first());
        QCOMPARE(story.cleanError.code, kept);
        QCOMPARE(story.cleanError.detail, error.detail);
    }

    // The sentences versions before 8 stored, and what each becomes.
    void oldSentencesBecomeCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("detail");
        using C = ErrorCode;
        QTest::newRow("nothing") << QString() << C::None << QString();
        QTest::newRow("blank") << QStringLiteral("  ") << C::None << QString();
        QTest::newRow("http") << QStringLiteral("HTTP error: HTTP 503 Service Unavailable") << C::HttpError
                              << QStringLiteral("HTTP 503 Service Unavailable");
        QTest::newRow("network") << QStringLiteral("network error: Host gone.example not found") << C::NetworkError
                                 << QStringLiteral("Host gone.example not found");
        QTest::newRow("timeout, no detail") << QStringLiteral("timed out") << C::Timeout << QString();
        QTest::newRow("too large") << QStringLiteral("too large: over 10 MB") << C::TooLarge
                                   << QStringLiteral("over 10 MB");
        QTest::newRow("redirects") << QStringLiteral("too many redirects") << C::TooManyRedirects << QString();
        QTest::newRow("not a feed") << QStringLiteral("not a feed: no rss or feed element") << C::NotAFeed
                                    << QStringLiteral("no rss or feed element");
        QTest::newRow("parse") << QStringLiteral("unreadable feed: mismatched tag") << C::ParseError
                               << QStringLiteral("mismatched tag");
        QTest::newRow("database") << QStringLiteral("database error: disk I/O error") << C::DatabaseError
                                  << QStringLiteral("disk I/O error");
        QTest::newRow("invalid") << QStringLiteral("invalid address: not a web address") << C::InvalidArgument
                                 << QStringLiteral("not a web address");
        QTest::newRow("file") << QStringLiteral("unreadable file") << C::FileNotReadable << QString();
        QTest::newRow("not found") << QStringLiteral("not found: no subscription 3") << C::NotFound
                                   << QStringLiteral("no subscription 3");
        QTest::newRow("duplicate") << QStringLiteral("duplicate: already subscribed to https://a/") << C::Duplicate
                                   << QStringLiteral("already subscribed to https://a/");
        QTest::newRow("unknown error") << QStringLiteral("unknown error") << C::Unknown << QString();
        QTest::newRow("cleaning failed") << QStringLiteral("cleaning failed") << C::Unknown << QString();
        QTest::newRow("page fetch") << QStringLiteral("could not fetch the page: HTTP error: HTTP 404") << C::HttpError
                                    << QStringLiteral("HTTP 404");
        QTest::newRow("page fetch offline")
            << QStringLiteral("could not fetch the page: network error: Connection refused") << C::NetworkError
            << QStringLiteral("Connection refused");
        QTest::newRow("no web page") << QStringLiteral("the story links to no web page") << C::NoWebPage << QString();
        QTest::newRow("content type") << QStringLiteral("the link leads to application/pdf, not a web page")
                                      << C::NotAWebPage << QStringLiteral("application/pdf");
        QTest::newRow("not an article") << QStringLiteral("the page is not an article") << C::NotAnArticle << QString();
        QTest::newRow("too little text") << QStringLiteral("too little text") << C::NotAnArticle
                                         << QStringLiteral("too little text");
        QTest::newRow("home page") << QStringLiteral("home page") << C::NotAnArticle << QStringLiteral("home page");
        QTest::newRow("not html") << QStringLiteral("not an HTML page") << C::NotAnArticle
                                  << QStringLiteral("not an HTML page");
        QTest::newRow("no text") << QStringLiteral("no article text found") << C::NotAnArticle
                                 << QStringLiteral("no article text found");
        // Anything else keeps its whole text.
        QTest::newRow("Qt's words") << QStringLiteral("Protocol \"tidings\" is unknown") << C::Unknown
                                    << QStringLiteral("Protocol \"tidings\" is unknown");
        QTest::newRow("summary without colon")
            << QStringLiteral("timed outside") << C::Unknown << QStringLiteral("timed outside");
        QTest::newRow("empty page fetch") << QStringLiteral("could not fetch the page: ") << C::Unknown
                                          << QStringLiteral("could not fetch the page:");
    }
    void oldSentencesBecomeCodes()
    {
        QFETCH(QString, text);
        QFETCH(ErrorCode, code);
        QFETCH(QString, detail);
        const Error error = StoreSchema::legacyError(text);
        QCOMPARE(error.code, code);
        QCOMPARE(error.detail, detail);
    }

    // A version 7 database with English failures, written with raw SQL, opens
    // as version 8 with codes; nothing stored is lost, the clean queue stays.
    void version7FailuresAreMigrated()
    {
        QTemporaryDir tmp;
        const QString path = Store::databasePath(tmp.path());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(StoreSchema::migrate(db, 7));
            QCOMPARE(StoreSchema::version(db), 7);
            QSqlQuery query(db);
            const auto sql = [&query](const QString &statement) {
                const bool ok = query.exec(statement);
                if (!ok)
                    qWarning() << statement << query.lastError().text();
                return ok;
            };
            QVERIFY(sql(QStringLiteral("INSERT INTO subscriptions(id, url, last_error, consecutive_failures, created)"
                                       " VALUES (1, 'https://fine/', '', 0, 0),"
                                       " (2, 'https://busy/', 'HTTP error: HTTP 503 Service Unavailable', 3, 0),"
                                       " (3, 'https://odd/', 'Protocol \"tidings\" is unknown', 1, 0)")));
            for (int id = 11; id <= 15; ++id) {
                QVERIFY(sql(QStringLiteral("INSERT INTO stories(id, subscription_id, guid, title, published,"
                                           " first_seen, content_hash) VALUES (%1, 1, 'g%1', 'Story %1', %1, %1, 'h')")
                                .arg(id)));
                QVERIFY(sql(QStringLiteral("INSERT INTO story_state(story_id, published, subscription_id)"
                                           " VALUES (%1, %1, 1)")
                                .arg(id)));
            }
            QVERIFY(sql(QStringLiteral("INSERT INTO articles(story_id, error) VALUES"
                                       " (11, 'could not fetch the page: HTTP error: HTTP 404'),"
                                       " (12, 'the link leads to application/pdf, not a web page'),"
                                       " (13, 'Cleaning went sideways')")));
            // An article cleaned by an old extractor, queued to be cleaned
            // again, whose last try failed: the failure sits beside it.
            QVERIFY(sql(QStringLiteral("INSERT INTO articles(story_id, text, readerable, extractor_version, cleaned_at,"
                                       " error) VALUES (14, 'Old text.', 1, 1, 14, 'timed out')")));
            QVERIFY(sql(QStringLiteral("INSERT INTO clean_queue(story_id, published) VALUES (14, 14)")));
            // An old article the cleaner found no article in.
            QVERIFY(sql(QStringLiteral("INSERT INTO articles(story_id, readerable, not_readerable_reason,"
                                       " extractor_version, cleaned_at) VALUES (15, 0, 'too little text', 1, 15)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v7"));

        auto store = openStore(tmp.path());
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), StoreSchema::currentVersion());
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".bak-v7")));

        QCOMPARE(store->subscription(1)->lastError.code, ErrorCode::None);
        const Error busy = store->subscription(2)->lastError;
        QCOMPARE(busy.code, ErrorCode::HttpError);
        QCOMPARE(busy.detail, QStringLiteral("HTTP 503 Service Unavailable"));
        QCOMPARE(store->subscription(2)->consecutiveFailures, 3);
        const Error odd = store->subscription(3)->lastError;
        QCOMPARE(odd.code, ErrorCode::Unknown);
        QCOMPARE(odd.detail, QStringLiteral("Protocol \"tidings\" is unknown"));

        const auto cleanError = [&store](StoryId id) { return store->story(id)->cleanError; };
        QCOMPARE(cleanError(11).code, ErrorCode::HttpError);
        QCOMPARE(cleanError(11).detail, QStringLiteral("HTTP 404"));
        QCOMPARE(cleanError(12).code, ErrorCode::NotAWebPage);
        QCOMPARE(cleanError(12).detail, QStringLiteral("application/pdf"));
        QCOMPARE(cleanError(13).code, ErrorCode::Unknown);
        QCOMPARE(cleanError(13).detail, QStringLiteral("Cleaning went sideways"));
        QCOMPARE(cleanError(14).code, ErrorCode::Timeout);
        QCOMPARE(store->story(14)->article->text, QStringLiteral("Old text."));
        QCOMPARE(cleanError(15).code, ErrorCode::NotAnArticle);
        QCOMPARE(cleanError(15).detail, QStringLiteral("too little text"));
        // Rewriting the failures cleaned nothing: story 14 still waits.
        QCOMPARE(store->storiesWithoutArticle(), QList<StoryId> { 14 });
        // And cleaning writes still take a story off the queue.
        QVERIFY(store->saveCleanFailure(14, { ErrorCode::Timeout, {}, {} }));
        QVERIFY(store->storiesWithoutArticle().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreErrors)
#include "tst_store_errors.moc"
