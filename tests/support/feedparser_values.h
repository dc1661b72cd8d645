#pragma once

// The values of the feedparser conformance test (tst_feedparser_corpus):
// ParsedFeed/ParsedItem mapped onto feedparser's field names, and how a
// value of ours compares with the one feedparser's expectation names.

#include "base/dates.h"
#include "base/html_text.h"
#include "feeds/feed_parser.h"

#include <QMap>
#include <QRegularExpression>

#include <memory>
#include <variant>

namespace FeedparserCorpus {

using namespace Core;

struct NotApplicable {
    QString reason;
};

struct Failure {
    QString what;
};

// How a value read from our result compares with feedparser's.
enum class Compare { Exact, Text, Html, Encoding, Format, Date };

struct Value;
using List = QList<Value>;

struct Value {
    enum Kind { None, Bool, Int, String, Tuple, Object, Ignored } kind = None;
    bool boolean = false;
    qint64 integer = 0;
    QString string;
    Compare compare = Compare::Exact;
    std::shared_ptr<List> items; // Tuple; a list of objects too
    std::shared_ptr<QMap<QString, Value>> fields; // Object: known fields only
    QString objectName; // for not-applicable reasons

    static Value text(const QString &s, Compare c = Compare::Exact)
    {
        Value v;
        v.kind = String;
        v.string = s;
        v.compare = c;
        return v;
    }
    static Value number(qint64 n)
    {
        Value v;
        v.kind = Int;
        v.integer = n;
        return v;
    }
    static Value ignored()
    {
        Value v;
        v.kind = Ignored;
        return v;
    }
    static Value flag(bool b)
    {
        Value v;
        v.kind = Bool;
        v.boolean = b;
        return v;
    }
    static Value tuple(const List &list)
    {
        Value v;
        v.kind = Tuple;
        v.items = std::make_shared<List>(list);
        return v;
    }
    static Value object(const QString &name, const QMap<QString, Value> &map)
    {
        Value v;
        v.kind = Object;
        v.objectName = name;
        v.fields = std::make_shared<QMap<QString, Value>>(map);
        return v;
    }
    bool truthy() const
    {
        switch (kind) {
        case None:
            return false;
        case Bool:
            return boolean;
        case Int:
            return integer != 0;
        case String:
            return !string.isEmpty();
        case Tuple:
            return !items->isEmpty();
        case Object:
            return true;
        case Ignored:
            return true;
        }
        return false;
    }
};

inline QStringList urlsIn(const QString &html)
{
    static const QRegularExpression re(QStringLiteral("\\b(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList urls;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        urls << HtmlText::decodeEntities(m.captured(1).isNull() ? m.captured(2) : m.captured(1)).trimmed();
    }
    return urls;
}

inline QString labelOf(const QString &label)
{
    const QString normal = Charset::normalizeLabel(label);
    return normal.isEmpty() ? label.toLower() : normal;
}

inline bool equalValues(const Value &ours, const Value &theirs)
{
    if (ours.kind == Value::String && theirs.kind == Value::String) {
        switch (ours.compare) {
        case Compare::Exact:
            return ours.string.trimmed() == theirs.string.trimmed();
        case Compare::Text:
            return HtmlText::htmlToText(ours.string) == HtmlText::htmlToText(theirs.string)
                || HtmlText::foldWhitespace(ours.string) == HtmlText::htmlToText(theirs.string);
        case Compare::Html:
            // feedparser keeps type="text" values unescaped: compare those as text.
            return (HtmlText::htmlToText(ours.string) == HtmlText::htmlToText(theirs.string)
                       && urlsIn(ours.string) == urlsIn(theirs.string))
                || HtmlText::htmlToText(ours.string) == HtmlText::foldWhitespace(theirs.string);
        case Compare::Encoding:
            return labelOf(ours.string) == labelOf(theirs.string);
        case Compare::Date:
            // We keep parsed dates only: feedparser's raw text must denote the same instant.
            return QDateTime::fromString(ours.string, Qt::ISODate) == Dates::parse(theirs.string);
        case Compare::Format:
            // feedparser splits RSS 0.91 into Netscape and Userland flavours; we do not.
            return ours.string == theirs.string
                || (theirs.string.startsWith(QLatin1String("rss091")) && ours.string == QLatin1String("rss091"));
        }
    }
    if (ours.kind == Value::Tuple && theirs.kind == Value::Tuple) {
        if (ours.items->size() != theirs.items->size())
            return false;
        for (qsizetype i = 0; i < ours.items->size(); ++i)
            if (!equalValues(ours.items->at(i), theirs.items->at(i)))
                return false;
        return true;
    }
    if (ours.kind == Value::Int && theirs.kind == Value::Int)
        return ours.integer == theirs.integer;
    if (ours.kind == Value::Bool || theirs.kind == Value::Bool)
        return ours.truthy() == theirs.truthy();
    if (ours.kind == Value::String && theirs.kind == Value::Int) // enclosure lengths are strings in feedparser
        return ours.string == QString::number(theirs.integer);
    return ours.kind == Value::None && theirs.kind == Value::None;
}

inline Value dateTuple(const QDateTime &date)
{
    if (!date.isValid())
        return {};
    const QDateTime utc = date.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return Value::tuple({ Value::number(d.year()), Value::number(d.month()), Value::number(d.day()),
        Value::number(t.hour()), Value::number(t.minute()), Value::number(t.second()), Value::number(d.dayOfWeek() - 1),
        Value::number(d.dayOfYear()), Value::number(0) });
}

inline Value objectList(const QString &name, const QList<QMap<QString, Value>> &maps)
{
    List list;
    for (const auto &map : maps)
        list << Value::object(name, map);
    Value v = Value::tuple(list);
    v.objectName = name; // what an index past the end stands for
    return v;
}

inline Value itemValue(const ParsedItem &item)
{
    QMap<QString, Value> f;
    const Value title = Value::text(item.title, Compare::Text);
    f[QStringLiteral("title")] = title;
    f[QStringLiteral("title_detail")]
        = Value::object(QStringLiteral("title_detail"), { { QStringLiteral("value"), title } });
    f[QStringLiteral("link")] = Value::text(item.link);
    f[QStringLiteral("id")] = Value::text(item.id);
    f[QStringLiteral("guid")] = Value::text(item.id);
    if (!item.summaryHtml.isEmpty()) {
        const Value summary = Value::text(item.summaryHtml, Compare::Html);
        f[QStringLiteral("summary")] = summary;
        f[QStringLiteral("description")] = summary;
        f[QStringLiteral("summary_detail")]
            = Value::object(QStringLiteral("summary_detail"), { { QStringLiteral("value"), summary } });
    } else if (!item.contentHtml.isEmpty()) {
        // feedparser's summary falls back to the content when there is no summary.
        f[QStringLiteral("summary")] = Value::text(item.contentHtml, Compare::Html);
        f[QStringLiteral("description")] = f[QStringLiteral("summary")];
    }
    if (!item.contentHtml.isEmpty())
        f[QStringLiteral("content")] = objectList(QStringLiteral("content"),
            { { { QStringLiteral("value"), Value::text(item.contentHtml, Compare::Html) } } });
    if (!item.author.isEmpty())
        f[QStringLiteral("author")] = Value::text(item.author);
    if (!item.dateIsFirstSeen) {
        f[QStringLiteral("published_parsed")] = dateTuple(item.published);
        f[QStringLiteral("issued_parsed")] = dateTuple(item.published);
        f[QStringLiteral("date_parsed")] = dateTuple(item.published);
        f[QStringLiteral("created_parsed")] = dateTuple(item.published);
        const QDateTime updated = item.updated.isValid() ? item.updated : item.published;
        f[QStringLiteral("updated_parsed")] = dateTuple(updated);
        f[QStringLiteral("modified_parsed")] = dateTuple(updated);
        for (const char *key : { "published", "issued", "created", "date" })
            f[QLatin1String(key)] = Value::text(item.published.toString(Qt::ISODate), Compare::Date);
        for (const char *key : { "updated", "modified" })
            f[QLatin1String(key)] = Value::text(updated.toString(Qt::ISODate), Compare::Date);
    }
    QList<QMap<QString, Value>> tags;
    for (const QString &category : item.categories)
        tags.append({ { QStringLiteral("term"), Value::text(category) } });
    f[QStringLiteral("tags")] = objectList(QStringLiteral("tags"), tags);
    if (!item.categories.isEmpty())
        f[QStringLiteral("category")] = Value::text(item.categories.first());
    QList<QMap<QString, Value>> enclosures;
    for (const Enclosure &e : item.enclosures) {
        QMap<QString, Value> map { { QStringLiteral("href"), Value::text(e.url) },
            { QStringLiteral("url"), Value::text(e.url) } };
        if (!e.type.isEmpty())
            map[QStringLiteral("type")] = Value::text(e.type);
        if (e.length >= 0)
            map[QStringLiteral("length")] = Value::text(QString::number(e.length));
        enclosures.append(map);
    }
    f[QStringLiteral("enclosures")] = objectList(QStringLiteral("enclosures"), enclosures);
    return Value::object(QStringLiteral("entries[i]"), f);
}

inline Value feedValue(const ParsedFeed &feed)
{
    QMap<QString, Value> f;
    const Value title = Value::text(feed.title, Compare::Text);
    f[QStringLiteral("title")] = title;
    f[QStringLiteral("title_detail")]
        = Value::object(QStringLiteral("title_detail"), { { QStringLiteral("value"), title } });
    f[QStringLiteral("link")] = Value::text(feed.link);
    {
        const Value subtitle = Value::text(feed.subtitle, Compare::Text);
        for (const char *key : { "subtitle", "tagline", "description" })
            f[QLatin1String(key)] = subtitle;
        for (const char *key : { "subtitle_detail", "tagline_detail" })
            f[QLatin1String(key)] = Value::object(QLatin1String(key), { { QStringLiteral("value"), subtitle } });
    }
    if (!feed.language.isEmpty())
        f[QStringLiteral("language")] = Value::text(feed.language);
    if (feed.updated.isValid()) {
        f[QStringLiteral("updated_parsed")] = dateTuple(feed.updated);
        f[QStringLiteral("modified_parsed")] = dateTuple(feed.updated);
        f[QStringLiteral("updated")] = Value::text(feed.updated.toString(Qt::ISODate), Compare::Date);
        f[QStringLiteral("modified")] = f[QStringLiteral("updated")];
    }
    if (!feed.iconUrl.isEmpty())
        f[QStringLiteral("icon")] = Value::text(feed.iconUrl);
    return Value::object(QStringLiteral("feed"), f);
}

} // namespace FeedparserCorpus
