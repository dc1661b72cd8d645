#include "class_tokens.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace Core::Extract {

namespace {

// Class/id tokens, matched anywhere in the lower-cased "class id" string.
constexpr std::string_view unlikelyTokens[] = {
    "-ad-",
    "ad-break",
    "agegate",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "cookie",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "newsletter",
    "outbrain",
    "taboola",
    "promo",
    "share",
    "subscribe",
    "signup",
    "paywall",
    "modal",
    "recirc",
    "most-popular",
    "mostpopular",
    "trending",
    "more-stories",
    "teaser-list",
    "navbar",
    "masthead",
    "jump-link",
};

constexpr std::string_view maybeTokens[] = { "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
    "story", "entry", "post-text", "text" };

constexpr std::string_view positiveTokens[] = { "article", "body", "content", "entry", "hentry", "h-entry", "main",
    "page", "pagination", "post", "text", "blog", "story" };

constexpr std::string_view negativeTokens[] = {
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "byline",
    "author-bio",
    "newsletter",
    "caption",
    "credit",
};

// The article-body class family of the selector cascade's first tier.
constexpr std::string_view bodyClassTokens[] = {
    "articlebody",
    "article-body",
    "article__body",
    "article_body",
    "article-content",
    "articlecontent",
    "article__content",
    "article_content",
    "article-text",
    "articletext",
    "article__text",
    "entry-content",
    "entry_content",
    "entrycontent",
    "post-content",
    "postcontent",
    "post_content",
    "post__content",
    "post-body",
    "postbody",
    "post-entry",
    "story-body",
    "storybody",
    "story-content",
    "story__content",
    "storycontent",
    "story-text",
    "content-body",
    "body-text",
    "bodytext",
    "rich-text",
    "richtext",
    "field-body",
    "field-name-body",
    "entry-body",
    "news-content",
    "news-text",
    "blog-content",
    "blog-post-body",
    "single-content",
    "main-text",
    "text-content",
    "article-main",
    "td-post-content",
    "c-entry-content",
    "article-entry",
    "post-text",
    "artikel",
};

// What a class/id string says, as bits; ClassScanner finds them all in one pass.
enum ClassFeature : std::uint32_t {
    Negative = 1u << 0,
    Positive = 1u << 1,
    UnlikelyToken = 1u << 2,
    MaybeToken = 1u << 3,
    BodyToken = 1u << 4,
    MainToken = 1u << 5,
    ShareToken = 1u << 6,
    TweetToken = 1u << 7,
    CommentToken = 1u << 8,
    TagToken = 1u << 9,
    AuthorToken = 1u << 10,
    DateToken = 1u << 11,
    CaptionToken = 1u << 12,
};

constexpr std::string_view mainTokens[] = { "main-content", "page-content", "content-main" };
constexpr std::string_view shareTokens[] = { "share", "social" };
constexpr std::string_view tweetTokens[] = { "twitter-tweet", "instagram-media" };
constexpr std::string_view commentTokens[] = { "comment", "disqus" };
constexpr std::string_view tagTokens[] = { "tags", "topics", "tag-list", "taglist", "keywords", "filed" };
constexpr std::string_view authorTokens[] = { "byline", "author", "writtenby", "dateline" };
constexpr std::string_view dateTokens[] = { "date", "time", "publish", "posted", "meta" };
constexpr std::string_view captionTokens[] = { "caption", "credit" };
// Unlikely only as whole tokens (bounded by start, end, space, '-' or '_'):
// "hid" is hidden, "ad"/"ads" an ad slot.
constexpr std::string_view unlikelyWholeTokens[] = { "ad", "ads", "hid", "tags", "byline" };

// Every token list at once: one scan of a class/id string sets the bit of
// each list that has a token in it. Tokens are bucketed by their first two
// bytes, so most positions of the string cost one table lookup.
class ClassScanner final {
public:
    ClassScanner()
        : m_pairBucket(65536, 0)
    {
        m_buckets.emplace_back(); // bucket 0: no token starts with this pair
        add(negativeTokens, Negative);
        add(positiveTokens, Positive);
        add(unlikelyTokens, UnlikelyToken);
        add(unlikelyWholeTokens, UnlikelyToken, true);
        add(maybeTokens, MaybeToken);
        add(bodyClassTokens, BodyToken);
        add(mainTokens, MainToken);
        add(shareTokens, ShareToken);
        add(tweetTokens, TweetToken);
        add(commentTokens, CommentToken);
        add(tagTokens, TagToken);
        add(authorTokens, AuthorToken);
        add(dateTokens, DateToken);
        add(captionTokens, CaptionToken);
    }
    std::uint32_t scan(std::string_view s) const
    {
        std::uint32_t found = 0;
        const char *p = s.data();
        const size_t n = s.size();
        for (size_t i = 0; i + 1 < n; ++i) {
            const std::uint8_t bucket = m_pairBucket[pairOf(p[i], p[i + 1])];
            if (!bucket)
                continue;
            for (const Entry &e : m_buckets[bucket]) {
                const std::string_view t = e.token;
                if (n - i < t.size() || std::memcmp(p + i + 2, t.data() + 2, t.size() - 2) != 0)
                    continue;
                if (!e.whole || isWholeAt(s, i, t.size()))
                    found |= e.features;
            }
        }
        return found;
    }

private:
    struct Entry {
        std::string_view token;
        std::uint32_t features;
        bool whole;
    };
    static size_t pairOf(char a, char b)
    {
        return size_t(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b);
    }
    template <size_t N> void add(const std::string_view (&tokens)[N], std::uint32_t feature, bool whole = false)
    {
        for (std::string_view t : tokens) {
            std::uint8_t &index = m_pairBucket[pairOf(t[0], t[1])];
            if (!index) {
                index = std::uint8_t(m_buckets.size());
                m_buckets.emplace_back();
            }
            auto &bucket = m_buckets[index];
            const auto same = std::find_if(
                bucket.begin(), bucket.end(), [&](const Entry &e) { return e.token == t && e.whole == whole; });
            if (same != bucket.end())
                same->features |= feature;
            else
                bucket.push_back({ t, feature, whole });
        }
    }
    static bool isBoundary(char c) { return c == ' ' || c == '-' || c == '_'; }
    static bool isWholeAt(std::string_view s, size_t pos, size_t size)
    {
        return (pos == 0 || isBoundary(s[pos - 1])) && (pos + size == s.size() || isBoundary(s[pos + size]));
    }
    std::vector<std::uint8_t> m_pairBucket; // first two bytes -> index in m_buckets
    std::vector<std::vector<Entry>> m_buckets;
};

} // namespace

