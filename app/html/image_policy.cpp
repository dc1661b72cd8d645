#include "html/image_policy.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Core::Html {

bool isDataImage(const QString &url)
{
    static const QRegularExpression pattern(
        QStringLiteral("^data:image/(png|jpeg|jpg|gif|webp)(;[a-z0-9=._+-]*)*,[A-Za-z0-9+/=%._~-]*$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(url).hasMatch();
}

QString largestSrcsetCandidate(const QString &srcset)
{
    QString best;
    double bestScore = -1;
    const qsizetype n = srcset.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && (srcset.at(i).isSpace() || srcset.at(i) == QLatin1Char(',')))
            ++i;
        const qsizetype urlStart = i;
        while (i < n && !srcset.at(i).isSpace())
            ++i;
        QString url = srcset.mid(urlStart, i - urlStart);
        bool endsCandidate = false;
        if (url.endsWith(QLatin1Char(','))) {
            url.chop(1);
            endsCandidate = true;
        }
        QString descriptor;
        if (!endsCandidate) {
            const qsizetype descStart = i;
            while (i < n && srcset.at(i) != QLatin1Char(','))
                ++i;
            descriptor = srcset.mid(descStart, i - descStart).trimmed();
        }
        if (url.isEmpty())
            continue;
        double score = 1; // no descriptor means 1x
        if (descriptor.endsWith(QLatin1Char('w'), Qt::CaseInsensitive))
            score = descriptor.chopped(1).toDouble() / 1000.0 + 1000; // widths outrank densities
        else if (descriptor.endsWith(QLatin1Char('x'), Qt::CaseInsensitive))
            score = descriptor.chopped(1).toDouble();
        if (score > bestScore) {
            bestScore = score;
            best = url;
        }
    }
    return best;
}

bool isPlaceholder(const QString &raw)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty())
        return true;
    if (trimmed.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return trimmed.size() < 133 || !isDataImage(trimmed);
    static const QRegularExpression pattern(
        QStringLiteral("(blank|spacer|placeholder|lazy|loading|transparent|grey|gray|pixel)"
                       "[^/]*\\.(gif|png|svg|jpe?g|webp)(\\?|#|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(trimmed).hasMatch() || trimmed == QLatin1String("about:blank");
}

int sizeValue(const QString &raw)
{
    const QString value = raw.trimmed();
    if (value.isEmpty())
        return -1;
    QString digits;
    for (const QChar c : value) {
        if (!c.isDigit())
            break;
        digits += c;
    }
    bool ok = false;
    const int size = digits.left(6).toInt(&ok);
    return ok ? size : -1;
}

bool isTrackingPixel(int width, int height, const QString &src)
{
    if ((width >= 0 && width <= 1) || (height >= 0 && height <= 1))
        return true;
    const QUrl url(src);
    const QString host = url.host().toLower();
    const QString path = url.path().toLower();
    if (host == QLatin1String("feeds.feedburner.com")
        && (path.startsWith(QLatin1String("/~r/")) || path.startsWith(QLatin1String("/~ff/"))))
        return true;
    static const QSet<QString> beaconHosts = { QStringLiteral("pixel.wp.com"), QStringLiteral("stats.wordpress.com"),
        QStringLiteral("www.google-analytics.com"), QStringLiteral("google-analytics.com"),
        QStringLiteral("pixel.quantserve.com"), QStringLiteral("b.scorecardresearch.com"),
        QStringLiteral("sb.scorecardresearch.com"), QStringLiteral("pi.feedsportal.com"),
        QStringLiteral("feeds.feedblitz.com"), QStringLiteral("www.facebook.com"), QStringLiteral("pixel.mathtag.com"),
        QStringLiteral("ad.doubleclick.net") };
    if (beaconHosts.contains(host))
        return true;
    // A beacon-like path is a pixel unless the page says it is a real picture.
    static const QRegularExpression beaconPath(
        QStringLiteral("(^|/)(pixel|beacon|track|tracking|tracker|1x1|spacer|blank|open|imp|impression)"
                       "(\\.[a-z0-9]+)?(/|$)"));
    // A size the page does not give is -1, so it counts as small too.
    const bool small = width <= 3 && height <= 3;
    return small && beaconPath.match(path).hasMatch();
}

} // namespace Core::Html
