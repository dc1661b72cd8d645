#include "feed_xml_node.h"

#include "base/html_text.h"
#include "html/document.h"
#include "html/escape.h"

#include <QStringList>

#include <cstring>
#include <string_view>

namespace Core::FeedParser::Detail {

namespace {

Ns nsFromUri(const char *uri)
{
    const std::string_view u(uri);
    if (u.starts_with("http://www.w3.org/2005/Atom") || u.starts_with("http://purl.org/atom/ns#"))
        return Ns::Atom;
    if (u == "http://purl.org/rss/1.0/" || u == "http://my.netscape.com/rdf/simple/0.9/"
        || u == "http://backend.userland.com/rss2" || u == "http://blogs.law.harvard.edu/tech/rss"
        || u == "http://backend.userland.com/rss" || u == "http://purl.org/net/rss1.1#")
        return Ns::Rss;
    if (u == "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
        return Ns::Rdf;
    if (u == "http://purl.org/dc/elements/1.1/" || u == "http://purl.org/dc/elements/1.0/")
        return Ns::Dc;
    if (u == "http://purl.org/dc/terms/")
        return Ns::DcTerms;
    if (u == "http://purl.org/rss/1.0/modules/content/")
        return Ns::Content;
    if (u.starts_with("http://search.yahoo.com/mrss"))
        return Ns::Media;
    if (u == "http://www.itunes.com/dtds/podcast-1.0.dtd" || u == "http://www.itunes.com/DTDs/Podcast-1.0.dtd")
        return Ns::Itunes;
    if (u == "http://www.w3.org/1999/xhtml")
        return Ns::Xhtml;
    if (u == "http://purl.org/rss/1.0/modules/syndication/")
        return Ns::Sy;
    return Ns::Other;
}

Ns nsFromPrefix(std::string_view prefix)
{
    if (prefix == "dc")
        return Ns::Dc;
    if (prefix == "dcterms")
        return Ns::DcTerms;
    if (prefix == "content")
        return Ns::Content;
    if (prefix == "media")
        return Ns::Media;
    if (prefix == "itunes")
        return Ns::Itunes;
    if (prefix == "atom")
        return Ns::Atom;
    if (prefix == "rdf")
        return Ns::Rdf;
    if (prefix == "xhtml")
        return Ns::Xhtml;
    if (prefix == "sy")
        return Ns::Sy;
    return Ns::Other;
}

void serializeElement(const xmlNode *node, const QUrl &parentBase, QString &out)
{
    const QUrl base = baseOf(node, parentBase);
    const QByteArray name = Tag(node).name;
    out += QLatin1Char('<');
    out += QLatin1String(name);
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (a->ns && a->ns->prefix && std::strcmp(reinterpret_cast<const char *>(a->ns->prefix), "xml") == 0)
            continue;
        const QByteArray attrName = QByteArray(reinterpret_cast<const char *>(a->name)).toLower();
        xmlChar *raw = xmlNodeListGetString(node->doc, a->children, 1);
        QString value = fromXml(raw);
        xmlFree(raw);
        if (attrName == "href" || attrName == "src")
            value = resolve(value, base);
        out += QLatin1Char(' ');
        out += QLatin1String(attrName);
        out += QLatin1String("=\"");
        Html::appendEscaped(out, value, Html::EscapeFor::Attribute);
        out += QLatin1Char('"');
    }
    if (!node->children && Html::isVoidElement(std::string_view(name.constData(), size_t(name.size())))) {
        out += QLatin1String(" />");
        return;
    }
    out += QLatin1Char('>');
    serializeChildren(node, base, out);
    out += QLatin1String("</");
    out += QLatin1String(name);
    out += QLatin1Char('>');
}

} // namespace

Tag::Tag(const xmlNode *node)
{
    const char *raw = reinterpret_cast<const char *>(node->name);
    if (node->ns && node->ns->href) {
        ns = nsFromUri(reinterpret_cast<const char *>(node->ns->href));
        if (ns == Ns::Other && !node->ns->prefix)
            ns = Ns::Rss; // an unknown default namespace: a new version of a format we know
        name = QByteArray(raw).toLower();
        return;
    }
    const char *colon = std::strchr(raw, ':');
    if (colon) {
        ns = nsFromPrefix(std::string_view(raw, colon - raw));
        name = QByteArray(colon + 1).toLower();
    } else {
        ns = Ns::Rss;
        name = QByteArray(raw).toLower();
    }
}

// Undeclared prefixes (common in hand-made feeds) by their usual meaning.

QString fromXml(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

QString attr(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetNoNsProp(node, reinterpret_cast<const xmlChar *>(name));
    QString result = fromXml(value);
    xmlFree(value);
    return result;
}

QString textOf(const xmlNode *node)
{
    xmlChar *content = xmlNodeGetContent(node);
    QString result = fromXml(content);
    xmlFree(content);
    return result;
}

bool hasElementChildren(const xmlNode *node)
{
    for (const xmlNode *c = node->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            return true;
    return false;
}

QUrl baseOf(const xmlNode *node, const QUrl &parent)
{
    xmlChar *value = xmlGetNsProp(node, reinterpret_cast<const xmlChar *>("base"), XML_XML_NAMESPACE);
    if (!value)
        return parent;
    const QUrl relative(fromXml(value).trimmed());
    xmlFree(value);
    if (!relative.isValid())
        return parent;
    const QUrl base = parent.isValid() && !parent.isEmpty() ? parent.resolved(relative) : relative;
    // A script base would turn every relative link of the item into script.
    const QString scheme = base.scheme().toLower();
    if (scheme == QLatin1String("javascript") || scheme == QLatin1String("vbscript") || scheme == QLatin1String("data"))
        return parent;
    return base;
}

QString resolve(const QString &reference, const QUrl &base)
{
    const QString trimmed = reference.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed);
    if (!url.isValid())
        return trimmed;
    if (!url.isRelative() || base.isEmpty() || !base.isValid())
        return trimmed; // as written: QUrl would lower-case the host
    return base.resolved(url).toString();
}

qint64 toLength(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok && value >= 0 ? value : -1;
}

// "1:02:03", "62:03", "3723" -> seconds; -1 if unreadable.

qint64 toDuration(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.isEmpty() || parts.size() > 3)
        return -1;
    qint64 seconds = 0;
    for (const QString &part : parts) {
        bool ok = false;
        const double value = part.toDouble(&ok);
        if (!ok || value < 0)
            return -1;
        seconds = seconds * 60 + static_cast<qint64>(value);
    }
    return seconds;
}

void serializeChildren(const xmlNode *node, const QUrl &base, QString &out)
{
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE)
            serializeElement(c, base, out);
        else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            Html::appendEscaped(out, fromXml(c->content), Html::EscapeFor::Text);
    }
}

