#include "extract_text.h"

#include "extract_dates.h"
#include "extract_log.h"
#include "html/sanitizer.h"

#include <QRegularExpression>
#include <QSet>

#include <array>
#include <bitset>
#include <cstring>
#include <string_view>

namespace Core::Extract {

namespace {

constexpr char LineBreak = '\x01';
constexpr char CellBreak = '\x02';

QString finishText(const QByteArray &buf, bool pre)
{
    // Canonical composition: pages mix precomposed and combining forms of the same letters.
    QString s = QString::fromUtf8(buf).normalized(QString::NormalizationForm_C);
    if (pre) {
        s.replace(QLatin1Char(LineBreak), QLatin1Char('\n'));
        s.replace(QChar(0xA0), QLatin1Char(' '));
        while (s.startsWith(QLatin1Char('\n')))
            s.remove(0, 1);
        while (!s.isEmpty() && s.back().isSpace())
            s.chop(1);
        return s;
    }
    s = normalizeSpace(s);
    if (s.contains(QLatin1Char(LineBreak)) || s.contains(QLatin1Char(CellBreak))) {
        QStringList lines = s.split(QLatin1Char(LineBreak));
        for (QString &line : lines) {
            QStringList cells = line.split(QLatin1Char(CellBreak));
            for (QString &cell : cells)
                cell = cell.trimmed();
            cells.removeAll(QString());
            line = cells.join(QLatin1Char('\t'));
        }
        // Two <br> in a row separate paragraphs.
        QString joined;
        int empties = 0;
        for (const QString &line : lines) {
            if (line.isEmpty()) {
                ++empties;
                continue;
            }
            if (!joined.isEmpty())
                joined += empties > 0 ? QStringLiteral("\n\n") : QStringLiteral("\n");
            joined += line;
            empties = 0;
        }
        s = joined;
    }
    return s.trimmed();
}

// Ruby annotations (furigana in <rt>, fallback parentheses in <rp>) are
// reading aids drawn above the text: inline they break every word in two.
bool isRubyAnnotation(const Page &page, int textNode)
{
    const int p = page.nodes[size_t(textNode)].parent;
    if (p < 0 || page.nodes[size_t(p)].tag != Tag::Other)
        return false;
    const char *name = page.name(page.nodes[size_t(p)]);
    return name && (std::strcmp(name, "rt") == 0 || std::strcmp(name, "rp") == 0);
}

// One ASCII capital, whitespace aside: a drop cap's text.
bool isSingleLetter(std::string_view t)
{
    int letters = 0;
    for (const char c : t) {
        if (c >= 'A' && c <= 'Z')
            ++letters;
        else if (c != ' ' && c != '\n' && c != '\t' && c != '\r')
            return false;
    }
    return letters == 1;
}

// A drop cap set in its own element reads "T urkey" when the markup puts
// whitespace after it: join the capital to the rest of its word. A, I and
// O stay apart: "A man" is two words however the capital is drawn.
void joinDropCap(QString *text)
{
    if (text->size() < 3 || text->at(1) != QLatin1Char(' ') || !text->at(2).isLower())
        return;
    const QChar cap = text->at(0);
    if (cap == QLatin1Char('A') || cap == QLatin1Char('I') || cap == QLatin1Char('O'))
        return;
    text->remove(1, 1);
}

} // namespace

std::vector<TextBlock> collectBlocks(const Page &page, const std::vector<int> &containers)
{
    std::vector<TextBlock> blocks;
    for (int c : containers) {
        const int end = page.nodes[size_t(c)].end;
        std::vector<int> open;
        QByteArray buf;
        TextBlock cur;
        bool hasText = false;
        bool capFirst = false; // the block opens with one letter in an element of its own
        auto flush = [&] {
            if (hasText) {
                const int owner = open.empty() ? c : open.back();
                const Node &o = page.nodes[size_t(owner)];
                cur.owner = owner;
                cur.tag = o.tag;
                const bool pre = o.tag == Tag::Pre;
                cur.text = finishText(buf, pre);
                if (capFirst && !pre)
                    joinDropCap(&cur.text);
                cur.noText = false;
                cur.ownsElement = owner != c && cur.chars >= page.agg[size_t(owner)].chars;
                if (!cur.text.isEmpty())
                    blocks.push_back(cur);
            }
            buf.clear();
            cur = TextBlock();
            hasText = false;
            capFirst = false;
        };
        for (int j = c; j < end;) {
            while (!open.empty() && page.nodes[size_t(open.back())].end <= j) {
                flush();
                open.pop_back();
            }
            const Node &n = page.nodes[size_t(j)];
            if (page.flags[size_t(j)] & Gone) {
                j = n.end;
                continue;
            }
            if (n.tag == Tag::Text) {
                if (!(page.flags[size_t(j)] & NoText) && !isRubyAnnotation(page, j)) {
                    const std::string_view t = page.textOf(n);
                    if (!hasText && page.agg[size_t(j)].chars > 0)
                        capFirst = n.parent != (open.empty() ? c : open.back()) && isSingleLetter(t);
                    buf.append(t.data(), qsizetype(t.size()));
                    if (cur.first < 0)
                        cur.first = j;
                    cur.last = j;
                    cur.chars += page.agg[size_t(j)].chars;
                    cur.linkChars += page.agg[size_t(j)].linkChars;
                    if (page.agg[size_t(j)].chars > 0)
                        hasText = true;
                }
                ++j;
                continue;
            }
            if (n.tag == Tag::Br) {
                buf.append(LineBreak);
            } else if ((n.tag == Tag::Td || n.tag == Tag::Th) && !open.empty()
                && page.nodes[size_t(open.back())].tag == Tag::Tr) {
                buf.append(CellBreak);
            } else if (page.flags[size_t(j)] & Block && j != c) {
                flush();
                open.push_back(j);
            }
            ++j;
        }
        while (!open.empty()) {
            flush();
            open.pop_back();
        }
        flush();
    }
    return blocks;
}

QString joinBlocks(const std::vector<TextBlock> &blocks)
{
    QString out;
    for (const TextBlock &b : blocks) {
        if (b.dropped || b.noText || b.text.isEmpty())
            continue;
        if (!out.isEmpty())
            out += QStringLiteral("\n\n");
        out += b.text;
    }
    return out;
}

void markDropped(Page &page, const std::vector<TextBlock> &blocks)
{
    bool any = false;
    for (const TextBlock &b : blocks) {
        if (!b.dropped)
            continue;
        any = true;
        if (b.ownsElement && b.owner >= 0) {
            page.flags[size_t(b.owner)] |= Removed;
            continue;
        }
        for (int j = b.first; j >= 0 && j <= b.last; ++j)
            if (page.nodes[size_t(j)].tag == Tag::Text)
                page.flags[size_t(j)] |= Removed;
    }
    if (any)
        page.computeGone();
}

// ---- HTML ------------------------------------------------------------------

HtmlResult serializeHtml(const Page &page, const std::vector<int> &containers, const QUrl &base)
{
    HtmlResult result;
    const auto skip = [&page](int i) {
        const Node &n = page.nodes[size_t(i)];
        if (!(page.flags[size_t(i)] & Gone))
            return false;
        // A <noscript> went only for the text; the sanitizer decides whether its image is needed.
        if (n.tag == Tag::Noscript && n.parent >= 0 && !(page.flags[size_t(n.parent)] & Gone))
            return false;
        return true;
    };
    HtmlSanitizer::DocumentWriter writer(page.dom, base, skip);
    for (int c : containers)
        writer.write(c);
    result.html = writer.takeHtml();
    // The lead-image fallback is the body's first image as written, so the
    // two can never disagree.
    result.firstImageUrl = writer.firstImageUrl();
    result.firstImageAlt = writer.firstImageAlt();
    return result;
}

} // namespace Core::Extract
