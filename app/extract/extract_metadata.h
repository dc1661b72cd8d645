#pragma once

#include "base/types.h"
#include "page.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Core::Extract {

struct Metadata {
    QString title;
    QString byline;
    QDateTime published;
    QDateTime updated;
    QString siteName;
    QString lang;
    QString dir;
    QString imageUrl;
    QString imageAlt;
    QString excerpt;
    QList<RawTag> rawTags;
    QString jsonBody; // JSON-LD articleBody (or live blog updates), plain text
    QString jsonType; // the @type of the article object
    QStringList jsonIngredients; // a Recipe's recipeIngredient, to find its list in the page
    QStringList authors; // individual names, for dropping byline lines from the body
    bool forum = false; // DiscussionForumPosting and relatives: comments are the content
    QUrl baseUrl; // <base href> resolved against the page URL
};

// Reads every metadata source the design lists (JSON-LD, OpenGraph, Twitter,
// Dublin Core, <meta>, microformats, the visible byline/date lines) in its
// order of precedence. Needs Page::computeGone() not yet applied.
Metadata readMetadata(const Page &page, const QUrl &url);

// Tags found in the visible page (rel=tag, /tag/ links, "Tags:" lists).
void collectPageTags(const Page &page, QList<RawTag> *rawTags);

// Token overlap of two titles (0..1), as Readability's similarity test.
double titleSimilarity(const QString &a, const QString &b);

} // namespace Core::Extract
