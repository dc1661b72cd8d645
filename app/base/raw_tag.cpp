#include "base/types.h"

#include <array>
#include <utility>

namespace Core {

namespace {

constexpr std::array<std::pair<TagSource, QLatin1String>, 6> Prefixes { {
    { TagSource::JsonLd, QLatin1String("jsonld") },
    { TagSource::Meta, QLatin1String("meta") },
    { TagSource::RelTag, QLatin1String("reltag") },
    { TagSource::List, QLatin1String("list") },
    { TagSource::Keywords, QLatin1String("keywords") },
    { TagSource::Feed, QLatin1String("feed") },
} };

} // namespace

QString encodeRawTag(const RawTag &tag)
{
    for (const auto &[source, prefix] : Prefixes)
        if (source == tag.source)
            return prefix + QLatin1Char(':') + tag.value;
    return tag.value;
}

RawTag decodeRawTag(const QString &entry)
{
    const qsizetype colon = entry.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QString prefix = entry.left(colon).trimmed().toLower();
        for (const auto &[source, name] : Prefixes)
            if (prefix == name)
                return { source, entry.mid(colon + 1) };
    }
    return { TagSource::Meta, entry };
}

} // namespace Core
