#include "extract/article_extractor.h"

#include "base/charset.h"
#include "extract_body.h"
#include "extract_log.h"
#include "extract_metadata.h"
#include "html/document.h"
#include "html/sanitizer.h"

#include <QMutex>
#include <QRegularExpression>

#include <cmath>
#include <ctime>

namespace Core::Extract {

Q_LOGGING_CATEGORY(lcExtract, "tidings.extract", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExtractTrace, "tidings.extract.trace", QtInfoMsg)

namespace {

QMutex traceMutex;
QByteArray traceNeedle;

} // namespace

QByteArray traceText()
{
    const QMutexLocker lock(&traceMutex);
    return traceNeedle;
}

} // namespace Core::Extract

namespace Core::ArticleExtractor {

void setTraceText(const QByteArray &text)
{
    const QMutexLocker lock(&Extract::traceMutex);
    Extract::traceNeedle = text;
}

namespace {

constexpr qsizetype MaxInputBytes = 10 * 1024 * 1024;

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

// Words in Latin-like scripts, characters in CJK ones.
void countWords(const QString &text, int *words, int *cjkChars)
{
    *words = 0;
    *cjkChars = 0;
    bool inWord = false;
    const QChar *p = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = p[i].unicode();
        if (c < 0x80) {
            const bool wordChar
                = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (wordChar) {
                if (!inWord)
                    ++*words;
                inWord = true;
            } else if (c != '\'' && c != '-') {
                inWord = false;
            }
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && p[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), p[++i].unicode());
        if (isCjk(c)) {
            ++*cjkChars;
            inWord = false;
        } else if (QChar::isLetterOrNumber(c) || c == '_') {
            if (!inWord)
                ++*words;
            inWord = true;
        } else if (c != '\'' && c != 0x2019 && c != '-') {
            inWord = false;
        }
    }
}

QString dirFromText(const QString &text)
{
    int rtl = 0, ltr = 0;
    for (QChar c : QStringView(text).left(2000)) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
            ++rtl;
            break;
        case QChar::DirL:
            ++ltr;
            break;
        default:
            break;
        }
    }
    if (rtl + ltr == 0)
        return {};
    return rtl > ltr ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

QString paragraphsToHtml(const QString &text)
{
    QString html;
    for (const QString &p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            html += QLatin1String("<p>") + t.toHtmlEscaped() + QLatin1String("</p>");
    }
    return html;
}

QString truncateExcerpt(const QString &s)
{
    if (s.size() <= 300)
        return s;
    qsizetype cut = s.lastIndexOf(QLatin1Char(' '), 297);
    if (cut < 200)
        cut = 297;
    return s.left(cut) + QStringLiteral("\u2026");
}

bool isLegacyMultiByte(const QString &label)
{
    return label == QLatin1String("gb18030") || label == QLatin1String("big5") || label == QLatin1String("shift_jis")
        || label == QLatin1String("euc-kr") || label == QLatin1String("euc-jp")
        || label == QLatin1String("iso-2022-jp");
}

bool isSingleByteLabel(const QString &label)
{
    return label.startsWith(QLatin1String("windows-125")) || label.startsWith(QLatin1String("iso-8859"))
        || label.startsWith(QLatin1String("koi8")) || label == QLatin1String("macintosh");
}

// The page as UTF-8 for libxml2. Valid UTF-8 that the HTTP header does not
// pin to a multi-byte legacy charset is UTF-8 under Charset's own rules (a
// single-byte label on valid UTF-8 is a mislabel): skip the decode round trip.
QByteArray toUtf8(const QByteArray &bytes, const QString &httpCharset)
{
    const QString http = Charset::normalizeLabel(httpCharset);
    if ((http.isEmpty() || http == QLatin1String("utf-8") || isSingleByteLabel(http)) && Charset::isValidUtf8(bytes)
        && !bytes.startsWith("\xFE\xFF") && !bytes.startsWith("\xFF\xFE"))
        return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    Charset::Decoded decoded = Charset::decodeHtml(bytes, httpCharset);
    // A page labelled with a legacy CJK charset whose bytes are valid UTF-8 is
    // UTF-8: GBK/Big5/Shift_JIS text almost never validates as UTF-8.
    if (decoded.encoding != QLatin1String("utf-8") && isLegacyMultiByte(decoded.encoding)
        && Charset::isValidUtf8(bytes))
        return bytes;
    return decoded.text.toUtf8();
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Adds the time since the last mark to a phase; free when nobody asked for times.
class PhaseClock final {
public:
    explicit PhaseClock(ArticleExtractor::PhaseTimes *times)
        : m_times(times)
        , m_last(times ? threadCpuMs() : 0)
    {
    }
    void mark(double ArticleExtractor::PhaseTimes::*phase)
    {
        if (!m_times)
            return;
        const double now = threadCpuMs();
        m_times->*phase += now - m_last;
        m_last = now;
    }

private:
    ArticleExtractor::PhaseTimes *m_times;
    double m_last;
};

bool isHomePage(const QUrl &url)
{
    const QString path = url.path();
    return url.isValid() && !url.host().isEmpty()
        && (path.isEmpty() || path == QLatin1String("/") || path == QLatin1String("/index.html")
            || path == QLatin1String("/index.php"))
        && !url.hasQuery();
}

} // namespace

