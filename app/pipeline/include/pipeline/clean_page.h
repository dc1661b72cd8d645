#pragma once

// The step between a fetched page and a saved article: clean the page, then,
// when it is an article, choose its topic chips. The pipeline's parser thread
// (the app and `tidings-cli refresh`) and `tidings-cli extract` both call it,
// so the same page, feed categories and store statistics give the same chips.

#include "base/types.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Core {

// ArticleExtractor::extract, then, only for a readerable article,
// Topics::tagArticle with the story's feed categories and the store's
// statistics (Store::corpusStats(); empty when there is no store): fills
// topics, topicAliases and documentTerms. A page that is not an article keeps
// no chips: the pipeline saves it as a cleaning failure. Pure.
Article cleanPage(const QByteArray &bytes, const QUrl &url, const QString &charset, const QStringList &feedCategories,
    const CorpusStats &stats);

} // namespace Core
