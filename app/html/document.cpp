#include "html/document.h"

#include "html/markup_limits.h"

// This file is long on purpose: Document::Builder mirrors libxml2's own tree
// builder (SAX2.c) event by event, so that the node table holds exactly the
// nodes, parents and text runs the libxml2 tree would hold (implied and stray
// elements, merged character runs, the depth and text-length limits), and the
// pre-strip and name tables it needs sit beside it. Split, those parts would
// have to share the builder's private state; tst_html_document holds the
// table to the tree on the awkward inputs.

#include <algorithm>
#include <array>
#include <cstring>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <unordered_map>

namespace Core::Html {

namespace {

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

bool startsWithNoCase(const char *p, const char *end, std::string_view word)
{
    if (end - p < qsizetype(word.size()))
        return false;
    for (size_t i = 0; i < word.size(); ++i)
        if (asciiLower(p[i]) != word[i])
            return false;
    return true;
}

bool containsNoCase(const char *p, const char *end, std::string_view word)
{
    for (; p < end; ++p)
        if (asciiLower(*p) == word[0] && startsWithNoCase(p, end, word))
            return true;
    return false;
}

// The first "</name" at or after p (case-insensitive), or end.
const char *findClose(const char *p, const char *end, std::string_view name)
{
    while (p < end) {
        const auto *lt = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
        if (!lt)
            return end;
        if (lt + 1 < end && lt[1] == '/' && startsWithNoCase(lt + 2, end, name))
            return lt;
        p = lt + 1;
    }
    return end;
}

const char *findText(const char *p, const char *end, std::string_view needle)
{
    const auto it = std::search(p, end, needle.begin(), needle.end());
    return it;
}

bool isNameEnd(char c)
{
    return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// §1.2 of the design: copy out JSON-LD and state blobs, then drop the bodies
// of script/style/svg/template and comments so the parser sees far fewer bytes.
// Everything else is copied in as few runs as possible.
QByteArray preStrip(const QByteArray &in, QList<QByteArray> *jsonLd, QByteArray *nextData)
{
    static constexpr std::string_view rawTags[] = { "script", "style", "svg", "template", "textarea" };
    QByteArray out;
    out.reserve(in.size());
    const char *p = in.constData();
    const char *end = p + in.size();
    const char *copyFrom = p; // start of the bytes not yet copied
    while (p < end) {
        const auto *lt = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
        if (!lt)
            break;
        const char next = lt + 1 < end ? lt[1] : '\0';
        if (next == '!' && end - lt >= 4 && lt[2] == '-' && lt[3] == '-') {
            out.append(copyFrom, lt - copyFrom);
            const char *close = findText(lt + 4, end, "-->");
            p = close == end ? end : close + 3;
            copyFrom = p;
            continue;
        }
        std::string_view raw;
        if (asciiLower(next) == 's' || asciiLower(next) == 't') {
            for (auto name : rawTags) {
                const char *after = lt + 1 + name.size();
                if (startsWithNoCase(lt + 1, end, name) && after < end && isNameEnd(*after)) {
                    raw = name;
                    break;
                }
            }
        }
        if (raw.empty()) {
            p = lt + 1;
            continue;
        }
        const auto *gt = static_cast<const char *>(std::memchr(lt, '>', size_t(end - lt)));
        if (!gt)
            break;
        const char *close = findClose(gt + 1, end, raw);
        if (raw == "script") {
            const bool isJsonLd = containsNoCase(lt, gt + 1, "ld+json");
            if (isJsonLd || containsNoCase(lt, gt + 1, "__next_data__")
                || containsNoCase(lt, gt + 1, "application/json")) {
                const QByteArray content(gt + 1, close - gt - 1);
                if (isJsonLd)
                    jsonLd->append(content);
                else if (content.size() > nextData->size())
                    *nextData = content;
            }
        }
        out.append(copyFrom, gt + 1 - copyFrom); // up to and with the open tag
        // The body goes; the close tag ("</name...") is copied on from here.
        copyFrom = close;
        p = close < end ? close + 2 : end;
    }
    out.append(copyFrom, end - copyFrom);
    // Qt's replace walks every byte; memchr finds the rare NUL far faster.
    if (out.contains('\0'))
        out.replace('\0', ' ');
    return out;
}

} // namespace

Tag tagOf(const char *name)
{
    static const std::unordered_map<std::string_view, Tag> table = {
        { "a", Tag::A },
        { "abbr", Tag::Abbr },
        { "address", Tag::Address },
        { "article", Tag::Article },
        { "aside", Tag::Aside },
        { "audio", Tag::Audio },
        { "b", Tag::B },
        { "blockquote", Tag::Blockquote },
        { "body", Tag::Body },
        { "br", Tag::Br },
        { "button", Tag::Button },
        { "canvas", Tag::Canvas },
        { "caption", Tag::Caption },
        { "center", Tag::Center },
        { "code", Tag::Code },
        { "dd", Tag::Dd },
        { "details", Tag::Details },
        { "dialog", Tag::Dialog },
        { "div", Tag::Div },
        { "dl", Tag::Dl },
        { "dt", Tag::Dt },
        { "em", Tag::Em },
        { "embed", Tag::Embed },
        { "fieldset", Tag::Fieldset },
        { "figcaption", Tag::Figcaption },
        { "figure", Tag::Figure },
        { "font", Tag::Font },
        { "footer", Tag::Footer },
        { "form", Tag::Form },
        { "h1", Tag::H1 },
        { "h2", Tag::H2 },
        { "h3", Tag::H3 },
        { "h4", Tag::H4 },
        { "h5", Tag::H5 },
        { "h6", Tag::H6 },
        { "head", Tag::Head },
        { "header", Tag::Header },
        { "hr", Tag::Hr },
        { "html", Tag::Html },
        { "i", Tag::I },
        { "iframe", Tag::Iframe },
        { "img", Tag::Img },
        { "input", Tag::Input },
        { "label", Tag::Label },
        { "li", Tag::Li },
        { "link", Tag::Link },
        { "main", Tag::Main },
        { "math", Tag::Math },
        { "menu", Tag::Menu },
        { "meta", Tag::Meta },
        { "nav", Tag::Nav },
        { "noscript", Tag::Noscript },
        { "object", Tag::Object },
        { "ol", Tag::Ol },
        { "option", Tag::Option },
        { "p", Tag::P },
        { "picture", Tag::Picture },
        { "pre", Tag::Pre },
        { "script", Tag::Script },
        { "section", Tag::Section },
        { "select", Tag::Select },
        { "source", Tag::Source },
        { "span", Tag::Span },
        { "strong", Tag::Strong },
        { "style", Tag::Style },
        { "summary", Tag::Summary },
        { "svg", Tag::Svg },
        { "table", Tag::Table },
        { "tbody", Tag::Tbody },
        { "td", Tag::Td },
        { "template", Tag::Template },
        { "textarea", Tag::Textarea },
        { "tfoot", Tag::Tfoot },
        { "th", Tag::Th },
        { "thead", Tag::Thead },
        { "time", Tag::Time },
        { "title", Tag::Title },
        { "tr", Tag::Tr },
        { "u", Tag::U },
        { "ul", Tag::Ul },
        { "video", Tag::Video },
        { "sup", Tag::Sup },
        { "sub", Tag::Sub },
        { "small", Tag::Small },
        { "cite", Tag::Cite },
        { "q", Tag::Q },
        { "mark", Tag::Mark },
        { "s", Tag::S },
        { "del", Tag::Del },
        { "ins", Tag::Ins },
        { "kbd", Tag::Kbd },
        { "samp", Tag::Samp },
        { "var", Tag::Var },
        { "tt", Tag::Tt },
        { "big", Tag::Big },
        { "dfn", Tag::Dfn },
        { "wbr", Tag::Wbr },
    };
    if (!name)
        return Tag::Other;
    const auto it = table.find(std::string_view(name));
    return it == table.end() ? Tag::Other : it->second;
}

bool isHeading(Tag t)
{
    return t >= Tag::H1 && t <= Tag::H6;
}

bool isBlockTag(Tag t)
{
    switch (t) {
    case Tag::Address:
    case Tag::Article:
    case Tag::Aside:
    case Tag::Blockquote:
    case Tag::Body:
    case Tag::Center:
    case Tag::Dd:
    case Tag::Details:
    case Tag::Dialog:
    case Tag::Div:
    case Tag::Dl:
    case Tag::Dt:
    case Tag::Fieldset:
    case Tag::Figcaption:
    case Tag::Figure:
    case Tag::Footer:
    case Tag::Form:
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6:
    case Tag::Header:
    case Tag::Hr:
    case Tag::Html:
    case Tag::Li:
    case Tag::Main:
    case Tag::Menu:
    case Tag::Nav:
    case Tag::Ol:
    case Tag::P:
    case Tag::Pre:
    case Tag::Section:
    case Tag::Summary:
    case Tag::Table:
    case Tag::Tbody:
    case Tag::Td:
    case Tag::Tfoot:
    case Tag::Th:
    case Tag::Thead:
    case Tag::Tr:
    case Tag::Ul:
    case Tag::Caption:
    case Tag::Noscript:
    case Tag::Select:
    case Tag::Textarea:
    case Tag::Iframe:
    case Tag::Video:
    case Tag::Audio:
    case Tag::Canvas:
        return true;
    default:
        return false;
    }
}

bool isVoidElement(std::string_view name)
{
    static constexpr std::string_view voids[] = { "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr" };
    return std::find(std::begin(voids), std::end(voids), name) != std::end(voids);
}

const char *Document::rawAttribute(const Node &n, const char *name) const
{
    if (n.tag == Tag::Text)
        return nullptr;
    for (const Attribute *a = attributesBegin(n), *e = attributesEnd(n); a != e; ++a)
        if (std::strcmp(attributeName(*a), name) == 0)
            return attributeValue(*a);
    return nullptr;
}

QByteArray Document::attribute(const Node &n, const char *name) const
{
    const char *v = rawAttribute(n, name);
    return v ? QByteArray(v) : QByteArray();
}

QString Document::attributeString(const Node &n, const char *name) const
{
    return QString::fromUtf8(attribute(n, name)).trimmed();
}

bool containsAny(std::string_view haystack, std::initializer_list<std::string_view> needles)
{
    for (auto n : needles)
        if (haystack.find(n) != std::string_view::npos)
            return true;
    return false;
}

bool containsNoCase(std::string_view haystack, std::string_view lowerNeedle)
{
    return !lowerNeedle.empty() && containsNoCase(haystack.data(), haystack.data() + haystack.size(), lowerNeedle);
}

bool hasSpaceToken(std::string_view list, std::string_view lowerToken)
{
    size_t start = 0;
    while (start <= list.size()) {
        size_t stop = list.find(' ', start);
        if (stop == std::string_view::npos)
            stop = list.size();
        if (stop - start == lowerToken.size() && startsWithNoCase(list.data() + start, list.data() + stop, lowerToken))
            return true;
        start = stop + 1;
    }
    return false;
}

void normalizeSpaceInPlace(QString &s)
{
    QChar *const start = s.data();
    const QChar *const end = start + s.size();
    QChar *d = start;
    bool space = false;
    for (const QChar *r = start; r < end; ++r) {
        const QChar c = *r;
        const char16_t u = c.unicode();
        if (u < 0x80) {
            // Most text is ASCII: its spaces are the ones QChar::isSpace() knows.
            if (u == ' ' || (u >= '\t' && u <= '\r')) {
                space = d != start;
                continue;
            }
        } else if (u == 0xAD || u == 0x200B || u == 0x200C || u == 0x200D || u == 0xFEFF || u == 0x2060) {
            continue;
        } else if (c.isSpace() || u == 0xA0) {
            space = d != start;
            continue;
        }
        if (space) {
            *d++ = QLatin1Char(' ');
            space = false;
        }
        *d++ = c;
    }
    s.truncate(d - start);
}

QString normalizeSpace(const QString &s)
{
    QString out = s;
    normalizeSpaceInPlace(out);
    if (out.isNull())
        out = QStringLiteral(""); // callers have always had an empty string, never a null one
    return out;
}

namespace {

// libxml2's tree builder stops the whole parse when elements nest deeper than
// this (xmlParserMaxDepth, without XML_PARSE_HUGE); the table keeps that rule
// so it holds exactly the nodes the tree held.
constexpr size_t TreeMaxDepth = 256;
// libxml2's tree builder drops text that would grow one text node past this.
constexpr size_t TreeMaxTextLength = 10000000;

// The name libxml2's tree gives an element: "o:p" becomes "p" (xmlSplitQName).
std::string_view localName(const char *name)
{
    const std::string_view full(name);
    const size_t colon = full.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == full.size())
        return full;
    return full.substr(colon + 1);
}

} // namespace

// A small open-addressing map keyed by libxml2's interned name pointers: a
// page has a few dozen distinct names and looks them up once per element and
// attribute, so this sits in the hottest path of the table build.
template <class Value> class PointerMap final {
public:
    PointerMap() { m_slots.resize(64); }
    const Value *find(const void *key) const
    {
        for (size_t i = slotOf(key, m_slots.size());; i = (i + 1) & (m_slots.size() - 1)) {
            const Slot &slot = m_slots[i];
            if (slot.key == key)
                return &slot.value;
            if (!slot.key)
                return nullptr;
        }
    }
    // key must not be present yet.
    const Value &insert(const void *key, const Value &value)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            grow();
        ++m_size;
        return place(m_slots, key, value);
    }

private:
    struct Slot {
        const void *key = nullptr;
        Value value {};
    };
    static size_t slotOf(const void *key, size_t capacity)
    {
        return size_t((reinterpret_cast<std::uintptr_t>(key) >> 3) * 0x9E3779B97F4A7C15ull >> 32) & (capacity - 1);
    }
    static const Value &place(std::vector<Slot> &slots, const void *key, const Value &value)
    {
        size_t i = slotOf(key, slots.size());
        while (slots[i].key)
            i = (i + 1) & (slots.size() - 1);
        slots[i] = { key, value };
        return slots[i].value;
    }
    void grow()
    {
        std::vector<Slot> bigger(m_slots.size() * 2);
        for (const Slot &slot : m_slots)
            if (slot.key)
                place(bigger, slot.key, slot.value);
        m_slots.swap(bigger);
    }
    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

// Builds the table from SAX events the way libxml2's own tree builder
// (SAX2.c) would have built the tree: same parents for implied and stray
// elements, same merging of adjacent character runs into one text node, same
// depth limit.
class Document::Builder final {
public:
    explicit Builder(Document &doc)
        : m_doc(doc)
    {
    }
    void parse(const QByteArray &buffer);

private:
    struct NameInfo {
        std::uint32_t offset;
        Tag tag;
    };
    enum class DocFirst { None, Root, Other }; // what the document node's first child is

