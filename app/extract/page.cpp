#include "page.h"

#include "class_tokens.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <unordered_map>

namespace Core::Extract {

namespace {

constexpr std::uint32_t InheritedFlags = InLink | InHashLink | InTable | InCode | InFigure | NoText;

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

void lowerInto(std::string &s, const char *v)
{
    for (const char *c = v; *c; ++c)
        s.push_back(asciiLower(*c));
}

// display:none or visibility:hidden, spaces and case aside. buffer: scratch space.
bool isHiddenStyle(const char *style, std::string &buffer)
{
    buffer.clear();
    for (const char *c = style; *c; ++c)
        if (*c != ' ')
            buffer.push_back(asciiLower(*c));
    return buffer.find("display:none") != std::string::npos || buffer.find("visibility:hidden") != std::string::npos;
}

// Byte classes for counting text: whitespace, UTF-8 continuation bytes,
// commas and the lead bytes of the multi-byte commas.
enum ByteClass : std::uint8_t { PlainByte, SpaceByte, ContinuationByte, CommaByte, CommaLeadByte };

constexpr std::array<std::uint8_t, 256> byteClasses()
{
    std::array<std::uint8_t, 256> t {};
    for (int b = 0x80; b < 0xC0; ++b)
        t[size_t(b)] = ContinuationByte;
    for (unsigned char b : { ' ', '\n', '\t', '\r', '\f' })
        t[b] = SpaceByte;
    t[','] = CommaByte;
    t[0xD8] = t[0xEF] = t[0xE3] = CommaLeadByte;
    return t;
}

// The text node's chars and commas; link chars from the flags it inherited.
void countText(Aggregates &agg, std::uint32_t flags, std::string_view text)
{
    static constexpr std::array<std::uint8_t, 256> classes = byteClasses();
    const auto *c = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = c + text.size();
    int chars = 0;
    int commas = 0;
    bool inSpace = true;
    for (; c < end; ++c) {
        switch (classes[*c]) {
        case PlainByte:
            ++chars;
            inSpace = false;
            break;
        case SpaceByte:
            if (!inSpace)
                ++chars;
            inSpace = true;
            break;
        case ContinuationByte:
            inSpace = false;
            break;
        case CommaByte:
            ++chars;
            ++commas;
            inSpace = false;
            break;
        case CommaLeadByte:
            ++chars;
            inSpace = false;
            if (*c == 0xD8 && end - c > 1 && c[1] == 0x8C)
                ++commas; // Arabic comma
            else if (*c == 0xEF && end - c > 2 && c[1] == 0xBC && c[2] == 0x8C)
                ++commas; // fullwidth comma
            else if (*c == 0xE3 && end - c > 2 && c[1] == 0x80 && c[2] == 0x81)
                ++commas; // ideographic comma
            break;
        }
    }
    agg.chars = chars;
    agg.commas = commas;
    if (flags & InLink)
        agg.linkChars = float(chars) * ((flags & InHashLink) ? 0.3f : 1.f);
}

// The attributes the flags depend on.
enum class Known : std::uint8_t { Unseen, Other, Class, Id, Role, Itemprop, Hidden, AriaHidden, Style, Href };

Known knownAttribute(const char *name)
{
    static const std::pair<std::string_view, Known> known[] = {
        { "class", Known::Class },
        { "id", Known::Id },
        { "role", Known::Role },
        { "itemprop", Known::Itemprop },
        { "hidden", Known::Hidden },
        { "aria-hidden", Known::AriaHidden },
        { "style", Known::Style },
        { "href", Known::Href },
    };
    const std::string_view text(name);
    for (const auto &[n, k] : known)
        if (text == n)
            return k;
    return Known::Other;
}

// Reads the flags and class weights off the table: one walk in document
// order (parents come before their children, so inherited flags are final
// when a child is met), then one bottom-up for the block descendants.
class FlagReader final {
public:
    explicit FlagReader(Page &page)
        : m_page(page)
        , m_known(page.dom.nameSpace(), Known::Unseen)
    {
    }
    void read();

private:
    void attributeFlags(std::uint32_t &f, Known known, const char *value);
    void elementFlags(std::uint32_t &f, int &weight, Tag tag, const char *href, bool besideImage);

