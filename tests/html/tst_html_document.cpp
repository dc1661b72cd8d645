// The HTML layer's node table is built from libxml2's SAX events, not from a
// libxml2 tree. These tests hold it to the tree libxml2's own builder makes
// from the same bytes (same elements, parents, names, attributes and text, in
// the same order), on the awkward inputs where the two could part ways, and
// check that the table's sanitised HTML matches the tree writer's.

#include "html/document.h"
#include "html/markup_limits.h"
#include "html/sanitizer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <cstring>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

using namespace Core;
using Html::Document;
using Html::Node;
using Html::Tag;

namespace {

// The options Html::Document parses with.
constexpr int TreeOptions = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
    | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;

struct Tree {
    explicit Tree(const QByteArray &html)
        : doc(htmlReadMemory(html.constData(), int(html.size()), nullptr, "UTF-8", TreeOptions))
    {
    }
    ~Tree()
    {
        if (doc)
            xmlFreeDoc(doc);
    }
    Tree(const Tree &) = delete;
    Tree &operator=(const Tree &) = delete;
    xmlNode *root() const { return doc ? xmlDocGetRootElement(doc) : nullptr; }
    htmlDocPtr doc;
};

// One line per element or text node, in document order: depth, then the
// element's name and attributes or the text. The same listing is made from
// the tree and from the table.
QStringList treeListing(const xmlNode *root)
{
    QStringList lines;
    struct Item {
        const xmlNode *node;
        int depth;
    };
    std::vector<Item> stack;
    if (root)
        stack.push_back({ root, 0 });
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        const xmlNode *x = item.node;
        const QString indent = QString::number(item.depth) + QLatin1Char(' ');
        if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
            lines << indent + QStringLiteral("#text ") + QString::fromUtf8(reinterpret_cast<const char *>(x->content));
            continue;
        }
        if (x->type != XML_ELEMENT_NODE)
            continue;
        QString line = indent + QString::fromUtf8(reinterpret_cast<const char *>(x->name));
        for (const xmlAttr *a = x->properties; a; a = a->next) {
            const char *value
                = a->children && a->children->content ? reinterpret_cast<const char *>(a->children->content) : "";
            line += QLatin1Char(' ') + QString::fromUtf8(reinterpret_cast<const char *>(a->name))
                + QStringLiteral("=\"") + QString::fromUtf8(value) + QLatin1Char('"');
        }
        lines << line;
        std::vector<const xmlNode *> children;
        for (const xmlNode *c = x->children; c; c = c->next)
            children.push_back(c);
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack.push_back({ *it, item.depth + 1 });
    }
    return lines;
}

QStringList tableListing(const Document &doc)
{
    QStringList lines;
    for (const Node &n : doc.nodes) {
        const QString indent = QString::number(n.depth) + QLatin1Char(' ');
        if (n.tag == Tag::Text) {
            const std::string_view t = doc.textOf(n);
            lines << indent + QStringLiteral("#text ") + QString::fromUtf8(t.data(), qsizetype(t.size()));
            continue;
        }
        QString line = indent + QString::fromUtf8(doc.name(n));
        for (const auto *a = doc.attributesBegin(n); a != doc.attributesEnd(n); ++a)
            line += QLatin1Char(' ') + QString::fromUtf8(doc.attributeName(*a)) + QStringLiteral("=\"")
                + QString::fromUtf8(doc.attributeValue(*a)) + QLatin1Char('"');
        lines << line;
    }
    return lines;
}

// Parents and subtree ends must agree with the depths the listing shows.
void checkStructure(const Document &doc)
{
    for (size_t i = 0; i < doc.nodes.size(); ++i) {
        const Node &n = doc.nodes[i];
        QVERIFY(n.end > int(i) && n.end <= int(doc.nodes.size()));
        if (n.parent >= 0) {
            const Node &p = doc.nodes[size_t(n.parent)];
            QCOMPARE(int(n.depth), int(p.depth) + 1);
            QVERIFY(doc.isAncestor(n.parent, int(i)));
            QVERIFY(n.end <= p.end);
        }
    }
}

QByteArray nested(int depth, const char *open, const char *close, const char *inner)
{
    QByteArray html = "<html><body>";
    for (int i = 0; i < depth; ++i)
        html += open;
    html += inner;
    for (int i = 0; i < depth; ++i)
        html += close;
    return html + "<p>after</p></body></html>";
}

} // namespace

