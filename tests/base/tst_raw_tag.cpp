#include "base/types.h"

#include <QTest>

using namespace Core;

Q_DECLARE_METATYPE(Core::TagSource)

// The stored form of a tag candidate: what the store keeps and the CLI prints
// must read back as the same tag, and old or foreign entries must still read.
class TestRawTag final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<TagSource>("source");
        QTest::addColumn<QString>("value");
        QTest::newRow("jsonld") << QStringLiteral("jsonld:Xi Jinping") << TagSource::JsonLd
                                << QStringLiteral("Xi Jinping");
        QTest::newRow("meta") << QStringLiteral("meta:Floods") << TagSource::Meta << QStringLiteral("Floods");
        QTest::newRow("reltag") << QStringLiteral("reltag:Harbin") << TagSource::RelTag << QStringLiteral("Harbin");
        QTest::newRow("list") << QStringLiteral("list:Moscow") << TagSource::List << QStringLiteral("Moscow");
        QTest::newRow("keywords") << QStringLiteral("keywords:a, b") << TagSource::Keywords << QStringLiteral("a, b");
        QTest::newRow("feed") << QStringLiteral("feed:World") << TagSource::Feed << QStringLiteral("World");
        QTest::newRow("prefix case and space")
            << QStringLiteral(" JsonLD :Putin") << TagSource::JsonLd << QStringLiteral("Putin");
        QTest::newRow("value keeps its colons")
            << QStringLiteral("meta:Category: Bethesda") << TagSource::Meta << QStringLiteral("Category: Bethesda");
        QTest::newRow("no prefix is meta")
            << QStringLiteral("Vladimir Putin") << TagSource::Meta << QStringLiteral("Vladimir Putin");
        QTest::newRow("unknown prefix is kept whole")
            << QStringLiteral("Star Wars: Andor") << TagSource::Meta << QStringLiteral("Star Wars: Andor");
        QTest::newRow("leading colon") << QStringLiteral(":x") << TagSource::Meta << QStringLiteral(":x");
        QTest::newRow("empty") << QString() << TagSource::Meta << QString();
    }
    void decode()
    {
        QFETCH(QString, entry);
        QFETCH(TagSource, source);
        QFETCH(QString, value);
        const RawTag tag = decodeRawTag(entry);
        QCOMPARE(tag.source, source);
        QCOMPARE(tag.value, value);
    }

    void roundTrip()
    {
        for (const TagSource source : { TagSource::JsonLd, TagSource::Meta, TagSource::RelTag, TagSource::List,
                 TagSource::Keywords, TagSource::Feed }) {
            for (const QString &value : { QStringLiteral("Vladimir Putin"), QStringLiteral("meta:x"),
                     QStringLiteral("\u4e60\u8fd1\u5e73"), QString() }) {
                const RawTag tag { source, value };
                QCOMPARE(decodeRawTag(encodeRawTag(tag)), tag);
            }
        }
        QCOMPARE(encodeRawTag({ TagSource::RelTag, QStringLiteral("Harbin") }), QStringLiteral("reltag:Harbin"));
    }
};

QTEST_GUILESS_MAIN(TestRawTag)
#include "tst_raw_tag.moc"
