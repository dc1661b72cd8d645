#include "html/sanitizer.h"

#include "html/document.h"
#include "html/escape.h"
#include "html/image_policy.h"
#include "html/markup_limits.h"
#include "sanitizer_rules.h"
#include "sanitizer_sources.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <cstring>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <vector>

namespace Core::HtmlSanitizer {

using Html::appendEscaped;
using Html::EscapeFor;
using Html::isPlaceholder;
using Html::isTrackingPixel;
using Html::largestSrcsetCandidate;
using Html::sizeValue;

using namespace Detail;

template <class Source> class WriterCore {
public:
    using Ref = typename Source::Ref;

    WriterCore(Source source, const QUrl &baseUrl, bool includeRoot, int maxDepth)
        : m_src(std::move(source))
        , m_base(baseUrl)
        , m_includeRoot(includeRoot)
        , m_maxDepth(maxDepth)
    {
    }

    void write(Ref root);
    QString m_out;
    QString m_firstImageUrl; // the first image written: its src, as written
    QString m_firstImageAlt; // and its alt text, trimmed

private:
    struct Frame {
        Ref node;
        QLatin1String closeTag;
        qsizetype start = 0; // output size before the open tag
        qsizetype afterOpen = 0; // output size after it
    };

    bool enter(Ref node, QLatin1String *closeTag);
    void close(const Frame &frame);
    bool enterElement(Ref node, QLatin1String *closeTag);
    void writeOpenTag(Ref node, QLatin1String tag);
    void writeImage(Ref img, Ref picture, bool fromNoscript);
    QString imageSource(Ref img, Ref picture);
    void writePicture(Ref picture);
    void writeMedia(Ref media);
    void writeNoscript(Ref noscript);
    bool isHidden(Ref node) const
    {
        return m_src.hasAttribute(node, "hidden") || isHiddenStyle(m_src.attribute(node, "style"));
    }

    QString url(const QString &raw, bool allowDataImage);
    Rule ruleFor(Ref node);

    Source m_src;
    QUrl m_base;
    bool m_includeRoot = true;
    int m_maxDepth = 200;
    int m_depth = 0;
    QSet<QString> m_images;
    QHash<QString, QString> m_urls; // raw href/src -> safe absolute URL; pages repeat their links
    QHash<const void *, Rule> m_rules; // names are interned: one pointer per tag name
};

template <class Source> Rule WriterCore<Source>::ruleFor(Ref node)
{
    const void *key = m_src.nameKey(node);
    const auto cached = m_rules.constFind(key);
    if (cached != m_rules.constEnd())
        return *cached;
    const auto it = rules().constFind(m_src.name(node));
    const Rule rule = it == rules().constEnd() ? Rule {} : *it;
    if (m_rules.size() < 4096) // trees built without a dictionary have a pointer per node
        m_rules.insert(key, rule);
    return rule;
}

template <class Source> QString WriterCore<Source>::url(const QString &raw, bool allowDataImage)
{
    if (allowDataImage && raw.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return safeUrl(raw, m_base, true); // inline images are too big and too unique to cache
    const auto it = m_urls.constFind(raw);
    if (it != m_urls.constEnd())
        return *it;
    const QString safe = safeUrl(raw, m_base, false);
    if (m_urls.size() < 20000)
        m_urls.insert(raw, safe);
    return safe;
}

template <class Source> void WriterCore<Source>::write(Ref root)
{
    if (root == Source::none())
        return;
    std::vector<Frame> stack;
    if (m_includeRoot && !m_src.isDocument(root)) {
        QLatin1String closeTag;
        const qsizetype start = m_out.size();
        if (!enter(root, &closeTag))
            return;
        stack.push_back({ root, closeTag, start, m_out.size() });
    } else {
        stack.push_back({ root, {} });
    }
    // Iterative walk: a hostile page nested a million levels deep must not
    // exhaust the stack.
    Ref current = m_src.firstChild(root);
    while (!stack.empty()) {
        if (current != Source::none()) {
            QLatin1String closeTag;
            const qsizetype start = m_out.size();
            if (enter(current, &closeTag)) {
                stack.push_back({ current, closeTag, start, m_out.size() });
                current = m_src.firstChild(current);
            } else {
                current = m_src.next(current);
            }
            continue;
        }
        const Frame frame = stack.back();
        stack.pop_back();
        close(frame);
        if (stack.empty())
            break;
        current = m_src.next(frame.node);
    }
}

template <class Source> void WriterCore<Source>::close(const Frame &frame)
{
    if (frame.closeTag.isEmpty())
        return;
    --m_depth;
    // Elements that lost all their content (a link around a dropped pixel,
    // a paragraph that held only a script) are left out altogether.
    static const QSet<QLatin1String> droppedWhenEmpty = { QLatin1String("a"), QLatin1String("p"), QLatin1String("span"),
        QLatin1String("div"), QLatin1String("em"), QLatin1String("strong"), QLatin1String("b"), QLatin1String("i"),
        QLatin1String("u"), QLatin1String("s"), QLatin1String("small"), QLatin1String("mark"), QLatin1String("sub"),
        QLatin1String("sup"), QLatin1String("code"), QLatin1String("q"), QLatin1String("cite"), QLatin1String("figure"),
        QLatin1String("figcaption"), QLatin1String("blockquote"), QLatin1String("section"), QLatin1String("article") };
    if (m_out.size() == frame.afterOpen && droppedWhenEmpty.contains(frame.closeTag)) {
        m_out.truncate(frame.start);
        return;
    }
    m_out += QLatin1String("</") + frame.closeTag + QLatin1Char('>');
}

// Writes what a node contributes before its children; true to descend.
template <class Source> bool WriterCore<Source>::enter(Ref node, QLatin1String *closeTag)
{
    switch (m_src.kind(node)) {
    case NodeKind::Text:
        if (m_src.hasText(node) && !m_src.skipped(node))
            m_src.appendText(m_out, node);
        return false;
    case NodeKind::Element:
        if (m_src.skipped(node))
            return false;
        return enterElement(node, closeTag);
    case NodeKind::Container:
        return true;
    case NodeKind::Other:
        return false;
    }
    return false;
}

template <class Source> bool WriterCore<Source>::enterElement(Ref node, QLatin1String *closeTag)
{
    const Rule rule = ruleFor(node);
    if (rule.kind == Kind::Drop || isHidden(node))
        return false;
    switch (rule.kind) {
    case Kind::Unwrap:
        return true;
    case Kind::Image:
        writeImage(node, Source::none(), false);
        return false;
    case Kind::Picture:
        writePicture(node);
        return false;
    case Kind::Media:
        writeMedia(node);
        return false;
    case Kind::Noscript:
        writeNoscript(node);
        return false;
    case Kind::Void:
        // libxml2 does not know wbr is void and may hang following text under it.
        writeOpenTag(node, rule.output);
        return true;
    case Kind::Link:
        // An anchor without a usable target is just its text.
        if (url(m_src.attribute(node, "href"), false).isEmpty())
            return true;
        break;
    case Kind::Keep:
    case Kind::Drop:
        break;
    }
    if (m_depth >= m_maxDepth)
        return true; // flattened: the text survives, the nesting does not
    writeOpenTag(node, rule.output);
    *closeTag = rule.output;
    ++m_depth;
    return true;
}

template <class Source> void WriterCore<Source>::writeOpenTag(Ref node, QLatin1String tag)
{
    m_out += QLatin1Char('<') + tag;
    m_src.forEachAttribute(node, [&](const QByteArray &name, auto readValue) {
        AttrKind kind;
        if (name == "href" && tag == QLatin1String("a")) {
            kind = AttrKind::Url;
        } else if (!allowedAttribute(tag, name, &kind)) {
            return;
        }
        const QString raw = readValue();
        const QString value = kind == AttrKind::Url ? url(raw, false) : validated(kind, raw, m_base);
        if (value.isEmpty() && (kind == AttrKind::Url || value.isNull()))
            return;
        m_out += QLatin1Char(' ') + QLatin1String(name) + QLatin1String("=\"");
        appendEscaped(m_out, value, EscapeFor::Attribute);
        m_out += QLatin1Char('"');
    });
    if (tag == QLatin1String("a"))
        m_out += QLatin1String(" rel=\"noopener noreferrer\"");
    m_out += QLatin1Char('>');
}

template <class Source> QString WriterCore<Source>::imageSource(Ref img, Ref picture)
{
    const bool hasImg = img != Source::none();
    const QString rawSrc = hasImg ? m_src.attribute(img, "src") : QString();
    const QString src = url(rawSrc, true);
    const bool isData = src.startsWith(QLatin1String("data:"));
    if (!src.isEmpty() && !isData && !isPlaceholder(rawSrc))
        return src;
    if (hasImg) {
        for (const char *name : Html::LazySourceAttributes) {
            const QString raw = m_src.attribute(img, name);
            const QString candidate = url(raw, true);
            if (!candidate.isEmpty() && !isPlaceholder(raw))
                return candidate;
        }
        for (const char *name : Html::ImageSrcsetAttributes) {
            const QString candidate = url(largestSrcsetCandidate(m_src.attribute(img, name)), false);
            if (!candidate.isEmpty())
                return candidate;
        }
    }
    if (picture != Source::none()) {
        for (Ref child = m_src.firstChild(picture); child != Source::none(); child = m_src.next(child)) {
            if (m_src.kind(child) != NodeKind::Element || !m_src.isNamed(child, "source"))
                continue;
            for (const char *name : Html::PictureSourceAttributes) {
                const QString candidate = url(largestSrcsetCandidate(m_src.attribute(child, name)), false);
                if (!candidate.isEmpty())
                    return candidate;
            }
        }
    }
    // With no lazy alternative the src is the picture after all, unless it is
    // an inline image small enough to be a transparent stand-in.
    if (isData)
        return isPlaceholder(rawSrc) ? QString() : src;
    return src;
}

template <class Source> void WriterCore<Source>::writeImage(Ref img, Ref picture, bool fromNoscript)
{
    const QString src = imageSource(img, picture);
    const bool hasImg = img != Source::none();
    if (src.isEmpty())
        return;
    if (hasImg) {
        const int width = sizeValue(m_src.attribute(img, "width"));
        const int height = sizeValue(m_src.attribute(img, "height"));
        if (isTrackingPixel(width, height, src))
            return;
    }
    // The noscript fallback of a lazy image repeats the image just shown.
    if (fromNoscript && m_images.contains(src))
        return;
    m_images.insert(src);
    if (m_firstImageUrl.isEmpty()) {
        m_firstImageUrl = src;
        m_firstImageAlt = hasImg ? m_src.attribute(img, "alt").trimmed() : QString();
    }
    m_out += QLatin1String("<img src=\"");
    appendEscaped(m_out, src, EscapeFor::Attribute);
    m_out += QLatin1Char('"');
    if (hasImg) {
        for (const char *name : { "alt", "title", "width", "height" }) {
            const QString raw = m_src.attribute(img, name);
            if (raw.isNull())
                continue;
            const bool isSize = qstrcmp(name, "width") == 0 || qstrcmp(name, "height") == 0;
            const QString value = validated(isSize ? AttrKind::Size : AttrKind::Text, raw, m_base);
            if (value.isNull())
                continue;
            m_out += QLatin1Char(' ') + QLatin1String(name) + QLatin1String("=\"");
            appendEscaped(m_out, value, EscapeFor::Attribute);
            m_out += QLatin1Char('"');
        }
    }
    m_out += QLatin1Char('>');
}

template <class Source> void WriterCore<Source>::writePicture(Ref picture)
{
    // The img inside a picture may sit in a wrapper; look a few levels down.
    std::vector<Ref> pending { picture };
    Ref img = Source::none();
    for (size_t i = 0; i < pending.size() && i < 64 && img == Source::none(); ++i) {
        for (Ref child = m_src.firstChild(pending[i]); child != Source::none(); child = m_src.next(child)) {
            if (m_src.kind(child) != NodeKind::Element || m_src.skipped(child))
                continue;
            if (m_src.isNamed(child, "img")) {
                img = child;
                break;
            }
            pending.push_back(child);
        }
    }
    writeImage(img, picture, false);
}

template <class Source> void WriterCore<Source>::writeMedia(Ref media)
{
    QString src = url(m_src.attribute(media, "src"), false);
    for (Ref child = m_src.firstChild(media); child != Source::none() && src.isEmpty(); child = m_src.next(child)) {
        if (m_src.kind(child) == NodeKind::Element && m_src.isNamed(child, "source"))
            src = url(m_src.attribute(child, "src"), false);
    }
    if (src.isEmpty())
        return;
    // Nothing plays by itself: the reader gets a link to the media, with the
    // poster as its picture when there is one.
    m_out += QLatin1String("<a href=\"");
    appendEscaped(m_out, src, EscapeFor::Attribute);
    m_out += QLatin1String("\" rel=\"noopener noreferrer\">");
    const QString poster = url(m_src.attribute(media, "poster"), true);
    if (!poster.isEmpty()) {
        m_out += QLatin1String("<img src=\"");
        appendEscaped(m_out, poster, EscapeFor::Attribute);
        m_out += QLatin1String("\" alt=\"\">");
    } else {
        appendEscaped(m_out, src, EscapeFor::Text);
    }
    m_out += QLatin1String("</a>");
}

template <class Source> void WriterCore<Source>::writeNoscript(Ref noscript)
{
    // Only the classic lazy-image fallback is worth showing: a noscript that
    // holds images and no text ("Please enable JavaScript" is not content).
    std::vector<Ref> images;
    std::vector<Ref> pending { noscript };
    for (size_t i = 0; i < pending.size() && i < 256; ++i) {
        for (Ref child = m_src.firstChild(pending[i]); child != Source::none(); child = m_src.next(child)) {
            if (m_src.isVisibleText(child))
                return;
            if (m_src.kind(child) != NodeKind::Element)
                continue;
            if (m_src.isNamed(child, "img"))
                images.push_back(child);
            else
                pending.push_back(child);
        }
    }
    for (Ref img : images) {
        if (!m_src.skipped(img))
            writeImage(img, Source::none(), true);
    }
}

class Writer::Impl : public WriterCore<XmlSource> {
public:
    Impl(const QUrl &baseUrl, Options options)
        : WriterCore<XmlSource>(XmlSource { std::move(options.skip) }, baseUrl, options.includeRoot, options.maxDepth)
    {
    }
};

Writer::Writer(const QUrl &baseUrl, Options options)
    : m_impl(std::make_unique<Impl>(baseUrl, std::move(options)))
{
}

Writer::~Writer() = default;

void Writer::write(const _xmlNode *node)
{
    m_impl->write(node);
}

const QString &Writer::html() const
{
    return m_impl->m_out;
}

QString Writer::takeHtml()
{
    return std::exchange(m_impl->m_out, QString());
}

class DocumentWriter::Impl : public WriterCore<TableSource> {
public:
    Impl(const Html::Document &doc, const QUrl &baseUrl, std::function<bool(int)> skip, int maxDepth)
        : WriterCore<TableSource>(TableSource { doc, std::move(skip) }, baseUrl, true, maxDepth)
    {
    }
};

DocumentWriter::DocumentWriter(
    const Html::Document &doc, const QUrl &baseUrl, std::function<bool(int)> skip, int maxDepth)
    : m_impl(std::make_unique<Impl>(doc, baseUrl, std::move(skip), maxDepth))
{
}

DocumentWriter::~DocumentWriter() = default;

void DocumentWriter::write(int node)
{
    m_impl->write(node);
}

QString DocumentWriter::takeHtml()
{
    return std::exchange(m_impl->m_out, QString());
}

QString DocumentWriter::firstImageUrl() const
{
    return m_impl->m_firstImageUrl;
}

QString DocumentWriter::firstImageAlt() const
{
    return m_impl->m_firstImageAlt;
}

QString cleanNode(const _xmlNode *node, const QUrl &baseUrl, const Options &options)
{
    Writer writer(baseUrl, options);
    writer.write(node);
    return writer.takeHtml();
}

QString safeImageUrl(const QString &raw, const QUrl &baseUrl)
{
    const QString url = safeUrl(raw, baseUrl, false);
    if (!url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://")))
        return {}; // mailto: is a link, not a picture
    return isTrackingPixel(-1, -1, url) ? QString() : url;
}

QString clean(const QString &html, const QUrl &baseUrl)
{
    if (html.trimmed().isEmpty())
        return {};
    // Parsed as a fragment inside a body, so that leading text is not wrapped
    // into an implied paragraph and nothing lands in a head.
    const QByteArray bytes = Html::capAttributes(
        QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>") + html.toUtf8(),
        Html::Markup::Html);
    // XML_PARSE_HUGE: without it libxml2 abandons the rest of the document at
    // nesting depth 256; its parser is iterative, and our writer flattens.
    const int options
        = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | XML_PARSE_HUGE;
    htmlDocPtr doc
        = htmlReadMemory(bytes.constData(), int(qMin<qsizetype>(bytes.size(), INT_MAX)), nullptr, "UTF-8", options);
    if (!doc)
        return {};
    Options writerOptions;
    writerOptions.includeRoot = true;
    const QString result = cleanNode(xmlDocGetRootElement(doc), baseUrl, writerOptions);
    xmlFreeDoc(doc);
    return result;
}

} // namespace Core::HtmlSanitizer
