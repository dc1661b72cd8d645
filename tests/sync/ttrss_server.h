#pragma once

// One real Tiny Tiny RSS server for a whole test program, started and ended
// by scripts/ttrss-server.sh (PostgreSQL, php -S and a local feed proxy in
// one process group). Feeds are files in feedsDir(), which tt-rss reaches as
// http://203.0.113.10/<name> through the proxy; update() runs its feed
// updater once. Where the server cannot be set up (no packages and no way to
// install them) the tests skip with the reason, and fail when CI is set.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

class TtRssServer {
public:
    // Starts the server; on failure returns false and says why in `why`.
    bool start(QString *why)
    {
        if (!m_dir.isValid()) {
            *why = QStringLiteral("no temporary folder");
            return false;
        }
        QProcess script;
        script.setProcessChannelMode(QProcess::MergedChannels);
        script.start(QStringLiteral("bash"),
            { QStringLiteral(TIDINGS_TTRSS_SERVER_SCRIPT), QStringLiteral("start"), envFile() });
        // Installing the packages on a fresh machine takes minutes; a start
        // from installed packages about 5 seconds.
        if (!script.waitForFinished(600000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
            *why = QStringLiteral("scripts/ttrss-server.sh start failed (exit %1): %2")
                       .arg(script.exitCode())
                       .arg(QString::fromUtf8(script.readAll().right(2000)));
            return false;
        }
        QFile file(envFile());
        if (!file.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("no env file from scripts/ttrss-server.sh");
            return false;
        }
        for (const QByteArray &line : file.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0)
                m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        m_running = true;
        return true;
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        run(QStringLiteral("stop"));
    }

    ~TtRssServer() { stop(); }

    bool isRunning() const { return m_running; }
    QString url() const { return m_env.value(QStringLiteral("TTRSS_URL")); }
    QString user() const { return m_env.value(QStringLiteral("TTRSS_USER")); }
    QString password() const { return m_env.value(QStringLiteral("TTRSS_PASSWORD")); }
    QString noApiUser() const { return m_env.value(QStringLiteral("TTRSS_NOAPI_USER")); }
    QString feedsDir() const { return m_env.value(QStringLiteral("TTRSS_FEEDS")); }

    // Writes feeds/<name> as an RSS feed of `items` (guid, title) pairs.
    void writeFeed(const QString &name, const QString &title, const QList<std::pair<QString, QString>> &items) const
    {
        QString xml = QStringLiteral("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>%1</title>"
                                     "<link>http://203.0.113.10/</link>")
                          .arg(title);
        int n = 0;
        for (const auto &[guid, itemTitle] : items) {
            ++n;
            xml += QStringLiteral("<item><guid>%1</guid><title>%2</title><link>http://203.0.113.10/%1.html</link>"
                                  "<pubDate>Mon, 0%3 Dec 2026 10:00:00 GMT</pubDate>"
                                  "<description>&lt;p&gt;Body of %2&lt;/p&gt;</description></item>")
                       .arg(guid, itemTitle)
                       .arg(std::min(n, 9));
        }
        xml += QStringLiteral("</channel></rss>");
        QFile file(feedsDir() + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(xml.toUtf8());
    }

    // Adds a category (a folder) for the API user: API level 15 cannot make one.
    bool addCategory(const QString &title) const
    {
        return sql(QStringLiteral("insert into ttrss_feed_categories (owner_uid, title) "
                                  "select id, '%1' from ttrss_users where login = '%2';")
                       .arg(title, user()));
    }

    // Runs tt-rss's feed updater over every feed once.
    bool update() const { return run(QStringLiteral("update")); }
    // Runs SQL in tt-rss's database (to do what its API cannot, or to change
    // things behind the client's back).
    bool sql(const QString &statements) const { return run(QStringLiteral("sql"), statements.toUtf8()); }

private:
    QString envFile() const { return m_dir.filePath(QStringLiteral("ttrss.env")); }

    bool run(const QString &command, const QByteArray &input = {}) const
    {
        QProcess script;
        script.setProcessChannelMode(QProcess::MergedChannels);
        script.start(QStringLiteral("bash"), { QStringLiteral(TIDINGS_TTRSS_SERVER_SCRIPT), command, envFile() });
        script.write(input);
        script.closeWriteChannel();
        const bool ok
            = script.waitForFinished(120000) && script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
        if (!ok)
            qWarning("ttrss-server.sh %s: %s", qPrintable(command), script.readAll().constData());
        return ok;
    }

    QTemporaryDir m_dir;
    QHash<QString, QString> m_env;
    bool m_running = false;
};

// In initTestCase: starts the server or skips (fails under CI).
#define TTRSS_START_OR_SKIP(server)                                                                                    \
    do {                                                                                                               \
        QString why;                                                                                                   \
        if (!(server).start(&why)) {                                                                                   \
            if (!qEnvironmentVariableIsEmpty("CI"))                                                                    \
                QFAIL(                                                                                                 \
                    qPrintable(QStringLiteral("CI must run the tt-rss tests, but the server did not start: ") + why)); \
            QSKIP(qPrintable(QStringLiteral("no Tiny Tiny RSS server on this machine: ") + why));                      \
        }                                                                                                              \
    } while (false)
