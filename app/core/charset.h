#pragma once

#include <QByteArray>
#include <QString>

namespace Core::Charset {

struct Decoded {
    QString text;
    QString encoding; // the label actually used, lower case ("utf-8", "windows-1252", ...)
};

// Maps a charset label the way WHATWG does (latin1 and ascii -> windows-1252,
// gbk/gb2312 -> gb18030, ...). Returns an empty string for unknown labels.
QString normalizeLabel(const QString &label);

// HTML pages: BOM, then the HTTP charset, then <meta charset> / http-equiv in
// the first 1024 bytes, then a UTF-8 validity check, then windows-1252.
// Bytes declared single-byte that validate as multi-byte UTF-8 are UTF-8.
Decoded decodeHtml(const QByteArray &bytes, const QString &httpCharset = {});

// XML feeds: BOM, then the HTTP charset, then the XML declaration's encoding,
// then UTF-8 if valid, then windows-1252.
Decoded decodeXml(const QByteArray &bytes, const QString &httpCharset = {});

// Decode with a known label; invalid sequences become U+FFFD.
QString decode(const QByteArray &bytes, const QString &label);

bool isValidUtf8(const QByteArray &bytes);

} // namespace Core::Charset
