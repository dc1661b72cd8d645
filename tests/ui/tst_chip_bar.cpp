// Ui::ChipBar: a chip shows its topic's name as written, with its count.

#include "reading/chip_bar.h"

#include <QKeySequence>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

class TestChipBar final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ampersandIsShownNotAShortcut();
    void markupInANameIsShownAsText();
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

void TestChipBar::markupInANameIsShownAsText()
{
    // A topic's name comes from pages and tags: a name that looks like markup
    // must reach the tooltip (which Qt shows as rich text when it looks like
    // markup) escaped, so no element of it is ever made, nor its source loaded.
    const QString name = QStringLiteral("<img src=\"file:///etc/passwd\"><b>Bold</b>");
    for (const auto counts : { Ui::ChipBar::Counts::Stories, Ui::ChipBar::Counts::Shared }) {
        Ui::ChipBar bar;
        bar.setTopics({ { name, 2 } }, counts);
        const QList<QToolButton *> chips = bar.findChildren<QToolButton *>(QStringLiteral("chip"));
        QCOMPARE(chips.size(), 1);
        const QString tip = chips.at(0)->toolTip();
        QVERIFY2(!tip.contains(QLatin1String("<img")) && !tip.contains(QLatin1String("<b>")), qPrintable(tip));
        QTextDocument shown;
        shown.setHtml(tip);
        QVERIFY2(shown.toPlainText().contains(name), qPrintable(shown.toPlainText()));
    }
}

QTEST_MAIN(TestChipBar)
#include "tst_chip_bar.moc"
