#include "pipeline/web_address.h"

namespace Core {

namespace {

bool isWeb(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

} // namespace

QList<QUrl> webAddressCandidates(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty() || text.contains(QLatin1Char(' ')))
        return {};
    if (text.contains(QLatin1String("://"))) {
        const QUrl url(text);
        return isWeb(url) ? QList<QUrl> { url } : QList<QUrl> {};
    }
    // "//host/path" is schemeless too; "host:port" would parse as a scheme,
    // so the scheme is put in front before parsing.
    const QString rest = text.startsWith(QLatin1String("//")) ? text.mid(2) : text;
    const QUrl secure(QStringLiteral("https://") + rest);
    const QUrl plain(QStringLiteral("http://") + rest);
    if (!isWeb(secure) || !isWeb(plain))
        return {};
    return { secure, plain };
}

} // namespace Core
