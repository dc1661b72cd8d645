#include "core/article_extractor.h"

namespace Core::ArticleExtractor {

Article extract(const QByteArray &bytes, const QUrl &url, const QString &httpCharset)
{
    Q_UNUSED(bytes);
    Q_UNUSED(httpCharset);
    Article article;
    article.url = url.toString();
    article.extractorVersion = Version;
    article.notReaderableReason = QStringLiteral("not implemented");
    return article;
}

} // namespace Core::ArticleExtractor
