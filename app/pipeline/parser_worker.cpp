#include "parser_worker.h"

#include "feeds/feed_parser.h"
#include "hand_over.h"
#include "pipeline/clean_page.h"

#include <QThread>

namespace Core {

ParserWorker::ParserWorker(QObject *parent)
    : QObject(parent)
{
    registerMetaTypes();
}

// Before QObject's destructor frees the connections the GUI thread used.
ParserWorker::~ParserWorker()
{
    handedOver(this);
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
    handingOver(this);
    Q_EMIT feedParsed(requestId, FeedParser::parse(bytes, url, charset));
}

void ParserWorker::extract(StoryId storyId, quint64 generation, const QByteArray &bytes, const QUrl &url,
    const QString &charset, const QStringList &feedCategories, const CorpusStats &stats)
{
    if (interrupted())
        return;
    handingOver(this);
    Q_EMIT articleExtracted(storyId, generation, cleanPage(bytes, url, charset, feedCategories, stats));
}

void ParserWorker::discoverFeeds(quint64 requestId, const QByteArray &bytes, const QUrl &url, const QString &charset)
{
    if (interrupted())
        return;
    handingOver(this);
    Q_EMIT feedsDiscovered(requestId, Autodiscovery::discover(bytes, url, charset));
}

} // namespace Core
