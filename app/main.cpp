#include "keyring/keychain_credential_store.h"
#include "models/core_pipeline_link.h"
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
#include "window/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEvent>
#include <QMessageBox>
#include <QTimer>

#include <chrono>
#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
    parser.addPositionalArgument(QStringLiteral("url"),
        QApplication::translate("main",
            "Feeds or sites to subscribe to: http or https addresses, or feed: links. A running Tidings "
            "on the same profile subscribes to them."),
        QStringLiteral("[url...]"));
    parser.process(app);

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
    // Checked, recovered, migrated and backed up here, read-write, then
    // closed: from now on only the storage thread writes, and this thread
    // only reads. A damaged database is offered its backup; a profile that
    // cannot be written may be opened read-only.
    QString profileDir = profile;
    Ui::StartupStore startup = Ui::DatabaseRecovery::open(profile);
    if (startup.quit())
        return 1;
    if (startup.store)
        profileDir = startup.store->profileDir();
    startup.store.reset();
    // The language chosen in Preferences (the system's when none was).
    if (const QString language = Ui::Settings(profileDir).language(); !language.isEmpty())
        translations.apply(language);
    Core::StorageWriter writer(profileDir);
    const bool firstStart = !startup.readOnly && Ui::ensureWelcomeFeed(writer);
    // The rolling backup was checked at start; a Tidings left running for
    // days checks again every few hours, on the storage thread (due once a day).
    QTimer backupTimer;
    if (!startup.readOnly) {
        backupTimer.setInterval(std::chrono::hours(6));
        QObject::connect(&backupTimer, &QTimer::timeout, &writer,
            [&writer] { writer.write([](Core::Store &store) { return Core::backUpIfDue(store); }); });
        backupTimer.start();
    }
    Core::Result<std::unique_ptr<Core::Store>> reader
        = Core::Store::open(profileDir, Core::StoreOptions::readOnlyForGui());
    if (!reader) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tidings cannot open its database"),
            Ui::errorText(reader.error()));
        return 1;
    }
    const std::unique_ptr<Core::Store> store = std::move(*reader);

    Ui::CorePipelineLink pipeline(store.get(), &writer);
    // Feed passwords live in the system keyring, one service per profile.
    Ui::KeychainCredentialStore keyring(QStringLiteral("Tidings %1").arg(profileDir));
    Ui::MainWindow window(store.get(), &writer, &pipeline);
    window.setCredentialStore(&keyring);
    std::unique_ptr<QuitAfterPaint> quitAfterPaint;
    if (parser.isSet(quitAfterPaintOption))
        quitAfterPaint = std::make_unique<QuitAfterPaint>(&window);
    if (firstStart)
        Ui::showWelcomeFeed(&window, store.get());
    if (startup.readOnly)
        window.statusPanel()->showReadOnly(startup.readOnlyReason);
    if (!startup.notice.isEmpty())
        window.statusPanel()->showMessage(startup.notice, Ui::StatusPanel::Linger::Long);
    window.show();

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
    return QApplication::exec();
}
