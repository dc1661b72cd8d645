#pragma once

// A site's icon as the store keeps it (subscriptions.icon).

#include <QByteArray>

namespace Core {

constexpr int MaxSiteIconSide = 1024; // an image claiming more is refused before decoding
constexpr int StoredSiteIconSide = 64; // what is kept: enough for a 32-pixel icon at 2x

// The bytes of an icon as stored: decoded (refusing images that claim more
// than MaxSiteIconSide either way), scaled to at most StoredSiteIconSide,
// PNG. Empty when the bytes are no image (broken, hostile, empty).
QByteArray normaliseSiteIcon(const QByteArray &bytes);

} // namespace Core