bool isBadRole(const char *v)
{
    static const char *const roles[] = { "navigation", "menu", "menubar", "complementary", "alert", "alertdialog",
        "dialog", "banner", "contentinfo", "search" };
    for (const char *r : roles)
        if (std::strcmp(v, r) == 0)
            return true;
    return false;
}

ClassInfo classifyClassId(std::string_view s)
{
    static const ClassScanner scanner;
    const std::uint32_t f = scanner.scan(s);
    ClassInfo info;
    info.weight = ((f & Negative) ? -25 : 0) + ((f & Positive) ? 25 : 0);
    if (f & UnlikelyToken)
        info.flags |= Unlikely;
    if (f & MaybeToken)
        info.flags |= MaybeContent;
    if (f & BodyToken)
        info.flags |= BodyHint;
    if (f & MainToken)
        info.flags |= MainHint;
    if (f & ShareToken)
        info.flags |= ShareBox;
    if (f & TweetToken)
        info.flags |= Tweet;
    if ((f & CommentToken) || s.find("respond") == 0)
        info.flags |= CommentBox;
    if (f & TagToken)
        info.flags |= TagListBox;
    if (f & AuthorToken)
        info.flags |= AuthorBox;
    if (f & DateToken)
        info.flags |= DateBox;
    if (f & CaptionToken)
        info.flags |= CaptionClass;
    return info;
}

} // namespace Core::Extract
