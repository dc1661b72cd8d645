#pragma once

#include "core/types.h"

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

} // namespace Core::ArticleExtractor
