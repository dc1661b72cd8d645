#pragma once

// Finding the feed behind a web page: the page's own announcements first
// (<link rel="alternate" type="application/rss+xml" href="...">), then the
// paths where feeds usually live. Pure: the fetching is the pipeline's.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Core::Autodiscovery {

struct Candidate {
    QUrl url; // absolute
    QString title; // the link's title attribute, if any
    QString type; // the announced MIME type, lower case
};

// The feeds a page announces, resolved against <base href> or `pageUrl`,
// without duplicates. Document order, except that comment feeds come last
// (blogs list "Comments Feed" beside the real one). Only http(s) URLs.
QList<Candidate> discover(const QByteArray &html, const QUrl &pageUrl, const QString &httpCharset = {});

// The icons a page announces (<link rel="icon">, "shortcut icon",
// "apple-touch-icon"), resolved like discover(), best first: the largest
// up to 256 pixels (by the sizes attribute; an icon without one counts as
// 32, a touch icon as 180), then larger ones, smallest first. SVG icons are
// left out. Only http(s) URLs. The site's /favicon.ico is the caller's to add.
QList<QUrl> siteIcons(const QByteArray &html, const QUrl &pageUrl, const QString &httpCharset = {});

// /feed, /rss, /atom.xml, /feed.xml, /rss.xml, /index.xml, /feed.json on the
// page's origin, in that order.
QList<QUrl> commonFeedUrls(const QUrl &pageUrl);

// Whether a MIME type names a feed format (RSS, Atom, RDF, JSON Feed).
bool isFeedType(const QString &mimeType);

} // namespace Core::Autodiscovery
