#pragma once

#include "extract_metadata.h"
#include "page.h"

#include <QString>
#include <QUrl>

namespace Core::Extract {

struct Body {
    QString text; // running text, blocks separated by blank lines
    QString html; // body HTML, already through the sanitizer's node API
    bool htmlIsClean = true; // false when html was built from plain text (JSON body)
    QString firstParagraph; // for the excerpt fallback
    QString firstImageUrl; // for the lead image fallback
    QString firstImageAlt;
    QString dir; // "rtl"/"ltr" from the content's ancestors, if any
    int containerChars = 0;
};

// Finds the article body (cleaning, scoring, selector cascade, post-cleaning)
// and serialises it. Mutates the document's flags.
Body extractBody(Page &page, const Metadata &metadata);

// Readability's quick test: does the page have enough paragraph text to be an article?
bool looksReaderable(const Page &page);

} // namespace Core::Extract
