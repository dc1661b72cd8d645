#pragma once

#include <QString>

namespace Core {
class StorageWriter;
class Store;
}

namespace Ui {

// The built-in feed a first start shows, so the app is never empty and
// works with no network. Its stories are stored like any others, under a
// local subscription URL that the pipeline must never fetch.
inline constexpr char WelcomeFeedUrl[] = "tidings:welcome";

// Adds the welcome feed when the store has no subscription at all.
// Returns true when it did. The store must be writable.
bool ensureWelcomeFeed(Core::Store *store);
// The same on the storage thread, waiting for it: for start-up, before the
// window shows.
bool ensureWelcomeFeed(Core::StorageWriter &writer);

} // namespace Ui
