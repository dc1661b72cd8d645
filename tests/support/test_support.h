#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QtGlobal>

#include <zlib.h>

namespace TestSupport {

// tests/fixtures/<relative>
inline QString fixturePath(const QString &relative)
{
    return QStringLiteral(TIDINGS_FIXTURES_DIR) + QLatin1Char('/') + relative;
}

// ../shared/<relative>, or an empty string when the shared folder is absent
// (tests that need it QSKIP with a clear message).
inline QString sharedPath(const QString &relative)
{
    // TIDINGS_SHARED_DIR in the environment points the tests elsewhere (the
    // corpus_absent_* tests use it to prove how a missing corpus is treated).
    const QString root = qEnvironmentVariable("TIDINGS_SHARED_DIR", QStringLiteral(TIDINGS_SHARED_DIR));
    const QString path = root + QLatin1Char('/') + relative;
    return QFileInfo::exists(path) ? path : QString();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A gzip file's contents (the corpora keep WCXB's pages gzipped); empty when
// it is not whole, valid gzip.
inline QByteArray gunzip(const QByteArray &compressed)
{
    z_stream stream {};
    if (compressed.isEmpty() || inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray out;
    char buffer[65536];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

inline QString cliPath()
{
    return QStringLiteral(TIDINGS_CLI_PATH);
}

// Damages a database file of at least 64 KiB the ways real files break: its
// header zeroed, eight pages near its end overwritten, or cut in half.
enum class Damage { Header, Pages, Truncated };

inline bool damage(const QString &path, Damage how)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < 64 * 1024)
        return false;
    switch (how) {
    case Damage::Header:
        return file.write(QByteArray(100, '\0')) == 100;
    case Damage::Pages:
        file.seek(file.size() - 4096 * 12);
        return file.write(QByteArray(4096 * 8, '\xA5')) == 4096 * 8;
    case Damage::Truncated:
        return file.resize(file.size() / 2);
    }
    return false;
}

} // namespace TestSupport

// A corpus test whose corpus is missing skips with a clear message on a
// developer's machine, and fails when CI is set: CI always has ../shared, so a
// missing corpus there is a broken checkout, not a reason to pass silently.
#define TIDINGS_REQUIRE_SHARED(var, relative)                                                                          \
    const QString var = TestSupport::sharedPath(QStringLiteral(relative));                                             \
    if (var.isEmpty()) {                                                                                               \
        if (!qEnvironmentVariableIsEmpty("CI"))                                                                        \
            QFAIL("../shared/" relative " is absent, and CI always has the shared corpus beside the project");         \
        QSKIP("../shared/" relative " is absent: this corpus test needs the shared corpus beside the project");        \
    }
