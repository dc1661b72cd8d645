#include "html/sanitizer.h"

#include "html/document.h"
#include "html/escape.h"
#include "html/image_policy.h"

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
using Html::isDataImage;
using Html::isPlaceholder;
using Html::isTrackingPixel;
using Html::largestSrcsetCandidate;
using Html::needsEscaping;
using Html::sizeValue;

namespace {

enum class Kind {
    Keep, // written with its allowed attributes
    Unwrap, // tags dropped, children kept
    Drop, // dropped with everything inside
    Void, // written, no children (br, hr, wbr, col)
    Link, // a: kept only with a usable href
    Image, // img
    Picture, // reduced to one img
    Media, // video/audio: reduced to a link
    Noscript, // its images only, when it holds nothing else
};

struct Rule {
    Kind kind = Kind::Unwrap;
    QLatin1String output; // the tag written, for Keep and Void
};

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

enum class AttrKind { Text, Url, Dir, Lang, Integer, Size, Boolean, OlType, Scope, Short };

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

// libxml2's HTML parser already lower-cases names, so the common case wraps
// them without copying; XHTML trees may need a lower-cased copy.
QByteArray lowerName(const xmlChar *name)
{
    if (!name)
        return {};
    const char *chars = reinterpret_cast<const char *>(name);
    const qsizetype length = qsizetype(qstrlen(chars));
    for (qsizetype i = 0; i < length; ++i) {
        if (chars[i] >= 'A' && chars[i] <= 'Z')
            return QByteArray(chars, length).toLower();
    }
    return QByteArray::fromRawData(chars, length);
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

// UTF-8 decoded straight onto the end of out, without a temporary string.
void appendUtf8(QString &out, std::string_view utf8)
{
    static thread_local QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const qsizetype size = out.size();
    out.resize(size + qsizetype(utf8.size())); // UTF-16 never needs more units than UTF-8 has bytes
    QChar *begin = out.data();
    QChar *end = decoder.appendToBuffer(begin + size, QByteArrayView(utf8.data(), qsizetype(utf8.size())));
    out.truncate(end - begin);
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

bool isWhitespaceOnly(const char *p, const char *end)
{
    for (; p < end; ++p) {
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f')
            return false;
    }
    return true;
}

QString presentValue(const char *utf8, qsizetype size)
{
    const QString text = QString::fromUtf8(utf8, size);
    return text.isNull() ? QStringLiteral("") : text; // present but empty is not absent
}

// The writer reads its input through a source: a libxml2 tree (feed content,
// callers with a tree) or the article extractor's node table. Both expose the
// same few questions, so the allow-list logic below exists once.
enum class NodeKind { Text, Element, Container, Other };

struct XmlSource {
    using Ref = const xmlNode *;
    std::function<bool(const _xmlNode *)> skip;

    static Ref none() { return nullptr; }
    static NodeKind kind(Ref node)
    {
        switch (node->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            return NodeKind::Text;
        case XML_ELEMENT_NODE:
            return NodeKind::Element;
        case XML_DOCUMENT_NODE:
        case XML_HTML_DOCUMENT_NODE:
        case XML_DOCUMENT_FRAG_NODE:
            return NodeKind::Container;
        default: // comments, processing instructions, DTDs, entity declarations
            return NodeKind::Other;
        }
    }
    static bool isDocument(Ref node) { return node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE; }
    static Ref firstChild(Ref node) { return node->children; }
    static Ref next(Ref node) { return node->next; }
    static QString text(Ref node)
    {
        return node->content ? QString::fromUtf8(reinterpret_cast<const char *>(node->content)) : QString();
    }
    static bool hasText(Ref node) { return node->content != nullptr; }
    static void appendText(QString &out, Ref node) { appendEscaped(out, text(node), EscapeFor::Text); }
    // Only real text nodes count as text for the noscript test, not CDATA.
    static bool isVisibleText(Ref node)
    {
        if (node->type != XML_TEXT_NODE || !node->content)
            return false;
        const char *p = reinterpret_cast<const char *>(node->content);
        return !isWhitespaceOnly(p, p + qstrlen(p));
    }
    static const void *nameKey(Ref node) { return node->name; }
    static QByteArray name(Ref node) { return lowerName(node->name); }
    static bool isNamed(Ref node, const char *name) { return lowerName(node->name) == name; }
    static const xmlAttr *find(Ref node, const char *name)
    {
        for (const xmlAttr *attr = node->properties; attr; attr = attr->next) {
            if (attr->name && qstricmp(reinterpret_cast<const char *>(attr->name), name) == 0)
                return attr;
        }
        return nullptr;
    }
    static QString value(const xmlAttr *attr)
    {
        QByteArray value;
        for (const xmlNode *child = attr->children; child; child = child->next) {
            if (child->content)
                value += reinterpret_cast<const char *>(child->content);
        }
        return presentValue(value.constData(), value.size());
    }
    static bool hasAttribute(Ref node, const char *name) { return find(node, name) != nullptr; }
    // The value, null when absent and empty (not null) when present without one.
    static QString attribute(Ref node, const char *name)
    {
        const xmlAttr *attr = find(node, name);
        return attr ? value(attr) : QString();
    }
    template <class F> static void forEachAttribute(Ref node, F f)
    {
        for (const xmlAttr *attr = node->properties; attr; attr = attr->next)
            f(lowerName(attr->name), [attr] { return value(attr); });
    }
    bool skipped(Ref node) const { return skip && skip(node); }
};

struct TableSource {
    using Ref = int;
    const Html::Document &doc;
    std::function<bool(int)> skip;

    const Html::Node &at(Ref i) const { return doc.nodes[size_t(i)]; }
    static Ref none() { return -1; }
    NodeKind kind(Ref i) const { return at(i).tag == Html::Tag::Text ? NodeKind::Text : NodeKind::Element; }
    static bool isDocument(Ref) { return false; }
    Ref firstChild(Ref i) const { return i + 1 < at(i).end ? i + 1 : -1; }
    Ref next(Ref i) const
    {
        const int parent = at(i).parent;
        const int j = at(i).end;
        return parent >= 0 && j < at(parent).end ? j : -1;
    }
    QString text(Ref i) const
    {
        const std::string_view t = doc.textOf(at(i));
        return QString::fromUtf8(t.data(), qsizetype(t.size()));
    }
    static bool hasText(Ref) { return true; }
    void appendText(QString &out, Ref i) const
    {
        const std::string_view t = doc.textOf(at(i));
        if (needsEscaping(t))
            appendEscaped(out, QString::fromUtf8(t.data(), qsizetype(t.size())), EscapeFor::Text);
        else
            appendUtf8(out, t);
    }
    bool isVisibleText(Ref i) const
    {
        if (at(i).tag != Html::Tag::Text || doc.isCdata(at(i)))
            return false;
        const std::string_view t = doc.textOf(at(i));
        return !isWhitespaceOnly(t.data(), t.data() + t.size());
    }
    const void *nameKey(Ref i) const { return doc.name(at(i)); }
    QByteArray name(Ref i) const
    {
        const char *name = doc.name(at(i));
        return QByteArray::fromRawData(name, qsizetype(qstrlen(name)));
    }
    bool isNamed(Ref i, const char *name) const { return std::strcmp(doc.name(at(i)), name) == 0; }
    bool hasAttribute(Ref i, const char *name) const { return doc.rawAttribute(at(i), name) != nullptr; }
    QString attribute(Ref i, const char *name) const
    {
        const char *v = doc.rawAttribute(at(i), name);
        return v ? presentValue(v, qsizetype(qstrlen(v))) : QString();
    }
    template <class F> void forEachAttribute(Ref i, F f) const
    {
        const Html::Node &n = at(i);
        for (const auto *a = doc.attributesBegin(n), *e = doc.attributesEnd(n); a != e; ++a) {
            const char *name = doc.attributeName(*a);
            const char *v = doc.attributeValue(*a);
            f(QByteArray::fromRawData(name, qsizetype(qstrlen(name))),
                [v] { return presentValue(v, qsizetype(qstrlen(v))); });
        }
    }
    bool skipped(Ref i) const { return skip && skip(i); }
};

} // namespace

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

QString clean(const QString &html, const QUrl &baseUrl)
{
    if (html.trimmed().isEmpty())
        return {};
    // Parsed as a fragment inside a body, so that leading text is not wrapped
    // into an implied paragraph and nothing lands in a head.
    const QByteArray bytes
        = QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>") + html.toUtf8();
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
