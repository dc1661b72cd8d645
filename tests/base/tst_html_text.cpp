#include "base/html_text.h"

#include <QTest>

using namespace Core;

// Pins the one HTML-to-text reader that feeds, the store, the extractor's
// metadata and the welcome feed share.
class TestHtmlText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void entityTableIsSearchable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<uint>("codePoint"); // 0: not an entity

        // A binary search over the table: names from both ends of the sort order must be found.
        QTest::newRow("first") << "AElig" << 0xC6u;
        QTest::newRow("last uppercase") << "Yuml" << 0x178u;
        QTest::newRow("euro") << "euro" << 0x20ACu;
        QTest::newRow("longest") << "thetasym" << 0x3D1u;
        QTest::newRow("last") << "zwnj" << 0x200Cu;
        QTest::newRow("apos") << "apos" << 0x27u;
        QTest::newRow("case matters upper") << "Eacute" << 0xC9u;
        QTest::newRow("case matters lower") << "eacute" << 0xE9u;
        QTest::newRow("wrong case") << "AMP" << 0u;
        QTest::newRow("unknown") << "nosuchentity" << 0u;
        QTest::newRow("empty") << "" << 0u;
        QTest::newRow("too long") << "abcdefghijklmnopq" << 0u;
        QTest::newRow("not ascii") << "\u00e9" << 0u;
    }
    void entityTableIsSearchable()
    {
        QFETCH(QString, name);
        QFETCH(uint, codePoint);
        QCOMPARE(uint(HtmlText::namedEntity(name)), codePoint);
    }

    void decodesEntities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("decoded");

        QTest::newRow("no reference") << "plain text"
                                      << "plain text";
        QTest::newRow("named") << "caf&eacute; &amp; cr&egrave;me"
                               << "caf\u00e9 & cr\u00e8me";
        QTest::newRow("markup entities") << "&lt;b&gt; &quot;q&quot; &apos;a&apos;"
                                         << "<b> \"q\" 'a'";
        QTest::newRow("nbsp is kept") << "a&nbsp;b"
                                      << "a\u00a0b";
        QTest::newRow("decimal") << "&#8217;"
                                 << "\u2019";
        QTest::newRow("hex lower") << "&#x2019;"
                                   << "\u2019";
        QTest::newRow("hex upper X") << "&#X41;"
                                     << "A";
        QTest::newRow("numeric without semicolon") << "&#65 and &#x42z"
                                                   << "A and Bz";
        QTest::newRow("astral") << "&#x1F600;"
                                << "\U0001F600";
        QTest::newRow("windows-1252 range") << "&#150; &#128; &#153;"
                                            << "\u2013 \u20ac \u2122";
        QTest::newRow("control character") << "&#8; &#x7f;"
                                           << "\ufffd \ufffd";
        QTest::newRow("whitespace characters") << "a&#9;b&#10;c"
                                               << "a\tb\nc";
        QTest::newRow("cut short") << "zarte &#8\u2026"
                                   << "zarte \ufffd\u2026";
        QTest::newRow("zero") << "&#0;"
                              << "\ufffd";
        QTest::newRow("surrogate") << "&#xD800;"
                                   << "\ufffd";
        QTest::newRow("beyond unicode") << "&#x110000;"
                                        << "\ufffd";
        QTest::newRow("unknown name stays") << "&nosuch; &amp"
                                            << "&nosuch; &amp";
        QTest::newRow("named needs semicolon") << "AT&T; R&D"
                                               << "AT&T; R&D";
        QTest::newRow("bare ampersand") << "fish & chips &"
                                        << "fish & chips &";
        QTest::newRow("empty numeric") << "&#; &#x;"
                                       << "&#; &#x;";
        QTest::newRow("double escaped once") << "&amp;amp;"
                                             << "&amp;";
    }
    void decodesEntities()
    {
        QFETCH(QString, text);
        QFETCH(QString, decoded);
        QCOMPARE(HtmlText::decodeEntities(text), decoded);
    }

    void readsHtmlOnOneLine_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");

        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("plain") << "  just   words\n"
                               << "just words";
        QTest::newRow("inline tags join") << "<b>Bo</b>ld <a href=\"x\">link</a>"
                                          << "Bold link";
        QTest::newRow("paragraphs separate") << "<p>one</p><p>two</p>"
                                             << "one two";
        QTest::newRow("br separates") << "line<br>next<br/>last"
                                      << "line next last";
        QTest::newRow("cells separate") << "<table><tr><td>a</td><td>b</td></tr></table>"
                                        << "a b";
        QTest::newRow("list items separate") << "<ul><li>a</li><li>b</li></ul>"
                                             << "a b";
        QTest::newRow("headings separate") << "<h5>Title</h5>Body"
                                           << "Title Body";
        QTest::newRow("image separates") << "before<img src=\"x.png\">after"
                                         << "before after";
        QTest::newRow("upper-case tags") << "<P>one</P><DIV>two</DIV>"
                                         << "one two";
        QTest::newRow("entities") << "<p>caf&eacute; &amp; &#8217;</p>"
                                  << "caf\u00e9 & \u2019";
        QTest::newRow("escaped tag stays text") << "&lt;b&gt;bold&lt;/b&gt;"
                                                << "<b>bold</b>";
        QTest::newRow("nbsp folds") << "a&nbsp;&nbsp;b"
                                    << "a b";
        QTest::newRow("script dropped") << "a<script>if (x < 1) y();</script>b"
                                        << "ab";
        QTest::newRow("style dropped") << "a<style type=\"text/css\">p { x: 1 }</STYLE>b"
                                       << "ab";
        QTest::newRow("noscript dropped") << "a <noscript><img src=\"t.gif\"></noscript>b"
                                          << "a b";
        QTest::newRow("template dropped") << "a<template><p>hidden</p></template>b"
                                          << "ab";
        QTest::newRow("unclosed script") << "a<script>never closed"
                                         << "a";
        QTest::newRow("comment dropped") << "a<!-- <p>not</p> -->b"
                                         << "ab";
        QTest::newRow("unclosed comment") << "a<!-- open"
                                          << "a";
        QTest::newRow("doctype and pi") << "<!DOCTYPE html><?xml version=\"1.0\"?>text"
                                        << "text";
        QTest::newRow("quoted angle in attribute") << "<img alt=\"a<br>b\" src=\"x\">text"
                                                   << "text";
        QTest::newRow("bare less-than") << "1 < 2 and 3 <= 4"
                                        << "1 < 2 and 3 <= 4";
        QTest::newRow("unclosed tag") << "text <b"
                                      << "text";
        QTest::newRow("whitespace runs") << "<p>\n  one\t two  </p>\n"
                                         << "one two";
    }
    void readsHtmlOnOneLine()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlText::htmlToText(html), text);
    }

    void keepsParagraphs_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");

        QTest::newRow("paragraph ends") << "<p>one</p><p>two</p>"
                                        << " one\n\n two\n\n";
        QTest::newRow("br") << "a<br>b<BR />c"
                            << "a\n\nb\n\nc";
        QTest::newRow("list items") << "<li>a</li><li>b</li>"
                                    << " a\n b\n";
        QTest::newRow("other blocks are spaces") << "<div>a</div><h2>b</h2>"
                                                 << " a  b ";
        QTest::newRow("own whitespace kept") << "line one\n\nline  two"
                                             << "line one\n\nline  two";
        QTest::newRow("inline tags join") << "<b>Bo</b>ld"
                                          << "Bold";
        QTest::newRow("entities") << "&quot;x&quot;&nbsp;y</p>"
                                  << "\"x\"\u00a0y\n\n";
        QTest::newRow("script dropped") << "a<script>x()</script>b"
                                        << "ab";
    }
    void keepsParagraphs()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlText::htmlToText(html, HtmlText::Layout::Paragraphs), text);
    }

    void foldsWhitespace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");

        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("only space") << " \t\n "
                                    << "";
        QTest::newRow("trims") << "  a  "
                               << "a";
        QTest::newRow("runs") << "a \n\t b"
                              << "a b";
        QTest::newRow("nbsp and em space") << "a\u00a0\u2003b"
                                           << "a b";
        QTest::newRow("tags untouched") << "<b> x </b>"
                                        << "<b> x </b>";
    }
    void foldsWhitespace()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(HtmlText::foldWhitespace(text), folded);
    }

    void looksLikeHtml_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("html");

        QTest::newRow("plain") << "Just a title" << false;
        QTest::newRow("tag") << "a <b>bold</b> move" << true;
        QTest::newRow("closing tag") << "a</p>" << true;
        QTest::newRow("comment") << "<!-- c -->" << true;
        QTest::newRow("entity") << "AT&amp;T" << true;
        QTest::newRow("numeric entity") << "&#8217;" << true;
        QTest::newRow("unknown entity") << "&nosuch;" << false;
        QTest::newRow("bare ampersand") << "fish & chips" << false;
        QTest::newRow("less-than") << "1 < 2" << false;
        QTest::newRow("trailing less-than") << "x <" << false;
    }
    void looksLikeHtml()
    {
        QFETCH(QString, text);
        QFETCH(bool, html);
        QCOMPARE(HtmlText::looksLikeHtml(text), html);
    }
};

QTEST_APPLESS_MAIN(TestHtmlText)
#include "tst_html_text.moc"
