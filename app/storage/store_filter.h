#pragma once

// Turns a StoryFilter into the SQL that lists, counts or marks its stories.
// Each kind is driven by the table whose index already holds its stories in
// (published DESC, id DESC) order, so a page costs the same on page 1 and
// page 1,000 (oldest first walks the same index backwards).

#include "storage/store.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Core::StoreFilter {

enum class Driver {
    Stories, // stories s: All, Today, Subscription, Folder, Search without tags
    State, // story_state st (partial indexes): Unread, Starred
    StoryTopics, // story_topics tt: Topic, Search with a tag
};

// How free-word conditions run. Lookup: fetch every match, then sort them
// (best when few stories match). Scan: walk the driver's index in list order
// and keep matches until the page is full (best when many match). Ids: the
// matches were already collected (by the plan's own count), and come bound
// as a JSON array of ids, so the MATCH does not run again; without a tag the
// driver is then story_state (State), whose narrow rows hold the dates.
// With Scan the free words are left out of the SQL: the caller walks the
// list a chunk at a time and asks the FTS index about each chunk's rowid
// range once (a probe per row re-ran the MATCH for every row).
enum class FtsPlan { Lookup, Scan, Ids };

struct Sql {
    Driver driver = Driver::Stories;
    QString ftsMatch; // the free-word MATCH expression, if any
    QString driverTopicKey; // Search with a tag: the first tag's key (it drives)
    QStringList conditions; // ANDed, in terms of the driver's columns
    QVariantList binds; // for the conditions, in order
    bool matchesNothing = false;
    bool ascending = false; // StoryFilter::oldestFirst

    QString order() const; // "ASC" or "DESC"

    QString publishedColumn() const;
    QString idColumn() const;
    // FROM clause holding only the driver (for counts and id lists).
    QString bareFrom() const;
    // FROM clause with s (stories), st (story_state), sub and a (articles).
    QString rowFrom() const;
    QString where() const; // " WHERE ..." or empty
};

// `matchedIds`: with FtsPlan::Ids, the free words' matches as a JSON array ("[3,17]").
Sql build(const StoryFilter &filter, FtsPlan plan = FtsPlan::Lookup, const QString &matchedIds = {});

// The stories whose ids are in `ids` (a JSON array), in list order.
Sql byIds(const QString &ids, bool ascending);

// Adds the keyset condition: rows strictly after `key` in list order.
void addAfter(Sql &sql, const PageKey &key);
// Rows strictly before `key` in list order.
void addBefore(Sql &sql, const PageKey &key);

} // namespace Core::StoreFilter
