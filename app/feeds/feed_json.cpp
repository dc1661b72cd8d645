#include "base/dates.h"
#include "base/html_text.h"
#include "feed_internal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Core::FeedParser::Detail {

namespace {

QString resolve(const QJsonValue &value, const QUrl &base)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text);
    if (!url.isRelative() || base.isEmpty())
        return url.toString();
    return base.resolved(url).toString();
}

QString authorName(const QJsonObject &object)
{
    // 1.1 has "authors", 1.0 a single "author".
    const QJsonArray authors = object.value(QLatin1String("authors")).toArray();
    for (const QJsonValue &author : authors) {
        const QString name = author.toObject().value(QLatin1String("name")).toString().trimmed();
        if (!name.isEmpty())
            return name;
    }
    return object.value(QLatin1String("author")).toObject().value(QLatin1String("name")).toString().trimmed();
}

RawItem readItem(const QJsonObject &object, const QUrl &base)
{
    RawItem raw;
    ParsedItem &item = raw.item;
    const QJsonValue id = object.value(QLatin1String("id"));
    raw.guid = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString().trimmed();
    item.title = HtmlText::foldWhitespace(object.value(QLatin1String("title")).toString());
    item.link = resolve(object.value(QLatin1String("url")), base);
    if (item.link.isEmpty())
        item.link = resolve(object.value(QLatin1String("external_url")), base);
    item.published = Dates::parse(object.value(QLatin1String("date_published")).toString());
    item.updated = Dates::parse(object.value(QLatin1String("date_modified")).toString());
    item.author = authorName(object);
    if (const QString html = object.value(QLatin1String("content_html")).toString(); !html.trimmed().isEmpty())
        raw.content = { html, base };
    else if (const QString text = object.value(QLatin1String("content_text")).toString(); !text.trimmed().isEmpty())
        raw.content = { textToHtml(text), base };
    if (const QString summary = object.value(QLatin1String("summary")).toString(); !summary.trimmed().isEmpty())
        raw.summary = { textToHtml(summary), base };
    for (const QJsonValue &tag : object.value(QLatin1String("tags")).toArray())
        if (const QString text = HtmlText::foldWhitespace(tag.toString()); !text.isEmpty())
            item.categories << text;
    for (const QJsonValue &value : object.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject attachment = value.toObject();
        const QString url = resolve(attachment.value(QLatin1String("url")), base);
        if (url.isEmpty())
            continue;
        const QJsonValue size = attachment.value(QLatin1String("size_in_bytes"));
        item.enclosures.append({ url, attachment.value(QLatin1String("mime_type")).toString(),
            size.isDouble() ? static_cast<qint64>(size.toDouble()) : -1 });
        const QJsonValue duration = attachment.value(QLatin1String("duration_in_seconds"));
        if (duration.isDouble() && item.durationSeconds < 0)
            item.durationSeconds = static_cast<qint64>(duration.toDouble());
    }
    item.thumbnailUrl = resolve(object.value(QLatin1String("image")), base);
    if (item.thumbnailUrl.isEmpty())
        item.thumbnailUrl = resolve(object.value(QLatin1String("banner_image")), base);
    return raw;
}

} // namespace

void parseJson(const QByteArray &bytes, const QUrl &url, RawFeed &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    ParsedFeed &feed = out.feed;
    feed.encoding = QStringLiteral("utf-8");
    if (error.error != QJsonParseError::NoError) {
        feed.fatal = true;
        feed.errors
            << QStringLiteral("not a feed: invalid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset);
        return;
    }
    if (!doc.isObject()) {
        feed.fatal = true;
        feed.errors << QStringLiteral("not a feed: JSON that is not a JSON Feed object");
        return;
    }
    const QJsonObject root = doc.object();
    const QString version = root.value(QLatin1String("version")).toString();
    if (!version.contains(QLatin1String("jsonfeed.org/version/")) && !root.value(QLatin1String("items")).isArray()) {
        feed.fatal = true;
        feed.errors << QStringLiteral("not a feed: JSON without a JSON Feed version or items");
        return;
    }
    feed.format = version.endsWith(QLatin1String("/1.1")) ? QStringLiteral("json11") : QStringLiteral("json10");
    if (!version.contains(QLatin1String("jsonfeed.org/version/")))
        feed.errors << QStringLiteral("JSON Feed without a version");
    const QUrl &base = url;
    feed.title = HtmlText::foldWhitespace(root.value(QLatin1String("title")).toString());
    feed.link = resolve(root.value(QLatin1String("home_page_url")), base);
    feed.subtitle = HtmlText::foldWhitespace(root.value(QLatin1String("description")).toString());
    feed.iconUrl = resolve(root.value(QLatin1String("favicon")), base);
    if (feed.iconUrl.isEmpty())
        feed.iconUrl = resolve(root.value(QLatin1String("icon")), base);
    feed.language = root.value(QLatin1String("language")).toString().trimmed();
    out.author = authorName(root);
    for (const QJsonValue &value : root.value(QLatin1String("items")).toArray())
        if (value.isObject())
            out.items.append(readItem(value.toObject(), base));
}

} // namespace Core::FeedParser::Detail
