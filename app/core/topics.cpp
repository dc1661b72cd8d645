#include "core/topics.h"

namespace Core::Topics {

QStringList tag(const Article &article, const QStringList &feedCategories, const CorpusStats &stats, int maxTopics)
{
    Q_UNUSED(article);
    Q_UNUSED(feedCategories);
    Q_UNUSED(stats);
    Q_UNUSED(maxTopics);
    return {};
}

QString key(const QString &topic)
{
    return topic.simplified().toCaseFolded();
}

} // namespace Core::Topics
