#pragma once

// A page as a flat table in document order, built straight from libxml2's
// HTML SAX events (no libxml2 tree is ever made): each node knows its tag,
// parent, subtree end and depth, its text or its attributes. Text, names and
// attribute values live in per-document arenas. What a reader of the page
// computes per node (the extractor's flags, scores and aggregates) lives in
// its own arrays indexed by node, beside the table.

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Core::Html {

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

struct Node {
    int parent = -1;
    int end = 0; // one past the last descendant
    std::uint16_t depth = 0;
    Tag tag = Tag::Other;
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

    // Whitespace-collapsed text of a subtree; block elements and <br> part words.
    QString text(int i) const
    {
        return text(i, [](int) { return false; });
    }
    // The same, leaving out every subtree whose root skip(index) accepts.
    template <class Skip> QString text(int i, Skip skip) const;
    bool isAncestor(int ancestor, int node) const { return node >= ancestor && node < nodes[size_t(ancestor)].end; }

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
    // Every name offset (Node::name, Attribute::name) is below this: a reader
    // can keep a table indexed by name offset, one entry per distinct name.
    std::size_t nameSpace() const { return m_names.size(); }

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
// The void elements of HTML, which have no content and no end tag (area,
// base, br, col, embed, hr, img, input, link, meta, param, source, track,
// wbr). name: lower case.
bool isVoidElement(std::string_view name);
// Collapses whitespace, strips soft hyphens and zero-width characters, NBSP -> space.
QString normalizeSpace(const QString &s);
// The same in place (the result is never longer); a null string stays null.
void normalizeSpaceInPlace(QString &s);

// Case-insensitive test of the UTF-8 text of a class/id string against a list of needles.
bool containsAny(std::string_view haystack, std::initializer_list<std::string_view> needles);
// ASCII-case-insensitive search; the needle is lower case.
bool containsNoCase(std::string_view haystack, std::string_view lowerNeedle);
// Whether a space-separated list (rel="...") holds the token, ASCII case aside.
bool hasSpaceToken(std::string_view list, std::string_view lowerToken);

template <class Skip> QString Document::text(int i, Skip skip) const
{
    QByteArray buf;
    const Node &root = nodes[size_t(i)];
    for (int j = i; j < root.end;) {
        const Node &n = nodes[size_t(j)];
        if (skip(j)) {
            j = n.end;
            continue;
        }
        if (n.tag == Tag::Text) {
            const std::string_view t = textOf(n);
            buf.append(t.data(), qsizetype(t.size()));
        } else if (isBlockTag(n.tag) || n.tag == Tag::Br) {
            buf.append(' ');
        }
        ++j;
    }
    QString text = QString::fromUtf8(buf);
    normalizeSpaceInPlace(text);
    if (text.isNull())
        text = QStringLiteral("");
    return text;
}

} // namespace Core::Html
