#include "base/charset.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

#include <cstdint>
#include <cstring>
#include <memory>
#include <uchardet.h>

namespace Core::Charset {

namespace {

// A string literal as bytes with its full length: a plain char* stops at the
// first NUL, which would read the UTF-32LE BOM FF FE 00 00 as FF FE.
template <qsizetype N> constexpr QByteArrayView bytesOf(const char (&literal)[N])
{
    return QByteArrayView(literal, N - 1);
}

QString bomEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith(bytesOf("\xEF\xBB\xBF")))
        return QStringLiteral("utf-8");
    if (bytes.startsWith(bytesOf("\xFF\xFE\x00\x00")))
        return QStringLiteral("utf-32le");
    if (bytes.startsWith(bytesOf("\x00\x00\xFE\xFF")))
        return QStringLiteral("utf-32be");
    if (bytes.startsWith(bytesOf("\xFF\xFE")))
        return QStringLiteral("utf-16le");
    if (bytes.startsWith(bytesOf("\xFE\xFF")))
        return QStringLiteral("utf-16be");
    return {};
}

// UTF-16/32 without a BOM, recognised by the XML declaration's byte pattern.
QString xmlNoBomUnicode(const QByteArray &bytes)
{
    if (bytes.startsWith(bytesOf("\x00\x00\x00\x3C")))
        return QStringLiteral("utf-32be");
    if (bytes.startsWith(bytesOf("\x3C\x00\x00\x00")))
        return QStringLiteral("utf-32le");
    if (bytes.startsWith(bytesOf("\x00\x3C\x00\x3F")))
        return QStringLiteral("utf-16be");
    if (bytes.startsWith(bytesOf("\x3C\x00\x3F\x00")))
        return QStringLiteral("utf-16le");
    return {};
}

bool isSingleByteLabel(const QString &label)
{
    return label.startsWith(QLatin1String("windows-12")) || label.startsWith(QLatin1String("iso-8859"))
        || label == QLatin1String("windows-874") || label.startsWith(QLatin1String("koi8"))
        || label == QLatin1String("ibm866") || label == QLatin1String("us-ascii") || label == QLatin1String("macintosh")
        || label == QLatin1String("x-mac-cyrillic");
}

bool isLegacyMultiByte(const QString &label)
{
    return label == QLatin1String("gb18030") || label == QLatin1String("big5") || label == QLatin1String("shift_jis")
        || label == QLatin1String("euc-jp") || label == QLatin1String("euc-kr");
}

qsizetype highByteCount(QByteArrayView bytes)
{
    qsizetype n = 0;
    for (char c : bytes)
        n += static_cast<unsigned char>(c) >= 0x80;
    return n;
}

qsizetype firstHighByte(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (static_cast<unsigned char>(bytes[i]) >= 0x80)
            return i;
    return -1;
}

QString metaCharset(const QByteArray &head)
{
    // <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">
    static const QRegularExpression re(QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(head));
    return m.hasMatch() ? m.captured(1) : QString();
}

QString xmlDeclEncoding(const QByteArray &head)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_:.\\-]+)[\"']"));
    const auto m = re.match(QString::fromLatin1(head));
    return m.hasMatch() ? m.captured(1) : QString();
}

// uchardet's names where they differ from what a browser would use.
QString detectorLabel(const QString &name)
{
    const QString lower = name.toLower();
    // Without a BOM, browsers never sniff UTF-16/32; uchardet's UCS-4
    // orderings have no decoder at all.
    if (lower.startsWith(QLatin1String("utf-16")) || lower.startsWith(QLatin1String("utf-32"))
        || lower.startsWith(QLatin1String("x-iso-10646")))
        return {};
    // uchardet says ISO-8859-8 for visual-order Hebrew; the pages are
    // windows-1255, a superset with the same letters.
    if (lower == QLatin1String("iso-8859-8"))
        return QStringLiteral("windows-1255");
    if (lower == QLatin1String("uhc"))
        return QStringLiteral("euc-kr");
    if (lower == QLatin1String("mac-cyrillic"))
        return QStringLiteral("x-mac-cyrillic");
    return normalizeLabel(lower);
}

qsizetype replacementCount(const QString &text)
{
    return text.count(QChar::ReplacementCharacter);
}

