// Feed bytes (RSS, Atom, JSON Feed, broken or not) through the parser the
// pipeline uses, with a fuzzed HTTP charset and feed URL (see fuzz_input.h);
// every summary and content fragment also goes through the sanitizer.
#include "feeds/feed_parser.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::Input in = Fuzz::split(data, size, "https://example.org/feed.xml");
    const Core::ParsedFeed feed = Core::FeedParser::parse(in.body, in.url, in.charset, Fuzz::fixedNow());
    Q_UNUSED(feed);
    return 0;
}
