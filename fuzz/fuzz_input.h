#pragma once

// Shared by the fuzz targets: an input is the document's bytes, optionally
// preceded by a parameter line "\x01<charset>\t<url>\n" (at most 256 bytes),
// so the fuzzer varies the declared charset and the base URL while the seed
// corpora stay plain feeds and pages.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

namespace Fuzz {

struct Input {
    QByteArray body;
    QString charset; // empty: none declared
    QUrl url;
};

inline Input split(const uint8_t *data, size_t size, const char *defaultUrl)
{
    Input in;
    in.url = QUrl(QString::fromLatin1(defaultUrl));
    const char *p = reinterpret_cast<const char *>(data);
    if (size > 0 && p[0] == '\x01') {
        const QByteArrayView head(p + 1, qsizetype(qMin<size_t>(size - 1, 256)));
        const qsizetype nl = head.indexOf('\n');
        if (nl >= 0) {
            const QByteArrayView params = head.first(nl);
            const qsizetype tab = params.indexOf('\t');
            in.charset = QString::fromUtf8(tab >= 0 ? params.first(tab) : params);
            if (tab >= 0)
                in.url = QUrl(QString::fromUtf8(params.sliced(tab + 1)));
            in.body = QByteArray(p + 1 + nl + 1, qsizetype(size) - 1 - nl - 1);
            return in;
        }
    }
    in.body = QByteArray(p, qsizetype(size));
    return in;
}

// A fixed "now", so a run depends on the input alone.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);
}

// Qt's warnings (libxml2 parse errors, extractor logs) would flood the
// fuzzer's output and slow it down; fatal messages still abort (Qt aborts
// after the handler returns), so Q_ASSERT failures stay crashes.
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

} // namespace Fuzz
