#pragma once

#include <QString>
#include <QStringView>

// Text helpers shared by the feed parsers: HTML entities, tag stripping and
// whitespace folding. Pure functions, safe on any thread.
namespace Core::FeedText {

// The code point of an HTML 4 named entity ("eacute" -> U+00E9), or 0.
char32_t namedEntity(QStringView name);

// Decodes &name; &#NNN; &#xHH; (numeric references in 128..159 mean the
// windows-1252 character, as browsers read them). Unknown names stay as written.
QString decodeEntities(QStringView text);

// Plain text of an HTML fragment: tags dropped (script/style with their
// content), entities decoded, whitespace folded.
QString htmlToText(QStringView html);

// Runs of whitespace become one space; leading and trailing space is dropped.
QString foldWhitespace(QStringView text);

// True when the text holds a tag or an entity reference, i.e. reading it as
// HTML would change it.
bool looksLikeHtml(QStringView text);

} // namespace Core::FeedText
