#include "keyring/keychain_credential_store.h"
#include "models/core_pipeline_link.h"
#include "models/welcome_feed.h"
#include "pipeline/storage_writer.h"
#include "storage/store.h"
#include "widgets/error_text.h"
#include "window/first_run.h"
#include "window/main_window.h"
#include "window/settings.h"
#include "window/single_instance.h"
#include "window/subscription_controller.h"
#include "window/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

namespace {

// Qt mirrors the layout when the installed translations translate this
// string as "RTL". Qt's own files carry it for Arabic; ours carry it for every
// language we ship, so Urdu (which Qt does not translate) mirrors as well.
//: Translate as RTL in right-to-left languages (Arabic, Urdu), else as LTR.
[[maybe_unused]] constexpr const char *layoutDirection = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

// Opens the store; on a damaged database explains and offers the recovery.
std::unique_ptr<Core::Store> openStore(const QString &profileDir)
{
    while (true) {
        Core::Result<std::unique_ptr<Core::Store>> opened = Core::Store::open(profileDir);
        if (opened)
            return std::move(*opened);
        const QString path = Core::Store::databasePath(profileDir);
        const Core::Error &error = opened.error();
        QMessageBox box;
        box.setIcon(QMessageBox::Critical);
        box.setWindowTitle(QApplication::translate("main", "Tidings cannot open its database"));
        if (error.code == Core::ErrorCode::DatabaseCorrupt) {
            // The store keeps a damaged file beside the new one (error.url);
            // if it could not, we try once more before giving up.
            QString aside = error.url.isLocalFile() ? error.url.toLocalFile() : QString();
            if (aside.isEmpty() || aside == path || !QFileInfo::exists(aside))
                aside = Core::Store::moveDatabaseAside(path);
            box.setText(QApplication::translate("main", "The database at\n%1\nis damaged.").arg(path));
            box.setDetailedText(Ui::errorText(error));
            if (aside.isEmpty()) {
                box.setInformativeText(QApplication::translate("main",
                    "It could not be moved aside. Close Tidings, move the file somewhere safe, and start "
                    "Tidings again to begin with a new database."));
                box.addButton(QMessageBox::Close);
                box.exec();
                return nullptr;
            }
            box.setInformativeText(QApplication::translate("main",
                "Nothing was deleted: the damaged file was moved to\n%1\nwhere the sqlite3 tool (.recover) may "
                "rescue it. Tidings can start with a new, empty database; your subscriptions can be "
                "imported again from an OPML file.")
                                       .arg(aside));
            QPushButton *fresh
                = box.addButton(QApplication::translate("main", "Start with a New Database"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Close);
            box.setDefaultButton(fresh);
            box.exec();
            if (box.clickedButton() == fresh)
                continue;
            return nullptr;
        }
        box.setText(QApplication::translate("main", "The database at\n%1\ncannot be opened.").arg(path));
        box.setInformativeText(Ui::errorText(error));
        box.addButton(QMessageBox::Close);
        box.exec();
        return nullptr;
    }
}

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
    // Checked, recovered and migrated here, read-write, then closed: from
    // now on only the storage thread writes, and this thread only reads.
    QString profileDir;
    {
        const std::unique_ptr<Core::Store> checked = openStore(profile);
        if (!checked)
            return 1;
        profileDir = checked->profileDir();
    }
    // The language chosen in Preferences (the system's when none was).
    if (const QString language = Ui::Settings(profileDir).language(); !language.isEmpty())
        translations.apply(language);
    Core::StorageWriter writer(profileDir);
    const bool firstStart = Ui::ensureWelcomeFeed(writer);
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