    static Builder &self(void *ctx) { return *static_cast<Builder *>(static_cast<xmlParserCtxtPtr>(ctx)->_private); }
    static void onStartElement(void *ctx, const xmlChar *name, const xmlChar **atts)
    {
        self(ctx).startElement(name, atts);
    }
    static void onEndElement(void *ctx, const xmlChar *) { self(ctx).endElement(); }
    static void onCharacters(void *ctx, const xmlChar *ch, int len) { self(ctx).text(ch, len, false); }
    static void onCdata(void *ctx, const xmlChar *ch, int len) { self(ctx).text(ch, len, true); }
    static void onComment(void *ctx, const xmlChar *) { self(ctx).otherNode(); }
    static void onPi(void *ctx, const xmlChar *, const xmlChar *) { self(ctx).otherNode(); }
    static void onInternalSubset(void *ctx, const xmlChar *, const xmlChar *, const xmlChar *) { self(ctx).doctype(); }

    void startElement(const xmlChar *name, const xmlChar **atts);
    void endElement();
    void text(const xmlChar *ch, int len, bool cdata);
    void otherNode();
    void doctype();
    void finish();
    const NameInfo &elementName(const xmlChar *name);
    std::uint32_t attributeName(const xmlChar *name);
    Node childOf(int parent) const;

