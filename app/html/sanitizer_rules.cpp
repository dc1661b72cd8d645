#include "sanitizer_rules.h"

#include "html/image_policy.h"

#include <QRegularExpression>
#include <QSet>

namespace Core::HtmlSanitizer::Detail {

using Html::isDataImage;

const QHash<QByteArray, Rule> &rules()
{
    static const QHash<QByteArray, Rule> table = [] {
        QHash<QByteArray, Rule> t;
        const char *kept[] = { "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "blockquote", "q", "pre", "code", "kbd", "samp", "var", "em", "strong", "b", "i", "u", "s", "del", "ins",
            "sub", "sup", "small", "mark", "abbr", "cite", "dfn", "time", "span", "div", "figure", "figcaption",
            "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "article", "section",
            "details", "summary", "ruby", "rt", "rp", "bdi", "bdo" };
        for (const char *name : kept)
            t.insert(name, { Kind::Keep, QLatin1String(name) });
        for (const char *name : { "br", "hr", "wbr", "col" })
            t.insert(name, { Kind::Void, QLatin1String(name) });
        // Page structure the reader shows as plain blocks.
        for (const char *name : { "header", "footer", "main", "nav", "aside", "address", "center", "hgroup" })
            t.insert(name, { Kind::Keep, QLatin1String("div") });
        t.insert("tt", { Kind::Keep, QLatin1String("code") });
        t.insert("strike", { Kind::Keep, QLatin1String("s") });
        t.insert("acronym", { Kind::Keep, QLatin1String("abbr") });
        for (const char *name : { "xmp", "listing", "plaintext" })
            t.insert(name, { Kind::Keep, QLatin1String("pre") });
        // Active content, page plumbing and things we cannot show safely.
        const char *dropped[] = { "script", "style", "template", "iframe", "frame", "frameset", "noframes", "object",
            "embed", "applet", "param", "form", "input", "button", "select", "textarea", "option", "optgroup",
            "datalist", "output", "keygen", "meta", "link", "base", "basefont", "bgsound", "title", "head", "svg",
            "math", "canvas", "dialog", "map", "area", "source", "track", "noembed", "portal", "fencedframe", "slot",
            "menu", "menuitem", "marquee", "isindex", "xml", "annotation-xml", "foreignobject" };
        for (const char *name : dropped)
            t.insert(name, { Kind::Drop, {} });
        t.insert("a", { Kind::Link, QLatin1String("a") });
        t.insert("img", { Kind::Image, QLatin1String("img") });
        t.insert("image", { Kind::Image, QLatin1String("img") });
        t.insert("picture", { Kind::Picture, {} });
        t.insert("video", { Kind::Media, {} });
        t.insert("audio", { Kind::Media, {} });
        t.insert("noscript", { Kind::Noscript, {} });
        return t;
    }();
    return table;
}

// Attributes allowed per written tag; title, dir and lang are allowed everywhere.
bool allowedAttribute(QLatin1String tag, const QByteArray &attr, AttrKind *kind)
{
    if (attr == "title") {
        *kind = AttrKind::Text;
        return true;
    }
    if (attr == "dir") {
        *kind = AttrKind::Dir;
        return true;
    }
    if (attr == "lang") {
        *kind = AttrKind::Lang;
        return true;
    }
    const auto is = [&](const char *name) { return tag == QLatin1String(name); };
    if (attr == "cite" && (is("q") || is("blockquote") || is("del") || is("ins"))) {
        *kind = AttrKind::Url;
        return true;
    }
    if (attr == "datetime" && (is("time") || is("del") || is("ins"))) {
        *kind = AttrKind::Short;
        return true;
    }
    if ((attr == "colspan" || attr == "rowspan") && (is("td") || is("th"))) {
        *kind = AttrKind::Integer;
        return true;
    }
    if (attr == "scope" && is("th")) {
        *kind = AttrKind::Scope;
        return true;
    }
    if (attr == "span" && (is("col") || is("colgroup"))) {
        *kind = AttrKind::Integer;
        return true;
    }
    if (is("ol")) {
        if (attr == "start") {
            *kind = AttrKind::Integer;
            return true;
        }
        if (attr == "reversed") {
            *kind = AttrKind::Boolean;
            return true;
        }
        if (attr == "type") {
            *kind = AttrKind::OlType;
            return true;
        }
    }
    if (attr == "value" && is("li")) {
        *kind = AttrKind::Integer;
        return true;
    }
    if (attr == "open" && is("details")) {
        *kind = AttrKind::Boolean;
        return true;
    }
    return false;
}

// What the page itself never shows (besides the hidden attribute).
bool isHiddenStyle(const QString &style)
{
    if (style.isEmpty())
        return false;
    QString compact = style.toLower();
    compact.remove(QLatin1Char(' '));
    return compact.contains(QLatin1String("display:none")) || compact.contains(QLatin1String("visibility:hidden"));
}

// Makes a URL attribute absolute and safe, or returns an empty string.
QString safeUrl(QString raw, const QUrl &base, bool allowDataImage)
{
    // Browsers ignore tabs and newlines anywhere in a URL and strip leading and
    // trailing controls and spaces: "java\tscript:" is javascript: to them.
    raw.remove(QLatin1Char('\t'));
    raw.remove(QLatin1Char('\n'));
    raw.remove(QLatin1Char('\r'));
    qsizetype begin = 0;
    qsizetype end = raw.size();
    while (begin < end && raw.at(begin).unicode() <= 0x20)
        ++begin;
    while (end > begin && raw.at(end - 1).unicode() <= 0x20)
        --end;
    raw = raw.mid(begin, end - begin);
    if (raw.isEmpty())
        return {};
    for (const QChar c : std::as_const(raw)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return {};
    }
    if (raw.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return allowDataImage && isDataImage(raw) ? raw : QString();

    QUrl url(raw);
    if (!url.isValid())
        return {};
    if (url.isRelative()) {
        if (!base.isValid() || base.isRelative())
            return {};
        url = base.resolved(url);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return url.toString(QUrl::FullyEncoded);
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    if (url.host().isEmpty())
        return {};
    return url.toString(QUrl::FullyEncoded);
}

QString validated(AttrKind kind, const QString &value, const QUrl &base)
{
    switch (kind) {
    case AttrKind::Text:
        return value.left(2000);
    case AttrKind::Short:
        return value.trimmed().left(64);
    case AttrKind::Url:
        return safeUrl(value, base, false);
    case AttrKind::Dir: {
        const QString dir = value.trimmed().toLower();
        return dir == QLatin1String("ltr") || dir == QLatin1String("rtl") || dir == QLatin1String("auto") ? dir
                                                                                                          : QString();
    }
    case AttrKind::Lang: {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"));
        const QString lang = value.trimmed();
        return pattern.match(lang).hasMatch() ? lang : QString();
    }
    case AttrKind::Integer: {
        bool ok = false;
        const int number = value.trimmed().toInt(&ok);
        return ok && number > -100000 && number < 100000 ? QString::number(number) : QString();
    }
    case AttrKind::Size: {
        static const QRegularExpression pattern(QStringLiteral("^\\d{1,5}%?$"));
        const QString size = value.trimmed();
        return pattern.match(size).hasMatch() ? size : QString();
    }
    case AttrKind::Boolean:
        return QStringLiteral("");
    case AttrKind::OlType: {
        const QString type = value.trimmed();
        return type.size() == 1 && QStringLiteral("1aAiI").contains(type) ? type : QString();
    }
    case AttrKind::Scope: {
        const QString scope = value.trimmed().toLower();
        static const QSet<QString> scopes
            = { QStringLiteral("row"), QStringLiteral("col"), QStringLiteral("rowgroup"), QStringLiteral("colgroup") };
        return scopes.contains(scope) ? scope : QString();
    }
    }
    return {};
}

} // namespace Core::HtmlSanitizer::Detail
