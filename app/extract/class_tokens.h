#pragma once

// What an element's class and id strings say to the extractor: Readability's
// class weight and the page-part flags (boilerplate, body, comments, tags,
// byline, date, share bars, captions), all found in one scan of the string.

#include "page.h"

#include <cstdint>
#include <string_view>

namespace Core::Extract {

// Transient: a caption/credit class, NoText inside figures. Never left in Page::flags.
constexpr std::uint32_t CaptionClass = 1u << 31;

struct ClassInfo {
    int weight = 0; // +-25 for a positive or negative token
    std::uint32_t flags = 0; // NodeFlag bits, plus CaptionClass
};

// lowerClassAndId: the lower-cased class and id values, each followed by a space.
ClassInfo classifyClassId(std::string_view lowerClassAndId);

// role=navigation, menu, complementary, dialog and the like.
bool isBadRole(const char *role);

} // namespace Core::Extract
