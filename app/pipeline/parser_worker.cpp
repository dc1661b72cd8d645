#include "parser_worker.h"

#include "extract/article_extractor.h"
#include "feeds/feed_parser.h"

#include <QThread>

namespace Core {

ParserWorker::ParserWorker(QObject *parent)
    : QObject(parent)
{
    registerMetaTypes();
}

void ParserWorker::registerMetaTypes()
{
    qRegisterMetaType<Core::StoryId>("Core::StoryId");
    qRegisterMetaType<Core::ParsedFeed>();
    qRegisterMetaType<Core::Article>();
    qRegisterMetaType<Core::Autodiscovery::Candidate>();
    qRegisterMetaType<QList<Core::Autodiscovery::Candidate>>();
}

// Work still queued when the pipeline shuts down is skipped, not run.
bool ParserWorker::interrupted() const
{
    return QThread::currentThread()->isInterruptionRequested();
}

void ParserWorker::parseFeed(quint64 requestId, const QByteArray &bytes, const QUrl &url, const QString &charset)
{
    if (interrupted())
        return;
    Q_EMIT feedParsed(requestId, FeedParser::parse(bytes, url, charset));
}

void ParserWorker::extract(StoryId storyId, quint64 generation, const QByteArray &bytes, const QUrl &url,
    const QString &charset, const QStringList &feedCategories, const CorpusStats &stats)
{
    if (interrupted())
        return;
    Article article = ArticleExtractor::extract(bytes, url, charset);
    // documentTerms go to the store, which learns from them how rare a name is;
    // topicAliases let it join a later story's "Putin" to "Vladimir Putin".
    if (article.readerable && !interrupted())
        Topics::tagArticle(article, feedCategories, stats);
    Q_EMIT articleExtracted(storyId, generation, article);
}

void ParserWorker::discoverFeeds(quint64 requestId, const QByteArray &bytes, const QUrl &url, const QString &charset)
{
    if (interrupted())
        return;
    Q_EMIT feedsDiscovered(requestId, Autodiscovery::discover(bytes, url, charset));
}

} // namespace Core
