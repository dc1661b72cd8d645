#pragma once

// Limits applied to markup before libxml2 reads it.

#include <QByteArray>

namespace Core::Html {

enum class Markup { Html, Xml };

// libxml2 (2.9) checks each attribute of a start tag against every earlier
// one, so a tag with a million attributes takes hours to parse. No real page
// or feed comes near this many on one element.
constexpr int MaxAttributesPerTag = 1000;

// The bytes with every start tag cut down to its first MaxAttributesPerTag
// attributes (the rest of the tag is dropped, its end kept). `cut`, when
// given, receives how many tags were cut. Returns `bytes` itself, shared, when
// no tag needed it. Comments, CDATA sections, processing instructions and (for
// HTML) the raw text of script, style and the like are skipped, as libxml2
// reads them.
QByteArray capAttributes(const QByteArray &bytes, Markup markup, int *cut = nullptr);

} // namespace Core::Html
