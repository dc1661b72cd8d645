#pragma once

// The object that lives on the "parser" thread and runs the pure work
// functions there. Work goes in through QMetaObject::invokeMethod with
// captured values; results come out as signals, which Qt queues back to the
// GUI thread. The worker keeps no state between calls.

#include "base/types.h"
#include "feeds/autodiscovery.h"
#include "topics/topics.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Core {

class ParserWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParserWorker)

public:
    explicit ParserWorker(QObject *parent = nullptr);
    ~ParserWorker() override;

    // FeedParser::parse -> feedParsed.
    void parseFeed(quint64 requestId, const QByteArray &bytes, const QUrl &url, const QString &charset);
    // cleanPage (pipeline/clean_page.h): the article with its chips -> articleExtracted.
    void extract(Core::StoryId storyId, quint64 generation, const QByteArray &bytes, const QUrl &url,
        const QString &charset, const QStringList &feedCategories, const Core::CorpusStats &stats);
    // Autodiscovery::discover -> feedsDiscovered.
    void discoverFeeds(quint64 requestId, const QByteArray &bytes, const QUrl &url, const QString &charset);

    // Every type the signals carry, registered once for queued connections.
    static void registerMetaTypes();

Q_SIGNALS:
    void feedParsed(quint64 requestId, const Core::ParsedFeed &feed);
    void articleExtracted(Core::StoryId storyId, quint64 generation, const Core::Article &article);
    void feedsDiscovered(quint64 requestId, const QList<Core::Autodiscovery::Candidate> &candidates);

private:
    bool interrupted() const;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::ParsedFeed)
Q_DECLARE_METATYPE(Core::Article)
Q_DECLARE_METATYPE(Core::Autodiscovery::Candidate)
