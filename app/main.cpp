#include "keyring/keychain_credential_store.h"
#include "models/core_pipeline_link.h"
#include "models/story_list_model.h"
#include "models/welcome_feed.h"
#include "pipeline/storage_writer.h"
#include "storage/store.h"
#include "storage/store_backup.h"
#include "widgets/error_text.h"
#include "window/database_recovery.h"
#include "window/first_run.h"
#include "window/main_window.h"
#include "window/settings.h"
#include "window/single_instance.h"
#include "window/status_panel.h"
#include "window/subscription_controller.h"
#include "window/subscription_pane.h"
#include "window/translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QListView>
#include <QMessageBox>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <unistd.h>
#include <vector>

namespace {

// Qt mirrors the layout when the installed translations translate this
// string as "RTL". Qt's own files carry it for Arabic; ours carry it for every
// language we ship, so Urdu (which Qt does not translate) mirrors as well.
//: Translate as RTL in right-to-left languages (Arabic, Urdu), else as LTR.
[[maybe_unused]] constexpr const char *layoutDirection = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

// --quit-after-paint, hidden, for the tests of the installed app: once the
// main window has painted itself, says so on stdout and quits normally.
class QuitAfterPaint final : public QObject {
public:
    explicit QuitAfterPaint(QWidget *window)
        : m_window(window)
    {
        QApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            QApplication::instance()->removeEventFilter(this);
            std::printf("tidings: window painted: %s\n", qPrintable(m_window->windowTitle()));
            std::fflush(stdout);
            QTimer::singleShot(0, QApplication::instance(), &QCoreApplication::quit);
        }
        return false;
    }

private:
    QWidget *m_window;
};

// Milliseconds since this process started (Linux: its start time in
// /proc/self/stat, in clock ticks since boot); -1 where that is unknown.
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int startTimeField = 22 - 3; // field 22, counted from field 3
    const long ticks = sysconf(_SC_CLK_TCK);
    timespec now {};
    if (fields.size() <= startTimeField || ticks <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 startMs = fields.at(startTimeField).toLongLong() * 1000 / ticks;
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000 - startMs;
}

// --measure-startup's breakdown: when each step of the start was done, in
// milliseconds since the process started, printed with the first paint.
struct StartupMark {
    const char *step;
    qint64 ms;
};
std::vector<StartupMark> &startupMarks()
{
    static std::vector<StartupMark> marks;
    return marks;
}
void markStartup(const char *step)
{
    startupMarks().push_back({ step, msSinceProcessStart() });
}

// This process's resident memory in KiB (Linux: VmRSS); -1 where unknown.
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// --measure-startup, hidden, for the start-up benchmark: once the story list
// has painted itself (its rows are read before the window shows), prints
// "first-paint-ms=N", the time since the process started, then "rss-kb=N",
// its resident memory then, and quits normally.
class MeasureStartup final : public QObject {
public:
    explicit MeasureStartup(QWidget *window)
    {
        const auto *list = window->findChild<QAbstractItemView *>(QStringLiteral("storyList"));
        m_viewport = list ? list->viewport() : window;
        QApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched == m_viewport) {
            QApplication::instance()->removeEventFilter(this);
            // Queued: runs once this paint has been done and flushed.
            QTimer::singleShot(0, QApplication::instance(), [] {
                const long long ms = msSinceProcessStart();
                for (const StartupMark &mark : startupMarks())
                    std::printf("startup-step %s=%lld\n", mark.step, static_cast<long long>(mark.ms));
                std::printf("first-paint-ms=%lld\nrss-kb=%lld\n", ms, static_cast<long long>(residentKb()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QWidget *m_viewport = nullptr;
};

// --measure-scroll FEED, hidden, for the scale benchmark: once the story list
// has painted, opens the feed with id FEED through the subscription tree (as
// a click would), then drags the story list to its end, one event-loop pass
// at a time (each reaching the bottom loads the next page), until every story
// is listed. Prints "scroll-stories=N", "open-ms=N" (choosing the feed to its
// first rows shown), "scroll-ms=N" (the whole way down), "longest-stall-ms=N"
// (the longest single pass of the event loop while opening and scrolling,
// painting included), "longest-stall-cpu-ms=N" (the most CPU time this
// thread spent in one pass: on a busy machine a pass also waits for a core),
// "rss-kb=N", and quits.
class MeasureScroll final : public QObject {
public:
    MeasureScroll(Ui::MainWindow *window, Core::SubscriptionId feed)
        : m_window(window)
        , m_feed(feed)
    {
        QApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched == m_window->storyList()->viewport()) {
            QApplication::instance()->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] { open(); });
        }
        return false;
    }

private:
    // This thread's CPU time: on a busy machine a pass also waits for a core.
    static qint64 threadCpuMs()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    }

    void open()
    {
        m_total.start();
        m_pass.start();
        m_lastCpu = threadCpuMs();
        m_window->subscriptionPane()->selectSubscription(m_feed);
        const Ui::StoryListModel *model = m_window->storyModel();
        if (model->filter().kind != Core::StoryFilter::Kind::Subscription || model->filter().id != m_feed) {
            std::fprintf(stderr, "tidings: --measure-scroll: no feed with id %lld\n", static_cast<long long>(m_feed));
            QCoreApplication::exit(2);
            return;
        }
        QTimer::singleShot(0, this, [this] { step(); });
    }

    // One pass: how long since the last one, then to the bottom again.
    void step()
    {
        const qint64 pass = m_pass.restart();
        const qint64 cpu = threadCpuMs();
        m_longest = std::max(m_longest, pass);
        m_longestCpu = std::max(m_longestCpu, cpu - m_lastCpu);
        m_lastCpu = cpu;
        if (m_openMs < 0)
            m_openMs = m_total.elapsed();
        QListView *list = m_window->storyList();
        QScrollBar *bar = list->verticalScrollBar();
        const Ui::StoryListModel *model = m_window->storyModel();
        if (!model->canFetchMore({}) && bar->value() == bar->maximum() && m_lastMaximum == bar->maximum()) {
            std::printf("scroll-stories=%d\nopen-ms=%lld\nscroll-ms=%lld\nlongest-stall-ms=%lld\n"
                        "longest-stall-cpu-ms=%lld\nrss-kb=%lld\n",
                model->rowCount(), static_cast<long long>(m_openMs), static_cast<long long>(m_total.elapsed()),
                static_cast<long long>(m_longest), static_cast<long long>(m_longestCpu),
                static_cast<long long>(residentKb()));
            std::fflush(stdout);
            QCoreApplication::quit();
            return;
        }
        m_lastMaximum = bar->maximum();
        bar->setValue(bar->maximum());
        QTimer::singleShot(0, this, [this] { step(); });
    }

    Ui::MainWindow *m_window;
    Core::SubscriptionId m_feed;
    QElapsedTimer m_total;
    QElapsedTimer m_pass;
    qint64 m_longest = 0;
    qint64 m_longestCpu = 0;
    qint64 m_lastCpu = 0;
    qint64 m_openMs = -1;
    int m_lastMaximum = -1;
};

} // namespace