// Many characters the declared label cannot decode: the declaration is
// probably wrong. Valid multi-byte UTF-8 hardly ever happens by chance, so a
// UTF-8 label keeps its page unless most non-ASCII characters fail; a page
// under a legacy multi-byte label gives way sooner. A few stray bytes among
// much well-decoded text are never enough.
bool mostlyUndecodable(const QString &text, const QString &label)
{
    qsizetype replaced = 0;
    qsizetype nonAscii = 0;
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            continue;
        ++nonAscii;
        if (c == QChar::ReplacementCharacter)
            ++replaced;
    }
    const int percent = label == QLatin1String("utf-8") ? 50 : 10;
    return replaced > 0 && replaced * 100 > nonAscii * percent;
}

// Latin-script single-byte charsets uchardet may pick instead of windows-1252.
bool isLatinVariant(const QString &label)
{
    static const QStringList labels = { QStringLiteral("windows-1250"), QStringLiteral("windows-1254"),
        QStringLiteral("windows-1257"), QStringLiteral("windows-1258"), QStringLiteral("iso-8859-2"),
        QStringLiteral("iso-8859-3"), QStringLiteral("iso-8859-4"), QStringLiteral("iso-8859-10"),
        QStringLiteral("iso-8859-13"), QStringLiteral("iso-8859-14"), QStringLiteral("iso-8859-15"),
        QStringLiteral("iso-8859-16"), QStringLiteral("macintosh"), QStringLiteral("x-mac-centraleurroman") };
    return labels.contains(label);
}

// Characters no text means: C1 controls and U+FFFD.
qsizetype junkCount(const QString &text)
{
    qsizetype junk = 0;
    for (QChar c : text)
        if ((c.unicode() >= 0x80 && c.unicode() <= 0x9F) || c == QChar::ReplacementCharacter)
            ++junk;
    return junk;
}

// uchardet tells Latin-script charsets apart poorly, most of all on a
// handful of non-ASCII bytes, and knows no windows-1252 prior. Keep its
// single-byte guess only when it decodes the window at least as cleanly as
// windows-1252 (an ISO-8859 guess turns the quotes and dashes at 0x80-0x9F
// into C1 controls: the page is really windows-125x); a Latin variant also
// needs enough evidence.
QString plausibleSingleByte(QByteArrayView window, const QString &guess)
{
    static const QHash<QString, QString> windowsSibling = {
        { QStringLiteral("iso-8859-2"), QStringLiteral("windows-1250") },
        { QStringLiteral("iso-8859-7"), QStringLiteral("windows-1253") },
        { QStringLiteral("iso-8859-13"), QStringLiteral("windows-1257") },
    };
    const QString fallback = QStringLiteral("windows-1252");
    if (guess == fallback || !isSingleByteLabel(guess))
        return guess;
    constexpr qsizetype minimumLatinEvidence = 16;
    if (isLatinVariant(guess) && highByteCount(window) < minimumLatinEvidence)
        return fallback;
    const QByteArray bytes = window.toByteArray();
    const qsizetype baseline = junkCount(decode(bytes, fallback));
    if (junkCount(decode(bytes, guess)) <= baseline)
        return guess;
    const QString sibling = windowsSibling.value(guess);
    if (!sibling.isEmpty() && junkCount(decode(bytes, sibling)) <= baseline)
        return sibling;
    return fallback;
}

