#pragma once

#include <QByteArray>
#include <QString>

namespace Core::Charset {

// Which step of the decision chose the encoding.
enum class Source {
    Bom, // a byte order mark
    UnicodePattern, // XML: UTF-16/32 recognised from "<?" without a BOM
    Http, // the HTTP Content-Type charset
    Document, // <meta charset> / http-equiv, or the XML declaration
    Utf8, // undeclared bytes that validate as UTF-8 (or a single-byte label on valid UTF-8)
    Detected, // statistical detection (uchardet) on undeclared or undecodable bytes
    Default, // nothing else decided: windows-1252
};

struct Decoded {
    QString text;
    QString encoding; // the label actually used, lower case ("utf-8", "windows-1252", ...)
    Source source = Source::Default;
};

// Maps a charset label the way WHATWG does (latin1 and ascii -> windows-1252,
// gbk/gb2312 -> gb18030, ...). Returns an empty string for unknown labels.
QString normalizeLabel(const QString &label);

// HTML pages: BOM, then the HTTP charset, then <meta charset> / http-equiv in
// the first 1024 bytes, then a UTF-8 validity check, then statistical
// detection, then windows-1252.
// Bytes declared single-byte that validate as multi-byte UTF-8 are UTF-8; a
// declared label under which many characters are undecodable gives way to
// detection when that decodes better.
Decoded decodeHtml(const QByteArray &bytes, const QString &httpCharset = {});

// XML feeds: BOM, then UTF-16/32 recognised from the "<?xml" byte pattern,
// then the HTTP charset, then the XML declaration's encoding, then UTF-8 if
// valid, then statistical detection, then windows-1252. Same mislabel rules.
Decoded decodeXml(const QByteArray &bytes, const QString &httpCharset = {});

// The statistical guess for bytes that are neither declared nor UTF-8, as a
// label QStringDecoder knows, mapped WHATWG-style; empty when there is no
// usable guess (pure ASCII, or an answer we cannot decode). Reads at most the
// first detectionWindow bytes.
QString detect(const QByteArray &bytes);
inline constexpr qsizetype detectionWindow = 64 * 1024;

// Decode with a known label; invalid sequences become U+FFFD.
QString decode(const QByteArray &bytes, const QString &label);

bool isValidUtf8(const QByteArray &bytes);

} // namespace Core::Charset
