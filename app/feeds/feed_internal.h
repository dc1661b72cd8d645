#pragma once

// Shared between the feed parser's translation units; not part of the contract.

#include "base/types.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Core::FeedParser::Detail {

// An HTML fragment before sanitising, with the base URL its relative links
// resolve against (xml:base per element, else the feed's URL).
struct HtmlPart {
    QString html;
    QUrl base;
};

struct RawItem {
    ParsedItem item; // everything but summaryHtml/contentHtml, id and date fallbacks
    HtmlPart summary;
    HtmlPart content;
    QString guid; // guid / id as written, empty if none
};

struct RawFeed {
    ParsedFeed feed; // feed-level fields, errors, fatal
    QString author; // inherited by items that name no author
    QList<RawItem> items;
};

// XML text already decoded to Unicode: RSS, RDF, Atom.
void parseXml(const QString &text, const QUrl &url, RawFeed &out);

// JSON Feed 1.0 / 1.1.
void parseJson(const QByteArray &bytes, const QUrl &url, RawFeed &out);

// Makes sloppy XML well-formed enough for libxml2: drops the XML declaration
// and DOCTYPE (inlining simple internal entities), turns HTML named entities
// into characters, escapes bare '&' and '<', drops characters XML forbids.
QString repairXml(const QString &text, QStringList &errors);

// Plain text as safe HTML.
QString textToHtml(const QString &text);

} // namespace Core::FeedParser::Detail
