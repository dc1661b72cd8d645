#pragma once

#include <QString>

namespace Core {
class Store;
}

namespace Ui {

// The built-in feed a first start shows, so the app is never empty and
// works with no network. Its stories are stored like any others, under a
// local subscription URL that the pipeline must never fetch.
inline constexpr char WelcomeFeedUrl[] = "tidings:welcome";

// Adds the welcome feed when the store has no subscription at all.
// Returns true when it did.
bool ensureWelcomeFeed(Core::Store *store);

} // namespace Ui
