#pragma once

// A synthetic profile for measuring Tidings at scale (tidings-cli
// generate-profile): subscriptions in folders and stories with cleaned
// articles of realistic length, read state and topics, written straight into
// the store's own schema (its triggers keep every count exact) in large
// transactions. Feeds and topics follow a Zipf-like spread: a few feeds carry
// most stories (the busiest ~13% of them), a few topics are on many stories.
// The same options and seed always give the same profile.

#include "base/result.h"

#include <QString>

#include <functional>

namespace Core {

struct SyntheticProfileOptions {
    int feeds = 1000;
    int folders = 50;
    qint64 stories = 1000000;
    int topics = 0; // 0: one per 40 stories, at least 50 and at most 50,000
    int days = 730; // the stories' dates spread over this many days before now
    int extractorVersion = 0; // the articles count as cleaned by this version (none re-cleaned)
    quint32 seed = 20261207;
};

struct SyntheticProfileReport {
    int feeds = 0;
    int folders = 0;
    qint64 stories = 0;
    int topics = 0;
    qint64 storyTopics = 0; // links between stories and topics
    qint64 textBytes = 0; // UTF-8 bytes of article text written
};

// Fills the profile in `profileDir`, which must hold no subscriptions yet (a
// profile in use is refused, nothing in it touched). `progress` is called
// every few thousand stories with how many are written. The store is opened
// (created, checked, migrated) through Store::open first; while it fills,
// the file is written without a journal, so a generation cut short leaves a
// file to delete, never a profile worth keeping.
Result<SyntheticProfileReport> generateSyntheticProfile(const QString &profileDir,
    const SyntheticProfileOptions &options, const std::function<void(qint64 written, qint64 total)> &progress = {});

} // namespace Core
