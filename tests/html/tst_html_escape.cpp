// The one escaping routine for text written into HTML (the sanitizer's writer
// and the feed parser's XHTML serialiser), and its UTF-8 precheck.

#include "html/escape.h"

#include <QTest>

using namespace Core::Html;

class TestHtmlEscape : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("attribute");
        QTest::newRow("plain") << QStringLiteral("plain words") << QStringLiteral("plain words")
                               << QStringLiteral("plain words");
        QTest::newRow("markup") << QStringLiteral("a < b && c > d") << QStringLiteral("a &lt; b &amp;&amp; c &gt; d")
                                << QStringLiteral("a &lt; b &amp;&amp; c &gt; d");
        QTest::newRow("quote") << QStringLiteral("say \"hi\" 'x'") << QStringLiteral("say \"hi\" 'x'")
                               << QStringLiteral("say &quot;hi&quot; 'x'");
        QTest::newRow("entity kept literal")
            << QStringLiteral("&amp;") << QStringLiteral("&amp;amp;") << QStringLiteral("&amp;amp;");
        QTest::newRow("tab and newline kept")
            << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
        QTest::newRow("carriage return dropped")
            << QStringLiteral("a\r\nb") << QStringLiteral("a\nb") << QStringLiteral("a\nb");
        QTest::newRow("controls dropped")
            << QString(QStringLiteral("a") + QChar(0x01) + QChar(0x1F) + QChar(0x7F) + QStringLiteral("b"))
            << QStringLiteral("ab") << QStringLiteral("ab");
        QTest::newRow("noncharacters dropped") << QString(QChar(0xFFFE) + QStringLiteral("x") + QChar(0xFFFF))
                                               << QStringLiteral("x") << QStringLiteral("x");
        QTest::newRow("non-ASCII kept") << QStringLiteral("café – “ok” 日本") << QStringLiteral("café – “ok” 日本")
                                        << QStringLiteral("café – “ok” 日本");
        QTest::newRow("empty") << QString() << QString() << QString();
    }
    void escapes()
    {
        QFETCH(QString, input);
        QFETCH(QString, text);
        QFETCH(QString, attribute);
        QString out = QStringLiteral(">");
        appendEscaped(out, input, EscapeFor::Text);
        QCOMPARE(out, QStringLiteral(">") + text); // appends, never replaces
        out.clear();
        appendEscaped(out, input, EscapeFor::Attribute);
        QCOMPARE(out, attribute);
        // The UTF-8 precheck agrees with the text escaping.
        QCOMPARE(needsEscaping(input.toUtf8().toStdString()), text != input);
    }
};

QTEST_GUILESS_MAIN(TestHtmlEscape)
#include "tst_html_escape.moc"
