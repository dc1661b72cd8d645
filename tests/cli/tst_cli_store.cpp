#include "cli_run.h"
#include "feeds/opml.h"
#include "storage/store.h"
#include "storage/store_backup.h"
#include "test_support.h"
#include "tmpfs_mount.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Core;

namespace {

using Run = TestSupport::CliRun;

Run cli(const QStringList &args, const QString &envProfile = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TIDINGS_PROFILE"));
    if (!envProfile.isEmpty())
        environment.insert(QStringLiteral("TIDINGS_PROFILE"), envProfile);
    return TestSupport::runCli(args, environment);
}

QString fixture(const QString &name)
{
    return TestSupport::fixturePath(QStringLiteral("opml/") + name);
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// An OPML list of `count` feeds with long titles, written to `path`.
bool writeBigOpml(const QString &path, int count)
{
    Opml::Document document;
    for (int i = 0; i < count; ++i)
        document.feeds.append(Opml::Outline { QStringLiteral("Feed %1 ").arg(i) + QString(300, QLatin1Char('t')),
            QStringLiteral("https://feed%1.example/rss").arg(i), {}, {} });
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(Opml::write(document)) > 0;
}

// A profile with two subscriptions and stories, made through the store.
bool fillProfile(const QString &dir)
{
    auto store = Store::open(dir);
    if (!store)
        return false;
    const auto a = (*store)->addSubscription(QStringLiteral("https://a.example/feed"), QStringLiteral("Alpha"));
    const auto b = (*store)->addSubscription(QStringLiteral("https://b.example/feed"), QStringLiteral("Beta"));
    if (!a || !b)
        return false;
    QList<ParsedItem> items;
    for (int i = 0; i < 40; ++i) {
        ParsedItem item;
        item.id = QString::number(i);
        item.title = QStringLiteral("Story %1").arg(i);
        item.link = QStringLiteral("https://a.example/") + item.id;
        item.published = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC).addSecs(i * 60);
        items.append(item);
    }
    return bool((*store)->upsertStories(*a, items));
}

} // namespace

class TestCliStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importOpmlReportsCounts()
    {
        QTemporaryDir profile;
        const Run first = cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("import-opml"),
            fixture(QStringLiteral("nested.opml")) });
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, QStringLiteral("added 5, duplicates 1, folders 6\n"));
        QVERIFY(first.err.contains(QStringLiteral("line 25")));
        const Run second = cli({ QStringLiteral("import-opml"), fixture(QStringLiteral("nested.opml")),
            QStringLiteral("--profile"), profile.path() });
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out, QStringLiteral("added 0, duplicates 6, folders 0\n"));
    }

    void importOpmlFailsCleanlyOnBadInput()
    {
        QTemporaryDir profile;
        const Run bad = cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("import-opml"),
            fixture(QStringLiteral("bad.opml")) });
        QCOMPARE(bad.exitCode, 1);
        // Core::describe: the code in English, then where and what.
        QVERIFY2(bad.err.contains(QStringLiteral("bad.opml: parse error: line 7, column")), qPrintable(bad.err));
        const Run rss = cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("import-opml"),
            fixture(QStringLiteral("not-opml.xml")) });
        QCOMPARE(rss.exitCode, 1);
        QVERIFY(rss.err.contains(QStringLiteral("not an OPML document")));
        const Run missing = cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("import-opml"),
            profile.filePath(QStringLiteral("nope.opml")) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("nope.opml")));
        QCOMPARE(cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("import-opml") }).exitCode, 2);
        QCOMPARE(
            cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("export-opml"), QStringLiteral("x") })
                .exitCode,
            2);
        // Nothing was imported by the failures.
        auto store = Store::open(profile.path());
        QVERIFY(store);
        QVERIFY((*store)->subscriptions().isEmpty());
    }

    void exportOpmlUsesTheEnvironmentProfile()
    {
        QTemporaryDir envProfile, flagProfile;
        QCOMPARE(
            cli({ QStringLiteral("import-opml"), fixture(QStringLiteral("opml1.opml")) }, envProfile.path()).exitCode,
            0);
        const Run exported = cli({ QStringLiteral("export-opml") }, envProfile.path());
        QCOMPARE(exported.exitCode, 0);
        const auto document = Opml::parse(exported.out.toUtf8());
        QVERIFY2(document, document ? "" : qPrintable(document.error().detail));
        QCOMPARE(document->feeds.size(), 2);
        QCOMPARE(document->feeds.first().folderPath, QStringList { QStringLiteral("Caf\u00E9s") });
        // --profile wins over the environment.
        const Run other = cli(
            { QStringLiteral("--profile"), flagProfile.path(), QStringLiteral("export-opml") }, envProfile.path());
        QCOMPARE(other.exitCode, 0);
        QVERIFY(Opml::parse(other.out.toUtf8())->feeds.isEmpty());
    }

    void listPrintsJsonLinesNewestFirst()
    {
        QTemporaryDir profile;
        StoryId older = 0, newer = 0;
        {
            auto store = std::move(Store::open(profile.path()).value());
            const SubscriptionId sub
                = store->addSubscription(QStringLiteral("https://a.example/feed"), QStringLiteral("Feed A")).value();
            ParsedItem first;
            first.id = QStringLiteral("1");
            first.title = QStringLiteral("Older \"quoted\" story");
            first.link = QStringLiteral("https://a.example/1");
            first.published = QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
            ParsedItem second = first;
            second.id = QStringLiteral("2");
            second.title = QStringLiteral("Newer story");
            second.link = QStringLiteral("https://a.example/2");
            second.published = QDateTime(QDate(2024, 3, 2), QTime(11, 30), QTimeZone(3600));
            const QList<StoryId> ids = store->upsertStories(sub, { first, second }).value();
            older = ids.at(0);
            newer = ids.at(1);
            Article article;
            article.text = QStringLiteral("Body");
            article.topics = { QStringLiteral("Xi Jinping"), QStringLiteral("Trade") };
            QVERIFY(store->saveArticle(newer, article));
            QVERIFY(store->setRead(older, true));
            QVERIFY(store->setStarred(newer, true));
        }
        const Run run
            = cli({ QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") }, profile.path());
        QCOMPARE(run.exitCode, 0);
        const QStringList rows = lines(run.out);
        QCOMPARE(rows.size(), 2);
        QJsonParseError error;
        const QJsonObject top = QJsonDocument::fromJson(rows.at(0).toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(top.value(QStringLiteral("id")).toInteger(), newer);
        QCOMPARE(top.value(QStringLiteral("subscription")).toString(), QStringLiteral("Feed A"));
        QCOMPARE(top.value(QStringLiteral("account")).toString(), QStringLiteral("local"));
        QCOMPARE(top.value(QStringLiteral("title")).toString(), QStringLiteral("Newer story"));
        QCOMPARE(top.value(QStringLiteral("link")).toString(), QStringLiteral("https://a.example/2"));
        QCOMPARE(top.value(QStringLiteral("published")).toString(), QStringLiteral("2024-03-02T10:30:00Z"));
        QCOMPARE(top.value(QStringLiteral("read")).toBool(true), false);
        QCOMPARE(top.value(QStringLiteral("starred")).toBool(), true);
        QCOMPARE(top.value(QStringLiteral("cleaned")).toBool(), true);
        QCOMPARE(top.value(QStringLiteral("topics")).toArray(),
            QJsonArray::fromStringList({ QStringLiteral("Xi Jinping"), QStringLiteral("Trade") }));
        const QJsonObject bottom = QJsonDocument::fromJson(rows.at(1).toUtf8()).object();
        QCOMPARE(bottom.value(QStringLiteral("id")).toInteger(), older);
        QCOMPARE(bottom.value(QStringLiteral("title")).toString(), QStringLiteral("Older \"quoted\" story"));
        QCOMPARE(bottom.value(QStringLiteral("read")).toBool(), true);
        QCOMPARE(bottom.value(QStringLiteral("cleaned")).toBool(true), false);
        QVERIFY(bottom.value(QStringLiteral("topics")).toArray().isEmpty());

        const Run limited = cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("list"),
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--unread") });
        QCOMPARE(lines(limited.out).size(), 1);
        const Run topic
            = cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("list"), QStringLiteral("--topic"),
                QStringLiteral("xi jinping"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(lines(topic.out).size(), 1);

        const Run table = cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("list") });
        QCOMPARE(table.exitCode, 0);
        const QStringList tableRows = lines(table.out);
        QCOMPARE(tableRows.size(), 2);
        QVERIFY(tableRows.at(0).contains(QStringLiteral("2024-03-02 10:30")));
        QVERIFY(tableRows.at(0).contains(QStringLiteral("Newer story")));
        QVERIFY(tableRows.at(0).contains(QStringLiteral("[Xi Jinping, Trade]")));
        QVERIFY(tableRows.at(1).contains(QStringLiteral("Older \"quoted\" story")));

        QCOMPARE(cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("list"), QStringLiteral("--format"),
                         QStringLiteral("xml") })
                     .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("list"), QStringLiteral("--limit") })
                     .exitCode,
            2);
        const Run one = cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("list"),
            QStringLiteral("--limit"), QStringLiteral("1") });
        QCOMPARE(lines(one.out).size(), 1);
    }

    // mark: each change through the storage thread, one line once committed,
    // in the order given; an unknown story fails alone.
    void markChangesReadAndStarredState()
    {
        QTemporaryDir profile;
        QList<StoryId> ids;
        {
            auto store = std::move(Store::open(profile.path()).value());
            const SubscriptionId sub = store->addSubscription(QStringLiteral("https://m.example/feed")).value();
            QList<ParsedItem> items;
            for (int i = 1; i <= 3; ++i) {
                ParsedItem item;
                item.id = QString::number(i);
                item.title = QStringLiteral("Story %1").arg(i);
                item.link = QStringLiteral("https://m.example/%1").arg(i);
                items.append(item);
            }
            ids = store->upsertStories(sub, items).value();
            QVERIFY(store->setRead(ids.at(2), true));
        }
        const QString a = QString::number(ids.at(0)), b = QString::number(ids.at(1)), c = QString::number(ids.at(2));
        const Run run = cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("mark"),
            QStringLiteral("--read"), a, b, QStringLiteral("--star"), b, QStringLiteral("--unread"), c, a });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(lines(run.out),
            QStringList({ QStringLiteral("read\t") + a, QStringLiteral("read\t") + b, QStringLiteral("starred\t") + b,
                QStringLiteral("unread\t") + c, QStringLiteral("unread\t") + a }));
        {
            auto store = std::move(Store::open(profile.path()).value());
            const auto state = [&](StoryId id) {
                const StoryDetail detail = store->story(id).value();
                return std::make_pair(detail.row.read, detail.row.starred);
            };
            QCOMPARE(state(ids.at(0)), std::make_pair(false, false));
            QCOMPARE(state(ids.at(1)), std::make_pair(true, true));
            QCOMPARE(state(ids.at(2)), std::make_pair(false, false));
        }
        const Run unknown = cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("mark"),
            QStringLiteral("--unstar"), b, QStringLiteral("999999") });
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(lines(unknown.out), QStringList { QStringLiteral("unstarred\t") + b });
        QVERIFY2(unknown.err.contains(QStringLiteral("999999")), qPrintable(unknown.err));
        for (const QStringList &args :
            { QStringList { QStringLiteral("mark") }, QStringList { QStringLiteral("mark"), a },
                QStringList { QStringLiteral("mark"), QStringLiteral("--read"), QStringLiteral("x1") } }) {
            const Run bad = cli(QStringList { QStringLiteral("--profile"), profile.path() } + args);
            QVERIFY2(bad.exitCode == 2, qPrintable(args.join(u' ')));
            QVERIFY(bad.out.isEmpty());
        }
    }

    // A full disk (the file may not grow by one page): a clear message and
    // exit code, nothing stored lost, the file sound, reading still works.
    void aFullDiskIsReportedAndNothingIsLost()
    {
        QTemporaryDir profile;
        QVERIFY(fillProfile(profile.path()));
        const QString big = profile.filePath(QStringLiteral("big.opml"));
        QVERIFY(writeBigOpml(big, 2000));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("TIDINGS_PROFILE"));
        environment.insert(QStringLiteral("TIDINGS_TEST_MAX_PAGE_COUNT"), QStringLiteral("1"));
        const Run full = TestSupport::runCli(
            { QStringLiteral("--profile"), profile.path(), QStringLiteral("import-opml"), big }, environment);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(QLatin1String("disk full: ")), qPrintable(full.err));
        QVERIFY2(full.err.contains(QLatin1String("database or disk is full")), qPrintable(full.err));
        // One message, not one per feed (the other line is the test limit's own warning).
        QCOMPARE(lines(full.err).filter(QStringLiteral("tidings-cli:")).size(), 1);
        // Reading goes on under the same limit.
        const Run list = TestSupport::runCli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("list"),
                                                 QStringLiteral("--limit"), QStringLiteral("100") },
            environment);
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(lines(list.out).size(), 40);
        QCOMPARE(integrityProblem(Store::databasePath(profile.path())), QString());
        auto store = Store::open(profile.path());
        QVERIFY(store);
        QVERIFY((*store)->subscriptionByUrl(QStringLiteral("https://a.example/feed")));
        QVERIFY((*store)->subscriptionByUrl(QStringLiteral("https://b.example/feed")));
        QCOMPARE((*store)->countStories({}), 40);
    }

    // A profile on a read-only mount (chmod does not stop root): reading
    // commands work and say the profile is read-only; writing ones fail
    // clearly; the file is untouched.
    void aReadOnlyProfileIsReadAndRefusesWrites()
    {
        TestSupport::TmpfsMount disk(16);
        if (!disk.mounted())
            QSKIP("cannot mount a tmpfs here (needs root or a container that allows mount)");
        const QString profile = disk.filePath(QStringLiteral("profile"));
        QVERIFY(fillProfile(profile));
        const QByteArray before = TestSupport::readFile(Store::databasePath(profile));
        QVERIFY(disk.setReadOnly(true));
        const Run list = cli({ QStringLiteral("--profile"), profile, QStringLiteral("list"), QStringLiteral("--limit"),
            QStringLiteral("100") });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(lines(list.out).size(), 40);
        QVERIFY2(list.err.contains(QLatin1String("read-only")), qPrintable(list.err));
        const Run exported = cli({ QStringLiteral("--profile"), profile, QStringLiteral("export-opml") });
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.contains(QLatin1String("https://b.example/feed")));

        QTemporaryDir elsewhere;
        const QString small = elsewhere.filePath(QStringLiteral("three.opml"));
        QVERIFY(writeBigOpml(small, 3));
        const Run import = cli({ QStringLiteral("--profile"), profile, QStringLiteral("import-opml"), small });
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(QLatin1String("read-only database: ")), qPrintable(import.err));
        QVERIFY(disk.setReadOnly(false));
        QCOMPARE(TestSupport::readFile(Store::databasePath(profile)), before);
    }

    void aDamagedProfileIsReportedNotCrashed()
    {
        QTemporaryDir profile;
        QFile file(profile.filePath(QStringLiteral("tidings.sqlite")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("garbage garbage garbage");
        file.close();
        const Run run = cli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("list") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral(".corrupt-")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_cli_store.moc"
