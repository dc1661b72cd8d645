#include "core/charset.h"

#include <QTest>

using namespace Core;

class TestCharset final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void labelsMapLikeWhatwg_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        QTest::newRow("latin1") << QStringLiteral("ISO-8859-1") << QStringLiteral("windows-1252");
        QTest::newRow("ascii") << QStringLiteral("us-ascii") << QStringLiteral("windows-1252");
        QTest::newRow("gbk") << QStringLiteral("GBK") << QStringLiteral("gb18030");
        QTest::newRow("utf8") << QStringLiteral(" UTF8 ") << QStringLiteral("utf-8");
        QTest::newRow("cp1251") << QStringLiteral("cp1251") << QStringLiteral("windows-1251");
        QTest::newRow("unknown") << QStringLiteral("x-no-such-charset") << QString();
    }
    void labelsMapLikeWhatwg()
    {
        QFETCH(QString, label);
        QFETCH(QString, expected);
        QCOMPARE(Charset::normalizeLabel(label), expected);
    }

    void bomWinsOverEverything()
    {
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + "<meta charset=windows-1251>caf\xC3\xA9";
        const auto decoded = Charset::decodeHtml(bytes, QStringLiteral("iso-8859-2"));
        QCOMPARE(decoded.encoding, QStringLiteral("utf-8"));
        QVERIFY(decoded.text.endsWith(QStringLiteral("caf\u00E9")));
        QVERIFY(!decoded.text.startsWith(QChar(0xFEFF)));
    }

    void httpCharsetWinsOverMeta()
    {
        const QByteArray bytes = "<meta charset=utf-8><p>\xC4\xE0";
        const auto decoded = Charset::decodeHtml(bytes, QStringLiteral("windows-1251"));
        QCOMPARE(decoded.encoding, QStringLiteral("windows-1251"));
        QVERIFY(decoded.text.endsWith(QStringLiteral("\u0414\u0430")));
    }

    void metaCharsetIsRead()
    {
        const QByteArray bytes = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
                                 "</head><body>\xF0\xD2\xC9\xD7\xC5\xD4</body>";
        const auto decoded = Charset::decodeHtml(bytes);
        QCOMPARE(decoded.encoding, QStringLiteral("koi8-r"));
        QVERIFY(decoded.text.contains(QStringLiteral("\u041F\u0440\u0438\u0432\u0435\u0442")));
    }

    void mislabelledUtf8IsDetected()
    {
        const QByteArray bytes = "<meta charset=iso-8859-1><p>Z\xC3\xBCrich";
        const auto decoded = Charset::decodeHtml(bytes);
        QCOMPARE(decoded.encoding, QStringLiteral("utf-8"));
        QVERIFY(decoded.text.contains(QStringLiteral("Z\u00FCrich")));
    }

    void undeclaredInvalidUtf8FallsBackTo1252()
    {
        const auto decoded = Charset::decodeHtml("<p>caf\xE9 \x93quoted\x94");
        QCOMPARE(decoded.encoding, QStringLiteral("windows-1252"));
        QVERIFY(decoded.text.contains(QStringLiteral("caf\u00E9 \u201Cquoted\u201D")));
    }

    void xmlDeclarationIsRead()
    {
        const auto decoded = Charset::decodeXml("<?xml version=\"1.0\" encoding=\"iso-8859-7\"?><rss>\xE1</rss>");
        QCOMPARE(decoded.encoding, QStringLiteral("iso-8859-7"));
        QVERIFY(decoded.text.contains(QChar(0x03B1)));
    }

    void utf16WithoutBomIsRecognised()
    {
        const QString source = QStringLiteral("<?xml version=\"1.0\"?><rss/>");
        QByteArray bytes;
        for (QChar c : source) {
            bytes.append(char(c.unicode() & 0xFF));
            bytes.append(char(c.unicode() >> 8));
        }
        const auto decoded = Charset::decodeXml(bytes);
        QCOMPARE(decoded.encoding, QStringLiteral("utf-16le"));
        QCOMPARE(decoded.text, source);
    }

    void utf8Validation()
    {
        QVERIFY(Charset::isValidUtf8("plain"));
        QVERIFY(Charset::isValidUtf8("\xE2\x82\xAC"));
        QVERIFY(!Charset::isValidUtf8("\xC0\xAF")); // overlong
        QVERIFY(!Charset::isValidUtf8("\xED\xA0\x80")); // surrogate
        QVERIFY(!Charset::isValidUtf8("a\x80z"));
        QVERIFY(Charset::isValidUtf8("cut \xE2\x82")); // truncated download
    }
};

QTEST_GUILESS_MAIN(TestCharset)
#include "tst_charset.moc"
