#include "core/charset.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Core::Charset {

namespace {

QString bomEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("utf-8");
    if (bytes.startsWith("\xFF\xFE\x00\x00"))
        return QStringLiteral("utf-32le");
    if (bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return QStringLiteral("utf-32be");
    if (bytes.startsWith("\xFF\xFE"))
        return QStringLiteral("utf-16le");
    if (bytes.startsWith("\xFE\xFF"))
        return QStringLiteral("utf-16be");
    return {};
}

// UTF-16/32 without a BOM, recognised by the XML declaration's byte pattern.
QString xmlNoBomUnicode(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArray("\x00\x00\x00\x3C", 4)))
        return QStringLiteral("utf-32be");
    if (bytes.startsWith(QByteArray("\x3C\x00\x00\x00", 4)))
        return QStringLiteral("utf-32le");
    if (bytes.startsWith(QByteArray("\x00\x3C\x00\x3F", 4)))
        return QStringLiteral("utf-16be");
    if (bytes.startsWith(QByteArray("\x3C\x00\x3F\x00", 4)))
        return QStringLiteral("utf-16le");
    return {};
}

bool isSingleByteLabel(const QString &label)
{
    return label.startsWith(QLatin1String("windows-125")) || label.startsWith(QLatin1String("iso-8859"))
        || label == QLatin1String("koi8-r") || label == QLatin1String("koi8-u")
        || label == QLatin1String("us-ascii") || label == QLatin1String("macintosh");
}

bool hasHighBytes(const QByteArray &bytes)
{
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    return false;
}

QString metaCharset(const QByteArray &head)
{
    // <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">
    static const QRegularExpression re(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)"),
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

Decoded finish(const QByteArray &bytes, QString label, bool trustSingleByte)
{
    label = normalizeLabel(label);
    if (!label.isEmpty() && label != QLatin1String("utf-8")) {
        // Mislabelled pages: a single-byte label on bytes that are valid UTF-8
        // with non-ASCII content is almost always a UTF-8 page.
        if (!trustSingleByte && isSingleByteLabel(label) && hasHighBytes(bytes) && isValidUtf8(bytes))
            label = QStringLiteral("utf-8");
    }
    if (label.isEmpty())
        label = isValidUtf8(bytes) ? QStringLiteral("utf-8") : QStringLiteral("windows-1252");
    QString text = decode(bytes, label);
    if (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text.remove(0, 1);
    return {text, label};
}

} // namespace

QString normalizeLabel(const QString &raw)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("utf8"), QStringLiteral("utf-8")},
        {QStringLiteral("unicode-1-1-utf-8"), QStringLiteral("utf-8")},
        {QStringLiteral("latin1"), QStringLiteral("windows-1252")},
        {QStringLiteral("latin-1"), QStringLiteral("windows-1252")},
        {QStringLiteral("iso-8859-1"), QStringLiteral("windows-1252")},
        {QStringLiteral("iso8859-1"), QStringLiteral("windows-1252")},
        {QStringLiteral("iso_8859-1"), QStringLiteral("windows-1252")},
        {QStringLiteral("l1"), QStringLiteral("windows-1252")},
        {QStringLiteral("cp1252"), QStringLiteral("windows-1252")},
        {QStringLiteral("x-cp1252"), QStringLiteral("windows-1252")},
        {QStringLiteral("ascii"), QStringLiteral("windows-1252")},
        {QStringLiteral("us-ascii"), QStringLiteral("windows-1252")},
        {QStringLiteral("ansi_x3.4-1968"), QStringLiteral("windows-1252")},
        {QStringLiteral("iso-8859-9"), QStringLiteral("windows-1254")},
        {QStringLiteral("latin5"), QStringLiteral("windows-1254")},
        {QStringLiteral("iso-8859-11"), QStringLiteral("windows-874")},
        {QStringLiteral("tis-620"), QStringLiteral("windows-874")},
        {QStringLiteral("gbk"), QStringLiteral("gb18030")},
        {QStringLiteral("gb2312"), QStringLiteral("gb18030")},
        {QStringLiteral("x-gbk"), QStringLiteral("gb18030")},
        {QStringLiteral("cp936"), QStringLiteral("gb18030")},
        {QStringLiteral("euc-cn"), QStringLiteral("gb18030")},
        {QStringLiteral("big5-hkscs"), QStringLiteral("big5")},
        {QStringLiteral("x-sjis"), QStringLiteral("shift_jis")},
        {QStringLiteral("sjis"), QStringLiteral("shift_jis")},
        {QStringLiteral("ms_kanji"), QStringLiteral("shift_jis")},
        {QStringLiteral("windows-31j"), QStringLiteral("shift_jis")},
        {QStringLiteral("cp932"), QStringLiteral("shift_jis")},
        {QStringLiteral("ks_c_5601-1987"), QStringLiteral("euc-kr")},
        {QStringLiteral("cp949"), QStringLiteral("euc-kr")},
        {QStringLiteral("utf-16"), QStringLiteral("utf-16le")},
        {QStringLiteral("ucs-2"), QStringLiteral("utf-16le")},
        {QStringLiteral("utf-32"), QStringLiteral("utf-32le")},
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
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n) // a sequence cut at the very end: a truncated download, not a bad encoding
            return true;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
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
        return finish(bytes, bom, true);
    if (!normalizeLabel(httpCharset).isEmpty())
        return finish(bytes, httpCharset, false);
    const QString meta = metaCharset(bytes.left(1024));
    if (!normalizeLabel(meta).isEmpty()) {
        // A page that says utf-16 in an ASCII-compatible meta tag is not UTF-16.
        if (normalizeLabel(meta).startsWith(QLatin1String("utf-16")))
            return finish(bytes, QStringLiteral("utf-8"), false);
        return finish(bytes, meta, false);
    }
    return finish(bytes, QString(), false);
}

Decoded decodeXml(const QByteArray &bytes, const QString &httpCharset)
{
    if (const QString bom = bomEncoding(bytes); !bom.isEmpty())
        return finish(bytes, bom, true);
    if (const QString wide = xmlNoBomUnicode(bytes); !wide.isEmpty())
        return finish(bytes, wide, true);
    if (!normalizeLabel(httpCharset).isEmpty())
        return finish(bytes, httpCharset, false);
    const QString declared = xmlDeclEncoding(bytes.left(512));
    if (!normalizeLabel(declared).isEmpty())
        return finish(bytes, declared, false);
    return finish(bytes, QString(), false);
}

} // namespace Core::Charset
