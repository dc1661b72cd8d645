#pragma once

// OPML 1.0 and 2.0 subscription lists: bytes to a Document and back. Pure.
// Outlines without a feed URL are folders, nested up to 64 deep;
// deeper nesting or more than 50,000 outlines are a parse error. Nothing
// external (DTD, entity) is ever loaded.

#include "base/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Core::Opml {

struct Outline {
    QString title; // title, else text; may be empty
    QString xmlUrl; // the feed (feed:// rewritten to http://)
    QString htmlUrl; // the site, when given
    QStringList folderPath; // enclosing folders, outermost first; empty: top level
};

struct Document {
    QString title;
    QDateTime dateCreated; // written when valid
    QList<Outline> feeds; // in document order, duplicates included
    QList<QStringList> folders; // every folder path once, parents before children, empty ones too
    QStringList warnings; // outlines skipped, with their line
};

// A malformed or non-OPML file gives ErrorCode::ParseError with the line and
// column in the detail.
Result<Document> parse(const QByteArray &bytes);

// OPML 2.0, folders as nested outlines.
QByteArray write(const Document &document);

} // namespace Core::Opml
