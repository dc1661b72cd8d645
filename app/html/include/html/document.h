#pragma once

// The extractor's view of a page: a flat table in document order, built
// straight from libxml2's HTML SAX events (no libxml2 tree is ever made),
// with per-element flags and aggregates (text, link text, commas, counts) so
// every density test is a lookup, never a subtree walk. Text and attributes
// live in per-document arenas.

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Core::Extract {

enum class Tag : std::uint8_t {
    Text,
    Other,
    A,
    Abbr,
    Address,
    Article,
    Aside,
    Audio,
    B,
    Blockquote,
    Body,
    Br,
    Button,
    Canvas,
    Caption,
    Center,
    Code,
    Dd,
    Details,
    Dialog,
    Div,
    Dl,
    Dt,
    Em,
    Embed,
    Fieldset,
    Figcaption,
    Figure,
    Font,
    Footer,
    Form,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Head,
    Header,
    Hr,
    Html,
    I,
    Iframe,
    Img,
    Input,
    Label,
    Li,
    Link,
    Main,
    Math,
    Menu,
    Meta,
    Nav,
    Noscript,
    Object,
    Ol,
    Option,
    P,
    Picture,
    Pre,
    Script,
    Section,
    Select,
    Source,
    Span,
    Strong,
    Style,
    Summary,
    Svg,
    Table,
    Tbody,
    Td,
    Template,
    Textarea,
    Tfoot,
    Th,
    Thead,
    Time,
    Title,
    Tr,
    U,
    Ul,
    Video,
    Sup,
    Sub,
    Small,
    Cite,
    Q,
    Mark,
    S,
    Del,
    Ins,
    Kbd,
    Samp,
    Var,
    Tt,
    Big,
    Dfn,
    Wbr,
};

enum NodeFlag : std::uint32_t {
    Removed = 1u << 0, // dropped by a cleaning rule (the whole subtree goes)
    Gone = 1u << 1, // removed itself or under a removed ancestor
    Block = 1u << 2, // a block-level element
    HasBlockChild = 1u << 3, // some descendant element is a block
    InLink = 1u << 4, // inside <a href>
    InHashLink = 1u << 5, // inside <a href="#...">
    InTable = 1u << 6, // inside a table (class rules do not apply)
    InCode = 1u << 7, // inside pre/code
    InFigure = 1u << 8,
    NoText = 1u << 9, // kept in the HTML but not in Article::text (captions, credits)
    Hidden = 1u << 10,
    Unlikely = 1u << 11, // class/id says boilerplate
    MaybeContent = 1u << 12, // class/id also says content
    Tweet = 1u << 13, // an embedded post the story quotes
    Protected = 1u << 14, // never removed by conditional cleaning
    DataTable = 1u << 15,
    CommentBox = 1u << 16,
    TagListBox = 1u << 17, // class/id says tags, topics, keywords
    AuthorBox = 1u << 18, // class/id says byline, author
    DateBox = 1u << 19, // class/id says date, time, publish, meta
    BadRole = 1u << 20, // role=navigation, menu, complementary, dialog, ...
    BodyHint = 1u << 21, // itemprop=articleBody or an article-body class (cascade tier 1)
    StoryHint = 1u << 22, // role=article or id=story (tier 3)
    MainHint = 1u << 23, // main-content, page-content, id=content (tier 4)
    ShareBox = 1u << 24, // share bars, social buttons
};

struct Aggregates {
    int chars = 0; // text chars, whitespace runs counted once
    float linkChars = 0; // chars inside links ('#' links weigh 0.3)
    int commas = 0;
    int paragraphs = 0;
    int images = 0;
    int listItems = 0;
    int inputs = 0;
    int embeds = 0;
    int headingChars = 0;

    void add(const Aggregates &o)
    {
        chars += o.chars;
        linkChars += o.linkChars;
        commas += o.commas;
        paragraphs += o.paragraphs;
        images += o.images;
        listItems += o.listItems;
        inputs += o.inputs;
        embeds += o.embeds;
        headingChars += o.headingChars;
    }
    float linkDensity() const { return chars > 0 ? linkChars / float(chars) : 0.f; }
};

struct Node {
    int parent = -1;
    int end = 0; // one past the last descendant
    std::uint16_t depth = 0;
    Tag tag = Tag::Other;
    std::uint32_t flags = 0;
    int classWeight = 0; // Readability-style: +-25 for class, +-25 for id
    float score = 0; // content score (scoring pass)
    bool scored = false;
    Aggregates agg;
    std::uint32_t data = 0; // text: offset in the text arena; element: first attribute
    std::uint32_t size = 0; // text: byte length; element: attribute count
    std::uint32_t name = 0; // element: offset of its (lower-case, local) name in the name arena; text: 1 for CDATA
};

struct Attribute {
    std::uint32_t name = 0; // offset of the NUL-terminated name in the name arena
    std::uint32_t value = 0; // offset of the NUL-terminated value in the value arena
};

class Document final {
public:
    // utf8: the decoded page. Copies the JSON-LD and state blobs out, blanks
    // script/style/svg/template and comments, then parses once.
    explicit Document(const QByteArray &utf8);
    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    bool isValid() const { return m_parsed && body >= 0; }

    std::vector<Node> nodes;
    int html = -1;
    int head = -1;
    int body = -1;
    QList<QByteArray> jsonLd; // raw JSON-LD block contents
    QByteArray nextData; // __NEXT_DATA__ or similar state, if any

    // Aggregates over the nodes that are not Gone. Call after changing flags.
    void computeAggregates();
    // Propagates Removed to Gone over descendants.
    void computeGone();

    bool isGone(int i) const { return nodes[size_t(i)].flags & Gone; }
    // Whitespace-collapsed text of a subtree, skipping Gone (and NoText when asked).
    QString text(int i, bool skipNoText = false) const;
    bool isAncestor(int ancestor, int node) const { return node >= ancestor && node < nodes[size_t(ancestor)].end; }
    // The first node in [i, end) outside every Hidden subtree met on the way,
    // or end. Walks go `for (i = shown(first, end); i < end; i = shown(i + 1, end))`.
    int shown(int i, int end) const
    {
        while (i < end && (nodes[size_t(i)].flags & Hidden))
            i = nodes[size_t(i)].end;
        return i;
    }

    // An element's name (lower case, namespace prefix dropped as libxml2's tree does).
    const char *name(const Node &n) const { return m_names.data() + n.name; }
    // A text node that libxml2 reported as CDATA (script or style content).
    static bool isCdata(const Node &n) { return n.tag == Tag::Text && n.name == 1; }
    // A text node's bytes (UTF-8).
    std::string_view textOf(const Node &n) const { return { m_text.data() + n.data, n.size }; }
    // Attribute value without a copy, or nullptr when absent. Values are as
    // libxml2 decoded them; a boolean attribute without a value holds its name.
    const char *rawAttribute(const Node &n, const char *name) const;
    // Attribute value, or empty when absent.
    QByteArray attribute(const Node &n, const char *name) const;
    bool hasAttribute(const Node &n, const char *name) const { return rawAttribute(n, name) != nullptr; }
    QString attributeString(const Node &n, const char *name) const;
    // The attributes of an element, in source order.
    const Attribute *attributesBegin(const Node &n) const { return m_attributes.data() + n.data; }
    const Attribute *attributesEnd(const Node &n) const { return m_attributes.data() + n.data + n.size; }
    const char *attributeName(const Attribute &a) const { return m_names.data() + a.name; }
    const char *attributeValue(const Attribute &a) const { return m_values.data() + a.value; }

private:
    class Builder;
    friend class Builder;
    bool m_parsed = false;
    std::string m_text; // text node bytes
    std::string m_names; // NUL-terminated element and attribute names
    std::string m_values; // NUL-terminated attribute values
    std::vector<Attribute> m_attributes;
};

Tag tagOf(const char *name);
bool isBlockTag(Tag tag);
bool isHeading(Tag tag);
// Collapses whitespace, strips soft hyphens and zero-width characters, NBSP -> space.
QString normalizeSpace(const QString &s);

// Case-insensitive test of the UTF-8 text of a class/id string against a list of needles.
bool containsAny(std::string_view haystack, std::initializer_list<std::string_view> needles);
// ASCII-case-insensitive search; the needle is lower case.
bool containsNoCase(std::string_view haystack, std::string_view lowerNeedle);
// Whether a space-separated list (rel="...") holds the token, ASCII case aside.
bool hasSpaceToken(std::string_view list, std::string_view lowerToken);

} // namespace Core::Extract
