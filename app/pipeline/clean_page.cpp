#include "pipeline/clean_page.h"

#include "extract/article_extractor.h"
#include "topics/topics.h"

namespace Core {

Article cleanPage(const QByteArray &bytes, const QUrl &url, const QString &charset, const QStringList &feedCategories,
    const CorpusStats &stats)
{
    Article article = ArticleExtractor::extract(bytes, url, charset);
    // documentTerms go to the store, which learns from them how rare a name is;
    // topicAliases let it join a later story's "Putin" to "Vladimir Putin".
    if (article.readerable)
        Topics::tagArticle(article, feedCategories, stats);
    return article;
}

} // namespace Core
