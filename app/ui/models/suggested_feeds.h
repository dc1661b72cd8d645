#pragma once

// Well-known public news feeds, by region, that a first start offers to
// subscribe with one click (File → Suggested Feeds, and a link in the
// welcome feed). The list is data: tests hand the window their own.

#include <QList>
#include <QString>

namespace Ui {

struct SuggestedFeed {
    QString title; // the source's own name: not translated
    QString url; // the feed's address
    QString language; // BCP 47 code of the feed's language ("en", "zh")
};

struct SuggestedRegion {
    QString name; // translated
    QList<SuggestedFeed> feeds;
};

// The built-in list.
QList<SuggestedRegion> suggestedFeeds();

} // namespace Ui
