// The one image-URL policy (html/image_policy.h): placeholders, srcset
// ranking, sizes and tracking pixels. The sanitizer applies it to every image
// it writes, and the extractor's lead-image fallback is the first image it
// wrote (tst_article_extractor checks the two agree).

#include "html/image_policy.h"
#include "html/sanitizer.h"

#include <QTest>

using namespace Core;

class TestHtmlImagePolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void placeholder_data()
    {
        QTest::addColumn<QString>("src");
        QTest::addColumn<bool>("placeholder");
        const QString gif = QStringLiteral("data:image/gif;base64,");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("spaces") << QStringLiteral("  ") << true;
        QTest::newRow("photo") << QStringLiteral("https://cdn.example/photo.jpg") << false;
        QTest::newRow("blank.gif") << QStringLiteral("/img/blank.gif") << true;
        QTest::newRow("lazy placeholder png") << QStringLiteral("https://x.example/lazy-placeholder.png?v=2") << true;
        QTest::newRow("spacer") << QStringLiteral("spacer.gif") << true;
        QTest::newRow("loading svg") << QStringLiteral("/assets/loading.svg") << true;
        QTest::newRow("word only in folder") << QStringLiteral("/pixel/photo.jpg") << false;
        QTest::newRow("about:blank") << QStringLiteral("about:blank") << true;
        QTest::newRow("inline 132 chars") << gif + QString(132 - gif.size(), QLatin1Char('A')) << true;
        QTest::newRow("inline 133 chars") << gif + QString(133 - gif.size(), QLatin1Char('A')) << false;
        QTest::newRow("inline 199 chars") << gif + QString(199 - gif.size(), QLatin1Char('A')) << false;
        QTest::newRow("inline svg") << QStringLiteral("data:image/svg+xml,") + QString(300, QLatin1Char('a')) << true;
    }
    void placeholder()
    {
        QFETCH(QString, src);
        QFETCH(bool, placeholder);
        QCOMPARE(Html::isPlaceholder(src), placeholder);
    }

    void srcset_data()
    {
        QTest::addColumn<QString>("srcset");
        QTest::addColumn<QString>("largest");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("one, no descriptor") << QStringLiteral("a.jpg") << QStringLiteral("a.jpg");
        QTest::newRow("widths") << QStringLiteral("s.jpg 320w, l.jpg 1200w, m.jpg 640w") << QStringLiteral("l.jpg");
        QTest::newRow("densities") << QStringLiteral("a.jpg 1x, b.jpg 2x") << QStringLiteral("b.jpg");
        QTest::newRow("width beats density") << QStringLiteral("d.jpg 3x, w.jpg 100w") << QStringLiteral("w.jpg");
        QTest::newRow("no spaces after commas") << QStringLiteral("a.jpg 1x,b.jpg 2x") << QStringLiteral("b.jpg");
        QTest::newRow("comma in URL") << QStringLiteral("https://x.example/i/w_400,h_300/a.jpg 400w, b.jpg 200w")
                                      << QStringLiteral("https://x.example/i/w_400,h_300/a.jpg");
        QTest::newRow("first of equals") << QStringLiteral("a.jpg 2x, b.jpg 2x") << QStringLiteral("a.jpg");
    }
    void srcset()
    {
        QFETCH(QString, srcset);
        QFETCH(QString, largest);
        QCOMPARE(Html::largestSrcsetCandidate(srcset), largest);
    }

    void sizes_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("size");
        QTest::newRow("absent") << QString() << -1;
        QTest::newRow("plain") << QStringLiteral("640") << 640;
        QTest::newRow("px") << QStringLiteral(" 1px") << 1;
        QTest::newRow("percent") << QStringLiteral("100%") << 100;
        QTest::newRow("words") << QStringLiteral("auto") << -1;
    }
    void sizes()
    {
        QFETCH(QString, raw);
        QFETCH(int, size);
        QCOMPARE(Html::sizeValue(raw), size);
    }

    void trackingPixel_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("src");
        QTest::addColumn<bool>("pixel");
        QTest::newRow("1x1") << 1 << 1 << QStringLiteral("https://x.example/a.jpg") << true;
        QTest::newRow("zero height") << 600 << 0 << QStringLiteral("https://x.example/a.jpg") << true;
        QTest::newRow("photo") << 600 << 400 << QStringLiteral("https://x.example/a.jpg") << false;
        QTest::newRow("unsized photo") << -1 << -1 << QStringLiteral("https://x.example/a.jpg") << false;
        QTest::newRow("beacon host") << -1 << -1 << QStringLiteral("https://pixel.wp.com/g.gif") << true;
        QTest::newRow("feedburner") << -1 << -1 << QStringLiteral("http://feeds.feedburner.com/~r/x/~4/y") << true;
        QTest::newRow("beacon path, unsized") << -1 << -1 << QStringLiteral("https://x.example/track.gif") << true;
        QTest::newRow("beacon path, sized") << 300 << 200 << QStringLiteral("https://x.example/track.gif") << false;
        QTest::newRow("beacon path, 3px") << 3 << 3 << QStringLiteral("https://x.example/open/") << true;
    }
    void trackingPixel()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QString, src);
        QFETCH(bool, pixel);
        QCOMPARE(Html::isTrackingPixel(width, height, src), pixel);
    }

    // The attribute order the writer follows: a real src first, then the lazy
    // attributes, then srcsets; a placeholder src only when nothing else is there.
    void writerFollowsPolicy_data()
    {
        QTest::addColumn<QString>("img");
        QTest::addColumn<QString>("src");
        const QString stub = QStringLiteral("data:image/gif;base64,") + QString(140, QLatin1Char('A'));
        QTest::newRow("plain src") << QStringLiteral("<img src=\"/a.jpg\" data-src=\"/b.jpg\">")
                                   << QStringLiteral("https://site.example/a.jpg");
        QTest::newRow("placeholder, data-src") << QStringLiteral("<img src=\"/blank.gif\" data-src=\"/b.jpg\">")
                                               << QStringLiteral("https://site.example/b.jpg");
        QTest::newRow("lazy before srcset") << QStringLiteral("<img data-original=\"/o.jpg\" srcset=\"/s.jpg 2x\">")
                                            << QStringLiteral("https://site.example/o.jpg");
        QTest::newRow("data-srcset before srcset")
            << QStringLiteral("<img data-srcset=\"/d.jpg 100w\" srcset=\"/s.jpg 900w\">")
            << QStringLiteral("https://site.example/d.jpg");
        QTest::newRow("inline image over 133 chars kept")
            << QStringLiteral("<img src=\"") + stub + QStringLiteral("\">") << stub;
        QTest::newRow("tracking pixel dropped")
            << QStringLiteral("<img src=\"/a.jpg\" width=\"1\" height=\"1\">") << QString();
    }
    void writerFollowsPolicy()
    {
        QFETCH(QString, img);
        QFETCH(QString, src);
        const QString html = HtmlSanitizer::clean(
            QStringLiteral("<p>") + img + QStringLiteral("</p>"), QUrl(QStringLiteral("https://site.example/story")));
        if (src.isEmpty())
            QVERIFY2(!html.contains(QLatin1String("<img")), qPrintable(html));
        else
            QVERIFY2(html.contains(QStringLiteral("<img src=\"") + src + QLatin1Char('"')), qPrintable(html));
    }
};

QTEST_GUILESS_MAIN(TestHtmlImagePolicy)
#include "tst_html_image_policy.moc"
