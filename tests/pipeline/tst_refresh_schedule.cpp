#include "pipeline/refresh_schedule.h"

#include <QTest>

using namespace Core;

// When a feed is next due for an automatic refresh (pure: no clock, no store).
class TestRefreshSchedule final : public QObject {
    Q_OBJECT

private:
    static Subscription feed(SubscriptionId id, const QDateTime &lastFetched)
    {
        Subscription sub;
        sub.id = id;
        sub.url = QStringLiteral("https://example.org/feed.xml");
        sub.lastFetched = lastFetched;
        return sub;
    }
    static const QDateTime &t0()
    {
        static const QDateTime when(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        return when;
    }

private Q_SLOTS:
    void intervalFollowsUserThenAppThenFeed_data()
    {
        QTest::addColumn<int>("own");
        QTest::addColumn<int>("appDefault");
        QTest::addColumn<int>("feedSeconds");
        QTest::addColumn<qint64>("minutes");
        QTest::newRow("the app's 30 min") << 0 << 30 << 0 << qint64(30);
        QTest::newRow("the app's 0 means 30") << 0 << 0 << 0 << qint64(30);
        QTest::newRow("the app's 1 min is floored at 5") << 0 << 1 << 0 << qint64(5);
        QTest::newRow("the feed's own 1 min is honoured") << 1 << 30 << 0 << qint64(1);
        QTest::newRow("the feed's own 90 min over the app's") << 90 << 30 << 0 << qint64(90);
        QTest::newRow("ttl 120 lengthens the app's 30") << 0 << 30 << 7200 << qint64(120);
        QTest::newRow("ttl 120 lengthens the user's 1 min") << 1 << 30 << 7200 << qint64(120);
        QTest::newRow("max-age 60 s does not shorten 30 min") << 0 << 30 << 60 << qint64(30);
        QTest::newRow("a yearly updatePeriod is capped at a day") << 0 << 30 << 365 * 86400 << qint64(24 * 60);
    }
    void intervalFollowsUserThenAppThenFeed()
    {
        QFETCH(int, own);
        QFETCH(int, appDefault);
        QFETCH(int, feedSeconds);
        QFETCH(qint64, minutes);
        Subscription sub = feed(7, t0());
        sub.settings.refreshMinutes = own;
        sub.feedMinInterval = feedSeconds;
        QCOMPARE(refreshIntervalMs(sub, { appDefault, 60'000 }), minutes * 60'000);
        // A test's shorter minute scales every part alike.
        QCOMPARE(refreshIntervalMs(sub, { appDefault, 100 }), minutes * 100);
    }

    void jitterIsSmallStableAndSpread()
    {
        const RefreshRules rules;
        const qint64 interval = 30 * 60'000;
        QSet<qint64> seen;
        for (SubscriptionId id = 1; id <= 200; ++id) {
            const qint64 jitter = refreshJitterMs(id, interval, rules);
            QVERIFY(jitter >= 0);
            QVERIFY2(jitter <= 54'000, qPrintable(QString::number(jitter))); // 3% of 30 min
            QCOMPARE(refreshJitterMs(id, interval, rules), jitter); // deterministic
            seen.insert(jitter / 1000);
        }
        QVERIFY2(seen.size() > 30, qPrintable(QString::number(seen.size()))); // spread over the seconds
        // Never more than a minute, however long the interval.
        for (SubscriptionId id = 1; id <= 50; ++id)
            QVERIFY(refreshJitterMs(id, 24 * 60 * 60'000LL, rules) <= 60'000);
        QCOMPARE(refreshJitterMs(3, 0, rules), qint64(0));
    }

    void dueAfterTheIntervalAndJitter()
    {
        const RefreshRules rules;
        const Subscription sub = feed(11, t0());
        const qint64 interval = refreshIntervalMs(sub, rules);
        const QDateTime due = nextRefreshDue(sub, rules);
        QCOMPARE(due, t0().addMSecs(interval + refreshJitterMs(11, interval, rules)));
        QVERIFY(due >= t0().addSecs(30 * 60));
        QVERIFY(due <= t0().addSecs(31 * 60));
        QVERIFY(!isRefreshDue(sub, rules, t0().addSecs(29 * 60)));
        QVERIFY(isRefreshDue(sub, rules, due));
        QVERIFY(isRefreshDue(sub, rules, t0().addSecs(32 * 60)));
    }

    void ttl120IsNotDueSooner()
    {
        Subscription sub = feed(12, t0());
        sub.settings.refreshMinutes = 1;
        sub.feedMinInterval = 120 * 60;
        const RefreshRules rules;
        QVERIFY(!isRefreshDue(sub, rules, t0().addSecs(119 * 60)));
        QVERIFY(isRefreshDue(sub, rules, t0().addSecs(122 * 60)));
    }

    void neverFetchedIsDueAtOnce()
    {
        const Subscription sub = feed(13, {});
        QVERIFY(isRefreshDue(sub, {}, t0()));
    }

    void builtInFeedIsNeverDue()
    {
        Subscription sub = feed(14, {});
        sub.url = QStringLiteral("tidings:welcome");
        QVERIFY(!nextRefreshDue(sub, {}).isValid());
        QVERIFY(!isRefreshDue(sub, {}, t0().addYears(1)));
    }

    void retryAfterAndBackoffWinWhenLater()
    {
        Subscription sub = feed(15, t0());
        sub.settings.refreshMinutes = 10;
        sub.retryAfter = t0().addSecs(3600); // a server's Retry-After or the back-off
        QCOMPARE(nextRefreshDue(sub, {}), t0().addSecs(3600));
        QVERIFY(!isRefreshDue(sub, {}, t0().addSecs(30 * 60)));
        // An earlier retryAfter does not bring the feed forward.
        sub.retryAfter = t0().addSecs(60);
        QVERIFY(nextRefreshDue(sub, {}) >= t0().addSecs(600));
        // Retry-After is an absolute time: a test's short minute leaves it as it is.
        sub.retryAfter = t0().addSecs(3600);
        QCOMPARE(nextRefreshDue(sub, { 30, 100 }), t0().addSecs(3600));
    }
};

QTEST_GUILESS_MAIN(TestRefreshSchedule)
#include "tst_refresh_schedule.moc"
