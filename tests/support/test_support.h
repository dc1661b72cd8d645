#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

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
    const QString path = QStringLiteral(TIDINGS_SHARED_DIR) + QLatin1Char('/') + relative;
    return QFileInfo::exists(path) ? path : QString();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QString cliPath()
{
    return QStringLiteral(TIDINGS_CLI_PATH);
}

} // namespace TestSupport

#define TIDINGS_REQUIRE_SHARED(var, relative)                                                                          \
    const QString var = TestSupport::sharedPath(QStringLiteral(relative));                                             \
    if (var.isEmpty())                                                                                                 \
    QSKIP("../shared/" relative " is absent: this corpus test needs the shared corpus beside the project")
