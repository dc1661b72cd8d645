#include "core/extract_dom.h"

#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace Core::Extract {

namespace {

constexpr std::uint32_t InheritedFlags = InLink | InHashLink | InTable | InCode | InFigure | NoText;
constexpr int MaxDepth = 1000;

bool startsWithNoCase(const char *p, const char *end, std::string_view word)
{
    if (end - p < qsizetype(word.size()))
        return false;
    for (size_t i = 0; i < word.size(); ++i)
        if (char(std::tolower(static_cast<unsigned char>(p[i]))) != word[i])
            return false;
    return true;
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
QByteArray preStrip(const QByteArray &in, QList<QByteArray> *jsonLd, QByteArray *nextData)
{
    static constexpr std::string_view rawTags[] = {"script", "style", "svg", "template", "textarea"};
    QByteArray out;
    out.reserve(in.size());
    const char *p = in.constData();
    const char *end = p + in.size();
    while (p < end) {
        const auto *lt = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
        if (!lt) {
            out.append(p, end - p);
            break;
        }
        out.append(p, lt - p);
        p = lt;
        if (startsWithNoCase(p + 1, end, "!--")) {
            const char *close = findText(p + 4, end, "-->");
            p = close == end ? end : close + 3;
            continue;
        }
        std::string_view raw;
        for (auto name : rawTags) {
            if (startsWithNoCase(p + 1, end, name) && p + 1 + name.size() < end && isNameEnd(p[1 + name.size()])) {
                raw = name;
                break;
            }
        }
        if (raw.empty()) {
            out.append('<');
            ++p;
            continue;
        }
        const auto *gt = static_cast<const char *>(std::memchr(p, '>', size_t(end - p)));
        if (!gt) {
            out.append(p, end - p);
            break;
        }
        const QByteArray openTag(p, gt + 1 - p);
        out.append(openTag);
        const char *close = findClose(gt + 1, end, raw);
        if (raw == "script") {
            const QByteArray lower = openTag.toLower();
            const QByteArray content(gt + 1, close - gt - 1);
            if (lower.contains("ld+json"))
                jsonLd->append(content);
            else if (lower.contains("__next_data__") || lower.contains("application/json"))
                if (content.size() > nextData->size())
                    *nextData = content;
        }
        p = close;
        if (p < end) {
            out.append("</");
            p += 2;
        }
    }
    out.replace('\0', ' ');
    return out;
}

void lowerInto(std::string &s, const xmlChar *v)
{
    if (!v)
        return;
    for (const xmlChar *c = v; *c; ++c)
        s.push_back(char(std::tolower(*c)));
}

bool isHiddenStyle(const QByteArray &style)
{
    if (style.isEmpty())
        return false;
    QByteArray s = style.toLower();
    s.replace(' ', "");
    return s.contains("display:none") || s.contains("visibility:hidden");
}

// One scan of a class/id string answers "does any token of this set occur?":
// tokens are bucketed by their first byte, so the cost is the string's length
// times a handful of comparisons, not one substring search per token.
class TokenSet final {
public:
    TokenSet(std::initializer_list<std::string_view> tokens)
    {
        for (auto t : tokens)
            m_buckets[static_cast<unsigned char>(t.front())].push_back(t);
    }
    bool matches(std::string_view s) const
    {
        const char *p = s.data();
        const size_t n = s.size();
        for (size_t i = 0; i + 1 < n; ++i) {
            for (auto t : m_buckets[static_cast<unsigned char>(p[i])])
                if (t[1] == p[i + 1] && n - i >= t.size() && std::memcmp(p + i + 2, t.data() + 2, t.size() - 2) == 0)
                    return true;
        }
        return false;
    }

private:
    std::vector<std::string_view> m_buckets[256];
};

const TokenSet &unlikelyTokens()
{
    static const TokenSet set = {
        "-ad-", "ad-break", "agegate", "banner", "breadcrumb", "combx", "comment", "community", "cookie",
        "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
        "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
        "pagination", "pager", "popup", "yom-remote", "newsletter", "outbrain", "taboola", "promo", "share",
        "subscribe", "signup", "paywall", "modal", "recirc", "most-popular", "mostpopular", "trending",
        "more-stories", "teaser-list", "navbar", "masthead", "jump-link",
    };
    return set;
}

const TokenSet &maybeTokens()
{
    static const TokenSet set = {"and", "article", "body", "column", "content", "main", "mathjax", "shadow",
                                 "story", "entry", "post-text", "text"};
    return set;
}

const TokenSet &positiveTokens()
{
    static const TokenSet set = {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
                                 "pagination", "post", "text", "blog", "story"};
    return set;
}

const TokenSet &negativeTokens()
{
    static const TokenSet set = {
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "widget", "byline", "author-bio", "newsletter",
        "caption", "credit",
    };
    return set;
}

// The article-body class family of the selector cascade's first tier.
const TokenSet &bodyClassTokens()
{
    static const TokenSet set = {
        "articlebody", "article-body", "article__body", "article_body", "article-content", "articlecontent",
        "article__content", "article_content", "article-text", "articletext", "article__text", "entry-content",
        "entry_content", "entrycontent", "post-content", "postcontent", "post_content", "post__content",
        "post-body", "postbody", "post-entry", "story-body", "storybody", "story-content", "story__content",
        "storycontent", "story-text", "content-body", "body-text", "bodytext", "rich-text", "richtext",
        "field-body", "field-name-body", "entry-body", "news-content", "news-text", "blog-content",
        "blog-post-body", "single-content", "main-text", "text-content", "article-main", "td-post-content",
        "c-entry-content", "article-entry", "post-text", "artikel",
    };
    return set;
}

int weightOf(std::string_view s)
{
    if (s.empty())
        return 0;
    int w = 0;
    if (negativeTokens().matches(s))
        w -= 25;
    if (positiveTokens().matches(s))
        w += 25;
    return w;
}

bool isBadRole(const xmlChar *v)
{
    if (!v)
        return false;
    static const char *const roles[] = {"navigation", "menu", "menubar", "complementary", "alert", "alertdialog",
                                        "dialog", "banner", "contentinfo", "search"};
    for (const char *r : roles)
        if (std::strcmp(reinterpret_cast<const char *>(v), r) == 0)
            return true;
    return false;
}

// "hid" as a whole token is hidden; "ad"/"ads" as a whole token is an ad slot.
bool hasWholeToken(std::string_view s, std::string_view token)
{
    size_t pos = 0;
    while ((pos = s.find(token, pos)) != std::string_view::npos) {
        const bool startOk = pos == 0 || s[pos - 1] == ' ' || s[pos - 1] == '-' || s[pos - 1] == '_';
        const size_t e = pos + token.size();
        const bool endOk = e == s.size() || s[e] == ' ' || s[e] == '-' || s[e] == '_';
        if (startOk && endOk)
            return true;
        pos = e;
    }
    return false;
}

constexpr std::uint32_t CaptionClass = 1u << 31; // transient: a caption/credit class, NoText inside figures

struct ClassInfo {
    int weight = 0;
    std::uint32_t flags = 0;
};

ClassInfo classify(std::string_view s)
{
    ClassInfo info;
    info.weight = weightOf(s);
    if (unlikelyTokens().matches(s) || hasWholeToken(s, "ad") || hasWholeToken(s, "ads") || hasWholeToken(s, "hid")
        || hasWholeToken(s, "tags") || hasWholeToken(s, "byline"))
        info.flags |= Unlikely;
    if (maybeTokens().matches(s))
        info.flags |= MaybeContent;
    if (bodyClassTokens().matches(s))
        info.flags |= BodyHint;
    if (containsAny(s, {"main-content", "page-content", "content-main"}))
        info.flags |= MainHint;
    if (containsAny(s, {"share", "social"}))
        info.flags |= ShareBox;
    if (containsAny(s, {"twitter-tweet", "instagram-media"}))
        info.flags |= Tweet;
    if (containsAny(s, {"comment", "disqus"}) || s.find("respond") == 0)
        info.flags |= CommentBox;
    if (containsAny(s, {"tags", "topics", "tag-list", "taglist", "keywords", "filed"}))
        info.flags |= TagListBox;
    if (containsAny(s, {"byline", "author", "writtenby", "dateline"}))
        info.flags |= AuthorBox;
    if (containsAny(s, {"date", "time", "publish", "posted", "meta"}))
        info.flags |= DateBox;
    if (containsAny(s, {"caption", "credit"}))
        info.flags |= CaptionClass;
    return info;
}

} // namespace

Tag tagOf(const char *name)
{
    static const std::unordered_map<std::string_view, Tag> table = {
        {"a", Tag::A}, {"abbr", Tag::Abbr}, {"address", Tag::Address}, {"article", Tag::Article},
        {"aside", Tag::Aside}, {"audio", Tag::Audio}, {"b", Tag::B}, {"blockquote", Tag::Blockquote},
        {"body", Tag::Body}, {"br", Tag::Br}, {"button", Tag::Button}, {"canvas", Tag::Canvas},
        {"caption", Tag::Caption}, {"center", Tag::Center}, {"code", Tag::Code}, {"dd", Tag::Dd},
        {"details", Tag::Details}, {"dialog", Tag::Dialog}, {"div", Tag::Div}, {"dl", Tag::Dl},
        {"dt", Tag::Dt}, {"em", Tag::Em}, {"embed", Tag::Embed}, {"fieldset", Tag::Fieldset},
        {"figcaption", Tag::Figcaption}, {"figure", Tag::Figure}, {"font", Tag::Font},
        {"footer", Tag::Footer}, {"form", Tag::Form}, {"h1", Tag::H1}, {"h2", Tag::H2}, {"h3", Tag::H3},
        {"h4", Tag::H4}, {"h5", Tag::H5}, {"h6", Tag::H6}, {"head", Tag::Head}, {"header", Tag::Header},
        {"hr", Tag::Hr}, {"html", Tag::Html}, {"i", Tag::I}, {"iframe", Tag::Iframe}, {"img", Tag::Img},
        {"input", Tag::Input}, {"label", Tag::Label}, {"li", Tag::Li}, {"link", Tag::Link},
        {"main", Tag::Main}, {"math", Tag::Math}, {"menu", Tag::Menu}, {"meta", Tag::Meta},
        {"nav", Tag::Nav}, {"noscript", Tag::Noscript}, {"object", Tag::Object}, {"ol", Tag::Ol},
        {"option", Tag::Option}, {"p", Tag::P}, {"picture", Tag::Picture}, {"pre", Tag::Pre},
        {"script", Tag::Script}, {"section", Tag::Section}, {"select", Tag::Select},
        {"source", Tag::Source}, {"span", Tag::Span}, {"strong", Tag::Strong}, {"style", Tag::Style},
        {"summary", Tag::Summary}, {"svg", Tag::Svg}, {"table", Tag::Table}, {"tbody", Tag::Tbody},
        {"td", Tag::Td}, {"template", Tag::Template}, {"textarea", Tag::Textarea}, {"tfoot", Tag::Tfoot},
        {"th", Tag::Th}, {"thead", Tag::Thead}, {"time", Tag::Time}, {"title", Tag::Title},
        {"tr", Tag::Tr}, {"u", Tag::U}, {"ul", Tag::Ul}, {"video", Tag::Video}, {"sup", Tag::Sup},
        {"sub", Tag::Sub}, {"small", Tag::Small}, {"cite", Tag::Cite}, {"q", Tag::Q}, {"mark", Tag::Mark},
        {"s", Tag::S}, {"del", Tag::Del}, {"ins", Tag::Ins}, {"kbd", Tag::Kbd}, {"samp", Tag::Samp},
        {"var", Tag::Var}, {"tt", Tag::Tt}, {"big", Tag::Big}, {"dfn", Tag::Dfn}, {"wbr", Tag::Wbr},
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
    case Tag::Address: case Tag::Article: case Tag::Aside: case Tag::Blockquote: case Tag::Body:
    case Tag::Center: case Tag::Dd: case Tag::Details: case Tag::Dialog: case Tag::Div: case Tag::Dl:
    case Tag::Dt: case Tag::Fieldset: case Tag::Figcaption: case Tag::Figure: case Tag::Footer:
    case Tag::Form: case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6:
    case Tag::Header: case Tag::Hr: case Tag::Html: case Tag::Li: case Tag::Main: case Tag::Menu:
    case Tag::Nav: case Tag::Ol: case Tag::P: case Tag::Pre: case Tag::Section: case Tag::Summary:
    case Tag::Table: case Tag::Tbody: case Tag::Td: case Tag::Tfoot: case Tag::Th: case Tag::Thead:
    case Tag::Tr: case Tag::Ul: case Tag::Caption: case Tag::Noscript: case Tag::Select:
    case Tag::Textarea: case Tag::Iframe: case Tag::Video: case Tag::Audio: case Tag::Canvas:
        return true;
    default:
        return false;
    }
}

const char *rawAttribute(const xmlNode *node, const char *name)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return nullptr;
    for (const xmlAttr *a = node->properties; a; a = a->next)
        if (a->name && std::strcmp(reinterpret_cast<const char *>(a->name), name) == 0)
            return a->children && a->children->content ? reinterpret_cast<const char *>(a->children->content) : "";
    return nullptr;
}

