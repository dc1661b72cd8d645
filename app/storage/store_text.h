#pragma once

// Plain text for story lists and the search index, made from feed HTML
// without Qt Gui: tags dropped, entities decoded, whitespace collapsed.

#include <QString>

namespace Core::StoreText {

// The visible text of an HTML fragment, on one line (HtmlText::htmlToText).
QString plainText(const QString &html);

// At most about `maxChars` characters of `text` on one line, cut at a word
// boundary and ended with an ellipsis when shortened.
QString excerpt(const QString &text, int maxChars = 200);

// What the search index holds for a story not yet cleaned: the content's
// text, else the summary's.
QString searchBody(const QString &summaryHtml, const QString &contentHtml);

// Text as the search index stores it and a search term as it is looked up:
// each Chinese or Japanese character (and each Korean syllable) stands apart
// as a word of its own. These scripts write no spaces between words, and the
// index splits words at spaces, so "北京" inside "我在北京工作" would
// otherwise never be found; a term becomes the phrase of its characters,
// which matches them side by side. Other text is returned unchanged.
QString indexText(const QString &text);

} // namespace Core::StoreText
