#pragma once

// The extractor's own state for a page, beside the HTML layer's node table:
// per-node flags (what the class/id, role and attributes say, what the
// cleaning removed), Readability's class weights and content scores, and the
// aggregates (text, link text, commas, counts) that make every density test a
// lookup, never a subtree walk. Each array is indexed by node and sized once.

#include "html/document.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace Core::Extract {

using Html::Attribute;
using Html::containsAny;
using Html::containsNoCase;
using Html::hasSpaceToken;
using Html::isBlockTag;
using Html::isHeading;
using Html::Node;
using Html::normalizeSpace;
using Html::Tag;

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

class Page final {
public:
    // Reads the flags and class weights off the table in one pass and counts
    // the text nodes; aggregates wait for computeAggregates().
    explicit Page(const Html::Document &dom);
    Page(const Page &) = delete;
    Page &operator=(const Page &) = delete;

    const Html::Document &dom;
    const std::vector<Node> &nodes; // dom.nodes
    const int html;
    const int head;
    const int body;

    std::vector<std::uint32_t> flags; // NodeFlag bits
    std::vector<int> classWeight; // Readability-style: +-25 for class, +-25 for id
    std::vector<float> score; // content score (scoring pass)
    std::vector<std::uint8_t> scored; // whether score holds one
    std::vector<Aggregates> agg;

    // Aggregates over the nodes that are not Gone. Call after changing flags.
    void computeAggregates();
    // Propagates Removed to Gone over descendants.
    void computeGone();

    bool isGone(int i) const { return flags[size_t(i)] & Gone; }
    // Whitespace-collapsed text of a subtree, skipping what is Gone.
    QString text(int i) const;
    // The first node in [i, end) outside every Hidden subtree met on the way,
    // or end. Walks go `for (i = shown(first, end); i < end; i = shown(i + 1, end))`.
    int shown(int i, int end) const
    {
        while (i < end && (flags[size_t(i)] & Hidden))
            i = nodes[size_t(i)].end;
        return i;
    }

    // The table's own accessors, for brevity at the many call sites.
    bool isAncestor(int ancestor, int node) const { return dom.isAncestor(ancestor, node); }
    const char *name(const Node &n) const { return dom.name(n); }
    std::string_view textOf(const Node &n) const { return dom.textOf(n); }
    const char *rawAttribute(const Node &n, const char *name) const { return dom.rawAttribute(n, name); }
    QByteArray attribute(const Node &n, const char *name) const { return dom.attribute(n, name); }
    bool hasAttribute(const Node &n, const char *name) const { return dom.hasAttribute(n, name); }
    QString attributeString(const Node &n, const char *name) const { return dom.attributeString(n, name); }
};

} // namespace Core::Extract