QByteArray attribute(const xmlNode *node, const char *name)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return {};
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (a->name && std::strcmp(reinterpret_cast<const char *>(a->name), name) == 0) {
            if (a->children && a->children->content)
                return QByteArray(reinterpret_cast<const char *>(a->children->content));
            return QByteArray("");
        }
    }
    return {};
}

int Document::indexOf(const xmlNode *x) const
{
    if (!x || !x->_private)
        return -1;
    const auto index = reinterpret_cast<std::intptr_t>(x->_private) - 1;
    return index >= 0 && size_t(index) < nodes.size() && nodes[size_t(index)].x == x ? int(index) : -1;
}

bool hasAttribute(const xmlNode *node, const char *name)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return false;
    for (const xmlAttr *a = node->properties; a; a = a->next)
        if (a->name && std::strcmp(reinterpret_cast<const char *>(a->name), name) == 0)
            return true;
    return false;
}

QString attributeString(const xmlNode *node, const char *name)
{
    return QString::fromUtf8(attribute(node, name)).trimmed();
}

bool containsAny(std::string_view haystack, std::initializer_list<std::string_view> needles)
{
    for (auto n : needles)
        if (haystack.find(n) != std::string_view::npos)
            return true;
    return false;
}

QString normalizeSpace(const QString &s)
{
    QString out;
    out.reserve(s.size());
    bool space = false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u == 0xAD || u == 0x200B || u == 0x200C || u == 0x200D || u == 0xFEFF || u == 0x2060)
            continue;
        if (c.isSpace() || u == 0xA0) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out.append(QLatin1Char(' '));
            space = false;
        }
        out.append(c);
    }
    return out;
}

