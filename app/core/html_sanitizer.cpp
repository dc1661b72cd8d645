#include "core/html_sanitizer.h"

namespace Core::HtmlSanitizer {

QString clean(const QString &html, const QUrl &baseUrl)
{
    Q_UNUSED(baseUrl);
    return html.toHtmlEscaped(); // placeholder until the real sanitizer lands: escapes everything
}

} // namespace Core::HtmlSanitizer
