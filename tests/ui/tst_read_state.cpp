// ReadState without a window: marks written through the StorageWriter to a
// real SQLite store, mark-all-read with its undo, and what a failed write
// says. Every answer is waited for on its signal.

#include "pipeline/pipeline.h"
#include "pipeline/storage_writer.h"
#include "store_fixture.h"
#include "window/read_state.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreTest;
using Ui::ReadState;

namespace {

constexpr int Patience = 10'000; // ms, for a loaded machine

StoryFilter feed(SubscriptionId id)
{
    StoryFilter filter;
    filter.kind = StoryFilter::Kind::Subscription;
    filter.id = id;
    return filter;
}

StoryFilter unread()
{
    StoryFilter filter;
    filter.kind = StoryFilter::Kind::Unread;
    return filter;
}

} // namespace

class TestReadState final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void markAllReadThenUndo();
    void nothingUnreadLeavesNothingToUndo();
    void aNewerMarkKeepsItsUndo();
    void failuresKeepTheUndo();
    void oneStoryReadAndStarred();
    void aFailedMarkIsTakenBack();

private:
    // Another connection takes the read state away under the writer.
    void breakReadState();
    QList<StoryId> unreadIds() const { return ids(m_store->stories(unread(), std::nullopt, 100)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store; // the test's own, to look
    std::unique_ptr<StorageWriter> m_writer;
    std::unique_ptr<ReadState> m_state;
    SubscriptionId m_harbour = 0;
    SubscriptionId m_ledger = 0;
    QList<StoryId> m_harbourStories;
    QList<StoryId> m_ledgerStories;
};

void TestReadState::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = openStore(m_dir->path());
    QVERIFY(m_store);
    m_harbour = m_store->addSubscription(QStringLiteral("https://harbour.example/feed")).value();
    m_ledger = m_store->addSubscription(QStringLiteral("https://ledger.example/rss")).value();
    const auto harbour = m_store->upsertStories(m_harbour,
        { item(QStringLiteral("h1"), QStringLiteral("Ferries"), at(1)),
            item(QStringLiteral("h2"), QStringLiteral("Cranes"), at(2)),
            item(QStringLiteral("h3"), QStringLiteral("Tides"), at(3)) });
    const auto ledger = m_store->upsertStories(m_ledger,
        { item(QStringLiteral("l1"), QStringLiteral("Markets"), at(4)),
            item(QStringLiteral("l2"), QStringLiteral("Exports"), at(5)) });
    QVERIFY(harbour && ledger);
    m_harbourStories = *harbour;
    m_ledgerStories = *ledger;
    QCOMPARE(m_harbourStories.size(), 3);
    QCOMPARE(m_ledgerStories.size(), 2);
    m_writer = std::make_unique<StorageWriter>(m_dir->path());
    m_state = std::make_unique<ReadState>(m_writer.get());
}

void TestReadState::cleanup()
{
    m_state.reset();
    m_writer.reset();
    m_store.reset();
    m_dir.reset();
}

