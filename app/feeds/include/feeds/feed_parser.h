#pragma once

#include "base/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Core::FeedParser {

// Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 bytes into a
// ParsedFeed. Pure: no threads, no globals, never throws, bounded time.
// `url` is the feed's own URL (for relative links); `httpCharset` wins over
// the document's own declaration when given; `seenAt` dates stories that
// carry no usable date.
ParsedFeed parse(const QByteArray &bytes, const QUrl &url, const QString &httpCharset = {},
    const QDateTime &seenAt = QDateTime::currentDateTimeUtc());

// Each summary and content fragment goes through a cleaner with the base URL
// its relative links resolve against (xml:base of its element, else `url`).
using HtmlCleaner = QString (*)(const QString &html, const QUrl &baseUrl);

// parse() with another cleaner than HtmlSanitizer::clean (tests, tools that
// need the feed's own markup).
ParsedFeed parseWith(
    HtmlCleaner cleaner, const QByteArray &bytes, const QUrl &url, const QString &httpCharset, const QDateTime &seenAt);

} // namespace Core::FeedParser
