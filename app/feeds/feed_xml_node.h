#pragma once

// libxml2 node helpers for the feed parser: which namespace and element a
// node is, its attributes and text, xml:base, and Atom-style text constructs.
// Internal to the feed parser.

#include "feed_internal.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <libxml/tree.h>

namespace Core::FeedParser::Detail {

// Namespaces the parser reads. RSS 0.9x/2.0 (no namespace), RSS 1.0 and 0.90
// and Atom share element names closely enough to be handled as one family.
enum class Ns { Rss, Atom, Rdf, Dc, DcTerms, Content, Media, Itunes, Xhtml, Sy, Other };

// One element as the parser sees it: namespace family and lower-case local name.
struct Tag {
    Ns ns = Ns::Other;
    QByteArray name;

    explicit Tag(const xmlNode *node);
};

QString fromXml(const xmlChar *text);
QString attr(const xmlNode *node, const char *name); // an attribute without namespace
QString textOf(const xmlNode *node); // all descendant text
bool hasElementChildren(const xmlNode *node);

// The node's base URL: its xml:base resolved against the parent's base.
QUrl baseOf(const xmlNode *node, const QUrl &parent);

// A reference resolved against a base; absolute references stay as written.
QString resolve(const QString &reference, const QUrl &base);

qint64 toLength(const QString &text); // -1 if not a number
qint64 toDuration(const QString &text); // "1:02:03" -> 3723; -1 if unreadable

// Inline XHTML back to HTML text, href/src resolved against each element's xml:base.
void serializeChildren(const xmlNode *node, const QUrl &base, QString &out);

// An Atom text construct, or any element that may hold text, escaped HTML or markup.
struct Text {
    QString value;
    bool html = false;
};

Text readText(const xmlNode *node, const QUrl &base, bool htmlByDefault);
QString plainText(const Text &text);
HtmlPart htmlPart(const Text &text, const QUrl &base);

} // namespace Core::FeedParser::Detail