Decoded decodeAs(const QByteArray &bytes, const QString &label, Source source)
{
    QString text = decode(bytes, label);
    if (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text.remove(0, 1);
    return { text, label, source };
}

// No usable declaration: UTF-8 if valid, else a statistical guess, else windows-1252.
Decoded decodeUndeclared(const QByteArray &bytes)
{
    if (isValidUtf8(bytes))
        return decodeAs(bytes, QStringLiteral("utf-8"), Source::Utf8);
    if (const QString guess = detect(bytes); !guess.isEmpty())
        return decodeAs(bytes, guess, Source::Detected);
    return decodeAs(bytes, QStringLiteral("windows-1252"), Source::Default);
}

// A declared (already normalized) label, checked against the bytes.
Decoded decodeDeclared(const QByteArray &bytes, const QString &label, Source source)
{
    const bool hasHighBytes = firstHighByte(bytes) >= 0;
    // Mislabelled pages: a single-byte label on bytes that are valid UTF-8
    // with non-ASCII content is almost always a UTF-8 page. So is a legacy
    // CJK label, once there is more than a character or two: GBK, Big5,
    // Shift_JIS or EUC text hardly ever validates as UTF-8, yet decodes
    // UTF-8 bytes into plausible-looking garbage without a single U+FFFD.
    constexpr qsizetype cjkEvidence = 8;
    if (hasHighBytes && (isSingleByteLabel(label) || (isLegacyMultiByte(label) && highByteCount(bytes) >= cjkEvidence))
        && isValidUtf8(bytes))
        return decodeAs(bytes, QStringLiteral("utf-8"), Source::Utf8);
    Decoded declared = decodeAs(bytes, label, source);
    if (!hasHighBytes || !declared.text.contains(QChar::ReplacementCharacter)
        || !mostlyUndecodable(declared.text, label))
        return declared;
    Decoded undeclared = decodeUndeclared(bytes);
    if (undeclared.source == Source::Default || undeclared.encoding == label)
        return declared;
    return replacementCount(undeclared.text) * 2 < replacementCount(declared.text) ? undeclared : declared;
}

} // namespace

QString normalizeLabel(const QString &raw)
{
    static const QHash<QString, QString> aliases = {
        { QStringLiteral("utf8"), QStringLiteral("utf-8") },
        { QStringLiteral("unicode-1-1-utf-8"), QStringLiteral("utf-8") },
        { QStringLiteral("latin1"), QStringLiteral("windows-1252") },
        { QStringLiteral("latin-1"), QStringLiteral("windows-1252") },
        { QStringLiteral("iso-8859-1"), QStringLiteral("windows-1252") },
        { QStringLiteral("iso8859-1"), QStringLiteral("windows-1252") },
        { QStringLiteral("iso_8859-1"), QStringLiteral("windows-1252") },
        { QStringLiteral("l1"), QStringLiteral("windows-1252") },
        { QStringLiteral("cp1252"), QStringLiteral("windows-1252") },
        { QStringLiteral("x-cp1252"), QStringLiteral("windows-1252") },
        { QStringLiteral("ascii"), QStringLiteral("windows-1252") },
        { QStringLiteral("us-ascii"), QStringLiteral("windows-1252") },
        { QStringLiteral("ansi_x3.4-1968"), QStringLiteral("windows-1252") },
        { QStringLiteral("iso-8859-9"), QStringLiteral("windows-1254") },
        { QStringLiteral("latin5"), QStringLiteral("windows-1254") },
        { QStringLiteral("iso-8859-11"), QStringLiteral("windows-874") },
        { QStringLiteral("tis-620"), QStringLiteral("windows-874") },
        { QStringLiteral("gbk"), QStringLiteral("gb18030") },
        { QStringLiteral("gb2312"), QStringLiteral("gb18030") },
        { QStringLiteral("x-gbk"), QStringLiteral("gb18030") },
        { QStringLiteral("cp936"), QStringLiteral("gb18030") },
        { QStringLiteral("euc-cn"), QStringLiteral("gb18030") },
        { QStringLiteral("big5-hkscs"), QStringLiteral("big5") },
        { QStringLiteral("x-sjis"), QStringLiteral("shift_jis") },
        { QStringLiteral("sjis"), QStringLiteral("shift_jis") },
        { QStringLiteral("ms_kanji"), QStringLiteral("shift_jis") },
        { QStringLiteral("windows-31j"), QStringLiteral("shift_jis") },
        { QStringLiteral("cp932"), QStringLiteral("shift_jis") },
        { QStringLiteral("ks_c_5601-1987"), QStringLiteral("euc-kr") },
        { QStringLiteral("cp949"), QStringLiteral("euc-kr") },
        { QStringLiteral("utf-16"), QStringLiteral("utf-16le") },
        { QStringLiteral("ucs-2"), QStringLiteral("utf-16le") },
        { QStringLiteral("utf-32"), QStringLiteral("utf-32le") },
    };
    QString label = raw.trimmed().toLower();
    if (label.isEmpty())
        return {};
    label = aliases.value(label, label);
    if (label.startsWith(QLatin1String("cp125")))
        label = QStringLiteral("windows-") + label.mid(2);
    // Only accept labels a decoder exists for.
    QStringDecoder probe(label.toLatin1().constData());
    if (!probe.isValid())
        return {};
    return label;
}

