// The window speaks the user's language: under a German system locale the
// menus are German, with no setting; a chosen Arabic mirrors the layout, as
// Urdu does; English (the source) has only its plural forms ("1 story"),
// which a language not shipped reads too. Every language the
// project ships loads from the compiled files, and the list of shipped
// languages matches the translation files in the repository, each of
// which translates every string, keeping its placeholders; the welcome
// stories carry the language and direction they are written in.

#include "models/welcome_feed.h"
#include "ui_fixture.h"
#include "window/main_window.h"
#include "window/translations.h"

#include <QDir>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace UiTest;

class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void systemLanguageNeedsNoSetting();
    void arabicAndUrduMirrorTheWindow();
    void englishCountsInEnglish();
    void everyShippedLanguageLoads();
    void shippedLanguagesMatchTheFiles();
    void everyStringIsTranslated();
    void welcomeStoriesTakeTheLanguageAndDirection();

private:
    QString firstMenuTitle();
    static void settle() { QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
};

void TestTranslations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = openStore(*m_dir);
    QVERIFY(m_store);
}

void TestTranslations::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestTranslations::firstMenuTitle()
{
    Ui::MainWindow window(m_store.get());
    const QList<QAction *> menus = window.menuBar()->actions();
    return menus.isEmpty() ? QString() : menus.first()->text();
}

void TestTranslations::systemLanguageNeedsNoSetting()
{
    // main() below set the environment to German before Qt read it.
    QCOMPARE(QLocale::system().language(), QLocale::German);
    Ui::AppTranslations translations(QStringLiteral(TIDINGS_QM_DIR));
    translations.apply(QString());
    settle();
    QVERIFY(translations.hasTidingsText());
    const QString file = QCoreApplication::translate("Ui::MainActions", "&File");
    QVERIFY2(file != QStringLiteral("&File"), qPrintable(file));
    QCOMPARE(firstMenuTitle(), file);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

void TestTranslations::arabicAndUrduMirrorTheWindow()
{
    Ui::AppTranslations translations(QStringLiteral(TIDINGS_QM_DIR));
    for (const QString &language : { QStringLiteral("ar"), QStringLiteral("ur") }) {
        translations.apply(language);
        settle();
        QVERIFY2(translations.hasTidingsText(), qPrintable(language));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        Ui::MainWindow window(m_store.get());
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        QVERIFY(window.menuBar()->actions().first()->text() != QStringLiteral("&File"));
    }
    translations.apply(QStringLiteral("de"));
    settle();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

void TestTranslations::englishCountsInEnglish()
{
    Ui::AppTranslations translations(QStringLiteral(TIDINGS_QM_DIR));
    translations.apply(QStringLiteral("de"));
    settle();
    QVERIFY(firstMenuTitle() != QStringLiteral("&File"));
    const auto marked
        = [](int n) { return QCoreApplication::translate("Ui::MainWindow", "Marked %n stories as read.", nullptr, n); };
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("it") }) {
        translations.apply(language);
        settle();
        // English is the source; its file gives only the plural forms, and
        // a language not shipped reads English.
        QCOMPARE(translations.hasTidingsText(), language == QStringLiteral("en"));
        QCOMPARE(firstMenuTitle(), QStringLiteral("&File"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(marked(1), QStringLiteral("Marked 1 story as read."));
        QCOMPARE(marked(3), QStringLiteral("Marked 3 stories as read."));
    }
}

void TestTranslations::everyShippedLanguageLoads()
{
    for (const QString &language : Ui::shippedLanguages()) {
        QTranslator translator;
        QVERIFY2(translator.load(
                     QLocale(language), QStringLiteral("tidings"), QStringLiteral("_"), QStringLiteral(TIDINGS_QM_DIR)),
            qPrintable(language));
        const QString direction = translator.translate("QGuiApplication", "QT_LAYOUT_DIRECTION");
        const bool rightToLeft = QLocale(language).textDirection() == Qt::RightToLeft;
        QCOMPARE(direction, rightToLeft ? QStringLiteral("RTL") : QStringLiteral("LTR"));
        const QString file = translator.translate("Ui::MainActions", "&File");
        QVERIFY2(!file.isEmpty() && file != QStringLiteral("&File"), qPrintable(language));
    }
}

void TestTranslations::shippedLanguagesMatchTheFiles()
{
    QStringList files;
    const QStringList names
        = QDir(QStringLiteral(TIDINGS_TS_DIR)).entryList({ QStringLiteral("tidings_*.ts") }, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files.append(name.mid(8, name.size() - 8 - 3));
    QVERIFY(files.removeAll(QStringLiteral("en")) == 1); // the source language's plural forms
    QStringList shipped = Ui::shippedLanguages();
    shipped.sort();
    QCOMPARE(shipped, files);
}

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one per plural form
    QString type; // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message")
                messages.append(message);
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            message = Message {};
            message.context = context;
            message.numerus = xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes");
        } else if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!message.numerus)
                message.translations.append(xml.readElementText());
        } else if (xml.name() == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
    }
    return messages;
}

