#include "extract_body.h"

// This file is long on purpose: it is the body algorithm in one place, in the
// order it runs (pre-cleaning, Readability's scoring and sibling merge, the
// selector cascade, conditional cleaning, the split-body recall, the retry
// ladder, then the lede, standfirst and recipe-list recoveries). The steps
// share the retry mode and the Page's flags, and are tuned against each other
// on the corpora; kept together, one reading shows what any change touches.

#include "extract_dates.h"
#include "extract_log.h"
#include "extract_text.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Core::Extract {

namespace {

// Readability's retry ladder: each step switches one more filter off.
enum class Mode { Strict, KeepUnlikely, NoClassWeights, NoConditionalCleaning };

QByteArray lowerClassId(const Page &page, const Node &n)
{
    return page.attribute(n, "class").toLower() + ' ' + page.attribute(n, "id").toLower();
}

bool isAlwaysRemoved(Tag t)
{
    switch (t) {
    case Tag::Head:
    case Tag::Nav:
    case Tag::Aside:
    case Tag::Button:
    case Tag::Input:
    case Tag::Select:
    case Tag::Textarea:
    case Tag::Iframe:
    case Tag::Object:
    case Tag::Embed:
    case Tag::Canvas:
    case Tag::Video:
    case Tag::Audio:
    case Tag::Math:
    case Tag::Svg:
    case Tag::Script:
    case Tag::Style:
    case Tag::Template:
    case Tag::Noscript:
    case Tag::Dialog:
    case Tag::Menu:
    case Tag::Link:
    case Tag::Meta:
    case Tag::Title:
    case Tag::Option:
    case Tag::Footer:
        return true;
    default:
        return false;
    }
}

// The elements that enclose a marked article body (itemprop=articleBody or an
// article-body class) with real text. A wrapper whose class merely sounds like
// boilerplate ("above-footer", "sidebar-layout") must not take the story with it.
std::vector<bool> ancestorsOfBodyHints(const Page &page)
{
    std::vector<bool> out(page.nodes.size(), false);
    for (size_t i = 0; i < page.nodes.size(); ++i) {
        const Node &n = page.nodes[i];
        if (!(page.flags[i] & BodyHint) || page.agg[i].chars < 250 || (page.flags[i] & Hidden)
            || page.agg[i].linkDensity() > 0.5f)
            continue;
        for (int a = n.parent; a >= 0 && !out[size_t(a)]; a = page.nodes[size_t(a)].parent)
            out[size_t(a)] = true;
    }
    return out;
}

// A live blog's or match ticker's entries ("live-match-comment",
// "livecomment") are the story told minute by minute, not reader comments.
bool isLiveCommentary(const Page &page, const Node &n)
{
    const QByteArray c = lowerClassId(page, n);
    return c.contains("live") && (c.contains("comment") || c.contains("ticker"));
}

float prose(const Aggregates &a)
{
    return float(a.chars) - a.linkChars;
}

// A boilerplate-sounding class ("tab-menu", "sidebar-text") on a long
// stretch of unlinked prose: menus and rails are links; comments have their
// own rule, and a list of captions is no body of paragraphs.
bool isProseBlock(const Page &page, size_t i)
{
    const Tag tag = page.nodes[i].tag;
    const Aggregates &a = page.agg[i];
    return !(page.flags[i] & CommentBox) && prose(a) >= 1000.f && a.linkDensity() < 0.1f && a.paragraphs >= 2
        && tag != Tag::Ul && tag != Tag::Ol && a.listItems <= a.paragraphs;
}

// An unclosed <header> or <nav> can swallow the story along with a link-heavy
// menu, so its overall link density says nothing: what counts is that it holds
// most of the page's unlinked text.
bool wrapsMostProse(const Aggregates &a, float bodyProse)
{
    const float p = prose(a);
    return p > 1000.f && p * 2.f > bodyProse;
}

// §1.4: mark what goes before scoring. Flags only; the tree is never copied.
void preClean(Page &page, Mode mode, bool keepComments)
{
    for (std::uint32_t &f : page.flags)
        f &= ~(Removed | Gone | Protected | DataTable);
    page.computeGone();
    page.computeAggregates();
    const int bodyChars = page.agg[size_t(page.body)].chars;
    const float bodyProse = prose(page.agg[size_t(page.body)]);
    if (lcExtract().isDebugEnabled()) {
        for (size_t i = 0; i < page.nodes.size(); ++i) {
            const Node &n = page.nodes[i];
            if (n.tag != Tag::Text && page.agg[i].chars * 10 > bodyChars)
                qCDebug(lcExtract, "%s%s.%s chars=%d ld=%.2f flags=%x", QByteArray(n.depth, ' ').constData(),
                    page.name(n), lowerClassId(page, n).constData(), page.agg[i].chars,
                    double(page.agg[i].linkDensity()), page.flags[i]);
        }
    }
    const std::vector<bool> holdsBody = ancestorsOfBodyHints(page);
    for (size_t i = 0; i < page.nodes.size(); ++i) {
        const Node &n = page.nodes[i];
        page.flags[i] &= ~(Removed | Gone | Protected | DataTable);
        page.score[i] = 0;
        page.scored[i] = false;
        if (n.tag == Tag::Text || int(i) == page.body || int(i) == page.html)
            continue;
        // libxml2's HTML4 parser may leave an unclosed <header> or <nav>
        // holding the rest of the page: never drop a wrapper of most of the text.
        const bool wrapsPage
            = (page.agg[i].chars * 5 > bodyChars * 2 && page.agg[i].linkDensity() < 0.5f && bodyChars > 0)
            || wrapsMostProse(page.agg[i], bodyProse);
        bool remove = isAlwaysRemoved(n.tag) && !(wrapsPage && isBlockTag(n.tag));
        if (n.tag == Tag::Head)
            remove = true;
        if (n.tag == Tag::Form && page.agg[i].chars * 2 < bodyChars)
            remove = true;
        if (n.tag == Tag::Header && !wrapsPage && (page.agg[i].chars < 400 || page.agg[i].linkDensity() > 0.5f))
            remove = true;
        if (page.flags[i] & Hidden)
            remove = true;
        // Roles and class tokens describe the element, not the unclosed page the
        // HTML4 parser may have put inside it.
        const bool live = (page.flags[i] & (BadRole | CommentBox)) && isLiveCommentary(page, n);
        if ((page.flags[i] & BadRole) && !(holdsBody[i] || wrapsMostProse(page.agg[i], bodyProse) || live))
            remove = true;
        if (!remove && (page.flags[i] & CommentBox) && !keepComments && !(page.flags[i] & MaybeContent) && !live)
            remove = true;
        if (!remove && mode == Mode::Strict && (page.flags[i] & Unlikely) && !(page.flags[i] & MaybeContent)
            && !(page.flags[i] & (InTable | InCode)) && n.tag != Tag::A && n.tag != Tag::Article && n.tag != Tag::Main
            && n.tag != Tag::Body && !holdsBody[i] && !isProseBlock(page, i))
            remove = true;
        if (page.flags[i] & Tweet)
            remove = false;
        if (remove)
            page.flags[i] |= Removed;
    }
    page.computeGone();
    page.computeAggregates();
}

int elementChildCount(const Page &page, int i)
{
    int count = 0;
    for (int j = i + 1; j < page.nodes[size_t(i)].end; j = page.nodes[size_t(j)].end)
        if (page.nodes[size_t(j)].tag != Tag::Text && !page.isGone(j))
            ++count;
    return count;
}

bool isParagraphLike(const Page &page, int i)
{
    const Tag tag = page.nodes[size_t(i)].tag;
    switch (tag) {
    case Tag::P:
    case Tag::Pre:
    case Tag::Td:
        return true;
    case Tag::Div:
    case Tag::Section:
    case Tag::Article:
    case Tag::Center:
    case Tag::Font:
    case Tag::Span:
    case Tag::Blockquote:
    case Tag::Li:
    case Tag::Dd:
        return !(page.flags[size_t(i)] & HasBlockChild) && tag != Tag::Span && tag != Tag::Font && tag != Tag::Li
            && tag != Tag::Dd;
    default:
        return false;
    }
}

float tagPrior(Tag t)
{
    switch (t) {
    case Tag::Div:
        return 5;
    case Tag::Pre:
    case Tag::Td:
    case Tag::Blockquote:
        return 3;
    case Tag::Address:
    case Tag::Ol:
    case Tag::Ul:
    case Tag::Dl:
    case Tag::Dd:
    case Tag::Dt:
    case Tag::Li:
    case Tag::Form:
        return -3;
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6:
    case Tag::Th:
        return -5;
    default:
        return 0;
    }
}

void addScore(Page &page, int start, float contentScore, bool weights)
{
    int a = start;
    for (int level = 0; level < 5 && a >= 0; ++level) {
        const Node &anc = page.nodes[size_t(a)];
        if (!page.scored[size_t(a)]) {
            page.scored[size_t(a)] = true;
            page.score[size_t(a)] = tagPrior(anc.tag) + (weights ? float(page.classWeight[size_t(a)]) : 0.f);
        }
        const float divider = level == 0 ? 1.f : (level == 1 ? 2.f : float(level) * 3.f);
        page.score[size_t(a)] += contentScore / divider;
        if (a == page.body)
            break;
        a = anc.parent;
    }
}

// Readability's score propagation (§1.5 B). Returns the top candidate.
int scoreCandidates(Page &page, bool weights)
{
    const Node &body = page.nodes[size_t(page.body)];
    for (int i = page.body; i < body.end; ++i) {
        const Node &n = page.nodes[size_t(i)];
        if (page.flags[size_t(i)] & Gone) {
            i = n.end - 1;
            continue;
        }
        if (n.tag == Tag::Text)
            continue;
        int chars = 0;
        int commas = 0;
        if (isParagraphLike(page, i)) {
            chars = page.agg[size_t(i)].chars;
            commas = page.agg[size_t(i)].commas;
        } else if (page.flags[size_t(i)] & HasBlockChild) {
            // Text sitting directly in a container, between its blocks.
            for (int j = i + 1; j < n.end; j = page.nodes[size_t(j)].end) {
                if (!(page.flags[size_t(j)] & (Gone | Block | HasBlockChild))) {
                    chars += page.agg[size_t(j)].chars;
                    commas += page.agg[size_t(j)].commas;
                }
            }
        } else {
            continue;
        }
        if (chars < 25)
            continue;
        // Readability's bonus of one point per whole hundred characters: the floor is meant.
        const float contentScore
            = 1.f + float(commas) + std::min(float(chars / 100), 3.f); // NOLINT(bugprone-integer-division)
        if (isParagraphLike(page, i)) {
            if (n.parent >= 0)
                addScore(page, n.parent, contentScore, weights);
        } else {
            addScore(page, i, contentScore, weights);
        }
    }
    int top = -1;
    std::vector<int> candidates;
    for (int i = page.body; i < body.end; ++i) {
        if (!page.scored[size_t(i)])
            continue;
        page.score[size_t(i)] *= 1.f - page.agg[size_t(i)].linkDensity();
        candidates.push_back(i);
    }
    std::sort(candidates.begin(), candidates.end(),
        [&](int a, int b) { return page.score[size_t(a)] > page.score[size_t(b)]; });
    if (candidates.empty())
        return page.body;
    top = candidates.front();
    const float topScore = page.score[size_t(top)];
    // Several near-equal candidates: their common ancestor is the article.
    std::vector<int> close;
    for (size_t k = 1; k < std::min<size_t>(candidates.size(), 5); ++k)
        if (page.score[size_t(candidates[k])] >= 0.75f * topScore)
            close.push_back(candidates[k]);
    if (close.size() >= 3) {
        int a = page.nodes[size_t(top)].parent;
        while (a >= 0 && a != page.body) {
            int contained = 0;
            for (int c : close)
                if (page.isAncestor(a, c))
                    ++contained;
            if (contained >= 3) {
                top = a;
                break;
            }
            a = page.nodes[size_t(a)].parent;
        }
    }
    if (!page.scored[size_t(top)]) {
        page.scored[size_t(top)] = true;
        page.score[size_t(top)] = tagPrior(page.nodes[size_t(top)].tag);
    }
    // Climb while the parent scores better.
    float lastScore = page.score[size_t(top)];
    const float threshold = lastScore / 3.f;
    for (int p = page.nodes[size_t(top)].parent; p >= 0 && p != page.body; p = page.nodes[size_t(p)].parent) {
        if (!page.scored[size_t(p)])
            continue;
        if (page.score[size_t(p)] < threshold)
            break;
        if (page.score[size_t(p)] > lastScore) {
            top = p;
            break;
        }
        lastScore = page.score[size_t(p)];
    }
    for (int p = page.nodes[size_t(top)].parent; p >= 0 && p != page.body && elementChildCount(page, p) == 1;
         p = page.nodes[size_t(p)].parent)
        top = p;
    // One item of a list or one cell of a table is never the whole article: take the list or table.
    while (top != page.body && page.nodes[size_t(top)].parent >= 0
        && (page.nodes[size_t(top)].tag == Tag::Li || page.nodes[size_t(top)].tag == Tag::Dd
            || page.nodes[size_t(top)].tag == Tag::Dt || page.nodes[size_t(top)].tag == Tag::Tr
            || page.nodes[size_t(top)].tag == Tag::Td || page.nodes[size_t(top)].tag == Tag::Tbody))
        top = page.nodes[size_t(top)].parent;
    return top;
}

QString classOf(const Page &page, const Node &n)
{
    return QString::fromUtf8(page.attribute(n, "class"));
}

// Readability's sibling merge: siblings that score well or read like prose join the top candidate.
std::vector<int> mergeSiblings(Page &page, int top)
{
    const Node &t = page.nodes[size_t(top)];
    if (top == page.body || t.parent < 0)
        return { top };
    const float topScore = page.scored[size_t(top)] ? page.score[size_t(top)] : 0.f;
    const float threshold = std::max(10.f, topScore * 0.2f);
    const QString topClass = classOf(page, t);
    std::vector<int> out;
    const int parent = t.parent;
    for (int j = parent + 1; j < page.nodes[size_t(parent)].end; j = page.nodes[size_t(j)].end) {
        const Node &s = page.nodes[size_t(j)];
        if (page.flags[size_t(j)] & Gone)
            continue;
        if (j == top) {
            out.push_back(j);
            continue;
        }
        if (s.tag == Tag::Text)
            continue;
        float bonus = 0;
        if (!topClass.isEmpty() && classOf(page, s) == topClass)
            bonus = topScore * 0.2f;
        if (page.scored[size_t(j)] && page.score[size_t(j)] + bonus >= threshold) {
            out.push_back(j);
            continue;
        }
        // A body split across sibling containers: a long, link-free block
        // beside the winner is more of the same story, not boilerplate.
        if ((page.flags[size_t(j)] & Block) && !(page.flags[size_t(j)] & (Unlikely | Hidden))
            && page.agg[size_t(j)].chars > 250 && page.agg[size_t(j)].linkDensity() < 0.15f) {
            out.push_back(j);
            continue;
        }
        if (s.tag == Tag::P || isParagraphLike(page, j)) {
            const float ld = page.agg[size_t(j)].linkDensity();
            if (page.agg[size_t(j)].chars > 80 && ld < 0.25f) {
                out.push_back(j);
            } else if (page.agg[size_t(j)].chars < 80 && page.agg[size_t(j)].chars > 0 && ld == 0.f) {
                const QString text = page.text(j);
                if (text.endsWith(QLatin1Char('.')))
                    out.push_back(j);
            }
        }
    }
    return out;
}

// A body-classed block inside a list item is a teaser in a menu or a rail
// ("nav-content-news-text"), not the article.
bool inListItem(const Page &page, int i)
{
    for (int a = page.nodes[size_t(i)].parent; a > page.body; a = page.nodes[size_t(a)].parent)
        if (page.nodes[size_t(a)].tag == Tag::Li)
            return true;
    return false;
}

// §1.5 A: the selector cascade, most specific first.
int cascadeCandidate(const Page &page)
{
    const Node &body = page.nodes[size_t(page.body)];
    int tiers[5] = { -1, -1, -1, -1, -1 };
    for (int i = page.body + 1; i < body.end; ++i) {
        const Node &n = page.nodes[size_t(i)];
        if (page.flags[size_t(i)] & Gone) {
            i = n.end - 1;
            continue;
        }
        if (n.tag == Tag::Text || page.agg[size_t(i)].chars < 250)
            continue;
        if ((page.flags[size_t(i)] & BodyHint) && !inListItem(page, i))
            return i; // the first tier wins outright
        if (tiers[1] < 0 && n.tag == Tag::Article)
            tiers[1] = i;
        if (tiers[2] < 0 && (page.flags[size_t(i)] & StoryHint))
            tiers[2] = i;
        if (tiers[3] < 0 && (page.flags[size_t(i)] & MainHint))
            tiers[3] = i;
        if (tiers[4] < 0 && n.tag == Tag::Main)
            tiers[4] = i;
    }
    for (int t : tiers)
        if (t >= 0)
            return t;
    return -1;
}

// A generic body class ("post-content") often wraps the specific one
// ("article-body-content") together with disclosures, author cards and
// offers. After cleaning, descend to a nested body-marked element that still
// holds most of the text.
int innermostBodyHint(const Page &page, int pick)
{
    if (!(page.flags[size_t(pick)] & BodyHint))
        return pick;
    for (int depth = 0; depth < 8; ++depth) {
        const Node &p = page.nodes[size_t(pick)];
        // The outermost marked descendants: one of them must hold nearly all
        // their text (a body split over several marked blocks stays whole).
        int best = -1, sum = 0;
        for (int j = pick + 1; j < p.end; ++j) {
            const Node &n = page.nodes[size_t(j)];
            if (page.flags[size_t(j)] & Gone) {
                j = n.end - 1;
                continue;
            }
            if (n.tag == Tag::Text || !(page.flags[size_t(j)] & BodyHint) || page.agg[size_t(j)].chars < 100)
                continue;
            sum += page.agg[size_t(j)].chars;
            if (best < 0 || page.agg[size_t(j)].chars > page.agg[size_t(best)].chars)
                best = j;
            j = n.end - 1;
        }
        if (best < 0)
            break;
        const int chars = page.agg[size_t(best)].chars;
        if (chars < 250 || chars * 2 < page.agg[size_t(pick)].chars || chars * 10 < sum * 9)
            break;
        pick = best;
    }
    return pick;
}

bool isDataTable(const Page &page, int i)
{
    const Node &t = page.nodes[size_t(i)];
    if (page.attribute(t, "role") == "presentation" || page.attribute(t, "datatable") == "0")
        return false;
    if (page.hasAttribute(t, "summary"))
        return true;
    int rows = 0, maxCols = 0, cols = 0;
    for (int j = i + 1; j < t.end; ++j) {
        const Node &n = page.nodes[size_t(j)];
        switch (n.tag) {
        case Tag::Caption:
        case Tag::Thead:
        case Tag::Tfoot:
        case Tag::Th:
            return true;
        case Tag::Table:
            return false;
        case Tag::Tr:
            maxCols = std::max(maxCols, cols);
            cols = 0;
            ++rows;
            break;
        case Tag::Td:
            ++cols;
            break;
        default:
            break;
        }
    }
    maxCols = std::max(maxCols, cols);
    return rows >= 10 || maxCols > 4 || rows * maxCols > 10;
}

// Readability's conditional cleaning (§1.6), element-local so it can run
// bottom-up in one pass with removals subtracted from the ancestors.
void cleanConditionally(Page &page, const std::vector<int> &containers, bool weights)
{
    for (int c : containers) {
        for (int a = c; a >= 0; a = page.nodes[size_t(a)].parent)
            page.flags[size_t(a)] |= Protected;
    }
    std::vector<Aggregates> delta(page.nodes.size());
    // Nested containers (the cascade's pick inside the scored one) are cleaned once, with the outer one.
    std::vector<int> outer;
    for (int c : containers) {
        bool nested = false;
        for (int o : containers)
            if (o != c && page.isAncestor(o, c) && !(o > c && page.isAncestor(c, o)))
                nested = true;
        if (!nested && std::find(outer.begin(), outer.end(), c) == outer.end())
            outer.push_back(c);
    }
    for (int c : outer) {
        const int end = page.nodes[size_t(c)].end;
        for (int i = end - 1; i > c; --i) {
            const Node &n = page.nodes[size_t(i)];
            if (page.flags[size_t(i)] & Gone || n.tag == Tag::Text)
                continue;
            Aggregates agg = page.agg[size_t(i)];
            const Aggregates &d = delta[size_t(i)];
            agg.chars -= d.chars;
            agg.linkChars -= d.linkChars;
            agg.commas -= d.commas;
            agg.paragraphs -= d.paragraphs;
            agg.images -= d.images;
            agg.listItems -= d.listItems;
            agg.inputs -= d.inputs;
            agg.embeds -= d.embeds;
            agg.headingChars -= d.headingChars;
            bool remove = false;
            const bool candidateTag = n.tag == Tag::Div || n.tag == Tag::Section || n.tag == Tag::Ul || n.tag == Tag::Ol
                || n.tag == Tag::Table || n.tag == Tag::Form || n.tag == Tag::Fieldset || n.tag == Tag::Dl;
            if (n.tag == Tag::Table && isDataTable(page, i))
                page.flags[size_t(i)] |= DataTable;
            const bool keep = (page.flags[size_t(i)] & (Protected | Tweet | InCode))
                || (n.tag == Tag::Table && (page.flags[size_t(i)] & DataTable));
            if (!keep && weights && (isHeading(n.tag) && n.tag <= Tag::H2) && page.classWeight[size_t(i)] < 0)
                remove = true;
            if (!keep && candidateTag) {
                const bool isList = n.tag == Tag::Ul || n.tag == Tag::Ol;
                const int weight = !weights || (page.classWeight[size_t(i)] < 0 && isLiveCommentary(page, n))
                    ? 0
                    : page.classWeight[size_t(i)];
                bool inDataTable = false;
                // Bounded walk, and only inside tables: linear on deep pages.
                int hops = 0;
                for (int a = n.parent;
                     (page.flags[size_t(i)] & InTable) && a >= 0 && a != c && !inDataTable && hops < 64;
                     a = page.nodes[size_t(a)].parent, ++hops)
                    inDataTable = page.nodes[size_t(a)].tag == Tag::Table && (page.flags[size_t(a)] & DataTable);
                if (inDataTable) {
                    // keep
                } else if (weight < 0) {
                    remove = true;
                } else if (agg.commas < 10) {
                    const float ld = agg.chars > 0 ? agg.linkChars / float(agg.chars) : 0.f;
                    const int p = agg.paragraphs;
                    const int img = agg.images;
                    const int li = agg.listItems - 100;
                    const float headingDensity = agg.chars > 0 ? float(agg.headingChars) / float(agg.chars) : 0.f;
                    const bool inFigure = page.flags[size_t(i)] & InFigure;
                    remove = (img > 1 && float(p) / float(img) < 0.5f && !inFigure && !(agg.chars >= 500 && ld < 0.1f))
                        || (!isList && li > p) || (agg.inputs > p / 3)
                        || (!isList && headingDensity < 0.9f && agg.chars < 25 && (img == 0 || img > 2) && !inFigure
                            && !(p >= 1 && ld == 0.f && agg.chars >= 10))
                        || (!isList && weight < 25 && ld > 0.2f) || (weight >= 25 && ld > 0.5f)
                        || (agg.embeds == 1 && agg.chars < 75) || agg.embeds > 1;
                    // A list of bare images (one per item, next to no text) is a gallery to keep.
                    if (remove && isList && img > 0 && img == agg.listItems && agg.chars < 20 * img)
                        remove = false;
                }
            }
            // Share bars with little text.
            if (!keep && !remove && agg.chars < 500 && n.tag != Tag::A && (page.flags[size_t(i)] & ShareBox))
                remove = true;
            Aggregates &pd = delta[size_t(n.parent)];
            if (remove)
                qCDebug(lcExtract, "  clean: %s.%s chars=%d commas=%d p=%d img=%d li=%d ld=%.2f", page.name(n),
                    lowerClassId(page, n).constData(), agg.chars, agg.commas, agg.paragraphs, agg.images, agg.listItems,
                    double(agg.chars ? agg.linkChars / float(agg.chars) : 0.f));
            if (remove) {
                page.flags[size_t(i)] |= Removed;
                // The parent loses the node's base aggregates: what is left plus what was already removed.
                pd.add(agg);
                pd.add(d);
            } else {
                pd.add(d);
            }
        }
    }
    page.computeGone();
    page.computeAggregates();
}

float textLength(const Page &page, const std::vector<int> &containers)
{
    float total = 0;
    for (int c : containers)
        total += float(page.agg[size_t(c)].chars) - page.agg[size_t(c)].linkChars;
    return total;
}

// §1.7 recall: a short body that is a small share of the page's prose may be
// the first of several sibling sections ("headline-with-text" blocks, one
// per subheading). Climb while the ancestors add little text, then take the
// following siblings that read as prose, up to the first boilerplate block.
std::vector<int> extendSplitBody(const Page &page, const std::vector<int> &chosen)
{
    if (chosen.size() != 1 || chosen.front() == page.body)
        return chosen;
    const int c = chosen.front();
    const float own = prose(page.agg[size_t(c)]);
    if (own >= 1500.f || own * 3.f >= prose(page.agg[size_t(page.body)]))
        return chosen;
    int top = c;
    qCDebug(lcExtract, "split from %d own=%.0f", c, double(own));
    for (int a = page.nodes[size_t(c)].parent; a >= 0 && a != page.body; a = page.nodes[size_t(a)].parent) {
        if (prose(page.agg[size_t(a)]) > own * 1.5f + 200.f)
            break;
        top = a;
    }
    std::vector<int> out = chosen;
    int added = 0;
    const int parent = page.nodes[size_t(top)].parent;
    if (parent < 0)
        return chosen;
    for (int j = page.nodes[size_t(top)].end; j < page.nodes[size_t(parent)].end; j = page.nodes[size_t(j)].end) {
        const Node &s = page.nodes[size_t(j)];
        if ((page.flags[size_t(j)] & Gone) || s.tag == Tag::Text || page.agg[size_t(j)].chars < 100)
            continue;
        qCDebug(lcExtract, "split? %s.%s chars=%d p=%d ld=%.2f w=%d", page.name(s), lowerClassId(page, s).constData(),
            page.agg[size_t(j)].chars, page.agg[size_t(j)].paragraphs, double(page.agg[size_t(j)].linkDensity()),
            page.classWeight[size_t(j)]);
        const bool proseLike = (page.flags[size_t(j)] & Block) && !(page.flags[size_t(j)] & (Unlikely | Hidden))
            && page.classWeight[size_t(j)] >= 0 && page.agg[size_t(j)].linkDensity() < 0.1f
            && page.agg[size_t(j)].paragraphs >= 1;
        if (proseLike) {
            out.push_back(j);
            added += page.agg[size_t(j)].chars;
        } else if (page.agg[size_t(j)].chars >= 300) {
            break;
        }
    }
    if (added < 300)
        return chosen;
    return out;
}

// A thread's posts share their markup: the body of each reply is an element
// with the same tag and class as the first post's body. With the chosen
// body among them, all of them (outside one another, not removed, with
// prose) are the content, in page order.
std::vector<int> repeatedPosts(const Page &page, const std::vector<int> &chosen, bool thread)
{
    if (chosen.size() != 1 || chosen.front() == page.body)
        return chosen;
    const int c = chosen.front();
    const Node &cn = page.nodes[size_t(c)];
    const char *cls = page.rawAttribute(cn, "class");
    if (!cls || !*cls)
        return chosen;
    std::vector<int> out;
    const Node &body = page.nodes[size_t(page.body)];
    for (int i = page.body + 1; i < body.end; ++i) {
        const Node &n = page.nodes[size_t(i)];
        if (page.flags[size_t(i)] & (Gone | Hidden)) {
            i = n.end - 1;
            continue;
        }
        if (n.tag != cn.tag || page.agg[size_t(i)].chars < 20)
            continue;
        const char *other = page.rawAttribute(n, "class");
        if (!other || std::strcmp(other, cls) != 0)
            continue;
        out.push_back(i);
        i = n.end - 1;
    }
    if (out.size() < 2 || std::find(out.begin(), out.end(), c) == out.end())
        return chosen;
    if (!thread) {
        // Elsewhere only a run of cards, none of them a body on its own.
        int sum = 0;
        for (int i : out) {
            if (page.agg[size_t(i)].linkDensity() > 0.3f)
                return chosen;
            sum += page.agg[size_t(i)].chars;
        }
        if (out.size() < 4 || page.agg[size_t(c)].chars * 5 > sum * 2)
            return chosen;
    }
    qCDebug(lcExtract, "repeated posts: %d", int(out.size()));
    return out;
}

struct Attempt {
    std::vector<int> containers;
    std::vector<TextBlock> blocks;
    int chars = 0;
    int shownChars = 0; // the body's text after pre-cleaning: no container holds more
};

// Paragraphs of 250 characters or more, counted up to `enough`: prose an
// article is made of.
int longParagraphs(const Page &page, int enough)
{
    int count = 0;
    for (size_t i = 0; i < page.nodes.size() && count < enough; ++i)
        if (page.nodes[i].tag == Tag::P && !(page.flags[i] & (Hidden | Gone)) && page.agg[i].chars >= 250)
            ++count;
    return count;
}

// The page's <main> (or role=main) when it holds a fair share of what the
// page shows, else the body.
int mainOrBody(const Page &page)
{
    const int bodyChars = page.agg[size_t(page.body)].chars;
    for (size_t i = 0; i < page.nodes.size(); ++i) {
        const Node &n = page.nodes[i];
        if (n.tag == Tag::Text || (page.flags[i] & Gone))
            continue;
        if (n.tag == Tag::Main || page.attribute(n, "role").toLower() == "main")
            if (page.agg[i].chars * 10 >= bodyChars * 3)
                return int(i);
    }
    return page.body;
}

// The whole page as its content: <main> or the body, without what the strict
// pre-cleaning drops (navigation, header, footer, forms, hidden and
// boilerplate-classed blocks) and what Readability's conditional cleaning
// drops by its shape alone (link-heavy lists, forms, image galleries). Class
// weights stay off: on a page that is no article, "promo" or "related" are
// often the sections themselves.
// Cards: four or more siblings of one tag and class, each with text of its
// own beside its links (a product's name and price, a course's blurb). A
// menu's items are bare links and stay out. Each card and the path to it
// are protected from the conditional cleaning: a shop's grid is link-heavy
// by nature, and it is the content of its page.
void protectCards(Page &page, int container)
{
    constexpr int minCards = 4;
    constexpr float minOwnChars = 10; // per card, outside its links
    const int end = page.nodes[size_t(container)].end;
    QHash<QByteArray, std::vector<int>> runs;
    for (int p = container; p < end; ++p) {
        const Node &pn = page.nodes[size_t(p)];
        if (pn.tag == Tag::Text || (page.flags[size_t(p)] & Gone))
            continue;
        runs.clear();
        for (int c = p + 1; c < pn.end; c = page.nodes[size_t(c)].end) {
            const Node &cn = page.nodes[size_t(c)];
            if (cn.tag == Tag::Text || (page.flags[size_t(c)] & Gone) || page.agg[size_t(c)].chars < 20)
                continue;
            const char *cls = page.rawAttribute(cn, "class");
            runs[QByteArray::number(int(cn.tag)) + ' ' + QByteArray(cls ? cls : "")].push_back(c);
        }
        for (const std::vector<int> &run : std::as_const(runs)) {
            if (int(run.size()) < minCards)
                continue;
            float own = 0;
            for (int c : run)
                own += float(page.agg[size_t(c)].chars) - page.agg[size_t(c)].linkChars;
            if (own < minOwnChars * float(run.size()))
                continue;
            for (int c : run)
                for (int d = c; d < page.nodes[size_t(c)].end; ++d)
                    page.flags[size_t(d)] |= Protected;
            for (int a = p; a >= 0 && !(page.flags[size_t(a)] & Protected); a = page.nodes[size_t(a)].parent)
                page.flags[size_t(a)] |= Protected;
        }
    }
}

Attempt wholePage(Page &page, const Metadata &md, bool cards)
{
    preClean(page, Mode::Strict, md.forum);
    Attempt a;
    a.containers = { mainOrBody(page) };
    if (cards)
        protectCards(page, a.containers.front());
    cleanConditionally(page, a.containers, false);
    a.blocks = collectBlocks(page, a.containers);
    postClean(page, md, &a.blocks);
    for (const TextBlock &b : a.blocks)
        if (!b.dropped && !b.noText)
            a.chars += int(b.text.size());
    return a;
}

Attempt runAttempt(Page &page, const Metadata &md, Mode mode)
{
    preClean(page, mode, md.forum);
    const int shownChars = page.agg[size_t(page.body)].chars;
    const bool weights = mode < Mode::NoClassWeights;
    const int top = scoreCandidates(page, weights);
    std::vector<int> scored = mergeSiblings(page, top);
    int cascade = cascadeCandidate(page);
    std::vector<int> all = scored;
    if (cascade >= 0)
        all.push_back(cascade);
    // Remove nested duplicates from the protection list.
    if (mode < Mode::NoConditionalCleaning)
        cleanConditionally(page, all, weights);
    std::vector<int> chosen = scored;
    if (cascade >= 0 && !page.isGone(cascade))
        cascade = innermostBodyHint(page, cascade);
    if (cascade >= 0 && !page.isGone(cascade)) {
        const float lenA = textLength(page, { cascade });
        const float lenB = textLength(page, scored);
        // A bare list won by scoring is a menu or a link rail, however wordy.
        const bool scoredList = scored.size() == 1
            && (page.nodes[size_t(scored.front())].tag == Tag::Ul || page.nodes[size_t(scored.front())].tag == Tag::Ol);
        if ((lenA >= 250 && lenB <= 2.f * lenA) || lenB < lenA || (scoredList && lenA >= 250))
            chosen = { cascade };
    }
    std::vector<int> extended = extendSplitBody(page, chosen);
    if (extended.size() == chosen.size())
        extended = repeatedPosts(page, chosen, md.forum);
    if (extended.size() > chosen.size()) {
        if (mode < Mode::NoConditionalCleaning)
            cleanConditionally(page, extended, weights);
        chosen = extended;
    }
    if (lcExtract().isDebugEnabled()) {
        auto describe = [&](int i) -> QByteArray {
            if (i < 0)
                return QByteArray("none");
            const Node &n = page.nodes[size_t(i)];
            return QByteArray(page.name(n)) + '.' + lowerClassId(page, n)
                + " chars=" + QByteArray::number(page.agg[size_t(i)].chars)
                + " gone=" + QByteArray::number(bool(page.flags[size_t(i)] & Gone));
        };
        qCDebug(lcExtract, "mode=%d top=%s cascade=%s chosen=%d", int(mode), describe(top).constData(),
            describe(cascade).constData(), int(chosen.size()));
        for (int c : scored)
            qCDebug(lcExtract, "  scored: %s", describe(c).constData());
    }
    Attempt a;
    a.shownChars = shownChars;
    a.containers = chosen;
    a.blocks = collectBlocks(page, chosen);
    postClean(page, md, &a.blocks);
    for (const TextBlock &b : a.blocks)
        if (!b.dropped && !b.noText)
            a.chars += int(b.text.size());
    if (lcExtract().isDebugEnabled())
        for (const TextBlock &b : a.blocks)
            qCDebug(lcExtract, "    block %s %d: %s", b.dropped ? "DROP" : "keep", int(b.tag),
                b.text.left(80).toUtf8().constData());
    return a;
}

// The standfirst (the lede under the headline) often sits in the article
// header, outside the body container. Pages usually repeat it as their meta
// description: find the element before the body that starts like it.
QString findStandfirst(const Page &page, const Metadata &md, const std::vector<int> &containers, const QString &text)
{
    if (containers.empty() || md.excerpt.size() < 40)
        return {};
    const QString probe = md.excerpt.left(40);
    if (text.left(2000).contains(probe))
        return {};
    const int first = containers.front();
    const int from = std::max(page.body, first - 3000);
    for (int i = first - 1; i > from; --i) {
        const Node &n = page.nodes[size_t(i)];
        if (n.tag == Tag::Text || !(page.flags[size_t(i)] & Block) || page.agg[size_t(i)].chars < 60
            || page.agg[size_t(i)].chars > 600 || page.agg[size_t(i)].linkDensity() > 0.2f
            || (page.flags[size_t(i)] & (Hidden | HasBlockChild)) || page.isAncestor(i, first))
            continue;
        const QString candidate = page.text(i);
        if (candidate.startsWith(probe) || candidate.trimmed().startsWith(probe.trimmed()))
            return candidate;
    }
    return {};
}

// Text of a subtree as the page shows it, including what the cleaning
// removed (an intro often sits in a short <header> that went), skipping
// hidden elements. *linkChars receives the part inside links.
QString shownText(const Page &page, int i, int *linkChars)
{
    QByteArray buf;
    *linkChars = 0;
    const int end = page.nodes[size_t(i)].end;
    for (int j = page.shown(i, end); j < end; j = page.shown(j + 1, end)) {
        const Node &n = page.nodes[size_t(j)];
        if (n.tag == Tag::Text) {
            const std::string_view t = page.textOf(n);
            buf.append(t.data(), qsizetype(t.size()));
            buf.append(' ');
            if (page.flags[size_t(j)] & InLink)
                *linkChars += page.agg[size_t(j)].chars;
        }
    }
    return normalizeSpace(QString::fromUtf8(buf)).trimmed();
}

// "lead-image", "article-summary-author", "site-description": media, meta and
// masthead blocks that merely share a lede's word or place.
bool isNotIntro(const Page &page, const Node &n)
{
    const QByteArray c = lowerClassId(page, n);
    return containsAny(std::string_view(c.constData(), size_t(c.size())),
        { "image", "img", "photo", "media", "figure", "caption", "credit", "author", "byline", "meta", "date", "time",
            "ticker", "quote", "video", "gallery", "share", "site-desc", "tagline", "slogan" });
}

bool isIntroClass(const Page &page, const Node &n)
{
    const QByteArray c = lowerClassId(page, n);
    return containsAny(std::string_view(c.constData(), size_t(c.size())),
        { "intro", "lead", "lede", "standfirst", "excerpt", "subtitle", "sub-title", "subheadline", "subline",
            "summary", "teaser", "abstract", "chapeau", "sapo", "bajada", "entradilla", "deck" });
}

// A subheading straight after the headline (hgroup h1 + h2) is the dek.
bool followsHeadline(const Page &page, int i)
{
    const Node &n = page.nodes[size_t(i)];
    if (n.tag != Tag::H2 && n.tag != Tag::H3 && n.tag != Tag::P)
        return false;
    int prev = -1;
    for (int j = n.parent + 1; n.parent >= 0 && j < i; j = page.nodes[size_t(j)].end)
        if (page.nodes[size_t(j)].tag != Tag::Text)
            prev = j;
    return prev >= 0 && page.nodes[size_t(prev)].tag == Tag::H1;
}

// A sentence or two of prose: ends like a sentence, is not a byline.
bool readsAsLede(const QString &t)
{
    static const QRegularExpression byline(
        QStringLiteral("^(?:by|von|par|por|di|door|av)\\s"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression words(QStringLiteral("\\p{L}{2,}"), QRegularExpression::UseUnicodePropertiesOption);
    if (byline.match(t).hasMatch())
        return false;
    const QChar last = t.back();
    if (last != QLatin1Char('.') && last != QLatin1Char('!') && last != QLatin1Char('?') && last != QChar(0x2026)
        && last != QLatin1Char('"') && last != QChar(0x201C) && last != QChar(0x201D) && last != QChar(0xBB))
        return false;
    int count = 0;
    for (auto it = words.globalMatch(t); it.hasNext() && count < 8; it.next())
        ++count;
    return count >= 8;
}

// The lede marked up as such (intro, lead, standfirst, excerpt, subtitle,
// summary, dek classes, or a subheading right under the h1) just before the
// body container, when the body does not already start with it.
// A candidate lede at node i: its text, or empty.
QString introAt(const Page &page, int i)
{
    const Node &n = page.nodes[size_t(i)];
    if (n.end - i > 300) // a lede is a small subtree; this bounds the text walks
        return {};
    if (n.tag == Tag::Text || (page.flags[size_t(i)] & (Hidden | InLink | InFigure | NoText | AuthorBox | DateBox))
        || n.tag == Tag::A || n.tag == Tag::Li || n.tag == Tag::Ul || n.tag == Tag::Ol)
        return {};
    if ((!isIntroClass(page, n) && !followsHeadline(page, i)) || isNotIntro(page, n))
        return {};
    int links = 0;
    const QString t = shownText(page, i, &links);
    if (t.size() < 60 || t.size() > 700 || links * 5 > int(t.size()) || !readsAsLede(t))
        return {};
    for (int a = n.parent, k = 0; a >= 0 && k < 6; a = page.nodes[size_t(a)].parent, ++k)
        if (page.nodes[size_t(a)].tag == Tag::Li)
            return {};
    qCDebug(lcExtract, "intro: %s.%s", page.name(n), lowerClassId(page, n).constData());
    return t;
}

// The lede marked up as such (intro, lead, standfirst, excerpt, subtitle,
// summary, dek classes, or a subheading right under the h1), when the body
// does not already start with it: in the container's removed head (a short
// <header> the cleaning dropped), else just before the container.
QString findIntro(const Page &page, const std::vector<int> &containers, const QString &text)
{
    if (containers.empty())
        return {};
    const int first = containers.front();
    const QString head = text.left(3000);
    QString found;
    const int end = page.nodes[size_t(first)].end;
    for (int i = first + 1, seen = 0; i < end && seen < 400 && found.isEmpty(); ++i, ++seen) {
        const Node &n = page.nodes[size_t(i)];
        if (n.tag == Tag::Text && !(page.flags[size_t(i)] & Gone) && page.agg[size_t(i)].chars > 0)
            break; // the kept text has begun
        if (page.flags[size_t(i)] & Gone)
            found = introAt(page, i);
    }
    for (int i = first - 1, seen = 0; i > page.body && seen < 400 && found.isEmpty(); --i, ++seen)
        if (!page.isAncestor(i, first))
            found = introAt(page, i);
    if (found.isEmpty() || head.contains(found.left(60)))
        return {};
    return found;
}

// §1.5 D, structured data as a guide: a recipe's ingredient list often sits
// beside the instructions, outside the body container, or goes with the
// cleaning (a table, a list of short items). The JSON-LD recipeIngredient
// names it: the tightest element whose short text lines hold three quarters
// of the ingredients, widened to take its headings. -1 when the body already
// lists most of them or the page shows no such element.
int widenList(const Page &page, int best);

// The common ancestor of the microdata ingredients (itemprop=recipeIngredient),
// when the body lacks most of them; -1 otherwise.
int microdataIngredients(const Page &page, const QString &text)
{
    std::vector<int> items;
    int present = 0;
    const Node &body = page.nodes[size_t(page.body)];
    for (int i = page.shown(page.body, body.end); i < body.end; i = page.shown(i + 1, body.end)) {
        const Node &n = page.nodes[size_t(i)];
        if (n.tag == Tag::Text)
            continue;
        const char *prop = page.rawAttribute(n, "itemprop");
        if (prop && (std::strcmp(prop, "recipeIngredient") == 0 || std::strcmp(prop, "ingredients") == 0)) {
            items.push_back(i);
            int links = 0;
            const QString item = shownText(page, i, &links);
            if (!item.isEmpty() && text.contains(item))
                ++present;
            i = n.end - 1;
        }
    }
    if (items.size() < 3 || present * 2 >= int(items.size()))
        return -1;
    int common = page.nodes[size_t(items.front())].parent;
    while (common > page.body && !page.isAncestor(common, items.back()))
        common = page.nodes[size_t(common)].parent;
    return common > page.body ? common : -1;
}

int findIngredientList(const Page &page, const Metadata &md, const QString &text, int *tight)
{
    if (md.jsonIngredients.size() < 3) {
        const int list = microdataIngredients(page, text);
        if (list < 0)
            return -1;
        *tight = list;
        return widenList(page, list);
    }
    static const QRegularExpression nonLetters(
        QStringLiteral("[^\\p{L}]+"), QRegularExpression::UseUnicodePropertiesOption);
    const QString folded = text.toCaseFolded();
    std::vector<QString> probes;
    int valid = 0, present = 0;
    for (const QString &ingredient : md.jsonIngredients.mid(0, 100)) {
        QString longest;
        for (const QString &w : ingredient.split(nonLetters, Qt::SkipEmptyParts))
            if (w.size() > longest.size())
                longest = w;
        probes.push_back(longest.size() >= 4 ? longest.toCaseFolded() : QString());
        if (probes.back().isEmpty())
            continue;
        ++valid;
        if (folded.contains(probes.back()))
            ++present;
    }
    qCDebug(lcExtract, "ingredients: %d valid, %d present", valid, present);
    if (valid < 3 || present == valid)
        return -1;
    QHash<int, QSet<int>> hits;
    const Node &body = page.nodes[size_t(page.body)];
    for (int i = page.shown(page.body, body.end); i < body.end; i = page.shown(i + 1, body.end)) {
        const Node &n = page.nodes[size_t(i)];
        if (n.tag != Tag::Text || n.size == 0 || n.size > 2000)
            continue;
        const std::string_view raw = page.textOf(n);
        const QString t = QString::fromUtf8(raw.data(), qsizetype(raw.size())).simplified().toCaseFolded();
        if (t.size() > 120)
            continue;
        for (size_t k = 0; k < probes.size(); ++k) {
            if (probes[k].isEmpty() || !t.contains(probes[k]))
                continue;
            for (int a = n.parent, level = 0; a > page.body && level < 12; a = page.nodes[size_t(a)].parent, ++level)
                hits[a].insert(int(k));
        }
    }
    // The most ingredients, then the least text: the instructions name most of them too.
    qsizetype most = 0;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it)
        most = std::max(most, it.value().size());
    int best = -1;
    qsizetype bestSize = 0;
    if (most * 4 >= valid * 3) {
        for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
            if (it.value().size() < most)
                continue;
            int links = 0;
            const qsizetype size = shownText(page, it.key(), &links).size();
            if (best < 0 || size < bestSize) {
                best = it.key();
                bestSize = size;
            }
        }
    }
    qCDebug(lcExtract, "ingredient list: %d hits, best %s.%s", int(hits.size()),
        best < 0 ? "" : page.name(page.nodes[size_t(best)]),
        best < 0 ? "" : lowerClassId(page, page.nodes[size_t(best)]).constData());
    if (best < 0)
        return -1;
    *tight = best;
    return widenList(page, best);
}

// The list with the headings around it: climb while the text grows little.
int widenList(const Page &page, int best)
{
    int links = 0;
    int own = int(shownText(page, best, &links).size());
    for (int a = page.nodes[size_t(best)].parent; a > page.body; a = page.nodes[size_t(a)].parent) {
        const int wider = int(shownText(page, a, &links).size());
        if (wider > own * 13 / 10 + 150)
            break;
        best = a;
        own = wider;
    }
    qCDebug(lcExtract, "ingredient list widened to %s.%s", page.name(page.nodes[size_t(best)]),
        lowerClassId(page, page.nodes[size_t(best)]).constData());
    return best;
}

// Brings the list the cleaning removed back, with the path to it from the
// wider element that holds its headings; what else the cleaning removed
// under that element stays removed. Hidden parts stay out.
void restoreList(Page &page, int wide, int list)
{
    const int listEnd = page.nodes[size_t(list)].end;
    for (int j = page.shown(list, listEnd); j < listEnd; j = page.shown(j + 1, listEnd))
        page.flags[size_t(j)] &= ~Removed;
    for (int a = list; a >= wide; a = page.nodes[size_t(a)].parent)
        page.flags[size_t(a)] &= ~Removed;
    page.computeGone();
    for (int j = wide; j < page.nodes[size_t(wide)].end; ++j) {
        const Node &n = page.nodes[size_t(j)];
        const bool parentGone = j != wide && (page.flags[size_t(n.parent)] & Gone);
        if ((page.flags[size_t(j)] & Removed) || parentGone)
            page.flags[size_t(j)] |= Gone;
        else
            page.flags[size_t(j)] &= ~Gone;
    }
}

// With tidings.extract.trace on: for each text node holding the trace text,
// its ancestors with their flags: which rule took it, or which container missed it.
void traceSnippet(const Page &page, const std::vector<int> &containers)
{
    if (!lcExtractTrace().isDebugEnabled())
        return;
    const QByteArray needle = traceText();
    if (needle.isEmpty())
        return;
    for (size_t i = 0; i < page.nodes.size(); ++i) {
        const Node &n = page.nodes[i];
        if (n.tag != Tag::Text
            || page.textOf(n).find(std::string_view(needle.constData(), size_t(needle.size())))
                == std::string_view::npos)
            continue;
        qCDebug(lcExtractTrace, "trace: text %d", int(i));
        for (int a = n.parent; a >= 0; a = page.nodes[size_t(a)].parent) {
            const Node &p = page.nodes[size_t(a)];
            const bool chosen = std::find(containers.begin(), containers.end(), a) != containers.end();
            qCDebug(lcExtractTrace, "  %s%s.%s flags=%x chars=%d w=%d", chosen ? "[CONTAINER] " : "", page.name(p),
                lowerClassId(page, p).left(60).constData(), page.flags[size_t(a)], page.agg[size_t(a)].chars,
                page.classWeight[size_t(a)]);
        }
    }
}

} // namespace