class TestExtractDom : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The one table of void elements (the feed serialiser and repairer use it).
    void voidElements_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("isVoid");
        for (const char *name : { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                 "source", "track", "wbr" })
            QTest::newRow(name) << QByteArray(name) << true;
        for (const char *name : { "p", "div", "a", "script", "iframe", "video", "BR", "image", "" })
            QTest::newRow(name[0] ? name : "empty") << QByteArray(name) << false;
    }
    void voidElements()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, isVoid);
        QCOMPARE(Html::isVoidElement(std::string_view(name.constData(), size_t(name.size()))), isVoid);
    }

    void matchesLibxml2Tree_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("plain") << QByteArray("<!DOCTYPE html><html lang=en><head><title>T</title></head>"
                                             "<body><p class=\"a b\">Hello <b>big</b> world</p></body></html>");
        QTest::newRow("implied structure") << QByteArray("just text <p>one<p>two<li>three<td>four");
        QTest::newRow("auto-closed") << QByteArray("<body><table><tr><td>a<td>b<tr><td>c</table><p>x<div>y</div>"
                                                   "<ul><li>1<li>2</ul><dl><dt>a<dd>b</dl>");
        QTest::newRow("stray after html, no doctype")
            << QByteArray("<html><body><p>x</p></body></html><div class=k>after</div> tail <p>more");
        QTest::newRow("stray after html, doctype")
            << QByteArray("<!DOCTYPE html><html><body><p>x</p></body></html><div>after</div> tail");
        QTest::newRow("stray after html, leading pi")
            << QByteArray("<?xml version=\"1.0\"?><html><body><p>x</p></body></html><div>after</div>");
        QTest::newRow("doctype in the body")
            << QByteArray("<html><body><p>x</p><!DOCTYPE html><p>y</p></body></html><p>z</p>");
        QTest::newRow("misplaced html and body") << QByteArray(
            "<html lang=en><body class=a><html lang=fr><body class=b><head><title>t</title></head><p>x</p>");
        QTest::newRow("namespaced names")
            << QByteArray("<body><o:p>w</o:p><fb:like href=x>l</fb:like><:x>a</:x><a:>b</a:>"
                          "<svg:a:b>c</svg:a:b><xml:lang>d</xml:lang></body>");
        QTest::newRow("attributes") << QByteArray(
            "<body><input disabled checked value><div hidden class id=\"\" "
            "title='x &amp; y &#65; &bogus;'>z</div><a href>l</a><a href=\"#x\">h</a>"
            "<td nowrap data-a=1 data-a=2>t</td></body>");
        QTest::newRow("entities split text")
            << QByteArray("<body><p>a &amp; b &unknown; c &#0; d &#x1F600; &nbsp;e&lt;f</p></body>");
        QTest::newRow("processing instruction splits text") << QByteArray("<body><p>one<?php echo 1; ?>two</p></body>");
        QTest::newRow("upper case") << QByteArray(
            "<HTML><BODY CLASS=\"Main\"><P ID=Story>Text</P><IMG SRC=x.png ALT=A></BODY>");
        QTest::newRow("whitespace") << QByteArray(
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<html>\n <head>\n"
            "  <title>t</title>\n </head>\n <body>\n  <div>\n   <b>x</b> <i>y</i>\n"
            "  </div>\n </body>\n</html>\n");
        QTest::newRow("cdata") << QByteArray("<body><p>a<![CDATA[ b ]]>c</p><style></style><script></script></body>");
        QTest::newRow("frameset") << QByteArray(
            "<html><frameset><frame src=a></frameset><noframes><p>x</p></noframes>");
        QTest::newRow("bad utf-8") << QByteArray("<body><p>caf\xe9 \xff\xfe na\xefve</p></body>");
        QTest::newRow("deeper than the tree keeps") << nested(300, "<div>", "</div>", "deep");
        QTest::newRow("deep inline") << nested(270, "<span class=s>", "</span>", "x<b>y</b>");
        QTest::newRow("head only") << QByteArray("<head><title>x</title><meta name=a content=b></head>");
        QTest::newRow("text only") << QByteArray("just some text & more");
        QTest::newRow("lone lt") << QByteArray("<");
        QTest::newRow("whitespace only") << QByteArray("   \n\t ");
    }

    void matchesLibxml2Tree()
    {
        QFETCH(QByteArray, html);
        // preStrip only drops comments and raw-text bodies, so these inputs
        // reach libxml2 unchanged on both sides.
        const Tree tree(html);
        const Document doc(html);
        QCOMPARE(tableListing(doc), treeListing(tree.root()));
        checkStructure(doc);
        QCOMPARE(doc.isValid(), tree.root() != nullptr);
    }

    void treeRulesKept()
    {
        const Document doc(QByteArray("<body><o:p>word</o:p><input disabled><div data-x>y</div>"
                                      "<p title=\"a &amp; b\">one &amp; two<?pi?>three</p></body>"));
        QVERIFY(doc.isValid());
        int p = -1, input = -1, div = -1;
        for (size_t i = 0; i < doc.nodes.size(); ++i) {
            const Node &n = doc.nodes[i];
            if (n.tag == Tag::P && p < 0)
                p = int(i);
            else if (n.tag == Tag::Input)
                input = int(i);
            else if (n.tag == Tag::Div)
                div = int(i);
        }
        // <o:p> is a p to libxml2's tree: its prefix goes.
        QVERIFY(p >= 0);
        QCOMPARE(doc.name(doc.nodes[size_t(p)]), "p");
        // A bare boolean attribute holds its name; any other bare attribute is present and empty.
        QCOMPARE(doc.attribute(doc.nodes[size_t(input)], "disabled"), QByteArray("disabled"));
        QVERIFY(doc.hasAttribute(doc.nodes[size_t(div)], "data-x"));
        QCOMPARE(doc.attribute(doc.nodes[size_t(div)], "data-x"), QByteArray(""));
        QVERIFY(!doc.hasAttribute(doc.nodes[size_t(div)], "data-y"));
        // Entities are decoded; runs of characters are one text node until something else comes between.
        const Node &last = doc.nodes.back();
        QCOMPARE(last.tag, Tag::Text);
        QCOMPARE(QByteArray(doc.textOf(last).data(), qsizetype(doc.textOf(last).size())), QByteArray("three"));
        const Node &first = doc.nodes[doc.nodes.size() - 2];
        QCOMPARE(QByteArray(doc.textOf(first).data(), qsizetype(doc.textOf(first).size())), QByteArray("one & two"));
        QCOMPARE(doc.attribute(doc.nodes[size_t(first.parent)], "title"), QByteArray("a & b"));
        QCOMPARE(doc.text(doc.body), QStringLiteral("word y one & twothree"));
    }

    void scriptsAndStateAreCopiedOut()
    {
        const Document doc(QByteArray("<html><head><SCRIPT TYPE=\"application/LD+JSON\">{\"a\":1}</SCRIPT>"
                                      "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"b\":2}</script>"
                                      "<script>var hidden = '<p>not text</p>';</script><!-- <p>gone</p> -->"
                                      "</head><body><p>kept</p><style>p { color: red }</style></body></html>"));
        QCOMPARE(doc.jsonLd, QList<QByteArray> { QByteArray("{\"a\":1}") });
        QCOMPARE(doc.nextData, QByteArray("{\"b\":2}"));
        QCOMPARE(doc.text(doc.html), QStringLiteral("kept"));
    }

    void deepNestingStaysBoundedAndFast()
    {
        // libxml2's tree builder gives up below 256 levels; so does the table,
        // and 50,000 levels must neither overflow a stack nor take long.
        const QByteArray html = nested(50000, "<div class=\"a\">", "</div>", "deep text");
        QElapsedTimer timer;
        timer.start();
        const Document doc(html);
        const qint64 ms = timer.elapsed();
        QVERIFY(doc.isValid());
        int maxDepth = 0;
        for (const Node &n : doc.nodes)
            maxDepth = std::max(maxDepth, int(n.depth));
        QCOMPARE(maxDepth, 256);
        QVERIFY(doc.nodes.size() < 300);
        checkStructure(doc);
        qInfo("50,000 nested divs: %zu nodes in %lld ms", doc.nodes.size(), ms);
    }

    void junkNeverBreaksTheTable()
    {
        QRandomGenerator random(20261129);
        static const char alphabet[] = "<>/=\"' abcdivpspan!-?&#;x\n\t\x80\xff\xc3\xa9";
        static const char *const pieces[] = { "<div>", "</div>", "<p>", "</p>", "<span class=\"a\">", "</span>",
            "<table>", "<td>", "<tr>", "</table>", "text ", "&amp;", "</html>", "<html>", "<body>", "</body>", "<?pi?>",
            "<!DOCTYPE html>", "<a href=\"#x\">", "</a>", "<o:p>", "<br>", "<li>", "<ul>", "</ul>", "<head>",
            "<title>t</title>", " ", "\n" };
        for (int round = 0; round < 60; ++round) {
            QByteArray html;
            const int size = int(random.bounded(10, 4000));
            for (int i = 0; i < size; ++i) {
                if (round % 2)
                    html += pieces[random.bounded(int(std::size(pieces)))];
                else
                    html += alphabet[random.bounded(int(sizeof alphabet - 1))];
            }
            html.replace('\0', ' ');
            const Tree tree(html);
            const Document doc(html);
            QCOMPARE(tableListing(doc), treeListing(tree.root()));
            checkStructure(doc);
        }
    }

    void documentWriterMatchesTreeWriter_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("text and links") << QByteArray(
            "<p>A <a href=\"/x?a=1&amp;b=2\" onclick=\"x()\">link</a> &amp; "
            "<em>more</em> \"quoted\" <a>bare</a> <a href=\"javascript:x\">bad</a></p>");
        QTest::newRow("images") << QByteArray(
            "<figure><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/big.jpg\" "
            "alt=\"A &amp; B\" width=\"640\" height=1><figcaption>Cap</figcaption></figure>"
            "<picture><source srcset=\"/a.webp 1x, /b.webp 2x\"><img src=\"/c.jpg\"></picture>"
            "<noscript><img src=\"/big.jpg\"></noscript><img src=\"/pixel.gif\" width=1>");
        QTest::newRow("media and tables")
            << QByteArray("<video poster=\"/p.jpg\"><source src=\"/v.mp4\"></video>"
                          "<audio src=\"/a.mp3\"></audio><table><tr><th scope=ROW colspan=2>h"
                          "<td rowspan=x>d</table><ol start=3 type=a reversed><li value=2>i</ol>");
        QTest::newRow("dropped and hidden") << QByteArray("<div hidden>h</div><div style=\"DISPLAY: none\">n</div>"
                                                          "<form><input value=x></form><iframe src=\"/f\"></iframe>"
                                                          "<header><nav>menu</nav></header><p>\x01kept\x7f\r\n</p>"
                                                          "<span></span><details open><summary>s</summary>d</details>");
        QTest::newRow("unknown elements")
            << QByteArray("<custom-el data-x=1><o:p>word</o:p><tt>code</tt><strike>s</strike></custom-el>");
    }

    void documentWriterMatchesTreeWriter()
    {
        QFETCH(QByteArray, body);
        const QByteArray html = "<html><body>" + body + "</body></html>";
        const QUrl base(QStringLiteral("https://example.com/news/story.html"));
        const Tree tree(html);
        const xmlNode *treeBody = nullptr;
        for (const xmlNode *c = tree.root()->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char *>(c->name), "body") == 0)
                treeBody = c;
        QVERIFY(treeBody);
        const Document doc(html);
        HtmlSanitizer::DocumentWriter writer(doc, base);
        writer.write(doc.body);
        const QString fromTable = writer.takeHtml();
        QCOMPARE(fromTable, HtmlSanitizer::cleanNode(treeBody, base));
        QVERIFY(!fromTable.isEmpty());
    }

    void documentWriterSkipsByIndex()
    {
        const Document doc(QByteArray("<body><div><p>keep</p><p class=ad>drop</p><p>also</p></div></body>"));
        const auto skip = [&doc](int i) { return doc.attribute(doc.nodes[size_t(i)], "class") == "ad"; };
        HtmlSanitizer::DocumentWriter writer(doc, QUrl(), skip);
        writer.write(doc.body + 1);
        QCOMPARE(writer.takeHtml(), QStringLiteral("<div><p>keep</p><p>also</p></div>"));
    }

    void capAttributesCutsOnlyHostileTags()
    {
        using Html::capAttributes;
        using Html::Markup;
        QByteArray many;
        for (int i = 0; i < 5000; ++i)
            many += " a" + QByteArray::number(i) + (i % 2 ? "='1'" : "=1");
        int cut = -1;
        // Ordinary markup comes back shared, untouched.
        const QByteArray plain = "<p class=a id='b' hidden>x</p><img src=\"/a.png\"/>";
        QCOMPARE(capAttributes(plain, Markup::Html, &cut).constData(), plain.constData());
        QCOMPARE(cut, 0);
        // The first 1000 attributes stay, the tag's end too.
        const QByteArray capped = capAttributes("<x" + many + "/><y" + many + ">t</y>", Markup::Xml, &cut);
        QCOMPARE(cut, 2);
        QVERIFY(capped.contains(" a999='1' /><y a0=1"));
        QVERIFY(capped.contains(" a999='1' >t</y>"));
        QVERIFY(!capped.contains("a1000"));
        // Script text, comments and CDATA are not tags.
        const QByteArray script = "<script>var s = '<p" + many + ">';</script><!-- <p" + many + "> -->";
        QCOMPARE(capAttributes(script, Markup::Html, &cut), script);
        QCOMPARE(cut, 0);
        const QByteArray cdata = "<d><![CDATA[<p" + many + ">]]></d>";
        QCOMPARE(capAttributes(cdata, Markup::Xml, &cut), cdata);
        QCOMPARE(cut, 0);
        // A million attributes parse in well under a second (hours before the cap).
        QByteArray million = "<html><body><p";
        for (int i = 0; i < 1000000; ++i)
            million += " a" + QByteArray::number(i) + "=1";
        million += ">kept</p></body></html>";
        QElapsedTimer timer;
        timer.start();
        const Document doc(million);
        QCOMPARE(doc.text(doc.body), QStringLiteral("kept"));
        qInfo("a million attributes: %lld ms", timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestExtractDom)
#include "tst_html_document.moc"
