#pragma once

// The one image-URL policy: which attribute holds a lazy image's real source,
// which srcset candidate to take, what is a placeholder and what is a
// tracking pixel. The sanitizer applies it to every image it writes; the
// extractor's lead-image fallback is the first image the sanitizer wrote, so
// the lead image and the body's images cannot disagree.

#include <QString>

namespace Core::Html {

// Where lazy-loading pages put the real source when src holds a placeholder,
// in the order they are tried.
inline constexpr const char *LazySourceAttributes[]
    = { "data-src", "data-original", "data-lazy-src", "data-lazyload", "data-url", "data-hi-res-src", "data-full-src" };
// The srcset attributes of an img, in the order they are tried.
inline constexpr const char *ImageSrcsetAttributes[] = { "data-srcset", "data-lazy-srcset", "srcset" };
// The srcset attributes of a <picture>'s <source>, in the order they are tried.
inline constexpr const char *PictureSourceAttributes[] = { "srcset", "data-srcset" };

// An inline image the reader may show: data:image/(png|jpeg|gif|webp), base64 or plain.
bool isDataImage(const QString &url);

// The URL of the widest (else densest) candidate of a srcset; empty when none.
// A width descriptor outranks any density; no descriptor counts as 1x.
QString largestSrcsetCandidate(const QString &srcset);

// A lazy-loading stand-in: empty, an inline image under 133 characters or
// not a showable one, a "blank", "spacer", "placeholder", "lazy", "loading",
// "transparent", "grey" or "pixel" image file, or about:blank.
bool isPlaceholder(const QString &src);

// A width or height attribute's leading digits, or -1 when it has none.
int sizeValue(const QString &raw);

// A size of 0 or 1 on either side, a known beacon host or path, or a small
// (<= 3 px, or unsized) image at a beacon-like path. src: the absolute URL.
bool isTrackingPixel(int width, int height, const QString &src);

} // namespace Core::Html
