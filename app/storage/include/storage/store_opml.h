#pragma once

// OPML import into and export from the store. The file format itself is in
// opml.h (pure); this is the part that knows subscriptions and folders.

#include "base/result.h"
#include "feeds/opml.h"

namespace Core {

class Store;

struct OpmlImportReport {
    int added = 0; // new subscriptions
    int duplicates = 0; // already subscribed, or listed twice in the file
    int folders = 0; // new folders
    QStringList errors; // subscriptions that could not be added
};

// Adds the document's folders (reusing existing ones with the same path)
// and feeds; a feed already subscribed, or repeated in the file, is counted
// and skipped.
Result<OpmlImportReport> importOpml(Store &store, const Opml::Document &document);

// The store's folders and subscriptions as a document for Opml::write.
Opml::Document opmlDocument(const Store &store);

} // namespace Core