void TestReadState::breakReadState()
{
    const QString failure = execBehindTheStore(m_dir->path(), { QStringLiteral("DROP TABLE story_state") });
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestReadState::markAllReadThenUndo()
{
    QSignalSpy marked(m_state.get(), &ReadState::markedAllRead);
    QSignalSpy undone(m_state.get(), &ReadState::undone);
    QSignalSpy available(m_state.get(), &ReadState::undoAvailableChanged);
    QVERIFY(!m_state->canUndo());

    m_state->markAllRead(feed(m_harbour));
    QVERIFY(marked.wait(Patience));
    QCOMPARE(marked.size(), 1);
    QList<StoryId> changed = marked.at(0).at(0).value<QList<StoryId>>();
    std::sort(changed.begin(), changed.end());
    QList<StoryId> expected = m_harbourStories;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(changed, expected);
    QVERIFY(m_state->canUndo());
    QCOMPARE(available.size(), 1);
    QCOMPARE(available.at(0).at(0).toBool(), true);
    // Committed before the answer: another connection sees it.
    QCOMPARE(m_store->countStories(unread()), 2);
    QCOMPARE(unreadIds().size(), 2);

    m_state->undo();
    QVERIFY(undone.wait(Patience));
    QCOMPARE(undone.size(), 1);
    QList<StoryId> back = undone.at(0).at(0).value<QList<StoryId>>();
    std::sort(back.begin(), back.end());
    QCOMPARE(back, expected);
    QVERIFY(!m_state->canUndo());
    QCOMPARE(available.size(), 2);
    QCOMPARE(available.at(1).at(0).toBool(), false);
    QCOMPARE(m_store->countStories(unread()), 5);

    // Nothing left to undo: asking again writes nothing and answers nothing.
    m_state->undo();
    QSignalSpy markedAgain(m_state.get(), &ReadState::markedAllRead);
    m_state->markAllRead(feed(m_ledger)); // a write behind it, to know the queue ran
    QVERIFY(markedAgain.wait(Patience));
    QCOMPARE(undone.size(), 1);
    QCOMPARE(m_store->countStories(unread()), 3);
}

void TestReadState::nothingUnreadLeavesNothingToUndo()
{
    QSignalSpy marked(m_state.get(), &ReadState::markedAllRead);
    StoryFilter all;
    all.kind = StoryFilter::Kind::All;
    m_state->markAllRead(all);
    QVERIFY(marked.wait(Patience));
    QCOMPARE(marked.at(0).at(0).value<QList<StoryId>>().size(), 5);
    QVERIFY(m_state->canUndo());
    m_state->markAllRead(feed(m_harbour));
    QVERIFY(marked.wait(Patience));
    QVERIFY(marked.at(1).at(0).value<QList<StoryId>>().isEmpty());
    // The empty mark is the last one: there is nothing to undo any more.
    QVERIFY(!m_state->canUndo());
    QCOMPARE(m_store->countStories(unread()), 0);
}

void TestReadState::aNewerMarkKeepsItsUndo()
{
    QSignalSpy marked(m_state.get(), &ReadState::markedAllRead);
    QSignalSpy undone(m_state.get(), &ReadState::undone);
    m_state->markAllRead(feed(m_harbour));
    QVERIFY(marked.wait(Patience));
    // The undo and a newer mark are both on their way; the newer answer comes first.
    m_state->markAllRead(feed(m_ledger));
    m_state->undo();
    QTRY_COMPARE_WITH_TIMEOUT(marked.size(), 2, Patience);
    QList<StoryId> ledger = m_ledgerStories;
    std::sort(ledger.begin(), ledger.end());
    QList<StoryId> pending = m_state->undoIds();
    std::sort(pending.begin(), pending.end());
    QCOMPARE(pending, ledger);
    // The undo of the harbour was written (its stories are unread again) but
    // it no longer stands for the last mark: the ledger's undo stays.
    QTRY_COMPARE_WITH_TIMEOUT(m_store->countStories(unread()), 3, Patience);
    QSignalSpy second(m_state.get(), &ReadState::undone);
    m_state->undo();
    QVERIFY(second.wait(Patience));
    QCOMPARE(undone.size(), 1); // only this one answered as undone
    QVERIFY(!m_state->canUndo());
    QCOMPARE(m_store->countStories(unread()), 5);
}

void TestReadState::failuresKeepTheUndo()
{
    QSignalSpy marked(m_state.get(), &ReadState::markedAllRead);
    QSignalSpy failed(m_state.get(), &ReadState::failed);
    QSignalSpy undone(m_state.get(), &ReadState::undone);
    m_state->markAllRead(feed(m_harbour));
    QVERIFY(marked.wait(Patience));
    const QList<StoryId> before = m_state->undoIds();
    QCOMPARE(before.size(), 3);

    breakReadState();
    // A mark that fails changes nothing and keeps the previous undo.
    m_state->markAllRead(feed(m_ledger));
    QVERIFY(failed.wait(Patience));
    QCOMPARE(marked.size(), 1);
    QVERIFY(failed.at(0).at(0).value<Error>().code != ErrorCode::None);
    QCOMPARE(m_state->undoIds(), before);
    // An undo that fails stays possible.
    m_state->undo();
    QVERIFY(failed.wait(Patience));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(undone.size(), 0);
    QVERIFY(m_state->canUndo());
    QCOMPARE(m_state->undoIds(), before);
}

void TestReadState::oneStoryReadAndStarred()
{
    QSignalSpy reverted(m_state.get(), &ReadState::readReverted);
    QSignalSpy failed(m_state.get(), &ReadState::failed);
    const StoryId ferry = m_harbourStories.first();
    m_state->setRead(ferry, m_harbour, ReadState::Mark::Read);
    QTRY_VERIFY_WITH_TIMEOUT(m_store->story(ferry)->row.read, Patience);
    m_state->setStarred(ferry, ReadState::Star::Starred);
    QTRY_VERIFY_WITH_TIMEOUT(m_store->story(ferry)->row.starred, Patience);
    m_state->setRead(ferry, m_harbour, ReadState::Mark::Unread);
    m_state->setStarred(ferry, ReadState::Star::Unstarred);
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->story(ferry)->row.starred, Patience);
    QVERIFY(!m_store->story(ferry)->row.read); // written before the unstar
    // Writing what the store takes needs no undo on screen.
    QCOMPARE(reverted.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!m_state->canUndo()); // one story's mark is no mark-all-read
}

void TestReadState::aFailedMarkIsTakenBack()
{
    QSignalSpy reverted(m_state.get(), &ReadState::readReverted);
    QSignalSpy starReverted(m_state.get(), &ReadState::starReverted);
    QSignalSpy failed(m_state.get(), &ReadState::failed);
    breakReadState();
    const StoryId markets = m_ledgerStories.first();
    m_state->setRead(markets, m_ledger, ReadState::Mark::Read);
    QVERIFY(failed.wait(Patience));
    QCOMPARE(reverted.size(), 1);
    QCOMPARE(reverted.at(0).at(0).value<StoryId>(), markets);
    QCOMPARE(reverted.at(0).at(1).value<SubscriptionId>(), m_ledger);
    QCOMPARE(reverted.at(0).at(2).value<ReadState::Mark>(), ReadState::Mark::Unread); // shown unread again
    m_state->setStarred(markets, ReadState::Star::Starred);
    QVERIFY(failed.wait(Patience));
    QCOMPARE(starReverted.size(), 1);
    QCOMPARE(starReverted.at(0).at(1).value<ReadState::Star>(), ReadState::Star::Unstarred);
}

QTEST_GUILESS_MAIN(TestReadState)
#include "tst_read_state.moc"