    Document &m_doc;
    xmlParserCtxtPtr m_ctxt = nullptr;
    std::vector<int> m_stack; // every open element: its table index, or -1 when outside the table
    DocFirst m_docFirst = DocFirst::None;
    bool m_hasDoctype = false;
    bool m_halted = false;
    int m_root = -1;
    int m_lastText = -1; // the text node the next run of the same kind extends, if any
    bool m_lastCdata = false;
    // libxml2 interns names in its dictionary: one lookup per distinct pointer.
    PointerMap<NameInfo> m_elementNames;
    PointerMap<std::uint32_t> m_attributeNames;
};

void Document::Builder::parse(const QByteArray &input)
{
    if (input.isEmpty())
        return;
    const QByteArray buffer = capAttributes(input, Markup::Html);
    // As htmlReadMemory(buffer, size, nullptr, "UTF-8", options) does it, with
    // our handlers in place of the tree builder's.
    xmlInitParser();
    m_ctxt = xmlCreateMemoryParserCtxt(buffer.constData(), int(std::min<qsizetype>(buffer.size(), INT_MAX)));
    if (!m_ctxt)
        return;
    xmlSAXHandler *sax = m_ctxt->sax;
    std::memset(static_cast<void *>(sax), 0, sizeof(xmlSAXHandlerV1));
    sax->startElement = onStartElement;
    sax->endElement = onEndElement;
    sax->characters = onCharacters;
    sax->ignorableWhitespace = onCharacters;
    sax->cdataBlock = onCdata;
    sax->comment = onComment;
    sax->processingInstruction = onPi;
    sax->internalSubset = onInternalSubset;
    sax->initialized = 1;
    m_ctxt->_private = this;
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
        | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
    htmlCtxtUseOptions(m_ctxt, options);
    m_ctxt->html = 1;
    if (xmlCharEncodingHandlerPtr utf8 = xmlFindCharEncodingHandler("UTF-8")) {
        xmlSwitchToEncoding(m_ctxt, utf8);
        if (m_ctxt->input->encoding)
            xmlFree(const_cast<xmlChar *>(m_ctxt->input->encoding));
        m_ctxt->input->encoding = xmlStrdup(reinterpret_cast<const xmlChar *>("UTF-8"));
    }
    // Every element starts with a '<' and text nodes sit between elements, so
    // twice the '<' count bounds the table: it never reallocates mid-parse.
    // Reserved pages that stay unused are never touched, so they cost nothing.
    qsizetype opens = 0;
    for (const char *p = buffer.constData(), *end = p + buffer.size();
         (p = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)))); ++p)
        ++opens;
    m_doc.nodes.reserve(size_t(2 * opens + 16));
    m_doc.m_text.reserve(size_t(buffer.size() / 2));
    // Qt's string hash reads 16-byte blocks that may reach past either end
    // of a short name; padding on both sides (see finish()) keeps those reads
    // inside the arena, where memory checkers expect them.
    m_doc.m_names.assign(16, '\0');
    m_doc.m_values.reserve(size_t(buffer.size() / 4));
    m_doc.m_attributes.reserve(size_t(buffer.size() / 80 + 16));
    htmlParseDocument(m_ctxt);
    xmlFreeParserCtxt(m_ctxt);
    m_ctxt = nullptr;
    m_doc.m_parsed = true;
    finish();
}