bool isValidUtf8(const QByteArray &bytes)
{
    // Qt's validator skips ASCII with SIMD: eight times faster than a byte
    // loop on these pages, with the same verdict (overlongs, surrogates and
    // code points past U+10FFFF are all invalid).
    if (QByteArrayView(bytes).isValidUtf8())
        return true;
    // A sequence cut at the very end is a truncated download, not a bad
    // encoding: judge the bytes before it.
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    qsizetype lead = bytes.size();
    while (lead > 0 && bytes.size() - lead < 3 && (p[lead - 1] & 0xC0) == 0x80)
        --lead;
    if (lead == 0)
        return false;
    const unsigned char c = p[--lead];
    const qsizetype length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (length == 0 || bytes.size() - lead >= length)
        return false;
    return QByteArrayView(bytes.constData(), lead).isValidUtf8();
}

QString decode(const QByteArray &bytes, const QString &label)
{
    QStringDecoder decoder(label.toLatin1().constData(), QStringDecoder::Flag::Default);
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    return decoder.decode(bytes);
}

Decoded decodeHtml(const QByteArray &bytes, const QString &httpCharset)
{
    if (const QString bom = bomEncoding(bytes); !bom.isEmpty())
        return decodeAs(bytes, bom, Source::Bom);
    if (const QString http = normalizeLabel(httpCharset); !http.isEmpty())
        return decodeDeclared(bytes, http, Source::Http);
    if (const QString meta = normalizeLabel(metaCharset(bytes.left(1024))); !meta.isEmpty()) {
        // A page that says utf-16 in an ASCII-compatible meta tag is not UTF-16.
        if (meta.startsWith(QLatin1String("utf-16")) || meta.startsWith(QLatin1String("utf-32")))
            return decodeDeclared(bytes, QStringLiteral("utf-8"), Source::Document);
        return decodeDeclared(bytes, meta, Source::Document);
    }
    return decodeUndeclared(bytes);
}

Decoded decodeXml(const QByteArray &bytes, const QString &httpCharset)
{
    if (const QString bom = bomEncoding(bytes); !bom.isEmpty())
        return decodeAs(bytes, bom, Source::Bom);
    if (const QString wide = xmlNoBomUnicode(bytes); !wide.isEmpty())
        return decodeAs(bytes, wide, Source::UnicodePattern);
    if (const QString http = normalizeLabel(httpCharset); !http.isEmpty())
        return decodeDeclared(bytes, http, Source::Http);
    if (const QString declared = normalizeLabel(xmlDeclEncoding(bytes.left(512))); !declared.isEmpty()) {
        // Real UTF-16/32 was caught by its byte pattern above: a declaration
        // readable as ASCII that claims it is wrong (XML 1.0 appendix F).
        if (declared.startsWith(QLatin1String("utf-16")) || declared.startsWith(QLatin1String("utf-32")))
            return decodeDeclared(bytes, QStringLiteral("utf-8"), Source::Document);
        return decodeDeclared(bytes, declared, Source::Document);
    }
    return decodeUndeclared(bytes);
}

QString detect(const QByteArray &bytes)
{
    // The ASCII before the first non-ASCII byte is mostly markup and says
    // nothing about the charset: start the window there.
    const qsizetype start = firstHighByte(bytes);
    if (start < 0)
        return {};
    const QByteArrayView window = QByteArrayView(bytes).sliced(start, qMin(detectionWindow, bytes.size() - start));
    const std::unique_ptr<uchardet, decltype(&uchardet_delete)> detector(uchardet_new(), &uchardet_delete);
    if (!detector || uchardet_handle_data(detector.get(), window.data(), size_t(window.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const char *name = uchardet_get_charset(detector.get());
    const QString guess = name ? detectorLabel(QString::fromLatin1(name)) : QString();
    return guess.isEmpty() ? guess : plausibleSingleByte(window, guess);
}

} // namespace Core::Charset
