#include "html/markup_limits.h"

#include <cstring>
#include <string_view>

namespace Core::Html {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

// Where `needle` next starts at or after `from`, or `size` when it does not.
size_t find(std::string_view text, size_t from, std::string_view needle)
{
    const size_t at = text.find(needle, from);
    return at == std::string_view::npos ? text.size() : at;
}

// HTML elements whose content libxml2 reads as raw text up to their end tag.
bool isRawText(std::string_view name)
{
    static constexpr std::string_view names[]
        = { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" };
    for (std::string_view raw : names)
        if (equalsIgnoringCase(name, raw))
            return true;
    return false;
}

// Skips to just past the next "</name" (any case), or to the end.
size_t skipRawText(std::string_view text, size_t i, std::string_view name)
{
    while ((i = find(text, i, "</")) < text.size()) {
        i += 2;
        if (text.size() - i >= name.size() && equalsIgnoringCase(text.substr(i, name.size()), name))
            return i;
    }
    return text.size();
}

} // namespace

QByteArray capAttributes(const QByteArray &bytes, Markup markup, int *cut)
{
    const std::string_view text(bytes.constData(), size_t(bytes.size()));
    const size_t n = text.size();
    QByteArray out; // filled only once a tag is cut
    size_t copied = 0; // text before this is in `out`
    int tagsCut = 0;
    size_t i = 0;
    while ((i = find(text, i, "<")) < n) {
        ++i;
        if (i >= n)
            break;
        if (text.substr(i).starts_with("!--")) {
            i = find(text, i + 3, "-->");
            continue;
        }
        if (markup == Markup::Xml && text.substr(i).starts_with("![CDATA[")) {
            i = find(text, i + 8, "]]>");
            continue;
        }
        if (text[i] == '!' || text[i] == '?') { // declarations and processing instructions
            i = find(text, i, markup == Markup::Xml && text[i] == '?' ? "?>" : ">");
            continue;
        }
        if (!isAsciiLetter(text[i]) && !(markup == Markup::Xml && (text[i] == '_' || text[i] == ':')))
            continue;
        const size_t nameStart = i;
        while (i < n && !isSpace(text[i]) && text[i] != '/' && text[i] != '>')
            ++i;
        const std::string_view name = text.substr(nameStart, i - nameStart);
        int attributes = 0;
        size_t cutAt = 0; // where the attributes past the limit begin
        while (i < n) {
            while (i < n && (isSpace(text[i]) || text[i] == '/'))
                ++i;
            if (i >= n || text[i] == '>')
                break;
            // One attribute: a name, then maybe '=' and a value.
            const size_t attributeStart = i;
            ++i; // a name may start with '=' in HTML
            while (i < n && !isSpace(text[i]) && text[i] != '/' && text[i] != '>' && text[i] != '=')
                ++i;
            size_t j = i;
            while (j < n && isSpace(text[j]))
                ++j;
            if (j < n && text[j] == '=') {
                ++j;
                while (j < n && isSpace(text[j]))
                    ++j;
                if (j < n && (text[j] == '"' || text[j] == '\'')) {
                    const char quote = text[j];
                    const size_t end = text.find(quote, j + 1);
                    i = end == std::string_view::npos ? n : end + 1;
                } else {
                    i = j;
                    while (i < n && !isSpace(text[i]) && text[i] != '>')
                        ++i;
                }
            }
            if (++attributes == MaxAttributesPerTag + 1)
                cutAt = attributeStart;
        }
        if (cutAt) {
            // Keep the tag's end as written: '>' or '/>' (or nothing at the end of the input).
            const bool selfClosed = i < n && i > 0 && text[i - 1] == '/';
            out.append(text.data() + copied, qsizetype(cutAt - copied));
            if (selfClosed)
                out.append('/');
            copied = i;
            ++tagsCut;
        }
        if (markup == Markup::Html && i < n && text[i - 1] != '/' && isRawText(name))
            i = skipRawText(text, i + 1, name);
    }
    if (cut)
        *cut = tagsCut;
    if (!tagsCut)
        return bytes;
    out.append(text.data() + copied, qsizetype(n - copied));
    return out;
}

} // namespace Core::Html
