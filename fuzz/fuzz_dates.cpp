// Date text (feeds' pubDate/updated, pages' meta dates, HTTP Retry-After)
// through the one date parser, under each option set its callers use, and
// the zone-token reader.
#include "base/dates.h"

#include <QString>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    using namespace Core::Dates;
    const QDateTime latest(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);
    for (const Zone zone : { Zone::ToUtc, Zone::KeepOffset }) {
        for (const Words words : { Words::Skip, Words::Reject }) {
            ParseOptions options;
            options.zone = zone;
            options.words = words;
            options.partial = words == Words::Skip ? Partial::Accept : Partial::Reject;
            const QDateTime d = parse(text, options);
            if (d.isValid())
                Q_UNUSED(d.toString(Qt::ISODate));
        }
    }
    ParseOptions bounded;
    bounded.latest = latest;
    bounded.earliestYear = 1995;
    Q_UNUSED(parse(text, bounded));
    Q_UNUSED(zoneOffset(text));
    return 0;
}