    Page &m_page;
    std::vector<Known> m_known; // by name offset
    std::string m_cls;
    std::string m_scratch;
    std::unordered_map<std::string, ClassInfo> m_classCache;
    // Elements that already hold an image, marked when the <img> is met (its
    // parent and grandparent): a caption class after it is the image's caption.
    std::vector<std::uint8_t> m_holdsImage;
};

void FlagReader::read()
{
    const Html::Document &dom = m_page.dom;
    const auto &nodes = dom.nodes;
    m_holdsImage.assign(nodes.size(), 0);
    for (size_t i = 0; i < nodes.size(); ++i) {
        const Node &n = nodes[i];
        std::uint32_t f = n.parent >= 0 ? m_page.flags[size_t(n.parent)] & InheritedFlags : 0;
        if (n.tag == Tag::Text) {
            m_page.flags[i] = f;
            countText(m_page.agg[i], f, dom.textOf(n));
            continue;
        }
        if (isBlockTag(n.tag))
            f |= Block;
        m_cls.clear();
        const char *href = nullptr;
        for (const Attribute *a = dom.attributesBegin(n), *e = dom.attributesEnd(n); a != e; ++a) {
            Known &known = m_known[a->name];
            if (known == Known::Unseen)
                known = knownAttribute(dom.attributeName(*a));
            if (known == Known::Other)
                continue;
            const char *value = dom.attributeValue(*a);
            if (known == Known::Href) {
                if (!href) // the parser drops repeated attributes, but the first would count
                    href = value;
            } else {
                attributeFlags(f, known, value);
            }
        }
        const int parent = n.parent;
        const int grandparent = parent >= 0 ? nodes[size_t(parent)].parent : -1;
        const bool besideImage
            = (parent >= 0 && m_holdsImage[size_t(parent)]) || (grandparent >= 0 && m_holdsImage[size_t(grandparent)]);
        elementFlags(f, m_page.classWeight[i], n.tag, href, besideImage);
        m_page.flags[i] = f;
        if (n.tag == Tag::Img) {
            if (parent >= 0)
                m_holdsImage[size_t(parent)] = 1;
            if (grandparent >= 0)
                m_holdsImage[size_t(grandparent)] = 1;
        }
    }
    for (size_t i = nodes.size(); i-- > 1;) {
        const int parent = nodes[i].parent;
        if (parent >= 0 && (m_page.flags[i] & (Block | HasBlockChild)))
            m_page.flags[size_t(parent)] |= HasBlockChild;
    }
}

void FlagReader::attributeFlags(std::uint32_t &f, Known known, const char *v)
{
    switch (known) {
    case Known::Class:
    case Known::Id:
        lowerInto(m_cls, v);
        m_cls.push_back(' ');
        if (known == Known::Id && std::strcmp(v, "story") == 0)
            f |= StoryHint;
        if (known == Known::Id && std::strcmp(v, "content") == 0)
            f |= MainHint;
        break;
    case Known::Role:
        if (isBadRole(v))
            f |= BadRole;
        else if (std::strcmp(v, "article") == 0)
            f |= StoryHint;
        break;
    case Known::Itemprop:
        if (std::strstr(v, "articleBody"))
            f |= BodyHint;
        break;
    case Known::Hidden:
        f |= Hidden;
        break;
    case Known::AriaHidden:
        if (std::strcmp(v, "true") == 0)
            f |= Hidden;
        break;
    case Known::Style:
        if (isHiddenStyle(v, m_scratch))
            f |= Hidden;
        break;
    case Known::Unseen:
    case Known::Href:
    case Known::Other:
        break;
    }
}

// Flags from the tag (and a link's href), then from the class/id string the
// attributes gathered in m_cls.
void FlagReader::elementFlags(std::uint32_t &f, int &weight, Tag tag, const char *href, bool besideImage)
{
    switch (tag) {
    case Tag::A:
        if (href) {
            f |= InLink;
            if (href[0] == '#')
                f |= InHashLink;
        }
        break;
    case Tag::Table:
        f |= InTable;
        break;
    case Tag::Pre:
    case Tag::Code:
        f |= InCode;
        break;
    case Tag::Figure:
        f |= InFigure;
        break;
    case Tag::Figcaption:
        f |= NoText;
        break;
    default:
        break;
    }
    if (!m_cls.empty()) {
        // Pages repeat the same few hundred class strings over thousands of elements.
        auto cached = m_classCache.find(m_cls);
        if (cached == m_classCache.end())
            cached = m_classCache.emplace(m_cls, classifyClassId(m_cls)).first;
        weight = cached->second.weight;
        f |= cached->second.flags;
        // A caption or credit class says the same outside a figure on a
        // paragraph (<img> then <p class="wp-caption-text">), and on any
        // element that follows an image in the same wrapper (<span
        // class="image"><img></span><span class="caption">, inside a <p>).
        if ((cached->second.flags & CaptionClass) && ((f & InFigure) || tag == Tag::P || besideImage))
            f |= NoText;
        f &= ~CaptionClass;
    }
}

} // namespace

Page::Page(const Html::Document &d)
    : dom(d)
    , nodes(d.nodes)
    , html(d.html)
    , head(d.head)
    , body(d.body)
    , flags(d.nodes.size(), 0)
    , classWeight(d.nodes.size(), 0)
    , score(d.nodes.size(), 0.f)
    , scored(d.nodes.size(), 0)
    , agg(d.nodes.size())
{
    FlagReader(*this).read();
}

void Page::computeGone()
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        const int parent = nodes[i].parent;
        const bool parentGone = parent >= 0 && (flags[size_t(parent)] & Gone);
        if ((flags[i] & Removed) || parentGone)
            flags[i] |= Gone;
        else
            flags[i] &= ~Gone;
    }
}

void Page::computeAggregates()
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        const Tag tag = nodes[i].tag;
        if (tag == Tag::Text)
            continue;
        Aggregates a;
        switch (tag) {
        case Tag::P:
            a.paragraphs = 1;
            break;
        case Tag::Img:
            a.images = 1;
            break;
        case Tag::Li:
            a.listItems = 1;
            break;
        case Tag::Input:
        case Tag::Select:
        case Tag::Textarea:
        case Tag::Button:
            a.inputs = 1;
            break;
        case Tag::Iframe:
        case Tag::Embed:
        case Tag::Object:
        case Tag::Video:
            a.embeds = 1;
            break;
        default:
            break;
        }
        agg[i] = a;
    }
    for (size_t i = nodes.size(); i-- > 0;) {
        const Node &n = nodes[i];
        if (isHeading(n.tag))
            agg[i].headingChars = agg[i].chars;
        if (n.parent >= 0 && !(flags[i] & Removed))
            agg[size_t(n.parent)].add(agg[i]);
    }
}

QString Page::text(int i) const
{
    return dom.text(i, [this](int j) { return (flags[size_t(j)] & Gone) != 0; });
}

} // namespace Core::Extract
