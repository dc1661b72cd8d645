#pragma once

// The search box language, parsed into terms the store can run safely.
//   climate "sea level"        free words and phrases (all must match)
//   clim*                      a word prefix
//   -opinion                   a word that must not appear
//   tag:"Xi Jinping" topic:EU  stories carrying that topic
// Anything else (quotes left open, parentheses, FTS5 operators such as AND,
// NEAR or ^) is taken as plain text: user input never reaches FTS5 unquoted.

#include <QString>
#include <QStringList>

namespace Core::StoreSearch {

struct Term {
    QString text; // a word or phrase, as typed
    bool prefix = false; // typed with a trailing '*'
};

struct Query {
    QList<Term> terms; // must all match
    QList<Term> excluded; // must not match
    QStringList tags; // topic names, as typed
    bool isEmpty() const { return terms.isEmpty() && tags.isEmpty(); }
};

Query parse(const QString &text);

// An FTS5 MATCH expression requiring every term: each one a quoted string.
// Empty when there are no terms.
QString ftsExpression(const QList<Term> &terms);

} // namespace Core::StoreSearch