int main(int argc, char *argv[])
{
    markStartup("main");
    QApplication app(argc, argv);
    markStartup("qapplication");
    QApplication::setApplicationName(QStringLiteral("Tidings"));
    QApplication::setOrganizationName(QStringLiteral("Tidings"));
    QApplication::setApplicationVersion(QStringLiteral(TIDINGS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.tidings.Tidings"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tidings.svg")));
    qRegisterMetaType<Core::RefreshProgress>();
    qRegisterMetaType<Core::Error>();

    // The system's language until the profile's choice is known.
    Ui::AppTranslations translations(QStringLiteral(":/i18n"));
    translations.apply(QString());
    markStartup("translations");

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A calm news reader."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QApplication::translate("main",
            "Keep the database and settings in <dir> (default: $TIDINGS_PROFILE, "
            "else the standard data folder)."),
        QStringLiteral("dir"));
    parser.addOption(profileOption);
    QCommandLineOption quitAfterPaintOption(QStringLiteral("quit-after-paint"));
    quitAfterPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterPaintOption);
    QCommandLineOption measureStartupOption(QStringLiteral("measure-startup"));
    measureStartupOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(measureStartupOption);
    QCommandLineOption measureScrollOption(QStringLiteral("measure-scroll"), QString(), QStringLiteral("feed"));
    measureScrollOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(measureScrollOption);
    parser.addPositionalArgument(QStringLiteral("url"),
        QApplication::translate("main",
            "Feeds or sites to subscribe to: http or https addresses, or feed: links. A running Tidings "
            "on the same profile subscribes to them."),
        QStringLiteral("[url...]"));
    parser.process(app);
    markStartup("arguments");

    QString profile = parser.value(profileOption);
    if (profile.isEmpty())
        profile = Core::Store::defaultProfileDir();
    QDir().mkpath(profile);
    profile = QDir(profile).absolutePath();
    const QStringList addresses = parser.positionalArguments();

    // One Tidings per profile: a later launch hands its addresses to the
    // running one, which raises its window, and exits.
    Ui::SingleInstance instance(profile);
    const Ui::SingleInstance::Forwarded forwarded = instance.forward(addresses);
    if (forwarded == Ui::SingleInstance::Forwarded::Yes)
        return 0;
    if (forwarded == Ui::SingleInstance::Forwarded::NoInstance)
        instance.listen();
    markStartup("single-instance");
    // Checked, recovered, migrated and backed up here, read-write, then
    // closed: from now on only the storage thread writes, and this thread
    // only reads. A damaged database is offered its backup; a profile that
    // cannot be written may be opened read-only.
    QString profileDir = profile;
    // After a clean shutdown only the header and schema are read here; the
    // backup, which reads every page, follows once the window shows.
    Ui::StartupStore startup
        = Ui::DatabaseRecovery::open(profile, nullptr, Ui::DatabaseRecovery::Check::AfterUncleanShutdown);
    if (startup.quit())
        return 1;
    if (startup.store)
        profileDir = startup.store->profileDir();
    startup.store.reset();
    markStartup("database-check");
    // The language chosen in Preferences (the system's when none was).
    if (const QString language = Ui::Settings(profileDir).language(); !language.isEmpty())
        translations.apply(language);
    markStartup("language");
    // Destroyed after the writer (declared before it), so a session that
    // returned from its event loop with no damage found notes its clean
    // shutdown once the database is closed; a crash or a kill leaves no note.
    struct CleanShutdown {
        QString profileDir;
        bool clean = false;
        ~CleanShutdown()
        {
            if (clean)
                Ui::DatabaseRecovery::markCleanShutdown(profileDir);
        }
    } cleanShutdown { profileDir };
    bool damaged = false;
    Core::StorageWriter writer(profileDir);
    const bool firstStart = !startup.readOnly && Ui::ensureWelcomeFeed(writer);
    markStartup("storage-thread");
    // The rolling backup was checked at start; a Tidings left running for
    // days checks again every few hours, on the storage thread (due once a day).
    // Damage the backup finds (it reads every page) is told, and the next
    // start checks the whole file and offers the recovery.
    const auto backUp = [&writer, &damaged](Ui::MainWindow *window) {
        writer.write([](Core::Store &store) { return Core::backUpIfDue(store); }, window,
            [window, &damaged](const Core::Result<QString> &backup) {
                if (backup)
                    return;
                qWarning("tidings: no backup was made: %s", qPrintable(Core::describe(backup.error())));
                if (backup.error().code == Core::ErrorCode::DatabaseCorrupt) {
                    damaged = true;
                    window->statusPanel()->showMessage(Ui::errorText(backup.error()), Ui::StatusPanel::Linger::Long);
                }
            });
    };
    QTimer backupTimer;
    Core::Result<std::unique_ptr<Core::Store>> reader
        = Core::Store::open(profileDir, Core::StoreOptions::readOnlyForGui());
    if (!reader) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tidings cannot open its database"),
            Ui::errorText(reader.error()));
        return 1;
    }
    const std::unique_ptr<Core::Store> store = std::move(*reader);
    markStartup("reader-open");

    Ui::CorePipelineLink pipeline(store.get(), &writer);
    // Feed passwords live in the system keyring, one service per profile.
    Ui::KeychainCredentialStore keyring(QStringLiteral("Tidings %1").arg(profileDir));
    Ui::MainWindow window(store.get(), &writer, &pipeline);
    window.setCredentialStore(&keyring);
    markStartup("main-window");
    std::unique_ptr<QuitAfterPaint> quitAfterPaint;
    if (parser.isSet(quitAfterPaintOption))
        quitAfterPaint = std::make_unique<QuitAfterPaint>(&window);
    std::unique_ptr<MeasureStartup> measureStartup;
    if (parser.isSet(measureStartupOption))
        measureStartup = std::make_unique<MeasureStartup>(&window);
    std::unique_ptr<MeasureScroll> measureScroll;
    if (parser.isSet(measureScrollOption))
        measureScroll = std::make_unique<MeasureScroll>(&window, parser.value(measureScrollOption).toLongLong());
    if (firstStart)
        Ui::showWelcomeFeed(&window, store.get());
    if (startup.readOnly)
        window.statusPanel()->showReadOnly(startup.readOnlyReason);
    if (!startup.notice.isEmpty())
        window.statusPanel()->showMessage(startup.notice, Ui::StatusPanel::Linger::Long);
    markStartup("before-show");
    window.show();
    markStartup("shown");
    if (!startup.readOnly) {
        backupTimer.setInterval(std::chrono::hours(6));
        QObject::connect(&backupTimer, &QTimer::timeout, &window, [&backUp, &window] { backUp(&window); });
        backupTimer.start();
        if (startup.backupDeferred)
            QTimer::singleShot(0, &window, [&backUp, &window] { backUp(&window); });
    }

    const auto subscribeTo = [&window](const QStringList &arguments) {
        for (const QString &argument : arguments)
            window.subscriptions()->subscribeTo(argument);
    };
    instance.setHandler([&window, subscribeTo](const Ui::SingleInstance::Request &request) {
        if (request.command == Ui::SingleInstance::Request::Command::Quit) {
            window.close();
            QCoreApplication::quit();
            return;
        }
        if (window.isMinimized())
            window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
        window.show();
        window.raise();
        window.activateWindow();
        subscribeTo(request.arguments);
    });
    // Addresses given to this first instance, once the window shows.
    QTimer::singleShot(0, &window, [subscribeTo, addresses] { subscribeTo(addresses); });
    markStartup("event-loop");
    const int code = QApplication::exec();
    cleanShutdown.clean = code == 0 && !startup.readOnly && !damaged;
    return code;
}