// %1…%9 and %L1…: the arguments a translation must keep (%n may be spelt
// out in a plural form that names its number, as Arabic does for one and two).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression argument(QStringLiteral("%L?[1-9]"));
    QStringList found;
    for (auto match = argument.globalMatch(text); match.hasNext();)
        found.append(match.next().captured());
    found.removeDuplicates();
    found.sort();
    return found;
}

} // namespace

void TestTranslations::everyStringIsTranslated()
{
    for (const QString &language : Ui::shippedLanguages()) {
        const QList<Message> messages = readTs(QStringLiteral(TIDINGS_TS_DIR "/tidings_%1.ts").arg(language));
        QVERIFY2(messages.size() > 100, qPrintable(language));
        QStringList faults;
        for (const Message &message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source.left(60);
            if (!message.type.isEmpty()) {
                faults.append(message.type + QStringLiteral(" — ") + where);
                continue;
            }
            QStringList kept;
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty())
                    faults.append(QStringLiteral("empty — ") + where);
                kept += placeholders(translation);
            }
            kept.removeDuplicates();
            kept.sort();
            if (kept != placeholders(message.source))
                faults.append(QStringLiteral("placeholders %1 — %2").arg(kept.join(u' '), where));
            if (message.numerus
                && std::none_of(message.translations.cbegin(), message.translations.cend(),
                    [](const QString &form) { return form.contains(QStringLiteral("%n")); }))
                faults.append(QStringLiteral("no %n in any plural form — ") + where);
        }
        if (!faults.isEmpty())
            qWarning().noquote() << language << faults.size() << "faults:\n " << faults.mid(0, 10).join(u"\n  ");
        QVERIFY2(faults.isEmpty(), qPrintable(language));
    }
}

void TestTranslations::welcomeStoriesTakeTheLanguageAndDirection()
{
    Ui::AppTranslations translations(QStringLiteral(TIDINGS_QM_DIR));
    const struct {
        QString language, expectedLang, expectedDir;
    } cases[] = { { QStringLiteral("ar"), QStringLiteral("ar"), QStringLiteral("rtl") },
        { QStringLiteral("de"), QStringLiteral("de"), QStringLiteral("ltr") },
        { QStringLiteral("it"), QStringLiteral("en"), QStringLiteral("ltr") } }; // not shipped: English
    for (const auto &c : cases) {
        translations.apply(c.language);
        settle();
        QTemporaryDir dir;
        std::unique_ptr<Core::Store> store = openStore(dir);
        QVERIFY(store);
        QVERIFY(Ui::ensureWelcomeFeed(store.get()));
        const QList<Core::StoryRow> rows = store->stories(Core::StoryFilter {}, std::nullopt, 100);
        QVERIFY(!rows.isEmpty());
        for (const Core::StoryRow &row : rows) {
            const std::optional<Core::StoryDetail> detail = store->story(row.id);
            QVERIFY(detail && detail->article);
            QCOMPARE(detail->article->lang, c.expectedLang);
            QCOMPARE(detail->article->dir, c.expectedDir);
        }
    }
}

int main(int argc, char *argv[])
{
    // The system language, as a German desktop session sets it.
    qputenv("LC_ALL", "de_DE.UTF-8");
    qputenv("LANG", "de_DE.UTF-8");
    qputenv("LANGUAGE", "de");
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