Text readText(const xmlNode *node, const QUrl &base, bool htmlByDefault)
{
    const QString type = attr(node, "type").trimmed().toLower();
    const QString mode = attr(node, "mode").trimmed().toLower();
    const bool textType
        = type == QLatin1String("text") || type == QLatin1String("text/plain") || type == QLatin1String("plain");
    const bool htmlType = type == QLatin1String("html") || type == QLatin1String("text/html");
    const bool xhtml = type == QLatin1String("xhtml") || type == QLatin1String("application/xhtml+xml")
        || (mode == QLatin1String("xml") && !textType && !htmlType);
    if (xhtml || (type.isEmpty() && mode.isEmpty() && hasElementChildren(node))) {
        QString html;
        serializeChildren(node, base, html);
        return { html.trimmed(), true };
    }
    QString value = textOf(node);
    // Atom 1.0 says other media types are base64; Atom 0.3 says so with mode="base64".
    const bool otherMedia = !type.isEmpty() && !textType && !htmlType && !type.startsWith(QLatin1String("text/"))
        && !type.endsWith(QLatin1String("xml"));
    if (mode == QLatin1String("base64") || otherMedia) {
        value = QString::fromUtf8(QByteArray::fromBase64(value.trimmed().toLatin1()));
        if (!htmlType && !textType)
            return { value, HtmlText::looksLikeHtml(value) };
    }
    if (htmlType || mode == QLatin1String("escaped"))
        return { value, true };
    if (textType)
        return { value, false };
    // No type: the caller knows the default (Atom: text; RSS: HTML, or a sniff for titles).
    return { value, htmlByDefault };
}

QString plainText(const Text &text)
{
    return text.html ? HtmlText::htmlToText(text.value) : HtmlText::foldWhitespace(text.value);
}

HtmlPart htmlPart(const Text &text, const QUrl &base)
{
    return { text.html ? text.value.trimmed() : textToHtml(text.value.trimmed()), base };
}

// Keeps the value with the highest priority; the first one wins a tie.

} // namespace Core::FeedParser::Detail