Document::Document(const QByteArray &utf8)
{
    m_buffer = preStrip(utf8, &jsonLd, &nextData);
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
        | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
    m_doc = htmlReadMemory(m_buffer.constData(), int(std::min<qsizetype>(m_buffer.size(), INT_MAX)), nullptr,
                           "UTF-8", options);
    if (m_doc)
        flatten();
}

Document::~Document()
{
    if (m_doc)
        xmlFreeDoc(m_doc);
}

void Document::flatten()
{
    xmlNode *root = xmlDocGetRootElement(m_doc);
    if (!root)
        return;
    nodes.reserve(size_t(m_buffer.size() / 40 + 16));
    // Iterative pre-order walk: deep trees must not exhaust the stack.
    struct Frame { xmlNode *x; int parent; };
    std::vector<Frame> stack;
    std::vector<int> open; // indices whose subtree is still being filled
    stack.push_back({root, -1});
    std::string cls;
    std::unordered_map<std::string, ClassInfo> classCache;
    while (!stack.empty()) {
        const Frame f = stack.back();
        stack.pop_back();
        while (!open.empty() && open.back() != f.parent) {
            nodes[size_t(open.back())].end = int(nodes.size());
            open.pop_back();
        }
        xmlNode *x = f.x;
        Node n;
        n.x = x;
        n.parent = f.parent;
        const Node *parent = f.parent >= 0 ? &nodes[size_t(f.parent)] : nullptr;
        n.depth = parent ? std::uint16_t(std::min(int(parent->depth) + 1, 65000)) : 0;
        n.flags = parent ? (parent->flags & InheritedFlags) : 0;
        if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
            n.tag = Tag::Text;
            const auto *c = reinterpret_cast<const unsigned char *>(x->content);
            int chars = 0;
            int commas = 0;
            bool inSpace = true;
            for (; c && *c; ++c) {
                const unsigned char b = *c;
                if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f') {
                    if (!inSpace)
                        ++chars;
                    inSpace = true;
                    continue;
                }
                inSpace = false;
                if ((b & 0xC0) != 0x80)
                    ++chars;
                if (b == ',')
                    ++commas;
                else if (b == 0xD8 && c[1] == 0x8C)
                    ++commas; // Arabic comma
                else if (b == 0xEF && c[1] == 0xBC && c[2] == 0x8C)
                    ++commas; // fullwidth comma
                else if (b == 0xE3 && c[1] == 0x80 && c[2] == 0x81)
                    ++commas; // ideographic comma
            }
            n.agg.chars = chars;
            n.agg.commas = commas;
            if (n.flags & InLink)
                n.agg.linkChars = float(chars) * ((n.flags & InHashLink) ? 0.3f : 1.f);
            n.end = int(nodes.size()) + 1;
            x->_private = reinterpret_cast<void *>(std::intptr_t(nodes.size()) + 1);
            nodes.push_back(n);
            continue;
        }
        if (x->type != XML_ELEMENT_NODE)
            continue;
        n.tag = tagOf(reinterpret_cast<const char *>(x->name));
        if (isBlockTag(n.tag))
            n.flags |= Block;
        switch (n.tag) {
        case Tag::A:
            if (hasAttribute(x, "href")) {
                n.flags |= InLink;
                if (attribute(x, "href").startsWith('#'))
                    n.flags |= InHashLink;
            }
            break;
        case Tag::Table: n.flags |= InTable; break;
        case Tag::Pre: case Tag::Code: n.flags |= InCode; break;
        case Tag::Figure: n.flags |= InFigure; break;
        case Tag::Figcaption: n.flags |= NoText; break;
        default: break;
        }
        cls.clear();
        for (const xmlAttr *a = x->properties; a; a = a->next) {
            const char *an = reinterpret_cast<const char *>(a->name);
            const xmlChar *v = a->children ? a->children->content : nullptr;
            if (!an)
                continue;
            if (std::strcmp(an, "class") == 0 || std::strcmp(an, "id") == 0) {
                lowerInto(cls, v);
                cls.push_back(' ');
                if (an[0] == 'i' && v && (std::strcmp(reinterpret_cast<const char *>(v), "story") == 0))
                    n.flags |= StoryHint;
                if (an[0] == 'i' && v && (std::strcmp(reinterpret_cast<const char *>(v), "content") == 0))
                    n.flags |= MainHint;
            } else if (std::strcmp(an, "role") == 0) {
                if (isBadRole(v))
                    n.flags |= BadRole;
                else if (v && std::strcmp(reinterpret_cast<const char *>(v), "article") == 0)
                    n.flags |= StoryHint;
            } else if (std::strcmp(an, "itemprop") == 0) {
                if (v && std::strstr(reinterpret_cast<const char *>(v), "articleBody"))
                    n.flags |= BodyHint;
            } else if (std::strcmp(an, "hidden") == 0) {
                n.flags |= Hidden;
            } else if (std::strcmp(an, "aria-hidden") == 0 && v && std::strcmp(reinterpret_cast<const char *>(v), "true") == 0) {
                n.flags |= Hidden;
            } else if (std::strcmp(an, "style") == 0 && v) {
                if (isHiddenStyle(QByteArray(reinterpret_cast<const char *>(v))))
                    n.flags |= Hidden;
            }
        }
        if (!cls.empty()) {
            // Pages repeat the same few hundred class strings over thousands of elements.
            auto cached = classCache.find(cls);
            if (cached == classCache.end())
                cached = classCache.emplace(cls, classify(cls)).first;
            n.classWeight = cached->second.weight;
            n.flags |= cached->second.flags;
            if ((n.flags & InFigure) && (cached->second.flags & CaptionClass))
                n.flags |= NoText;
            n.flags &= ~CaptionClass;
        }
        const int index = int(nodes.size());
        n.end = index + 1;
        // The sanitizer's skip predicate gets libxml2 nodes: map them back to the table.
        x->_private = reinterpret_cast<void *>(std::intptr_t(index) + 1);
        nodes.push_back(n);
        if (n.tag == Tag::Html && html < 0)
            html = index;
        else if (n.tag == Tag::Head && head < 0)
            head = index;
        else if (n.tag == Tag::Body && body < 0)
            body = index;
        if (n.depth >= MaxDepth || !x->children)
            continue;
        open.push_back(index);
        // Push children in reverse so they pop in document order.
        for (xmlNode *c = x->last; c; c = c->prev)
            stack.push_back({c, index});
    }
    while (!open.empty()) {
        nodes[size_t(open.back())].end = int(nodes.size());
        open.pop_back();
    }
    // Block descendants, bottom-up.
    for (size_t i = nodes.size(); i-- > 1;) {
        const Node &n = nodes[i];
        if (n.parent >= 0 && (n.flags & (Block | HasBlockChild)))
            nodes[size_t(n.parent)].flags |= HasBlockChild;
    }
    if (body < 0 && html >= 0)
        body = html;
    if (body < 0 && !nodes.empty())
        body = 0;
}