Article extract(const QByteArray &input, const QUrl &url, const QString &httpCharset)
{
    return extract(input, url, httpCharset, nullptr);
}

Article extract(const QByteArray &input, const QUrl &url, const QString &httpCharset, PhaseTimes *phases)
{
    PhaseClock clock(phases);
    Article article;
    article.url = url.toString();
    article.extractorVersion = Version;
    const QByteArray bytes = input.left(MaxInputBytes);
    const QByteArray utf8 = toUtf8(bytes, httpCharset);
    clock.mark(&PhaseTimes::decodeMs);
    const Html::Document dom(utf8);
    if (!dom.isValid()) {
        clock.mark(&PhaseTimes::documentMs);
        article.notReaderableReason = QStringLiteral("not an HTML page");
        return article;
    }
    Extract::Page page(dom);
    clock.mark(&PhaseTimes::documentMs);
    page.computeGone();
    page.computeAggregates();
    const bool pageReaderable = Extract::looksReaderable(page);
    const Extract::Metadata md = Extract::readMetadata(page, url);
    clock.mark(&PhaseTimes::metadataMs);
    Extract::Body body = Extract::extractBody(page, md);
    clock.mark(&PhaseTimes::bodyMs);

    // A thin DOM with a long structured body: the page renders its text with script.
    if (md.jsonBody.size() > 2 * body.text.size() + 200 && body.text.size() < 1000) {
        body.text = md.jsonBody.trimmed();
        static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n+"));
        QStringList paras;
        for (const QString &p : body.text.split(blank, Qt::SkipEmptyParts))
            paras << Extract::normalizeSpace(p);
        body.text = paras.join(QStringLiteral("\n\n"));
        body.html = paragraphsToHtml(body.text);
        body.htmlIsClean = false;
    }

    article.title = md.title;
    article.byline = md.byline;
    article.published = md.published;
    article.updated = md.updated;
    article.siteName = md.siteName;
    article.lang = md.lang;
    article.leadImageUrl = md.imageUrl.isEmpty() ? body.firstImageUrl : md.imageUrl;
    article.leadImageAlt = md.imageUrl.isEmpty() || (md.imageAlt.isEmpty() && md.imageUrl == body.firstImageUrl)
        ? body.firstImageAlt
        : md.imageAlt;
    article.excerpt = truncateExcerpt(md.excerpt.isEmpty() ? body.firstParagraph : md.excerpt);
    article.text = body.text;
    article.html = body.htmlIsClean ? body.html : HtmlSanitizer::clean(body.html, md.baseUrl);
    article.rawTags = md.rawTags;
    article.dir = !md.dir.isEmpty() ? md.dir : body.dir;
    if (article.dir.isEmpty())
        article.dir = dirFromText(body.text);
    if (article.dir.isEmpty())
        article.dir = QStringLiteral("ltr");

    int words = 0, cjk = 0;
    countWords(article.text, &words, &cjk);
    article.wordCount = words + cjk;
    // About 230 words or 500 CJK characters a minute.
    const double minutes = double(words) / 230.0 + double(cjk) / 500.0;
    article.readingMinutes = article.text.isEmpty() ? 0 : std::max(1, int(std::lround(minutes)));

    if (article.text.size() < 200 && !pageReaderable) {
        article.notReaderableReason = QStringLiteral("too little text");
    } else if (isHomePage(url) && md.jsonType.isEmpty() && article.text.size() < 3000 && !pageReaderable) {
        // A front page of headlines; one with paragraphs of its own (a landing
        // page, a blog's front) has main content.
        article.notReaderableReason = QStringLiteral("home page");
    } else if (article.text.isEmpty()) {
        article.notReaderableReason = QStringLiteral("no article text found");
    } else {
        article.readerable = true;
    }
    clock.mark(&PhaseTimes::finishMs);
    return article;
}

} // namespace Core::ArticleExtractor
