#pragma once

#include <QString>
#include <QUrl>

namespace Core::HtmlSanitizer {

// The one strict allow-list sanitizer every piece of HTML passes through
// before it reaches the screen (feed content and cleaned articles alike).
// Drops active content, styles, frames, forms, event attributes,
// javascript:/vbscript:/data: URLs (except raster data images), meta/link/base,
// SVG and MathML, and 1x1 tracking images. Links become absolute http(s) or mailto.
QString clean(const QString &html, const QUrl &baseUrl);

} // namespace Core::HtmlSanitizer