void Document::computeGone()
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        Node &n = nodes[i];
        const bool parentGone = n.parent >= 0 && (nodes[size_t(n.parent)].flags & Gone);
        if ((n.flags & Removed) || parentGone)
            n.flags |= Gone;
        else
            n.flags &= ~Gone;
    }
}

void Document::computeAggregates()
{
    for (Node &n : nodes) {
        if (n.tag == Tag::Text)
            continue;
        Aggregates a;
        switch (n.tag) {
        case Tag::P: a.paragraphs = 1; break;
        case Tag::Img: a.images = 1; break;
        case Tag::Li: a.listItems = 1; break;
        case Tag::Input: case Tag::Select: case Tag::Textarea: case Tag::Button: a.inputs = 1; break;
        case Tag::Iframe: case Tag::Embed: case Tag::Object: case Tag::Video: a.embeds = 1; break;
        default: break;
        }
        n.agg = a;
    }
    for (size_t i = nodes.size(); i-- > 0;) {
        Node &n = nodes[i];
        if (isHeading(n.tag))
            n.agg.headingChars = n.agg.chars;
        if (n.parent >= 0 && !(n.flags & Removed))
            nodes[size_t(n.parent)].agg.add(n.agg);
    }
}

QString Document::text(int i, bool skipNoText) const
{
    QByteArray buf;
    const Node &root = nodes[size_t(i)];
    for (int j = i; j < root.end;) {
        const Node &n = nodes[size_t(j)];
        if ((n.flags & Gone) || (skipNoText && (n.flags & NoText))) {
            j = n.end;
            continue;
        }
        if (n.tag == Tag::Text) {
            if (n.x->content)
                buf.append(reinterpret_cast<const char *>(n.x->content));
        } else if ((n.flags & Block) || n.tag == Tag::Br) {
            buf.append(' ');
        }
        ++j;
    }
    return normalizeSpace(QString::fromUtf8(buf));
}

} // namespace Core::Extract
