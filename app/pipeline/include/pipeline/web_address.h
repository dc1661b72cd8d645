#pragma once

// The one rule for an address a person types (the add dialog, `tidings-cli
// add`): what it means as web URLs, in the order they are tried.

#include <QList>
#include <QString>
#include <QUrl>

namespace Core {

// "http://…" or "https://…": that URL. An address without a scheme
// ("example.org/feed", "127.0.0.1:8080/feed.xml"): https first, then http.
// Anything else (another scheme, no host, empty): none.
QList<QUrl> webAddressCandidates(const QString &typed);

} // namespace Core