bool looksReaderable(const Page &page)
{
    if (page.body < 0)
        return false;
    double score = 0;
    const Node &body = page.nodes[size_t(page.body)];
    for (int i = page.shown(page.body, body.end); i < body.end; i = page.shown(i + 1, body.end)) {
        const Node &n = page.nodes[size_t(i)];
        if ((page.flags[size_t(i)] & Unlikely) && !(page.flags[size_t(i)] & MaybeContent))
            continue;
        if (n.tag != Tag::P && n.tag != Tag::Pre && n.tag != Tag::Article)
            continue;
        if (n.tag != Tag::Article && (page.flags[size_t(i)] & InLink))
            continue;
        const int len = page.agg[size_t(i)].chars;
        if (len < 140)
            continue;
        score += std::sqrt(double(len - 140));
        if (score > 20)
            return true;
    }
    return false;
}

Body extractBody(Page &page, const Metadata &md)
{
    Body out;
    if (!page.dom.isValid())
        return out;
    Attempt best = runAttempt(page, md, Mode::Strict);
    Mode bestMode = Mode::Strict;
    for (Mode mode : { Mode::KeepUnlikely, Mode::NoClassWeights, Mode::NoConditionalCleaning }) {
        if (best.chars >= 500)
            break;
        Attempt retry = runAttempt(page, md, mode);
        if (retry.chars > best.chars * 3 / 2 + 50) {
            best = std::move(retry);
            bestMode = mode;
        }
    }
    if (bestMode != Mode::NoConditionalCleaning && best.chars < 500)
        runAttempt(page, md, bestMode); // the flags must be those of the chosen attempt
    // A page that is no article (a service's landing page, a shop's category, a
    // listing, a docs index) spreads its content over many sections, and the
    // scored body is only one of them. When the page names no article in its
    // structured data, is no forum thread, has fewer than eight long paragraphs,
    // and the body found holds under 60% of what the whole page keeps after
    // cleaning, the whole page is the content. Measured on WCXB dev: overall
    // 0.814 -> 0.832 (services 0.734 -> 0.796, listings 0.611 -> 0.659,
    // collections 0.525 -> 0.580, articles 0.932 -> 0.937); Readability
    // 0.9588 -> 0.9609 and trafilatura-eval 0.9554 -> 0.9562.
    // The strict pre-cleaning's text bounds what the whole page can keep: most
    // articles are done with at no cost.
    const bool mayGain = bestMode != Mode::Strict || double(best.chars) < 0.6 * double(best.shownChars);
    if (mayGain && !md.forum && md.jsonType.isEmpty() && longParagraphs(page, 8) < 8) {
        const std::vector<std::uint32_t> flags = page.flags;
        // A dated or signed page may still be a story whose rails hold cards:
        // there the cards join the content only once the page has qualified
        // without them.
        const bool dated = md.published.isValid() || !md.byline.isEmpty();
        Attempt whole = wholePage(page, md, !dated);
        if (double(best.chars) < 0.6 * double(whole.chars)) {
            best = dated ? wholePage(page, md, true) : std::move(whole);
        } else {
            page.flags = flags; // the flags must be those of the chosen attempt
            page.computeGone();
            page.computeAggregates();
        }
    }
    out.containerChars = best.chars;
    out.text = joinBlocks(best.blocks);
    for (const TextBlock &b : best.blocks)
        if (!b.dropped && !b.noText && b.tag == Tag::P && b.text.size() > 40) {
            out.firstParagraph = b.text;
            break;
        }
    markDropped(page, best.blocks);
    int list = -1;
    const int ingredients = findIngredientList(page, md, out.text, &list);
    if (ingredients >= 0) {
        restoreList(page, ingredients, list);
        bool inside = false;
        for (int c : best.containers)
            inside = inside || page.isAncestor(c, ingredients);
        if (!inside) {
            best.containers.push_back(ingredients);
            std::sort(best.containers.begin(), best.containers.end());
            best.containers.erase(std::remove_if(best.containers.begin(), best.containers.end(),
                                      [&](int c) { return c != ingredients && page.isAncestor(ingredients, c); }),
                best.containers.end());
        }
        // The kept blocks are what markDropped left: collect them again with the list.
        out.text = joinBlocks(collectBlocks(page, best.containers));
    }
    const HtmlResult html = serializeHtml(page, best.containers, md.baseUrl);
    out.html = html.html;
    QString lede = findStandfirst(page, md, best.containers, out.text);
    if (lede.isEmpty())
        lede = findIntro(page, best.containers, out.text);
    if (!lede.isEmpty()) {
        out.text = out.text.isEmpty() ? lede : lede + QStringLiteral("\n\n") + out.text;
        out.html = QStringLiteral("<p>") + lede.toHtmlEscaped() + QStringLiteral("</p>") + out.html;
    }
    traceSnippet(page, best.containers);
    out.firstImageUrl = html.firstImageUrl;
    out.firstImageAlt = html.firstImageAlt;
    for (int a = best.containers.empty() ? -1 : best.containers.front(); a >= 0; a = page.nodes[size_t(a)].parent) {
        const QByteArray dir = page.attribute(page.nodes[size_t(a)], "dir").toLower();
        if (dir == "rtl" || dir == "ltr") {
            out.dir = QString::fromLatin1(dir);
            break;
        }
    }
    return out;
}

} // namespace Core::Extract
