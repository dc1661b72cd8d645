#pragma once

// The sanitizer's allow-list: what each element becomes, which attributes it
// keeps, and how their values are checked (sanitizer_rules.cpp). The writer
// (sanitizer.cpp) applies it.

#include <QByteArray>
#include <QHash>
#include <QLatin1String>
#include <QString>
#include <QUrl>

namespace Core::HtmlSanitizer::Detail {

enum class Kind {
    Keep, // written with its allowed attributes
    Unwrap, // tags dropped, children kept
    Drop, // dropped with everything inside
    Void, // written, no children (br, hr, wbr, col)
    Link, // a: kept only with a usable href
    Image, // img
    Picture, // reduced to one img
    Media, // video/audio: reduced to a link
    Noscript, // its images only, when it holds nothing else
};

struct Rule {
    Kind kind = Kind::Unwrap;
    QLatin1String output; // the tag written, for Keep and Void
};

const QHash<QByteArray, Rule> &rules();

enum class AttrKind { Text, Url, Dir, Lang, Integer, Size, Boolean, OlType, Scope, Short };

// Attributes allowed per written tag; title, dir and lang are allowed everywhere.
bool allowedAttribute(QLatin1String tag, const QByteArray &attr, AttrKind *kind);

// What the page itself never shows (besides the hidden attribute).
bool isHiddenStyle(const QString &style);

// Makes a URL attribute absolute and safe, or returns an empty string.
QString safeUrl(QString raw, const QUrl &base, bool allowDataImage);

// The value of an allowed attribute as written, or a null string to drop it.
QString validated(AttrKind kind, const QString &value, const QUrl &base);

} // namespace Core::HtmlSanitizer::Detail
