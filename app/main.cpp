#include "core/store.h"
#include "ui/core_pipeline_link.h"
#include "ui/dialogs.h"
#include "ui/main_window.h"
#include "ui/welcome_feed.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTranslator>

namespace {

// Moves a damaged database (and its journal files) aside so a fresh one can be made.
bool moveDatabaseAside(const QString &profileDir, QString *movedTo)
{
    const QString base = QDir(profileDir).filePath(QStringLiteral("tidings.sqlite"));
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    *movedTo = base + QStringLiteral(".damaged-") + stamp;
    if (!QFile::rename(base, *movedTo))
        return false;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(base + suffix))
            QFile::rename(base + suffix, *movedTo + suffix);
    }
    return true;
}

// Opens the store; on a damaged database explains and offers the recovery.
std::unique_ptr<Core::Store> openStore(const QString &profileDir)
{
    while (true) {
        Core::Result<std::unique_ptr<Core::Store>> opened = Core::Store::open(profileDir);
        if (opened)
            return std::move(*opened);
        const QString dir = profileDir.isEmpty() ? Core::Store::defaultProfileDir() : profileDir;
        const QString path = QDir(dir).filePath(QStringLiteral("tidings.sqlite"));
        const Core::Error &error = opened.error();
        QMessageBox box;
        box.setIcon(QMessageBox::Critical);
        box.setWindowTitle(QApplication::translate("main", "Tidings cannot open its database"));
        if (error.code == Core::ErrorCode::DatabaseCorrupt) {
            box.setText(QApplication::translate("main", "The database at\n%1\nis damaged.").arg(path));
            box.setInformativeText(QApplication::translate(
                "main", "Tidings can move the damaged file aside (nothing is deleted) and start with an empty "
                        "database. Your subscriptions can then be imported again from an OPML file, and the "
                        "damaged file stays beside it for recovery with the sqlite3 tool (.recover)."));
            box.setDetailedText(Ui::errorText(error));
            QPushButton *fresh = box.addButton(QApplication::translate("main", "Move Aside and Start Fresh"),
                                               QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Close);
            box.exec();
            QString movedTo;
            if (box.clickedButton() == fresh && moveDatabaseAside(dir, &movedTo))
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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tidings"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A calm news reader."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("main", "Keep the database and settings in <dir> (default: $TIDINGS_PROFILE, "
                                        "else the standard data folder)."),
        QStringLiteral("dir"));
    parser.addOption(profileOption);
    parser.process(app);

    QString profile = parser.value(profileOption);
    if (!profile.isEmpty()) {
        QDir().mkpath(profile);
        profile = QDir(profile).absolutePath();
    }
    const std::unique_ptr<Core::Store> store = openStore(profile);
    if (!store)
        return 1;
    Ui::ensureWelcomeFeed(store.get());

    Ui::CorePipelineLink pipeline(store.get());
    Ui::MainWindow window(store.get(), &pipeline);
    window.show();
    return QApplication::exec();
}
