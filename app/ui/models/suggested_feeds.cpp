#include "models/suggested_feeds.h"

#include <QCoreApplication>

namespace Ui {

namespace {

QString region(const char *name)
{
    return QCoreApplication::translate("Ui::SuggestedFeeds", name);
}

SuggestedFeed feed(const char *title, const char *url, const char *language)
{
    return { QString::fromUtf8(title), QString::fromLatin1(url), QString::fromLatin1(language) };
}

} // namespace

// Public feeds these organisations publish themselves for readers. A few are
// in the languages Tidings is translated into.
QList<SuggestedRegion> suggestedFeeds()
{
    return {
        { region(QT_TRANSLATE_NOOP("Ui::SuggestedFeeds", "World")),
            {
                feed("BBC News – World", "https://feeds.bbci.co.uk/news/world/rss.xml", "en"),
                feed("The Guardian – World news", "https://www.theguardian.com/world/rss", "en"),
                feed("UN News", "https://news.un.org/feed/subscribe/en/news/all/rss.xml", "en"),
            } },
        { region(QT_TRANSLATE_NOOP("Ui::SuggestedFeeds", "Europe")),
            {
                feed("DW – Top stories", "https://rss.dw.com/xml/rss-en-all", "en"),
                feed("DW – Nachrichten", "https://rss.dw.com/xml/rss-de-all", "de"),
                feed("France 24 – Info", "https://www.france24.com/fr/rss", "fr"),
                feed("BBC News Русская служба", "https://feeds.bbci.co.uk/russian/rss.xml", "ru"),
            } },
        { region(QT_TRANSLATE_NOOP("Ui::SuggestedFeeds", "Americas")),
            {
                feed("NPR News", "https://feeds.npr.org/1001/rss.xml", "en"),
                feed("CBC News – Top stories", "https://www.cbc.ca/webfeed/rss/rss-topstories", "en"),
                feed("BBC News Mundo", "https://feeds.bbci.co.uk/mundo/rss.xml", "es"),
            } },
        { region(QT_TRANSLATE_NOOP("Ui::SuggestedFeeds", "Asia and the Pacific")),
            {
                feed("BBC News – Asia", "https://feeds.bbci.co.uk/news/world/asia/rss.xml", "en"),
                feed("ABC News (Australia)", "https://www.abc.net.au/news/feed/51120/rss.xml", "en"),
                feed("BBC News 中文", "https://feeds.bbci.co.uk/zhongwen/simp/rss.xml", "zh"),
                feed("BBC News اردو", "https://feeds.bbci.co.uk/urdu/rss.xml", "ur"),
            } },
        { region(QT_TRANSLATE_NOOP("Ui::SuggestedFeeds", "Africa")),
            {
                feed("BBC News – Africa", "https://feeds.bbci.co.uk/news/world/africa/rss.xml", "en"),
                feed("AllAfrica – Latest", "https://allafrica.com/tools/headlines/rdf/latest/headlines.rdf", "en"),
                feed("The Guardian – Africa", "https://www.theguardian.com/world/africa/rss", "en"),
            } },
        { region(QT_TRANSLATE_NOOP("Ui::SuggestedFeeds", "Middle East")),
            {
                feed("Al Jazeera English", "https://www.aljazeera.com/xml/rss/all.xml", "en"),
                feed("BBC News – Middle East", "https://feeds.bbci.co.uk/news/world/middle_east/rss.xml", "en"),
                feed("BBC News عربي", "https://feeds.bbci.co.uk/arabic/rss.xml", "ar"),
            } },
    };
}

} // namespace Ui
