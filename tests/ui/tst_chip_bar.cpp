// Ui::ChipBar: a chip shows its topic's name as written, with its count.

#include "reading/chip_bar.h"

#include <QKeySequence>
#include <QTest>
#include <QToolButton>

class TestChipBar final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ampersandIsShownNotAShortcut();
};

void TestChipBar::ampersandIsShownNotAShortcut()
{
    // Real feeds and pages name sections and topics with "&" ("Software &
    // Entwicklung", "AT&T"): the chip must not turn it into a keyboard shortcut.
    Ui::ChipBar bar;
    bar.setTopics({ { QStringLiteral("Software & Entwicklung"), 1 }, { QStringLiteral("AT&T"), 3 } });
    const QList<QToolButton *> chips = bar.findChildren<QToolButton *>(QStringLiteral("chip"));
    QCOMPARE(chips.size(), 2);
    QCOMPARE(bar.topics(), (QStringList { QStringLiteral("Software & Entwicklung"), QStringLiteral("AT&T") }));
    for (QToolButton *chip : chips) {
        QVERIFY2(QKeySequence::mnemonic(chip->text()).isEmpty(), qPrintable(chip->text()));
        QString shown = chip->text();
        shown.replace(QLatin1String("&&"), QLatin1String("&"));
        const QString topic = chip->property("topic").toString();
        QVERIFY2(shown == topic || shown.startsWith(topic + QStringLiteral(" · ")), qPrintable(shown));
    }
    // The click still names the topic as the store knows it.
    QString clicked;
    connect(&bar, &Ui::ChipBar::topicClicked, &bar, [&clicked](const QString &topic) { clicked = topic; });
    chips.at(1)->click();
    QCOMPARE(clicked, QStringLiteral("AT&T"));
}

QTEST_MAIN(TestChipBar)
#include "tst_chip_bar.moc"
