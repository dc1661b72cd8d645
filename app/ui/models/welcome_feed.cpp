#include "models/welcome_feed.h"

#include "base/html_text.h"
#include "pipeline/storage_writer.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ui {

namespace {

struct Page {
    QString title;
    QString html;
    QStringList topics;
};

QString text(const char *source)
{
    return QCoreApplication::translate("Ui::WelcomeFeed", source);
}

QList<Page> pages()
{
    return {
        { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Welcome to Tidings")),
            text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed",
                "<p>Tidings is a calm reader for the news sites and blogs you follow. It fetches their feeds, "
                "cleans each story's web page into plain, readable text, and shows it here in a quiet column.</p>"
                "<p>Nothing on a page runs: no scripts, no trackers, no ads. Remote images load only when you ask.</p>"
                "<p>These few stories are stored on your computer, so everything here works without a network. "
                "Read on to see how stories are cleaned, what the chips under each headline do and how to follow "
                "a topic.</p>"
                "<p>To begin, pick a few well-known news sources from "
                "<a href=\"tidings:suggested-feeds\">the suggested feeds</a> (<b>File → Suggested Feeds</b>), "
                "or add any feed with <b>File → Add Subscription</b> (Ctrl+N).</p>")),
            { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Tidings")),
                text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Getting started")) } },
        { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Clean articles, not web pages")),
            text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed",
                "<p>Many feeds carry only a line or two of each story. So Tidings fetches the story's web page "
                "and cleans it: it keeps the headline and the article, with its headings, lists, quotes and "
                "pictures, and leaves out the menus, adverts, share buttons and comments around it.</p>"
                "<p>While a page is being cleaned you read the feed's own text, with a note above it; the clean "
                "article takes its place when it is ready. When a page cannot be made into an article, the "
                "feed's text stays, and <b>Why?</b> in the note tells you what went wrong.</p>"
                "<p>The original page is always one key away: <b>O</b> opens it in your browser.</p>")),
            { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Tidings")),
                text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Getting started")),
                text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Reading")) } },
        { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Adding your feeds")),
            text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed",
                "<p>Choose <b>File → Add Subscription</b> (Ctrl+N) and paste the address of a feed, "
                "or just of a site: Tidings finds its feed by itself. Put it in a folder if you like.</p>"
                "<p>Coming from another reader? <b>File → Import OPML</b> brings all your subscriptions over at once; "
                "<b>Export OPML</b> takes them elsewhere.</p>"
                "<p>Press <b>R</b> to refresh. New stories appear as they arrive.</p>"
                "<p>A feed that cannot be reached gets a warning sign in the list on the left; hover it to see why, "
                "or click the note in the status bar.</p>")),
            { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Tidings")),
                text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Getting started")),
                text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Feeds")) } },
        { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Topics and chips")),
            text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed",
                "<p>Under each headline you see chips: the topics of the story, found in its tags and in the "
                "names it mentions, with how many stories share each one, such as <i>Tidings · 8</i> above.</p>"
                "<p>Click a chip to see every story on that topic from all your feeds, newest first. "
                "Press <b>Alt+Left</b> or the Back button to return to where you were.</p>"
                "<p>Right-click a chip to rename its topic, or to hide a chip you never want to see; "
                "<b>View → Hidden Topic Chips</b> brings it back.</p>")),
            { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Tidings")),
                text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Topics")),
                text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Getting started")) } },
        { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Following a topic")),
            text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed",
                "<p>A topic you care about can be followed: right-click its chip and choose <b>Follow topic</b>, "
                "or click the chip and press <b>Follow</b> above the list of stories.</p>"
                "<p>A followed topic is listed under <b>Topics</b> in the column on the left, with its unread "
                "count. It gathers the stories on that topic from every feed, new ones included as they arrive, "
                "so you need not know which site will write about it next.</p>"
                "<p>Try it with the <i>Topics</i> chip of this story.</p>")),
            { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Tidings")),
                text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Topics")) } },
        { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Searching")),
            text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed",
                "<p>Press <b>Ctrl+F</b> or <b>/</b> to search titles, article text and topics. "
                "Matches are marked in the story you read.</p>"
                "<p>Write <b>tag:\"Topic Name\"</b> (or <b>topic:</b>) to keep only the stories on a topic; "
                "known topics are offered as you type. Words and tags combine: "
                "<i>tag:\"Tidings\" keys</i> finds this feed's story about the keyboard.</p>")),
            { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Tidings")),
                text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Topics")),
                text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Keyboard")) } },
        { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Reading with the keyboard")),
            text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed",
                "<p>Tidings is quickest with a few keys:</p>"
                "<ul><li><b>J</b>: next story; <b>K</b> or <b>P</b>: previous story</li>"
                "<li><b>N</b>: next unread story, then on to the next feed with unread stories</li>"
                "<li><b>Space</b>: page down, then on to the next story</li>"
                "<li><b>M</b>: mark read or unread; <b>S</b>: star</li>"
                "<li><b>O</b> or <b>Enter</b>: open the original page in your browser</li>"
                "<li><b>R</b>: refresh all feeds</li>"
                "<li><b>Ctrl+=</b> and <b>Ctrl+-</b>: larger or smaller text; <b>Ctrl+0</b>: back to normal</li>"
                "<li><b>Ctrl+Z</b>: undo marking a whole feed as read</li></ul>"
                "<p>Every action is also in the menus, with its key beside it.</p>")),
            { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Tidings")),
                text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Keyboard")) } },
        { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Your privacy")),
            text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed",
                "<p>A remote image tells its site that you are reading. So images stay blocked until you allow "
                "them: for one story with <b>Load Images</b>, for a whole feed with <b>Always for This Feed</b>, "
                "or everywhere in <b>File → Preferences</b>.</p>"
                "<p>Links open in your own browser. Tidings itself only ever fetches your feeds, their pages "
                "and the images you allowed.</p>")),
            { text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Tidings")),
                text(QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Privacy")) } },
    };
}

} // namespace

bool ensureWelcomeFeed(Core::Store *store)
{
    if (!store->subscriptions().isEmpty())
        return false;
    const char *const sourceTitle = QT_TRANSLATE_NOOP("Ui::WelcomeFeed", "Welcome to Tidings");
    const QString title = text(sourceTitle);
    const Core::Result<Core::SubscriptionId> sub = store->addSubscription(QString::fromLatin1(WelcomeFeedUrl), title);
    if (!sub)
        return false;
    const QList<Page> all = pages();
    // The stories are written in the interface's language when it has a
    // translation (its title tells), else in English; Arabic and Urdu read
    // right to left in the reading pane too.
    const bool translated = title != QLatin1String(sourceTitle);
    const QLocale locale = translated ? QLocale() : QLocale(QLocale::English);
    const QString language = locale.bcp47Name();
    const QString direction = locale.textDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Core::ParsedItem> items;
    for (int i = 0; i < all.size(); ++i) {
        Core::ParsedItem item;
        item.id = QStringLiteral("tidings:welcome/%1").arg(i + 1);
        item.title = all.at(i).title;
        item.link = QString();
        // In reading order: the first page is the newest.
        item.published = now.addSecs(-60 * i);
        item.updated = item.published;
        item.author = QStringLiteral("Tidings");
        item.summaryHtml = all.at(i).html;
        item.contentHtml = all.at(i).html;
        item.categories = all.at(i).topics;
        items.append(item);
    }
    const Core::Result<QList<Core::StoryId>> ids = store->upsertStories(*sub, items);
    if (!ids)
        return false;
    // Store them as cleaned articles so they get chips and are searchable.
    Core::StoryFilter filter;
    filter.kind = Core::StoryFilter::Kind::Subscription;
    filter.id = *sub;
    const QList<Core::StoryRow> rows = store->stories(filter);
    for (const Core::StoryRow &row : rows) {
        const auto page
            = std::find_if(all.cbegin(), all.cend(), [&row](const Page &p) { return p.title == row.title; });
        if (page == all.cend())
            continue;
        Core::Article article;
        article.title = page->title;
        article.siteName = QStringLiteral("Tidings");
        article.byline = QString();
        article.published = row.published;
        article.lang = language;
        article.dir = direction;
        article.html = page->html;
        article.text = Core::HtmlText::htmlToText(page->html, Core::HtmlText::Layout::Paragraphs).trimmed();
        article.excerpt = article.text.section(QLatin1Char('\n'), 0, 0).left(200);
        article.wordCount = int(article.text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        article.readingMinutes = qMax(1, article.wordCount / 230);
        article.topics = page->topics;
        for (const QString &topic : std::as_const(page->topics))
            article.rawTags.append({ Core::TagSource::Meta, topic });
        article.readerable = true;
        (void)store->saveArticle(row.id, article);
    }
    return true;
}

bool ensureWelcomeFeed(Core::StorageWriter &writer)
{
    const Core::Result<bool> added
        = writer.writeAndWait([](Core::Store &store) { return Core::Result<bool>(ensureWelcomeFeed(&store)); });
    return added.value_or(false);
}

} // namespace Ui
