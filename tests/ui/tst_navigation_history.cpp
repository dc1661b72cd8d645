// NavigationHistory without a window: back, forward, branching and the limit,
// each driven by a small script of steps.

#include "window/navigation_history.h"

#include <QTest>

using Ui::ListView;
using Ui::NavigationHistory;

namespace {

ListView view(const QString &title, Core::StoryId story = 0)
{
    ListView result;
    result.filter.kind = Core::StoryFilter::Kind::Topic;
    result.filter.topic = title;
    result.title = title;
    result.story = story;
    return result;
}

} // namespace

class TestNavigationHistory final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void script_data();
    void script();
    void keepsTheStoryAndFilter();
    void clearForgetsBothWays();
};

void TestNavigationHistory::script_data()
{
    // Steps: "go X" leaves the current view for X; "back" and "fwd" move and
    // add the title they reach to the trace, or "-" when there is nowhere to go.
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("trace");
    QTest::addColumn<QString>("current");
    QTest::addColumn<int>("backCount");
    QTest::addColumn<int>("forwardCount");

    const auto steps = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(',')); };
    QTest::newRow("nothing yet") << 50 << steps("back,fwd") << "- -"
                                 << "start" << 0 << 0;
    QTest::newRow("one back") << 50 << steps("go A,back") << "start"
                              << "start" << 0 << 1;
    QTest::newRow("back to the start") << 50 << steps("go A,go B,go C,back,back,back,back") << "B A start -"
                                       << "start" << 0 << 3;
    QTest::newRow("back then forward") << 50 << steps("go A,go B,back,fwd") << "A B"
                                       << "B" << 2 << 0;
    QTest::newRow("forward past the end") << 50 << steps("go A,back,fwd,fwd") << "start A -"
                                          << "A" << 1 << 0;
    QTest::newRow("a new view drops the way forward")
        << 50 << steps("go A,go B,back,go C,fwd,back,back") << "A - A start"
        << "start" << 0 << 2;
    QTest::newRow("limit keeps the newest") << 3 << steps("go A,go B,go C,go D,go E,back,back,back,back") << "D C B -"
                                            << "B" << 0 << 3;
    QTest::newRow("limit applies forward too") << 2 << steps("go A,go B,go C,back,back,fwd,fwd,fwd") << "B A B C -"
                                               << "C" << 2 << 0;
    QTest::newRow("limit of one") << 1 << steps("go A,go B,back,back") << "A -"
                                  << "A" << 0 << 1;
}

void TestNavigationHistory::script()
{
    QFETCH(int, limit);
    QFETCH(QStringList, steps);
    QFETCH(QString, trace);
    QFETCH(QString, current);
    QFETCH(int, backCount);
    QFETCH(int, forwardCount);

    NavigationHistory history(limit);
    ListView now = view(QStringLiteral("start"));
    QStringList reached;
    for (const QString &step : steps) {
        if (step.startsWith(QLatin1String("go "))) {
            history.leave(now);
            now = view(step.mid(3));
            continue;
        }
        std::optional<ListView> next;
        if (step == QLatin1String("back"))
            next = history.back(now);
        else if (step == QLatin1String("fwd"))
            next = history.forward(now);
        else
            QFAIL(qPrintable(QStringLiteral("unknown step ") + step));
        if (next)
            now = *next;
        reached.append(next ? next->title : QStringLiteral("-"));
    }
    QCOMPARE(reached.join(QLatin1Char(' ')), trace);
    QCOMPARE(now.title, current);
    QCOMPARE(history.backCount(), backCount);
    QCOMPARE(history.forwardCount(), forwardCount);
    QCOMPARE(history.canGoBack(), backCount > 0);
    QCOMPARE(history.canGoForward(), forwardCount > 0);
}

void TestNavigationHistory::keepsTheStoryAndFilter()
{
    NavigationHistory history;
    QCOMPARE(history.limit(), NavigationHistory::DefaultLimit);
    ListView feed;
    feed.filter.kind = Core::StoryFilter::Kind::Subscription;
    feed.filter.id = 7;
    feed.title = QStringLiteral("Harbour Times");
    feed.story = 42;
    history.leave(feed);
    ListView search;
    search.filter.kind = Core::StoryFilter::Kind::Search;
    search.filter.query = QStringLiteral("tag:\"Xi Jinping\"");
    search.story = 9;
    const std::optional<ListView> back = history.back(search);
    QVERIFY(back);
    QCOMPARE(back->filter.kind, Core::StoryFilter::Kind::Subscription);
    QCOMPARE(back->filter.id, 7);
    QCOMPARE(back->title, QStringLiteral("Harbour Times"));
    QCOMPARE(back->story, 42);
    const std::optional<ListView> forward = history.forward(*back);
    QVERIFY(forward);
    QCOMPARE(forward->filter.kind, Core::StoryFilter::Kind::Search);
    QCOMPARE(forward->filter.query, QStringLiteral("tag:\"Xi Jinping\""));
    QCOMPARE(forward->story, 9);
}

void TestNavigationHistory::clearForgetsBothWays()
{
    NavigationHistory history;
    history.leave(view(QStringLiteral("A")));
    history.leave(view(QStringLiteral("B")));
    QVERIFY(history.back(view(QStringLiteral("C"))));
    QVERIFY(history.canGoBack());
    QVERIFY(history.canGoForward());
    history.clear();
    QVERIFY(!history.canGoBack());
    QVERIFY(!history.canGoForward());
    QVERIFY(!history.back(view(QStringLiteral("C"))));
}

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigation_history.moc"
