// Ui::Settings: every preference survives a restart (a second Settings on
// the same profile) and out-of-range values come back within range.

#include "window/settings.h"

#include <QTemporaryDir>
#include <QTest>

using Ui::Settings;

class TestSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsForANewProfile()
    {
        QTemporaryDir tmp;
        const Settings settings(tmp.path());
        QCOMPARE(settings.refreshMinutes(), 30);
        QCOMPARE(settings.markReadDelaySeconds(), 0);
        QCOMPARE(settings.readingFontFamily(), QString());
        QCOMPARE(settings.readingFontSize(), 0);
        QCOMPARE(settings.theme(), Settings::Theme::System);
        QCOMPARE(settings.browserCommand(), QString());
        QCOMPARE(settings.keepDays(), 0);
        QCOMPARE(settings.keepCount(), 0);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.proxyMode(), Settings::ProxyMode::System);
    }

    void choicesSurviveARestart()
    {
        QTemporaryDir tmp;
        {
            Settings settings(tmp.path());
            settings.setRefreshMinutes(45);
            settings.setMarkReadDelaySeconds(3);
            settings.setReadingFontFamily(QStringLiteral(" Noto Serif "));
            settings.setReadingFontSize(14);
            settings.setTheme(Settings::Theme::Dark);
            settings.setBrowserCommand(QStringLiteral("firefox --new-tab"));
            settings.setKeepDays(60);
            settings.setKeepCount(500);
            settings.setLanguage(QStringLiteral("de"));
            settings.setProxyMode(Settings::ProxyMode::Manual);
            settings.setProxyHost(QStringLiteral("proxy.example"));
            settings.setProxyPort(3128);
            settings.sync();
        }
        const Settings settings(tmp.path());
        QCOMPARE(settings.refreshMinutes(), 45);
        QCOMPARE(settings.markReadDelaySeconds(), 3);
        QCOMPARE(settings.readingFontFamily(), QStringLiteral("Noto Serif"));
        QCOMPARE(settings.readingFontSize(), 14);
        QCOMPARE(settings.theme(), Settings::Theme::Dark);
        QCOMPARE(settings.browserCommand(), QStringLiteral("firefox --new-tab"));
        QCOMPARE(settings.keepDays(), 60);
        QCOMPARE(settings.keepCount(), 500);
        QCOMPARE(settings.language(), QStringLiteral("de"));
        QCOMPARE(settings.proxyMode(), Settings::ProxyMode::Manual);
        QCOMPARE(settings.proxyHost(), QStringLiteral("proxy.example"));
        QCOMPARE(settings.proxyPort(), 3128);
    }

    void valuesStayInRange()
    {
        QTemporaryDir tmp;
        Settings settings(tmp.path());
        settings.setRefreshMinutes(0);
        QCOMPARE(settings.refreshMinutes(), 1);
        settings.setRefreshMinutes(100000);
        QCOMPARE(settings.refreshMinutes(), 1440);
        settings.setReadingFontSize(2);
        QCOMPARE(settings.readingFontSize(), 6);
        settings.setKeepDays(-5);
        QCOMPARE(settings.keepDays(), 0);
        settings.setProxyPort(70000);
        QCOMPARE(settings.proxyPort(), 65535);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
