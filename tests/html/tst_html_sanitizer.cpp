#include "base/charset.h"
#include "html/document.h"
#include "html/sanitizer.h"
#include "test_support.h"
#include "xss_battery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

using namespace Core;

namespace {

const QUrl base(QStringLiteral("https://example.com/news/story.html"));

QString clean(const QString &html)
{
    return HtmlSanitizer::clean(html, base);
}

// Reparses sanitised output and lists everything the allow-list should have
// stopped: the check does not trust the sanitizer's own string handling.
QStringList violations(const QString &output)
{
    static const QSet<QByteArray> elements = { "html", "body", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "q", "pre", "code", "kbd", "samp", "var", "em", "strong", "b",
        "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "abbr", "cite", "dfn", "time", "span", "div", "a",
        "img", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup",
        "col", "article", "section", "details", "summary", "ruby", "rt", "rp", "bdi", "bdo", "wbr" };
    static const QSet<QByteArray> attributes = { "href", "src", "alt", "title", "width", "height", "colspan", "rowspan",
        "scope", "datetime", "cite", "dir", "lang", "start", "reversed", "type", "value", "span", "open", "rel" };
    static const QRegularExpression safeUrl(QStringLiteral("^(https?://[^/?#]|mailto:)"));
    static const QRegularExpression safeData(QStringLiteral("^data:image/(png|jpeg|jpg|gif|webp)[;,]"));

    QStringList found;
    const QByteArray bytes = "<html><body>" + output.toUtf8();
    htmlDocPtr doc = htmlReadMemory(bytes.constData(), int(bytes.size()), nullptr, "UTF-8",
        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
    if (!doc)
        return { QStringLiteral("output does not reparse") };
    std::vector<xmlNodePtr> pending { xmlDocGetRootElement(doc) };
    while (!pending.empty()) {
        xmlNodePtr node = pending.back();
        pending.pop_back();
        for (xmlNodePtr child = node->children; child; child = child->next)
            pending.push_back(child);
        if (node->type == XML_COMMENT_NODE)
            found << QStringLiteral("comment");
        if (node->type != XML_ELEMENT_NODE)
            continue;
        const QByteArray name = QByteArray(reinterpret_cast<const char *>(node->name)).toLower();
        if (!elements.contains(name))
            found << QStringLiteral("element %1").arg(QString::fromUtf8(name));
        for (xmlAttrPtr attr = node->properties; attr; attr = attr->next) {
            const QByteArray attrName = QByteArray(reinterpret_cast<const char *>(attr->name)).toLower();
            if (!attributes.contains(attrName)) {
                found << QStringLiteral("attribute %1 on %2").arg(QString::fromUtf8(attrName), QString::fromUtf8(name));
                continue;
            }
            xmlChar *raw = xmlNodeListGetString(doc, attr->children, 1);
            const QString value = QString::fromUtf8(reinterpret_cast<const char *>(raw));
            xmlFree(raw);
            if (attrName == "href" || attrName == "src" || attrName == "cite") {
                const bool ok = safeUrl.match(value).hasMatch()
                    || (attrName == "src" && name == "img" && safeData.match(value).hasMatch());
                if (!ok)
                    found << QStringLiteral("url %1=%2").arg(QString::fromUtf8(attrName), value);
            }
        }
    }
    xmlFreeDoc(doc);
    return found;
}

// The words of an HTML fragment's visible text (script and style excluded).
int wordCount(const QString &html)
{
    const QByteArray bytes = "<html><body>" + html.toUtf8();
    htmlDocPtr doc = htmlReadMemory(bytes.constData(), int(bytes.size()), nullptr, "UTF-8",
        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | XML_PARSE_HUGE);
    if (!doc)
        return 0;
    int words = 0;
    static const QRegularExpression word(QStringLiteral("\\w+"), QRegularExpression::UseUnicodePropertiesOption);
    std::vector<xmlNodePtr> pending { xmlDocGetRootElement(doc) };
    while (!pending.empty()) {
        xmlNodePtr node = pending.back();
        pending.pop_back();
        if (node->type == XML_ELEMENT_NODE
            && (xmlStrcasecmp(node->name, BAD_CAST "script") == 0 || xmlStrcasecmp(node->name, BAD_CAST "style") == 0))
            continue;
        if (node->type == XML_TEXT_NODE && node->content) {
            auto it = word.globalMatch(QString::fromUtf8(reinterpret_cast<const char *>(node->content)));
            while (it.hasNext()) {
                it.next();
                ++words;
            }
        }
        for (xmlNodePtr child = node->children; child; child = child->next)
            pending.push_back(child);
    }
    xmlFreeDoc(doc);
    return words;
}

QString repeated(const QString &piece, int count)
{
    QString out;
    out.reserve(piece.size() * count);
    for (int i = 0; i < count; ++i)
        out += piece;
    return out;
}

// A real 8x8 PNG: inline pictures this size are kept, unlike 1x1 stand-ins.
const QString pngImage = QStringLiteral(
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAA00lEQVR42gHIADf/AAAAACUFAEoKAG8PAJQUALkZ"
    "AN4eAAMjAAALAR0wBh1VCx16EB2fFR3EGh3pHx0OJB0AFgI6Owc6YAw6hRE6qhY6zxs69CA6GSU6ACEDV0YIV2sNV5ASV7UXV9ocV/8hVyQmVwAs"
    "BHRRCXR2DnSbE3TAGHTlHXQKInQvJ3QANwWRXAqRgQ+RphSRyxmR8B6RFSOROiiRAEIGrmcLrowQrrEVrtYarvsfriAkrkUprgBNB8tyDMuXEcu8"
    "FsvhG8sGIMsrJctQKsv/RjuhhAu6agAAAABJRU5ErkJggg==");

// The XSS battery's own checks, on top of violations(): no URL from a script,
// style, meta, base, form, frame, object, SVG, MathML or handler survives as
// a link, picture or citation (HOST/never/...; as a title's text it is inert), no link target became a picture
// (HOST/link/...), and every picture is plain http(s) or an inline raster.
QStringList batteryProblems(const QString &output)
{
    QStringList found = violations(output);
    const QByteArray bytes = "<html><body>" + output.toUtf8();
    htmlDocPtr doc = htmlReadMemory(bytes.constData(), int(bytes.size()), nullptr, "UTF-8",
        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
    if (!doc)
        return found << QStringLiteral("output does not reparse");
    std::vector<xmlNodePtr> pending { xmlDocGetRootElement(doc) };
    while (!pending.empty()) {
        xmlNodePtr node = pending.back();
        pending.pop_back();
        for (xmlNodePtr child = node->children; child; child = child->next)
            pending.push_back(child);
        if (node->type != XML_ELEMENT_NODE)
            continue;
        const QByteArray name = QByteArray(reinterpret_cast<const char *>(node->name)).toLower();
        for (xmlAttrPtr attr = node->properties; attr; attr = attr->next) {
            const QByteArray attrName = QByteArray(reinterpret_cast<const char *>(attr->name)).toLower();
            xmlChar *raw = xmlNodeListGetString(doc, attr->children, 1);
            const QString value = QString::fromUtf8(reinterpret_cast<const char *>(raw));
            xmlFree(raw);
            const bool isUrl = attrName == "href" || attrName == "src" || attrName == "cite";
            if (isUrl && value.contains(QLatin1String("/never/")))
                found << QStringLiteral("%1 %2=%3 came from active content")
                             .arg(QString::fromUtf8(name), QString::fromUtf8(attrName), value);
            if (name == "img" && attrName == "src") {
                if (value.contains(QLatin1String("/link/")))
                    found << QStringLiteral("img src=%1 is a link target, not a picture").arg(value);
                if (!value.startsWith(QLatin1String("http://")) && !value.startsWith(QLatin1String("https://"))
                    && !value.startsWith(QLatin1String("data:image/png"))
                    && !value.startsWith(QLatin1String("data:image/gif"))
                    && !value.startsWith(QLatin1String("data:image/jpeg"))
                    && !value.startsWith(QLatin1String("data:image/webp")))
                    found << QStringLiteral("img src=%1 is not a web picture").arg(value);
            }
        }
    }
    xmlFreeDoc(doc);
    return found;
}

} // namespace

class TestHtmlSanitizer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostileCorpusIsNeutralised_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("forbidden"); // must not survive, case-insensitively
        const auto row = [](const char *name, const char *html, const char *forbidden) {
            QTest::newRow(name) << QString::fromUtf8(html) << QString::fromUtf8(forbidden);
        };
        row("script", "<p>a</p><script>alert(1)</script><p>b</p>", "alert");
        row("script upper", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "evil");
        row("script mixed case", "<ScRiPt>alert(1)</sCrIpT>", "alert");
        row("script slash attr", "<script/xss src=x>alert(1)</script>", "alert");
        row("script double angle", "<<script>alert(1);//<</script>", "alert");
        row("script unterminated", "<p>ok</p><script>alert(1)", "alert");
        row("img onerror", "<img src=x onerror=alert(1)>", "onerror");
        row("img onerror no quotes spacing", "<img src=\"/a.png\"\tONERROR\n=alert(1)>", "onerror");
        row("body onload", "<body onload=alert(1)><p>x</p></body>", "onload");
        row("a onclick", "<a href=\"http://ok.example/\" onclick=\"alert(1)\" onmouseover=alert(1)>x</a>", "alert");
        row("js href", "<a href=\"javascript:alert(1)\">x</a>", "javascript");
        row("js href case", "<a href=\"JaVaScRiPt:alert(1)\">x</a>", "javascript");
        row("js href decimal entities",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>", "alert");
        row("js href hex entities", "<a href=\"&#x6A;&#x61;vascript&#x3A;alert(1)\">x</a>", "alert");
        row("js href padded entities", "<a href=\"&#0000106avascript:alert(1)\">x</a>", "alert");
        row("js href tab", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "alert");
        row("js href newline", "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>", "alert");
        row("js href cr raw", "<a href=\"java\rscript:alert(1)\">x</a>", "alert");
        row("js href leading control", "<a href=\" &#14;  javascript:alert(1)\">x</a>", "alert");
        row("js href leading spaces", "<a href=\"   javascript:alert(1)\">x</a>", "alert");
        row("js href html5 colon entity", "<a href=\"javascript&colon;alert(1)\">x</a>", "javascript:");
        row("vbscript", "<a href=\"vbscript:msgbox(1)\">x</a>", "vbscript");
        row("livescript", "<a href=\"livescript:alert(1)\">x</a>", "livescript");
        row("data html", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>", "data:");
        row("data svg img", "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">", "svg");
        row("svg onload", "<svg onload=alert(1)><circle r=1 /></svg>", "alert");
        row("svg script", "<svg><script>alert(1)</script></svg>", "alert");
        row("svg a xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>", "javascript");
        row("math mxss", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "onerror");
        row("math href", "<math href=\"javascript:alert(1)\">CLICK</math>", "javascript");
        row("style attr expression", "<p style=\"width: expression(alert(1))\">x</p>", "expression");
        row("style attr url", "<div style=\"background:url(javascript:alert(1))\">x</div>", "javascript");
        row("style element", "<style>@import 'http://evil.example/x.css'; body{color:red}</style><p>x</p>", "evil");
        row("link stylesheet", "<link rel=stylesheet href=\"http://evil.example/x.css\"><p>x</p>", "evil");
        row("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><p>x</p>", "refresh");
        row("base href", "<base href=\"http://evil.example/\"><a href=\"/a\">a</a>", "evil");
        row("form action", "<form action=\"javascript:alert(1)\"><input type=submit value=go></form>", "javascript");
        row("button formaction", "<button formaction=\"javascript:alert(1)\">go</button>", "javascript");
        row("input autofocus", "<input autofocus onfocus=alert(1)>", "onfocus");
        row("textarea", "<textarea><script>alert(1)</script></textarea>", "alert");
        row("select", "<select><option>evil</option></select>", "evil");
        row("iframe srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>", "alert");
        row("iframe js", "<iframe src=\"javascript:alert(1)\"></iframe>", "javascript");
        row("frameset", "<frameset onload=alert(1)><frame src=\"http://evil.example/\"></frameset>", "evil");
        row("object", "<object data=\"http://evil.example/x.swf\"><param name=a value=b></object>", "evil");
        row("embed", "<embed src=\"http://evil.example/x.swf\">", "evil");
        row("applet", "<applet code=\"Evil.class\">evil</applet>", "evil");
        row("comment script", "<!--<script>alert(1)--><p>x</p>", "alert");
        row("comment ie conditional", "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->", "alert");
        row("comment breakout", "<!-- --!><script>alert(1)</script> -->", "alert");
        row("attr breakout", "<img \"\"\"><script>alert(1)</script>\">", "<script");
        row("nested tag in tag", "<div <script>alert(1)</script>>x</div>", "<script");
        row("unterminated attr", "<img src=\"http://ok.example/a.png onerror=alert(1)", " onerror");
        row("table background", "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>", "javascript");
        row("img dynsrc lowsrc", "<img dynsrc=\"javascript:alert(1)\" lowsrc=\"javascript:alert(1)\">", "javascript");
        row("img srcset js", "<img srcset=\"javascript:alert(1) 2x\">", "javascript");
        row("img js src", "<img src=\"javascript:alert(1)\">", "javascript");
        row("video onerror", "<video><source onerror=\"alert(1)\"></video>", "alert");
        row("audio onerror", "<audio src=x onerror=alert(1)>", "onerror");
        row("details ontoggle", "<details open ontoggle=alert(1)><summary>s</summary></details>", "ontoggle");
        row("blockquote cite js", "<blockquote cite=\"javascript:alert(1)\">q</blockquote>", "javascript");
        row("template", "<template><script>alert(1)</script></template>", "alert");
        row("noscript mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "onerror");
        row("title element", "<title><script>alert(1)</script></title>", "alert");
        row("xmp", "<xmp><script>alert(1)</script></xmp>", "<script");
        row("isindex", "<isindex action=\"javascript:alert(1)\" type=image>", "javascript");
        row("cdata", "<![CDATA[<script>alert(1)</script>]]><p>x</p>", "<script");
        row("dialog", "<dialog open>evil</dialog>", "evil");
        row("canvas", "<canvas>evil</canvas>", "evil");
        row("class id", "<p class=\"evil\" id=\"evil\" data-x=\"evil\">x</p>", "evil");
        row("xss element style", "<xss style=\"behavior:url(evil.htc)\">x</xss>", "evil");
        row("mailto script", "<a href=\"mailto:a@b.example?body=<script>\">m</a>", "<script");
        row("quote in attr", "<a href=\"http://ok.example/\" title='\"><script>alert(1)</script>'>x</a>", "<script");
    }
    void hostileCorpusIsNeutralised()
    {
        QFETCH(QString, html);
        QFETCH(QString, forbidden);
        const QString output = clean(html);
        QVERIFY2(!output.contains(forbidden, Qt::CaseInsensitive), qPrintable(output));
        const QStringList problems = violations(output);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; ")) + QStringLiteral(" in ") + output));
    }

    // Issue 12, point 5: the battery shared with the reading pane's
    // end-to-end test, through both writers (feed content through clean(),
    // article pages through the extractor's node table).
    void xssBatteryIsInert_data()
    {
        QTest::addColumn<QString>("html");
        for (const TestSupport::XssVector &vector : TestSupport::xssBattery())
            QTest::newRow(vector.name) << TestSupport::xssVectorHtml(vector, QStringLiteral("http://evil.example"));
    }
    void xssBatteryIsInert()
    {
        QFETCH(QString, html);
        const QUrl pageBase(QStringLiteral("http://evil.example/articles/story.html"));
        const QString fromFeed = HtmlSanitizer::clean(html, pageBase);
        const QStringList feedProblems = batteryProblems(fromFeed);
        QVERIFY2(feedProblems.isEmpty(),
            qPrintable(QStringLiteral("clean(): %1\n  in: %2").arg(feedProblems.join(QStringLiteral("; ")), fromFeed)));

        const QByteArray page = "<!DOCTYPE html><html><head><title>t</title></head><body><article><p>Lead.</p>"
            + html.toUtf8() + "<p>End.</p></article></body></html>";
        const Html::Document doc(page);
        QVERIFY(doc.isValid());
        HtmlSanitizer::DocumentWriter writer(doc, pageBase);
        writer.write(doc.body);
        const QString fromPage = writer.takeHtml();
        const QStringList pageProblems = batteryProblems(fromPage);
        QVERIFY2(pageProblems.isEmpty(),
            qPrintable(
                QStringLiteral("DocumentWriter: %1\n  in: %2").arg(pageProblems.join(QStringLiteral("; ")), fromPage)));
        const QString firstImage = writer.firstImageUrl();
        QVERIFY2(firstImage.isEmpty() || firstImage.startsWith(QLatin1String("http")), qPrintable(firstImage));
        QVERIFY2(!firstImage.contains(QLatin1String("/never/")), qPrintable(firstImage));
    }

    void positiveCases_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const QString &html, const QString &expected) {
            QTest::newRow(name) << html << expected;
        };
        row("relative link made absolute", QStringLiteral("<a href=\"../about?x=1#top\">About</a>"),
            QStringLiteral("<a href=\"https://example.com/about?x=1#top\" rel=\"noopener noreferrer\">About</a>"));
        row("protocol relative", QStringLiteral("<a href=\"//cdn.example.org/a\">a</a>"),
            QStringLiteral("<a href=\"https://cdn.example.org/a\" rel=\"noopener noreferrer\">a</a>"));
        row("mailto kept", QStringLiteral("<a href=\"mailto:desk@example.com\">Mail</a>"),
            QStringLiteral("<a href=\"mailto:desk@example.com\" rel=\"noopener noreferrer\">Mail</a>"));
        row("anchor without href unwrapped", QStringLiteral("<p><a name=\"x\">text</a></p>"),
            QStringLiteral("<p>text</p>"));
        row("table kept",
            QStringLiteral("<table border=1 class=t><caption>Votes</caption><thead><tr><th scope=col>Party</th>"
                           "<th>Seats</th></tr></thead><tbody><tr><td colspan=\"2\" style=\"x\">None</td></tr>"
                           "</tbody></table>"),
            QStringLiteral("<table><caption>Votes</caption><thead><tr><th scope=\"col\">Party</th><th>Seats</th>"
                           "</tr></thead><tbody><tr><td colspan=\"2\">None</td></tr></tbody></table>"));
        row("figure kept",
            QStringLiteral("<figure class=\"wp\"><img src=\"/img/a.jpg\" alt=\"A &amp; B\" width=\"640\" "
                           "height=\"360\" loading=lazy><figcaption>Caption</figcaption></figure>"),
            QStringLiteral("<figure><img src=\"https://example.com/img/a.jpg\" alt=\"A &amp; B\" width=\"640\" "
                           "height=\"360\"><figcaption>Caption</figcaption></figure>"));
        row("tracking pixel 1x1 dropped",
            QStringLiteral("<p>x<img src=\"https://stats.example.net/p.gif?id=1\" width=\"1\" height=\"1\"></p>"),
            QStringLiteral("<p>x</p>"));
        row("feedburner beacon dropped",
            QStringLiteral("<p>x</p><img src=\"http://feeds.feedburner.com/~r/Example/~4/abc\" height=\"1\" "
                           "width=\"1\" alt=\"\"><a href=\"http://feeds.feedburner.com/~ff/Example?a=1\">"
                           "<img src=\"http://feeds.feedburner.com/~ff/Example?d=yIl2AUoC8zA\" border=\"0\"></a>"),
            QStringLiteral("<p>x</p>"));
        row("beacon path without size dropped", QStringLiteral("<img src=\"https://t.example.net/pixel.gif?u=7\">"),
            QString());
        row("data png kept", QStringLiteral("<img src=\"%1\" alt=\"dot\">").arg(pngImage),
            QStringLiteral("<img src=\"%1\" alt=\"dot\">").arg(pngImage));
        row("lazy data-src over gif placeholder",
            QStringLiteral(
                "<img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\" "
                "data-src=\"/img/real.jpg\" alt=\"r\">"),
            QStringLiteral("<img src=\"https://example.com/img/real.jpg\" alt=\"r\">"));
        row("lazy data-original over blank",
            QStringLiteral("<img src=\"/static/blank.gif\" data-original=\"https://img.example.org/p.webp\">"),
            QStringLiteral("<img src=\"https://img.example.org/p.webp\">"));
        row("lazy placeholder file replaced",
            QStringLiteral("<img src=\"/img/lazy.gif\" data-lazy-src=\"/img/big.jpg\" alt=\"b\">"),
            QStringLiteral("<img src=\"https://example.com/img/big.jpg\" alt=\"b\">"));
        row("placeholder-like name kept without alternative",
            QStringLiteral("<img src=\"/img/lazyload-demo.jpg\" width=\"640\" height=\"480\">"),
            QStringLiteral("<img src=\"https://example.com/img/lazyload-demo.jpg\" width=\"640\" height=\"480\">"));
        row("srcset largest when src missing",
            QStringLiteral("<img srcset=\"/a-320.jpg 320w, /a-1024.jpg 1024w, /a-640.jpg 640w\" alt=\"\">"),
            QStringLiteral("<img src=\"https://example.com/a-1024.jpg\" alt=\"\">"));
        row("srcset density", QStringLiteral("<img data-srcset=\"/b.jpg, /b@3x.jpg 3x, /b@2x.jpg 2x\">"),
            QStringLiteral("<img src=\"https://example.com/b@3x.jpg\">"));
        row("picture reduced to img",
            QStringLiteral("<picture><source media=\"(min-width: 800px)\" srcset=\"/w.avif 1600w\">"
                           "<img src=\"/p.jpg\" alt=\"P\"></picture>"),
            QStringLiteral("<img src=\"https://example.com/p.jpg\" alt=\"P\">"));
        row("picture without img src uses source",
            QStringLiteral("<picture><source srcset=\"/s-400.jpg 400w, /s-800.jpg 800w\"><img alt=\"S\"></picture>"),
            QStringLiteral("<img src=\"https://example.com/s-800.jpg\" alt=\"S\">"));
        row("noscript fallback deduplicated",
            QStringLiteral("<img src=\"/spacer.gif\" data-src=\"/a.jpg\"><noscript><img src=\"/a.jpg\"></noscript>"),
            QStringLiteral("<img src=\"https://example.com/a.jpg\">"));
        row("noscript only image shown",
            QStringLiteral("<div class=\"js-lazy\"></div><noscript><img src=\"/only.jpg\" alt=\"o\"></noscript>"),
            QStringLiteral("<img src=\"https://example.com/only.jpg\" alt=\"o\">"));
        row("noscript text dropped", QStringLiteral("<noscript>Please enable JavaScript</noscript><p>x</p>"),
            QStringLiteral("<p>x</p>"));
        row("entities decoded and re-escaped",
            QStringLiteral("<p>Fish &amp; chips &lt;3 &eacute;t&eacute; &#x263A; &quot;q&quot; &nbsp;</p>"),
            QStringLiteral("<p>Fish &amp; chips &lt;3 \u00e9t\u00e9 \u263A \"q\" \u00a0</p>"));
        row("unknown element unwrapped",
            QStringLiteral("<custom-card><p>one</p><font color=red>two</font></custom-card>"),
            QStringLiteral("<p>one</p>two"));
        row("structure renamed", QStringLiteral("<header>h</header><main><p>m</p></main><footer>f</footer>"),
            QStringLiteral("<div>h</div><div><p>m</p></div><div>f</div>"));
        row("hidden dropped", QStringLiteral("<p>a</p><div hidden>h</div><span style=\"display: none\">n</span>"),
            QStringLiteral("<p>a</p>"));
        row("lists keep their attributes",
            QStringLiteral("<ol start=\"3\" reversed type=\"a\" class=x><li value=\"7\">x</li></ol>"),
            QStringLiteral("<ol start=\"3\" reversed=\"\" type=\"a\"><li value=\"7\">x</li></ol>"));
        row("quote cite absolute",
            QStringLiteral("<blockquote cite=\"/source\" lang=\"en-GB\" dir=\"LTR\">q</blockquote>"),
            QStringLiteral(
                "<blockquote cite=\"https://example.com/source\" lang=\"en-GB\" dir=\"ltr\">q</blockquote>"));
        row("time kept", QStringLiteral("<time datetime=\"2024-05-17T09:00:00+05:00\">May 17</time>"),
            QStringLiteral("<time datetime=\"2024-05-17T09:00:00+05:00\">May 17</time>"));
        row("video reduced to link",
            QStringLiteral("<video controls autoplay src=\"/v.mp4\" poster=\"/v.jpg\">Your browser cannot</video>"),
            QStringLiteral("<a href=\"https://example.com/v.mp4\" rel=\"noopener noreferrer\">"
                           "<img src=\"https://example.com/v.jpg\" alt=\"\"></a>"));
        row("audio source reduced to link",
            QStringLiteral(
                "<audio controls><source src=\"https://cdn.example.org/a.mp3\" type=\"audio/mpeg\"></audio>"),
            QStringLiteral("<a href=\"https://cdn.example.org/a.mp3\" rel=\"noopener noreferrer\">"
                           "https://cdn.example.org/a.mp3</a>"));
        row("cjk and rtl text",
            QStringLiteral("<p lang=\"zh\">\u4e60\u8fd1\u5e73</p><p dir=\"rtl\">\u0645\u0631\u062d\u0628\u0627</p>"),
            QStringLiteral("<p lang=\"zh\">\u4e60\u8fd1\u5e73</p><p dir=\"rtl\">\u0645\u0631\u062d\u0628\u0627</p>"));
        row("leading text stays bare", QStringLiteral("Hello <b>world</b>"), QStringLiteral("Hello <b>world</b>"));
        row("void elements", QStringLiteral("a<br/>b<hr class=x>c<wbr>d"), QStringLiteral("a<br>b<hr>c<wbr>d"));
        row("control characters stripped", QStringLiteral("<p>a\u0001b\u0008c</p>"), QStringLiteral("<p>abc</p>"));
        row("meta charset does not re-decode",
            QStringLiteral("<meta charset=windows-1251><p>\u041f\u0440\u0438\u0432\u0435\u0442 caf\u00e9</p>"),
            QStringLiteral("<p>\u041f\u0440\u0438\u0432\u0435\u0442 caf\u00e9</p>"));
        row("xml declaration does not re-decode",
            QStringLiteral("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><p>\u201cq\u201d caf\u00e9</p>"),
            QStringLiteral("<p>\u201cq\u201d caf\u00e9</p>"));
        row("nul does not truncate", QStringLiteral("<p>a") + QChar(0) + QStringLiteral("b</p><p>after</p>"),
            QStringLiteral("<p>a b</p><p>after</p>"));
        row("empty", QString(), QString());
    }
    void positiveCases()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        const QString output = clean(html);
        QCOMPARE(output, expected);
        QVERIFY(violations(output).isEmpty());
    }

    void cleaningIsIdempotent()
    {
        const QString html = QStringLiteral(
            "<article><h1>T</h1><p>Some <a href=\"/x\">link</a> &amp; <em>text</em>.</p>"
            "<figure><img src=\"/a.jpg\" alt=\"a\"><figcaption>c</figcaption></figure>"
            "<ul><li>one</li><li>two</li></ul><table><tbody><tr><td>1</td></tr></tbody></table></article>");
        const QString once = clean(html);
        QCOMPARE(clean(once), once);
    }

    void relativeLinksWithoutBaseAreDropped()
    {
        QCOMPARE(HtmlSanitizer::clean(QStringLiteral("<a href=\"/x\">x</a><img src=\"/a.png\">"), QUrl()),
            QStringLiteral("x"));
        QCOMPARE(HtmlSanitizer::clean(QStringLiteral("<a href=\"https://a.example/\">x</a>"), QUrl()),
            QStringLiteral("<a href=\"https://a.example/\" rel=\"noopener noreferrer\">x</a>"));
    }

    void deepNestingIsFlattened()
    {
        const int depth = 20000;
        const QString html = repeated(QStringLiteral("<div><span>"), depth) + QStringLiteral("deep")
            + repeated(QStringLiteral("</span></div>"), depth);
        const QString output = clean(html);
        QVERIFY(output.contains(QStringLiteral("deep")));
        QVERIFY(output.count(QStringLiteral("<div>")) + output.count(QStringLiteral("<span>")) <= 200);
        QCOMPARE(output.count(QStringLiteral("<div>")), output.count(QStringLiteral("</div>")));
        QCOMPARE(output.count(QStringLiteral("<span>")), output.count(QStringLiteral("</span>")));
        QVERIFY(violations(output).isEmpty());
    }

    void hostileSizesStayBounded()
    {
        QElapsedTimer timer;
        timer.start();
        QString attributes;
        for (int i = 0; i < 1000000; ++i)
            attributes += QStringLiteral(" a%1=1").arg(i);
        QCOMPARE(clean(QStringLiteral("<p") + attributes + QStringLiteral(">kept</p>")), QStringLiteral("<p>kept</p>"));
        const qint64 attributesMs = timer.restart();
        const QString elements = clean(repeated(QStringLiteral("<b>x</b>"), 200000));
        QCOMPARE(elements.count(QStringLiteral("<b>")), 200000);
        const qint64 elementsMs = timer.restart();
        const QString text = clean(QString(50 << 20, QLatin1Char('y')));
        QVERIFY(text.size() >= 50 << 20);
        const qint64 textMs = timer.restart();
        const QString deep = clean(repeated(QStringLiteral("<div>"), 100000) + QStringLiteral("deep"));
        QVERIFY(deep.contains(QStringLiteral("deep")));
        qInfo("a million attributes %lld ms, 200,000 elements %lld ms, 50 MB of text %lld ms, "
              "100,000 unclosed divs %lld ms",
            attributesMs, elementsMs, textMs, timer.elapsed());
    }

    void unclosedNestingIsBounded()
    {
        const QString html = repeated(QStringLiteral("<b><i><blockquote>"), 5000) + QStringLiteral("end");
        const QString output = clean(html);
        QVERIFY(output.contains(QStringLiteral("end")));
        QVERIFY(output.count(QLatin1Char('<')) <= 2 * 200);
    }

    void tenMebibytesAreHandled()
    {
        QString html;
        const QString block
            = QStringLiteral("<p class=\"c\" onclick=\"x()\">Lorem ipsum <a href=\"/l\">dolor</a> sit &amp; amet, "
                             "<img src=\"/i.png\" width=\"1\" height=\"1\"><script>bad()</script></p>\n");
        while (html.size() < 10 * 1024 * 1024)
            html += block;
        const QString output = clean(html);
        QVERIFY(output.size() > html.size() / 4);
        QVERIFY(!output.contains(QStringLiteral("bad()")));
        QVERIFY(!output.contains(QStringLiteral("onclick")));
    }

    void oneHugeTextNode()
    {
        const QString html = QStringLiteral("<p>") + QString(12 * 1024 * 1024, QLatin1Char('a'))
            + QStringLiteral("</p><script>x</script>");
        const QString output = clean(html);
        QVERIFY(!output.contains(QStringLiteral("<script")));
        QVERIFY(output.startsWith(QStringLiteral("<p>aaaa")));
    }

    void binaryGarbageNeverCrashes()
    {
        QByteArray garbage;
        quint32 state = 12345;
        for (int i = 0; i < 200000; ++i) {
            state = state * 1103515245u + 12345u;
            garbage += char(state >> 24);
            if (i % 97 == 0)
                garbage += "<a href=\"javascript:x\"><svg><script>";
        }
        const QString output = clean(QString::fromLatin1(garbage));
        QVERIFY(!output.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(violations(output).isEmpty());
    }

    // Real pages: whole source pages must come out clean, and the article
    // bodies Readability.js extracted must keep their text.
    void readabilityCorpus()
    {
        TIDINGS_REQUIRE_SHARED(corpus, "corpus/readability");
        const QStringList pages = QDir(corpus).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(!pages.isEmpty());
        int checked = 0;
        int unsafe = 0;
        double retentionSum = 0;
        double worstRetention = 1;
        QString worstPage;
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
        const QUrl pageBase(QStringLiteral("http://fakehost/test/page.html"));
        for (const QString &page : pages) {
            const QByteArray source
                = TestSupport::readFile(corpus + QLatin1Char('/') + page + QStringLiteral("/source.html"));
            const QByteArray expected
                = TestSupport::readFile(corpus + QLatin1Char('/') + page + QStringLiteral("/expected.html"));
            if (source.isEmpty() || expected.isEmpty())
                continue;
            const QString cleanedPage = HtmlSanitizer::clean(Charset::decodeHtml(source).text, pageBase);
            const QStringList problems = violations(cleanedPage);
            if (!problems.isEmpty()) {
                ++unsafe;
                qWarning() << page << problems.mid(0, 3);
            }
            const QString body = QString::fromUtf8(expected);
            const QString cleanedBody = HtmlSanitizer::clean(body, pageBase);
            if (!violations(cleanedBody).isEmpty())
                ++unsafe;
            const int before = wordCount(body);
            const double retention = before > 0 ? double(wordCount(cleanedBody)) / before : 1.0;
            if (retention < 0.98)
                qInfo("low retention %.3f %s", retention, qPrintable(page));
            retentionSum += retention;
            if (retention < worstRetention) {
                worstRetention = retention;
                worstPage = page;
            }
            bytesIn += source.size();
            bytesOut += cleanedPage.toUtf8().size();
            ++checked;
        }
        const double meanRetention = checked ? retentionSum / checked : 0;
        qInfo("readability corpus: %d pages, %d unsafe outputs, body word retention mean %.4f, worst %.4f (%s), "
              "pages %lld bytes -> %lld bytes",
            checked, unsafe, meanRetention, worstRetention, qPrintable(worstPage), bytesIn, bytesOut);
        QVERIFY(checked >= 100);
        QCOMPARE(unsafe, 0);
        QVERIFY(meanRetention >= 0.99);
    }

    // Feeds hand over XHTML content from an XML tree: names may be upper
    // case there and nothing is interned.
    void writerAcceptsXhtmlTrees()
    {
        const QByteArray xml = "<entry xmlns=\"http://www.w3.org/2005/Atom\"><content type=\"xhtml\">"
                               "<div xmlns=\"http://www.w3.org/1999/xhtml\"><P CLASS=\"x\">Upper <EM>case</EM></P>"
                               "<a href=\"/x\" onclick=\"y()\">link</a><script>z()</script>"
                               "<![CDATA[<b>not markup</b>]]></div></content></entry>";
        xmlDocPtr doc = xmlReadMemory(xml.constData(), int(xml.size()), nullptr, "UTF-8", XML_PARSE_NONET);
        QVERIFY(doc);
        xmlNodePtr div = xmlDocGetRootElement(doc)->children->children;
        QVERIFY(div && xmlStrcmp(div->name, BAD_CAST "div") == 0);
        HtmlSanitizer::Options options;
        options.includeRoot = false;
        QCOMPARE(HtmlSanitizer::cleanNode(div, base, options),
            QStringLiteral("<p>Upper <em>case</em></p><a href=\"https://example.com/x\" rel=\"noopener noreferrer\">"
                           "link</a>&lt;b&gt;not markup&lt;/b&gt;"));
        xmlFreeDoc(doc);
    }

    void writerSerialisesSubtreeWithSkip()
    {
        const QByteArray page = "<html><body><div id=\"story\"><p>Keep me.</p><div class=\"ad\">Advertisement</div>"
                                "<p>And <a href=\"/more\">me</a>.</p><script>x()</script></div></body></html>";
        htmlDocPtr doc = htmlReadMemory(page.constData(), int(page.size()), "https://example.com/", "UTF-8",
            HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
        QVERIFY(doc);
        xmlNodePtr body = xmlDocGetRootElement(doc)->children;
        while (body && xmlStrcmp(body->name, BAD_CAST "body") != 0)
            body = body->next;
        QVERIFY(body);
        xmlNodePtr story = body->children;

        HtmlSanitizer::Options options;
        options.includeRoot = false;
        options.skip = [](const _xmlNode *node) {
            xmlChar *cls = xmlGetProp(node, BAD_CAST "class");
            const bool isAd = cls && xmlStrcmp(cls, BAD_CAST "ad") == 0;
            xmlFree(cls);
            return isAd;
        };
        QCOMPARE(HtmlSanitizer::cleanNode(story, base, options),
            QStringLiteral("<p>Keep me.</p><p>And <a href=\"https://example.com/more\" rel=\"noopener noreferrer\">"
                           "me</a>.</p>"));
        QCOMPARE(HtmlSanitizer::cleanNode(story, base),
            QStringLiteral("<div><p>Keep me.</p><div>Advertisement</div><p>And <a href=\"https://example.com/more\" "
                           "rel=\"noopener noreferrer\">me</a>.</p></div>"));

        options.includeRoot = true;
        HtmlSanitizer::Writer writer(base, options);
        writer.write(story->children); // first p
        writer.write(story->children->next); // the ad: skipped
        QCOMPARE(writer.takeHtml(), QStringLiteral("<p>Keep me.</p>"));
        QVERIFY(writer.html().isEmpty());
        xmlFreeDoc(doc);
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_html_sanitizer.moc"
