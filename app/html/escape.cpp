#include "html/escape.h"

namespace Core::Html {

void appendEscaped(QString &out, QStringView text, EscapeFor where)
{
    const bool attribute = where == EscapeFor::Attribute;
    // Runs that need no change are copied whole; only markup characters and
    // controls are looked at one by one.
    const QChar *begin = text.data();
    const QChar *end = begin + text.size();
    const QChar *run = begin;
    for (const QChar *p = begin; p < end; ++p) {
        const char16_t u = p->unicode();
        const bool plain = u >= 0x20
            ? u != '&' && u != '<' && u != '>' && (u != '"' || !attribute) && u != 0x7F && u != 0xFFFE && u != 0xFFFF
            : u == '\t' || u == '\n';
        if (plain)
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (u) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        default:
            break; // \r and the controls
        }
    }
    out.append(run, end - run);
}

bool needsEscaping(std::string_view utf8)
{
    for (size_t i = 0; i < utf8.size(); ++i) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b == '&' || b == '<' || b == '>' || b == 0x7F || (b < 0x20 && b != '\t' && b != '\n'))
            return true;
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        if (b == 0xEF && i + 2 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) == 0xBF
            && (static_cast<unsigned char>(utf8[i + 2]) & 0xFE) == 0xBE)
            return true;
    }
    return false;
}

} // namespace Core::Html
