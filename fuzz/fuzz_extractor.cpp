// Page bytes through the article extractor with a fuzzed HTTP charset and
// page URL (see fuzz_input.h), then, for a readerable article, the topic
// tagger: the same two steps as Core::cleanPage in the pipeline.
#include "extract/article_extractor.h"
#include "fuzz_input.h"
#include "topics/topics.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::Input in = Fuzz::split(data, size, "https://news.example.org/2026/01/story.html");
    Core::Article article = Core::ArticleExtractor::extract(in.body, in.url, in.charset);
    if (article.readerable)
        Core::Topics::tagArticle(article, { QStringLiteral("World"), QStringLiteral("Europe") }, Core::CorpusStats {});
    return 0;
}