const Document::Builder::NameInfo &Document::Builder::elementName(const xmlChar *name)
{
    if (const NameInfo *known = m_elementNames.find(name))
        return *known;
    const std::string_view local = localName(reinterpret_cast<const char *>(name));
    const NameInfo info { std::uint32_t(m_doc.m_names.size()), tagOf(std::string(local).c_str()) };
    m_doc.m_names.append(local);
    m_doc.m_names.push_back('\0');
    return m_elementNames.insert(name, info);
}

std::uint32_t Document::Builder::attributeName(const xmlChar *name)
{
    if (const std::uint32_t *seen = m_attributeNames.find(name))
        return *seen;
    const std::string_view text(reinterpret_cast<const char *>(name));
    const auto offset = std::uint32_t(m_doc.m_names.size());
    m_doc.m_names.append(text);
    m_doc.m_names.push_back('\0');
    return m_attributeNames.insert(name, offset);
}

Node Document::Builder::childOf(int parent) const
{
    Node n;
    n.parent = parent;
    if (parent >= 0) {
        const Node &p = m_doc.nodes[size_t(parent)];
        n.depth = std::uint16_t(std::min(int(p.depth) + 1, 65000));
    }
    return n;
}

void Document::Builder::startElement(const xmlChar *name, const xmlChar **atts)
{
    if (m_halted)
        return;
    m_lastText = -1;
    if (m_stack.size() > TreeMaxDepth) {
        m_halted = true;
        xmlStopParser(m_ctxt);
        return;
    }
    // Where libxml2's tree builder puts the element: under the open element;
    // with nothing open, as the root, else under the root when the root is
    // the document's first child, else beside it (outside the page we read).
    int parent = -1;
    if (!m_stack.empty()) {
        parent = m_stack.back();
        if (parent < 0) {
            m_stack.push_back(-1);
            return;
        }
    } else if (m_root >= 0) {
        if (m_docFirst != DocFirst::Root) {
            m_stack.push_back(-1);
            return;
        }
        parent = m_root;
    }
    Node n = childOf(parent);
    const NameInfo &info = elementName(name);
    n.tag = info.tag;
    n.name = info.offset;
    n.data = std::uint32_t(m_doc.m_attributes.size());
    if (atts) {
        for (const xmlChar **a = atts; a[0]; a += 2) {
            const char *value = reinterpret_cast<const char *>(a[1]);
            // As the tree builder stores them: a bare boolean attribute holds its name.
            if (!value)
                value = htmlIsBooleanAttr(a[0]) ? reinterpret_cast<const char *>(a[0]) : "";
            m_doc.m_attributes.push_back({ attributeName(a[0]), std::uint32_t(m_doc.m_values.size()) });
            m_doc.m_values.append(value);
            m_doc.m_values.push_back('\0');
        }
    }
    n.size = std::uint32_t(m_doc.m_attributes.size()) - n.data;
    const int index = int(m_doc.nodes.size());
    n.end = index + 1;
    m_doc.nodes.push_back(n);
    m_stack.push_back(index);
    if (m_root < 0) {
        m_root = index;
        if (m_docFirst == DocFirst::None)
            m_docFirst = DocFirst::Root;
    }
    if (n.tag == Tag::Html && m_doc.html < 0)
        m_doc.html = index;
    else if (n.tag == Tag::Head && m_doc.head < 0)
        m_doc.head = index;
    else if (n.tag == Tag::Body && m_doc.body < 0)
        m_doc.body = index;
}

