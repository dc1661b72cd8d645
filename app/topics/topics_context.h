#pragma once

// What the tagger knows about the article while it tags it, shared by its
// files (topics.cpp, topics_names.cpp).

#include "topics/topics.h"
#include "topics_text.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Core::Topics {

// Below this many words the body gives no case evidence worth the name.
constexpr int MinEvidenceWords = 30;
constexpr double MinCapitalisedShare = 0.8;

struct Context {
    const Article &article;
    const CorpusStats &stats;
    TextIndex body;
    TextIndex title;
    QSet<QString> siteNames; // compact keys of the outlet's names
    QSet<QString> authorNames; // compact keys of the byline's names
    QString site; // the page's host without "www.": what the store counts a site's tags under
    bool hasEvidence = false;
    bool capitalisesNouns = false; // German: every noun is capitalised
    // Memos by body word id: a text may repeat one word a million times.
    mutable QList<qint8> wordEvidence; // -1 until asked
    mutable QList<qint8> germanNouns; // empty until asked, then filled for every word at once
    // By body word id: how many distinct names of two or more words it
    // opens ("Mozilla" opens "Mozilla Foundation" and "Mozilla Firefox").
    QList<int> namesOpened;
};

} // namespace Core::Topics
