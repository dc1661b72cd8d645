#pragma once

// Small synthetic feeds and article pages for the tests that run the whole
// pipeline against TestHttpServer.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace TestSupport {

struct FeedEntry {
    QByteArray guid;
    QByteArray title;
    QByteArray link; // absolute
    QByteArray category;
};

// An RSS 2.0 document.
inline QByteArray rssFeed(const QByteArray &title, const QByteArray &site, const QList<FeedEntry> &entries)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n<title>" + title
        + "</title>\n<link>" + site + "</link>\n<description>Test feed</description>\n";
    for (const FeedEntry &entry : entries) {
        xml += "<item><guid isPermaLink=\"false\">" + entry.guid + "</guid><title>" + entry.title + "</title><link>"
            + entry.link + "</link><pubDate>Sat, 28 Nov 2026 09:00:00 GMT</pubDate>";
        if (!entry.category.isEmpty())
            xml += "<category>" + entry.category + "</category>";
        xml += "<description>Summary of " + entry.title + "</description></item>\n";
    }
    return xml + "</channel></rss>\n";
}

// A news article page long enough for any readability heuristic.
inline QByteArray articlePage(const QByteArray &headline, int seed)
{
    static const char *const sentences[] = {
        "The city council met on Tuesday evening to debate the new harbour plan, which has divided residents for "
        "months.",
        "Engineers told the meeting that the sea wall, built in 1962, would not survive another decade of winter "
        "storms.",
        "Opponents argued that the proposed marina would price local fishermen out of the berths their families have "
        "used for generations.",
        "The mayor, speaking after the vote, said the compromise protected both the working harbour and the town's "
        "finances.",
        "A public consultation will open next month, and the final design is expected to go before the council in the "
        "spring.",
        "Local businesses and the Kernow Harbour Trust welcomed the decision, saying visitors had been put off by the "
        "crumbling promenade.",
    };
    QByteArray body;
    for (int paragraph = 0; paragraph < 7; ++paragraph) {
        body += "<p>";
        for (int s = 0; s < 3; ++s)
            body += QByteArray(sentences[(seed + paragraph + s) % 6]) + ' ';
        body += "</p>\n";
    }
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline
        + " | The Harbour Gazette</title><meta property=\"og:title\" content=\"" + headline
        + "\"></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a>"
          "</nav></header><main><article><h1>"
        + headline + "</h1><p class=\"byline\">By Jane Reporter</p>\n" + body
        + "</article></main><footer><p>Copyright The Harbour Gazette</p></footer></body></html>\n";
}

// `count` paragraphs that read like a story's prose ("<prefix> 1 of the story…").
inline QByteArray proseParagraphs(int count, const QByteArray &prefix = "Paragraph")
{
    QByteArray out;
    for (int i = 1; i <= count; ++i)
        out += "<p>" + prefix + ' ' + QByteArray::number(i)
            + " of the story tells the reader something new, with enough words, commas, and detail to read like "
              "prose.</p>";
    return out;
}

} // namespace TestSupport
