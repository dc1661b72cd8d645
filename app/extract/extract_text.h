#pragma once

// The chosen containers as text blocks (paragraphs, headings, list items, rows),
// the post-cleaning of those blocks (§1.8, extract_postclean.cpp), and
// serialisation to text and HTML.

#include "extract_metadata.h"
#include "page.h"

#include <QString>
#include <QUrl>

#include <vector>

namespace Core::Extract {

struct TextBlock {
    QString text;
    Tag tag = Tag::P; // the block element that owns the text
    int owner = -1; // its node index
    int first = -1; // node range [first, last] the text came from
    int last = -1;
    float linkChars = 0;
    int chars = 0;
    bool noText = false; // a caption or credit: HTML only
    bool ownsElement = false; // the text is all of the owner's text
    bool dropped = false;
};

std::vector<TextBlock> collectBlocks(const Page &page, const std::vector<int> &containers);
void postClean(const Page &page, const Metadata &metadata, std::vector<TextBlock> *blocks);
QString joinBlocks(const std::vector<TextBlock> &blocks);
// Marks the nodes of dropped blocks as removed, so the HTML loses them too.
void markDropped(Page &page, const std::vector<TextBlock> &blocks);

struct HtmlResult {
    QString html;
    QString firstImageUrl;
    QString firstImageAlt;
};
// The containers through the project's sanitizer (its node API), leaving out
// every node the cleaning removed.
HtmlResult serializeHtml(const Page &page, const std::vector<int> &containers, const QUrl &base);

} // namespace Core::Extract
