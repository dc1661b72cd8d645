#include "base/charset.h"

#include <QStringEncoder>
#include <QTest>

using namespace Core;

namespace {

// Known text in a legacy charset; the test fails if the text does not fit it.
QByteArray encoded(const QString &text, const char *charset)
{
    QStringEncoder encoder(charset);
    if (!encoder.isValid())
        qFatal("no encoder for %s", charset);
    const QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        qFatal("text does not fit %s", charset);
    return bytes;
}

QByteArray htmlPage(const QByteArray &head, const QByteArray &body)
{
    return "<!DOCTYPE html>\n<html><head>" + head + "<title>News</title></head>\n<body><article><p>" + body
        + "</p></article></body></html>\n";
}

// Realistic paragraphs: detection is statistical, a few words are not a page.
struct Sample {
    const char *name;
    const char *charset; // what the bytes are written in
    QString expected; // the label Charset must report
    QString text;
};

QList<Sample> samples()
{
    return {
        { "russian-koi8-r", "KOI8-R", QStringLiteral("koi8-r"),
            QStringLiteral("Наверное, единственное, во что сегодня можно верить безоговорочно, так это в то, что "
                           "Новый год обязательно наступит. Несмотря ни на что! Это не просто очередной праздник, "
                           "это веха, а вехи в жизни принято отмечать широко и с размахом.") },
        { "chinese-gb18030", "GB18030", QStringLiteral("gb18030"),
            QStringLiteral(
                "新华社北京电 国务院总理今天在人民大会堂主持召开座谈会，听取专家学者和企业负责人对政府工作报告的"
                "意见建议。他表示，今年经济社会发展任务十分繁重，各地区各部门要坚持稳中求进工作总基调，"
                "扎实推进高质量发展，切实保障和改善民生。") },
        { "chinese-big5", "Big5", QStringLiteral("big5"),
            QStringLiteral(
                "中央社記者台北報導，行政院今天召開院會，通過明年度中央政府總預算案。院長表示，政府將持續推動"
                "經濟發展與社會福利政策，並加強國際合作，讓全體國民都能分享經濟成長的成果。") },
        { "japanese-shift_jis", "Shift_JIS", QStringLiteral("shift_jis"),
            QStringLiteral("東京都は今日、新しい防災計画を発表しました。計画では、大きな地震が起きたときに備えて、"
                           "避難所の数を増やし、食料や水の備蓄を進めることにしています。知事は記者会見で、"
                           "都民の皆さんにも日頃から準備をしてほしいと話しました。") },
        { "japanese-euc-jp", "EUC-JP", QStringLiteral("euc-jp"),
            QStringLiteral("気象庁によりますと、今夜から明日の朝にかけて、関東地方では雪が降る見込みです。"
                           "交通機関が乱れるおそれがありますので、お出かけの際は最新の情報を確認してください。"
                           "路面の凍結による事故にも十分注意が必要です。") },
        { "korean-euc-kr", "EUC-KR", QStringLiteral("euc-kr"),
            QStringLiteral("서울시는 오늘 시민들의 안전을 위해 새로운 교통 정책을 발표했습니다. 이번 정책에 따라 "
                           "어린이 보호구역의 제한 속도가 낮아지고, 횡단보도에는 신호등이 추가로 설치될 예정입니다. "
                           "시장은 기자회견에서 시민들의 적극적인 협조를 부탁했습니다.") },
        { "hebrew-windows-1255", "windows-1255", QStringLiteral("windows-1255"),
            QStringLiteral("ראש הממשלה הודיע היום על תוכנית חדשה לשיפור מערכת החינוך בישראל. לדבריו, התוכנית "
                           "תכלול הגדלה של מספר המורים בכיתות, שיפוץ בתי ספר ישנים והשקעה בטכנולוגיה. "
                           "שר האוצר אמר כי התקציב לתוכנית כבר אושר בממשלה.") },
        { "thai-tis-620", "TIS-620", QStringLiteral("windows-874"),
            QStringLiteral("กรมอุตุนิยมวิทยาประกาศเตือนประชาชนในพื้นที่ภาคเหนือและภาคตะวันออกเฉียงเหนือ "
                           "ให้ระวังอันตรายจากพายุฝนฟ้าคะนองและลมกระโชกแรง ซึ่งจะเกิดขึ้นในช่วงสองถึงสามวันข้างหน้า "
                           "เกษตรกรควรเตรียมการป้องกันความเสียหายที่อาจเกิดขึ้นกับพืชผลทางการเกษตร") },
        { "greek-iso-8859-7", "ISO-8859-7", QStringLiteral("iso-8859-7"),
            QStringLiteral("Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στήριξη των μικρών επιχειρήσεων και των "
                           "οικογενειών με χαμηλό εισόδημα. Ο υπουργός Οικονομικών δήλωσε ότι τα μέτρα θα τεθούν σε "
                           "ισχύ από τον επόμενο μήνα και θα χρηματοδοτηθούν από τον κρατικό προϋπολογισμό.") },
        { "german-windows-1252", "windows-1252", QStringLiteral("windows-1252"),
            QStringLiteral("Die Stadtverwaltung hat am Dienstag bekanntgegeben, dass die Brücke über die Saale "
                           "ab nächster Woche für drei Monate gesperrt wird. „Wir wissen, dass das für viele Pendler "
                           "ärgerlich ist“, sagte der Bürgermeister – die Umleitung führt über die Südstraße.") },
    };
}

} // namespace

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

    void utf16LeBomIsNotUtf32()
    {
        const QString text
            = QStringLiteral("<?xml version=\"1.0\"?><rss><channel><title>Grüße</title></channel></rss>");
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(bytes.startsWith(QByteArrayView("\xFF\xFE<\x00", 4)));
        for (const auto &decoded : { Charset::decodeXml(bytes), Charset::decodeHtml(bytes) }) {
            QCOMPARE(decoded.encoding, QStringLiteral("utf-16le"));
            QCOMPARE(decoded.source, Charset::Source::Bom);
            QCOMPARE(decoded.text, text);
        }
    }

    void utf32Boms()
    {
        const QString text = QStringLiteral("<rss>Ωmega</rss>");
        QStringEncoder le(QStringEncoder::Utf32LE, QStringEncoder::Flag::WriteBom);
        QStringEncoder be(QStringEncoder::Utf32BE, QStringEncoder::Flag::WriteBom);
        const auto fromLe = Charset::decodeXml(le.encode(text));
        QCOMPARE(fromLe.encoding, QStringLiteral("utf-32le"));
        QCOMPARE(fromLe.text, text);
        const auto fromBe = Charset::decodeXml(be.encode(text));
        QCOMPARE(fromBe.encoding, QStringLiteral("utf-32be"));
        QCOMPARE(fromBe.text, text);
    }

    void detectorLabelsMapLikeWhatwg_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tis-620") << QStringLiteral("TIS-620") << QStringLiteral("windows-874");
        QTest::newRow("gb2312") << QStringLiteral("GB2312") << QStringLiteral("gb18030");
        QTest::newRow("shift_jis") << QStringLiteral("SHIFT_JIS") << QStringLiteral("shift_jis");
        QTest::newRow("euc-kr") << QStringLiteral("EUC-KR") << QStringLiteral("euc-kr");
        QTest::newRow("big5") << QStringLiteral("BIG5") << QStringLiteral("big5");
        QTest::newRow("koi8-r") << QStringLiteral("KOI8-R") << QStringLiteral("koi8-r");
        QTest::newRow("windows-1255") << QStringLiteral("WINDOWS-1255") << QStringLiteral("windows-1255");
        QTest::newRow("iso-8859-9") << QStringLiteral("ISO-8859-9") << QStringLiteral("windows-1254");
    }
    void detectorLabelsMapLikeWhatwg()
    {
        QFETCH(QString, label);
        QFETCH(QString, expected);
        QCOMPARE(Charset::normalizeLabel(label), expected);
    }

    void undeclaredLegacyHtmlIsDetected_data()
    {
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("text");
        for (const Sample &s : samples())
            QTest::newRow(s.name) << QString::fromLatin1(s.charset) << s.expected << s.text;
    }
    void undeclaredLegacyHtmlIsDetected()
    {
        QFETCH(QString, charset);
        QFETCH(QString, expected);
        QFETCH(QString, text);
        const QByteArray body = encoded(text, charset.toLatin1().constData());
        const auto decoded = Charset::decodeHtml(htmlPage({}, body));
        QCOMPARE(decoded.encoding, expected);
        QCOMPARE(decoded.source, Charset::Source::Detected);
        QVERIFY2(decoded.text.contains(text), qPrintable(decoded.text));
    }

    void undeclaredLegacyFeedIsDetected_data() { undeclaredLegacyHtmlIsDetected_data(); }
    void undeclaredLegacyFeedIsDetected()
    {
        QFETCH(QString, charset);
        QFETCH(QString, expected);
        QFETCH(QString, text);
        const QByteArray bytes = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>News</title><item>"
                                 "<description>"
            + encoded(text, charset.toLatin1().constData()) + "</description></item></channel></rss>\n";
        const auto decoded = Charset::decodeXml(bytes);
        QCOMPARE(decoded.encoding, expected);
        QCOMPARE(decoded.source, Charset::Source::Detected);
        QVERIFY(decoded.text.contains(text));
    }

    void detectionSkipsLeadingAsciiAndReadsOnlyAWindow()
    {
        // 100 KiB of markup and script before the first non-ASCII byte: the
        // window starts at that byte, and a later tail does not matter.
        const QString russian = samples().first().text;
        const QByteArray padding = QByteArray("<script>var x = 'plain ascii';</script>\n").repeated(2600);
        QVERIFY(padding.size() > Charset::detectionWindow);
        const QByteArray bytes = htmlPage(padding, encoded(russian, "KOI8-R").repeated(800));
        QVERIFY(bytes.size() > 2 * Charset::detectionWindow);
        QCOMPARE(Charset::detect(bytes), QStringLiteral("koi8-r"));
        const auto decoded = Charset::decodeHtml(bytes);
        QCOMPARE(decoded.encoding, QStringLiteral("koi8-r"));
        QVERIFY(decoded.text.contains(russian));
    }

    void detectOnAsciiGivesNothing()
    {
        QCOMPARE(Charset::detect(htmlPage({}, "Nothing but plain ASCII here.")), QString());
        QCOMPARE(Charset::detect({}), QString());
    }

    void fewLatinBytesStayWindows1252()
    {
        // One accented letter and curly quotes are no evidence for Latin-2 or
        // Latin-3: the browser default stands.
        const auto decoded = Charset::decodeHtml(htmlPage({},
            "The caf\xE9 on the corner serves the \x93"
            "best\x94 coffee in town, or so they say."));
        QCOMPARE(decoded.encoding, QStringLiteral("windows-1252"));
        QVERIFY(decoded.text.contains(QStringLiteral("caf\u00E9 on the corner serves the \u201Cbest\u201D coffee")));
    }

    void polishIsNotWindows1252()
    {
        const QString polish = QStringLiteral(
            "Wczoraj byłem w sklepie i kupiłem żółty ser oraz świeży chleb. Pogoda była piękna, więc poszliśmy "
            "na długi spacer nad rzekę. Wieczorem przyjaciele przyszli na kolację i rozmawialiśmy aż do północy "
            "o książkach, podróżach i zwierzętach.");
        const auto decoded = Charset::decodeHtml(htmlPage({}, encoded(polish, "windows-1250")));
        QCOMPARE(decoded.source, Charset::Source::Detected);
        QVERIFY2(decoded.text.contains(polish), qPrintable(decoded.encoding));
    }

    void undecodableDeclarationGivesWayToDetection_data()
    {
        QTest::addColumn<QByteArray>("meta");
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("text");
        const QList<Sample> all = samples();
        QTest::newRow("koi8-r labelled utf-8") << QByteArray("<meta charset=\"utf-8\">") << QStringLiteral("KOI8-R")
                                               << QStringLiteral("koi8-r") << all[0].text;
        QTest::newRow("euc-kr labelled utf-8") << QByteArray("<meta charset=utf-8>") << QStringLiteral("EUC-KR")
                                               << QStringLiteral("euc-kr") << all[5].text;
        QTest::newRow("german 1252 labelled utf-8")
            << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">")
            << QStringLiteral("windows-1252") << QStringLiteral("windows-1252") << all[9].text;
        QTest::newRow("utf-8 labelled shift_jis") << QByteArray("<meta charset=shift_jis>") << QStringLiteral("UTF-8")
                                                  << QStringLiteral("utf-8") << all[1].text;
    }
    void undecodableDeclarationGivesWayToDetection()
    {
        QFETCH(QByteArray, meta);
        QFETCH(QString, charset);
        QFETCH(QString, expected);
        QFETCH(QString, text);
        const auto decoded = Charset::decodeHtml(htmlPage(meta, encoded(text, charset.toLatin1().constData())));
        QCOMPARE(decoded.encoding, expected);
        QVERIFY(decoded.source == Charset::Source::Detected || decoded.source == Charset::Source::Utf8);
        QVERIFY(decoded.text.contains(text));
    }

    void strayBytesDoNotOverrideUtf8()
    {
        // A UTF-8 page with one broken byte stays UTF-8, as in a browser.
        const QString text = samples()[0].text;
        const QByteArray bytes = htmlPage("<meta charset=utf-8>", text.toUtf8() + " \xFF " + text.toUtf8());
        const auto decoded = Charset::decodeHtml(bytes);
        QCOMPARE(decoded.encoding, QStringLiteral("utf-8"));
        QCOMPARE(decoded.source, Charset::Source::Document);
        QVERIFY(decoded.text.contains(text + QStringLiteral(" \uFFFD ")));
    }

    void declaredLabelIsKeptWhenItDecodes()
    {
        // Bytes a detector might read otherwise still follow a label they fit.
        const QString greek = samples()[8].text;
        const auto decoded
            = Charset::decodeHtml(htmlPage("<meta charset=windows-1253>", encoded(greek, "windows-1253")));
        QCOMPARE(decoded.encoding, QStringLiteral("windows-1253"));
        QCOMPARE(decoded.source, Charset::Source::Document);
        QVERIFY(decoded.text.contains(greek));
    }

    void xmlOrder()
    {
        const QString russian = samples()[0].text;
        const QByteArray body = "<rss><channel><title>" + encoded(russian, "windows-1251") + "</title></channel></rss>";
        // The HTTP charset beats the XML declaration.
        const auto http
            = Charset::decodeXml("<?xml version=\"1.0\" encoding=\"koi8-r\"?>" + body, QStringLiteral("windows-1251"));
        QCOMPARE(http.encoding, QStringLiteral("windows-1251"));
        QCOMPARE(http.source, Charset::Source::Http);
        QVERIFY(http.text.contains(russian));
        // Then the declaration.
        const auto declared = Charset::decodeXml("<?xml version=\"1.0\" encoding=\"windows-1251\"?>" + body);
        QCOMPARE(declared.source, Charset::Source::Document);
        QVERIFY(declared.text.contains(russian));
        // Then UTF-8 validity.
        const auto utf8 = Charset::decodeXml("<?xml version=\"1.0\"?><rss>" + russian.toUtf8() + "</rss>");
        QCOMPARE(utf8.encoding, QStringLiteral("utf-8"));
        QCOMPARE(utf8.source, Charset::Source::Utf8);
        // Then detection.
        const auto detected = Charset::decodeXml("<?xml version=\"1.0\"?>" + body);
        QCOMPARE(detected.encoding, QStringLiteral("windows-1251"));
        QCOMPARE(detected.source, Charset::Source::Detected);
    }

    void xmlUtf16DeclarationOnAsciiBytesIsUtf8()
    {
        const QByteArray bytes = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss><title>"
            + QStringLiteral("Grüße").toUtf8() + "</title></rss>";
        const auto decoded = Charset::decodeXml(bytes);
        QCOMPARE(decoded.encoding, QStringLiteral("utf-8"));
        QVERIFY(decoded.text.contains(QStringLiteral("<title>Grüße</title>")));
    }

    void htmlOrderSources()
    {
        const QByteArray utf8Body = QStringLiteral("Grüße aus Köln").toUtf8();
        QCOMPARE(Charset::decodeHtml(htmlPage({}, utf8Body), QStringLiteral("utf-8")).source, Charset::Source::Http);
        QCOMPARE(Charset::decodeHtml(htmlPage("<meta charset=utf-8>", utf8Body)).source, Charset::Source::Document);
        QCOMPARE(Charset::decodeHtml(htmlPage({}, utf8Body)).source, Charset::Source::Utf8);
        QCOMPARE(Charset::decodeHtml("\xEF\xBB\xBF" + htmlPage({}, utf8Body)).source, Charset::Source::Bom);
        // A meta tag past the first 1024 bytes is not read (the prescan limit).
        const QByteArray late
            = htmlPage(QByteArray(1100, ' ') + "<meta charset=windows-1251>", encoded(samples()[0].text, "KOI8-R"));
        QCOMPARE(Charset::decodeHtml(late).source, Charset::Source::Detected);
    }

    void badInputDoesNotCrash()
    {
        QByteArray junk;
        for (int i = 0; i < 70000; ++i)
            junk.append(char((i * 7919 + 13) & 0xFF));
        const auto html = Charset::decodeHtml(junk);
        QVERIFY(!html.encoding.isEmpty());
        QVERIFY(!html.text.isEmpty());
        const auto xml = Charset::decodeXml(junk.mid(1));
        QVERIFY(!xml.encoding.isEmpty());
    }

    void utf8Validation()
    {
        QVERIFY(Charset::isValidUtf8("plain"));
        QVERIFY(Charset::isValidUtf8("\xE2\x82\xAC"));
        QVERIFY(!Charset::isValidUtf8("\xC0\xAF")); // overlong
        QVERIFY(!Charset::isValidUtf8("\xED\xA0\x80")); // surrogate
        QVERIFY(!Charset::isValidUtf8("a\x80z"));
        QVERIFY(Charset::isValidUtf8("cut \xE2\x82")); // truncated download
        QVERIFY(Charset::isValidUtf8("cut \xF0\x9F\x98")); // four-byte sequence, three arrived
        QVERIFY(Charset::isValidUtf8("cut \xC3"));
        QVERIFY(!Charset::isValidUtf8("bad \xC3\x28 then cut \xE2\x82")); // an error before the cut still counts
        QVERIFY(!Charset::isValidUtf8("cut \xE2\x82\x41")); // not a cut: a broken sequence
        QVERIFY(!Charset::isValidUtf8("\x80\x80\x80\x80")); // continuation bytes only
        QVERIFY(!Charset::isValidUtf8("\xF8\x88\x80\x80\x80")); // five-byte form
        QVERIFY(!Charset::isValidUtf8("\xF4\x90\x80\x80")); // past U+10FFFF
        // Long ASCII runs around a multi-byte character, as on real pages.
        QVERIFY(Charset::isValidUtf8(QByteArray(1000, 'a') + "\xC3\xA9" + QByteArray(1000, 'b')));
        QVERIFY(!Charset::isValidUtf8(QByteArray(1000, 'a') + "\xC3" + QByteArray(1000, 'b')));
    }
};

QTEST_GUILESS_MAIN(TestCharset)
#include "tst_charset.moc"
