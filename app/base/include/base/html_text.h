#pragma once

#include <QString>
#include <QStringView>

// The one HTML-to-text reader: entities, tag stripping and whitespace folding
// for feed titles, store excerpts and the search index, the extractor's
// metadata values and JSON-LD bodies, and the welcome feed. It reads tags by
// their text, without building a tree, so it suits fragments and attribute
// values; the extractor's body algorithm has its own node table. Pure
// functions, safe on any thread.
namespace Core::HtmlText {

// The code point of an HTML 4 named entity ("eacute" -> U+00E9), or 0.
char32_t namedEntity(QStringView name);

// Decodes &name; &#NNN; &#xHH; (numeric references in 128..159 mean the
// windows-1252 character, as browsers read them; the semicolon of a numeric
// reference is optional). Unknown names stay as written.
QString decodeEntities(QStringView text);

// How htmlToText() lays out the text it reads.
enum class Layout {
    // One line: block tags (p, br, div, li, td, h1..h6, img ...) separate
    // words, and all whitespace is folded to single spaces.
    OneLine,
    // Paragraphs kept: "</p>" and "<br>" leave a blank line, "</li>" a line
    // break, other block tags a space. The text's own whitespace is kept as
    // written, for callers that split on blank lines themselves.
    Paragraphs,
};

// Plain text of an HTML fragment: tags and comments dropped (script, style,
// noscript and template with their content), entities decoded.
QString htmlToText(QStringView html, Layout layout = Layout::OneLine);

// Runs of whitespace become one space; leading and trailing space is dropped.
QString foldWhitespace(QStringView text);

// True when the text holds a tag or an entity reference, i.e. reading it as
// HTML would change it.
bool looksLikeHtml(QStringView text);

} // namespace Core::HtmlText