void Document::Builder::endElement()
{
    if (m_halted)
        return;
    m_lastText = -1;
    if (!m_stack.empty())
        m_stack.pop_back();
}

void Document::Builder::text(const xmlChar *ch, int len, bool cdata)
{
    if (m_halted || m_stack.empty() || m_stack.back() < 0 || len < 0)
        return; // no open element: the tree builder drops the text too
    if (m_lastText >= 0 && m_lastCdata == cdata) {
        Node &t = m_doc.nodes[size_t(m_lastText)];
        if (size_t(t.size) + size_t(len) > TreeMaxTextLength)
            return;
        m_doc.m_text.append(reinterpret_cast<const char *>(ch), size_t(len));
        t.size += std::uint32_t(len);
        return;
    }
    Node n = childOf(m_stack.back());
    n.tag = Tag::Text;
    n.data = std::uint32_t(m_doc.m_text.size());
    n.size = std::uint32_t(len);
    n.name = cdata ? 1 : 0;
    m_doc.m_text.append(reinterpret_cast<const char *>(ch), size_t(len));
    m_lastText = int(m_doc.nodes.size());
    m_lastCdata = cdata;
    n.end = m_lastText + 1;
    m_doc.nodes.push_back(n);
}

void Document::Builder::otherNode()
{
    if (m_halted)
        return;
    if (m_stack.empty()) {
        if (m_docFirst == DocFirst::None)
            m_docFirst = DocFirst::Other;
        return;
    }
    m_lastText = -1; // a comment between two runs of text keeps them apart
}

void Document::Builder::doctype()
{
    // Only the first doctype is kept, and it goes first in the document.
    if (m_halted || m_hasDoctype)
        return;
    m_hasDoctype = true;
    m_docFirst = DocFirst::Other;
}

void Document::Builder::finish()
{
    m_doc.m_names.append(16, '\0');
    auto &nodes = m_doc.nodes;
    // Ends, bottom-up (children follow their parents).
    for (size_t i = nodes.size(); i-- > 1;) {
        const Node &n = nodes[i];
        if (n.parent >= 0)
            nodes[size_t(n.parent)].end = std::max(nodes[size_t(n.parent)].end, n.end);
    }
    if (m_doc.body < 0 && m_doc.html >= 0)
        m_doc.body = m_doc.html;
    if (m_doc.body < 0 && !nodes.empty())
        m_doc.body = 0;
}

Document::Document(const QByteArray &utf8)
{
    const QByteArray buffer = preStrip(utf8, &jsonLd, &nextData);
    Builder(*this).parse(buffer);
}

Document::~Document() = default;

} // namespace Core::Html
