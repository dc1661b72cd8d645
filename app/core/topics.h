#pragma once

#include "core/types.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Core::Topics {

// What the store knows across stories, for rarity (IDF) and learned tags.
struct CorpusStats {
    qint64 documentCount = 0;
    QHash<QString, qint64> documentFrequency; // case-folded phrase -> stories containing it
    QHash<QString, qint64> knownTopics;       // case-folded topic -> stories tagged with it
};

// Chooses at most `maxTopics` chips for an article, most salient first, from
// the page's raw tags (article.rawTags), the feed's categories and, when
// those give nothing usable, name-like keyphrases of the text. Pure.
QStringList tag(const Article &article,
                const QStringList &feedCategories,
                const CorpusStats &stats = {},
                int maxTopics = 8);

// The key two spellings of one topic share ("xi jinping").
QString key(const QString &topic);

} // namespace Core::Topics
