#pragma once

// The one routine that writes text into HTML: the sanitizer's writer and the
// feed parser's XHTML serialiser both go through it.

#include <QString>
#include <QStringView>

#include <string_view>

namespace Core::Html {

// Where the text goes: element content, or a double-quoted attribute value.
enum class EscapeFor { Text, Attribute };

// Appends text to out with '&', '<' and '>' (and '"' in attributes) as
// entities. Drops what has no business in a page and confuses some renderers:
// '\r', control characters other than tab and newline, DEL, U+FFFE and U+FFFF.
void appendEscaped(QString &out, QStringView text, EscapeFor where);

// Whether appendEscaped(..., EscapeFor::Text) would change the UTF-8 text:
// lets a writer append the text whole when it would not.
bool needsEscaping(std::string_view utf8);

} // namespace Core::Html
