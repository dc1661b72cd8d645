#pragma once

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

// libxml2's node type (xmlNode / xmlNodePtr convert to it implicitly), so
// callers that never touch libxml2 need not include its headers.
struct _xmlNode;

namespace Core::Html {
class Document;
}

namespace Core::HtmlSanitizer {

// The one strict allow-list sanitizer every piece of HTML passes through
// before it reaches the screen (feed content and cleaned articles alike).
//
// Kept: text structure (p, br, hr, h1-h6, lists, dl, blockquote, q, pre,
// code, kbd, samp, var), inline emphasis (em, strong, b, i, u, s, del, ins,
// sub, sup, small, mark, abbr, cite, dfn, time, span, bdi, bdo, ruby, rt, rp,
// wbr), div, article, section, details, summary, figure, figcaption, img,
// a and tables (table, caption, colgroup, col, thead, tbody, tfoot, tr, th, td).
// Renamed: header, footer, main, nav, aside, address, center, hgroup -> div;
// tt -> code; strike -> s; acronym -> abbr; xmp, listing, plaintext -> pre.
// Reduced: picture -> its img; video and audio -> a paragraph holding a link
// to the media (the poster as the link's image when there is one); a noscript
// holding only images -> those images, unless the lazy image before it already
// gave the same picture.
// Unknown elements are unwrapped (their children stay).
// Dropped with their content: script, style, noscript (other), template,
// iframe, frame(set), noframes, object, embed, applet, param, form and its
// controls, meta, link, base, title, head, svg, math, canvas, dialog, map,
// area, and any element marked `hidden` or styled display:none.
//
// Attributes: per-element allow-lists only (href, src, alt, title, width,
// height, colspan, rowspan, scope, datetime, cite, dir, lang, start, reversed,
// type and value on lists, span on columns, open on details). Never on*,
// style, class or id. URLs (a href, img src, q/blockquote/del/ins cite) are
// made absolute against the base and must be http, https or mailto; img src
// may also be data:image/(png|jpeg|gif|webp). Lazy images take data-src,
// data-original, data-lazy-src or the largest srcset candidate when src is
// missing or a placeholder; srcset itself is dropped. Tracking pixels (a size
// of 0 or 1, or a known beacon URL) are dropped. Links get
// rel="noopener noreferrer". Comments are dropped; CDATA is text.
// Nesting deeper than Options::maxDepth is flattened (children kept, tags
// dropped), so the output stays well-formed and bounded for any input.
QString clean(const QString &html, const QUrl &baseUrl);

// A picture's address outside the body (a page's og:image, JSON-LD image or
// image_src link) under the same rules as the body's img src: made absolute
// against the base, http or https only (never javascript:, data:, file: or
// any other scheme), and not a known tracking beacon. Empty when refused.
QString safeImageUrl(const QString &raw, const QUrl &baseUrl);

struct Options {
    // Called for every node (element or text) before it is written; returning
    // true drops the node with its whole subtree. The article extractor uses
    // it to leave out boilerplate while serialising its candidate.
    std::function<bool(const _xmlNode *)> skip;
    // false: write only the children of the node handed in (e.g. the
    // article's container div), not the node itself.
    bool includeRoot = true;
    // Elements nested deeper than this are unwrapped.
    int maxDepth = 200;
};

// Serialises a libxml2 subtree (an HTML or XHTML document's node) through the
// same allow-list, without reparsing. The node is only read.
QString cleanNode(const _xmlNode *node, const QUrl &baseUrl, const Options &options = {});

// Serialises several subtrees into one output, in the order written, sharing
// state (a noscript image already shown is not shown twice).
class Writer final {
public:
    explicit Writer(const QUrl &baseUrl, Options options = {});
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    void write(const _xmlNode *node);
    const QString &html() const;
    QString takeHtml();

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

// Writer's twin for the article extractor's node table (Html::Document):
// the same allow-list over the table's elements and text, without a libxml2
// tree. skip gets table indices; the node handed to write() is included.
class DocumentWriter final {
public:
    DocumentWriter(const Html::Document &doc, const QUrl &baseUrl, std::function<bool(int)> skip = {},
        int maxDepth = Options().maxDepth);
    ~DocumentWriter();
    DocumentWriter(const DocumentWriter &) = delete;
    DocumentWriter &operator=(const DocumentWriter &) = delete;

    void write(int node);
    QString takeHtml();
    // The first image written so far (its absolute src, as in the HTML) and
    // its alt text, or empty: the one image policy decided both.
    QString firstImageUrl() const;
    QString firstImageAlt() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace Core::HtmlSanitizer
