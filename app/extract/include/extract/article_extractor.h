#pragma once

#include "base/types.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Core::ArticleExtractor {

// Bumped whenever the output changes, so stored articles can be re-cleaned.
inline constexpr int Version = 2;

// Turns a web page into its article: metadata, sanitised body HTML, body text
// and raw tag candidates (Article::rawTags). Pure and bounded in time.
// Topics are NOT filled here; Topics::tag does that.
Article extract(const QByteArray &bytes, const QUrl &url, const QString &httpCharset = {});

// Thread CPU time of each phase of one extract() call, for benchmarks.
struct PhaseTimes {
    double decodeMs = 0; // charset detection and conversion to UTF-8
    double documentMs = 0; // pre-strip, libxml2 parse and the node table
    double metadataMs = 0; // readability test and metadata
    double bodyMs = 0; // body selection, cleaning, text and sanitised HTML
    double finishMs = 0; // JSON-body fallback, word count, the article fields
};
// As extract(), adding each phase's time to *phases.
Article extract(const QByteArray &bytes, const QUrl &url, const QString &httpCharset, PhaseTimes *phases);

// A debugging aid: with the "tidings.extract.trace" logging category on, each
// extraction logs the ancestors (and their flags) of every text node that
// holds this text. Empty (the default) traces nothing.
void setTraceText(const QByteArray &text);

} // namespace Core::ArticleExtractor
